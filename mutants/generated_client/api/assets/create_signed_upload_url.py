from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.signed_url_envelope import SignedUrlEnvelope
from ...models.signed_url_request import SignedUrlRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SignedUrlRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/upload/signed-url",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SignedUrlEnvelope | None:
    if response.status_code == 200:
        response_200 = SignedUrlEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | SignedUrlEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SignedUrlRequest,
) -> Response[ErrorEnvelope | SignedUrlEnvelope]:
    """Get a one-use URL to upload a (large) file to, without the API key

     The flow real clients use for large files, instead of `POST /upload`:
    1. this operation reserves an asset id and answers a `signed_url` that expires after
       `expires_in` seconds;
    2. the client POSTs the file as multipart (one part `file`) to `signed_url`, **without**
       the `Authorization` header (`uploadToSignedUrl`; the storage answers, not the API);
    3. the asset then moves through `upload_status` like any upload (poll its metadata).
    The original filename's extension names the format (else the uploaded part's type); it is
    judged when the file arrives, as for `POST /upload`.

    Args:
        body (SignedUrlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SignedUrlEnvelope]
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
    body: SignedUrlRequest,
) -> ErrorEnvelope | SignedUrlEnvelope | None:
    """Get a one-use URL to upload a (large) file to, without the API key

     The flow real clients use for large files, instead of `POST /upload`:
    1. this operation reserves an asset id and answers a `signed_url` that expires after
       `expires_in` seconds;
    2. the client POSTs the file as multipart (one part `file`) to `signed_url`, **without**
       the `Authorization` header (`uploadToSignedUrl`; the storage answers, not the API);
    3. the asset then moves through `upload_status` like any upload (poll its metadata).
    The original filename's extension names the format (else the uploaded part's type); it is
    judged when the file arrives, as for `POST /upload`.

    Args:
        body (SignedUrlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SignedUrlEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SignedUrlRequest,
) -> Response[ErrorEnvelope | SignedUrlEnvelope]:
    """Get a one-use URL to upload a (large) file to, without the API key

     The flow real clients use for large files, instead of `POST /upload`:
    1. this operation reserves an asset id and answers a `signed_url` that expires after
       `expires_in` seconds;
    2. the client POSTs the file as multipart (one part `file`) to `signed_url`, **without**
       the `Authorization` header (`uploadToSignedUrl`; the storage answers, not the API);
    3. the asset then moves through `upload_status` like any upload (poll its metadata).
    The original filename's extension names the format (else the uploaded part's type); it is
    judged when the file arrives, as for `POST /upload`.

    Args:
        body (SignedUrlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SignedUrlEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SignedUrlRequest,
) -> ErrorEnvelope | SignedUrlEnvelope | None:
    """Get a one-use URL to upload a (large) file to, without the API key

     The flow real clients use for large files, instead of `POST /upload`:
    1. this operation reserves an asset id and answers a `signed_url` that expires after
       `expires_in` seconds;
    2. the client POSTs the file as multipart (one part `file`) to `signed_url`, **without**
       the `Authorization` header (`uploadToSignedUrl`; the storage answers, not the API);
    3. the asset then moves through `upload_status` like any upload (poll its metadata).
    The original filename's extension names the format (else the uploaded part's type); it is
    judged when the file arrives, as for `POST /upload`.

    Args:
        body (SignedUrlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SignedUrlEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
