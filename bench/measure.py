"""What `make bench` measures: the servers it starts (the mock, Prism, Flask's floor, fixed bytes;
granian and gunicorn), wrk's loads, a worker's memory, the cold path, the micro-benchmarks, the
profile and the hard-client probes."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import timeit
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from kit_testing import KEY, ROOT, free_port

BENCH = ROOT / "bench"
SEED_BODY = '{"asset_id": "re_657745568997527552", "model": "multimodalembedding@001"}'
PRISM = BENCH / "node_modules" / ".bin" / "prism"
WORKERS = 2
THREADS = 4  # gunicorn gthread's threads per worker, as the mock had them before granian


@dataclass
class Server:
    name: str
    command: list[str]
    url_path: str  # the seed request's path on this server
    env: dict[str, str] = field(default_factory=dict)
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.url_path}"

    def start(self) -> None:
        command = [part.replace("{port}", str(self.port)) for part in self.command]
        self.proc = subprocess.Popen(
            command,
            cwd=ROOT,
            env={**os.environ, **self.env, "PORT": str(self.port)},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                response = seed_request(self.url)
                if response.status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"{self.name} did not answer the seed request with 200")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)


def seed_request(url: str) -> httpx.Response:
    return httpx.post(
        url,
        content=SEED_BODY,
        headers={"Authorization": KEY, "Content-Type": "application/json"},
        timeout=10,
    )


@dataclass
class Load:
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int


def parse_ms(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s)", text)
    assert match, text
    value, unit = float(match.group(1)), match.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value


def wrk(url: str, seconds: int, connections: int) -> Load:
    script = BENCH / "seed_request.lua"
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", str(script), url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p50 = parse_ms(re.search(r"\s50%\s+(\S+)", out).group(1))  # type: ignore[union-attr]
    p99 = parse_ms(re.search(r"\s99%\s+(\S+)", out).group(1))  # type: ignore[union-attr]
    errors = 0
    if match := re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out):
        errors += int(match.group(1))
    if match := re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out
    ):
        errors += sum(int(g) for g in match.groups())
    return Load(rps, p50, p99, errors)


def worker_rss_mb(master_pid: int) -> float:
    """The largest RSS among the master's worker processes, in MB."""
    from bench.probes import processes

    parents, rss = processes()
    sizes = [rss[pid] / 1024 for pid, parent in parents.items() if parent == master_pid]
    return max(sizes) if sizes else float("nan")


def cold_path(base_url: str, count: int) -> float:
    """Upload a new file and embed it, `count` times in sequence; pairs per second."""
    with httpx.Client(base_url=base_url, headers={"Authorization": KEY}) as http:
        start = time.perf_counter()
        for i in range(count):
            files = {
                "file": (f"v{i}.mp4", f"bench video {i} {time.time_ns()}".encode(), "video/mp4")
            }
            asset = http.post("/upload", files=files).json()["data"]["asset_id"]
            response = http.post(
                "/embeddings/video", json={"asset_id": asset, "model": "multimodalembedding@001"}
            )
            assert response.status_code == 200
        return count / (time.perf_counter() - start)


def micro_benchmarks(body: bytes) -> dict[str, float]:
    from mavi_client._envelope import interpret
    from mavi_client._operations import embed_call
    from mock_server.vectors import embedding

    number = 2000
    derive = min(
        timeit.repeat(
            lambda: embedding("multimodalembedding@001", 1408, "k"), number=number, repeat=5
        )
    )
    call = embed_call("re_657745568997527552", "multimodalembedding@001", 1408)
    response = httpx.Response(200, content=body)
    parse = min(timeit.repeat(lambda: interpret(response, call.parse), number=500, repeat=5))
    return {"vector_us": derive / number * 1e6, "client_parse_us": parse / 500 * 1e6}


def profile(data_dir: Path) -> str:
    """pyinstrument over 2,000 seed requests in-process: where a request's time goes."""
    from pyinstrument import Profiler

    from mock_server import MockConfig, create_app

    app = create_app(MockConfig(data_dir=data_dir))
    client = app.test_client()
    headers = {"Authorization": KEY, "Content-Type": "application/json"}
    for _ in range(200):
        client.post("/serve/api/v2/embeddings/video", data=SEED_BODY, headers=headers)
    profiler = Profiler(interval=0.001)
    profiler.start()
    for _ in range(2000):
        client.post("/serve/api/v2/embeddings/video", data=SEED_BODY, headers=headers)
    profiler.stop()
    text = profiler.output_text(unicode=False, color=False)
    (BENCH / "profile.txt").write_text(text)
    return text


def granian_command(target: str) -> list[str]:
    return [
        str(Path(sys.executable).parent / "granian"),
        "--interface", "wsgi", "--workers", str(WORKERS), "--host", "127.0.0.1",
        "--port", "{port}", "--log-level", "warning", "--no-ws", target,
    ]  # fmt: skip


def gunicorn_command(target: str) -> list[str]:
    return [
        str(Path(sys.executable).parent / "gunicorn"), target,
        "-b", "127.0.0.1:{port}", "-k", "gthread", "-w", str(WORKERS), "--threads", str(THREADS),
        "--keep-alive", "5", "--reuse-port", "--log-level", "warning", "--no-control-socket",
    ]  # fmt: skip


def served_config(data_dir: Path) -> str:
    """The mock's configuration for a server that imports mock_server.serve's target."""
    from mock_server.config import MockConfig
    from mock_server.serve import config_to_json

    return config_to_json(MockConfig(data_dir=data_dir, workers=WORKERS))


@dataclass
class HardClients:
    answered: int
    probes: int
    worst_s: float
    upload_mib: float
    latencies_ms: list[float]


def hard_clients(server: Server) -> HardClients:
    from bench.probes import MIB, slow_clients, upload_memory

    assert server.proc is not None
    slow = slow_clients("127.0.0.1", server.port, probes=20, timeout=1.0)
    base = server.url.rsplit("/embeddings", 1)[0]
    grown, status = upload_memory(base, server.proc.pid, 256 * MIB)
    assert status == 200, status
    shown = [round(t * 1000, 1) for t in slow.latencies]
    return HardClients(slow.answered, len(slow.latencies), slow.worst, grown, shown)
