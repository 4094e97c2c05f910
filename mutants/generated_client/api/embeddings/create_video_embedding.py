from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.video_embedding_envelope import VideoEmbeddingEnvelope
from ...models.video_embedding_request import VideoEmbeddingRequest
from ...types import Response


def _get_kwargs(
    *,
    body: VideoEmbeddingRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/embeddings/video",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | VideoEmbeddingEnvelope | None:
    if response.status_code == 200:
        response_200 = VideoEmbeddingEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorEnvelope.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 405:
        response_405 = ErrorEnvelope.from_dict(response.json())

        return response_405

    if response.status_code == 409:
        response_409 = ErrorEnvelope.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ErrorEnvelope.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorEnvelope.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorEnvelope.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | VideoEmbeddingEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VideoEmbeddingRequest,
) -> Response[ErrorEnvelope | VideoEmbeddingEnvelope]:
    """Generate one embedding vector for an uploaded video

     Returns a single vector for the whole video, synchronously. The asset must have been
    uploaded with `POST /upload` and must have `upload_status` SUCCESS; otherwise the answer
    is a 400 error. For `multimodalembedding@001` the vector has 1408 dimensions (the seed page
    says "typically 512-1024", but Google's `multimodalembedding@001` returns 1408 for video;
    see `x-embedding-dimensions`).

    Args:
        body (VideoEmbeddingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VideoEmbeddingEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: VideoEmbeddingRequest,
) -> ErrorEnvelope | VideoEmbeddingEnvelope | None:
    """Generate one embedding vector for an uploaded video

     Returns a single vector for the whole video, synchronously. The asset must have been
    uploaded with `POST /upload` and must have `upload_status` SUCCESS; otherwise the answer
    is a 400 error. For `multimodalembedding@001` the vector has 1408 dimensions (the seed page
    says "typically 512-1024", but Google's `multimodalembedding@001` returns 1408 for video;
    see `x-embedding-dimensions`).

    Args:
        body (VideoEmbeddingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VideoEmbeddingEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VideoEmbeddingRequest,
) -> Response[ErrorEnvelope | VideoEmbeddingEnvelope]:
    """Generate one embedding vector for an uploaded video

     Returns a single vector for the whole video, synchronously. The asset must have been
    uploaded with `POST /upload` and must have `upload_status` SUCCESS; otherwise the answer
    is a 400 error. For `multimodalembedding@001` the vector has 1408 dimensions (the seed page
    says "typically 512-1024", but Google's `multimodalembedding@001` returns 1408 for video;
    see `x-embedding-dimensions`).

    Args:
        body (VideoEmbeddingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VideoEmbeddingEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: VideoEmbeddingRequest,
) -> ErrorEnvelope | VideoEmbeddingEnvelope | None:
    """Generate one embedding vector for an uploaded video

     Returns a single vector for the whole video, synchronously. The asset must have been
    uploaded with `POST /upload` and must have `upload_status` SUCCESS; otherwise the answer
    is a 400 error. For `multimodalembedding@001` the vector has 1408 dimensions (the seed page
    says "typically 512-1024", but Google's `multimodalembedding@001` returns 1408 for video;
    see `x-embedding-dimensions`).

    Args:
        body (VideoEmbeddingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VideoEmbeddingEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
