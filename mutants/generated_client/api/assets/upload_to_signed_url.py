from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.upload_request import UploadRequest
from ...types import UNSET, Response


def _get_kwargs(
    asset_id: str,
    *,
    body: UploadRequest,
    expires: int,
    signature: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["expires"] = expires

    params["signature"] = signature

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/storage/upload/{asset_id}".format(
            asset_id=quote(str(asset_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 204:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UploadRequest,
    expires: int,
    signature: str,
) -> Response[Any]:
    """Upload the file to a signed URL (storage; no API key)

     One use only: a second upload, an expired URL or a forged signature is refused with a
    storage error (an XML `<Error><Code>...</Code><Message>...</Message></Error>` body, not
    the API's envelope) and stores nothing. On success the storage answers 204 and the asset
    goes WAITING → UPLOADING → SUCCESS like any upload.

    Args:
        asset_id (str): An asset id as issued by `POST /upload`, `re_` followed by digits (18 in
            every provider example).
        expires (int):
        signature (str):
        body (UploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
        body=body,
        expires=expires,
        signature=signature,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UploadRequest,
    expires: int,
    signature: str,
) -> Response[Any]:
    """Upload the file to a signed URL (storage; no API key)

     One use only: a second upload, an expired URL or a forged signature is refused with a
    storage error (an XML `<Error><Code>...</Code><Message>...</Message></Error>` body, not
    the API's envelope) and stores nothing. On success the storage answers 204 and the asset
    goes WAITING → UPLOADING → SUCCESS like any upload.

    Args:
        asset_id (str): An asset id as issued by `POST /upload`, `re_` followed by digits (18 in
            every provider example).
        expires (int):
        signature (str):
        body (UploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
        body=body,
        expires=expires,
        signature=signature,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
