"""What a user of the kit meets first: headers, errors that say what to do next, logs, --help,
CORS, the scenario and journal as a script reads them, the state directory, make's default."""

from __future__ import annotations

import json
import logging
import socket
import subprocess
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
import yaml
from flask import Flask

import mavi_contract
from mavi_client import (
    AssetNotReadyError,
    ConfigurationError,
    InvalidRequestError,
    MaviClient,
    MaviError,
    RetryPolicy,
    ServerError,
    TransportError,
)
from mock_server import MockConfig, create_app
from mock_server.__main__ import banner, build_parser
from mock_server.logs import JsonFormatter
from tests.support import BASE_PATH, KEY, ROOT, SEED_ASSET

VECTOR = [0.0] * 1407 + [1.0]


def answer(status: int, body: dict[str, Any]) -> httpx.Response:
    return httpx.Response(status, content=orjson.dumps(body))


def error(status: int, code: str, msg: str) -> dict[str, Any]:
    return {"code": code, "msg": msg, "data": None, "success": False, "failed": True}


EMBEDDING = {
    "code": "0000",
    "msg": "success",
    "data": {"embedding": VECTOR},
    "success": True,
    "failed": False,
}


class Recorder:
    def __init__(self, *answers: httpx.Response) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]


def client(recorder: Recorder, **options: Any) -> MaviClient:
    options.setdefault("retry", RetryPolicy(max_retries=2, base_delay=0.001, max_delay=0.002))
    return MaviClient(
        KEY,
        base_url="http://localhost" + BASE_PATH,
        transport=httpx.MockTransport(recorder),
        sleep=lambda _: None,
        **options,
    )


# --- the client ------------------------------------------------------------------------------


def test_extra_headers_per_client_and_per_call() -> None:
    recorder = Recorder(answer(200, EMBEDDING))
    with client(
        recorder, headers={"Prefer": "code=500"}, httpx_args={"headers": {"X-Trace": "t1"}}
    ) as mavi:
        mavi.embed_video(SEED_ASSET)
        mavi.embed_video(SEED_ASSET, headers={"Prefer": "delay=5"})
        mavi.embed_video(SEED_ASSET, headers={"X-Trace": "t2"})
    first, second, third = recorder.requests
    assert (first.headers["Prefer"], first.headers["X-Trace"]) == ("code=500", "t1")
    assert (second.headers["Prefer"], second.headers["X-Trace"]) == ("delay=5", "t1")
    assert third.headers["X-Trace"] == "t2"
    assert all(r.headers["Authorization"] == KEY for r in recorder.requests)


@pytest.mark.parametrize("key", ["", "   ", "Bearer sk-8483027fe3abfe535f6ae01a9979b4f7"])
def test_key_problems_are_mavi_errors(key: str) -> None:
    with pytest.raises(MaviError) as info:
        MaviClient(key)
    assert isinstance(info.value, ConfigurationError) and isinstance(info.value, ValueError)
    assert "sk-" in str(info.value)


def test_an_error_names_the_request_the_subject_and_the_attempts() -> None:
    recorder = Recorder(answer(400, error(400, "0001", "Asset not found")))
    with client(recorder) as mavi, pytest.raises(InvalidRequestError) as info:
        mavi.embed_video("re_123456789012345678")
    assert str(info.value) == (
        "Asset not found (POST /serve/api/v2/embeddings/video for asset re_123456789012345678:"
        " HTTP 400, code '0001'; 1 attempt)"
    )
    assert (info.value.method, info.value.path, info.value.attempts) == (
        "POST",
        "/serve/api/v2/embeddings/video",
        1,
    )


def test_retries_are_counted_and_logged_with_their_wait(caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder(answer(503, error(503, "0503", "Service unavailable")))
    with (
        caplog.at_level(logging.WARNING, logger="mavi_client"),
        client(recorder) as mavi,
        pytest.raises(ServerError) as info,
    ):
        mavi.get_asset(SEED_ASSET)
    assert info.value.attempts == 3 and str(info.value).endswith("; 3 attempts)")
    retries = [r for r in caplog.records if r.name == "mavi_client"]
    assert len(retries) == 2
    assert (
        "retrying in" in retries[0].getMessage()
        and "attempt 2 of at most 3" in retries[0].getMessage()
    )
    assert f"GET /serve/api/v2/{SEED_ASSET}/metadata" in retries[1].getMessage()


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port  # closed again: nothing listens there


def test_a_refused_connection_says_where_and_what_to_check_and_is_not_retried() -> None:
    port = closed_port()
    sleeps: list[float] = []
    mavi = MaviClient(KEY, base_url=f"http://127.0.0.1:{port}{BASE_PATH}", sleep=sleeps.append)
    with mavi, pytest.raises(TransportError) as info:
        mavi.embed_video(SEED_ASSET)
    text = str(info.value)
    assert f"connection refused by http://127.0.0.1:{port}/" in text
    assert "base_url" in text and "make mock" in text
    assert info.value.attempts == 1 and sleeps == []


def test_asset_not_ready_names_the_status_not_http() -> None:
    error = AssetNotReadyError(
        "asset re_1 failed to process", asset_id="re_1", last_status="FAILED"
    )
    assert str(error) == "asset re_1 failed to process (last upload_status FAILED)"


# --- the mock --------------------------------------------------------------------------------


@pytest.fixture
def app(tmp_path: Path) -> Flask:
    return create_app(MockConfig(data_dir=tmp_path / "data"))


def http(app: Flask) -> httpx.Client:
    return httpx.Client(transport=httpx.WSGITransport(app=app), base_url="http://localhost")


def test_a_base_url_without_the_base_path_gets_a_hint(app: Flask) -> None:
    with http(app) as mock:
        wrong = mock.post("/embeddings/video", headers={"Authorization": KEY}, json={})
        right = mock.get(BASE_PATH + "/nope", headers={"Authorization": KEY})
    assert wrong.status_code == 404
    assert "the API lives under /serve/api/v2: is base_url missing it?" in wrong.json()["msg"]
    assert "base_url" not in right.json()["msg"]


def test_scenario_keys_round_trip(app: Flask) -> None:
    with http(app) as mock:
        changed = mock.put(
            "/__mock/scenario",
            json={"rate_limit": "30/min", "latency_ms": "5-10", "dialect": "modern"},
        ).json()["data"]
        assert changed["rate_limit"] == "30/min"
        again = mock.put("/__mock/scenario", json=changed)
        assert again.status_code == 200 and again.json()["data"] == changed
        assert mock.get("/__mock/scenario").json()["data"] == changed
        unknown = mock.put("/__mock/scenario", json={"rate_limit_per_second": 1})
    assert unknown.status_code == 400
    msg = unknown.json()["msg"]
    assert "unknown scenario setting 'rate_limit_per_second'" in msg
    assert set(changed) <= {word.strip(", ") for word in msg.split("settings are ")[1].split()}


def test_journal_ids_are_exact_in_javascript(app: Flask) -> None:
    with http(app) as mock:
        for _ in range(3):
            mock.get(f"{BASE_PATH}/{SEED_ASSET}/metadata", headers={"Authorization": KEY})
        entries = mock.get("/__mock/journal").json()["data"]["requests"]
        since = mock.get("/__mock/journal", params={"since": entries[0]["id"]}).json()
    ids = [entry["id"] for entry in entries]
    assert len(ids) == 3 and all(0 < i < 2**53 for i in ids) and ids == sorted(ids)
    assert [e["id"] for e in since["data"]["requests"]] == ids[1:]


@pytest.mark.parametrize("dialect", mavi_contract.DIALECTS)
def test_the_contract_is_served_at_an_admin_url(app: Flask, dialect: str) -> None:
    path = mavi_contract.document_path(dialect)
    with http(app) as mock:
        served = mock.get(f"/__mock/contract/{path.name}")
        missing = mock.get("/__mock/contract/nope.yaml")
    assert served.status_code == 200 and served.content == path.read_bytes()
    assert missing.status_code == 404 and "openapi.legacy.yaml" in missing.json()["msg"]


PREFLIGHT = {
    "Origin": "http://localhost:5173",
    "Access-Control-Request-Method": "POST",
    "Access-Control-Request-Headers": "authorization, content-type",
}


def test_cors_preflight_and_answers(app: Flask) -> None:
    with http(app) as mock:
        preflight = mock.options(BASE_PATH + "/embeddings/video", headers=PREFLIGHT)
        answer = mock.post(
            BASE_PATH + "/embeddings/video",
            json={"asset_id": SEED_ASSET, "model": "multimodalembedding@001"},
            headers={"Authorization": KEY, "Origin": "http://localhost:5173"},
        )
        refused = mock.post(BASE_PATH + "/embeddings/video", json={}, headers=PREFLIGHT)
    assert preflight.status_code == 204
    assert preflight.headers["Access-Control-Allow-Origin"] == "http://localhost:5173"
    assert preflight.headers["Access-Control-Allow-Methods"] == "POST"
    assert "Authorization" in preflight.headers["Access-Control-Allow-Headers"]
    assert answer.status_code == 200
    assert answer.headers["Access-Control-Allow-Origin"] == "http://localhost:5173"
    exposed = answer.headers["Access-Control-Expose-Headers"]
    assert "X-Request-Id" in exposed and "Retry-After" in exposed
    # An error answer is readable by the page too (else it sees only "network error").
    assert refused.status_code == 401 and "Access-Control-Allow-Origin" in refused.headers


def test_cors_can_be_turned_off(tmp_path: Path) -> None:
    app = create_app(MockConfig(data_dir=tmp_path, cors=False))
    with http(app) as mock:
        preflight = mock.options(BASE_PATH + "/embeddings/video", headers=PREFLIGHT)
    assert preflight.status_code == 405
    assert "Access-Control-Allow-Origin" not in preflight.headers


def test_the_access_log_and_its_json_format(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    app = create_app(MockConfig(data_dir=tmp_path, access_log=True))
    with caplog.at_level(logging.INFO, logger="mock_server.access"), http(app) as mock:
        mock.get(f"{BASE_PATH}/{SEED_ASSET}/metadata", headers={"Authorization": KEY})
    (record,) = [r for r in caplog.records if r.name == "mock_server.access"]
    line = json.loads(JsonFormatter().format(record))
    assert line["method"] == "GET" and line["status"] == 200
    assert line["path"] == f"{BASE_PATH}/{SEED_ASSET}/metadata"
    assert line["level"] == "info" and line["logger"] == "mock_server.access"
    quiet = create_app(MockConfig(data_dir=tmp_path / "quiet"))
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="mock_server.access"), http(quiet) as mock:
        mock.get(f"{BASE_PATH}/{SEED_ASSET}/metadata", headers={"Authorization": KEY})
    assert not [r for r in caplog.records if r.name == "mock_server.access"]


def test_the_banner_names_the_dialect_the_scenario_and_the_admin_urls() -> None:
    text = banner(MockConfig(port=8123, dialect="legacy", rate_limit=1.0, data_dir=Path("d")))
    assert "http://127.0.0.1:8123/serve/api/v2 (legacy dialect" in text
    assert "rate_limit 1/s" in text and "failure_rate 0.0" in text
    for endpoint in ("/__mock/health", "/__mock/scenario", "/__mock/journal", "/__mock/reset"):
        assert endpoint in text
    assert "/__mock/contract/openapi.yaml" in text
    # Every path of the admin document (its ``{asset_id}`` as ``<id>``; a document's name given).
    from mock_server.admin import ADMIN_SPEC  # noqa: PLC0415

    paths = yaml.safe_load(ADMIN_SPEC.read_text())["paths"]
    shown = [p.replace("{asset_id}", "<id>").split("{")[0] for p in paths]
    assert [p for p in shown if p not in text] == []


def test_help_shows_metavars_defaults_and_choices_and_flags_need_no_value() -> None:
    parser = build_parser("mavi-mock")
    text = parser.format_help()
    assert "--dialect {seed,modern,legacy}" in text
    assert "--port N" in text and "MOCK_DIALECT" in text and "(default: 8000)" in text
    assert "--accept-any-asset, --no-accept-any-asset" in text
    args = parser.parse_args(["--accept-any-asset", "--no-cors"])
    assert args.accept_any_asset is True and args.cors is False


def test_each_port_has_its_own_default_state() -> None:
    assert MockConfig(port=8000).data_dir == Path(".mock-data/port-8000")
    assert MockConfig(port=8123).data_dir == Path(".mock-data/port-8123")
    first, second = MockConfig(port=0).data_dir, MockConfig(port=0).data_dir
    try:
        assert first != second and first.is_dir() and second.is_dir()
    finally:
        first.rmdir()
        second.rmdir()


@pytest.mark.slow  # make and git in subprocesses
def test_plain_make_lists_the_targets_and_installs_nothing() -> None:
    dry = subprocess.run(
        ["make", "-n"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert "pip" not in dry and "venv" not in dry
    shown = subprocess.run(["make"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    for target in ("make mock", "make test", "make help", "make lint-contract"):
        assert target in shown


@pytest.mark.slow  # make and git in subprocesses
def test_the_default_data_directory_needs_no_gitignore(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A consumer project runs the mock from its root: git must not see `.mock-data/`."""
    monkeypatch.chdir(tmp_path)
    subprocess.run(["git", "init", "-q"], check=True)
    create_app(MockConfig(port=8123))
    assert (tmp_path / ".mock-data" / "port-8123" / "assets.sqlite").exists()
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        check=True,
        capture_output=True,
        text=True,
    )
    assert status.stdout == ""


def test_the_thread_count_is_explained_and_granians_warning_of_it_dropped() -> None:
    from mock_server.logs import QuietThreads, logging_config  # noqa: PLC0415
    from mock_server.serve import granian_options  # noqa: PLC0415

    config = MockConfig(port=8123, workers=2, data_dir=Path("d"))
    assert granian_options(config)["blocking_threads"] == 256
    assert "256 threads per worker run the app, many on purpose" in banner(config)
    assert (
        granian_options(MockConfig(port=8123, threads=7, data_dir=Path("d")))["blocking_threads"]
        == 7
    )

    def record(message: str) -> logging.LogRecord:
        return logging.LogRecord("_granian", logging.WARNING, "mp.py", 1, message, None, None)

    quiet = QuietThreads()
    assert not quiet.filter(record("Configuration allows spawning up to 256 Python threads, ..."))
    assert quiet.filter(record("Unexpected exit from worker-1"))
    granian_logger = logging_config("text", "info")["loggers"]["_granian"]
    assert granian_logger["filters"] == ["threads"]


@pytest.mark.parametrize("value", ["inf", "nan", "-1", "86401", "1e309"])
def test_a_wait_that_is_not_a_finite_number_of_seconds_is_refused(value: str) -> None:
    from mock_server.config import ConfigError  # noqa: PLC0415

    with pytest.raises(ConfigError, match="MOCK_PROCESSING_DELAY"):
        MockConfig.from_env({"MOCK_PROCESSING_DELAY": value})
