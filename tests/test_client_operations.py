"""Each client operation sends the request the provider documents and returns its value, in every
dialect, sync and async; the signed-URL upload keeps the key from the storage and judges the
storage's answers by status.

Every answer is served by httpx.MockTransport (tests.support.client.Server).
"""

from __future__ import annotations

import asyncio
import io
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from mavi_client import (
    AsyncMaviClient,
    AuthError,
    InvalidRequestError,
    MaviClient,
    MaviError,
    RetryPolicy,
    ServerError,
)
from tests.support.client import (
    API,
    ASSET,
    FILE_BYTES,
    KEY,
    MODES,
    OPS,
    PAYLOAD,
    RECORD,
    RETRIES,
    SIGNED_URL,
    VALUE,
    VECTOR,
    Answer,
    OneWayStream,
    Server,
    client_for,
    envelope,
    error_body,
    ok_embedding,
    rate_limited,
    returned,
    run,
    signed_url_answer,
)

# --- the requests -------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["0000", 200])
def test_embed_returns_the_vector_and_sends_the_raw_key(code: Any) -> None:
    server = Server(ok_embedding(code))
    assert client_for(server).embed_video(ASSET) == VECTOR
    (request,) = server.requests
    assert request.method == "POST"
    assert request.url == "https://mavi-backend.memories.ai/serve/api/v2/embeddings/video"
    assert request.headers["Authorization"] == KEY
    assert json.loads(request.content) == {"asset_id": ASSET, "model": "multimodalembedding@001"}


def test_upload_sends_multipart_and_returns_the_asset_id(tmp_path: Path) -> None:
    video = tmp_path / "clip.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42--+++ not a boundary")
    server = Server(httpx.Response(200, content=envelope(200, {"asset_id": ASSET})))
    assert client_for(server).upload(video) == ASSET
    (request,) = server.requests
    assert request.url.path.endswith("/upload")
    content_type = request.headers["Content-Type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    assert "boundary=+++" not in content_type
    assert b'name="file"; filename="clip.mp4"' in request.content
    assert b"Content-Type: video/mp4" in request.content
    assert video.read_bytes() in request.content


def test_get_asset_returns_the_record() -> None:
    server = Server(
        httpx.Response(200, content=envelope("0000", {"total": 1, "resource": [RECORD]}))
    )
    got = client_for(server).get_asset(ASSET)
    assert got.to_dict() == RECORD
    assert server.requests[0].url.path.endswith(f"/{ASSET}/metadata")


@pytest.mark.parametrize("key", ["", "Bearer sk-abc", "bearer sk-abc"])
def test_client_refuses_a_bearer_or_empty_key(key: str) -> None:
    with pytest.raises(ValueError, match=r"Bearer|empty"):
        MaviClient(key)


# --- success in every dialect -------------------------------------------------------------------

SUCCESSES: dict[str, dict[str, Any]] = {
    "seed": {"code": "0000", "msg": "success", "success": True, "failed": False},
    "modern with success/failed": {"code": 200, "msg": "success", "success": True, "failed": False},
    "modern without success/failed": {"code": 200, "msg": "success"},
    "legacy": {"code": "0000", "msg": "success", "success": True, "failed": False},
    "legacy without success/failed": {"code": "0000", "msg": "success"},
    "success only": {"code": 200, "msg": "success", "success": True},
    "failed only": {"code": "0000", "msg": "success", "failed": False},
}


def check_success(dialect: str, op: str, mode: str) -> None:
    server = Server(Answer(200, {**SUCCESSES[dialect], "data": PAYLOAD[op]}))
    assert returned(op, run(op, mode, server)) == VALUE[op]
    assert len(server.requests) == 1
    assert len(server.storage_requests) == (1 if op == "upload_via_signed_url" else 0)


@pytest.mark.parametrize("dialect", SUCCESSES)
def test_success_in_every_dialect(dialect: str) -> None:
    check_success(dialect, "embed_video", "sync")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("op", OPS)
@pytest.mark.parametrize("dialect", ["seed", "modern without success/failed"])
def test_every_operation_sync_and_async_returns_its_value(dialect: str, op: str, mode: str) -> None:
    check_success(dialect, op, mode)


def test_the_async_client_has_the_same_rules() -> None:
    server = Server(rate_limited("2"), ok_embedding(200))

    async def fake_sleep(seconds: float) -> None:
        server.sleeps.append(seconds)

    async def main() -> list[float]:
        async with AsyncMaviClient(
            KEY,
            transport=httpx.MockTransport(server),
            retry=RetryPolicy(max_retries=1),
            sleep=fake_sleep,
        ) as client:
            vector = await client.embed_video(ASSET)
            with pytest.raises(AuthError):
                server.answers = [httpx.Response(401, content=error_body(401, "0401"))]
                await client.embed_video(ASSET)
            return vector

    assert asyncio.run(main()) == VECTOR
    assert server.sleeps and server.sleeps[0] >= 2.0
    assert server.requests[0].headers["Authorization"] == KEY


# --- upload through a signed URL ----------------------------------------------------------------

STORAGE_403 = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SignatureDoesNotMatch</Code>'
    b"<Message>The signed URL is not one this storage issued.</Message></Error>"
)


@pytest.mark.parametrize("mode", MODES)
def test_signed_url_upload_sends_the_key_to_the_api_only(mode: str) -> None:
    server = Server(signed_url_answer(), storage=(Answer(204),))
    assert run("upload_via_signed_url", mode, server) == ASSET
    (api,) = server.requests
    assert (api.method, str(api.url)) == ("POST", f"{API}/upload/signed-url")
    assert api.headers["Authorization"] == KEY
    assert json.loads(api.content) == {"original_filename": "clip.mp4"}
    (storage,) = server.storage_requests
    assert (storage.method, str(storage.url)) == ("POST", SIGNED_URL)
    assert "Authorization" not in storage.headers
    assert KEY.encode() not in storage.content
    content_type = storage.headers["Content-Type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    assert "boundary=+++" not in content_type
    assert b'name="file"; filename="clip.mp4"' in storage.content
    assert b"Content-Type: video/mp4" in storage.content
    assert FILE_BYTES in storage.content


def test_signed_url_upload_of_a_path(tmp_path: Path) -> None:
    video = tmp_path / "big.mov"
    video.write_bytes(FILE_BYTES)
    server = Server(signed_url_answer(), storage=(Answer(200, b""),))
    with MaviClient(KEY, transport=httpx.MockTransport(server), max_retries=0) as client:
        assert client.upload_via_signed_url(video) == ASSET
    assert json.loads(server.requests[0].content) == {"original_filename": "big.mov"}
    assert b"Content-Type: video/quicktime" in server.storage_requests[0].content


@pytest.mark.parametrize("mode", MODES)
def test_a_storage_403_is_an_auth_error(mode: str) -> None:
    server = Server(signed_url_answer(), storage=(Answer(403, STORAGE_403),))
    with pytest.raises(MaviError) as info:
        run("upload_via_signed_url", mode, server)
    assert type(info.value) is AuthError
    assert (info.value.status, info.value.code) == (403, None)
    assert "SignatureDoesNotMatch: The signed URL is not one this storage issued." in info.value.msg
    assert len(server.storage_requests) == 1 and server.sleeps == []


@pytest.mark.parametrize("status", [400, 405, 413, 415])
def test_other_storage_errors_are_invalid_requests(status: int) -> None:
    # The mock answers an expired URL with 400 ExpiredToken, a file too large with 413.
    body = b"<Error><Code>ExpiredToken</Code><Message>Too late</Message></Error>"
    server = Server(signed_url_answer(), storage=(Answer(status, body),))
    with pytest.raises(MaviError) as info:
        run("upload_via_signed_url", "sync", server)
    assert type(info.value) is InvalidRequestError
    assert "ExpiredToken: Too late" in info.value.msg
    assert len(server.storage_requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_storage_503_is_retried_with_the_whole_file(mode: str) -> None:
    server = Server(
        signed_url_answer(),
        storage=(Answer(503, b"<html>busy</html>"), Answer(503, b""), Answer(204)),
    )
    assert run("upload_via_signed_url", mode, server) == ASSET
    assert len(server.requests) == 1
    assert len(server.storage_requests) == 3 and len(server.sleeps) == 2
    assert all(FILE_BYTES in r.content for r in server.storage_requests)
    assert all("Authorization" not in r.headers for r in server.storage_requests)


def test_a_storage_503_is_not_retried_with_a_stream_that_cannot_rewind() -> None:
    # httpx seeks a file to 0 before each send; one that cannot seek would go out empty.
    server = Server(signed_url_answer(), storage=(Answer(503, b""), Answer(204)))
    with (
        MaviClient(KEY, transport=httpx.MockTransport(server), max_retries=2) as client,
        pytest.raises(ServerError) as info,
    ):
        client.upload_via_signed_url(
            io.BufferedReader(OneWayStream(FILE_BYTES)), filename="clip.mp4"
        )
    # The storage's own answer, not a complaint about the stream, with the reason it stopped.
    assert info.value.status == 503
    assert "cannot be rewound" in " ".join(info.value.__notes__)
    assert len(server.storage_requests) == 1
    assert FILE_BYTES in server.storage_requests[0].content


def test_a_storage_503_that_lasts_is_a_server_error() -> None:
    server = Server(signed_url_answer(), storage=(Answer(503, b""),))
    with pytest.raises(ServerError):
        run("upload_via_signed_url", "sync", server)
    assert len(server.storage_requests) == 1 + RETRIES
