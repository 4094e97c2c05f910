"""`make soak`: the mock, as `make mock` runs it (granian), holds under a long mixed load.

Two runs, both on loopback against ``python -m mock_server`` (all workers):

1. **Mixed stream.** ``--requests`` requests (default 20,000) over ``--connections`` (default 32)
   keep-alive connections, one thread each. Every request is drawn from ``MIX`` and knows the
   status it must get. Every request carries its own ``X-Request-Id``, so the request journal can
   be matched to what was sent one for one. Afterwards every acknowledged upload is read back
   (status SUCCESS), then the mock is stopped with SIGTERM, started again on the same data
   directory, and every upload is read back once more.
2. **Rate limit.** The provider's 1 request/second per key, several threads per key, each making
   its calls through ``mavi_client.MaviClient`` with retries. Every call must complete; every 429
   must carry ``Retry-After``; and, judged from the journal's timings, a request got 429 exactly
   when its key had been granted a request less than a second before.

Prints the figures, writes ``reports/soak.json``, and exits 1 if any check fails.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import orjson

from kit_testing import BASE_PATH, KEY, MODEL, SEED_ASSET, MockProcess, running_mock
from mavi_client import MaviClient, MaviError, RetryPolicy

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "reports" / "soak.json"
JSON = {"Authorization": KEY, "Content-Type": "application/json"}
UNKNOWN_ASSET = "re_000000000000000001"


# --- the mix ---------------------------------------------------------------------------------


@dataclass
class Planned:
    """One request of the stream and the status the contract says it gets."""

    kind: str
    method: str
    path: str
    expected: int
    headers: dict[str, str] = field(default_factory=dict)
    content: bytes | None = None
    files: dict[str, tuple[str, bytes, str]] | None = None


def embed_body(asset_id: str, model: str = MODEL) -> bytes:
    return orjson.dumps({"asset_id": asset_id, "model": model})


SEED_BODY = embed_body(SEED_ASSET)


def video_bytes(rng: random.Random) -> bytes:
    # A distinct payload per upload: distinct content keys, so distinct vectors.
    return b"RIFF\x00\x00\x00\x00AVI " + rng.randbytes(rng.randrange(256, 4096))


class Connection:
    """What one connection's requests depend on: its RNG and the uploads it has seen acknowledged."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.uploads: list[str] = []

    def asset(self) -> str:
        return self.rng.choice(self.uploads) if self.uploads else SEED_ASSET


def _embed(t: Connection) -> Planned:
    return Planned("embed", "POST", "/embeddings/video", 200, JSON, SEED_BODY)


def _embed_uploaded(t: Connection) -> Planned:
    return Planned("embed uploaded", "POST", "/embeddings/video", 200, JSON, embed_body(t.asset()))


def _metadata(t: Connection) -> Planned:
    return Planned("metadata", "GET", f"/{t.asset()}/metadata", 200, {"Authorization": KEY})


def _upload(t: Connection) -> Planned:
    name = f"clip-{t.rng.randrange(10**6)}.mp4"
    files = {"file": (name, video_bytes(t.rng), "video/mp4")}
    return Planned("upload", "POST", "/upload", 200, {"Authorization": KEY}, files=files)


def _upload_bad_format(t: Connection) -> Planned:
    files = {"file": ("notes.exe", b"MZ" + t.rng.randbytes(64), "application/octet-stream")}
    return Planned("upload .exe", "POST", "/upload", 415, {"Authorization": KEY}, files=files)


def _bad_model(t: Connection) -> Planned:
    body = embed_body(SEED_ASSET, "multimodalembedding@002")
    return Planned("embed bad model", "POST", "/embeddings/video", 400, JSON, body)


def _unknown_asset(t: Connection) -> Planned:
    body = embed_body(UNKNOWN_ASSET)
    return Planned("embed unknown asset", "POST", "/embeddings/video", 400, JSON, body)


def _malformed_asset(t: Connection) -> Planned:
    body = embed_body("asset-657745568997527552")
    return Planned("embed malformed id", "POST", "/embeddings/video", 400, JSON, body)


def _unknown_metadata(t: Connection) -> Planned:
    return Planned(
        "metadata unknown", "GET", f"/{UNKNOWN_ASSET}/metadata", 400, {"Authorization": KEY}
    )


def _bearer(t: Connection) -> Planned:
    headers = {**JSON, "Authorization": "Bearer " + KEY}
    return Planned("embed Bearer key", "POST", "/embeddings/video", 401, headers, SEED_BODY)


def _no_key(t: Connection) -> Planned:
    headers = {"Content-Type": "application/json"}
    return Planned("embed no key", "POST", "/embeddings/video", 401, headers, SEED_BODY)


def _not_json(t: Connection) -> Planned:
    return Planned("embed broken JSON", "POST", "/embeddings/video", 400, JSON, b'{"asset_id": ')


def _too_large(t: Connection) -> Planned:
    body = b'{"asset_id": "' + b"9" * (70 * 1024) + b'", "model": "x"}'
    return Planned("embed 70 KB body", "POST", "/embeddings/video", 413, JSON, body)


def _wrong_type(t: Connection) -> Planned:
    headers = {**JSON, "Content-Type": "text/plain"}
    return Planned("embed text/plain", "POST", "/embeddings/video", 415, headers, SEED_BODY)


def _wrong_method(t: Connection) -> Planned:
    return Planned("GET embeddings", "GET", "/embeddings/video", 405, {"Authorization": KEY})


def _prefer(code: int) -> Callable[[Connection], Planned]:
    def make(t: Connection) -> Planned:
        headers = {**JSON, "Prefer": f"code={code}"}
        return Planned(f"Prefer code={code}", "POST", "/embeddings/video", code, headers, SEED_BODY)

    return make


# (weight, request maker): the happy paths dominate, as in real traffic.
MIX: tuple[tuple[int, Callable[[Connection], Planned]], ...] = (
    (30, _embed),
    (10, _embed_uploaded),
    (15, _metadata),
    (10, _upload),
    (3, _upload_bad_format),
    (4, _bad_model),
    (4, _unknown_asset),
    (3, _malformed_asset),
    (3, _unknown_metadata),
    (3, _bearer),
    (2, _no_key),
    (2, _not_json),
    (2, _too_large),
    (2, _wrong_type),
    (2, _wrong_method),
    (2, _prefer(402)),
    (2, _prefer(429)),
    (1, _prefer(409)),
)


@dataclass
class Outcome:
    kind: str
    expected: int
    status: int  # 0: the connection failed
    request_id: str
    method: str
    path: str
    seconds: float
    error: str = ""
    asset_id: str = ""  # what an acknowledged upload returned


def run_connection(base_url: str, seed: int, count: int, sink: list[Outcome]) -> None:
    """One keep-alive connection sending ``count`` requests drawn from MIX, in order."""
    connection = Connection(seed)
    makers = [maker for _, maker in MIX]
    weights = [weight for weight, _ in MIX]
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    with httpx.Client(base_url=base_url, timeout=30, limits=limits) as http:
        for n in range(count):
            plan = connection.rng.choices(makers, weights)[0](connection)
            request_id = f"soak-{seed}-{n}"
            started = time.perf_counter()
            try:
                response = http.request(
                    plan.method,
                    plan.path,
                    headers={**plan.headers, "X-Request-Id": request_id},
                    content=plan.content,
                    files=plan.files,
                )
            except httpx.TransportError as exc:
                sink.append(
                    Outcome(
                        plan.kind, plan.expected, 0, request_id, plan.method, "", 0.0, repr(exc)
                    )
                )
                continue
            elapsed = time.perf_counter() - started
            path = BASE_PATH + plan.path
            outcome = Outcome(
                plan.kind,
                plan.expected,
                response.status_code,
                request_id,
                plan.method,
                path,
                elapsed,
            )
            if response.headers.get("X-Request-Id") != request_id:
                outcome.error = "the response does not carry the request's X-Request-Id"
            elif not response.headers.get("Content-Type", "").startswith("application/json"):
                outcome.error = f"non-JSON answer ({response.headers.get('Content-Type')})"
            elif plan.kind == "upload" and response.status_code == 200:
                outcome.asset_id = response.json()["data"]["asset_id"]
                connection.uploads.append(outcome.asset_id)
            sink.append(outcome)


def run_all(threads: list[threading.Thread]) -> float:
    """Start every thread, wait for all of them; the seconds it took."""
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - started


def journal_entries(mock: MockProcess) -> list[dict[str, Any]]:
    """Every entry of the mock's request journal, read page by page through /__mock/journal."""
    entries: list[dict[str, Any]] = []
    since = 0
    while True:
        page = httpx.get(
            mock.url + "/__mock/journal", params={"since": since, "limit": 10_000}, timeout=60
        ).json()["data"]["requests"]
        if not page:
            return entries
        entries.extend(page)
        since = page[-1]["id"]


def read_back(base_url: str, asset_ids: list[str]) -> Counter[str]:
    """Each asset's upload_status as the metadata endpoint reports it ("missing" if not found)."""
    statuses: Counter[str] = Counter()
    with httpx.Client(base_url=base_url, headers={"Authorization": KEY}, timeout=30) as http:
        for asset_id in asset_ids:
            response = http.get(f"/{asset_id}/metadata")
            if response.status_code != 200:
                statuses["missing"] += 1
                continue
            statuses[response.json()["data"]["resource"][0]["upload_status"]] += 1
    return statuses


def percentiles(seconds: list[float]) -> tuple[float, float]:
    if not seconds:
        return 0.0, 0.0
    p50, p99 = np.percentile(np.array(seconds) * 1000, [50, 99])
    return round(float(p50), 2), round(float(p99), 2)


def mixed_stream(data_dir: Path, requests: int, connections: int, seed: int) -> dict[str, Any]:
    # As `make mock` runs it (one worker per core), with a journal long enough for every request.
    env = {"MOCK_WORKERS": str(os.cpu_count() or 1), "MOCK_JOURNAL_SIZE": str(requests + 1000)}
    per_connection = [
        requests // connections + (i < requests % connections) for i in range(connections)
    ]
    with running_mock(data_dir, **env) as mock:
        sinks: list[list[Outcome]] = [[] for _ in range(connections)]
        threads = [
            threading.Thread(
                target=run_connection, args=(mock.base_url, seed * 1000 + i, n, sinks[i])
            )
            for i, n in enumerate(per_connection)
        ]
        elapsed = run_all(threads)
        outcomes = [o for sink in sinks for o in sink]
        journal = journal_entries(mock)
        upload_ids = [o.asset_id for o in outcomes if o.asset_id]
        before_restart = read_back(mock.base_url, upload_ids)
        exit_code = mock.stop()
        mock.start()
        after_restart = read_back(mock.base_url, upload_ids)
        log = mock.log_text()

    by_kind: dict[str, Counter[int]] = defaultdict(Counter)
    expected_by_kind: dict[str, int] = {}
    for o in outcomes:
        by_kind[o.kind][o.status] += 1
        expected_by_kind[o.kind] = o.expected
    statuses = Counter(o.status for o in outcomes)
    expected_statuses = Counter(o.expected for o in outcomes)
    unexpected = [o for o in outcomes if o.status != o.expected]
    sent = {o.request_id: o for o in outcomes if o.status}
    journaled = {e["request_id"]: e for e in journal}
    return {
        "requests": len(outcomes),
        "connections": connections,
        "seconds": round(elapsed, 2),
        "requests_per_s": round(len(outcomes) / elapsed, 1),
        "p50_ms_p99_ms": percentiles([o.seconds for o in outcomes if o.status]),
        "statuses": dict(sorted(statuses.items())),
        "expected_statuses": dict(sorted(expected_statuses.items())),
        "by_kind": {
            kind: {"expected": expected_by_kind[kind], "got": dict(sorted(counts.items()))}
            for kind, counts in sorted(by_kind.items())
        },
        "unexpected_statuses": len(unexpected),
        "unexpected_examples": [asdict(o) for o in unexpected[:5]],
        "server_errors_5xx": sum(n for status, n in statuses.items() if status >= 500),
        "connection_errors": statuses.get(0, 0),
        "bad_answers": [asdict(o) for o in outcomes if o.error][:5],
        "journal_entries": len(journal),
        "journal_missing": sorted(set(sent) - set(journaled))[:5],
        "journal_unsent": sorted(set(journaled) - set(sent))[:5],
        "journal_disagrees": [
            rid
            for rid, o in sent.items()
            if rid in journaled
            and (journaled[rid]["status"], journaled[rid]["path"], journaled[rid]["method"])
            != (o.status, o.path, o.method)
        ][:5],
        "uploads_acknowledged": len(upload_ids),
        "uploads_before_restart": dict(before_restart),
        "sigterm_exit_code": exit_code,
        "uploads_after_restart": dict(after_restart),
        "uploads_lost": len(upload_ids) - after_restart.get("SUCCESS", 0),
        "tracebacks_in_log": log.count("Traceback"),
    }


# --- the rate limit --------------------------------------------------------------------------

RATE = "1/s"  # the provider's limit
INTERVAL_MS = 1000
TOLERANCE_MS = 2  # the journal's times are whole milliseconds


def rate_key(index: int) -> str:
    # The journal masks keys to their last four characters, which tell these keys apart.
    return f"sk-soak-rate-limit-{index:04d}"


def rate_limited(data_dir: Path, keys: int, threads_per_key: int, calls: int) -> dict[str, Any]:
    """Callers share keys limited to 1 request/s; MaviClient's retries must complete every call."""
    answers: list[tuple[int, str | None]] = []  # every HTTP answer: status, Retry-After
    vectors: list[int] = []
    failures: list[str] = []

    def caller(key_index: int) -> None:
        def record(response: httpx.Response) -> None:
            answers.append((response.status_code, response.headers.get("Retry-After")))

        client = MaviClient(
            rate_key(key_index),
            base_url=mock.base_url,
            retry=RetryPolicy(max_retries=60, base_delay=0.25, max_delay=2.0),
            httpx_args={"event_hooks": {"response": [record]}},
        )
        with client:
            for _ in range(calls):
                try:
                    vectors.append(len(client.embed_video(SEED_ASSET)))
                except MaviError as exc:
                    failures.append(repr(exc))

    env = {"MOCK_WORKERS": str(os.cpu_count() or 1), "MOCK_RATE_LIMIT": RATE}
    with running_mock(data_dir, **env) as mock:
        threads = [
            threading.Thread(target=caller, args=(k,))
            for k in range(keys)
            for _ in range(threads_per_key)
        ]
        elapsed = run_all(threads)
        journal = journal_entries(mock)

    refused = [after for status, after in answers if status == 429]
    per_key: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry in journal:
        per_key[entry["headers"].get("Authorization", "")].append(entry)
    over, under = limit_violations(per_key)
    return {
        "keys": keys,
        "callers": keys * threads_per_key,
        "calls": keys * threads_per_key * calls,
        "calls_completed": len(vectors),
        "call_failures": failures[:5],
        "seconds": round(elapsed, 2),
        "http_answers": dict(sorted(Counter(status for status, _ in answers).items())),
        "journal_answers": dict(sorted(Counter(e["status"] for e in journal).items())),
        "refusals_without_retry_after": sum(1 for after in refused if after is None),
        "retry_after_values": dict(Counter(refused)),
        "granted_too_soon": over[:5],
        "refused_without_cause": under[:5],
    }


def limit_violations(
    per_key: dict[str, list[dict[str, Any]]],
) -> tuple[list[str], list[str]]:
    """Judge each key's 200s and 429s against "one request per second", from the journal.

    The limiter decides somewhere inside each request, between its start (``time_ms -
    duration_ms``) and its end (``time_ms``). Two grants must be a second apart (else one was
    granted too soon), and a refusal must come less than a second after some grant (else it was
    refused without cause). Each test allows only what the timings cannot rule out.
    """
    over: list[str] = []
    under: list[str] = []
    for key, entries in per_key.items():
        spans = [
            (e["time_ms"] - e["duration_ms"], e["time_ms"], e["status"], e["request_id"])
            for e in entries
        ]
        grants = sorted((s for s in spans if s[2] == 200), key=lambda s: s[1])
        for a, b in itertools.pairwise(grants):
            if max(b[1] - a[0], a[1] - b[0]) < INTERVAL_MS - TOLERANCE_MS:
                over.append(f"{key}: {a[3]} and {b[3]} both granted within a second")
        for start, end, status, request_id in spans:
            if status != 429:
                continue
            if not any(
                g[0] <= end + TOLERANCE_MS and g[1] > start - INTERVAL_MS - TOLERANCE_MS
                for g in grants
            ):
                under.append(f"{key}: {request_id} refused with no grant in the second before")
    return over, under


# --- judging and reporting -------------------------------------------------------------------


def problems(mixed: dict[str, Any], rate: dict[str, Any]) -> list[str]:
    """Every way the run falls short; empty when it passes."""
    checks = [
        (mixed["unexpected_statuses"] == 0, "statuses other than the expected ones"),
        (mixed["server_errors_5xx"] == 0, "5xx answers"),
        (mixed["connection_errors"] == 0, "connection errors"),
        (not mixed["bad_answers"], "answers without JSON or without their X-Request-Id"),
        (mixed["journal_entries"] == mixed["requests"], "journal entries != requests sent"),
        (
            not (mixed["journal_missing"] or mixed["journal_unsent"] or mixed["journal_disagrees"]),
            "the journal does not match what was sent",
        ),
        (
            mixed["uploads_before_restart"] == {"SUCCESS": mixed["uploads_acknowledged"]},
            "acknowledged uploads not readable with status SUCCESS",
        ),
        (mixed["uploads_lost"] == 0, "uploads lost across the restart"),
        (mixed["sigterm_exit_code"] == 0, "SIGTERM did not exit 0"),
        (mixed["tracebacks_in_log"] == 0, "tracebacks in the mock's log"),
        (rate["calls_completed"] == rate["calls"], "rate-limited calls that did not complete"),
        (rate["refusals_without_retry_after"] == 0, "429s without Retry-After"),
        (
            rate["journal_answers"].get(200) == rate["calls"]
            and rate["journal_answers"] == rate["http_answers"],
            "the journal's 200s and 429s do not match the calls and answers",
        ),
        (not rate["granted_too_soon"], "requests granted over the limit"),
        (not rate["refused_without_cause"], "requests refused under the limit"),
    ]
    return [message for ok, message in checks if not ok]


def summary(mixed: dict[str, Any], rate: dict[str, Any], failed: list[str]) -> str:
    p50, p99 = mixed["p50_ms_p99_ms"]
    lines = [
        f"mixed stream: {mixed['requests']} requests over {mixed['connections']} connections in"
        f" {mixed['seconds']} s: {mixed['requests_per_s']} req/s, p50 {p50} ms, p99 {p99} ms",
        f"  {'request':<22} {'expected':>8}  got",
    ]
    for kind, row in mixed["by_kind"].items():
        got = ", ".join(f"{n} x {status}" for status, n in row["got"].items())
        lines.append(f"  {kind:<22} {row['expected']:>8}  {got}")
    lines += [
        f"  statuses: {mixed['statuses']}",
        f"  unexpected statuses: {mixed['unexpected_statuses']}, 5xx: {mixed['server_errors_5xx']},"
        f" connection errors: {mixed['connection_errors']}",
        f"  journal: {mixed['journal_entries']} entries for {mixed['requests']} requests;"
        f" missing {len(mixed['journal_missing'])}, unsent {len(mixed['journal_unsent'])},"
        f" disagreeing {len(mixed['journal_disagrees'])}",
        f"  uploads acknowledged: {mixed['uploads_acknowledged']}; read back"
        f" {mixed['uploads_before_restart']}; after SIGTERM (exit {mixed['sigterm_exit_code']})"
        f" and restart {mixed['uploads_after_restart']}; lost: {mixed['uploads_lost']}",
        f"rate limit {RATE}: {rate['callers']} callers on {rate['keys']} keys, {rate['calls']} calls,"
        f" {rate['calls_completed']} completed in {rate['seconds']} s",
        f"  answers: {rate['http_answers']} (journal: {rate['journal_answers']});"
        f" Retry-After values {rate['retry_after_values']}",
        f"  granted over the limit: {len(rate['granted_too_soon'])};"
        f" refused under it: {len(rate['refused_without_cause'])}",
        "PASS" if not failed else "FAIL: " + "; ".join(failed),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--seed", type=int, default=20261124)
    parser.add_argument("--rate-keys", type=int, default=8)
    parser.add_argument("--rate-callers-per-key", type=int, default=4)
    parser.add_argument("--rate-calls", type=int, default=2, help="calls per caller")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="mavi-soak-") as tmp:
        mixed = mixed_stream(Path(tmp) / "mixed", args.requests, args.connections, args.seed)
        rate = rate_limited(
            Path(tmp) / "rate", args.rate_keys, args.rate_callers_per_key, args.rate_calls
        )
    failed = problems(mixed, rate)
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_bytes(
        orjson.dumps(
            {"mixed": mixed, "rate_limit": rate, "problems": failed},
            option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS,
        )
    )
    print(summary(mixed, rate, failed))
    print(f"(details: {REPORT.relative_to(ROOT)})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
