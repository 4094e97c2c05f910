"""Retries of the client, sync and async alike: what is retried (the retry policy alone decides,
from the error; a TransportError's ``stage`` says how far the request got), how long it waits
(backoff with jitter, never less than Retry-After), how often, and readiness polling. Both
clients drive one retry loop. (Deadlines: tests/test_client_deadlines.py.)
"""

from __future__ import annotations

import io
import random
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

import mavi_client._engine as engine_module
from mavi_client import (
    AssetNotReadyError,
    MaviClient,
    MaviError,
    ProtocolError,
    RateLimitedError,
    RetryPolicy,
    ServerError,
    TransportError,
)
from mavi_client._envelope import parse_retry_after
from tests.support.client import (
    ASSET,
    KEY,
    VECTOR,
    Clock,
    Server,
    call,
    client_for,
    envelope,
    error_body,
    metadata,
    ok_embedding,
    rate_limited,
    unavailable,
)

KINDS = ["sync", "async"]

# --- how many, how long ---------------------------------------------------------------------------


def test_retries_429_and_honours_retry_after() -> None:
    server = Server(rate_limited("5"), rate_limited("3"), ok_embedding())
    client = client_for(server, retries=3)
    assert client.embed_video(ASSET) == VECTOR
    assert len(server.requests) == 3
    assert server.sleeps[0] >= 5.0 and server.sleeps[1] >= 3.0


def test_backoff_grows_exponentially_with_jitter() -> None:
    server = Server(
        *[httpx.Response(500, content=error_body(500, 500)) for _ in range(4)], ok_embedding()
    )
    client = client_for(server, retries=4)
    assert client.embed_video(ASSET) == VECTOR
    # base 0.5: retry n waits in [0.5 * 2**n / 2, 0.5 * 2**n]
    for n, slept in enumerate(server.sleeps):
        assert 0.25 * 2**n <= slept <= 0.5 * 2**n, (n, slept)
    assert len(set(server.sleeps)) == len(server.sleeps)


def test_backoff_is_capped_but_retry_after_wins() -> None:
    policy = RetryPolicy(max_retries=10, base_delay=1.0, max_delay=4.0)
    err = ServerError("x", status=500)
    assert all(policy.delay(err, n) <= 4.0 for n in range(10))  # type: ignore[operator]
    limited = RateLimitedError("x", status=429, retry_after=60.0)
    assert policy.delay(limited, 9) == 60.0


def test_retries_stop_after_the_configured_number() -> None:
    server = Server(rate_limited("1"))
    client = client_for(server, retries=2)
    with pytest.raises(RateLimitedError):
        client.embed_video(ASSET)
    assert len(server.requests) == 3
    assert len(server.sleeps) == 2


def test_zero_retries_means_one_attempt() -> None:
    server = Server(httpx.Response(503, content=error_body(503, 503)))
    client = MaviClient(
        KEY, transport=httpx.MockTransport(server), max_retries=0, sleep=pytest.fail
    )
    with pytest.raises(ServerError):
        client.embed_video(ASSET)
    assert len(server.requests) == 1


def test_connect_errors_are_retried_then_reported() -> None:
    server = Server(httpx.ConnectError("refused"), ok_embedding())
    client = client_for(server, retries=2)
    assert client.embed_video(ASSET) == VECTOR
    assert len(server.sleeps) == 1

    always = Server(httpx.ConnectError("refused"))
    client = client_for(always, retries=2)
    with pytest.raises(TransportError) as info:
        client.embed_video(ASSET)
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert info.value.status is None
    assert len(always.requests) == 3


def test_a_read_error_after_sending_is_not_retried() -> None:
    server = Server(httpx.ReadError("reset"), ok_embedding())
    client = client_for(server, retries=3)
    with pytest.raises(TransportError):
        client.embed_video(ASSET)
    assert len(server.requests) == 1


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
    server = Server(
        rate_limited("0"), httpx.Response(200, content=envelope("0000", {"asset_id": ASSET}))
    )
    client = client_for(server, retries=1)
    assert client.upload(Window(b"not this" * 10, payload), filename="a.mp4") == ASSET
    sent = [(payload in r.content, b"not this" in r.content) for r in server.requests]
    assert sent == [(True, False), (True, False)]  # the file, from its start, twice


def test_retry_after_as_http_date() -> None:
    now = datetime(2026, 11, 23, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("Mon, 23 Nov 2026 12:00:30 GMT", now=now) == 30.0
    assert parse_retry_after("garbage") is None
    assert parse_retry_after("-3") == 0.0


# --- readiness --------------------------------------------------------------------------------


def test_wait_until_ready_polls_until_success() -> None:
    server = Server(metadata("WAITING"), metadata("UPLOADING"), metadata("SUCCESS"))
    client = client_for(server, clock=lambda: 0.0)
    assert client.wait_until_ready(ASSET, poll_interval=1.5).upload_status.value == "SUCCESS"
    assert server.sleeps == [1.5, 1.5]


def test_wait_until_ready_raises_on_failed_and_on_timeout() -> None:
    client = client_for(Server(metadata("WAITING"), metadata("FAILED")), clock=lambda: 0.0)
    with pytest.raises(AssetNotReadyError) as info:
        client.wait_until_ready(ASSET)
    assert info.value.last_status == "FAILED"

    clock = Clock()
    server = Server(metadata("UPLOADING"))
    with pytest.raises(AssetNotReadyError) as info:
        call("sync", server, "wait_until_ready", ASSET, timeout=10, poll_interval=1, clock=clock)
    assert info.value.last_status == "UPLOADING"
    assert 9 <= clock.now <= 10


# --- the retry policy decides what is retried ------------------------------------------------

STAGES: list[tuple[Exception, str]] = [
    (httpx.ConnectError("[Errno 111] Connection refused"), "refused"),
    (httpx.ConnectError("[Errno -2] Name or service not known"), "connect"),
    (httpx.ConnectTimeout("timed out"), "connect"),
    (httpx.PoolTimeout("no free connection"), "pool"),
    (httpx.WriteError("broken pipe"), "write"),
    (httpx.WriteTimeout("timed out"), "write"),
    (httpx.ReadError("connection reset"), "read"),
    (httpx.ReadTimeout("timed out"), "read"),
    (httpx.RemoteProtocolError("Server disconnected without sending a response."), "read"),
    (httpx.ProxyError("proxy said no"), "other"),
    (httpx.UnsupportedProtocol("no such scheme"), "other"),
]


@pytest.mark.parametrize(
    ("failure", "stage"), STAGES, ids=[f"{type(e).__name__}-{s}" for e, s in STAGES]
)
def test_a_transport_error_says_how_far_the_request_got(failure: Exception, stage: str) -> None:
    with pytest.raises(TransportError) as info:
        call("sync", Server(failure), "embed_video", ASSET, options={"max_retries": 0})
    assert info.value.stage == stage
    assert info.value.__cause__ is failure


def test_the_default_policy_decides_from_the_class_and_the_stage() -> None:
    policy = RetryPolicy()
    decisions = {
        "429": policy.is_retryable(RateLimitedError("x", status=429)),
        "503": policy.is_retryable(ServerError("x", status=503)),
        "400": policy.is_retryable(MaviError("x", status=400)),
        "protocol": policy.is_retryable(ProtocolError("x", status=200)),
        **{
            stage: policy.is_retryable(TransportError("x", stage=stage))
            for stage in ("refused", "connect", "pool", "write", "read", "other")
        },
        "no stage": policy.is_retryable(TransportError("x")),
    }
    assert decisions == {
        "429": True,
        "503": True,
        "400": False,
        "protocol": False,
        "refused": False,
        "connect": True,
        "pool": False,
        "write": False,
        "read": False,
        "other": False,
        "no stage": True,  # not made by the client: judged by class, as before
    }
    refused = TransportError("x", stage="refused")
    assert policy.delay(refused, 0) is None and RetryPolicy().is_retryable(refused) is False
    assert policy.delay(TransportError("x", stage="connect"), 0) is not None


class RetryRefused(RetryPolicy):
    """Also retries a refused connection (say, a server that is still starting)."""

    def is_retryable(self, error: MaviError) -> bool:
        if isinstance(error, TransportError) and error.stage == "refused":
            return True
        return super().is_retryable(error)


class RetryReadsOfGets(RetryPolicy):
    """Also retries a GET whose answer was lost: reading metadata twice does no harm."""

    def is_retryable(self, error: MaviError) -> bool:
        if isinstance(error, TransportError) and error.stage == "read" and error.method == "GET":
            return True
        return super().is_retryable(error)


class NeverOnServerErrors(RetryPolicy):
    def is_retryable(self, error: MaviError) -> bool:
        return not isinstance(error, ServerError) and super().is_retryable(error)


@pytest.mark.parametrize("kind", KINDS)
def test_a_policy_can_retry_a_refused_connection(kind: str) -> None:
    server = Server(httpx.ConnectError("[Errno 111] Connection refused"), ok_embedding())
    clock = Clock()
    options = {"retry": RetryRefused(max_retries=2, base_delay=0.1)}
    assert call(kind, server, "embed_video", ASSET, clock=clock, options=options) == VECTOR
    assert len(server.requests) == 2 and len(clock.sleeps) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_a_policy_can_retry_a_lost_answer(kind: str) -> None:
    server = Server(httpx.ReadError("connection reset"), metadata("SUCCESS"))
    clock = Clock()
    options = {"retry": RetryReadsOfGets(max_retries=2, base_delay=0.1)}
    record = call(kind, server, "get_asset", ASSET, clock=clock, options=options)
    assert record.upload_status.value == "SUCCESS"
    assert len(server.requests) == 2


@pytest.mark.parametrize("kind", KINDS)
def test_a_policy_can_refuse_to_retry_a_server_error(kind: str) -> None:
    server = Server(unavailable(), ok_embedding())
    clock = Clock()
    with pytest.raises(ServerError) as info:
        call(
            kind,
            server,
            "embed_video",
            ASSET,
            clock=clock,
            options={"retry": NeverOnServerErrors(max_retries=3)},
        )
    assert info.value.attempts == 1 and len(server.requests) == 1 and clock.sleeps == []


def test_max_retries_keeps_a_subclassed_policy() -> None:
    client = MaviClient(KEY, retry=NeverOnServerErrors(max_retries=3), max_retries=1)
    assert type(client.retry) is NeverOnServerErrors and client.retry.max_retries == 1
    client.close()


# --- one retry loop for both clients ---------------------------------------------------------


def test_one_retry_decision_serves_both_clients(monkeypatch: pytest.MonkeyPatch) -> None:
    # The decision after a failure is made in one place: changing it changes both clients.
    seen: list[str] = []
    original = engine_module.Tries.wait_after

    def spy(self: Any, failure: Exception) -> float:
        seen.append(type(failure).__name__)
        return original(self, failure)

    monkeypatch.setattr(engine_module.Tries, "wait_after", spy)
    for kind in KINDS:
        server = Server(unavailable(), ok_embedding())
        assert call(kind, server, "embed_video", ASSET, clock=Clock()) == VECTOR
    assert seen == ["ServerError", "ServerError"]


SCENARIOS: dict[str, tuple[list[httpx.Response | Exception], str, dict[str, Any]]] = {
    "429 then success": ([rate_limited("3"), ok_embedding()], "embed_video", {}),
    "503 until the retries run out": ([unavailable()], "embed_video", {}),
    "a refused connection": ([httpx.ConnectError("Connection refused")], "embed_video", {}),
    "a connect failure then success": (
        [httpx.ConnectError("unreachable"), ok_embedding()],
        "embed_video",
        {},
    ),
    "a lost answer": ([httpx.ReadError("reset")], "embed_video", {}),
    "Retry-After past the deadline": (
        [metadata("WAITING"), rate_limited("5")],
        "wait_until_ready",
        {"timeout": 4},
    ),
    "backoff past the deadline": (
        [metadata("UPLOADING"), unavailable()],
        "wait_until_ready",
        {"timeout": 2.5},
    ),
}


def trace(kind: str, answers: list[httpx.Response | Exception], method: str, **kw: Any) -> Any:
    clock = Clock()
    server = Server(*answers, clock=clock, cost=0.05)
    policy = RetryPolicy(max_retries=3, base_delay=0.5, max_delay=8.0, rng=random.Random(7))
    outcome: Any = "ok"
    try:
        call(kind, server, method, ASSET, clock=clock, options={"retry": policy}, **kw)
    except MaviError as error:
        cause = error.__cause__
        outcome = (
            type(error).__name__,
            str(error),
            getattr(error, "__notes__", None),
            type(cause).__name__,
            str(cause),
            getattr(cause, "__notes__", None),
            getattr(error, "stage", None),
        )
    return outcome, clock.sleeps, server.timeouts


@pytest.mark.parametrize("name", SCENARIOS)
def test_sync_and_async_make_the_same_decisions(name: str) -> None:
    # Regression guard: the two clients agree on every decision, wait and timeout.
    answers, method, kw = SCENARIOS[name]
    assert trace("sync", answers, method, **kw) == trace("async", answers, method, **kw)
