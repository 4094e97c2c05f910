"""``mock_server.drift``: one exchange held against the contract in all three dialects, and the
book that adds findings up (bounded, thread-safe), its report, Markdown and ``--dialect`` line.

Exchanges are built from the contract's own examples and from the mock's answers in each
dialect (its Flask test client, in-process); the deviations are the stand-in provider's: each
must give exactly its violation or note, and nothing else may appear.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import orjson
import pytest
from flask import Flask
from flask.testing import FlaskClient

import contract_tests.drift
from mavi_contract import DIALECTS
from mock_server import BASE_PATH, MockConfig, create_app
from mock_server.contract import Contract
from mock_server.dialects import dialect_for, operation_of, parse_dialects
from mock_server.drift import (
    MAX_DISTINCT,
    UNKNOWN,
    Conformance,
    DriftBook,
    Finding,
    Observed,
    Violation,
    answer_dialect,
)
from tests.support import KEY, MODEL, SEED_ASSET
from tests.support.routing import ROUTED

EMBED = "/embeddings/video"
JSON = "application/json"
#: The dialects a conforming answer reads in: a seed success ("0000" at 200) is legacy's too.
SUCCESS = {"seed": ("seed", "legacy"), "modern": ("modern",), "legacy": ("seed", "legacy")}
ERROR = {"seed": ("seed",), "modern": ("modern",), "legacy": ("legacy",)}


@pytest.fixture(scope="module")
def conformance() -> Conformance:
    return Conformance()


@pytest.fixture(scope="module")
def mock(tmp_path_factory: pytest.TempPathFactory, mock_contract: Contract) -> Iterator[Flask]:
    data = tmp_path_factory.mktemp("drift") / "data"
    yield create_app(MockConfig(data_dir=data), contract=mock_contract)


def exchange(
    client: FlaskClient, method: str, api_path: str, dialect: str, body: Any = None, **kw: Any
) -> Observed:
    """One request to the mock in a dialect, as the proxy would have seen it."""
    headers = {"Authorization": KEY, "Prefer": f"dialect={dialect}"}
    answer = client.open(BASE_PATH + api_path, method=method, json=body, headers=headers, **kw)
    return Observed(
        method,
        api_path,
        JSON if body is not None else None,
        orjson.dumps(body) if body is not None else None,
        answer.status_code,
        answer.content_type,
        answer.data,
    )


def embedding_answer(body: dict[str, Any], status: int = 200, **request: Any) -> Observed:
    sent = {"asset_id": SEED_ASSET, "model": MODEL, **request}
    return Observed("POST", EMBED, JSON, orjson.dumps(sent), status, JSON, orjson.dumps(body))


def seed_success(vector: list[Any] | None = None) -> dict[str, Any]:
    data = {"embedding": [0.125] * 1408 if vector is None else vector}
    return {"code": "0000", "msg": "success", "data": data, "success": True, "failed": False}


def upload(client: FlaskClient, dialect: str) -> Observed:
    """A multipart upload to the mock (its body is not JSON: the proxy passes None)."""
    file = (io.BytesIO(b"\x00\x00\x00\x18ftypmp42 v"), "a.mp4")
    headers = {"Authorization": KEY, "Prefer": f"dialect={dialect}"}
    answer = client.post(BASE_PATH + "/upload", data={"file": file}, headers=headers)
    sent = "multipart/form-data; boundary=x"
    return Observed(
        "POST", "/upload", sent, None, answer.status_code, answer.content_type, answer.data
    )


def test_conforming_answers_of_the_mock_in_each_dialect(
    conformance: Conformance, mock: Flask
) -> None:
    client = mock.test_client()
    missing = {"asset_id": "re_123456789012345678", "model": MODEL}
    for dialect in DIALECTS:
        seen = [
            ("uploadAsset", SUCCESS, upload(client, dialect)),
            (
                "createVideoEmbedding",
                SUCCESS,
                exchange(client, "POST", EMBED, dialect, {"asset_id": SEED_ASSET, "model": MODEL}),
            ),
            (
                "getAssetMetadata",
                SUCCESS,
                exchange(client, "GET", f"/{SEED_ASSET}/metadata", dialect),
            ),
            (
                "createSignedUploadUrl",
                SUCCESS,
                exchange(
                    client, "POST", "/upload/signed-url", dialect, {"original_filename": "clip.mp4"}
                ),
            ),
            ("createVideoEmbedding", ERROR, exchange(client, "POST", EMBED, dialect, missing)),
            ("getAssetMetadata", ERROR, exchange(client, "GET", "/re_1/metadata", dialect)),
        ]
        for operation, expected, observed in seen:
            finding = conformance.check(observed)
            assert finding == Finding(operation, expected[dialect], [], []), (dialect, observed)


def examples(conformance: Conformance, dialect: str) -> Iterator[tuple[str, str, int, Any]]:
    """Every example answer of every operation in a dialect's document."""
    document = conformance.documents[dialect]
    for route in conformance.routes.values():
        if route.server is not None:
            continue  # the storage behind signed URLs
        responses = document["paths"][route.path][route.method.lower()]["responses"]
        for status, response in responses.items():
            declared = conformance._resolve(dialect, response)
            for example in declared.get("content", {}).get(JSON, {}).get("examples", {}).values():
                yield route.operation_id, route.path, int(status), example["value"]


def test_the_contracts_own_examples_conform_to_their_dialect(conformance: Conformance) -> None:
    checked = 0
    for dialect in DIALECTS:
        for operation, path, status, value in examples(conformance, dialect):
            api_path = path.replace("{asset_id}", SEED_ASSET)
            method = conformance.routes[operation].method
            observed = Observed(method, api_path, None, None, status, JSON, orjson.dumps(value))
            finding = conformance.check(observed)
            assert dialect in finding.dialects and finding.violations == [], (dialect, value)
            # The seed's embedding example is cut to five components: that is the only note.
            vector = (value.get("data") or {}).get("embedding")
            expected = [f"a vector of 5 numbers, not the 1408 of {MODEL}"] if vector else []
            assert finding.notes == expected, (dialect, operation, value)
            checked += 1
    assert checked >= 20


def test_a_vector_of_another_length_is_a_note(conformance: Conformance) -> None:
    finding = conformance.check(embedding_answer(seed_success([0.5] * 1024)))
    assert finding == Finding(
        "createVideoEmbedding",
        ("seed", "legacy"),
        [],
        [f"a vector of 1024 numbers, not the 1408 of {MODEL}"],
    )


def test_a_field_of_the_wrong_type_is_a_violation_at_its_pointer(
    conformance: Conformance,
) -> None:
    answer = {**seed_success(), "success": "yes"}
    finding = conformance.check(embedding_answer(answer))
    # The legacy document's oneOf is read through its closest branch, so the seed (first of
    # the two as close) is named, with the leaf messages, not the oneOf's.
    assert finding == Finding(
        "createVideoEmbedding",
        (),
        [
            Violation("response", 200, "/success", '"yes" is not of type "boolean"', "seed"),
            Violation("response", 200, "/success", "true was expected", "seed"),
        ],
        [],
    )
    vector: list[Any] = [0.5] * 1408
    vector[3] = "0.5"
    finding = conformance.check(
        embedding_answer({"code": 200, "msg": "ok", "data": {"embedding": vector}})
    )
    assert finding.violations == [
        Violation("response", 200, "/data/embedding/3", '"0.5" is not of type "number"', "modern")
    ]
    assert (finding.dialects, finding.notes) == ((), [])


def test_an_undeclared_status_is_a_note(conformance: Conformance) -> None:
    teapot = {"code": "0418", "msg": "teapot", "data": None, "success": False, "failed": True}
    finding = conformance.check(embedding_answer(teapot, status=418))
    assert finding == Finding("createVideoEmbedding", (), [], ["status 418 is not declared"])


def test_an_html_page_is_a_note_naming_its_media_type(conformance: Conformance) -> None:
    page = Observed(
        "POST",
        EMBED,
        JSON,
        b'{"asset_id": "re_1", "model": "multimodalembedding@001"}',
        502,
        "text/html; charset=utf-8",
        b"<html><body><h1>502 Bad Gateway</h1></body></html>",
    )
    finding = conformance.check(page)
    assert finding == Finding(
        "createVideoEmbedding", (), [], ["answer not JSON (text/html) at status 502"]
    )


def test_an_unreachable_upstream_is_counted(conformance: Conformance) -> None:
    book = DriftBook()
    for _ in range(3):
        gone = Observed(
            "GET",
            f"/{SEED_ASSET}/metadata",
            None,
            None,
            502,
            "text/html",
            b"<html>",
            upstream_error="ConnectError: [Errno 111] Connection refused",
        )
        finding = conformance.check(gone)
        assert finding == Finding("getAssetMetadata", (), [], ["upstream could not be reached"])
        book.add(finding)
    assert book.report() == {
        "operations": {
            "getAssetMetadata": {
                "exchanges": 3,
                "dialects": [],
                "violations": [],
                "notes": ["upstream could not be reached: 3 exchanges"],
            }
        }
    }


def test_a_path_of_no_operation_counts_apart(conformance: Conformance) -> None:
    finding = conformance.check(Observed("GET", "/storage/x", None, None, 404, JSON, b"{}"))
    assert finding == Finding(None, (), [], ["not an operation of the contract: GET /storage/x"])
    book = DriftBook()
    book.add(finding)
    assert book.report()["operations"][UNKNOWN]["notes"] == [
        "not an operation of the contract: GET /storage/x (x1)"
    ]
    assert book.dialect_setting() == "seed"


@pytest.mark.parametrize(("method", "api_path", "operation"), ROUTED)
def test_the_drift_routes_a_request_as_the_mock_does(
    method: str,
    api_path: str,
    operation: str | None,
    conformance: Conformance,
    mock_contract: Contract,
) -> None:
    """One routing for both (``dialects.operation_of``): a trailing slash, HEAD, an id with a
    slash are the operation's, as Flask routes them (strict_slashes off, ``path`` converters)."""
    assert operation_of(mock_contract, method, BASE_PATH + api_path) == operation
    seen = Observed(method, api_path, None, None, 404, JSON, b"{}")
    assert conformance.check(seen).operation == operation


def test_a_head_is_its_get_operations_exchange_with_no_body_to_judge(
    conformance: Conformance,
) -> None:
    seen = Observed("HEAD", f"/{SEED_ASSET}/metadata", None, None, 200, JSON, b"")
    assert conformance.check(seen) == Finding("getAssetMetadata", (), [], [])


def test_a_request_body_with_a_wrong_field_is_a_request_violation(
    conformance: Conformance, mock: Flask
) -> None:
    observed = exchange(
        mock.test_client(), "POST", EMBED, "seed", {"asset_id": SEED_ASSET, "model": "other"}
    )
    finding = conformance.check(observed)
    assert finding == Finding(
        "createVideoEmbedding",
        ("seed",),
        [Violation("request", 400, "/model", f'"other" is not one of "{MODEL}"', None)],
        [],
    )


def test_a_mix_of_dialects_is_a_note_unless_one_dialect_reads_every_answer(
    conformance: Conformance, mock: Flask
) -> None:
    client = mock.test_client()
    body = {"asset_id": SEED_ASSET, "model": MODEL}
    missing = {"asset_id": "re_123456789012345678", "model": MODEL}
    one = DriftBook()
    for dialect in ("seed", "legacy"):  # successes read alike, legacy's errors are its own
        one.add(conformance.check(exchange(client, "POST", EMBED, dialect, body)))
    one.add(conformance.check(exchange(client, "POST", EMBED, "legacy", missing)))
    assert one.report()["operations"]["createVideoEmbedding"] == {
        "exchanges": 3,
        "dialects": ["legacy"],
        "violations": [],
        "notes": [],
    }
    mixed = DriftBook()
    for dialect in ("seed", "seed", "modern"):
        mixed.add(conformance.check(exchange(client, "POST", EMBED, dialect, body)))
    mixed.add(conformance.check(exchange(client, "POST", EMBED, "modern", missing)))
    assert mixed.report()["operations"]["createVideoEmbedding"] == {
        "exchanges": 4,
        "dialects": ["seed", "modern", "legacy"],
        "violations": [],
        "notes": ["answers in more than one dialect: modern x2, seed|legacy x2"],
    }


def test_the_dialect_setting_speaks_what_most_answers_conformed_to() -> None:
    book = DriftBook()

    def add(operation: str, dialects: tuple[str, ...], n: int) -> None:
        for _ in range(n):
            book.add(Finding(operation, dialects))

    assert book.dialect_setting() == "seed"
    add("createVideoEmbedding", ("seed", "legacy"), 5)  # successes: seed or legacy alike ...
    add("createVideoEmbedding", ("legacy",), 1)  # ... and an error at 200 says legacy
    add("uploadAsset", ("seed", "legacy"), 3)  # successes only: seed
    add("createSignedUploadUrl", ("seed", "legacy"), 2)
    add("createSignedUploadUrl", ("seed",), 1)
    add("getAssetMetadata", ("modern",), 3)  # a mix: most answers were modern
    add("getAssetMetadata", ("seed", "legacy"), 2)
    book.add(Finding(None, (), [], ["not an operation of the contract: GET /x"]))
    line = book.dialect_setting()
    assert line == (
        "createSignedUploadUrl=seed,createVideoEmbedding=legacy,"
        "getAssetMetadata=modern,uploadAsset=seed"
    )
    assert UNKNOWN in book.report()["operations"]
    # The --dialect row reads the line as meant.
    setting = parse_dialects(line)
    chosen = {name: dialect_for(setting, name) for name in ("uploadAsset", "getAssetMetadata")}
    assert chosen == {"uploadAsset": "seed", "getAssetMetadata": "modern"}
    assert dialect_for(setting, "createVideoEmbedding") == "legacy"


def test_ten_thousand_varied_findings_keep_the_book_bounded() -> None:
    book = DriftBook()
    operations = ["createVideoEmbedding", "uploadAsset", "getAssetMetadata", None]
    for i in range(10_000):
        book.add(
            Finding(
                operations[i % 4],
                (DIALECTS[i % 3],) if i % 5 else ("seed", "legacy"),
                [Violation("response", 200 + i % 7, f"/data/embedding/{i}", f"{i} is bad", "seed")],
                [
                    f"a vector of {i} numbers, not the 1408 of {MODEL}",
                    "upstream could not be reached",
                ],
            )
        )
        if i == 999:
            at_a_thousand = book.entries()
    assert book.entries() == at_a_thousand
    assert book.entries() <= 4 * (8 + 2 * MAX_DISTINCT + 1)
    report = book.report()["operations"]
    for name, operation in report.items():
        assert operation["exchanges"] == 2_500, name
        kept = operation["violations"][:-1]
        assert len(kept) == MAX_DISTINCT and all(v["count"] == 1 for v in kept)
        assert operation["violations"][-1] == {"more": 2_500 - MAX_DISTINCT}
        assert f"and {2_500 - MAX_DISTINCT} more notes" in operation["notes"]
        assert "upstream could not be reached: 2500 exchanges" in operation["notes"]
    assert UNKNOWN in report


def test_the_book_counts_every_finding_under_threads() -> None:
    book = DriftBook()
    finding = Finding(
        "uploadAsset",
        ("seed", "legacy"),
        [Violation("response", 200, "/data", "bad", "seed")],
        ["a note"],
    )

    def add_many(_: int) -> None:
        for _ in range(500):
            book.add(finding)

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(add_many, range(8)))
    operation = book.report()["operations"]["uploadAsset"]
    assert operation["exchanges"] == 4_000
    assert operation["violations"][0]["count"] == 4_000
    assert operation["notes"] == ["a note (x4000)"]


def test_the_markdown_has_the_contract_live_reports_layout(
    conformance: Conformance, tmp_path: Path
) -> None:
    book = DriftBook()
    book.add(conformance.check(embedding_answer(seed_success())))
    clean = book.markdown()
    assert clean.startswith("# Drift report\n\n")
    assert "Drift found: **no**" in clean
    assert "| createVideoEmbedding | 1 | seed, legacy | - | - |" in clean
    book.add(conformance.check(embedding_answer({**seed_success(), "success": "yes"})))
    modern = {"code": 200, "msg": "success", "data": {"embedding": [0.125] * 1408}}
    book.add(conformance.check(embedding_answer(modern)))  # a mix: "modern x1, seed|legacy x1"
    drifted = book.markdown()
    assert "Drift found: **yes**" in drifted
    row = next(line for line in drifted.splitlines() if line.startswith("| createVideoEmbedding"))
    assert 'response 200 /success (seed): "yes" is not of type "boolean" x1' in row
    assert "modern x1, seed\\|legacy x1" in row
    assert row.count(" | ") == 4  # five cells: no "|" in a message or note splits the row
    # contract_tests/drift.py reads an answer's dialect, and lays out its report, in the same way.
    assert contract_tests.drift.answer_dialect is answer_dialect
    recorder = contract_tests.drift.DriftRecorder()
    recorder.write(tmp_path)
    live = (tmp_path / "drift-report.md").read_text().splitlines()
    assert live[0] == "# Drift report" and "Drift found: **no**" in live
