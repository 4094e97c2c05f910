"""Deadlines of the client, sync and async alike.

``wait_until_ready(timeout=...)`` is a deadline for the whole call: no wait (backoff, Retry-After,
the poll interval) ends after it, and each request's HTTP timeout is cut to the time left.
(What is retried, and the one retry loop of both clients: tests/test_client_retries.py.)
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

from mavi_client import (
    AssetNotReadyError,
    AsyncMaviClient,
    MaviClient,
    RateLimitedError,
    RetryPolicy,
    ServerError,
    TransportError,
)
from tests.support.client import (
    ASSET,
    KEY,
    Clock,
    Server,
    metadata,
    rate_limited,
    unavailable,
)
from tests.support.client import call as run

KINDS = ["sync", "async"]


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
