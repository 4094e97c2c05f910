"""The mock's scenarios in-process, as the client meets them: the rate limit, seeded failures,
latency, transport faults, the modern dialect, the dimension; apps that share nothing."""

from __future__ import annotations

import time

import httpx
import pytest
from flask import Flask

from contract_tests.defects import failed_left_true
from generated_client.models import ErrorEnvelope
from mavi_client import MaviClient, ProtocolError, RateLimitedError, RetryPolicy, ServerError
from tests.support import BASE_PATH, KEY, MODEL, SEED_ASSET, ContractViolation, MakeApp
from tests.support.in_process import (
    auth,
    client_for,
    client_for_undeclared,
    embed,
    http_for,
    http_for_undeclared,
)


def test_rate_limit_answers_429_with_retry_after_per_key(make_app: MakeApp) -> None:
    with http_for(make_app(rate_limit=1.0)) as http:
        assert embed(http).status_code == 200
        limited = embed(http)
        assert limited.status_code == 429
        assert limited.json()["code"] == "0429"
        assert limited.headers["Retry-After"] == "1"
        assert embed(http, Authorization="sk-another-account").status_code == 200


def test_rate_limited_client_retries_until_it_gets_through(app: Flask, make_app: MakeApp) -> None:
    client = client_for(make_app(rate_limit=20.0), retry=RetryPolicy(max_retries=10))
    asked: list[float] = []

    def sleep(seconds: float) -> None:
        asked.append(seconds)
        time.sleep(0.06)  # the mock's window is 50 ms; Retry-After (whole seconds) says 1

    client._sleep = sleep
    for _ in range(3):
        assert len(client.embed_video(SEED_ASSET)) == 1408
    assert asked and all(wait >= 1.0 for wait in asked)


def test_rate_limit_outlasting_the_retries_raises(make_app: MakeApp) -> None:
    client = client_for(make_app(rate_limit=0.001), retry=RetryPolicy(max_retries=1))
    client._sleep = lambda seconds: None
    client.embed_video(SEED_ASSET)
    with pytest.raises(RateLimitedError) as info:
        client.embed_video(SEED_ASSET)
    assert info.value.retry_after is not None and info.value.retry_after > 900


def test_failure_rate_is_seeded_and_repeats(make_app: MakeApp) -> None:
    def run() -> list[int]:
        app = make_app(failure_rate=0.5, seed=7)
        with http_for(app, declared_only=False) as http:
            return [embed(http).status_code for _ in range(40)]

    first, second = run(), run()
    assert first == second
    assert set(first) == {200, 500, 503}
    assert 8 <= first.count(200) <= 32


def test_scenario_can_be_changed_at_run_time(app: Flask, http: httpx.Client) -> None:
    admin = app.test_client()
    assert embed(http).status_code == 200
    changed = admin.put("/__mock/scenario", json={"failure_rate": 1, "seed": 3})
    assert changed.status_code == 200
    assert changed.get_json()["data"]["failure_rate"] == 1.0
    assert http_for_undeclared(http).post(
        "/embeddings/video", json={"asset_id": SEED_ASSET, "model": MODEL}, headers=auth()
    ).status_code in (500, 503)
    bad = admin.put("/__mock/scenario", json={"failure_rate": 3})
    assert bad.status_code == 400 and bad.get_json()["failed"] is True
    assert admin.put("/__mock/scenario", json={"nonsense": 1}).status_code == 400
    assert admin.post("/__mock/reset").status_code == 200
    assert embed(http).status_code == 200


def test_latency_fixed_and_per_request(make_app: MakeApp) -> None:
    with http_for(make_app(latency=(60.0, 60.0))) as http:
        start = time.perf_counter()
        embed(http)
        assert time.perf_counter() - start >= 0.06
    with http_for(make_app()) as http:
        start = time.perf_counter()
        embed(http, Prefer="delay=80")
        assert time.perf_counter() - start >= 0.08
        assert embed(http, Prefer="delay=-1").status_code == 400


@pytest.mark.parametrize("fault", ["reset", "empty"])
def test_transport_faults_in_process_raise_connection_reset(make_app: MakeApp, fault: str) -> None:
    with http_for(make_app(transport_fault=fault)) as http, pytest.raises(ConnectionResetError):
        embed(http)


def test_truncated_body_is_a_protocol_error_for_the_client(make_app: MakeApp) -> None:
    app = make_app(transport_fault="truncate")
    client = MaviClient(
        KEY,
        base_url="http://localhost" + BASE_PATH,
        transport=httpx.WSGITransport(app=app),
        max_retries=0,
    )
    with pytest.raises(ProtocolError):
        client.embed_video(SEED_ASSET)


def test_modern_dialect_end_to_end(make_app: MakeApp) -> None:
    app = make_app(dialect="modern")
    with http_for(app, dialect="modern") as http:
        assert embed(http).json()["code"] == 200
        assert embed(http, Authorization="nope").json() == {
            "code": 401,
            "msg": "Unauthorized: an API key looks like 'sk-...'",
            "data": None,
        }
    assert len(client_for(app, "modern").embed_video(SEED_ASSET)) == 1408


def test_configured_dimension(make_app: MakeApp) -> None:
    with http_for(make_app(dimension=256)) as http:
        assert len(embed(http).json()["data"]["embedding"]) == 256


def test_many_apps_in_one_process_share_nothing(make_app: MakeApp) -> None:
    a, b = make_app(), make_app(dialect="modern")
    with http_for(a) as ha, http_for(b, dialect="modern") as hb:
        asset = ha.post("/upload", files={"file": ("a.mp4", b"1", "video/mp4")}, headers=auth())
        asset_id = asset.json()["data"]["asset_id"]
        assert ha.get(f"/{asset_id}/metadata", headers=auth()).status_code == 200
        assert hb.get(f"/{asset_id}/metadata", headers=auth()).status_code == 400
        assert embed(hb).json()["code"] == 200 and embed(ha).json()["code"] == "0000"


def test_the_validating_transport_catches_a_broken_response(app: Flask) -> None:
    # Broken outside the app, so that both of its paths (Flask's and the shortcut) are.
    app.wsgi_app = failed_left_true(app.wsgi_app)  # type: ignore[method-assign]

    with http_for(app) as http, pytest.raises(ContractViolation):
        embed(http)
    with pytest.raises(ProtocolError):
        MaviClient(
            KEY, base_url="http://localhost" + BASE_PATH, transport=httpx.WSGITransport(app=app)
        ).embed_video(SEED_ASSET)


def test_error_envelope_parsed_by_generated_model(http: httpx.Client) -> None:
    response = embed(http, {"asset_id": SEED_ASSET, "model": "bad"})
    envelope = ErrorEnvelope.from_dict(response.json())
    assert envelope.success is False and envelope.failed is True and envelope.code == "0001"


def test_server_error_class_for_injected_503(make_app: MakeApp) -> None:
    client = client_for(make_app(failure_rate=1.0, seed=1))
    with pytest.raises(ServerError):
        client_for_undeclared(client).embed_video(SEED_ASSET)
