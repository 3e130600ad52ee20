from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.groups_import_response import GroupsImportResponse
from ...models.groups_restore_request import GroupsRestoreRequest
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: GroupsRestoreRequest,
    table_name: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["table_name"] = table_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/groups/admin/restore_from_table",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GroupsImportResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GroupsImportResponse.from_dict(response.json())

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
) -> Response[GroupsImportResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GroupsRestoreRequest,
    table_name: str,
) -> Response[GroupsImportResponse | HTTPValidationError]:
    """Groups Restore

    Args:
        table_name (str):
        body (GroupsRestoreRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroupsImportResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        table_name=table_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: GroupsRestoreRequest,
    table_name: str,
) -> GroupsImportResponse | HTTPValidationError | None:
    """Groups Restore

    Args:
        table_name (str):
        body (GroupsRestoreRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupsImportResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
        table_name=table_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GroupsRestoreRequest,
    table_name: str,
) -> Response[GroupsImportResponse | HTTPValidationError]:
    """Groups Restore

    Args:
        table_name (str):
        body (GroupsRestoreRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroupsImportResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        table_name=table_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GroupsRestoreRequest,
    table_name: str,
) -> GroupsImportResponse | HTTPValidationError | None:
    """Groups Restore

    Args:
        table_name (str):
        body (GroupsRestoreRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupsImportResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            table_name=table_name,
        )
    ).parsed
