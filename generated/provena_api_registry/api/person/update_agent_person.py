from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.person_domain_info import PersonDomainInfo
from ...models.update_response import UpdateResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PersonDomainInfo,
    id: str,
    reason: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["id"] = id

    json_reason: None | str | Unset
    if isinstance(reason, Unset):
        json_reason = UNSET
    else:
        json_reason = reason
    params["reason"] = json_reason

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/registry/agent/person/update",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | UpdateResponse | None:
    if response.status_code == 200:
        response_200 = UpdateResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | UpdateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PersonDomainInfo,
    id: str,
    reason: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | UpdateResponse]:
    """Update Agent Person

    Args:
        id (str):
        reason (None | str | Unset):
        body (PersonDomainInfo):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UpdateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        id=id,
        reason=reason,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PersonDomainInfo,
    id: str,
    reason: None | str | Unset = UNSET,
) -> HTTPValidationError | UpdateResponse | None:
    """Update Agent Person

    Args:
        id (str):
        reason (None | str | Unset):
        body (PersonDomainInfo):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UpdateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        id=id,
        reason=reason,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PersonDomainInfo,
    id: str,
    reason: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | UpdateResponse]:
    """Update Agent Person

    Args:
        id (str):
        reason (None | str | Unset):
        body (PersonDomainInfo):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UpdateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        id=id,
        reason=reason,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PersonDomainInfo,
    id: str,
    reason: None | str | Unset = UNSET,
) -> HTTPValidationError | UpdateResponse | None:
    """Update Agent Person

    Args:
        id (str):
        reason (None | str | Unset):
        body (PersonDomainInfo):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UpdateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            id=id,
            reason=reason,
        )
    ).parsed
