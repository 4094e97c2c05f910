"""The mock's state across threads, workers, runs and scenario changes: the seeded failure
sequence, the current rate limit, the journal (bounded for the whole mock, fresh per run, unique
ids across workers), and the answer cache under threads."""

from __future__ import annotations

import multiprocessing
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from mavi_contract import DEFAULT_MODEL
from mock_server.journal import Journal
from tests.support import (
    BASE_PATH,
    KEY,
    SEED_ASSET,
    MakeApp,
    MockProcess,
    fresh_connections,
    running_mock,
    running_mocks,
)

METADATA = f"{BASE_PATH}/{SEED_ASSET}/metadata"


def _faults(base_url: str, count: int) -> str:
    """``x`` for an injected failure, ``.`` for a 200; a new connection per request, so that
    the kernel spreads them over the workers."""
    marks = []
    with fresh_connections(headers={"Authorization": KEY}) as http:
        for _ in range(count):
            answer = http.get(f"{base_url}/{SEED_ASSET}/metadata")
            marks.append("." if answer.status_code == 200 else "x")
    return "".join(marks)


@pytest.mark.slow
def test_the_same_seed_gives_the_same_faults_under_any_worker_count(tmp_path: Path) -> None:
    env = {"MOCK_FAILURE_RATE": "0.5", "MOCK_SEED": "7"}
    mocks = [
        MockProcess(tmp_path / f"run{run}", MOCK_WORKERS=workers, **env)
        for run, workers in enumerate(("2", "2", "1"))
    ]
    runs = []
    with running_mocks(*mocks):  # three separate runs (data directories), started at once
        for mock in mocks:
            runs.append(_faults(mock.base_url, 30))
            # A reset with the seed unchanged starts the same sequence again, in every worker.
            httpx.post(mock.url + "/__mock/reset").raise_for_status()
            runs.append(_faults(mock.base_url, 30))
    assert len(set(runs)) == 1, runs
    assert 5 < runs[0].count("x") < 25  # the rate is applied, not all-or-nothing


def test_a_scenario_change_restarts_the_sequence_from_the_seed(make_app: MakeApp) -> None:
    http = make_app(failure_rate=0.5, seed=3).test_client()

    def run() -> str:
        return "".join(
            "." if http.get(METADATA, headers={"Authorization": KEY}).status_code == 200 else "x"
            for _ in range(40)
        )

    first = run()
    http.put("/__mock/scenario", json={"seed": 3})
    assert run() == first
    http.put("/__mock/scenario", json={"seed": 4})
    assert run() != first


def _call(http: Any) -> Any:
    return http.get(METADATA, headers={"Authorization": KEY})


def test_loosening_the_rate_limit_takes_effect_at_once(make_app: MakeApp) -> None:
    http = make_app(rate_limit=1 / 60).test_client()
    assert _call(http).status_code == 200
    refused = _call(http)
    assert refused.status_code == 429 and refused.headers["Retry-After"] == "60"
    assert http.put("/__mock/scenario", json={"rate_limit": "10/s"}).status_code == 200
    time.sleep(0.15)
    assert _call(http).status_code == 200


def test_tightening_the_rate_limit_takes_effect_at_once(make_app: MakeApp) -> None:
    http = make_app(rate_limit=10.0).test_client()
    assert _call(http).status_code == 200
    http.put("/__mock/scenario", json={"rate_limit": "1/min"})
    time.sleep(0.15)
    refused = _call(http)
    assert refused.status_code == 429 and refused.headers["Retry-After"] == "60"


def test_a_high_rate_limit_still_refuses_a_burst(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """3000/s is one request per 1/3 ms: two requests in the same instant are one too many."""
    http = make_app(rate_limit=3000.0).test_client()
    monkeypatch.setattr("mock_server.store.time.time", lambda: 1_800_000_000.0)
    assert _call(http).status_code == 200
    refused = _call(http)
    assert refused.status_code == 429 and refused.headers["Retry-After"] == "1"


def test_a_restarted_mock_starts_with_fresh_rate_counters(
    make_app: MakeApp, tmp_path: Path
) -> None:
    data = tmp_path / "kept"
    http = make_app(rate_limit=1 / 60, data_dir=data).test_client()
    assert _call(http).status_code == 200
    assert _call(http).status_code == 429
    restarted = make_app(rate_limit=1 / 60, data_dir=data).test_client()
    assert _call(restarted).status_code == 200


def _journal(http: Any) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = http.get("/__mock/journal").get_json()["data"]["requests"]
    return entries


def test_the_journal_keeps_only_its_size(make_app: MakeApp) -> None:
    http = make_app(journal_size=5).test_client()
    for _ in range(20):
        _call(http)
    entries = _journal(http)
    assert len(entries) == 5
    assert [e["id"] for e in entries] == sorted(e["id"] for e in entries)


def test_a_new_run_starts_with_an_empty_journal(make_app: MakeApp, tmp_path: Path) -> None:
    data = tmp_path / "kept"
    first = make_app(journal_size=5, data_dir=data).test_client()
    for _ in range(3):
        _call(first)
    assert len(_journal(first)) == 3
    second = make_app(journal_size=5, data_dir=data).test_client()
    assert _journal(second) == []
    _call(second)
    assert len(_journal(second)) == 1


@pytest.mark.slow
def test_the_size_holds_for_the_whole_served_mock(tmp_path: Path) -> None:
    with running_mock(tmp_path, MOCK_JOURNAL_SIZE="5") as mock:
        _faults(mock.base_url, 20)
        first = httpx.get(mock.url + "/__mock/journal").json()["data"]["requests"]
    assert len(first) == 5
    with running_mock(tmp_path, MOCK_JOURNAL_SIZE="5") as mock:
        _faults(mock.base_url, 2)
        second = httpx.get(mock.url + "/__mock/journal").json()["data"]["requests"]
    assert len(second) == 2


def _write_entries(directory: str, count: int) -> None:
    journal = Journal(Path(directory), size=10_000)
    entry = {
        "time_ms": 0,
        "request_id": "r",
        "method": "GET",
        "path": "/",
        "headers": "{}",
        "body": "",
        "status": 200,
        "duration_ms": 0.0,
    }
    for _ in range(count):
        journal.add(entry)


@pytest.mark.slow  # two forked processes
def test_two_workers_never_write_the_same_journal_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two processes writing in the same microseconds (the clock is frozen to make it certain)."""
    monkeypatch.setattr("time.time_ns", lambda: 1_800_000_000_000_000_000)
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_write_entries, args=(str(tmp_path), 300)) for _ in "ab"]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
        assert worker.exitcode == 0
    ids = [entry["id"] for entry in Journal(tmp_path, size=10_000).entries(limit=10_000)]
    assert len(ids) == 600
    assert len(set(ids)) == 600


class _SlowDict(dict):  # type: ignore[type-arg]
    """A dict whose eviction step yields the thread, so that two evictions interleave."""

    def pop(self, key: Any, *default: Any) -> Any:
        time.sleep(0.001)
        return super().pop(key, *default)


def test_eviction_from_the_answer_cache_is_safe_under_threads(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many threads filling a full cache at once: every answer a 200 (before: KeyError, 500)."""
    monkeypatch.setattr("mock_server.handlers.VECTOR_CACHE_SIZE", 2)
    app = make_app(accept_any_asset=True)
    mock = app.extensions["mavi_mock"]
    mock.vector_cache = _SlowDict()
    statuses: list[int] = []

    def embed(worker: int) -> None:
        http = app.test_client()
        for n in range(15):
            answer = http.post(
                f"{BASE_PATH}/embeddings/video",
                json={"asset_id": f"re_{worker}{n:04d}", "model": DEFAULT_MODEL},
                headers={"Authorization": KEY},
            )
            statuses.append(answer.status_code)

    threads = [threading.Thread(target=embed, args=(w,)) for w in range(1, 9)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert statuses == [200] * 120
