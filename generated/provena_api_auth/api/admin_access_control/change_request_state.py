from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_request_status_change import AccessRequestStatusChange
from ...models.change_state_status import ChangeStateStatus
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: AccessRequestStatusChange,
    send_email_alert: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["send_email_alert"] = send_email_alert

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/access-control/admin/change-request-state",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChangeStateStatus | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ChangeStateStatus.from_dict(response.json())

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
) -> Response[ChangeStateStatus | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AccessRequestStatusChange,
    send_email_alert: bool | Unset = False,
) -> Response[ChangeStateStatus | HTTPValidationError]:
    """Change Request State

    Args:
        send_email_alert (bool | Unset):  Default: False.
        body (AccessRequestStatusChange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangeStateStatus | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        send_email_alert=send_email_alert,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: AccessRequestStatusChange,
    send_email_alert: bool | Unset = False,
) -> ChangeStateStatus | HTTPValidationError | None:
    """Change Request State

    Args:
        send_email_alert (bool | Unset):  Default: False.
        body (AccessRequestStatusChange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangeStateStatus | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
        send_email_alert=send_email_alert,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AccessRequestStatusChange,
    send_email_alert: bool | Unset = False,
) -> Response[ChangeStateStatus | HTTPValidationError]:
    """Change Request State

    Args:
        send_email_alert (bool | Unset):  Default: False.
        body (AccessRequestStatusChange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangeStateStatus | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        send_email_alert=send_email_alert,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AccessRequestStatusChange,
    send_email_alert: bool | Unset = False,
) -> ChangeStateStatus | HTTPValidationError | None:
    """Change Request State

    Args:
        send_email_alert (bool | Unset):  Default: False.
        body (AccessRequestStatusChange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangeStateStatus | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            send_email_alert=send_email_alert,
        )
    ).parsed
