"""`make soak`'s second run, the rate limit: callers sharing keys limited to 1 request/s through
``MaviClient`` with retries, and the judge of each key's grants and refusals from the journal's
timings (``limit_violations``)."""

from __future__ import annotations

import itertools
import os
import threading
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import httpx

from bench.soak_mixed import journal_entries, run_all
from kit_testing import SEED_ASSET, running_mock
from mavi_client import MaviClient, MaviError, RetryPolicy

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
