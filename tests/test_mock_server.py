"""The mock as `make mock` runs it (granian, 2 workers), over real HTTP on loopback."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path

import httpx
import numpy as np
import pytest

from generated_client import AuthenticatedClient
from generated_client.api.embeddings import create_video_embedding
from generated_client.models import EmbeddingModel, VideoEmbeddingEnvelope, VideoEmbeddingRequest
from mavi_client import MaviClient, RetryPolicy, TransportError
from mock_server import embedding
from mock_server.__main__ import config_from_args
from mock_server.serve import granian_options
from tests.support import (
    KEY,
    MODEL,
    ROOT,
    SEED_ASSET,
    MockProcess,
    ResponseContract,
    ValidatingTransport,
    file_vector,
    free_port,
    fresh_connections,
    running_mock,
)

pytestmark = pytest.mark.slow
CONTRACT = ResponseContract()


@pytest.fixture(scope="module")
def mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockProcess]:
    with running_mock(tmp_path_factory.mktemp("server")) as process:
        yield process


def validating_client(mock: MockProcess, **kw: object) -> MaviClient:
    transport = ValidatingTransport(httpx.HTTPTransport(), CONTRACT)
    return MaviClient(KEY, base_url=mock.base_url, transport=transport, **kw)  # type: ignore[arg-type]


def test_the_seed_curl_request_verbatim(mock: MockProcess) -> None:
    # The seed's curl command and its JavaScript fetch snippet, with only the host changed.
    response = httpx.post(
        mock.base_url + "/embeddings/video",
        headers={"Authorization": KEY, "Content-Type": "application/json"},
        content='\n{\n  "asset_id": "re_657745568997527552",\n  "model": "multimodalembedding@001"\n}\n',
    )
    CONTRACT.check(response.request, response)
    body = response.json()
    assert response.status_code == 200
    assert (body["code"], body["msg"], body["success"], body["failed"]) == (
        "0000",
        "success",
        True,
        False,
    )
    vector = np.array(body["data"]["embedding"], dtype=np.float32)
    assert vector.shape == (1408,) and abs(float(np.linalg.norm(vector)) - 1) < 1e-6
    fetch = httpx.post(
        mock.base_url + "/embeddings/video",
        headers={"Content-Type": "application/json", "Authorization": KEY},
        content=json.dumps({"asset_id": SEED_ASSET, "model": MODEL}),
    )
    assert fetch.json() == body


def test_generated_client_over_http(mock: MockProcess) -> None:
    generated = AuthenticatedClient(base_url=mock.base_url, token=KEY, prefix="")
    result = create_video_embedding.sync(
        client=generated,
        body=VideoEmbeddingRequest(asset_id=SEED_ASSET, model=EmbeddingModel(MODEL)),
    )
    assert isinstance(result, VideoEmbeddingEnvelope)
    assert np.array_equal(np.float32(result.data.embedding), embedding(MODEL, 1408, SEED_ASSET))


def test_full_flow_and_every_operation(mock: MockProcess, tmp_path: Path) -> None:
    video = tmp_path / "clip.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypisom" + bytes(1000))
    with validating_client(mock) as client:
        asset = client.upload(video)
        record = client.wait_until_ready(asset, poll_interval=0.05, timeout=5)
        assert record.original_filename == "clip.mp4"
        again = client.upload(io.BytesIO(video.read_bytes()), filename="again.mp4")
        assert client.embed_video(asset) == client.embed_video(again)


def test_concurrent_uploads_across_workers_never_fail(mock: MockProcess) -> None:
    http = httpx.Client(base_url=mock.base_url, headers={"Authorization": KEY}, timeout=30)

    def upload(i: int) -> int:
        files = {"file": (f"v{i}.mp4", f"video {i}".encode(), "video/mp4")}
        return http.post("/upload", files=files).status_code

    with http, ThreadPoolExecutor(max_workers=16) as pool:
        statuses = list(pool.map(upload, range(200)))
    assert statuses == [200] * 200  # no "database is locked", no 500


@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        ("reset", (httpx.ReadError, httpx.RemoteProtocolError)),
        ("empty", (httpx.RemoteProtocolError,)),
        ("truncate", (httpx.RemoteProtocolError,)),
    ],
)
def test_transport_faults_over_real_sockets(
    tmp_path: Path, fault: str, expected: tuple[type[Exception], ...]
) -> None:
    with running_mock(tmp_path, MOCK_TRANSPORT_FAULT=fault, MOCK_WORKERS="1") as mock:
        with pytest.raises(expected):
            httpx.post(
                mock.base_url + "/embeddings/video",
                json={"asset_id": SEED_ASSET, "model": MODEL},
                headers={"Authorization": KEY},
            )
        with (
            MaviClient(KEY, base_url=mock.base_url, max_retries=0) as client,
            pytest.raises(TransportError),
        ):
            client.embed_video(SEED_ASSET)
        # The mock itself is unharmed: the admin side still answers.
        assert httpx.get(mock.url + "/__mock/health").status_code == 200
    assert "Traceback" not in mock.log_text()


def test_assets_and_vectors_survive_a_restart(tmp_path: Path) -> None:
    with running_mock(tmp_path) as mock, MaviClient(KEY, base_url=mock.base_url) as client:
        asset = client.upload(io.BytesIO(b"persistent video"), filename="p.mp4")
        before = client.embed_video(asset)
        seed_before = client.embed_video(SEED_ASSET)
    with running_mock(tmp_path) as mock, MaviClient(KEY, base_url=mock.base_url) as client:
        assert client.get_asset(asset).upload_status.value == "SUCCESS"
        assert client.embed_video(asset) == before
        assert client.embed_video(SEED_ASSET) == seed_before


def test_kill_9_during_uploads_loses_no_acknowledged_upload(tmp_path: Path) -> None:
    acknowledged: list[str] = []
    stop = threading.Event()
    mock = MockProcess(tmp_path).start()

    def uploader(worker: int) -> None:
        with httpx.Client(base_url=mock.base_url, headers={"Authorization": KEY}) as http:
            i = 0
            while not stop.is_set():
                i += 1
                files = {"file": (f"{worker}-{i}.mp4", f"{worker}/{i}".encode(), "video/mp4")}
                try:
                    response = http.post("/upload", files=files)
                except httpx.TransportError:
                    return  # the server died under us: this one was never acknowledged
                if response.status_code == 200:
                    acknowledged.append(response.json()["data"]["asset_id"])

    threads = [threading.Thread(target=uploader, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 10
    while len(acknowledged) < 100 and time.monotonic() < deadline:
        time.sleep(0.01)
    mock.kill()  # SIGKILL master and workers mid-stream
    stop.set()
    for thread in threads:
        thread.join()
    assert len(acknowledged) >= 100

    with sqlite3.connect(tmp_path / "assets.sqlite") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with running_mock(tmp_path) as again, MaviClient(KEY, base_url=again.base_url) as client:
        missing = [a for a in acknowledged if client.get_asset(a).upload_status.value != "SUCCESS"]
    assert missing == []


def test_sigterm_lets_in_flight_requests_finish(tmp_path: Path) -> None:
    mock = MockProcess(tmp_path).start()
    result: dict[str, object] = {}

    def slow_request() -> None:
        response = httpx.post(
            mock.base_url + "/embeddings/video",
            json={"asset_id": SEED_ASSET, "model": MODEL},
            headers={"Authorization": KEY, "Prefer": "delay=1000"},
            timeout=10,
        )
        result["status"] = response.status_code

    thread = threading.Thread(target=slow_request)
    thread.start()
    time.sleep(0.4)  # the request is now inside the worker, sleeping
    assert mock.stop() == 0
    thread.join()
    assert result == {"status": 200}


def test_journal_counts_requests_from_every_worker(tmp_path: Path) -> None:
    with running_mock(tmp_path, MOCK_WORKERS="2") as mock:
        url = mock.base_url + f"/{SEED_ASSET}/metadata"
        # A new connection per request: one keep-alive connection stays with one worker.
        http = fresh_connections(headers={"Authorization": KEY}, timeout=10)

        def ask(_: int) -> int:
            return http.get(url).status_code

        with http, ThreadPoolExecutor(8) as pool:
            statuses = list(pool.map(ask, range(200)))
        assert statuses == [200] * 200
        journal = httpx.get(mock.url + "/__mock/journal").json()["data"]["requests"]
        # Each worker writes its own file (journal/journal-<pid>.sqlite); the journal merges them.
        per_worker: dict[str, int] = {}
        for path in sorted((tmp_path / "journal").glob("journal-*.sqlite")):
            with closing(sqlite3.connect(path)) as db:
                per_worker[path.name] = db.execute("SELECT COUNT(*) FROM journal").fetchone()[0]
        assert len([n for n in per_worker.values() if n]) == 2, per_worker
        assert sum(per_worker.values()) == len(journal) == 200, per_worker
        assert all(e["headers"]["Authorization"] == "sk-***b4f7" for e in journal)
        assert KEY not in mock.log_text()


def test_rate_limit_and_retrying_client_over_http(tmp_path: Path) -> None:
    with running_mock(tmp_path, MOCK_RATE_LIMIT="2/s") as mock:
        sleeps: list[float] = []

        def sleep(seconds: float) -> None:
            sleeps.append(seconds)
            time.sleep(0.5)

        with MaviClient(
            KEY, base_url=mock.base_url, retry=RetryPolicy(max_retries=6), sleep=sleep
        ) as client:
            for _ in range(3):
                assert len(client.embed_video(SEED_ASSET)) == 1408
        assert sleeps and min(sleeps) >= 1.0  # Retry-After honoured
        statuses = [
            e["status"] for e in httpx.get(mock.url + "/__mock/journal").json()["data"]["requests"]
        ]
        assert statuses.count(200) == 3 and statuses.count(429) == len(sleeps)


def test_the_readme_client_example_works_when_pasted(
    mock: MockProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    readme = (ROOT / "README.md").read_text()
    snippet = readme.split("```python\n", 1)[1].split("```", 1)[0]
    assert "http://127.0.0.1:8000/serve/api/v2" in snippet
    monkeypatch.chdir(tmp_path)  # it writes clip.mp4 in the working directory
    printed: list[str] = []
    namespace = {"print": lambda *args: printed.append(" ".join(map(str, args)))}
    exec(
        compile(snippet.replace("http://127.0.0.1:8000", mock.url), "README.md", "exec"), namespace
    )
    assert printed[0] == "1408"
    same = np.float32(namespace["same"])  # type: ignore[arg-type]
    assert np.array_equal(same, file_vector((tmp_path / "clip.mp4").read_bytes()))


def test_connections_are_spread_over_the_workers(mock: MockProcess) -> None:
    # Each worker listens on its own SO_REUSEPORT socket, so a burst of connections reaches both
    # (all 24 on one worker has odds of 2**-23) and none waits on the other's idle share.
    ids = [f"spread-{i}-{time.time_ns()}" for i in range(24)]
    clients = [httpx.Client(base_url=mock.base_url, headers={"Authorization": KEY}) for _ in ids]
    with ThreadPoolExecutor(max_workers=len(ids)) as pool:
        statuses = list(
            pool.map(
                lambda pair: (
                    pair[0]
                    .get(f"/{SEED_ASSET}/metadata", headers={"X-Request-Id": pair[1]})
                    .status_code
                ),
                zip(clients, ids, strict=True),
            )
        )
    for client in clients:
        client.close()
    assert statuses == [200] * len(ids)
    per_worker = []
    for path in sorted((mock.data_dir / "journal").glob("journal-*.sqlite")):
        with closing(sqlite3.connect(path)) as db:
            found = db.execute(
                f"SELECT count(*) FROM journal WHERE request_id IN ({','.join('?' * len(ids))})",
                ids,
            ).fetchone()[0]
        per_worker.append(found)
    assert sum(per_worker) == len(ids)
    assert sum(1 for n in per_worker if n) >= 2, per_worker  # at least two workers took some


def test_a_second_mock_on_a_taken_port_is_refused(mock: MockProcess) -> None:
    env = {**os.environ, "PORT": str(mock.port), "MOCK_DATA_DIR": str(mock.data_dir / "second")}
    second = subprocess.run(
        [sys.executable, "-m", "mock_server"],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert second.returncode == 2
    assert f"cannot listen on 127.0.0.1:{mock.port}" in second.stderr
    assert httpx.get(mock.url + "/__mock/health").status_code == 200


def test_granian_runs_the_configured_workers_and_threads() -> None:
    config, _ = config_from_args(["--port", "8123", "--workers", "3", "--threads", "7"])
    options = granian_options(config)
    assert (options["workers"], options["blocking_threads"], options["port"]) == (3, 7, 8123)
    # Without --threads: granian's own default for 3 workers (1024 // 3 // 2), said outright.
    assert granian_options(config.replace(threads=None))["blocking_threads"] == 170


def test_the_readme_ci_step_starts_the_mock_and_waits_for_it(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text()
    step = readme.split("- name: Start the mock\n", 1)[1].split("run: |\n", 1)[1]
    lines = []
    for line in step.splitlines():
        if not line.startswith("          "):
            break
        lines.append(line[10:])
    script = "\n".join(lines).replace("8000", str(port := free_port()))
    assert "mavi-mock --port" in script and "/__mock/health" in script
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    env = {k: v for k, v in env.items() if not k.startswith("MOCK_")}
    done = subprocess.run(
        ["bash", "-e", "-c", script], cwd=tmp_path, env=env, timeout=60, check=False
    )
    try:
        assert done.returncode == 0, (tmp_path / "mavi-mock.log").read_text()
        health = httpx.get(f"http://127.0.0.1:{port}/__mock/health").json()
        assert health["data"]["status"] == "ready"
    finally:
        subprocess.run(["pkill", "-f", f"mavi-mock --port {port}"], check=False)
