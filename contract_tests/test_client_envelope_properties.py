"""Hypothesis: the client layer's envelope handling over httpx.MockTransport answers drawn from
the contract. Valid successes give exactly the vector; errors raise the matching class with code,
msg and status kept; broken envelopes raise ProtocolError and never return a value."""

from __future__ import annotations

from typing import Any

import httpx
import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contract_tests.conftest import CASE_COUNTS
from contract_tests.strategies import BREAKAGES, MODEL, error_answers, success_envelopes
from mavi_client import MaviClient, MaviError, ProtocolError, RateLimitedError, error_class

ASSET = "re_657745568997527552"
PROPERTY_SETTINGS = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def client_answering(status: int, body: bytes, headers: dict[str, str] | None = None) -> MaviClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers=headers)

    return MaviClient("sk-test-key", transport=httpx.MockTransport(handler), max_retries=0)


def count(name: str) -> None:
    CASE_COUNTS[name] = CASE_COUNTS.get(name, 0) + 1


@PROPERTY_SETTINGS
@given(envelope=success_envelopes())
def test_every_valid_success_gives_exactly_the_vector(envelope: dict[str, Any]) -> None:
    count("hypothesis: client, valid successes")
    vector = client_answering(200, orjson.dumps(envelope)).embed_video(ASSET, MODEL)
    assert vector == envelope["data"]["embedding"]
    assert all(type(x) is float for x in vector)


@PROPERTY_SETTINGS
@given(answer=error_answers(), retry_after=st.none() | st.integers(0, 3600))
def test_every_error_raises_its_class_with_code_msg_status(
    answer: tuple[int, dict[str, Any]], retry_after: int | None
) -> None:
    count("hypothesis: client, errors")
    status, envelope = answer
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
    with pytest.raises(MaviError) as info:
        client_answering(status, orjson.dumps(envelope), headers).embed_video(ASSET)
    error = info.value
    assert type(error) is error_class(status)
    assert (error.status, error.code, error.msg) == (status, envelope["code"], envelope["msg"])
    if isinstance(error, RateLimitedError):
        assert error.retry_after == (float(retry_after) if retry_after is not None else None)


@PROPERTY_SETTINGS
@given(envelope=success_envelopes(), breakage=st.sampled_from(sorted(BREAKAGES)))
def test_every_broken_success_is_a_protocol_error(envelope: dict[str, Any], breakage: str) -> None:
    count("hypothesis: client, broken envelopes")
    body = BREAKAGES[breakage](envelope)
    client = client_answering(200, body)
    with pytest.raises(ProtocolError):
        client.embed_video(ASSET)


@PROPERTY_SETTINGS
@given(answer=error_answers(), flip=st.sampled_from(["success true", "success code"]))
def test_contradictory_errors_are_protocol_errors(
    answer: tuple[int, dict[str, Any]], flip: str
) -> None:
    count("hypothesis: client, contradictory errors")
    status, envelope = answer
    if flip == "success true":
        envelope = {**envelope, "success": True, "failed": False}
    else:
        envelope = {**envelope, "code": "0000"}
    with pytest.raises(ProtocolError):
        client_answering(status, orjson.dumps(envelope)).embed_video(ASSET)


@PROPERTY_SETTINGS
@given(body=st.binary(max_size=200), status=st.sampled_from([200, 400, 401, 429, 500]))
def test_arbitrary_bytes_never_become_a_value(body: bytes, status: int) -> None:
    count("hypothesis: client, arbitrary bytes")
    with pytest.raises(MaviError):
        client_answering(status, body).embed_video(ASSET)
