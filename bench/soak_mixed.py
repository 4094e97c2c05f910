"""`make soak`'s first run, the mixed stream: requests drawn from ``MIX``, each knowing the status
the contract gives it, over keep-alive connections; the journal matched one for one; every
acknowledged upload read back, before and after a restart on the same data directory."""

from __future__ import annotations

import os
import random
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

JSON = {"Authorization": KEY, "Content-Type": "application/json"}


UNKNOWN_ASSET = "re_000000000000000001"


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
