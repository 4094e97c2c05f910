"""Vectors with meaning, end to end: declared cosines, labels and shared content, asked for at
upload (``Prefer``), through the admin endpoint and through the pytest plugin, over the mock as
users run it. The algorithms' own properties are in tests/test_vectors_v2.py."""

from __future__ import annotations

import hashlib
import io
import itertools
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import pytest

from mavi_client import MaviClient
from mock_server.chunking import sketch
from mock_server.testing import MockHandle
from mock_server.vectors import content_vector, embedding
from tests.support import (
    BASE_PATH,
    KEY,
    MODEL,
    ROOT,
    MakeApp,
    file_vector,
    fresh_connections,
    running_mock,
)

DIMENSION = 1408


def _random(seed: int, size: int) -> bytes:
    return np.random.default_rng(seed).bytes(size)


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    a64, b64 = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return float(a64 @ b64 / np.sqrt((a64 @ a64) * (b64 @ b64)))


class InProcess:
    """The app through Flask's test client: upload, embed, declare."""

    def __init__(self, app: Any) -> None:
        self.http = app.test_client()

    def upload(self, data: bytes, prefer: str | None = None) -> Any:
        headers = {"Authorization": KEY, **({"Prefer": prefer} if prefer else {})}
        files = {"file": (io.BytesIO(data), "clip.mp4", "video/mp4")}
        return self.http.post(BASE_PATH + "/upload", data=files, headers=headers)

    def upload_id(self, data: bytes, prefer: str | None = None) -> str:
        answer = self.upload(data, prefer)
        assert answer.status_code == 200, answer.get_json()
        asset_id: str = answer.get_json()["data"]["asset_id"]
        return asset_id

    def embed(self, asset_id: str) -> np.ndarray:
        answer = self.http.post(
            BASE_PATH + "/embeddings/video",
            json={"asset_id": asset_id, "model": MODEL},
            headers={"Authorization": KEY},
        )
        assert answer.status_code == 200, answer.get_json()
        return np.array(answer.get_json()["data"]["embedding"], dtype=np.float32)

    def declare(self, asset_id: str, body: Any) -> Any:
        return self.http.put(f"/__mock/assets/{asset_id}/vector", json=body)


@pytest.fixture
def mock(make_app: MakeApp) -> InProcess:
    return InProcess(make_app())


# --- 1. declared similarity, exact -------------------------------------------------------------

COSINES = [-1.0, -0.5, 0.0, 0.3, 0.93, 0.999, 1.0]


@pytest.mark.parametrize("wanted", COSINES)
def test_prefer_at_upload_gives_the_declared_cosine(mock: InProcess, wanted: float) -> None:
    re_a = mock.upload_id(_random(1, 200_000))
    re_b = mock.upload_id(_random(2, 50_000), f"similar_to={re_a}, cosine={wanted}")
    vector = mock.embed(re_b)
    assert abs(cosine(vector, mock.embed(re_a)) - wanted) <= 1e-6
    assert abs(float(np.linalg.norm(vector.astype(np.float64))) - 1) <= 1e-6


@pytest.mark.parametrize("wanted", COSINES)
def test_the_admin_endpoint_gives_the_declared_cosine(mock: InProcess, wanted: float) -> None:
    re_a, re_b = mock.upload_id(_random(3, 90_000)), mock.upload_id(_random(4, 90_000))
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
        re_a = mock.upload_id(_random(5, 120_000))
        re_b = mock.upload_id(_random(6, 120_000), f"similar_to={re_a}, cosine=0.93")
        re_c = mock.upload_id(_random(7, 120_000), "label=cats")
        vectors.append(b"".join(mock.embed(x).tobytes() for x in (re_a, re_b, re_c)))
    assert vectors[0] == vectors[1]


# --- 2. labels ---------------------------------------------------------------------------------


def _labelled(mock: InProcess, labels: list[str], per_label: int) -> list[tuple[str, np.ndarray]]:
    out = []
    for index, (label, n) in enumerate(itertools.product(labels, range(per_label))):
        asset = mock.upload_id(_random(100 + index, 20_000 + 997 * n), f"label={label}")
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


# --- 3. content similarity through uploads -----------------------------------------------------


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        ("appended", 600_000 / np.sqrt(600_000 * 700_000)),
        ("removed_front", 500_000 / np.sqrt(600_000 * 500_000)),
        ("header_patched", (600_000 - 1024) / 600_000),
    ],
)
def test_near_duplicates_get_near_vectors(mock: InProcess, edit: str, expected: float) -> None:
    original = _random(11, 600_000)
    changed = {
        "appended": original + _random(12, 100_000),
        "removed_front": original[100_000:],
        "header_patched": _random(13, 1024) + original[1024:],
    }[edit]
    found = cosine(mock.embed(mock.upload_id(original)), mock.embed(mock.upload_id(changed)))
    assert abs(found - expected) <= 0.05, (edit, found, expected)


def test_unrelated_uploads_stay_apart(mock: InProcess) -> None:
    vectors = [
        mock.embed(mock.upload_id(_random(20 + i, size)))
        for i, size in enumerate([1, 100, 5_000, 64_000, 300_000])
    ]
    for a, b in itertools.combinations(vectors, 2):
        assert abs(cosine(a, b)) < 0.1


def test_v1_stays_selectable(make_app: MakeApp) -> None:
    data = _random(30, 70_000)
    mock = InProcess(make_app(vectors="v1"))
    vector = mock.embed(mock.upload_id(data))
    assert (
        vector.tobytes() == embedding(MODEL, DIMENSION, hashlib.sha256(data).hexdigest()).tobytes()
    )
    assert mock.embed(mock.upload_id(data + b"x")).tobytes() != vector.tobytes()


# --- 4. explicit stubs, validation -------------------------------------------------------------


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


# --- the plugin ----------------------------------------------------------------------------------


def test_the_plugin_uploads_with_labels_and_declares(
    mavi_mock: MockHandle, mavi_client: MaviClient
) -> None:
    re_a = mavi_mock.upload(_random(40, 80_000), label="cats")
    re_b = mavi_mock.upload(_random(41, 80_000), label="cats")
    re_c = mavi_mock.upload(_random(42, 80_000), similar_to=re_a, cosine=0.42)
    a, b, c = (np.array(mavi_client.embed_video(x), dtype=np.float32) for x in (re_a, re_b, re_c))
    assert abs(cosine(a, b) - 0.8) < 0.03
    assert abs(cosine(a, c) - 0.42) <= 1e-6
    values = [1.0] + [0.0] * (DIMENSION - 1)
    assert mavi_mock.declare_vector(re_c, vector=values) == values
    assert mavi_client.embed_video(re_c) == values
    with pytest.raises(ValueError, match="cosine must be between -1 and 1"):
        mavi_mock.declare_vector(re_c, similar_to=re_a, cosine=3)


# --- over real HTTP, as `make mock` runs it ------------------------------------------------------


@pytest.mark.slow
def test_the_client_sees_the_vector_the_recipe_gives_and_a_restart_keeps_it(
    tmp_path: Path,
) -> None:
    data = _random(50, 400_000)
    local = content_vector(MODEL, DIMENSION, sketch(data))
    with running_mock(tmp_path) as served, MaviClient(KEY, base_url=served.base_url) as client:
        re_a = client.upload(io.BytesIO(data), filename="a.mp4")
        re_b = client.upload(
            io.BytesIO(b"declared"), filename="b.mp4", headers={"Prefer": "label=cats"}
        )
        first = [client.embed_video(x) for x in (re_a, re_b)]
    assert np.array(first[0], dtype=np.float32).tobytes() == local.tobytes()
    # The same data directory: a restart.
    with running_mock(tmp_path) as served, MaviClient(KEY, base_url=served.base_url) as client:
        assert [client.embed_video(x) for x in (re_a, re_b)] == first


@pytest.mark.slow
def test_a_declared_vector_reaches_every_worker_at_once(tmp_path: Path) -> None:
    """Both workers have the old answer cached (the shortcut); a declaration empties both."""
    with running_mock(tmp_path) as served:
        with MaviClient(KEY, base_url=served.base_url) as client:
            asset = client.upload(io.BytesIO(_random(60, 30_000)), filename="a.mp4")
        body = {"asset_id": asset, "model": MODEL}

        def embed_fresh_connections(times: int) -> set[bytes]:
            seen = set()
            # A new connection each: the kernel spreads them.
            with fresh_connections(headers={"Authorization": KEY}) as http:
                for _ in range(times):
                    answer = http.post(served.base_url + "/embeddings/video", json=body)
                    seen.add(np.array(answer.json()["data"]["embedding"], np.float32).tobytes())
            return seen

        before = embed_fresh_connections(20)
        values = [0.0] * (DIMENSION - 1) + [2.0]
        answer = httpx.put(f"{served.url}/__mock/assets/{asset}/vector", json={"vector": values})
        assert answer.status_code == 200
        after = embed_fresh_connections(20)
    assert len(before) == 1
    assert after == {np.array(values, np.float32).tobytes()}


@pytest.mark.slow
def test_the_readme_similarity_example_works_when_pasted(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text()
    blocks = [b.split("```", 1)[0] for b in readme.split("```python\n")[1:]]
    (snippet,) = [b for b in blocks if "near-duplicates" in b]
    printed: list[str] = []
    with running_mock(tmp_path) as served:
        code = snippet.replace("http://127.0.0.1:8000/serve/api/v2", served.base_url)
        exec(code, {"print": lambda *args: printed.append(" ".join(map(str, args)))})
    assert printed == [
        "near-duplicates: original and trimmed, cosine 0.96",
        "['dogs', 'dogs', 'dogs']",
    ]


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


# --- found by review -----------------------------------------------------------------------------


def test_a_declaration_never_undoes_another_workers_scenario_change(tmp_path: Path) -> None:
    from mock_server.scenarios import Scenario, ScenarioState  # noqa: PLC0415

    path = tmp_path / "control.json"
    worker_a = ScenarioState(path, Scenario())
    worker_b = ScenarioState(path, Scenario(), fresh=False)
    worker_b.change({"failure_rate": 0.5, "seed": 9})
    worker_a.touch()  # a vector declared on worker A
    assert (worker_b.current().failure_rate, worker_b.current().seed) == (0.5, 9)
    # A change on worker A starts from the file as it is, not from what A last saw.
    assert worker_a.change({"latency_ms": "5"}).failure_rate == 0.5


def test_v1_serves_the_v1_vector_of_assets_stored_under_v2(
    make_app: MakeApp, tmp_path: Path
) -> None:
    data = _random(70, 50_000)
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
    re_a = mock.upload_id(_random(80, 40_000))
    headers = {"Authorization": KEY, "Prefer": f"similar_to={re_a}, cosine=0.6"}
    issued = mock.http.post(
        BASE_PATH + "/upload/signed-url", json={"original_filename": "b.mp4"}, headers=headers
    ).get_json()["data"]
    url = issued["signed_url"].split("://", 1)[1].split("/", 1)[1]
    stored = mock.http.post(
        "/" + url, data={"file": (io.BytesIO(_random(81, 40_000)), "b.mp4", "video/mp4")}
    )
    assert stored.status_code == 204
    assert abs(cosine(mock.embed(issued["asset_id"]), mock.embed(re_a)) - 0.6) <= 1e-6
    refused = mock.http.post(
        BASE_PATH + "/upload/signed-url",
        json={"original_filename": "c.mp4"},
        headers={"Authorization": KEY, "Prefer": "similar_to=re_5, cosine=0.6"},
    )
    assert refused.status_code == 400 and "no asset re_5" in refused.get_json()["msg"]


def test_quoted_labels_and_the_plugin_agree_with_prefer(
    mavi_mock: MockHandle, mavi_client: MaviClient
) -> None:
    data = _random(90, 30_000)
    by_plugin = mavi_mock.upload(data, label="cats; indoor")
    headers = {"Prefer": 'label="cats; indoor"'}
    by_prefer = mavi_client.upload(io.BytesIO(data), filename="c.mp4", headers=headers)
    assert mavi_client.embed_video(by_plugin) == mavi_client.embed_video(by_prefer)
    unicode_label = mavi_mock.upload(_random(91, 30_000), label="chats d'intérieur")
    assert len(mavi_client.embed_video(unicode_label)) == DIMENSION
