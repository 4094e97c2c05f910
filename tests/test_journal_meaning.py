"""Journal entries that mean the same in every dialect (issue 21, item 3): each entry's operation,
asset id, dialect, envelope code and outcome (the HTTP status the answer means, whatever status
carried it), and the journal's filters and count."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from flask import Flask

from mock_server.journal import Journal
from tests.support import BASE_PATH, KEY, MODEL, SEED_ASSET, MakeApp

EMBED = BASE_PATH + "/embeddings/video"
METADATA = BASE_PATH + f"/{SEED_ASSET}/metadata"
UNKNOWN = "re_000000000000000001"
AUTH = {"Authorization": KEY}
DIALECTS = ["seed", "modern", "legacy"]
#: The envelope code of an HTTP status in each dialect (openapi.yaml's x-dialect-table).
CODES = {
    "seed": {200: "0000", 400: "0001", 401: "0401", 503: "0503"},
    "modern": {200: 200, 400: 400, 401: 401, 503: 503},
    "legacy": {200: "0000", 400: "0001", 401: "0401", 503: "0503"},
}
MEANING = ("operation", "asset_id", "dialect", "code", "outcome", "scripted")


def client(app: Flask) -> httpx.Client:
    return httpx.Client(transport=httpx.WSGITransport(app=app), base_url="http://localhost")


def embed(http: httpx.Client, asset: str, **headers: str) -> httpx.Response:
    body = orjson.dumps({"asset_id": asset, "model": MODEL})
    return http.post(
        EMBED, content=body, headers={**AUTH, "Content-Type": "application/json"} | headers
    )


def meaning(entry: dict[str, Any]) -> tuple[Any, ...]:
    return (*(entry[name] for name in MEANING), entry["status"])


@pytest.mark.parametrize("dialect", DIALECTS)
def test_each_entry_says_what_the_answer_means(make_app: MakeApp, dialect: str) -> None:
    app = make_app(dialect=dialect)
    codes = CODES[dialect]
    on_error = 200 if dialect == "legacy" else None  # the HTTP status errors travel at
    with client(app) as http:
        embed(http, SEED_ASSET)  # Flask's path
        embed(http, SEED_ASSET)  # the shortcut
        embed(http, UNKNOWN)
        embed(http, SEED_ASSET, Prefer="code=503")
        http.get(METADATA, headers=AUTH)
        http.get(METADATA)  # no key
        http.get(METADATA, headers={**AUTH, "Prefer": "gateway=502"})
        http.get(BASE_PATH + "/nowhere", headers=AUTH)
    entries = app.extensions["mavi_mock"].journal.entries()
    embed_op, meta_op = "createVideoEmbedding", "getAssetMetadata"
    assert [meaning(e) for e in entries] == [
        (embed_op, SEED_ASSET, dialect, codes[200], 200, False, 200),
        (embed_op, SEED_ASSET, dialect, codes[200], 200, False, 200),
        (embed_op, UNKNOWN, dialect, codes[400], 400, False, on_error or 400),
        # Refused before its body was read: the journal never reads a body itself.
        (embed_op, None, dialect, codes[503], 503, False, on_error or 503),
        (meta_op, SEED_ASSET, dialect, codes[200], 200, False, 200),
        (meta_op, SEED_ASSET, dialect, codes[401], 401, False, on_error or 401),
        (meta_op, SEED_ASSET, dialect, None, 502, False, 502),  # the gateway's page: no envelope
        (None, None, dialect, 404 if dialect == "modern" else "0404", 404, False, on_error or 404),
    ]


@pytest.mark.parametrize("dialect", DIALECTS)
def test_the_shortcut_and_flask_record_the_same_meaning(make_app: MakeApp, dialect: str) -> None:
    app = make_app(dialect=dialect)
    with client(app) as http:
        embed(http, SEED_ASSET, **{"X-Request-Id": "same"})
        embed(http, SEED_ASSET, **{"X-Request-Id": "same"})
    by_flask, by_shortcut = app.extensions["mavi_mock"].journal.entries()
    for entry in (by_flask, by_shortcut):
        entry.pop("id"), entry.pop("time_ms"), entry.pop("duration_ms")
    assert by_flask == by_shortcut


def test_a_connection_cut_means_no_answer(make_app: MakeApp) -> None:
    app = make_app(dialect="legacy", transport_fault="truncate", transport_fault_rate=1.0)
    with client(app) as http:
        http.get(METADATA, headers=AUTH)
    (entry,) = app.extensions["mavi_mock"].journal.entries()
    assert meaning(entry) == ("getAssetMetadata", SEED_ASSET, "legacy", None, 0, False, 0)


@pytest.mark.parametrize("dialect", DIALECTS)
def test_the_journal_filters_and_counts_by_meaning(make_app: MakeApp, dialect: str) -> None:
    app = make_app(dialect=dialect)
    with client(app) as http:
        for prefer in ("code=503", "code=503", ""):
            embed(http, SEED_ASSET, Prefer=prefer) if prefer else embed(http, SEED_ASSET)
        embed(http, UNKNOWN)
        http.get(METADATA, headers=AUTH)

        def read(path: str, **query: str | int) -> Any:
            answer = http.get(path, params=query)
            assert answer.status_code == 200, answer.text
            return answer.json()["data"]

        outcomes = [
            e["outcome"]
            for e in read("/__mock/journal", operation="createVideoEmbedding")["requests"]
        ]
        assert outcomes == [503, 503, 200, 400]
        by_asset = read("/__mock/journal", asset_id=SEED_ASSET)["requests"]
        assert [(e["operation"], e["outcome"]) for e in by_asset] == [
            ("createVideoEmbedding", 200),
            ("getAssetMetadata", 200),
        ]
        failed = read("/__mock/journal", outcome=503)["requests"]
        assert [e["code"] for e in failed] == [CODES[dialect][503]] * 2
        assert read("/__mock/journal/count", operation="createVideoEmbedding") == {"count": 4}
        assert read("/__mock/journal/count", outcome=503) == {"count": 2}
        assert read("/__mock/journal/count", asset_id=UNKNOWN, outcome=400) == {"count": 1}
        assert read("/__mock/journal/count", operation="getAssetMetadata") == {"count": 1}
        assert read("/__mock/journal/count") == {"count": 5}
        count = http.get("/__mock/journal/count", params={"outcome": 503}).json()
        assert (count["code"], count["success"]) == ("0000", True)  # the admin's seed envelope


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ({"outcome": "five"}, "outcome"),
        ({"outcome": "1000"}, "outcome"),
        ({"operation": "createVideoEmbeddings"}, "createVideoEmbedding, getAssetMetadata"),
        ({"since": "x"}, "since"),
    ],
)
@pytest.mark.parametrize("path", ["/__mock/journal", "/__mock/journal/count"])
def test_a_bad_filter_is_a_400_naming_it(
    make_app: MakeApp, path: str, query: dict[str, str], named: str
) -> None:
    with client(make_app()) as http:
        answer = http.get(path, params=query)
    assert answer.status_code == 400
    assert named in answer.json()["msg"]


ACCEPTED = {
    "/__mock/journal": "operation, asset_id, outcome, since, limit",
    "/__mock/journal/count": "operation, asset_id, outcome, since",
}


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ([("status", "503")], "'status'"),
        ([("opertion", "createVideoEmbedding")], "'opertion'"),
        ([("operation", "createVideoEmbedding"), ("operation", "getAssetMetadata")], "operation"),
        ([("outcome", "503"), ("outcome", "503")], "outcome"),
        ([("asset_id", SEED_ASSET), ("Asset_id", SEED_ASSET)], "'Asset_id'"),
    ],
)
@pytest.mark.parametrize("path", list(ACCEPTED))
def test_an_unknown_or_repeated_filter_is_a_400_listing_the_accepted_ones(
    make_app: MakeApp, path: str, query: list[tuple[str, str]], named: str
) -> None:
    with client(make_app()) as http:
        embed(http, SEED_ASSET)
        answer = http.get(path, params=query)
    assert (answer.status_code, answer.json()["code"]) == (400, "0001")
    assert named in answer.json()["msg"] and ACCEPTED[path] in answer.json()["msg"]


def test_limit_is_a_filter_of_the_list_only(make_app: MakeApp) -> None:
    with client(make_app()) as http:
        embed(http, SEED_ASSET)
        listed = http.get("/__mock/journal", params={"limit": 1}).json()["data"]["total"]
        counted = http.get("/__mock/journal/count", params={"limit": 1})
    assert (listed, counted.status_code) == (1, 400)
    assert "'limit'" in counted.json()["msg"]


def test_a_fresh_run_drops_journal_files_of_the_older_schema(tmp_path: Path) -> None:
    old = sqlite3.connect(tmp_path / "journal-1.sqlite")
    old.execute(
        "CREATE TABLE journal (id INTEGER PRIMARY KEY, time_ms INTEGER NOT NULL, request_id TEXT"
        " NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL, headers TEXT NOT NULL, body TEXT"
        " NOT NULL, status INTEGER NOT NULL, duration_ms REAL NOT NULL)"
    )
    old.execute("INSERT INTO journal VALUES (1, 0, 'r', 'GET', '/', '{}', '', 200, 1.0)")
    old.commit()
    old.close()
    journal = Journal(tmp_path)
    journal.start_run()
    entry = {
        "time_ms": 1,
        "request_id": "r2",
        "method": "POST",
        "path": EMBED,
        "headers": "{}",
        "body": "",
        "status": 200,
        "duration_ms": 1.0,
        "operation": "createVideoEmbedding",
        "asset_id": SEED_ASSET,
        "dialect": "modern",
        "code": 200,
        "outcome": 200,
        "scripted": True,
    }
    journal.add(entry)
    (read,) = journal.entries()
    assert meaning(read) == ("createVideoEmbedding", SEED_ASSET, "modern", 200, 200, True, 200)
    assert journal.count(outcome=200) == 1 and journal.count(outcome=503) == 0


@pytest.mark.parametrize("dialect", DIALECTS)
def test_entries_are_as_the_admin_document_describes_them(make_app: MakeApp, dialect: str) -> None:
    import jsonschema  # noqa: PLC0415
    import yaml  # noqa: PLC0415

    from mock_server.admin import ADMIN_SPEC  # noqa: PLC0415

    schema = yaml.safe_load(ADMIN_SPEC.read_text())["components"]["schemas"]["JournalEntry"]
    with client(make_app(dialect=dialect)) as http:
        embed(http, SEED_ASSET)
        embed(http, UNKNOWN)
        http.get(METADATA, headers={**AUTH, "Prefer": "gateway=502"})
        entries = http.get("/__mock/journal").json()["data"]["requests"]
    assert len(entries) == 3
    for entry in entries:
        assert set(entry) == set(schema["properties"])
        jsonschema.validate(entry, schema)
