from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.item_sub_type import ItemSubType
from ...models.query_results import QueryResults
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    query: str,
    subtype_filter: ItemSubType | None | Unset = UNSET,
    record_limit: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    json_subtype_filter: None | str | Unset
    if isinstance(subtype_filter, Unset):
        json_subtype_filter = UNSET
    elif isinstance(subtype_filter, ItemSubType):
        json_subtype_filter = subtype_filter.value
    else:
        json_subtype_filter = subtype_filter
    params["subtype_filter"] = json_subtype_filter

    json_record_limit: int | None | Unset
    if isinstance(record_limit, Unset):
        json_record_limit = UNSET
    else:
        json_record_limit = record_limit
    params["record_limit"] = json_record_limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/search/entity-registry",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | QueryResults | None:
    if response.status_code == 200:
        response_200 = QueryResults.from_dict(response.json())

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
) -> Response[HTTPValidationError | QueryResults]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    query: str,
    subtype_filter: ItemSubType | None | Unset = UNSET,
    record_limit: int | None | Unset = UNSET,
) -> Response[HTTPValidationError | QueryResults]:
    """Search Entity Registry

    Args:
        query (str):
        subtype_filter (ItemSubType | None | Unset):
        record_limit (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | QueryResults]
    """

    kwargs = _get_kwargs(
        query=query,
        subtype_filter=subtype_filter,
        record_limit=record_limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    query: str,
    subtype_filter: ItemSubType | None | Unset = UNSET,
    record_limit: int | None | Unset = UNSET,
) -> HTTPValidationError | QueryResults | None:
    """Search Entity Registry

    Args:
        query (str):
        subtype_filter (ItemSubType | None | Unset):
        record_limit (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | QueryResults
    """

    return sync_detailed(
        client=client,
        query=query,
        subtype_filter=subtype_filter,
        record_limit=record_limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    query: str,
    subtype_filter: ItemSubType | None | Unset = UNSET,
    record_limit: int | None | Unset = UNSET,
) -> Response[HTTPValidationError | QueryResults]:
    """Search Entity Registry

    Args:
        query (str):
        subtype_filter (ItemSubType | None | Unset):
        record_limit (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | QueryResults]
    """

    kwargs = _get_kwargs(
        query=query,
        subtype_filter=subtype_filter,
        record_limit=record_limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    query: str,
    subtype_filter: ItemSubType | None | Unset = UNSET,
    record_limit: int | None | Unset = UNSET,
) -> HTTPValidationError | QueryResults | None:
    """Search Entity Registry

    Args:
        query (str):
        subtype_filter (ItemSubType | None | Unset):
        record_limit (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | QueryResults
    """

    return (
        await asyncio_detailed(
            client=client,
            query=query,
            subtype_filter=subtype_filter,
            record_limit=record_limit,
        )
    ).parsed
