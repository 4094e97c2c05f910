"""Vectors with meaning, in-process: declared cosines, labels and shared content, asked for at
upload (``Prefer``) and through the admin endpoint; explicit stubs and the validation of every
declaration. The served mock and the plugin: tests/test_meaning_served.py; the algorithms' own
properties: tests/test_vectors_v2.py and tests/test_similar_vectors.py."""

from __future__ import annotations

import hashlib
import io
import itertools
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from mock_server.vectors import embedding
from tests.support import BASE_PATH, KEY, MODEL, MakeApp, file_vector
from tests.support.meaning import DIMENSION, InProcess
from tests.support.vectors import cosine, random_bytes


@pytest.fixture
def mock(make_app: MakeApp) -> InProcess:
    return InProcess(make_app())


COSINES = [-1.0, -0.5, 0.0, 0.3, 0.93, 0.999, 1.0]


@pytest.mark.parametrize("wanted", COSINES)
def test_prefer_at_upload_gives_the_declared_cosine(mock: InProcess, wanted: float) -> None:
    re_a = mock.upload_id(random_bytes(1, 200_000))
    re_b = mock.upload_id(random_bytes(2, 50_000), f"similar_to={re_a}, cosine={wanted}")
    vector = mock.embed(re_b)
    assert abs(cosine(vector, mock.embed(re_a)) - wanted) <= 1e-6
    assert abs(float(np.linalg.norm(vector.astype(np.float64))) - 1) <= 1e-6


@pytest.mark.parametrize("wanted", COSINES)
def test_the_admin_endpoint_gives_the_declared_cosine(mock: InProcess, wanted: float) -> None:
    re_a, re_b = mock.upload_id(random_bytes(3, 90_000)), mock.upload_id(random_bytes(4, 90_000))
    answer = mock.declare(re_b, {"similar_to": re_a, "cosine": wanted})
    assert answer.status_code == 200, answer.get_json()
    assert answer.get_json()["data"]["recipe"] == {
        "kind": "similar",
        "similar_to": re_a,
        "cosine": wanted,
    }
    assert abs(cosine(mock.embed(re_b), mock.embed(re_a)) - wanted) <= 1e-6


def test_a_declared_vector_is_the_same_for_the_same_request(make_app: MakeApp) -> None:
    """Two mocks, the same uploads and declarations: bit-identical vectors."""
    vectors = []
    for _ in range(2):
        mock = InProcess(make_app())
        re_a = mock.upload_id(random_bytes(5, 120_000))
        re_b = mock.upload_id(random_bytes(6, 120_000), f"similar_to={re_a}, cosine=0.93")
        re_c = mock.upload_id(random_bytes(7, 120_000), "label=cats")
        vectors.append(b"".join(mock.embed(x).tobytes() for x in (re_a, re_b, re_c)))
    assert vectors[0] == vectors[1]


def _labelled(mock: InProcess, labels: list[str], per_label: int) -> list[tuple[str, np.ndarray]]:
    out = []
    for index, (label, n) in enumerate(itertools.product(labels, range(per_label))):
        asset = mock.upload_id(random_bytes(100 + index, 20_000 + 997 * n), f"label={label}")
        out.append((label, mock.embed(asset)))
    return out


def test_labels_cluster_and_rank_their_own_label_first(mock: InProcess) -> None:
    items = _labelled(mock, ["cats", "dogs", "cars", "beach"], 5)
    same, other = [], []
    for (la, va), (lb, vb) in itertools.combinations(items, 2):
        (same if la == lb else other).append(cosine(va, vb))
    assert abs(np.mean(same) - 0.8) < 0.02 and min(same) > 0.7
    assert abs(np.mean(other)) < 0.05 and max(abs(x) for x in other) < 0.15
    matrix = np.array([v for _, v in items], dtype=np.float64)
    scores = matrix @ matrix.T
    np.fill_diagonal(scores, -2)
    for row, (label, _) in enumerate(items):
        nearest = np.argsort(-scores[row])[:4]  # the other 4 of its label come first
        assert {items[i][0] for i in nearest} == {label}


def test_the_label_cosine_is_configurable(make_app: MakeApp) -> None:
    mock = InProcess(make_app(label_cosine=0.5))
    (_, a), (_, b) = _labelled(mock, ["cats"], 2)
    assert abs(cosine(a, b) - 0.5) < 0.03


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        ("appended", 600_000 / np.sqrt(600_000 * 700_000)),
        ("removed_front", 500_000 / np.sqrt(600_000 * 500_000)),
        ("header_patched", (600_000 - 1024) / 600_000),
    ],
)
def test_near_duplicates_get_near_vectors(mock: InProcess, edit: str, expected: float) -> None:
    original = random_bytes(11, 600_000)
    changed = {
        "appended": original + random_bytes(12, 100_000),
        "removed_front": original[100_000:],
        "header_patched": random_bytes(13, 1024) + original[1024:],
    }[edit]
    found = cosine(mock.embed(mock.upload_id(original)), mock.embed(mock.upload_id(changed)))
    assert abs(found - expected) <= 0.05, (edit, found, expected)


def test_unrelated_uploads_stay_apart(mock: InProcess) -> None:
    vectors = [
        mock.embed(mock.upload_id(random_bytes(20 + i, size)))
        for i, size in enumerate([1, 100, 5_000, 64_000, 300_000])
    ]
    for a, b in itertools.combinations(vectors, 2):
        assert abs(cosine(a, b)) < 0.1


def test_v1_stays_selectable(make_app: MakeApp) -> None:
    data = random_bytes(30, 70_000)
    mock = InProcess(make_app(vectors="v1"))
    vector = mock.embed(mock.upload_id(data))
    assert (
        vector.tobytes() == embedding(MODEL, DIMENSION, hashlib.sha256(data).hexdigest()).tobytes()
    )
    assert mock.embed(mock.upload_id(data + b"x")).tobytes() != vector.tobytes()


def test_an_explicit_vector_is_answered_exactly(mock: InProcess) -> None:
    asset = mock.upload_id(b"stub me")
    values = [((i * 7919) % 201 - 100) / 37.0 for i in range(DIMENSION)]
    answer = mock.declare(asset, {"vector": values})
    assert answer.status_code == 200 and answer.get_json()["data"]["recipe"] == {"kind": "stub"}
    assert mock.embed(asset).tobytes() == np.array(values, dtype=np.float32).tobytes()
    shown = mock.http.get(f"/__mock/assets/{asset}/vector").get_json()["data"]
    assert shown["recipe"] == {"kind": "stub"} and len(shown["vector"]) == DIMENSION


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"similar_to": "SELF", "cosine": 1.5}, "cosine must be between -1 and 1"),
        ({"similar_to": "SELF", "cosine": -1.01}, "cosine must be between -1 and 1"),
        ({"similar_to": "re_1", "cosine": 0.5}, "no asset re_1"),
        ({"similar_to": "SELF"}, "similar_to and cosine go together"),
        ({"vector": [0.5] * 3}, "has 3 values but the dimension is 1408"),
        ({"vector": [0.5] * 1407 + [-1e39]}, "outside float32's range"),
        ({"vector": [0.0] * DIMENSION}, "all zeros"),
        ({"vector": [0.5] * 1407 + ["x"]}, "not a number"),
        ({"label": ""}, "label must be 1 to 100"),
        ({"label": "a", "vector": [1.0]}, "exactly one of"),
        ({"colour": "red"}, "unknown key 'colour'"),
        ([1, 2], "must be a JSON object"),
    ],
)
def test_bad_declarations_are_400s_in_the_envelope(
    mock: InProcess, body: Any, message: str
) -> None:
    asset = mock.upload_id(b"target")
    before = mock.embed(asset)
    if isinstance(body, dict) and body.get("similar_to") == "SELF":
        body = {**body, "similar_to": mock.upload_id(b"other")}
    answer = mock.declare(asset, body)
    assert answer.status_code == 400
    envelope = answer.get_json()
    assert envelope["code"] == "0001" and envelope["failed"] is True  # the seed dialect's 400
    assert message in envelope["msg"], envelope["msg"]
    assert mock.embed(asset).tobytes() == before.tobytes()  # nothing changed


def test_non_finite_json_is_a_400(mock: InProcess) -> None:
    asset = mock.upload_id(b"target")
    answer = mock.http.put(
        f"/__mock/assets/{asset}/vector",
        data=b'{"vector": [NaN]}',
        content_type="application/json",
    )
    assert answer.status_code == 400 and "NaN and Infinity" in answer.get_json()["msg"]


def test_an_unknown_asset_is_a_404(mock: InProcess) -> None:
    answer = mock.declare("re_999", {"label": "cats"})
    assert answer.status_code == 404 and answer.get_json()["code"] == "0404"


@pytest.mark.parametrize(
    ("prefer", "message"),
    [
        ("similar_to=re_5, cosine=0.3", "no asset re_5"),
        ("similar_to=re_5, cosine=2", "cosine must be between -1 and 1"),
        ("similar_to=re_5, cosine=nan", "cosine must be between -1 and 1"),
        ("cosine=0.3", "similar_to and cosine go together"),
        ("label=cats, similar_to=re_5, cosine=0.1", "cannot both be given"),
        ("similar_to=asset5, cosine=0.1", "must be an asset id"),
    ],
)
def test_bad_prefer_declarations_are_400s_and_store_nothing(
    mock: InProcess, prefer: str, message: str
) -> None:
    before = mock.http.get("/__mock/health").get_json()["data"]["assets"]
    answer = mock.upload(b"some bytes", prefer)
    assert answer.status_code == 400
    assert message in answer.get_json()["msg"]
    assert mock.http.get("/__mock/health").get_json()["data"]["assets"] == before


def test_the_admin_document_describes_every_admin_route(make_app: MakeApp) -> None:
    import yaml  # noqa: PLC0415

    from mock_server.admin import ADMIN_SPEC  # noqa: PLC0415

    paths = yaml.safe_load(ADMIN_SPEC.read_text())["paths"]
    described = {
        (method.upper(), path)
        for path, item in paths.items()
        for method in item
        if method in ("get", "put", "post", "delete")
    }
    served = {
        (method, rule.rule.replace("<asset_id>", "{asset_id}").replace("<name>", "{document}"))
        for rule in make_app().url_map.iter_rules()
        if rule.rule.startswith("/__mock/")
        for method in rule.methods or ()
        if method in ("GET", "PUT", "POST", "DELETE")
    }
    assert served == described


def test_v1_serves_the_v1_vector_of_assets_stored_under_v2(
    make_app: MakeApp, tmp_path: Path
) -> None:
    data = random_bytes(70, 50_000)
    first = InProcess(make_app(data_dir=tmp_path / "kept"))
    asset = first.upload_id(data)
    assert first.embed(asset).tobytes() == file_vector(data).tobytes()
    again = InProcess(make_app(data_dir=tmp_path / "kept", vectors="v1"))
    key = hashlib.sha256(data).hexdigest()
    assert again.embed(asset).tobytes() == embedding(MODEL, DIMENSION, key).tobytes()
    shown = again.http.get(f"/__mock/assets/{asset}/vector").get_json()["data"]["recipe"]
    assert shown == {"kind": "content", "vectors": "v1"}


def test_a_mock_starting_on_the_directory_does_not_silence_the_running_ones_journal(
    make_app: MakeApp, tmp_path: Path
) -> None:
    running = InProcess(make_app(data_dir=tmp_path / "shared"))
    running.upload_id(b"before")
    starting = InProcess(make_app(data_dir=tmp_path / "shared"))
    for n in range(3):
        running.upload_id(b"after %d" % n)
    paths = [e["path"] for e in starting.http.get("/__mock/journal").get_json()["data"]["requests"]]
    assert paths == [BASE_PATH + "/upload"] * 3


def test_a_row_read_during_a_declaration_is_not_cached(make_app: MakeApp) -> None:
    from mock_server.fastpath import _asset  # noqa: PLC0415

    app = make_app()
    mock = app.extensions["mavi_mock"]
    asset_id = InProcess(app).upload_id(b"raced")
    read = mock.store.get_asset

    def read_then_declare(asset: str) -> Any:
        row = read(asset)
        mock.scenarios.touch()  # another worker declares a vector meanwhile
        return row

    mock.store.get_asset = read_then_declare
    assert _asset(mock, asset_id) is not None
    assert asset_id not in mock.asset_cache


def test_a_label_in_dimension_1_is_a_400_not_a_500(make_app: MakeApp) -> None:
    mock = InProcess(make_app(dimension=1))
    answer = mock.upload(b"one", "label=cats")
    assert answer.status_code == 400 and "dimension 1" in answer.get_json()["msg"]
    asset = mock.upload_id(b"two")
    assert mock.declare(asset, {"label": "cats"}).status_code == 400


def test_a_huge_journal_since_is_a_400(mock: InProcess) -> None:
    answer = mock.http.get("/__mock/journal?since=99999999999999999999999")
    assert answer.status_code == 400


def test_a_cosine_must_be_a_json_number(mock: InProcess) -> None:
    re_a, re_b = mock.upload_id(b"a"), mock.upload_id(b"b")
    answer = mock.declare(re_b, {"similar_to": re_a, "cosine": "0.5"})
    assert answer.status_code == 400 and "must be a number" in answer.get_json()["msg"]


def test_a_signed_url_carries_its_declaration_to_the_stored_asset(mock: InProcess) -> None:
    re_a = mock.upload_id(random_bytes(80, 40_000))
    headers = {"Authorization": KEY, "Prefer": f"similar_to={re_a}, cosine=0.6"}
    issued = mock.http.post(
        BASE_PATH + "/upload/signed-url", json={"original_filename": "b.mp4"}, headers=headers
    ).get_json()["data"]
    url = issued["signed_url"].split("://", 1)[1].split("/", 1)[1]
    stored = mock.http.post(
        "/" + url, data={"file": (io.BytesIO(random_bytes(81, 40_000)), "b.mp4", "video/mp4")}
    )
    assert stored.status_code == 204
    assert abs(cosine(mock.embed(issued["asset_id"]), mock.embed(re_a)) - 0.6) <= 1e-6
    refused = mock.http.post(
        BASE_PATH + "/upload/signed-url",
        json={"original_filename": "c.mp4"},
        headers={"Authorization": KEY, "Prefer": "similar_to=re_5, cosine=0.6"},
    )
    assert refused.status_code == 400 and "no asset re_5" in refused.get_json()["msg"]
