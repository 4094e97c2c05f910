from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_metadata_envelope import AssetMetadataEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    asset_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{asset_id}/metadata".format(
            asset_id=quote(str(asset_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssetMetadataEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AssetMetadataEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 405:
        response_405 = ErrorEnvelope.from_dict(response.json())

        return response_405

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
) -> Response[AssetMetadataEnvelope | ErrorEnvelope]:
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
) -> Response[AssetMetadataEnvelope | ErrorEnvelope]:
    """Read an asset's record, including its upload status

     Pollers read `data.resource[0].upload_status`: SUCCESS means done, FAILED means give up,
    anything else means wait. The provider's limit (1 request per second per account) applies.

    Args:
        asset_id (str): An asset id as issued by `POST /upload`, `re_` followed by digits (18 in
            every provider example).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetMetadataEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AssetMetadataEnvelope | ErrorEnvelope | None:
    """Read an asset's record, including its upload status

     Pollers read `data.resource[0].upload_status`: SUCCESS means done, FAILED means give up,
    anything else means wait. The provider's limit (1 request per second per account) applies.

    Args:
        asset_id (str): An asset id as issued by `POST /upload`, `re_` followed by digits (18 in
            every provider example).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetMetadataEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        asset_id=asset_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AssetMetadataEnvelope | ErrorEnvelope]:
    """Read an asset's record, including its upload status

     Pollers read `data.resource[0].upload_status`: SUCCESS means done, FAILED means give up,
    anything else means wait. The provider's limit (1 request per second per account) applies.

    Args:
        asset_id (str): An asset id as issued by `POST /upload`, `re_` followed by digits (18 in
            every provider example).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetMetadataEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AssetMetadataEnvelope | ErrorEnvelope | None:
    """Read an asset's record, including its upload status

     Pollers read `data.resource[0].upload_status`: SUCCESS means done, FAILED means give up,
    anything else means wait. The provider's limit (1 request per second per account) applies.

    Args:
        asset_id (str): An asset id as issued by `POST /upload`, `re_` followed by digits (18 in
            every provider example).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetMetadataEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            asset_id=asset_id,
            client=client,
        )
    ).parsed
