"""Per-operation dialects (issue 22, item 4): ``--dialect createVideoEmbedding=legacy,uploadAsset=seed``
makes each operation answer in its own dialect, read and refused alike by the environment, the
flag, ``PUT /__mock/scenario`` and Python; ``Prefer: dialect=`` still wins, the admin endpoints
stay seed, the embedding shortcut and the journal follow the operation's dialect, and a plain
dialect pays nothing for it."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import jsonschema
import orjson
import pytest
import yaml
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.exceptions import HTTPException, MethodNotAllowed

from mavi_client import InvalidRequestError, MaviClient
from mock_server import dialects
from mock_server.__main__ import banner, build_parser, config_from_args
from mock_server.config import ConfigError, MockConfig
from mock_server.scenarios import Scenario
from mock_server.settings import dialect_for, parse_dialects
from mock_server.testing import MockHandle
from tests.support import BASE_PATH, KEY, MODEL, SEED_ASSET, MakeApp
from tests.support.pipeline import FlaskCalls
from tests.support.routing import ROUTED

ROOT = Path(__file__).resolve().parent.parent
AUTH = {"Authorization": KEY}
UNKNOWN = "re_000000000000000001"
PER_OPERATION = "createVideoEmbedding=legacy,uploadAsset=seed"
CANONICAL = "seed,createVideoEmbedding=legacy,uploadAsset=seed"
OPERATIONS = "createSignedUploadUrl, createVideoEmbedding, getAssetMetadata, uploadAsset"


def embed(http: FlaskClient, asset_id: str = UNKNOWN, **headers: str) -> Any:
    return http.post(
        BASE_PATH + "/embeddings/video",
        json={"asset_id": asset_id, "model": MODEL},
        headers={**AUTH, **headers},
    )


def metadata(http: FlaskClient, asset_id: str = UNKNOWN) -> Any:
    return http.get(f"{BASE_PATH}/{asset_id}/metadata", headers=AUTH)


def upload_a_form(http: FlaskClient) -> Any:
    """A form, not a file: 415."""
    return http.post(BASE_PATH + "/upload", data={"nothing": "here"}, headers=AUTH)


def answer(response: Any) -> tuple[int, str | int]:
    """The HTTP status and the envelope's code."""
    return response.status_code, response.get_json()["code"]


def journal(app: Flask) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = app.extensions["mavi_mock"].journal.entries()
    return entries


def test_the_flag_gives_each_operation_its_dialect(make_app: MakeApp) -> None:
    config, _ = config_from_args(["--dialect", PER_OPERATION])
    assert config.dialect == CANONICAL
    http = make_app(dialect=config.dialect).test_client()
    assert answer(embed(http)) == (200, "0001")  # legacy: the error on HTTP 200
    assert answer(metadata(http)) == (400, "0001")  # the default: seed
    assert answer(upload_a_form(http)) == (415, "0415")  # uploadAsset=seed


def test_a_bare_default_leads_the_entries(make_app: MakeApp) -> None:
    setting = parse_dialects("modern, createVideoEmbedding = legacy")
    assert setting == "modern,createVideoEmbedding=legacy"
    http = make_app(dialect=setting).test_client()
    assert answer(embed(http)) == (200, "0001")
    assert answer(metadata(http)) == (400, 400)  # modern: the HTTP status as the code
    assert answer(upload_a_form(http)) == (415, 415)


def test_the_environment_reads_it_alike(make_app: MakeApp) -> None:
    config = MockConfig.from_env({"MOCK_DIALECT": PER_OPERATION}, data_dir=Path("d"))
    assert config.dialect == CANONICAL
    assert Scenario.from_config(config).dialect == CANONICAL
    http = make_app(dialect=config.dialect).test_client()
    assert answer(embed(http)) == (200, "0001")


def test_a_scenario_sets_it_and_shows_it_canonical(make_app: MakeApp) -> None:
    app = make_app()
    http = app.test_client()
    assert answer(embed(http)) == (400, "0001")
    put = http.put(
        "/__mock/scenario", json={"dialect": "uploadAsset=seed,createVideoEmbedding=legacy"}
    )
    assert put.status_code == 200, put.get_json()
    assert put.get_json()["data"]["dialect"] == CANONICAL
    assert put.get_json()["code"] == "0000"  # the admin endpoints stay seed
    assert http.get("/__mock/scenario").get_json()["data"]["dialect"] == CANONICAL
    assert http.get("/__mock/health").get_json()["data"]["dialect"] == CANONICAL
    assert answer(embed(http)) == (200, "0001")
    assert answer(metadata(http)) == (400, "0001")
    again = http.put("/__mock/scenario", json={"dialect": CANONICAL})  # round-trips
    assert again.get_json()["data"]["dialect"] == CANONICAL


def test_the_admin_endpoints_stay_seed_whatever_the_default(make_app: MakeApp) -> None:
    http = make_app(dialect="modern,createVideoEmbedding=legacy").test_client()
    assert http.get("/__mock/scenario").get_json()["code"] == "0000"
    assert answer(http.get("/__mock/assets/nope/vector")) == (404, "0404")


def test_a_plain_dialect_is_unchanged(make_app: MakeApp) -> None:
    assert MockConfig(data_dir=Path("d")).dialect == "seed"
    assert parse_dialects("legacy") == "legacy"
    http = make_app(dialect="legacy").test_client()
    assert http.get("/__mock/scenario").get_json()["data"]["dialect"] == "legacy"
    assert answer(embed(http)) == (200, "0001")
    assert answer(metadata(http)) == (200, "0001")
    put = http.put("/__mock/scenario", json={"dialect": "seed"})
    assert put.get_json()["data"]["dialect"] == "seed"
    assert answer(metadata(http)) == (400, "0001")


def test_prefer_still_wins(make_app: MakeApp) -> None:
    http = make_app(dialect=PER_OPERATION).test_client()
    assert answer(embed(http, Prefer="dialect=modern")) == (400, 400)
    assert answer(embed(http, Prefer="dialect=seed")) == (400, "0001")
    assert answer(embed(http)) == (200, "0001")


def test_dialect_for_reads_the_canonical_setting() -> None:
    assert dialect_for(CANONICAL, "createVideoEmbedding") == "legacy"
    assert dialect_for(CANONICAL, "getAssetMetadata") == "seed"
    assert dialect_for("modern,uploadAsset=legacy", None) == "modern"
    assert dialect_for("legacy", "uploadAsset") == "legacy"


#: (value, the problem every reader names). Each lists what is accepted.
REFUSED = [
    (
        "createVideo=legacy",
        f"unknown operation 'createVideo' in 'createVideo=legacy'; the operations are {OPERATIONS}",
    ),
    (
        "uploadToSignedUrl=legacy",
        "unknown operation 'uploadToSignedUrl' in 'uploadToSignedUrl=legacy'; the operations are"
        f" {OPERATIONS}",
    ),
    (
        "createVideoEmbedding=klingon",
        "invalid dialect 'klingon' in 'createVideoEmbedding=klingon'; dialect must be one of"
        " seed, modern, legacy",
    ),
    (
        "createVideoEmbedding=legacy,,uploadAsset=seed",
        "an empty entry in 'createVideoEmbedding=legacy,,uploadAsset=seed'; expected a dialect"
        " (seed, modern, legacy), or operationId=dialect entries separated by commas, led by a"
        " default dialect if one is wanted",
    ),
    (
        "createVideoEmbedding=legacy,createVideoEmbedding=seed",
        "createVideoEmbedding is given twice in"
        " 'createVideoEmbedding=legacy,createVideoEmbedding=seed'",
    ),
    (
        "createVideoEmbedding=legacy,modern",
        "'modern' has no operationId=; only the first entry may be a bare default dialect",
    ),
    ("klingon", "invalid choice: 'klingon'; dialect must be one of seed, modern, legacy"),
]


@pytest.mark.parametrize(("value", "problem"), REFUSED)
def test_a_refused_value_gets_the_same_words_from_every_reader(
    value: str, problem: str, make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MOCK_DIALECT", raising=False)
    with pytest.raises(ConfigError) as from_env:
        MockConfig.from_env({"MOCK_DIALECT": value})
    assert str(from_env.value) == f"MOCK_DIALECT / --dialect: {problem}"
    with pytest.raises(ConfigError) as from_flag:
        config_from_args(["--dialect", value])
    assert str(from_flag.value) == f"argument --dialect: {problem}"
    with pytest.raises(ConfigError) as from_python:
        MockConfig(dialect=value, data_dir=Path("d"))
    assert str(from_python.value) == f"MockConfig: dialect: {problem}"
    app = make_app()
    control = app.extensions["mavi_mock"].scenarios.path
    before = control.read_bytes()
    put = app.test_client().put("/__mock/scenario", json={"dialect": value, "seed": 3})
    body = put.get_json()
    assert (put.status_code, body["code"], body["failed"]) == (400, "0001", True), body
    assert body["msg"] == f"dialect: {problem}"
    assert control.read_bytes() == before  # nothing stored, not even the seed


def test_the_shortcut_answers_in_the_operations_dialect(make_app: MakeApp) -> None:
    app = make_app(dialect="createVideoEmbedding=modern")
    calls = FlaskCalls(app)
    http = app.test_client()
    first, second = embed(http, SEED_ASSET), embed(http, SEED_ASSET)
    assert calls.count == 1  # the second was the shortcut's
    assert answer(first) == answer(second) == (200, 200)
    assert first.data == second.data
    assert answer(metadata(http, SEED_ASSET)) == (200, "0000")
    assert [(e["operation"], e["dialect"], e["code"]) for e in journal(app)] == [
        ("createVideoEmbedding", "modern", 200),
        ("createVideoEmbedding", "modern", 200),
        ("getAssetMetadata", "seed", "0000"),
    ]


def test_the_journal_records_each_operations_dialect(make_app: MakeApp) -> None:
    app = make_app(dialect="modern," + PER_OPERATION)
    http = app.test_client()
    embed(http), metadata(http), upload_a_form(http)
    embed(http, Prefer="dialect=modern")
    http.get(BASE_PATH + "/no/such/route", headers=AUTH)
    assert [(e["operation"], e["dialect"]) for e in journal(app)] == [
        ("createVideoEmbedding", "legacy"),
        ("getAssetMetadata", "modern"),
        ("uploadAsset", "seed"),
        ("createVideoEmbedding", "modern"),
        (None, "modern"),
    ]


def test_a_plain_dialect_never_looks_up_the_operation(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cost of a plain dialect: no lookup per request (counted, not timed)."""
    looked_up: list[tuple[str, str]] = []
    real = dialects.operation_of

    def counting(contract: Any, method: str, path: str) -> str | None:
        looked_up.append((method, path))
        return real(contract, method, path)

    monkeypatch.setattr(dialects, "operation_of", counting)
    http = make_app(dialect="legacy").test_client()
    for _ in range(5):
        embed(http, SEED_ASSET), metadata(http)
    assert looked_up == []
    http.put("/__mock/scenario", json={"dialect": "createVideoEmbedding=legacy"})
    embed(http, SEED_ASSET), metadata(http), http.get("/__mock/scenario")
    assert looked_up == [
        ("POST", BASE_PATH + "/embeddings/video"),
        ("GET", f"{BASE_PATH}/{UNKNOWN}/metadata"),
    ]


def flask_routes(app: Flask, method: str, path: str) -> str | None:
    """The API operation Flask's own URL map gives (its storage's and errors: None)."""
    try:
        endpoint, _ = app.url_map.bind("localhost").match(path, method)
    except HTTPException:
        return None
    blueprint, _, operation = str(endpoint).partition(".")
    return operation if blueprint == "api" else None


@pytest.mark.parametrize(("method", "path", "operation"), ROUTED)
def test_the_operation_is_found_as_flask_routes_it(
    method: str, path: str, operation: str | None, app: Flask
) -> None:
    contract = app.extensions["mavi_mock"].contract
    assert dialects.operation_of(contract, method, BASE_PATH + path) == operation
    assert flask_routes(app, method, BASE_PATH + path) == operation


#: A setting whose default and operations each answer alike errors differently: modern (the
#: status as the code), legacy (HTTP 200, a string code), seed (the status, a string code).
MIXED = "modern,createVideoEmbedding=legacy,uploadAsset=seed"


@pytest.fixture
def mixed(make_app: MakeApp) -> FlaskClient:
    app: Flask = make_app(dialect=MIXED, max_body=1024, max_upload=2048)
    return app.test_client()


def test_a_405_on_an_operations_path_is_in_the_operations_dialect(mixed: FlaskClient) -> None:
    """A method the path does not take: the path's operation decides (there is one per path)."""
    assert answer(mixed.get(BASE_PATH + "/embeddings/video", headers=AUTH)) == (200, "0405")
    assert answer(mixed.put(BASE_PATH + "/upload", headers=AUTH)) == (405, "0405")
    assert answer(mixed.post(f"{BASE_PATH}/{UNKNOWN}/metadata", headers=AUTH)) == (405, 405)
    assert answer(mixed.get(BASE_PATH + "/embeddings/video/", headers=AUTH)) == (200, "0405")
    assert answer(mixed.get(BASE_PATH + "/embeddings/video")) == (200, "0405")  # before the key


def test_a_401_is_in_the_paths_operations_dialect(mixed: FlaskClient) -> None:
    """An unknown path is a 404 before any key is asked (the default's: the next test)."""
    assert answer(mixed.post(BASE_PATH + "/embeddings/video", json={})) == (200, "0401")
    assert answer(mixed.post(BASE_PATH + "/upload")) == (401, "0401")


def test_a_404_for_an_unknown_path_is_in_the_default_dialect(mixed: FlaskClient) -> None:
    assert answer(mixed.get(BASE_PATH + "/no/such/route", headers=AUTH)) == (404, 404)
    assert answer(mixed.post(BASE_PATH + "/embeddings", headers=AUTH)) == (404, 404)
    assert answer(mixed.get("/elsewhere", headers=AUTH)) == (404, 404)
    assert answer(mixed.get(BASE_PATH + "/no/such/route")) == (404, 404)  # no key: a 404 too


def test_a_413_on_an_operations_path_is_in_the_operations_dialect(mixed: FlaskClient) -> None:
    big = b"{" + b" " * 2048 + b"}"
    sent = {"data": big, "content_type": "application/json", "headers": AUTH}
    assert answer(mixed.post(BASE_PATH + "/embeddings/video", **sent)) == (200, "0413")
    assert answer(mixed.post(BASE_PATH + "/upload/signed-url", **sent)) == (413, 413)
    upload = {"file": (io.BytesIO(b"\0" * 4096), "clip.mp4", "video/mp4")}
    assert answer(mixed.post(BASE_PATH + "/upload", data=upload, headers=AUTH)) == (413, "0413")


def test_a_415_on_an_operations_path_is_in_the_operations_dialect(mixed: FlaskClient) -> None:
    sent = {"data": b"asset", "content_type": "text/plain", "headers": AUTH}
    assert answer(mixed.post(BASE_PATH + "/embeddings/video", **sent)) == (200, "0415")
    assert answer(mixed.post(BASE_PATH + "/upload/signed-url", **sent)) == (415, 415)
    assert answer(upload_a_form(mixed)) == (415, "0415")


def flask_owner(app: Flask, method: str, path: str) -> str | None:
    """The API operation whose path Flask finds for ``path``, whatever the method: the one it
    routes to, or the one a 405 names (its only allowed method's)."""
    adapter = app.url_map.bind("localhost")
    try:
        adapter.match(path, method)
    except MethodNotAllowed as exc:
        allowed = sorted(set(exc.valid_methods or ()) - {"HEAD", "OPTIONS"})
        return flask_routes(app, allowed[0], path) if len(allowed) == 1 else None
    except HTTPException:
        return None
    return flask_routes(app, method, path)


@pytest.mark.parametrize(("method", "path"), [(m, p) for m, p, _ in ROUTED])
def test_the_owner_of_a_path_is_found_as_flask_answers_a_405(
    method: str, path: str, app: Flask
) -> None:
    contract = app.extensions["mavi_mock"].contract
    assert dialects.owner_of(contract, BASE_PATH + path) == flask_owner(
        app, method, BASE_PATH + path
    )


def test_the_plugin_scenario_takes_per_operation_dialects(
    mavi_mock: MockHandle, mavi_client: MaviClient
) -> None:
    with mavi_mock.scenario(dialect="createVideoEmbedding=legacy"):
        with pytest.raises(InvalidRequestError):
            mavi_client.embed_video(UNKNOWN)
        assert mavi_client.get_asset(SEED_ASSET).asset_id == SEED_ASSET
    entries = [(r.operation, r.dialect, r.status) for r in mavi_mock.requests]
    assert entries == [("createVideoEmbedding", "legacy", 200), ("getAssetMetadata", "seed", 200)]


def test_help_readme_and_admin_document_describe_the_form() -> None:
    shown = " ".join(build_parser("mavi-mock").format_help().split())
    assert "--dialect {seed,modern,legacy}[,OPERATION=DIALECT...]" in shown
    assert "createVideoEmbedding=legacy" in shown
    readme = (ROOT / "README.md").read_text()
    row = next(line for line in readme.splitlines() if line.startswith("| `--dialect`"))
    assert "createVideoEmbedding=legacy,uploadAsset=seed" in row
    document = yaml.safe_load((ROOT / "mock_server" / "admin-openapi.yaml").read_text())
    put = document["paths"]["/__mock/scenario"]["put"]["requestBody"]["content"]
    schema = put["application/json"]["schema"]
    jsonschema.validate({"dialect": CANONICAL}, schema)
    jsonschema.validate({"dialect": "legacy"}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"dialect": "klingon"}, schema)


def test_a_recorded_setting_reads_back(make_app: MakeApp) -> None:
    """What ``mavi-mock proxy`` prints is a value the flag takes as it is."""
    printed = "createVideoEmbedding=legacy,getAssetMetadata=modern"
    assert parse_dialects(printed) == "seed," + printed
    assert parse_dialects(parse_dialects(printed)) == parse_dialects(printed)
    body = orjson.loads(make_app(dialect=printed).test_client().get("/__mock/scenario").data)
    assert body["data"]["dialect"] == "seed," + printed


def test_the_banner_names_the_default_and_each_operations_dialect() -> None:
    config = MockConfig(
        dialect="uploadAsset=modern,createVideoEmbedding=legacy", workers=1, data_dir=Path("d")
    )
    assert (
        "/serve/api/v2 (seed dialect, createVideoEmbedding=legacy, uploadAsset=modern; 1 worker"
        in banner(config)
    )
    assert "/serve/api/v2 (legacy dialect; 1 worker" in banner(
        MockConfig(dialect="legacy", workers=1, data_dir=Path("d"))
    )
