"""The retry and deadline engine: every decision of a call's retry loop, and of
``wait_until_ready``'s polling, made once for the sync and async clients, which only send and
sleep.

``Tries`` decides for one call: each attempt's HTTP timeout and its watch on the wire (cut to
the deadline), the error a failure stands for (made here with its ``Origin``), whether and how
long to wait (the ``RetryPolicy``, plus the deadline's rule: no wait ends after it), rewinding an
upload, and the retry log. ``Readiness`` decides for ``wait_until_ready``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NoReturn

import httpx

from generated_client.models import AssetRecord

from . import _limits
from ._envelope import origin_of
from ._errors import AssetNotReadyError, MaviError, Origin, TransportError
from ._failures import Failure, request_of, timed_out, transport_error
from ._operations import Exchange, metadata_call
from ._retry import RetryPolicy

#: Each retry is logged here (WARNING), with the error and the wait.
log = logging.getLogger("mavi_client")

#: Under a deadline, a request is never given less than this (httpx fails a zero timeout at
#: once): only the first request of a call can start with no time left (``timeout=0``).
_MIN_REQUEST_TIMEOUT = 0.1
#: A socket timeout cut to the deadline may fire this much before it, by the OS's timers.
_WATCH_SLACK = 0.05


@dataclass
class Deadline:
    """The end of a whole call (``limit`` seconds after it started, on the client's clock),
    shared by all its requests and waits.

    ``expired`` gives what to raise when time runs out: it gets the last error (None when the
    time ran out between requests that went well) and returns the error to raise (the last
    error itself, or a new one that the last error is the cause of).
    """

    at: float
    limit: float
    expired: Callable[[MaviError | None], MaviError]
    #: Whether a request was sent under it: only the first may start with no time left.
    started: bool = False


def call_deadline(clock: Callable[[], float], timeout: float | None) -> Deadline | None:
    """The deadline of one call under the client's ``timeout`` (None: no deadline).

    When it passes during a request, the call raises a TransportError of stage ``"timeout"``;
    when a retry's wait would end after it, the last error; if it passes between two requests
    that went well (the two steps of a signed-URL upload), a new TransportError of that stage.
    """
    if timeout is None:
        return None

    def expired(error: MaviError | None) -> MaviError:
        if error is not None:
            return error
        return TransportError(
            f"the call did not finish within its timeout of {timeout:g} s", stage="timeout"
        )

    return Deadline(clock() + timeout, timeout, expired)


def _cut(timeout: httpx.Timeout, left: float) -> tuple[httpx.Timeout, bool]:
    """``timeout`` with no phase longer than ``left``, and whether any phase was shortened."""
    phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    cut = [left if phase is None else min(phase, left) for phase in phases]
    connect, read, write, pool = cut
    return httpx.Timeout(connect=connect, read=read, write=write, pool=pool), cut != list(phases)


def _out_of_time(deadline: Deadline, error: MaviError | None, why: str) -> NoReturn:
    """Raise what ``deadline`` says to when time runs out, noting ``why`` on the last error."""
    if error is not None:
        error.add_note(why)
    final = deadline.expired(error)
    if final is error:
        raise final
    raise final from error


def _rewind_or_raise(rewind: Callable[[], None] | None, error: MaviError) -> None:
    """Rewind the upload before a retry; if its stream cannot be, the real error is raised."""
    if rewind is None:
        return
    try:
        rewind()
    except TransportError as cannot:
        error.add_note("not retried: the upload's stream cannot be rewound to send it again")
        raise error from cannot


class Tries:
    """The decisions of one call's retry loop, which the sync and async clients drive alike::

        tries = Tries(...)
        while True:
            timeout, watch = tries.start(http.timeout)   # raises once the deadline has passed
            try:
                <send the request with timeout, read its body under watch>
                return call.read(response, tries.origin(response))
            except (httpx.TransportError, httpx.DecodingError, MaviError) as exc:
                failure = exc
            <sleep> tries.wait_after(failure)            # raises when the failure is final

    ``wait_after`` asks the policy (``delay``: what is retried, how long to wait) and adds the
    deadline's rule: a retry whose wait would end after the deadline is not made.
    """

    def __init__(
        self,
        policy: RetryPolicy,
        clock: Callable[[], float],
        call: Exchange[Any],
        deadline: Deadline | None,
    ) -> None:
        self.policy, self.clock, self.call, self.deadline = policy, clock, call, deadline
        self.attempts = 0
        self.last: MaviError | None = None
        self.cut = False
        self.watch: _limits.Watch | None = None

    def start(self, timeout: httpx.Timeout) -> tuple[httpx.Timeout | None, _limits.Watch | None]:
        """Count an attempt; its HTTP timeout (None: the client's own), cut to the time left,
        and the watch that keeps the deadline on the wire (``_limits``; None: no deadline)."""
        deadline = self.deadline
        if deadline is None:
            self.attempts += 1
            return None, None
        left = deadline.at - self.clock()
        if left <= 0:
            if deadline.started or self.last is not None:
                _out_of_time(deadline, self.last, "the deadline passed before the next request")
            left = _MIN_REQUEST_TIMEOUT
        deadline.started = True
        self.attempts += 1
        cut, self.cut = _cut(timeout, left)
        self.watch = _limits.Watch(time.monotonic() + left)
        return cut, self.watch

    def origin(self, response: httpx.Response) -> Origin:
        """The origin of an error made from this attempt's answer."""
        return origin_of(response, subject=self.call.subject, attempts=self.attempts)

    def _deadline_passed(self, deadline: Deadline) -> bool:
        """Whether a timeout was the deadline's: it has passed on the client's clock, or the
        wire's watch cut a socket operation short and its time is (all but) up."""
        if self.cut and deadline.at - self.clock() <= 0:
            return True
        watch = self.watch
        return watch is not None and watch.cut and watch.left() <= _WATCH_SLACK

    def _error(self, failure: Failure) -> tuple[MaviError, bool]:
        """The error ``failure`` stands for, and whether the deadline ended it."""
        if isinstance(failure, MaviError):
            return failure, False
        request = request_of(failure)
        origin = Origin(
            subject=self.call.subject,
            attempts=self.attempts,
            method=request.method if request is not None else None,
            path=request.url.path if request is not None else None,
        )
        deadline = self.deadline
        if (
            deadline is not None
            and isinstance(failure, httpx.TimeoutException)
            and self._deadline_passed(deadline)
        ):
            return timed_out(failure, origin, deadline.limit), True
        return transport_error(failure, origin), False

    def wait_after(self, failure: Failure) -> float:
        """The wait before the next attempt, after ``failure``; or raise the error to raise."""
        error, ended = self._error(failure)
        deadline = self.deadline
        if deadline is not None and ended:
            # The timeout was the deadline's, not the client's: time is up.
            _out_of_time(deadline, error, "not retried: the request timed out at the deadline")
        wait = self.policy.delay(error, self.attempts - 1)
        if wait is None:
            raise error
        if deadline is not None:
            left = deadline.at - self.clock()
            if wait >= left:
                _out_of_time(
                    deadline,
                    error,
                    f"not retried: a wait of {wait:.2f} s would end after the deadline "
                    f"({max(left, 0.0):.2f} s left)",
                )
        _rewind_or_raise(self.call.rewind, error)
        log.warning(
            "mavi_client: %s; retrying in %.2f s (attempt %d of at most %d)",
            error,
            wait,
            self.attempts + 1,
            self.policy.max_retries + 1,
        )
        self.last = error
        return wait


class Readiness:
    """``wait_until_ready``'s decisions, driven alike by both clients: its deadline (the
    ``timeout``, for every poll and every retry of one), and after each answer whether to
    return, raise, or wait before the next poll."""

    def __init__(self, asset_id: str, timeout: float, clock: Callable[[], float]) -> None:
        self.asset_id, self.timeout, self.clock = asset_id, timeout, clock
        self.call = metadata_call(asset_id)
        self.deadline = Deadline(clock() + timeout, timeout, self._expired)
        self.status: str | None = None

    def wait_after(self, record: AssetRecord, poll_interval: float) -> float | None:
        """None when the asset is SUCCESS, else the wait before the next poll; raise when it is
        FAILED or the next poll would start after the deadline."""
        status = _ready_or_raise(record, self.asset_id)
        if status is None:
            return None
        self.status = status
        if self.clock() + poll_interval >= self.deadline.at:
            raise _still(self.asset_id, status, self.timeout)
        return poll_interval

    def _expired(self, error: MaviError | None) -> MaviError:
        if error is None:
            return _still(self.asset_id, self.status or "unknown", self.timeout)
        return AssetNotReadyError(
            f"asset {self.asset_id} did not become SUCCESS within {self.timeout:g} s;"
            f" the last poll failed: {error}",
            asset_id=self.asset_id,
            last_status=self.status,
        )


def _ready_or_raise(record: AssetRecord, asset_id: str) -> str | None:
    """None when the asset is SUCCESS; its status while still in progress; raise when FAILED."""
    status = str(record.upload_status.value)
    if status == "SUCCESS":
        return None
    if status == "FAILED":
        raise AssetNotReadyError(
            f"asset {asset_id} failed to process", asset_id=asset_id, last_status=status
        )
    return status


def _still(asset_id: str, status: str, timeout: float) -> AssetNotReadyError:
    return AssetNotReadyError(
        f"asset {asset_id} is still {status} after {timeout:g} s",
        asset_id=asset_id,
        last_status=status,
    )
