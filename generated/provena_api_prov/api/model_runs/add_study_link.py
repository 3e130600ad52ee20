from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_study_link_response import AddStudyLinkResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    model_run_id: str,
    study_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["model_run_id"] = model_run_id

    params["study_id"] = study_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/model_run/edit/link_to_study",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddStudyLinkResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AddStudyLinkResponse.from_dict(response.json())

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
) -> Response[AddStudyLinkResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    model_run_id: str,
    study_id: str,
) -> Response[AddStudyLinkResponse | HTTPValidationError]:
    """Add Study Link

    Args:
        model_run_id (str):
        study_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddStudyLinkResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        model_run_id=model_run_id,
        study_id=study_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    model_run_id: str,
    study_id: str,
) -> AddStudyLinkResponse | HTTPValidationError | None:
    """Add Study Link

    Args:
        model_run_id (str):
        study_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddStudyLinkResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        model_run_id=model_run_id,
        study_id=study_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    model_run_id: str,
    study_id: str,
) -> Response[AddStudyLinkResponse | HTTPValidationError]:
    """Add Study Link

    Args:
        model_run_id (str):
        study_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddStudyLinkResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        model_run_id=model_run_id,
        study_id=study_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    model_run_id: str,
    study_id: str,
) -> AddStudyLinkResponse | HTTPValidationError | None:
    """Add Study Link

    Args:
        model_run_id (str):
        study_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddStudyLinkResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            model_run_id=model_run_id,
            study_id=study_id,
        )
    ).parsed
