"""Hypothesis: the client layer's envelope handling over httpx.MockTransport answers drawn from
the contract's x-dialect-table, in all three dialects. Valid successes give exactly the vector;
errors raise the class of the one hand-written table (kit_testing.error_classes), with code, msg
and status kept, and are retried only where they should be; broken envelopes raise ProtocolError
and never return a value; answers that are no envelope are judged by their status."""

from __future__ import annotations

from typing import Any

import httpx
import orjson
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from contract_tests.case_counts import CASE_COUNTS
from contract_tests.strategies import (
    BREAKAGES,
    DECLARED_STATUSES,
    DIALECTS,
    ERROR_STATUSES,
    MODEL,
    NON_ENVELOPE_BODIES,
    Answer,
    error_answers,
    success_answers,
    unknown_codes,
)
from kit_testing.error_classes import EXPECTED
from mavi_client import DEFAULT_TIMEOUT, MaviClient, MaviError, ProtocolError, RetryPolicy

ASSET = "re_657745568997527552"
pytestmark = pytest.mark.slow  # Hypothesis properties, about 12 s
PROPERTY_SETTINGS = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
#: For a property run once per parameter (dialect, status, breakage...): fewer examples each.
PER_CASE_SETTINGS = settings(PROPERTY_SETTINGS, max_examples=10)
PER_DIALECT_SETTINGS = settings(PROPERTY_SETTINGS, max_examples=50)


class Server:
    """Answers every request with one answer; counts the requests."""

    def __init__(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.status, self.body, self.headers = status, body, headers
        self.requests = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        return httpx.Response(self.status, content=self.body, headers=self.headers)

    def client(self, retries: int = 0) -> MaviClient:
        return MaviClient(
            "sk-test-key",
            transport=httpx.MockTransport(self),
            retry=RetryPolicy(max_retries=retries, base_delay=0.0, max_delay=0.0),
            sleep=lambda _seconds: None,
        )


def count(name: str) -> None:
    CASE_COUNTS[name] = CASE_COUNTS.get(name, 0) + 1


def test_the_expected_table_covers_every_status_of_the_contract() -> None:
    assert set(ERROR_STATUSES) <= set(EXPECTED)
    assert set(DECLARED_STATUSES) <= set(ERROR_STATUSES)


@pytest.mark.parametrize("dialect", DIALECTS)
@PER_DIALECT_SETTINGS
@given(data=st.data())
def test_every_valid_success_gives_exactly_the_vector(dialect: str, data: st.DataObject) -> None:
    count("hypothesis: client, valid successes")
    answer = data.draw(success_answers(dialect))
    server = Server(200, orjson.dumps(answer.envelope))
    vector = server.client().embed_video(ASSET, MODEL)
    assert vector == answer.envelope["data"]["embedding"]
    assert all(type(x) is float for x in vector)


@pytest.mark.parametrize("status", ERROR_STATUSES)
@pytest.mark.parametrize("dialect", DIALECTS)
@PER_CASE_SETTINGS
@given(data=st.data(), retry_after=st.none() | st.integers(0, 3600))
def test_every_error_raises_its_class_with_code_msg_status(
    dialect: str, status: int, data: st.DataObject, retry_after: int | None
) -> None:
    count("hypothesis: client, errors")
    answer = data.draw(error_answers(dialect, status))
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
    server = Server(answer.http_status, orjson.dumps(answer.envelope), headers)
    with pytest.raises(MaviError) as info:
        server.client(retries=1).embed_video(ASSET)
    error = info.value
    expected_class, retried = EXPECTED[answer.row_status]
    if retried and retry_after is not None and retry_after >= min(120, DEFAULT_TIMEOUT):
        # Longer than RetryPolicy's max_retry_after (120 s), or a wait that would end after the
        # call's deadline (the client's timeout, 60 s): not waited for, on any retried status.
        retried = False
    assert type(error) is expected_class
    # status: what the answer means, the same in every dialect; http_status: what was sent.
    assert (error.status, error.http_status, error.code, error.msg) == (
        answer.row_status,
        answer.http_status,
        answer.envelope["code"],
        answer.envelope["msg"],
    )
    assert server.requests == (2 if retried else 1)
    assert error.retry_after == (float(retry_after) if retry_after is not None else None)


@PROPERTY_SETTINGS
@given(
    code=unknown_codes,
    flags=st.booleans(),
    msg=st.text(max_size=20),
)
def test_an_unknown_error_code_in_an_http_200_is_a_plain_error(
    code: str, flags: bool, msg: str
) -> None:
    count("hypothesis: client, unknown codes")
    envelope: dict[str, Any] = {"code": code, "msg": msg, "data": None}
    if flags:
        envelope |= {"success": False, "failed": True}
    server = Server(200, orjson.dumps(envelope))
    with pytest.raises(MaviError) as info:
        server.client(retries=1).embed_video(ASSET)
    assert type(info.value) is MaviError
    assert (info.value.status, info.value.http_status, info.value.code) == (None, 200, code)
    assert server.requests == 1


@pytest.mark.parametrize("breakage", sorted(BREAKAGES))
@PER_CASE_SETTINGS
@given(answer=success_answers())
def test_every_broken_success_is_a_protocol_error(answer: Answer, breakage: str) -> None:
    count("hypothesis: client, broken envelopes")
    server = Server(200, BREAKAGES[breakage](answer.envelope))
    with pytest.raises(MaviError) as info:
        server.client(retries=1).embed_video(ASSET)
    assert type(info.value) is ProtocolError
    assert server.requests == 1


@pytest.mark.parametrize("flip", ["success true", "success code"])
@pytest.mark.parametrize("dialect", DIALECTS)
@settings(PROPERTY_SETTINGS, max_examples=25)
@given(data=st.data())
def test_contradictory_errors_are_protocol_errors(
    dialect: str, flip: str, data: st.DataObject
) -> None:
    count("hypothesis: client, contradictory errors")
    answer = data.draw(error_answers(dialect))
    # A 5xx is a ServerError whatever its body claims (tests/test_client_errors.py).
    assume(answer.row_status < 500)
    if flip == "success true":
        envelope = {**answer.envelope, "success": True, "failed": False}
    else:
        envelope = {**answer.envelope, "code": "0000" if answer.dialect != "modern" else 200}
    server = Server(answer.http_status, orjson.dumps(envelope))
    with pytest.raises(MaviError) as info:
        server.client(retries=1).embed_video(ASSET)
    assert type(info.value) is ProtocolError
    assert server.requests == 1


@pytest.mark.parametrize("status", sorted(EXPECTED))
@pytest.mark.parametrize("kind", sorted(NON_ENVELOPE_BODIES))
@settings(PROPERTY_SETTINGS, max_examples=5)
@given(data=st.data())
def test_answers_that_are_no_envelope_are_judged_by_status(
    kind: str, status: int, data: st.DataObject
) -> None:
    count("hypothesis: client, no envelope")
    body = data.draw(NON_ENVELOPE_BODIES[kind])
    server = Server(status, body)
    with pytest.raises(MaviError) as info:
        server.client(retries=1).embed_video(ASSET)
    expected_class, retried = EXPECTED[status]
    assert type(info.value) is expected_class
    assert (info.value.status, info.value.code) == (status, None)
    assert info.value.msg
    assert server.requests == (2 if retried else 1)


@pytest.mark.parametrize("kind", sorted(NON_ENVELOPE_BODIES))
@PER_CASE_SETTINGS
@given(data=st.data())
def test_a_200_that_is_no_envelope_is_a_protocol_error(kind: str, data: st.DataObject) -> None:
    count("hypothesis: client, no envelope on 200")
    server = Server(200, data.draw(NON_ENVELOPE_BODIES[kind]))
    with pytest.raises(MaviError) as info:
        server.client(retries=1).embed_video(ASSET)
    assert type(info.value) is ProtocolError
    assert server.requests == 1


@PROPERTY_SETTINGS
@given(body=st.binary(max_size=200), status=st.sampled_from([200, 400, 401, 429, 500]))
def test_arbitrary_bytes_never_become_a_value(body: bytes, status: int) -> None:
    count("hypothesis: client, arbitrary bytes")
    with pytest.raises(MaviError):
        Server(status, body).client().embed_video(ASSET)
