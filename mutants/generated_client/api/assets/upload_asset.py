from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.upload_envelope import UploadEnvelope
from ...models.upload_request import UploadRequest
from ...types import Response


def _get_kwargs(
    *,
    body: UploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/upload",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | UploadEnvelope | None:
    if response.status_code == 200:
        response_200 = UploadEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | UploadEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadRequest,
) -> Response[ErrorEnvelope | UploadEnvelope]:
    """Upload a video (or audio or image) file and get its asset id

     Accepted formats: video MP4, MOV, AVI, WebM, MKV, FLV, WMV, MPEG; audio MP3, WAV, AAC,
    FLAC, OGG, M4A; image JPEG, PNG, GIF, WebP, BMP, TIFF. The new asset starts as WAITING,
    then UPLOADING, then SUCCESS (or FAILED); poll `GET /{asset_id}/metadata`.

    Args:
        body (UploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UploadEnvelope]
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
    body: UploadRequest,
) -> ErrorEnvelope | UploadEnvelope | None:
    """Upload a video (or audio or image) file and get its asset id

     Accepted formats: video MP4, MOV, AVI, WebM, MKV, FLV, WMV, MPEG; audio MP3, WAV, AAC,
    FLAC, OGG, M4A; image JPEG, PNG, GIF, WebP, BMP, TIFF. The new asset starts as WAITING,
    then UPLOADING, then SUCCESS (or FAILED); poll `GET /{asset_id}/metadata`.

    Args:
        body (UploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UploadEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadRequest,
) -> Response[ErrorEnvelope | UploadEnvelope]:
    """Upload a video (or audio or image) file and get its asset id

     Accepted formats: video MP4, MOV, AVI, WebM, MKV, FLV, WMV, MPEG; audio MP3, WAV, AAC,
    FLAC, OGG, M4A; image JPEG, PNG, GIF, WebP, BMP, TIFF. The new asset starts as WAITING,
    then UPLOADING, then SUCCESS (or FAILED); poll `GET /{asset_id}/metadata`.

    Args:
        body (UploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UploadEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UploadRequest,
) -> ErrorEnvelope | UploadEnvelope | None:
    """Upload a video (or audio or image) file and get its asset id

     Accepted formats: video MP4, MOV, AVI, WebM, MKV, FLV, WMV, MPEG; audio MP3, WAV, AAC,
    FLAC, OGG, M4A; image JPEG, PNG, GIF, WebP, BMP, TIFF. The new asset starts as WAITING,
    then UPLOADING, then SUCCESS (or FAILED); poll `GET /{asset_id}/metadata`.

    Args:
        body (UploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UploadEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
