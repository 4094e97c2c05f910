"""The mock in-process through httpx.WSGITransport, every response checked against the dialect's
document (``ValidatingTransport``): the clients, the operations and the requests the in-process
tests share."""

from __future__ import annotations

from typing import Any

import httpx
from flask import Flask

from mavi_client import MaviClient, RetryPolicy
from mavi_contract import DIALECTS, document_path
from tests.support import BASE_PATH, KEY, MODEL, SEED_ASSET, ResponseContract, ValidatingTransport

CONTRACT = ResponseContract()


OPERATIONS = {
    "createVideoEmbedding": ("POST", "/embeddings/video"),
    "uploadAsset": ("POST", "/upload"),
    "createSignedUploadUrl": ("POST", "/upload/signed-url"),
    "getAssetMetadata": ("GET", f"/{SEED_ASSET}/metadata"),
}


CONTRACTS = {dialect: ResponseContract(document_path(dialect)) for dialect in DIALECTS}


def http_for(app: Flask, *, declared_only: bool = True, dialect: str = "seed") -> httpx.Client:
    transport = ValidatingTransport(
        httpx.WSGITransport(app=app), CONTRACTS[dialect], declared_only=declared_only
    )
    return httpx.Client(transport=transport, base_url="http://localhost" + BASE_PATH)


def client_for(app: Flask, dialect: str = "seed", **kw: Any) -> MaviClient:
    transport = ValidatingTransport(httpx.WSGITransport(app=app), CONTRACTS[dialect])
    kw.setdefault("retry", RetryPolicy(max_retries=0))
    return MaviClient(KEY, base_url="http://localhost" + BASE_PATH, transport=transport, **kw)


def auth(key: str = KEY, **extra: str) -> dict[str, str]:
    return {"Authorization": key, **extra}


def embed(http: httpx.Client, body: Any = None, **headers: str) -> httpx.Response:
    body = {"asset_id": SEED_ASSET, "model": MODEL} if body is None else body
    return http.post("/embeddings/video", json=body, headers=auth(**headers))


def http_for_undeclared(http: httpx.Client) -> httpx.Client:
    transport = http._transport
    assert isinstance(transport, ValidatingTransport)
    transport.declared_only = False
    return http


def client_for_undeclared(client: MaviClient) -> MaviClient:
    transport = client._generated.get_httpx_client()._transport
    assert isinstance(transport, ValidatingTransport)
    transport.declared_only = False
    return client
