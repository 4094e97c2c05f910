"""The hand-written client layer against httpx.MockTransport answers: values, errors, retries."""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from mavi_client import (
    AssetNotReadyError,
    AsyncMaviClient,
    AuthError,
    InsufficientCreditsError,
    InvalidRequestError,
    MaviClient,
    MaviError,
    NotFoundError,
    ProtocolError,
    RateLimitedError,
    RetryPolicy,
    ServerError,
    TransportError,
)
from mavi_client._envelope import parse_retry_after

KEY = "sk-8483027fe3abfe535f6ae01a9979b4f7"
ASSET = "re_657745568997527552"
VECTOR = [0.001 * (i % 7) - 0.002 for i in range(1408)]

EXPECTED_CLASS: dict[int, type[MaviError]] = {
    400: InvalidRequestError,
    401: AuthError,
    402: InsufficientCreditsError,
    403: AuthError,
    404: NotFoundError,
    405: InvalidRequestError,
    409: InvalidRequestError,
    413: InvalidRequestError,
    415: InvalidRequestError,
    429: RateLimitedError,
    500: ServerError,
    503: ServerError,
}


def envelope(code: Any, data: Any = None, *, msg: str = "success", ok: bool = True) -> bytes:
    body = {"code": code, "msg": msg, "data": data, "success": ok, "failed": not ok}
    return json.dumps(body).encode()


def error_body(status: int, code: Any, msg: str = "Request has exceeded the limit.") -> bytes:
    return envelope(code, None, msg=msg, ok=False)


def string_code(status: int, code_table: list[dict[str, Any]]) -> str:
    """The seed dialect's code for ``status`` in openapi.yaml's x-dialect-table."""
    for row in code_table:
        if row["status"] == status:
            return str(row["seed"])
    return f"{status:04d}"


class Recorder:
    """A MockTransport handler that answers from a list and keeps every request."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        request.read()
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


def client_for(
    handler: Callable[[httpx.Request], httpx.Response], *, retries: int = 0, **kw: Any
) -> tuple[MaviClient, list[float]]:
    sleeps: list[float] = []
    client = MaviClient(
        KEY,
        transport=httpx.MockTransport(handler),
        retry=RetryPolicy(max_retries=retries, base_delay=0.5, max_delay=8.0),
        sleep=sleeps.append,
        **kw,
    )
    return client, sleeps


def ok_embedding(code: Any = "0000", vector: Any = VECTOR) -> httpx.Response:
    return httpx.Response(200, content=envelope(code, {"embedding": vector}))


# --- success -------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["0000", 200])
def test_embed_returns_the_vector_and_sends_the_raw_key(code: Any) -> None:
    recorder = Recorder(ok_embedding(code))
    client, _ = client_for(recorder)
    assert client.embed_video(ASSET) == VECTOR
    (request,) = recorder.requests
    assert request.method == "POST"
    assert request.url == "https://mavi-backend.memories.ai/serve/api/v2/embeddings/video"
    assert request.headers["Authorization"] == KEY
    assert json.loads(request.content) == {"asset_id": ASSET, "model": "multimodalembedding@001"}


def test_upload_sends_multipart_and_returns_the_asset_id(tmp_path: Path) -> None:
    video = tmp_path / "clip.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42--+++ not a boundary")
    recorder = Recorder(httpx.Response(200, content=envelope(200, {"asset_id": ASSET})))
    client, _ = client_for(recorder)
    assert client.upload(video) == ASSET
    (request,) = recorder.requests
    assert request.url.path.endswith("/upload")
    content_type = request.headers["Content-Type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    assert "boundary=+++" not in content_type
    assert b'name="file"; filename="clip.mp4"' in request.content
    assert b"Content-Type: video/mp4" in request.content
    assert video.read_bytes() in request.content


def test_get_asset_returns_the_record() -> None:
    record = {
        "extension": "mp4",
        "asset_id": ASSET,
        "original_filename": "clip.mp4",
        "file_size": "133652816",
        "upload_status": "SUCCESS",
        "create_time": "1766989317192",
        "modify_time": "1766989317192",
    }
    recorder = Recorder(
        httpx.Response(200, content=envelope("0000", {"total": 1, "resource": [record]}))
    )
    client, _ = client_for(recorder)
    got = client.get_asset(ASSET)
    assert got.to_dict() == record
    assert recorder.requests[0].url.path.endswith(f"/{ASSET}/metadata")


def test_empty_metadata_is_not_found() -> None:
    client, _ = client_for(
        Recorder(httpx.Response(200, content=envelope("0000", {"total": 0, "resource": []})))
    )
    with pytest.raises(NotFoundError):
        client.get_asset(ASSET)


# --- every documented error, both spellings ------------------------------------------------


@pytest.mark.parametrize("spelling", ["string", "integer"])
@pytest.mark.parametrize("status", sorted(EXPECTED_CLASS))
def test_every_error_status_raises_its_class(
    status: int, spelling: str, code_table: list[dict[str, Any]]
) -> None:
    code = string_code(status, code_table) if spelling == "string" else status
    headers = {"Retry-After": "7"} if status == 429 else {}
    client, sleeps = client_for(
        Recorder(httpx.Response(status, content=error_body(status, code), headers=headers))
    )
    with pytest.raises(MaviError) as info:
        client.embed_video(ASSET)
    error = info.value
    assert type(error) is EXPECTED_CLASS[status]
    assert (error.status, error.code, error.msg) == (
        status,
        code,
        "Request has exceeded the limit.",
    )
    if status == 429:
        assert isinstance(error, RateLimitedError)
        assert error.retry_after == 7.0
    assert sleeps == []  # retries are off in this client


def test_the_message_never_decides_the_class() -> None:
    # The provider uses one message for rate limits and validation errors.
    client, _ = client_for(
        Recorder(
            httpx.Response(400, content=error_body(400, "0001", "Request has exceeded the limit."))
        )
    )
    with pytest.raises(InvalidRequestError) as info:
        client.embed_video(ASSET)
    assert not isinstance(info.value, RateLimitedError)


# --- protocol errors -----------------------------------------------------------------------

BAD_200_BODIES: dict[str, bytes] = {
    "not json": b"<html>oops</html>",
    "json array": b"[1, 2]",
    "missing data": json.dumps(
        {"code": "0000", "msg": "", "success": True, "failed": False}
    ).encode(),
    "missing msg": json.dumps(
        {"code": "0000", "data": {"embedding": VECTOR}, "success": True, "failed": False}
    ).encode(),
    "success and failed both true": json.dumps(
        {"code": "0000", "msg": "", "data": {"embedding": VECTOR}, "success": True, "failed": True}
    ).encode(),
    "success code with success false": envelope("0000", {"embedding": VECTOR}, ok=False),
    "error code with success true": envelope("0401", {"embedding": VECTOR}),
    "code of the wrong type": envelope(["0000"], {"embedding": VECTOR}),
    "code of the wrong shape": envelope("ok", {"embedding": VECTOR}),
    "boolean success as string": json.dumps(
        {
            "code": "0000",
            "msg": "",
            "data": {"embedding": VECTOR},
            "success": "true",
            "failed": False,
        }
    ).encode(),
    "data null": envelope("0000", None),
    "no embedding": envelope("0000", {"vector": VECTOR}),
    "embedding not a list": envelope("0000", {"embedding": "0.1,0.2"}),
    "empty embedding": envelope("0000", {"embedding": []}),
    "1407 values": envelope("0000", {"embedding": VECTOR[:-1]}),
    "1409 values": envelope("0000", {"embedding": [*VECTOR, 0.0]}),
    "string in vector": envelope("0000", {"embedding": ["0.1", *VECTOR[1:]]}),
    "bool in vector": envelope("0000", {"embedding": [True, *VECTOR[1:]]}),
    "null in vector": envelope("0000", {"embedding": [None, *VECTOR[1:]]}),
    "overflowing number": envelope("0000", {"embedding": [0.0] * 1407}).replace(
        b'"embedding": [', b'"embedding": [1e999, '
    ),
    "NaN literal": envelope("0000", {"embedding": [0.0] * 1407}).replace(
        b'"embedding": [', b'"embedding": [NaN, '
    ),
}


@pytest.mark.parametrize("body", BAD_200_BODIES.values(), ids=BAD_200_BODIES.keys())
def test_contract_breaking_success_raises_protocol_error(body: bytes) -> None:
    client, _ = client_for(Recorder(httpx.Response(200, content=body)))
    with pytest.raises(ProtocolError) as info:
        client.embed_video(ASSET)
    assert info.value.status == 200


@pytest.mark.parametrize(
    "body",
    [
        envelope("0401", None, msg="x", ok=True),  # success: true on an error status
        envelope("0000", None, msg="x", ok=False),  # success code on an error status
        json.dumps({"code": 200, "msg": "x", "data": None}).encode(),  # the same, modern
    ],
)
def test_contract_breaking_error_raises_protocol_error(body: bytes) -> None:
    client, _ = client_for(Recorder(httpx.Response(401, content=body)))
    with pytest.raises(ProtocolError):
        client.embed_video(ASSET)


def test_an_error_status_without_an_envelope_is_judged_by_the_status() -> None:
    client, _ = client_for(Recorder(httpx.Response(401, content=b"Unauthorized")))
    with pytest.raises(AuthError) as info:
        client.embed_video(ASSET)
    assert (info.value.status, info.value.code) == (401, None)
    assert "Unauthorized" in info.value.msg


def test_an_error_in_an_http_200_is_judged_by_its_code() -> None:
    # The legacy dialect, as the provider's own client's tests model it.
    body = json.dumps({"code": "0429", "msg": "Rate limit exceeded", "data": None}).encode()
    recorder = Recorder(httpx.Response(200, content=body, headers={"Retry-After": "4"}))
    client, sleeps = client_for(recorder, retries=1)
    with pytest.raises(RateLimitedError) as info:
        client.embed_video(ASSET)
    error = info.value
    assert (error.status, error.http_status, error.code, error.retry_after) == (
        429,
        200,
        "0429",
        4.0,
    )
    assert len(recorder.requests) == 2 and sleeps[0] >= 4.0


def test_a_gateway_page_on_502_is_a_server_error() -> None:
    client, _ = client_for(Recorder(httpx.Response(502, content=b"<html>Bad Gateway</html>")))
    with pytest.raises(ServerError) as info:
        client.embed_video(ASSET)
    assert info.value.status == 502


def test_dimension_check_can_be_turned_off() -> None:
    client, _ = client_for(Recorder(ok_embedding(vector=[0.6, 0.8])), check_dimension=False)
    assert client.embed_video(ASSET) == [0.6, 0.8]


# --- retries -------------------------------------------------------------------------------


def rate_limited(retry_after: str | None = None) -> httpx.Response:
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return httpx.Response(429, content=error_body(429, "0429"), headers=headers)


def test_retries_429_and_honours_retry_after() -> None:
    recorder = Recorder(rate_limited("5"), rate_limited("3"), ok_embedding())
    client, sleeps = client_for(recorder, retries=3)
    assert client.embed_video(ASSET) == VECTOR
    assert len(recorder.requests) == 3
    assert sleeps[0] >= 5.0 and sleeps[1] >= 3.0


def test_backoff_grows_exponentially_with_jitter() -> None:
    recorder = Recorder(
        *[httpx.Response(500, content=error_body(500, 500)) for _ in range(4)], ok_embedding()
    )
    client, sleeps = client_for(recorder, retries=4)
    assert client.embed_video(ASSET) == VECTOR
    # base 0.5: retry n waits in [0.5 * 2**n / 2, 0.5 * 2**n]
    for n, slept in enumerate(sleeps):
        assert 0.25 * 2**n <= slept <= 0.5 * 2**n, (n, slept)
    assert len(set(sleeps)) == len(sleeps)


def test_backoff_is_capped_but_retry_after_wins() -> None:
    policy = RetryPolicy(max_retries=10, base_delay=1.0, max_delay=4.0)
    err = ServerError("x", status=500)
    assert all(policy.delay(err, n) <= 4.0 for n in range(10))  # type: ignore[operator]
    limited = RateLimitedError("x", status=429, retry_after=60.0)
    assert policy.delay(limited, 9) == 60.0


def test_retries_stop_after_the_configured_number() -> None:
    recorder = Recorder(rate_limited("1"))
    client, sleeps = client_for(recorder, retries=2)
    with pytest.raises(RateLimitedError):
        client.embed_video(ASSET)
    assert len(recorder.requests) == 3
    assert len(sleeps) == 2


def test_zero_retries_means_one_attempt() -> None:
    recorder = Recorder(httpx.Response(503, content=error_body(503, 503)))
    client = MaviClient(
        KEY, transport=httpx.MockTransport(recorder), max_retries=0, sleep=pytest.fail
    )
    with pytest.raises(ServerError):
        client.embed_video(ASSET)
    assert len(recorder.requests) == 1


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 405, 409, 413, 415])
def test_other_4xx_are_never_retried(status: int) -> None:
    recorder = Recorder(httpx.Response(status, content=error_body(status, status)), ok_embedding())
    client, sleeps = client_for(recorder, retries=5)
    with pytest.raises(MaviError):
        client.embed_video(ASSET)
    assert len(recorder.requests) == 1 and sleeps == []


def test_protocol_errors_are_not_retried() -> None:
    recorder = Recorder(httpx.Response(200, content=b"garbage"), ok_embedding())
    client, _sleeps = client_for(recorder, retries=5)
    with pytest.raises(ProtocolError):
        client.embed_video(ASSET)
    assert len(recorder.requests) == 1


def test_connect_errors_are_retried_then_reported() -> None:
    recorder = Recorder(httpx.ConnectError("refused"), ok_embedding())
    client, sleeps = client_for(recorder, retries=2)
    assert client.embed_video(ASSET) == VECTOR
    assert len(sleeps) == 1

    always = Recorder(httpx.ConnectError("refused"))
    client, sleeps = client_for(always, retries=2)
    with pytest.raises(TransportError) as info:
        client.embed_video(ASSET)
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert info.value.status is None
    assert len(always.requests) == 3


def test_a_read_error_after_sending_is_not_retried() -> None:
    recorder = Recorder(httpx.ReadError("reset"), ok_embedding())
    client, _sleeps = client_for(recorder, retries=3)
    with pytest.raises(TransportError):
        client.embed_video(ASSET)
    assert len(recorder.requests) == 1


def test_upload_retry_resends_the_whole_file() -> None:
    # httpx seeks a file to 0 before it sends it, and ignores io.UnsupportedOperation. So the
    # client's own rewind shows only on a stream that refuses seek(0) but can go back to where
    # the upload started: this window onto a larger stream, which cannot seek before its start.
    class Window(io.BytesIO):
        def __init__(self, before: bytes, payload: bytes) -> None:
            super().__init__(before + payload)
            self.start = super().seek(len(before))

        def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
            if whence == io.SEEK_SET and offset < self.start:
                raise io.UnsupportedOperation(f"cannot seek before {self.start}")
            return super().seek(offset, whence)

    payload = b"0123456789" * 100
    recorder = Recorder(
        rate_limited("0"), httpx.Response(200, content=envelope("0000", {"asset_id": ASSET}))
    )
    client, _ = client_for(recorder, retries=1)
    assert client.upload(Window(b"not this" * 10, payload), filename="a.mp4") == ASSET
    sent = [(payload in r.content, b"not this" in r.content) for r in recorder.requests]
    assert sent == [(True, False), (True, False)]  # the file, from its start, twice


def test_retry_after_as_http_date() -> None:
    now = datetime(2026, 11, 23, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("Mon, 23 Nov 2026 12:00:30 GMT", now=now) == 30.0
    assert parse_retry_after("garbage") is None
    assert parse_retry_after("-3") == 0.0


# --- readiness -----------------------------------------------------------------------------


def metadata(status: str) -> httpx.Response:
    record = {
        "extension": "mp4",
        "asset_id": ASSET,
        "original_filename": "a.mp4",
        "file_size": "10",
        "upload_status": status,
        "create_time": "1",
        "modify_time": "2",
    }
    return httpx.Response(200, content=envelope("0000", {"total": 1, "resource": [record]}))


def test_wait_until_ready_polls_until_success() -> None:
    recorder = Recorder(metadata("WAITING"), metadata("UPLOADING"), metadata("SUCCESS"))
    client, sleeps = client_for(recorder, clock=lambda: 0.0)
    assert client.wait_until_ready(ASSET, poll_interval=1.5).upload_status.value == "SUCCESS"
    assert sleeps == [1.5, 1.5]


def test_wait_until_ready_raises_on_failed_and_on_timeout() -> None:
    client, _ = client_for(Recorder(metadata("WAITING"), metadata("FAILED")), clock=lambda: 0.0)
    with pytest.raises(AssetNotReadyError) as info:
        client.wait_until_ready(ASSET)
    assert info.value.last_status == "FAILED"

    now = [0.0]
    client, _sleeps = client_for(Recorder(metadata("UPLOADING")), clock=lambda: now[0])
    client._sleep = lambda s: now.__setitem__(0, now[0] + s)
    with pytest.raises(AssetNotReadyError) as info:
        client.wait_until_ready(ASSET, timeout=10, poll_interval=1)
    assert info.value.last_status == "UPLOADING"
    assert 9 <= now[0] <= 10


# --- async ---------------------------------------------------------------------------------


def test_async_client_has_the_same_rules() -> None:
    recorder = Recorder(rate_limited("2"), ok_embedding(200))
    sleeps: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async def main() -> list[float]:
        async with AsyncMaviClient(
            KEY,
            transport=httpx.MockTransport(recorder),
            retry=RetryPolicy(max_retries=1),
            sleep=fake_sleep,
        ) as client:
            vector = await client.embed_video(ASSET)
            with pytest.raises(AuthError):
                recorder.answers = [httpx.Response(401, content=error_body(401, "0401"))]
                await client.embed_video(ASSET)
            return vector

    assert asyncio.run(main()) == VECTOR
    assert sleeps and sleeps[0] >= 2.0
    assert recorder.requests[0].headers["Authorization"] == KEY


@pytest.mark.parametrize("key", ["", "Bearer sk-abc", "bearer sk-abc"])
def test_client_refuses_a_bearer_or_empty_key(key: str) -> None:
    with pytest.raises(ValueError, match=r"Bearer|empty"):
        MaviClient(key)
