"""The client's retry arithmetic, exactly: Retry-After read in each form, the policy's limits and
delays (doubling to the cap, jitter, the server's figure and its cap), and the retries an upload
that cannot be rewound does not get."""

from __future__ import annotations

import io
import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from mavi_client import (
    MaviClient,
    MaviError,
    RateLimitedError,
    RetryPolicy,
    ServerError,
    TransportError,
)
from mavi_client._envelope import parse_retry_after
from tests.support.client import OneWayStream


def test_parse_retry_after() -> None:
    now = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    assert parse_retry_after(None) is None
    assert parse_retry_after(" 7 ") == 7.0
    assert parse_retry_after("-3") == 0.0
    assert parse_retry_after("inf") is None
    assert parse_retry_after("soon") is None
    later = format_datetime(now + timedelta(seconds=30), usegmt=True)
    assert parse_retry_after(later, now=now) == 30.0
    naive = (now + timedelta(seconds=5)).strftime("%a, %d %b %Y %H:%M:%S")
    assert parse_retry_after(naive, now=now) == 5.0  # no zone: read as UTC
    # Without `now`, the clock is read in UTC (an aware date must not meet a naive clock).
    soon = format_datetime(datetime.now(UTC) + timedelta(seconds=100), usegmt=True)
    assert 90 < (parse_retry_after(soon) or 0) <= 100


def test_retry_policy_refuses_negative_settings() -> None:
    for bad, message in (
        ({"max_retries": -1}, r"^max_retries must be >= 0$"),
        ({"base_delay": -0.1}, r"^delays must be >= 0$"),
        ({"max_delay": -0.1}, r"^delays must be >= 0$"),
    ):
        with pytest.raises(ValueError, match=message):
            RetryPolicy(**bad)
    # Zero delays are allowed (retries at once).
    assert RetryPolicy(base_delay=0, max_delay=0).delay(ServerError("x"), 0) == 0.0


def test_the_module_level_is_retryable_is_the_default_policys_decision() -> None:
    assert RetryPolicy().is_retryable(RateLimitedError("x", status=429)) is True
    assert RetryPolicy().is_retryable(ServerError("x", status=503)) is True
    assert RetryPolicy().is_retryable(TransportError("x", stage="connect")) is True
    assert RetryPolicy().is_retryable(TransportError("x")) is True
    assert RetryPolicy().is_retryable(MaviError("x", status=400)) is False
    assert RetryPolicy().is_retryable(TransportError("x", stage="read")) is False


def test_retry_delays_double_up_to_the_cap_with_jitter_and_honour_retry_after() -> None:
    policy = RetryPolicy(max_retries=6, base_delay=1.0, max_delay=5.0, rng=random.Random(3))
    waits = [policy.delay(ServerError("x"), n) for n in range(6)]
    for n, wait in enumerate(waits):
        ceiling = min(5.0, 2.0**n)
        assert wait is not None and ceiling / 2 <= wait <= ceiling
    assert policy.delay(ServerError("x"), 6) is None
    slow = RateLimitedError("x", retry_after=42.0)
    assert policy.delay(slow, 0) == 42.0
    assert policy.delay(MaviError("x"), 0) is None


def test_a_retry_after_beyond_the_cap_is_not_waited_for() -> None:
    policy = RetryPolicy(max_retries=3, max_retry_after=60.0)
    assert policy.delay(RateLimitedError("x", retry_after=60.0), 0) == 60.0
    assert policy.delay(RateLimitedError("x", retry_after=86_400.0), 0) is None
    with pytest.raises(ValueError, match=r"^delays must be >= 0$"):
        RetryPolicy(max_retry_after=-1)
    # A cap of 0 (or under a second) is allowed: any Retry-After above it raises at once.
    assert RetryPolicy(max_retry_after=0).delay(RateLimitedError("x", retry_after=1.0), 0) is None
    assert RetryPolicy(max_retry_after=0.5).delay(RateLimitedError("x", retry_after=0.5), 0) == 0.5


def test_a_day_long_retry_after_raises_at_once_with_the_servers_figure() -> None:
    sleeps: list[float] = []
    answer = httpx.Response(
        429,
        content=b'{"code":"0429","msg":"slow down","data":null,"success":false,"failed":true}',
        headers={"Retry-After": "86400"},
    )
    client = MaviClient(
        "sk-1", transport=httpx.MockTransport(lambda request: answer), sleep=sleeps.append
    )
    with client, pytest.raises(RateLimitedError) as info:
        client.embed_video("re_657745568997527552")
    assert (info.value.retry_after, info.value.attempts, sleeps) == (86_400.0, 1, [])


def test_a_503_on_an_upload_that_cannot_be_rewound_is_the_503() -> None:
    answer = httpx.Response(
        503, content=b'{"code":"0503","msg":"busy","data":null,"success":false,"failed":true}'
    )
    client = MaviClient(
        "sk-1", transport=httpx.MockTransport(lambda request: answer), sleep=lambda _: None
    )
    with client, pytest.raises(ServerError) as info:
        client.upload(io.BufferedReader(OneWayStream(b"clip")), filename="a.mp4")
    assert info.value.status == 503 and info.value.attempts == 1
    assert "cannot be rewound" in " ".join(getattr(info.value, "__notes__", []))
