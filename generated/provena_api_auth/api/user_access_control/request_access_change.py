from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_report import AccessReport
from ...models.access_request_response import AccessRequestResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: AccessReport,
    send_email: bool | Unset = True,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["send_email"] = send_email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/access-control/user/request-change",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessRequestResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AccessRequestResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccessRequestResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AccessReport,
    send_email: bool | Unset = True,
) -> Response[AccessRequestResponse | HTTPValidationError]:
    """Request Access Change

    Args:
        send_email (bool | Unset):  Default: True.
        body (AccessReport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessRequestResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        send_email=send_email,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: AccessReport,
    send_email: bool | Unset = True,
) -> AccessRequestResponse | HTTPValidationError | None:
    """Request Access Change

    Args:
        send_email (bool | Unset):  Default: True.
        body (AccessReport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessRequestResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
        send_email=send_email,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AccessReport,
    send_email: bool | Unset = True,
) -> Response[AccessRequestResponse | HTTPValidationError]:
    """Request Access Change

    Args:
        send_email (bool | Unset):  Default: True.
        body (AccessReport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessRequestResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        send_email=send_email,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AccessReport,
    send_email: bool | Unset = True,
) -> AccessRequestResponse | HTTPValidationError | None:
    """Request Access Change

    Args:
        send_email (bool | Unset):  Default: True.
        body (AccessReport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessRequestResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            send_email=send_email,
        )
    ).parsed
