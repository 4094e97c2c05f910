"""``wait_until_ready``'s decisions (``mavi_client._engine.Readiness``) on their own, on a
hand-driven clock: when to return, raise or poll again, and what is raised when time runs out."""

from __future__ import annotations

import httpx
import pytest

from generated_client.models import AssetRecord, UploadStatus
from mavi_client import AssetNotReadyError, RetryPolicy, ServerError
from mavi_client._engine import Readiness, Tries
from mavi_client._errors import Origin

TIMEOUT = httpx.Timeout(10.0)


class Clock:
    """A clock that moves only when told to."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def record(status: str) -> AssetRecord:
    return AssetRecord(
        extension="mp4",
        asset_id="re_1",
        original_filename="a.mp4",
        file_size="10",
        upload_status=UploadStatus(status),
        create_time="1",
        modify_time="2",
    )


def server_error() -> ServerError:
    return ServerError("busy", status=503, code="0503")


def test_readiness_polls_the_asset_under_one_deadline() -> None:
    readiness = Readiness("re_1", 30.0, Clock(1000.0))
    assert readiness.call.subject == "asset re_1"
    assert (readiness.deadline.at, readiness.deadline.limit) == (1030.0, 30.0)
    assert readiness.deadline.started is False
    assert readiness.status is None


def test_a_successful_asset_ends_the_polling() -> None:
    assert Readiness("re_1", 30.0, Clock()).wait_after(record("SUCCESS"), 1.0) is None


@pytest.mark.parametrize("status", ["WAITING", "UPLOADING"])
def test_an_asset_in_progress_is_polled_again_after_the_interval(status: str) -> None:
    readiness = Readiness("re_1", 30.0, Clock())
    assert readiness.wait_after(record(status), 1.5) == 1.5
    assert readiness.status == status


def test_a_failed_asset_raises_at_once() -> None:
    with pytest.raises(AssetNotReadyError) as raised:
        Readiness("re_1", 30.0, Clock()).wait_after(record("FAILED"), 1.0)
    assert raised.value.msg == "asset re_1 failed to process"
    assert (raised.value.asset_id, raised.value.last_status) == ("re_1", "FAILED")


def test_a_poll_that_would_start_at_the_deadline_is_not_made() -> None:
    clock = Clock()
    readiness = Readiness("re_1", 5.0, clock)
    clock.now += 4.0
    with pytest.raises(AssetNotReadyError) as raised:
        readiness.wait_after(record("UPLOADING"), 1.0)  # would start exactly at the deadline
    assert raised.value.msg == "asset re_1 is still UPLOADING after 5 s"
    assert (raised.value.asset_id, raised.value.last_status) == ("re_1", "UPLOADING")
    clock.now -= 0.01
    assert readiness.wait_after(record("UPLOADING"), 1.0) == 1.0


def test_readiness_out_of_time_between_polls_names_the_last_status() -> None:
    readiness = Readiness("re_1", 5.0, Clock())
    error = readiness.deadline.expired(None)
    assert isinstance(error, AssetNotReadyError)
    assert error.msg == "asset re_1 is still unknown after 5 s"
    assert (error.asset_id, error.last_status) == ("re_1", "unknown")
    readiness.wait_after(record("WAITING"), 1.0)
    assert readiness.deadline.expired(None).msg == "asset re_1 is still WAITING after 5 s"


def test_readiness_out_of_time_during_a_poll_names_the_polls_error() -> None:
    readiness = Readiness("re_1", 5.0, Clock())
    readiness.wait_after(record("UPLOADING"), 1.0)
    last = ServerError("busy", status=503, origin=Origin(attempts=2))
    error = readiness.deadline.expired(last)
    assert type(error) is AssetNotReadyError
    assert (
        error.msg == f"asset re_1 did not become SUCCESS within 5 s; the last poll failed: {last}"
    )
    assert (error.asset_id, error.last_status) == ("re_1", "UPLOADING")


def test_readiness_out_of_time_raises_its_error_from_the_last_one() -> None:
    clock = Clock()
    readiness = Readiness("re_1", 5.0, clock)
    engine = Tries(RetryPolicy(base_delay=0.0), clock, readiness.call, readiness.deadline)
    engine.start(TIMEOUT)
    failure = server_error()
    engine.wait_after(failure)
    clock.now += 5.0
    with pytest.raises(AssetNotReadyError) as raised:
        engine.start(TIMEOUT)
    assert raised.value.__cause__ is failure
    assert failure.__notes__ == ["the deadline passed before the next request"]
