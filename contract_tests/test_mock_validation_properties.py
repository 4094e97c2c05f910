"""Hypothesis: the mock judges request bodies as the contract does. A body the contract rejects
gets a 4xx error envelope; a body it accepts never gets a 5xx (and, as every well-formed asset id
is ready here, gets the vector)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contract_tests.case_counts import CASE_COUNTS
from contract_tests.strategies import DIMENSION, EMBEDDING_REQUEST, MODEL
from kit_testing import KEY
from mock_server import BASE_PATH, MockConfig, create_app

PROPERTY_SETTINGS = settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)
asset_ids = st.one_of(
    st.from_regex(r"\Are_[0-9]{1,30}\Z"),
    st.from_regex(r"\Are_[0-9]{31,40}\Z"),
    st.text(max_size=40),
    json_values,
)
models = st.one_of(st.just(MODEL), st.text(max_size=30), json_values)
request_bodies = st.one_of(
    st.fixed_dictionaries({"asset_id": asset_ids, "model": models}),
    st.fixed_dictionaries(
        {"asset_id": asset_ids, "model": models}, optional={"extra": json_values}
    ),
    st.fixed_dictionaries({}, optional={"asset_id": asset_ids, "model": models}),
    json_values,
)


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Flask:
    return create_app(
        MockConfig(data_dir=Path(tmp_path_factory.mktemp("validation")), accept_any_asset=True)
    )


@pytest.fixture(scope="module")
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def post(client: FlaskClient, body: bytes) -> Any:
    return client.post(
        BASE_PATH + "/embeddings/video",
        data=body,
        headers={"Authorization": KEY, "Content-Type": "application/json"},
    )


@pytest.mark.slow  # a Hypothesis search over request bodies
@PROPERTY_SETTINGS
@given(body=request_bodies)
def test_mock_agrees_with_the_contract_on_every_body(client: FlaskClient, body: Any) -> None:
    CASE_COUNTS["hypothesis: mock request validation"] = (
        CASE_COUNTS.get("hypothesis: mock request validation", 0) + 1
    )
    response = post(client, orjson.dumps(body))
    envelope = response.get_json()
    assert response.status_code < 500, response.data[:300]
    if EMBEDDING_REQUEST.is_valid(body):
        assert response.status_code == 200, envelope
        assert len(envelope["data"]["embedding"]) == DIMENSION
    else:
        assert 400 <= response.status_code < 500
        assert envelope["success"] is False and envelope["failed"] is True
        assert envelope["data"] is None


@PROPERTY_SETTINGS
@given(raw=st.binary(max_size=300))
def test_arbitrary_bytes_are_a_4xx_envelope(client: FlaskClient, raw: bytes) -> None:
    CASE_COUNTS["hypothesis: mock raw bodies"] = (
        CASE_COUNTS.get("hypothesis: mock raw bodies", 0) + 1
    )
    response = post(client, raw)
    try:
        valid = EMBEDDING_REQUEST.is_valid(orjson.loads(raw))
    except orjson.JSONDecodeError:
        valid = False
    assert response.status_code == (200 if valid else 400), response.data[:300]
    assert response.get_json()["failed"] is (not valid)
