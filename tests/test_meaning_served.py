"""Vectors with meaning as users run the mock: over real HTTP (granian, workers, a restart), from
the README's example as pasted, and through the pytest plugin."""

from __future__ import annotations

import io
from pathlib import Path

import httpx
import numpy as np
import pytest

from mavi_client import MaviClient
from mock_server.chunking import sketch
from mock_server.testing import MockHandle
from mock_server.vectors import content_vector
from tests.support import KEY, MODEL, ROOT, fresh_connections, running_mock
from tests.support.meaning import DIMENSION
from tests.support.vectors import cosine, random_bytes


def test_the_plugin_uploads_with_labels_and_declares(
    mavi_mock: MockHandle, mavi_client: MaviClient
) -> None:
    re_a = mavi_mock.upload(random_bytes(40, 80_000), label="cats")
    re_b = mavi_mock.upload(random_bytes(41, 80_000), label="cats")
    re_c = mavi_mock.upload(random_bytes(42, 80_000), similar_to=re_a, cosine=0.42)
    a, b, c = (np.array(mavi_client.embed_video(x), dtype=np.float32) for x in (re_a, re_b, re_c))
    assert abs(cosine(a, b) - 0.8) < 0.03
    assert abs(cosine(a, c) - 0.42) <= 1e-6
    values = [1.0] + [0.0] * (DIMENSION - 1)
    assert mavi_mock.declare_vector(re_c, vector=values) == values
    assert mavi_client.embed_video(re_c) == values
    with pytest.raises(ValueError, match="cosine must be between -1 and 1"):
        mavi_mock.declare_vector(re_c, similar_to=re_a, cosine=3)


@pytest.mark.slow
def test_the_client_sees_the_vector_the_recipe_gives_and_a_restart_keeps_it(
    tmp_path: Path,
) -> None:
    data = random_bytes(50, 400_000)
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
            asset = client.upload(io.BytesIO(random_bytes(60, 30_000)), filename="a.mp4")
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


def test_quoted_labels_and_the_plugin_agree_with_prefer(
    mavi_mock: MockHandle, mavi_client: MaviClient
) -> None:
    data = random_bytes(90, 30_000)
    by_plugin = mavi_mock.upload(data, label="cats; indoor")
    headers = {"Prefer": 'label="cats; indoor"'}
    by_prefer = mavi_client.upload(io.BytesIO(data), filename="c.mp4", headers=headers)
    assert mavi_client.embed_video(by_plugin) == mavi_client.embed_video(by_prefer)
    unicode_label = mavi_mock.upload(random_bytes(91, 30_000), label="chats d'intérieur")
    assert len(mavi_client.embed_video(unicode_label)) == DIMENSION
