"""Deadlines and retry decisions of the client, sync and async alike.

``wait_until_ready(timeout=...)`` is a deadline for the whole call: no wait (backoff, Retry-After,
the poll interval) ends after it, and each request's HTTP timeout is cut to the time left. The
retry policy alone decides what is retried, from the error (a TransportError's ``stage`` says how
far the request got); both clients drive one retry loop.
"""

from __future__ import annotations

import asyncio
import random
import socket
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import mavi_client._engine as engine_module
from mavi_client import (
    AssetNotReadyError,
    AsyncMaviClient,
    MaviClient,
    MaviError,
    ProtocolError,
    RateLimitedError,
    RetryPolicy,
    ServerError,
    TransportError,
)
from tests.test_client import ASSET, KEY, VECTOR, envelope, metadata, ok_embedding, rate_limited

KINDS = ["sync", "async"]


def unavailable() -> httpx.Response:
    return httpx.Response(503, content=envelope("0503", None, msg="busy", ok=False))


class Clock:
    """A fake monotonic clock that only moves when slept on (or when a request takes time)."""

    def __init__(self) -> None:
        self.now = 0.0
        #: (when the sleep started, how long it was)
        self.sleeps: list[tuple[float, float]] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append((self.now, seconds))
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


class Server:
    """A MockTransport handler answering from a list (the last answer repeats)."""

    def __init__(
        self, *answers: httpx.Response | Exception, clock: Clock | None = None, cost: float = 0.0
    ) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []
        #: (the clock when the request was sent, its timeout extension)
        self.timeouts: list[tuple[float, dict[str, float | None]]] = []
        self.clock, self.cost = clock, cost

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        request.read()
        if self.clock is not None:
            self.timeouts.append((self.clock.now, dict(request.extensions["timeout"])))
            self.clock.now += self.cost
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        # A fresh copy: a client binds the answer's stream to itself (sync or async).
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)


def run(
    kind: str,
    server: Callable[[httpx.Request], httpx.Response],
    method: str,
    *args: Any,
    clock: Clock | None = None,
    options: dict[str, Any] | None = None,
    **kwargs: Any,
) -> Any:
    """Call ``method`` on a sync or async client over ``server`` (a fake clock, if given)."""
    options = dict(options or {})
    if clock is not None:
        options.setdefault("clock", clock)
    if kind == "sync":
        if clock is not None:
            options.setdefault("sleep", clock.sleep)
        with MaviClient(KEY, transport=httpx.MockTransport(server), **options) as client:
            return getattr(client, method)(*args, **kwargs)

    if clock is not None:
        options.setdefault("sleep", clock.async_sleep)

    async def main() -> Any:
        async with AsyncMaviClient(KEY, transport=httpx.MockTransport(server), **options) as client:
            return await getattr(client, method)(*args, **kwargs)

    return asyncio.run(main())


def assert_no_sleep_passes(clock: Clock, deadline: float) -> None:
    for start, seconds in clock.sleeps:
        assert start + seconds <= deadline, (start, seconds, deadline)


# --- 1. wait_until_ready's timeout is a deadline for the whole call -----------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_retry_after_past_the_deadline_is_not_waited_for(kind: str) -> None:
    clock = Clock()
    server = Server(rate_limited("30"))
    with pytest.raises(AssetNotReadyError) as info:
        run(kind, server, "wait_until_ready", ASSET, timeout=2, clock=clock)
    assert clock.sleeps == [] and clock.now <= 2
    assert len(server.requests) == 1
    assert info.value.last_status is None
    cause = info.value.__cause__
    assert isinstance(cause, RateLimitedError)
    assert (cause.retry_after, cause.attempts) == (30.0, 1)
    assert "deadline" in " ".join(cause.__notes__)


@pytest.mark.parametrize("kind", KINDS)
def test_a_backoff_past_the_deadline_is_not_slept(kind: str) -> None:
    clock = Clock()
    server = Server(unavailable())
    policy = RetryPolicy(max_retries=5, base_delay=1.0, max_delay=30.0, rng=random.Random(1))
    with pytest.raises(AssetNotReadyError) as info:
        run(
            kind,
            server,
            "wait_until_ready",
            ASSET,
            timeout=2,
            clock=clock,
            options={"retry": policy},
        )
    assert_no_sleep_passes(clock, 2)
    assert clock.now < 2
    assert 2 <= len(server.requests) <= 3  # retry 0 (0.5-1 s) fits, retry 2 (2-4 s) never does
    assert isinstance(info.value.__cause__, ServerError)
    assert info.value.__cause__.attempts == len(server.requests)


@pytest.mark.parametrize("kind", KINDS)
def test_the_deadline_spans_every_poll_and_its_retries(kind: str) -> None:
    clock = Clock()
    server = Server(metadata("UPLOADING"), unavailable(), clock=clock, cost=0.1)
    policy = RetryPolicy(max_retries=3, base_delay=1.0, max_delay=30.0, rng=random.Random(2))
    with pytest.raises(AssetNotReadyError) as info:
        run(
            kind,
            server,
            "wait_until_ready",
            ASSET,
            timeout=3,
            poll_interval=1,
            clock=clock,
            options={"retry": policy},
        )
    assert_no_sleep_passes(clock, 3)
    assert clock.now < 3
    assert info.value.last_status == "UPLOADING"
    assert isinstance(info.value.__cause__, ServerError)
    assert "within 3 s" in str(info.value)


@pytest.mark.parametrize("kind", KINDS)
def test_each_request_timeout_is_cut_to_the_time_left(kind: str) -> None:
    clock = Clock()
    server = Server(metadata("UPLOADING"), clock=clock, cost=0.25)
    with pytest.raises(AssetNotReadyError) as info:
        run(
            kind,
            server,
            "wait_until_ready",
            ASSET,
            timeout=5,
            poll_interval=1,
            clock=clock,
            options={"timeout": 60},
        )
    assert info.value.last_status == "UPLOADING"
    assert len(server.timeouts) >= 4
    for sent, timeout in server.timeouts:
        assert set(timeout) == {"connect", "read", "write", "pool"}
        for phase, seconds in timeout.items():
            assert seconds is not None and 0 < seconds <= 5 - sent + 1e-9, (phase, sent, seconds)
    assert_no_sleep_passes(clock, 5)


@pytest.mark.parametrize("kind", KINDS)
def test_a_timeout_longer_than_the_clients_keeps_the_clients(kind: str) -> None:
    # Regression guard (held before the change too): the cut never lengthens a timeout, and a
    # call without a deadline sends the client's own.
    clock = Clock()
    server = Server(metadata("SUCCESS"), clock=clock)
    run(kind, server, "wait_until_ready", ASSET, clock=clock, options={"timeout": 7})
    run(kind, server, "get_asset", ASSET, clock=clock, options={"timeout": 7})
    assert [timeout for _, timeout in server.timeouts] == [
        dict.fromkeys(("connect", "read", "write", "pool"), 7.0)
    ] * 2


@pytest.mark.parametrize("kind", KINDS)
def test_a_retry_that_fits_before_the_deadline_is_made(kind: str) -> None:
    # Regression guard (held before the change too).
    clock = Clock()
    server = Server(unavailable(), metadata("SUCCESS"))
    policy = RetryPolicy(max_retries=3, base_delay=1.0, max_delay=30.0)
    record = run(
        kind,
        server,
        "wait_until_ready",
        ASSET,
        timeout=10,
        clock=clock,
        options={"retry": policy},
    )
    assert record.upload_status.value == "SUCCESS"
    assert len(server.requests) == 2 and len(clock.sleeps) == 1


def capped_sleeps() -> tuple[list[float], Callable[[float], None], Callable[[float], Any]]:
    """Real sleeps, each cut to 1 s (so that a client that ignores its deadline fails fast)."""
    asked: list[float] = []

    def sleep(seconds: float) -> None:
        asked.append(seconds)
        time.sleep(min(seconds, 1.0))

    async def async_sleep(seconds: float) -> None:
        asked.append(seconds)
        await asyncio.sleep(min(seconds, 1.0))

    return asked, sleep, async_sleep


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("answer", "policy"),
    [
        (rate_limited("30"), RetryPolicy()),
        (unavailable(), RetryPolicy(base_delay=20.0)),
    ],
    ids=["429 Retry-After 30", "503 backoff 10-20 s"],
)
def test_wait_until_ready_returns_within_its_timeout_in_wall_time(
    kind: str, answer: httpx.Response, policy: RetryPolicy
) -> None:
    asked, sleep, async_sleep = capped_sleeps()
    options = {"retry": policy, "sleep": sleep if kind == "sync" else async_sleep}
    started = time.monotonic()
    with pytest.raises(AssetNotReadyError):
        run(kind, Server(answer), "wait_until_ready", ASSET, timeout=0.5, options=options)
    elapsed = time.monotonic() - started
    assert elapsed < 1.5, elapsed
    assert asked == []


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A port that takes connections (the kernel's backlog) but never answers."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/serve/api/v2"


@pytest.mark.timeout(30)
@pytest.mark.parametrize("kind", KINDS)
def test_a_silent_server_cannot_hold_wait_until_ready_past_its_timeout(
    kind: str, silent_server: str
) -> None:
    asked, sleep, async_sleep = capped_sleeps()
    options: dict[str, Any] = {
        "base_url": silent_server,
        "timeout": 5,
        "sleep": sleep if kind == "sync" else async_sleep,
    }
    started = time.monotonic()
    with pytest.raises(AssetNotReadyError) as info:
        if kind == "sync":
            with MaviClient(KEY, **options) as client:
                client.wait_until_ready(ASSET, timeout=0.5)
        else:

            async def main() -> None:
                async with AsyncMaviClient(KEY, **options) as client:
                    await client.wait_until_ready(ASSET, timeout=0.5)

            asyncio.run(main())
    elapsed = time.monotonic() - started
    assert elapsed < 1.5, elapsed
    assert asked == []
    cause = info.value.__cause__
    assert isinstance(cause, TransportError)
    assert isinstance(cause.__cause__, httpx.TimeoutException)


# --- 2. the retry policy decides what is retried ------------------------------------------------

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
        run("sync", Server(failure), "embed_video", ASSET, options={"max_retries": 0})
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
    assert run(kind, server, "embed_video", ASSET, clock=clock, options=options) == VECTOR
    assert len(server.requests) == 2 and len(clock.sleeps) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_a_policy_can_retry_a_lost_answer(kind: str) -> None:
    server = Server(httpx.ReadError("connection reset"), metadata("SUCCESS"))
    clock = Clock()
    options = {"retry": RetryReadsOfGets(max_retries=2, base_delay=0.1)}
    record = run(kind, server, "get_asset", ASSET, clock=clock, options=options)
    assert record.upload_status.value == "SUCCESS"
    assert len(server.requests) == 2


@pytest.mark.parametrize("kind", KINDS)
def test_a_policy_can_refuse_to_retry_a_server_error(kind: str) -> None:
    server = Server(unavailable(), ok_embedding())
    clock = Clock()
    with pytest.raises(ServerError) as info:
        run(
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


# --- 3. one retry loop for both clients ---------------------------------------------------------


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
        assert run(kind, server, "embed_video", ASSET, clock=Clock()) == VECTOR
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
        run(kind, server, method, ASSET, clock=clock, options={"retry": policy}, **kw)
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
