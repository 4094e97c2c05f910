"""The embedding shortcut (mock_server/fastpath.py) answers exactly as Flask's path does, steps
aside whenever anything is asked of the request, and forgets its asset cache on a reset, in every
worker."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from flask import Flask

from mock_server import MockConfig, create_app
from tests.support import BASE_PATH, KEY, MODEL, SEED_ASSET, MockProcess, running_mock
from tests.support.pipeline import FlaskCalls

SEED = {"asset_id": SEED_ASSET, "model": MODEL}


@pytest.fixture
def app(tmp_path: Path) -> Flask:
    return create_app(MockConfig(data_dir=tmp_path))


def post(http: httpx.Client, **headers: str) -> httpx.Response:
    return http.post(
        BASE_PATH + "/embeddings/video",
        content=orjson.dumps(SEED),
        headers={"Authorization": KEY, "Content-Type": "application/json", **headers},
    )


def journal(app: Flask) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = app.extensions["mavi_mock"].journal.entries()
    return entries


def test_the_shortcut_answers_as_flask_does(app: Flask) -> None:
    calls = FlaskCalls(app)
    with httpx.Client(transport=httpx.WSGITransport(app=app), base_url="http://localhost") as http:
        by_flask = post(http, **{"X-Request-Id": "same-id"})
        assert calls.count == 1  # the first one makes the answer
        shortcut = post(http, **{"X-Request-Id": "same-id"})
        assert calls.count == 1  # the second is answered before Flask
    assert shortcut.status_code == by_flask.status_code == 200
    assert shortcut.content == by_flask.content
    assert dict(shortcut.headers) == dict(by_flask.headers)
    first, second = journal(app)
    for entry in (first, second):
        entry.pop("id"), entry.pop("time_ms"), entry.pop("duration_ms")
    assert first == second
    assert first["body"] == orjson.dumps(SEED).decode()
    meaning = ("operation", "asset_id", "dialect", "code", "outcome", "scripted")
    assert [first[name] for name in meaning] == [
        "createVideoEmbedding",
        SEED["asset_id"],
        "seed",
        "0000",
        200,
        False,
    ]
    assert '"Authorization":"sk-***b4f7"' in first["headers"]


@pytest.mark.parametrize(
    "headers",
    [{"Prefer": "code=429"}, {"Origin": "http://app.example"}, {"Authorization": "Bearer x"}],
)
def test_anything_asked_of_the_request_goes_to_flask(app: Flask, headers: dict[str, str]) -> None:
    calls = FlaskCalls(app)
    with httpx.Client(transport=httpx.WSGITransport(app=app), base_url="http://localhost") as http:
        post(http)  # warms the caches
        answer = post(http, **headers)
    assert calls.count == 2
    assert answer.status_code != 200 or "Access-Control-Allow-Origin" in answer.headers


@pytest.mark.parametrize(
    "scenario",
    [
        {"latency_ms": "1"},
        {"failure_rate": 1},
        {"rate_limit": "1/min"},
        {"gateway_rate": 1},
        {"transport_fault": "truncate", "transport_fault_rate": 0.000001},
    ],
)
def test_a_scenario_that_asks_for_anything_goes_to_flask(
    app: Flask, scenario: dict[str, Any]
) -> None:
    calls = FlaskCalls(app)
    with httpx.Client(transport=httpx.WSGITransport(app=app), base_url="http://localhost") as http:
        post(http)
        http.put("/__mock/scenario", json=scenario)
        post(http)
    assert calls.count == 3  # the warm-up, the PUT and the request


def test_a_body_it_read_is_given_back_to_flask_whole(app: Flask) -> None:
    calls = FlaskCalls(app)
    body = orjson.dumps({"asset_id": "re_123456789012345678", "model": MODEL})
    with httpx.Client(transport=httpx.WSGITransport(app=app), base_url="http://localhost") as http:
        post(http)
        unknown = http.post(
            BASE_PATH + "/embeddings/video",
            content=io.BytesIO(body).read(),
            headers={"Authorization": KEY, "Content-Type": "application/json"},
        )
    assert calls.count == 2
    assert unknown.status_code == 400 and unknown.json()["msg"] == "Asset not found"
    assert journal(app)[-1]["body"] == body.decode()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[MockProcess]:
    with running_mock(tmp_path) as process:
        yield process


@pytest.mark.slow
def test_a_reset_empties_the_asset_cache_of_every_worker(server: MockProcess) -> None:
    auth = {"Authorization": KEY}
    asset = httpx.post(
        server.base_url + "/upload", files={"file": ("a.mp4", b"cached clip")}, headers=auth
    ).json()["data"]["asset_id"]
    body = {"asset_id": asset, "model": MODEL}
    # New connections, so that both workers answer (and cache the asset) several times.
    for _ in range(30):
        assert httpx.post(server.base_url + "/embeddings/video", json=body, headers=auth).is_success
    # Each worker writes its own journal file: both answered.
    assert len(list((server.data_dir / "journal").glob("journal-*.sqlite"))) == 2
    httpx.post(server.url + "/__mock/reset")
    after = [
        httpx.post(server.base_url + "/embeddings/video", json=body, headers=auth)
        for _ in range(30)
    ]
    assert {(a.status_code, a.json()["msg"]) for a in after} == {(400, "Asset not found")}
