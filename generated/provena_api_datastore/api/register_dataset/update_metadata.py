from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_metadata import DatasetMetadata
from ...models.http_validation_error import HTTPValidationError
from ...models.update_metadata_response import UpdateMetadataResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: DatasetMetadata,
    handle_id: str,
    reason: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["handle_id"] = handle_id

    params["reason"] = reason

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/register/update-metadata",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | UpdateMetadataResponse | None:
    if response.status_code == 200:
        response_200 = UpdateMetadataResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | UpdateMetadataResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DatasetMetadata,
    handle_id: str,
    reason: str,
) -> Response[HTTPValidationError | UpdateMetadataResponse]:
    """Update Metadata

    Args:
        handle_id (str):
        reason (str):
        body (DatasetMetadata): This form collects metadata about the dataset you are registering
            as well as the registration itself. Please ensure the fields below are completed
            accurately.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UpdateMetadataResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        handle_id=handle_id,
        reason=reason,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DatasetMetadata,
    handle_id: str,
    reason: str,
) -> HTTPValidationError | UpdateMetadataResponse | None:
    """Update Metadata

    Args:
        handle_id (str):
        reason (str):
        body (DatasetMetadata): This form collects metadata about the dataset you are registering
            as well as the registration itself. Please ensure the fields below are completed
            accurately.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UpdateMetadataResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        handle_id=handle_id,
        reason=reason,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DatasetMetadata,
    handle_id: str,
    reason: str,
) -> Response[HTTPValidationError | UpdateMetadataResponse]:
    """Update Metadata

    Args:
        handle_id (str):
        reason (str):
        body (DatasetMetadata): This form collects metadata about the dataset you are registering
            as well as the registration itself. Please ensure the fields below are completed
            accurately.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UpdateMetadataResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        handle_id=handle_id,
        reason=reason,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DatasetMetadata,
    handle_id: str,
    reason: str,
) -> HTTPValidationError | UpdateMetadataResponse | None:
    """Update Metadata

    Args:
        handle_id (str):
        reason (str):
        body (DatasetMetadata): This form collects metadata about the dataset you are registering
            as well as the registration itself. Please ensure the fields below are completed
            accurately.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UpdateMetadataResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            handle_id=handle_id,
            reason=reason,
        )
    ).parsed
