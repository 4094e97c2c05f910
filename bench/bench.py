"""`make bench`: the mock against Prism (static and dynamic), Flask's one-route floor and fixed
bytes on the chosen server (granian), fixed bytes on gunicorn (the server before), and the mock on
gunicorn, for the choice of server.

Every server runs on loopback; wrk loads each in turn (A B C ..., A B C ...) for several rounds,
and the medians are compared within this one run. Then the hard-client probes (bench/probes.py)
run against the mock on both servers. Writes BENCHMARKS.md and bench/chart.png.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from bench.measure import (
    BENCH,
    PRISM,
    WORKERS,
    HardClients,
    Load,
    Server,
    cold_path,
    granian_command,
    gunicorn_command,
    hard_clients,
    micro_benchmarks,
    profile,
    seed_request,
    served_config,
    worker_rss_mb,
    wrk,
)
from bench.report import chart, write_report
from kit_testing import ROOT


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


if __name__ == "__main__":
    sys.exit(main())
