"""Scripted answers (``POST /__mock/scripts``, issue 21): each answer form in each dialect, order,
exhaustion, asset matching, the list and its clearing, bad input, and exactness across workers."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from flask import Flask

from mock_server.prefer import GATEWAY_ANSWERS
from tests.support import BASE_PATH, MODEL, ROOT, SEED_ASSET, MakeApp, running_mock
from tests.support.scripted import AUTH, DIALECTS, EMBED, embed, metadata, outcome, script


@pytest.fixture(params=DIALECTS)
def app(request: pytest.FixtureRequest, make_app: MakeApp) -> Flask:
    return make_app(dialect=request.param)


def test_fail_twice_then_succeed_in_each_dialect(app: Flask) -> None:
    client = app.test_client()
    created = script(client, [503, 503, "pass"])
    assert created.status_code == 201, created.get_json()
    assert created.get_json()["data"]["id"] >= 1
    answers = [embed(client) for _ in range(4)]
    assert [outcome(a) for a in answers] == [503, 503, 200, 200]
    dialect = app.extensions["mavi_mock"].config.dialect
    first = answers[0]
    if dialect == "legacy":
        assert first.status_code == 200 and first.get_json()["code"] == "0503"
    elif dialect == "modern":
        assert first.get_json() == {"code": 503, "msg": "Service unavailable", "data": None}
    else:
        assert first.get_json()["code"] == "0503" and first.get_json()["failed"] is True
    assert len(answers[2].get_json()["data"]["embedding"]) > 0


def test_each_answer_form(app: Flask) -> None:
    client = app.test_client()
    answers = [
        429,
        {"status": 503, "retry_after": 7},
        {"gateway": 502},
        {"delay_ms": 300},
        "pass",
    ]
    assert script(client, answers).status_code == 201
    limited = embed(client)
    assert outcome(limited) == 429 and limited.headers["Retry-After"] == "1"
    waited = embed(client)
    assert outcome(waited) == 503 and waited.headers["Retry-After"] == "7"
    gateway = embed(client)
    assert gateway.status_code == 502 and gateway.mimetype == "text/html"
    started = time.perf_counter()
    delayed = embed(client)
    assert time.perf_counter() - started >= 0.3
    assert delayed.status_code == 200 and delayed.get_json()["data"]["embedding"]
    assert embed(client).get_json()["data"]["embedding"]


@pytest.mark.parametrize("fault", ["reset", "empty", "truncate"])
def test_a_scripted_fault_reaches_the_connection(make_app: MakeApp, fault: str) -> None:
    app = make_app()
    client = app.test_client()
    assert script(client, [{"fault": fault}]).status_code == 201
    # In process, transport.py raises for a reset or an empty answer (no socket to break), and
    # sends half the body under the full Content-Length for a truncated one.
    if fault == "truncate":
        answer = embed(client)
        assert len(answer.get_data()) < int(answer.headers["Content-Length"])
    else:
        with pytest.raises(ConnectionResetError):
            embed(client)
    assert embed(client).status_code == 200


def test_asset_id_matches_only_that_asset_and_metadata_by_path(make_app: MakeApp) -> None:
    client = make_app(accept_any_asset=True).test_client()
    other = "re_100000000000000001"
    assert script(client, [500], asset_id=other).status_code == 201
    assert embed(client).status_code == 200  # another asset: not scripted
    assert embed(client, other).status_code == 500
    assert embed(client, other).status_code == 200  # used up
    body = {"operation": "getAssetMetadata", "asset_id": SEED_ASSET, "answers": [404]}
    assert client.post("/__mock/scripts", json=body).status_code == 201
    assert metadata(client, other).status_code == 200
    assert metadata(client, SEED_ASSET).status_code == 404
    assert metadata(client, SEED_ASSET).status_code == 200


def test_scripts_are_used_in_order_and_listed_with_what_remains(make_app: MakeApp) -> None:
    client = make_app().test_client()
    first = script(client, [500, "pass"]).get_json()["data"]["id"]
    second = script(client, [429]).get_json()["data"]["id"]
    assert [embed(client).status_code for _ in range(4)] == [500, 200, 429, 200]
    assert script(client, [503, 503]).status_code == 201
    embed(client)
    listed = client.get("/__mock/scripts").get_json()["data"]["scripts"]
    assert [(s["id"], s["remaining"]) for s in listed] == [(first, []), (second, []), (3, [503])]
    cleared = client.delete("/__mock/scripts")
    assert cleared.status_code == 200
    assert client.get("/__mock/scripts").get_json()["data"]["scripts"] == []
    assert embed(client).status_code == 200
    assert script(client, [503]).status_code == 201
    assert client.post("/__mock/reset").status_code == 200
    assert client.get("/__mock/scripts").get_json()["data"]["scripts"] == []
    assert embed(client).status_code == 200


def test_a_script_is_judged_after_authentication_and_before_the_rate_limit(
    make_app: MakeApp,
) -> None:
    client = make_app(rate_limit=1.0, failure_rate=1.0).test_client()
    assert script(client, [503, "pass", "pass"]).status_code == 201
    unauthenticated = client.post(EMBED, json={"model": MODEL, "asset_id": SEED_ASSET})
    assert unauthenticated.status_code == 401
    # The script answers before the rate limit and the failure rate (which would fail all).
    assert [embed(client).status_code for _ in range(3)] == [503, 200, 200]
    assert embed(client).status_code in (429, 500, 503)


@pytest.mark.parametrize(
    "scenario",
    [
        {"gateway_rate": 1.0},
        {"transport_fault": "truncate"},
        {"transport_fault": "reset", "transport_fault_rate": 0.999},
        {"failure_rate": 1.0, "rate_limit": 0.01, "latency": (0.0, 1.0)},
    ],
    ids=["gateway", "truncate", "reset", "failure+limit+latency"],
)
def test_a_scripted_answer_is_given_whatever_the_scenario_rates_say(
    make_app: MakeApp, scenario: dict[str, Any]
) -> None:
    client = make_app(**scenario).test_client()
    assert script(client, [418, 503, "pass"]).status_code == 201
    answers = [embed(client) for _ in range(3)]
    assert [(a.status_code, len(a.get_data()) == int(a.headers["Content-Length"]))
            for a in answers] == [(418, True), (503, True), (200, True)]  # fmt: skip
    assert answers[2].get_json()["data"]["embedding"]
    listed = client.get("/__mock/scripts").get_json()["data"]["scripts"]
    assert listed[0]["remaining"] == []


def test_a_request_without_a_valid_key_is_not_scripted_and_draws_as_before(
    make_app: MakeApp,
) -> None:
    client = make_app(gateway_rate=1.0).test_client()
    assert script(client, [418]).status_code == 201
    anonymous = client.post(EMBED, json={"model": MODEL, "asset_id": SEED_ASSET})
    assert anonymous.status_code in GATEWAY_ANSWERS and anonymous.mimetype == "text/html"
    unmatched = metadata(client)  # another operation: no script matches
    assert unmatched.status_code in GATEWAY_ANSWERS and unmatched.mimetype == "text/html"
    assert embed(client).status_code == 418


def test_requests_no_script_matches_draw_as_without_scripts(make_app: MakeApp) -> None:
    def run(with_script: bool) -> list[int]:
        client = make_app(seed=7, failure_rate=0.5, gateway_rate=0.3).test_client()
        if with_script:  # another operation's: the embeds match nothing
            body = {"operation": "getAssetMetadata", "answers": [503]}
            assert client.post("/__mock/scripts", json=body).status_code == 201
        return [embed(client).status_code for _ in range(12)]

    without = run(False)
    assert len(set(without)) > 1 and run(True) == without


@pytest.mark.parametrize(
    ("answer", "retry_after"), [(429, "1"), ({"status": 429}, "1"), (503, None)]
)
def test_retry_after_is_the_same_for_a_bare_status_and_its_object(
    make_app: MakeApp, answer: Any, retry_after: str | None
) -> None:
    client = make_app().test_client()
    assert script(client, [answer]).status_code == 201
    assert embed(client).headers.get("Retry-After") == retry_after


def test_head_answers_as_get_would_without_using_the_script(make_app: MakeApp) -> None:
    client = make_app().test_client()
    body = {"operation": "getAssetMetadata", "answers": [404, "pass"]}
    assert client.post("/__mock/scripts", json=body).status_code == 201
    url = f"{BASE_PATH}/{SEED_ASSET}/metadata"
    assert [client.head(url, headers=AUTH).status_code for _ in range(3)] == [404] * 3
    assert metadata(client).status_code == 404
    assert client.head(url, headers=AUTH).status_code == 200
    assert client.get("/__mock/scripts").get_json()["data"]["scripts"][0]["used"] == 1


BAD_SCRIPTS = [
    ({"operation": "fly", "answers": [503]}, "createVideoEmbedding, getAssetMetadata"),
    ({"operation": "createVideoEmbedding", "answers": ["maybe"]}, '"pass"'),
    ({"operation": "createVideoEmbedding", "answers": [{"teapot": 1}]}, "delay_ms"),
    ({"operation": "createVideoEmbedding", "answers": [600]}, "400-599"),
    ({"operation": "createVideoEmbedding", "answers": [99]}, "400-599"),
    ({"operation": "createVideoEmbedding", "answers": [True]}, '"pass"'),
    ({"operation": "createVideoEmbedding", "answers": [{"status": 700}]}, "400-599"),
    # Not errors: 1xx, 2xx and 3xx would be broken answers ("pass" is the normal one).
    *[
        ({"operation": "createVideoEmbedding", "answers": [answer]}, '"pass" (the normal answer)')
        for answer in (100, 101, 200, 204, 304, 399, {"status": 200}, {"status": 101})
    ],
    ({"operation": "createVideoEmbedding", "answers": [{"gateway": 500}]}, "502"),
    ({"operation": "createVideoEmbedding", "answers": [{"fault": "fire"}]}, "truncate"),
    ({"operation": "createVideoEmbedding", "answers": [{"delay_ms": -1}]}, "delay_ms"),
    ({"operation": "createVideoEmbedding", "answers": []}, '"pass"'),
    ({"operation": "createVideoEmbedding", "answers": [503], "times": 2}, "answers"),
    ({"operation": "uploadAsset", "asset_id": SEED_ASSET, "answers": [503]}, "asset_id"),
    ({"operation": "createVideoEmbedding", "asset_id": 5, "answers": [503]}, "asset_id"),
    ([1, 2], "JSON object"),
]


@pytest.mark.parametrize(("body", "listed"), BAD_SCRIPTS)
def test_bad_scripts_are_400s_that_list_the_valid_values_and_store_nothing(
    make_app: MakeApp, body: Any, listed: str
) -> None:
    client = make_app().test_client()
    answer = client.post("/__mock/scripts", json=body)
    assert answer.status_code == 400, answer.get_json()
    envelope = answer.get_json()
    assert envelope["code"] == "0001" and envelope["failed"] is True
    assert listed in envelope["msg"]
    assert client.get("/__mock/scripts").get_json()["data"]["scripts"] == []
    assert embed(client).status_code == 200


def test_not_json_is_a_400(make_app: MakeApp) -> None:
    client = make_app().test_client()
    answer = client.post("/__mock/scripts", data=b"{", content_type="application/json")
    assert answer.status_code == 400 and "JSON" in answer.get_json()["msg"]


def test_no_script_set_costs_the_shortcut_nothing(make_app: MakeApp) -> None:
    """Without a script the control file says so: the shortcut answers (no Flask request)."""
    app = make_app()
    client = app.test_client()
    assert embed(client).status_code == 200  # fills the caches
    mock = app.extensions["mavi_mock"]
    assert mock.scenarios.scripts is False
    assert script(client, ["pass"]).status_code == 201
    assert mock.scenarios.scripts is True
    client.delete("/__mock/scripts")
    assert mock.scenarios.scripts is False
    # A script used up lowers the flag too (unless another script or a lifecycle is left).
    script(client, [503, "pass"])
    script(client, ["pass"], asset_id="re_100000000000000001")
    assert [embed(client).status_code for _ in range(3)] == [503, 200, 200]
    assert mock.scenarios.scripts is True
    assert embed(client, "re_100000000000000001").status_code == 400  # (no such asset)
    assert mock.scenarios.scripts is False
    assert client.get("/__mock/scripts").get_json()["data"]["scripts"][0]["remaining"] == []


@pytest.mark.slow
def test_ten_scripted_429s_and_ten_lifecycle_steps_over_two_workers_are_exactly_ten(
    tmp_path: Path,
) -> None:
    with running_mock(tmp_path / "data", MOCK_WORKERS="2") as mock:
        created = httpx.post(
            mock.url + "/__mock/scripts",
            json={"operation": "createVideoEmbedding", "answers": [429] * 10},
            timeout=10,
        )
        assert created.status_code == 201, created.text

        def call(_: int) -> int:
            body = {"model": MODEL, "asset_id": SEED_ASSET}
            return httpx.post(mock.base_url + "/embeddings/video", json=body, headers=AUTH,
                              timeout=20).status_code  # fmt: skip

        with ThreadPoolExecutor(max_workers=20) as pool:
            statuses = list(pool.map(call, range(40)))
        assert statuses.count(429) == 10 and statuses.count(200) == 30, statuses
        listed = httpx.get(mock.url + "/__mock/scripts", timeout=10).json()["data"]["scripts"]
        assert listed[0]["remaining"] == []
        # A lifecycle too: ten reads of UPLOADING, then FAILED for every later one.
        sequence = {"sequence": ["UPLOADING"] * 10 + ["FAILED"]}
        url = f"{mock.url}/__mock/assets/{SEED_ASSET}/status"
        assert httpx.put(url, json=sequence, timeout=10).status_code == 200

        def read(_: int) -> str:
            answer = httpx.get(f"{mock.base_url}/{SEED_ASSET}/metadata", headers=AUTH, timeout=20)
            status: str = answer.json()["data"]["resource"][0]["upload_status"]
            return status

        with ThreadPoolExecutor(max_workers=20) as pool:
            statuses = list(pool.map(read, range(30)))
        assert statuses.count("UPLOADING") == 10 and statuses.count("FAILED") == 20, statuses
        assert httpx.post(mock.url + "/__mock/reset", timeout=10).status_code == 200
        readme_examples_answer_as_they_say(mock.port)


def readme_examples_answer_as_they_say(port: int) -> None:
    """README's curl examples of this section, as pasted (on this mock's port)."""
    if shutil.which("curl") is None:
        return
    readme = (ROOT / "README.md").read_text()
    section = readme.split("### Scripted answers and asset lifecycles\n")[1].split("\n### ")[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, re.S)
    printed = [
        subprocess.run(
            ["bash", "-c", block.replace("localhost:8000", f"localhost:{port}")],
            capture_output=True, text=True, timeout=30, check=True,
        ).stdout
        for block in blocks
    ]  # fmt: skip
    assert len(blocks) == 2
    assert printed[0].splitlines()[-3:] == ["503", "503", "200"], printed[0]
    assert re.findall(r'"upload_status":"([A-Z]+)"', printed[1]) == [
        "UPLOADING", "UPLOADING", "FAILED", "FAILED"
    ], printed[1]  # fmt: skip


def test_the_answers_are_those_admin_openapi_yaml_describes(make_app: MakeApp) -> None:
    import jsonschema  # noqa: PLC0415
    import yaml  # noqa: PLC0415

    from mock_server.admin import ADMIN_SPEC  # noqa: PLC0415

    document = yaml.safe_load(ADMIN_SPEC.read_text())

    def check(answer: Any, schema: str) -> None:
        ref = {"$ref": f"#/components/schemas/{schema}", "components": document["components"]}
        jsonschema.validate(answer.get_json(), ref)

    client = make_app().test_client()
    forms = [503, "pass", {"status": 429, "retry_after": 2}, {"gateway": 404},
             {"fault": "empty"}, {"delay_ms": 1}]  # fmt: skip
    created = script(client, forms, asset_id=SEED_ASSET)
    check(created, "ScriptEnvelope")
    client.put(f"/__mock/assets/{SEED_ASSET}/status", json={"sequence": ["FAILED"]})
    listed = client.get("/__mock/scripts").get_json()["data"]
    for item in listed["scripts"]:
        jsonschema.validate(item, {"$ref": "#/components/schemas/Script", **document})
    for item in listed["lifecycles"]:
        jsonschema.validate(item, {"$ref": "#/components/schemas/Lifecycle", **document})
    assert len(listed["scripts"]) == len(listed["lifecycles"]) == 1
    bad = client.post("/__mock/scripts", json={"operation": "createVideoEmbedding", "answers": [1]})
    assert bad.status_code == 400
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(1, {"$ref": "#/components/schemas/ScriptAnswer", **document})


def test_without_scripts_no_request_looks_at_their_tables(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    client = app.test_client()
    assert script(client, ["pass"]).status_code == 201
    assert client.delete("/__mock/scripts").status_code == 200

    def looked(*_: Any) -> Any:
        raise AssertionError("a request looked at the scripts' tables")

    monkeypatch.setattr(app.extensions["mavi_mock"].store, "runtime", looked)
    for _ in range(2):  # Flask's path, then the shortcut's
        assert embed(client).status_code == 200
        assert metadata(client).status_code == 200
    answer = client.post(EMBED, json={"model": MODEL, "asset_id": SEED_ASSET},
                         headers={**AUTH, "Prefer": "dialect=modern"})  # fmt: skip
    assert answer.status_code == 200


def test_the_journal_says_which_answers_a_script_gave(app: Flask) -> None:
    client = app.test_client()
    client.delete("/__mock/journal")
    assert script(client, [503, "pass"]).status_code == 201
    for _ in range(3):
        embed(client)
    entries = client.get("/__mock/journal").get_json()["data"]["requests"]
    assert [(e["outcome"], e["scripted"]) for e in entries] == [
        (503, True), (200, True), (200, False)
    ]  # fmt: skip
    assert {e["asset_id"] for e in entries} == {SEED_ASSET}


def test_a_full_disk_stores_no_script_or_lifecycle(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mock_server.disk import StoreFull  # noqa: PLC0415

    app = make_app()
    client = app.test_client()
    scenarios = app.extensions["mavi_mock"].scenarios

    def full(*_: Any) -> None:
        raise StoreFull(Path("data"), OSError(28, "No space left on device"))

    monkeypatch.setattr(scenarios, "mark_scripts", full)
    assert script(client, [503]).status_code == 503
    refused = client.put(f"/__mock/assets/{SEED_ASSET}/status", json={"sequence": ["FAILED"]})
    assert refused.status_code == 503
    monkeypatch.undo()
    assert client.get("/__mock/scripts").get_json()["data"] == {"scripts": [], "lifecycles": []}
    assert embed(client).status_code == 200
