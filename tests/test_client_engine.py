"""The retry and deadline engine (``mavi_client._engine``) on its own: each decision of
``Tries`` and ``call_deadline``, on a hand-driven clock (nothing sleeps, nothing is sent).
``Readiness`` is in test_client_readiness.py; the clients' loops around the engine in
test_client_deadlines.py."""

from __future__ import annotations

import logging
import time
from typing import Any

import httpx
import pytest

from mavi_client import (
    AuthError,
    MaviError,
    RetryPolicy,
    ServerError,
    TransportError,
)
from mavi_client._engine import Deadline, Tries, call_deadline
from mavi_client._limits import Watch
from mavi_client._operations import Call

REQUEST = httpx.Request("POST", "http://127.0.0.1:9/serve/api/v2/embeddings/video")
TIMEOUT = httpx.Timeout(connect=1.0, read=10.0, write=4.0, pool=3.0)


class Clock:
    """A clock that moves only when told to."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class Policy(RetryPolicy):
    """A policy that waits ``wait`` (or gives up: None) and records what it was asked."""

    def __init__(self, wait: float | None, max_retries: int = 3) -> None:
        super().__init__(max_retries=max_retries)
        object.__setattr__(self, "wait", wait)
        object.__setattr__(self, "asked", [])

    def delay(self, error: MaviError, retry_index: int) -> float | None:
        self.asked.append((error, retry_index))  # type: ignore[attr-defined]
        return self.wait  # type: ignore[attr-defined, no-any-return]


def call(rewind: Any = None) -> Call[None]:
    return Call(build=dict, parse=lambda data: None, rewind=rewind, subject="asset re_1")


def server_error() -> ServerError:
    return ServerError("busy", status=503, code="0503")


def tries(
    clock: Clock, limit: float | None = 5.0, policy: RetryPolicy | None = None, rewind: Any = None
) -> Tries:
    return Tries(policy or Policy(0.25), clock, call(rewind), call_deadline(clock, limit))


# call_deadline and Deadline ----------------------------------------------------------------


def test_no_timeout_is_no_deadline() -> None:
    assert call_deadline(Clock(), None) is None


def test_the_deadline_is_timeout_seconds_from_now_on_the_clients_clock() -> None:
    deadline = call_deadline(Clock(1000.0), 2.5)
    assert deadline is not None
    assert (deadline.at, deadline.limit, deadline.started) == (1002.5, 2.5, False)


def test_an_expired_deadline_raises_the_last_error_or_a_timeout_of_its_own() -> None:
    deadline = call_deadline(Clock(), 2.5)
    assert deadline is not None
    last = server_error()
    assert deadline.expired(last) is last
    own = deadline.expired(None)
    assert type(own) is TransportError
    assert own.stage == "timeout"
    assert own.msg == "the call did not finish within its timeout of 2.5 s"


# Tries.start ---------------------------------------------------------------------------------


def test_without_a_deadline_each_attempt_keeps_the_clients_timeout() -> None:
    engine = Tries(Policy(0.25), Clock(), call(), None)
    assert engine.start(TIMEOUT) == (None, None)
    assert engine.start(TIMEOUT) == (None, None)
    assert engine.attempts == 2


def test_an_attempt_is_cut_to_the_time_left_in_every_phase() -> None:
    clock = Clock()
    engine = tries(clock, 5.0)
    clock.now += 3.0  # 2 s left
    before = time.monotonic()
    timeout, watch = engine.start(TIMEOUT)
    assert timeout == httpx.Timeout(connect=1.0, read=2.0, write=2.0, pool=2.0)
    assert engine.cut is True
    assert watch is engine.watch
    assert watch is not None and watch.cut is False
    assert before + 2.0 <= watch.at <= time.monotonic() + 2.0
    assert engine.attempts == 1
    assert engine.deadline is not None and engine.deadline.started is True


def test_under_a_second_left_is_still_the_time_left() -> None:
    clock = Clock()
    engine = tries(clock, 5.0)
    clock.now += 4.5
    timeout, _ = engine.start(TIMEOUT)
    assert timeout == httpx.Timeout(0.5)
    timeout, _ = engine.start(TIMEOUT)  # the deadline has started: still 0.5 s, not out of time
    assert timeout == httpx.Timeout(0.5)
    assert engine.attempts == 2


def test_an_attempt_with_time_to_spare_is_not_cut() -> None:
    engine = tries(Clock(), 60.0)
    timeout, _ = engine.start(TIMEOUT)
    assert timeout == TIMEOUT
    assert engine.cut is False


def test_a_phase_without_a_timeout_gets_the_time_left() -> None:
    engine = tries(Clock(), 5.0)
    timeout, _ = engine.start(httpx.Timeout(None))
    assert timeout == httpx.Timeout(5.0)
    assert engine.cut is True


def test_only_the_first_attempt_may_start_with_no_time_left() -> None:
    clock = Clock()
    engine = tries(clock, 5.0)
    clock.now += 5.0  # exactly at the deadline
    timeout, watch = engine.start(TIMEOUT)
    assert timeout == httpx.Timeout(0.1)
    assert watch is not None and watch.left() <= 0.1
    with pytest.raises(TransportError) as raised:
        engine.start(TIMEOUT)
    assert raised.value.stage == "timeout"
    assert raised.value.msg == "the call did not finish within its timeout of 5 s"
    assert engine.attempts == 1


def test_a_started_deadline_stops_the_next_request_at_its_very_end() -> None:
    clock = Clock()
    deadline = call_deadline(clock, 5.0)
    assert deadline is not None
    deadline.started = True  # an earlier request of the call (a signed URL's first step)
    engine = Tries(Policy(0.25), clock, call(), deadline)
    clock.now += 5.0
    with pytest.raises(TransportError, match="did not finish within its timeout of 5 s"):
        engine.start(TIMEOUT)
    assert engine.attempts == 0


def test_after_a_failure_the_next_attempt_past_the_deadline_raises_that_failure() -> None:
    clock = Clock()
    engine = tries(clock, 5.0)
    engine.start(TIMEOUT)
    failure = server_error()
    assert engine.wait_after(failure) == 0.25
    assert engine.last is failure
    engine.deadline.started = False  # type: ignore[union-attr]  # the failure alone decides
    clock.now += 5.0
    with pytest.raises(ServerError) as raised:
        engine.start(TIMEOUT)
    assert raised.value is failure
    assert raised.value.__notes__ == ["the deadline passed before the next request"]


# Tries.origin --------------------------------------------------------------------------------


def test_an_answers_origin_names_the_call_and_its_attempts() -> None:
    engine = tries(Clock())
    engine.start(TIMEOUT)
    engine.start(TIMEOUT)
    response = httpx.Response(503, headers={"X-Request-Id": "r-1"}, request=REQUEST)
    origin = engine.origin(response)
    assert (origin.subject, origin.attempts, origin.http_status) == ("asset re_1", 2, 503)
    assert (origin.method, origin.path) == ("POST", "/serve/api/v2/embeddings/video")
    assert origin.request_id == "r-1"
    assert dict(origin.headers) == {"x-request-id": "r-1"}


# Tries.wait_after: which error, and whether to wait -------------------------------------------


def test_the_policy_is_asked_with_the_retry_index() -> None:
    policy = Policy(0.25)
    engine = tries(Clock(), 5.0, policy)
    failure = server_error()
    engine.start(TIMEOUT)
    engine.wait_after(failure)
    engine.start(TIMEOUT)
    engine.wait_after(failure)
    assert [index for _, index in policy.asked] == [0, 1]  # type: ignore[attr-defined]


def test_a_final_error_is_raised_as_it_is() -> None:
    engine = tries(Clock(), 5.0, Policy(None))
    engine.start(TIMEOUT)
    failure = AuthError("bad key", status=401)
    with pytest.raises(AuthError) as raised:
        engine.wait_after(failure)
    assert raised.value is failure
    assert engine.last is None


def test_an_httpx_failure_becomes_a_transport_error_of_the_call() -> None:
    policy = Policy(None)
    engine = tries(Clock(), 5.0, policy)
    engine.start(TIMEOUT)
    with pytest.raises(TransportError) as raised:
        engine.wait_after(httpx.ConnectError("down", request=REQUEST))
    error = raised.value
    assert error.stage == "connect"
    assert (error.subject, error.attempts) == ("asset re_1", 1)
    assert (error.method, error.path) == ("POST", "/serve/api/v2/embeddings/video")
    assert policy.asked == [(error, 0)]  # type: ignore[attr-defined]


def test_an_httpx_failure_without_a_request_has_no_method_or_path() -> None:
    engine = tries(Clock(), 5.0, Policy(None))
    engine.start(TIMEOUT)
    with pytest.raises(TransportError) as raised:
        engine.wait_after(httpx.ConnectError("down"))
    assert (raised.value.method, raised.value.path) == (None, None)
    assert raised.value.subject == "asset re_1"


def test_a_client_timeout_before_the_deadline_is_the_clients_and_may_be_retried() -> None:
    clock = Clock()
    engine = tries(clock, 60.0)
    engine.start(TIMEOUT)
    clock.now += 10.0
    assert engine.wait_after(httpx.ConnectTimeout("slow", request=REQUEST)) == 0.25
    assert isinstance(engine.last, TransportError)
    assert engine.last.stage == "connect"


def test_a_timeout_at_the_deadline_on_the_clients_clock_ends_the_call() -> None:
    clock = Clock()
    engine = tries(clock, 5.0)
    engine.start(TIMEOUT)  # cut: 5 s left, the read timeout is 10 s
    clock.now += 5.0  # exactly at the deadline
    with pytest.raises(TransportError) as raised:
        engine.wait_after(httpx.ConnectTimeout("slow", request=REQUEST))
    error = raised.value
    assert error.stage == "timeout"
    assert (
        error.msg
        == "no answer from http://127.0.0.1:9/serve/api/v2/embeddings/video within the call's timeout of 5 s"
    )
    assert error.__notes__ == ["not retried: the request timed out at the deadline"]
    assert error.attempts == 1


def test_a_timeout_of_a_cut_attempt_with_time_left_is_the_clients() -> None:
    clock = Clock()
    engine = tries(clock, 5.0)
    engine.start(TIMEOUT)  # cut: 5 s left, the read timeout is 10 s
    clock.now += 4.5  # half a second left on the client's clock
    assert engine.wait_after(httpx.ConnectTimeout("slow", request=REQUEST)) == 0.25


def test_a_timeout_of_an_uncut_attempt_is_not_the_deadlines() -> None:
    clock = Clock()
    engine = tries(clock, 60.0)
    engine.start(TIMEOUT)  # not cut
    engine.watch = None
    clock.now += 60.0
    with pytest.raises(TransportError) as raised:
        engine.wait_after(httpx.ReadTimeout("slow", request=REQUEST))
    assert raised.value.stage == "read"


def test_a_timeout_the_wire_cut_is_the_deadlines_when_its_time_is_all_but_up() -> None:
    clock = Clock()
    engine = tries(clock, 60.0)
    _, watch = engine.start(TIMEOUT)
    assert watch is not None
    watch.cut = True
    watch.at = time.monotonic() + 0.04  # within the OS timers' slack of 0.05 s
    with pytest.raises(TransportError) as raised:
        engine.wait_after(httpx.ReadTimeout("slow", request=REQUEST))
    assert raised.value.stage == "timeout"


class FixedWatch(Watch):
    """A watch with a fixed time left (the real one reads time.monotonic)."""

    def left(self) -> float:
        return self.at


def test_a_timeout_the_wire_cut_with_exactly_the_slack_left_is_the_deadlines() -> None:
    engine = tries(Clock(), 60.0)
    engine.start(TIMEOUT)
    engine.watch = FixedWatch(at=0.05, cut=True)
    with pytest.raises(TransportError) as raised:
        engine.wait_after(httpx.ReadTimeout("slow", request=REQUEST))
    assert raised.value.stage == "timeout"
    engine.watch = FixedWatch(at=0.051, cut=True)
    assert engine.wait_after(httpx.ReadTimeout("slow", request=REQUEST)) == 0.25


def test_a_timeout_the_wire_cut_with_time_left_is_the_clients() -> None:
    engine = tries(Clock(), 60.0)
    _, watch = engine.start(TIMEOUT)
    assert watch is not None
    watch.cut = True
    watch.at = time.monotonic() + 30.0
    assert engine.wait_after(httpx.ReadTimeout("slow", request=REQUEST)) == 0.25


def test_an_uncut_watch_never_makes_a_timeout_the_deadlines() -> None:
    engine = tries(Clock(), 60.0)
    _, watch = engine.start(TIMEOUT)
    assert watch is not None
    watch.at = time.monotonic() - 1.0
    assert engine.wait_after(httpx.ReadTimeout("slow", request=REQUEST)) == 0.25


def test_without_a_deadline_a_timeout_is_only_retried() -> None:
    engine = Tries(Policy(0.25), Clock(), call(), None)
    engine.start(TIMEOUT)
    assert engine.wait_after(httpx.ConnectTimeout("slow", request=REQUEST)) == 0.25


# Tries.wait_after: the deadline's rule, the rewind, the log ----------------------------------


def test_a_wait_that_would_end_at_or_after_the_deadline_is_not_made() -> None:
    clock = Clock()
    engine = tries(clock, 5.0, Policy(1.0))
    engine.start(TIMEOUT)
    clock.now += 4.0  # exactly 1 s left: a wait of 1 s would end at the deadline
    failure = server_error()
    with pytest.raises(ServerError) as raised:
        engine.wait_after(failure)
    assert raised.value is failure
    assert failure.__notes__ == [
        "not retried: a wait of 1.00 s would end after the deadline (1.00 s left)"
    ]


def test_the_note_says_no_time_was_left_rather_than_a_negative_time() -> None:
    clock = Clock()
    engine = tries(clock, 5.0, Policy(1.0))
    engine.start(TIMEOUT)
    clock.now += 6.0
    failure = server_error()
    with pytest.raises(ServerError):
        engine.wait_after(failure)
    assert failure.__notes__ == [
        "not retried: a wait of 1.00 s would end after the deadline (0.00 s left)"
    ]


def test_a_wait_that_ends_before_the_deadline_is_made() -> None:
    clock = Clock()
    engine = tries(clock, 5.0, Policy(1.0))
    engine.start(TIMEOUT)
    clock.now += 3.99
    assert engine.wait_after(server_error()) == 1.0


def test_the_upload_is_rewound_before_a_retry() -> None:
    rewound: list[bool] = []
    engine = tries(Clock(), 5.0, rewind=lambda: rewound.append(True))
    engine.start(TIMEOUT)
    assert engine.wait_after(server_error()) == 0.25
    assert rewound == [True]


def test_a_stream_that_cannot_be_rewound_raises_the_real_error() -> None:
    cannot = TransportError("not seekable", stage="other")

    def rewind() -> None:
        raise cannot

    engine = tries(Clock(), 5.0, rewind=rewind)
    engine.start(TIMEOUT)
    failure = server_error()
    with pytest.raises(ServerError) as raised:
        engine.wait_after(failure)
    assert raised.value is failure
    assert raised.value.__cause__ is cannot
    assert failure.__notes__ == [
        "not retried: the upload's stream cannot be rewound to send it again"
    ]
    assert engine.last is None


def test_each_retry_is_logged_with_the_error_and_the_wait(
    caplog: pytest.LogCaptureFixture,
) -> None:
    engine = tries(Clock(), 5.0, Policy(0.25, max_retries=3))
    engine.start(TIMEOUT)
    failure = server_error()
    with caplog.at_level(logging.WARNING, logger="mavi_client"):
        engine.wait_after(failure)
    assert [(r.name, r.levelno) for r in caplog.records] == [("mavi_client", logging.WARNING)]
    assert caplog.records[0].getMessage() == (
        f"mavi_client: {failure}; retrying in 0.25 s (attempt 2 of at most 4)"
    )


def test_a_deadline_is_shared_by_the_calls_made_under_it() -> None:
    clock = Clock()
    deadline = Deadline(clock() + 5.0, 5.0, lambda error: error or server_error())
    Tries(Policy(0.25), clock, call(), deadline).start(TIMEOUT)
    assert deadline.started is True
