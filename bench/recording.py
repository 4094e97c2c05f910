"""`make bench-recording` (and the end of `make bench`): what recording costs, against issue 22's
targets. Three measurements, each against a peer in the same run, in interleaved rounds (A B, A B,
...), medians reported:

1. The proxy's added latency. A conforming stand-in provider (``kit_testing.standin.StandIn(
   CONFORMING)``'s app) answers the seed embedding request (1408 floats, about 17 KB), in a process
   of its own so that the load generator does not share its GIL: under granian (one worker), since
   werkzeug's server, which ``StandIn`` uses in the tests, closes every connection after its answer.
   Sequential requests over one keep-alive connection (``http.client``), direct to the stand-in and
   through ``mavi-mock proxy --upstream ... --record DIR`` (the real command) by turns; each
   round's p50 and p99, their medians, and the difference.
2. Replay vs the shortcut. The mock as ``make mock`` runs it (granian, 2 workers) answering the
   seed request from its shortcut, and ``mavi-mock --replay DIR`` serving the recording of that
   request made in 1 (its first exchange, alone in DIR); the replayed body is checked byte for byte
   against the recorded one and the stand-in's before any load. wrk with ``seed_request.lua``.
3. Memory while recording. A fresh ``mavi-mock proxy --record`` is sent 10,000 exchanges (the
   embedding of 50 assets by turns, and every fourth a metadata request for a new asset id) over 4
   keep-alive connections; its worker's RSS and the HAR's size after each 1,000.

The results are a section of BENCHMARKS.md between ``report.RECORDING_BEGIN`` and
``report.RECORDING_END``: this run replaces that section (or appends it), and
``report.write_report`` (``make bench``'s) reads it back and keeps it.
"""

from __future__ import annotations

import argparse
import http.client
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from bench.measure import (
    SEED_BODY,
    WORKERS,
    Load,
    Server,
    granian_command,
    seed_request,
    worker_rss_mb,
    wrk,
)
from bench.report import RECORDING_BEGIN, RECORDING_END, recording_section
from kit_testing import BASE_PATH, KEY, ROOT

if TYPE_CHECKING:
    from _typeshed.wsgi import WSGIApplication

PATH = f"{BASE_PATH}/embeddings/video"
HEADERS = {"Authorization": KEY, "Content-Type": "application/json"}
LATENCY_TARGET_MS = 2.0
REPLAY_TARGET = 1.0
GROWTH_TARGET_MIB = 8.0
CHECKPOINT = 1000
CONNECTIONS = 4  # step 3's keep-alive connections
ASSETS = 50  # step 3's embedded assets (the stand-in caches 64 bodies)


def standin_app() -> WSGIApplication:
    """granian's target (``--factory``): the conforming stand-in's WSGI app."""
    from kit_testing.standin import CONFORMING, StandIn

    return StandIn(CONFORMING).app


def standin_server() -> Server:
    command = [*granian_command("bench.recording:standin_app"), "--factory"]
    command[command.index("--workers") + 1] = "1"
    return Server("stand-in", command, PATH)


def proxy_server(upstream: Server, record: Path) -> Server:
    origin = upstream.url.removesuffix(PATH)
    command = [sys.executable, "-m", "mock_server", "proxy", "--upstream", origin + BASE_PATH,
               "--record", str(record), "--port", "{port}"]  # fmt: skip
    return Server("proxy", command, PATH)


def mock_server(name: str, data_dir: Path, *extra: str) -> Server:
    command = [sys.executable, "-m", "mock_server", "--log-level", "warning", *extra]
    env = {"MOCK_DATA_DIR": str(data_dir), "MOCK_WORKERS": str(WORKERS)}
    return Server(name, command, PATH, env)


def connect(server: Server) -> http.client.HTTPConnection:
    return http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)


def exchange(connection: http.client.HTTPConnection, method: str, path: str, body: str) -> bytes:
    connection.request(method, path, body or None, HEADERS)
    response = connection.getresponse()
    data = response.read()
    if response.status != 200 or response.will_close:
        raise RuntimeError(f"{method} {path}: {response.status}, will close: {response.will_close}")
    return data


@dataclass
class Latency:
    p50_ms: list[float] = field(default_factory=list)
    p99_ms: list[float] = field(default_factory=list)


def timed(connection: http.client.HTTPConnection, count: int) -> Latency:
    """``count`` seed requests in sequence: this round's p50 and p99, in ms."""
    times = []
    for _ in range(count):
        start = time.perf_counter()
        exchange(connection, "POST", PATH, SEED_BODY)
        times.append((time.perf_counter() - start) * 1000)
    cuts = statistics.quantiles(times, n=100)
    return Latency([statistics.median(times)], [cuts[98]])


def added_latency(standin: Server, proxy: Server, rounds: int, count: int) -> dict[str, Latency]:
    peers = {"direct": standin, "through the proxy": proxy}
    connections = {name: connect(server) for name, server in peers.items()}
    results = {name: Latency() for name in peers}
    for connection in connections.values():  # warm-up
        timed(connection, count // 4)
    for round_no in range(rounds):
        for name, connection in connections.items():
            seen = timed(connection, count)
            results[name].p50_ms += seen.p50_ms
            results[name].p99_ms += seen.p99_ms
            print(f"latency round {round_no + 1} {name:18s} p50 {seen.p50_ms[0]:6.3f} ms"
                  f"  p99 {seen.p99_ms[0]:6.3f} ms", flush=True)  # fmt: skip
    for connection in connections.values():
        connection.close()
    return results


def first_embedding(recording: Path, into: Path) -> bytes:
    """Copy the first recorded seed exchange alone into ``into``; its recorded answer's body."""
    from mock_server.har import HAR_NAME, HarWriter, iter_entries

    for entry in iter_entries(recording / HAR_NAME):
        if entry.get("_apiPath") == "/embeddings/video" and entry["response"]["status"] == 200:
            writer = HarWriter(into / HAR_NAME)
            writer.write(entry)
            writer.close()
            content = entry["response"]["content"]
            assert "encoding" not in content, content.get("encoding")
            text: str = content["text"]
            return text.encode()
    raise RuntimeError(f"no embedding exchange in {recording}")


def replay_against_shortcut(
    shortcut: Server, replay: Server, rounds: int, seconds: int, connections: int
) -> dict[str, list[Load]]:
    results: dict[str, list[Load]] = {shortcut.name: [], replay.name: []}
    for server in (shortcut, replay):
        wrk(server.url, 2, connections)
    for round_no in range(rounds):
        for server in (shortcut, replay):
            load = wrk(server.url, seconds, connections)
            results[server.name].append(load)
            print(f"replay round {round_no + 1} {server.name:18s} {load.rps:9.0f} req/s"
                  f"  p50 {load.p50_ms:6.2f} ms  errors {load.errors}", flush=True)  # fmt: skip
    return results


@dataclass
class Growth:
    exchanges: list[int] = field(default_factory=list)
    rss_mib: list[float] = field(default_factory=list)
    har_mb: list[float] = field(default_factory=list)
    seconds: float = 0.0


def requests_for(index: int) -> tuple[str, str, str]:
    if index % 4 == 3:
        return "GET", f"{BASE_PATH}/re_{800000000000 + index}/metadata", ""
    asset = f"re_{900000000000 + index % ASSETS}"
    return "POST", PATH, f'{{"asset_id": "{asset}", "model": "multimodalembedding@001"}}'


def memory_while_recording(proxy: Server, har: Path, total: int) -> Growth:
    assert proxy.proc is not None
    connections = [connect(proxy) for _ in range(CONNECTIONS)]
    growth = Growth()
    sent = 0
    start = time.perf_counter()

    def send(lane: int, first: int, last: int) -> None:
        for index in range(first + lane, last, CONNECTIONS):
            exchange(connections[lane], *requests_for(index))

    with ThreadPoolExecutor(CONNECTIONS) as pool:
        while sent < total:
            upto = min(sent + CHECKPOINT, total)
            list(pool.map(lambda lane: send(lane, sent, upto), range(CONNECTIONS)))  # noqa: B023
            sent = upto
            growth.exchanges.append(sent)
            growth.rss_mib.append(worker_rss_mb(proxy.proc.pid))
            growth.har_mb.append(har.stat().st_size / 1e6)
            print(f"recorded {sent:6d}: worker RSS {growth.rss_mib[-1]:6.1f} MiB,"
                  f" HAR {growth.har_mb[-1]:7.1f} MB", flush=True)  # fmt: skip
    growth.seconds = time.perf_counter() - start
    for connection in connections:
        connection.close()
    return growth


def stopping(servers: list[Server]) -> Callable[[], None]:
    def stop() -> None:
        for server in servers:
            server.stop()

    return stop


def section(
    latency: dict[str, Latency],
    replay: dict[str, list[Load]],
    growth: Growth,
    body: bytes,
    args: argparse.Namespace,
) -> str:
    med = {name: (statistics.median(v.p50_ms), statistics.median(v.p99_ms))
           for name, v in latency.items()}  # fmt: skip
    direct, proxied = med["direct"], med["through the proxy"]
    added = proxied[0] - direct[0]
    shortcut_name, replay_name = list(replay)
    rps = {name: statistics.median(load.rps for load in loads) for name, loads in replay.items()}
    ratio = rps[replay_name] / rps[shortcut_name]
    first, last = growth.rss_mib[0], growth.rss_mib[-1]
    grown = last - first

    def met(ok: bool) -> str:
        return "yes" if ok else "no"

    lines = [
        RECORDING_BEGIN,
        "## Recording, proxy and replay",
        "",
        f"Made by `make bench-recording` (`bench/recording.py`) on {time.strftime('%Y-%m-%d %H:%M')},"
        f" same machine. The stand-in provider is `kit_testing.standin.StandIn(CONFORMING)`'s app in a"
        f" process of its own (granian, 1 worker), answering the seed embedding request with 1408"
        f" floats ({len(body):,} bytes). The proxy is `mavi-mock proxy --upstream ... --record DIR`"
        f" (granian, 1 worker: checks every exchange in each dialect and writes it to the HAR before"
        f" answering).",
        "",
        "| target | measured | wanted | met |",
        "|---|---:|---:|---|",
        f"| the proxy's added latency at p50 (the 17 KB embedding, sequential requests over one"
        f" keep-alive connection; direct {direct[0]:.3f} ms, through the proxy {proxied[0]:.3f} ms)"
        f" | {added:.3f} ms | ≤ {LATENCY_TARGET_MS:g} ms | {met(added <= LATENCY_TARGET_MS)} |",
        f"| replay / the mock's shortcut, requests/s (wrk, {args.connections} connections;"
        f" {rps[replay_name]:,.0f} vs {rps[shortcut_name]:,.0f}) | {ratio:.2f} |"
        f" ≥ {REPLAY_TARGET:.1f} | {met(ratio >= REPLAY_TARGET)} |",
        f"| the proxy worker's RSS growth recording {growth.exchanges[-1]:,} exchanges (after"
        f" {growth.exchanges[0]:,}: {first:.1f} MiB, HAR {growth.har_mb[0]:.1f} MB; after"
        f" {growth.exchanges[-1]:,}: {last:.1f} MiB, HAR {growth.har_mb[-1]:.1f} MB) |"
        f" {grown:+.1f} MiB | < {GROWTH_TARGET_MIB:g} MiB | {met(grown < GROWTH_TARGET_MIB)} |",
        "",
        f"1. Latency: {args.rounds} rounds, each {args.requests} requests direct then"
        f" {args.requests} through the proxy, after {args.requests // 4} of each as a warm-up;"
        f" medians of the rounds' p50 (p99: direct {direct[1]:.3f} ms, through the proxy"
        f" {proxied[1]:.3f} ms).",
        f"2. Replay: the mock as `make mock` runs it (granian, {WORKERS} workers) answering the seed"
        " request from its shortcut, and `mavi-mock --replay DIR` with DIR holding the first"
        " exchange recorded in 1, alone (its answer checked byte for byte against the recorded"
        f" one first). wrk, 2 threads, {args.connections} connections, {args.seconds} s per run,"
        f" {args.rounds} rounds in turn after a 2 s warm-up each.",
        f"3. Memory: a fresh proxy recording {growth.exchanges[-1]:,} exchanges (three embeddings"
        f" of {ASSETS} assets by turns, then a metadata request for a new asset id) over"
        f" {CONNECTIONS} keep-alive connections, in {growth.seconds:.0f} s"
        f" ({growth.exchanges[-1] / growth.seconds:,.0f} exchanges/s).",
        "",
        "| round | "
        + " | ".join([*(f"{n} p50 ms" for n in latency), *(f"{n} req/s" for n in replay)])
        + " |",
        "|---|" + "---:|" * (len(latency) + len(replay)),
        *[
            f"| {i + 1} | "
            + " | ".join(
                [
                    *(f"{latency[n].p50_ms[i]:.3f}" for n in latency),
                    *(f"{replay[n][i].rps:,.0f}" for n in replay),
                ]
            )
            + " |"
            for i in range(args.rounds)
        ],
        "",
        "| exchanges recorded | " + " | ".join(f"{n:,}" for n in growth.exchanges) + " |",
        "|---|" + "---:|" * len(growth.exchanges),
        "| proxy worker RSS, MiB | " + " | ".join(f"{v:.1f}" for v in growth.rss_mib) + " |",
        "| HAR size, MB | " + " | ".join(f"{v:.1f}" for v in growth.har_mb) + " |",
        RECORDING_END,
    ]
    return "\n".join(lines) + "\n"


def write_section(text: str) -> None:
    path = ROOT / "BENCHMARKS.md"
    current = path.read_text() if path.exists() else "# Benchmarks\n"
    old = recording_section(current)
    current = current.replace(old, text) if old else current.rstrip("\n") + "\n\n" + text
    path.write_text(current)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=1000, help="per peer per latency round")
    parser.add_argument("--seconds", type=int, default=5, help="per wrk run")
    parser.add_argument("--connections", type=int, default=16, help="wrk's")
    parser.add_argument("--exchanges", type=int, default=10_000, help="recorded for memory")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (make bench installs it with apt-get)")
    scratch = Path(tempfile.mkdtemp(prefix="mavi-bench-recording-"))
    began = time.monotonic()
    standin = standin_server()
    servers: list[Server] = [standin]
    stop = stopping(servers)
    try:
        standin.start()
        direct_body = seed_request(standin.url).content
        proxy = proxy_server(standin, scratch / "latency")
        servers.append(proxy)
        proxy.start()
        latency = added_latency(standin, proxy, args.rounds, args.requests)
        proxy.stop()

        recorded = scratch / "replay-recording"
        body = first_embedding(scratch / "latency", recorded)
        shortcut = mock_server("mock (shortcut)", scratch / "mock")
        replay = mock_server("mock --replay", scratch / "replay", "--replay", str(recorded))
        servers += [shortcut, replay]
        shortcut.start()
        replay.start()
        replayed = seed_request(replay.url).content
        own = seed_request(shortcut.url).content
        if not (replayed == body == direct_body) or own == body:
            raise RuntimeError(
                f"replay answered {len(replayed)} bytes, recorded {len(body)}, stand-in"
                f" {len(direct_body)}; equal: {replayed == body}, {body == direct_body};"
                f" the shortcut's own answer equals the recording: {own == body}"
            )
        loads = replay_against_shortcut(shortcut, replay, args.rounds, args.seconds,
                                        args.connections)  # fmt: skip
        shortcut.stop()
        replay.stop()

        recorder = proxy_server(standin, scratch / "memory")
        servers.append(recorder)
        recorder.start()
        growth = memory_while_recording(recorder, scratch / "memory" / "recording.har",
                                        args.exchanges)  # fmt: skip
    finally:
        stop()
        shutil.rmtree(scratch, ignore_errors=True)
    text = section(latency, loads, growth, body, args)
    write_section(text)
    print(text)
    print(f"bench.recording: {time.monotonic() - began:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
