from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.lineage_response import LineageResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    starting_id: str,
    depth: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["starting_id"] = starting_id

    json_depth: int | None | Unset
    if isinstance(depth, Unset):
        json_depth = UNSET
    else:
        json_depth = depth
    params["depth"] = json_depth

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/explore/downstream",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | LineageResponse | None:
    if response.status_code == 200:
        response_200 = LineageResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | LineageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    starting_id: str,
    depth: int | None | Unset = UNSET,
) -> Response[HTTPValidationError | LineageResponse]:
    """Explore Downstream

    Args:
        starting_id (str):
        depth (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | LineageResponse]
    """

    kwargs = _get_kwargs(
        starting_id=starting_id,
        depth=depth,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    starting_id: str,
    depth: int | None | Unset = UNSET,
) -> HTTPValidationError | LineageResponse | None:
    """Explore Downstream

    Args:
        starting_id (str):
        depth (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | LineageResponse
    """

    return sync_detailed(
        client=client,
        starting_id=starting_id,
        depth=depth,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    starting_id: str,
    depth: int | None | Unset = UNSET,
) -> Response[HTTPValidationError | LineageResponse]:
    """Explore Downstream

    Args:
        starting_id (str):
        depth (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | LineageResponse]
    """

    kwargs = _get_kwargs(
        starting_id=starting_id,
        depth=depth,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    starting_id: str,
    depth: int | None | Unset = UNSET,
) -> HTTPValidationError | LineageResponse | None:
    """Explore Downstream

    Args:
        starting_id (str):
        depth (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | LineageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            starting_id=starting_id,
            depth=depth,
        )
    ).parsed
