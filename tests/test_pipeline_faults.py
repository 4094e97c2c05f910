"""The request pipeline's seeded and asked-for faults (issue 20): a seeded scenario's faults the
same on every run, draws only for what is left to chance, latency and `Prefer: delay` sleeps,
`Prefer: code`, the rate limit's Retry-After, the missing key, the gateway's answers, and a
broken or truncated connection."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support import BASE_PATH, KEY, MakeApp
from tests.support.pipeline import METADATA, Sleeps, client

# --- the pipeline's steps, pinned ------------------------------------------------------------

# A seeded run of faults: transport (empty: the connection breaks in-process), gateway (its own
# answers, not envelopes: negative here), injected failures (500/503) and successes. The same
# seed gives these on every run and every version (the draws' purposes are part of the seed's
# meaning); the journal records 0 for a request that got no answer.
SEEDED = [
    "reset", -404, 503, 503, 200, "reset", 200, -503, 503, 503, -502, -503,
    "reset", "reset", 200, -502, 500, "reset", 500, -502, "reset", 503, -404, 500,
]  # fmt: skip


def test_a_seeded_scenario_gives_the_same_faults(make_app: MakeApp) -> None:
    app = make_app()
    seen: list[int | str] = []
    with client(app) as http:
        http.put(
            "/__mock/scenario",
            json={
                "seed": 3,
                "failure_rate": 0.3,
                "gateway_rate": 0.3,
                "transport_fault": "empty",
                "transport_fault_rate": 0.3,
            },
        )
        for _ in SEEDED:
            try:
                answer = http.get(METADATA, headers={"Authorization": KEY})
            except ConnectionResetError:
                seen.append("reset")
                continue
            envelope = "timestamp" not in answer.text and "<html>" not in answer.text
            seen.append(answer.status_code if envelope else -answer.status_code)
            if answer.status_code in (500, 503) and envelope:
                assert answer.json()["msg"] == "Internal server error (injected)"
            elif "timestamp" in answer.text:  # the gateway's own JSON
                assert answer.json()["path"] == METADATA
                assert answer.json()["requestId"] == answer.headers["X-Request-Id"]
    assert seen == SEEDED
    statuses = [e["status"] for e in app.extensions["mavi_mock"].journal.entries()]
    assert statuses == [0 if s == "reset" else abs(int(s)) for s in SEEDED]
    assert app.extensions["mavi_mock"].scenarios.sequence.peek() == len(SEEDED)


@pytest.mark.parametrize(
    "scenario",
    [
        {},
        {"latency_ms": "5"},
        {"transport_fault": "truncate", "transport_fault_rate": 1},
        {"rate_limit": "1000/s"},
        {"transport_fault_rate": 0.5},  # no fault to draw for
    ],
)
def test_a_scenario_that_leaves_nothing_to_chance_takes_no_place_in_the_sequence(
    make_app: MakeApp, scenario: dict[str, Any]
) -> None:
    app = make_app()
    with client(app) as http:
        http.put("/__mock/scenario", json=scenario)
        http.get(METADATA, headers={"Authorization": KEY})
    assert app.extensions["mavi_mock"].scenarios.sequence.peek() == 0


def test_a_rare_transport_fault_is_drawn_for(make_app: MakeApp) -> None:
    app = make_app()
    with client(app) as http:
        http.put(
            "/__mock/scenario", json={"transport_fault": "truncate", "transport_fault_rate": 1e-9}
        )
        answer = http.get(METADATA, headers={"Authorization": KEY})
    assert answer.status_code == 200 and answer.json()["data"]["total"] == 1
    assert app.extensions["mavi_mock"].scenarios.sequence.peek() == 1


@pytest.mark.parametrize(
    ("scenario", "prefer", "sleeps"),
    [
        ({}, None, []),
        ({"latency_ms": "250"}, None, [0.25]),
        ({}, "delay=120", [0.12]),
        (
            {"latency_ms": "100-300", "seed": 1, "failure_rate": 1e-9},
            "delay=5",
            [0.2906340695950289, 0.005],  # seed 1, place 0: the drawn latency; the delay
        ),
    ],
)
def test_latency_and_prefer_delay_sleep_as_asked(
    make_app: MakeApp,
    monkeypatch: pytest.MonkeyPatch,
    scenario: dict[str, Any],
    prefer: str | None,
    sleeps: list[float],
) -> None:
    app = make_app()
    recorded = Sleeps(monkeypatch)
    headers = {"Authorization": KEY} | ({"Prefer": prefer} if prefer else {})
    with client(app) as http:
        http.put("/__mock/scenario", json=scenario)
        assert http.get(METADATA, headers=headers).status_code == 200
    assert recorded.seconds == sleeps
    # One place in the shared sequence for all of a request's draws (latency and failure here).
    drawn = "failure_rate" in scenario
    assert app.extensions["mavi_mock"].scenarios.sequence.peek() == (1 if drawn else 0)


@pytest.mark.parametrize(
    ("prefer", "status", "retry_after"),
    [
        ("code=200", 200, None),
        ("code=201", 400, None),
        ("code=429", 429, "1"),
        ("code=503", 503, None),
    ],
)
def test_prefer_code(make_app: MakeApp, prefer: str, status: int, retry_after: str | None) -> None:
    with client(make_app()) as http:
        answer = http.get(METADATA, headers={"Authorization": KEY, "Prefer": prefer})
    assert answer.status_code == status
    assert answer.headers.get("Retry-After") == retry_after
    if status == 400:
        assert answer.json()["msg"] == (
            "Prefer: code=201 is not declared for getAssetMetadata"
            " (200, 400, 401, 403, 405, 429, 500, 503)"
        )


def test_the_rate_limit_tells_when_to_retry(make_app: MakeApp) -> None:
    with client(make_app()) as http:
        http.put("/__mock/scenario", json={"rate_limit": "2/min"})
        first = http.get(METADATA, headers={"Authorization": KEY})
        second = http.get(METADATA, headers={"Authorization": KEY})
        other_key = http.get(METADATA, headers={"Authorization": KEY[:-1] + "0"})
    assert first.status_code == 200 and other_key.status_code == 200
    assert second.status_code == 429
    assert 29 <= int(second.headers["Retry-After"]) <= 30


def test_a_limit_of_one_a_second_says_retry_after_one_second(make_app: MakeApp) -> None:
    with client(make_app()) as http:
        http.put("/__mock/scenario", json={"rate_limit": "1/s"})
        assert http.get(METADATA, headers={"Authorization": KEY}).status_code == 200
        second = http.get(METADATA, headers={"Authorization": KEY})
    assert second.status_code == 429 and second.headers["Retry-After"] == "1"


def test_a_missing_key_is_named(make_app: MakeApp) -> None:
    with client(make_app()) as http:
        answer = http.get(METADATA)
    assert answer.status_code == 401
    assert answer.json()["msg"] == "Unauthorized: send your API key as 'Authorization: sk-...'"


def test_a_gateway_answer_carries_the_request_path_and_id(make_app: MakeApp) -> None:
    app = make_app()
    with client(app) as http:
        answer = http.get(
            METADATA, headers={"Authorization": KEY, "Prefer": "gateway=503", "X-Request-Id": "g1"}
        )
    assert answer.status_code == 503
    assert answer.json()["path"] == METADATA and answer.json()["requestId"] == "g1"
    # The gateway's page is no envelope: the journal gives it no code, and its status as outcome.
    (entry,) = app.extensions["mavi_mock"].journal.entries()
    assert (entry["operation"], entry["code"], entry["outcome"]) == ("getAssetMetadata", None, 503)


# --- transport faults -------------------------------------------------------------------------


def test_a_broken_connection_runs_no_handler_and_a_truncated_answer_is_the_real_one(
    make_app: MakeApp,
) -> None:
    app = make_app()
    mock = app.extensions["mavi_mock"]
    before = mock.store.count_assets()
    auth = {"Authorization": KEY}
    with client(app) as http:
        http.put("/__mock/scenario", json={"transport_fault": "empty"})
        with pytest.raises(ConnectionResetError):
            http.post(BASE_PATH + "/upload", files={"file": ("a.mp4", b"unstored")}, headers=auth)
        assert mock.store.count_assets() == before
        http.put("/__mock/scenario", json={"transport_fault": "truncate"})
        cut = http.get(METADATA, headers=auth).content
        assert mock.journal.entries()[-1]["status"] == 0  # no complete answer arrived
        http.put("/__mock/scenario", json={"transport_fault": "none"})
        whole = http.get(METADATA, headers=auth).content
    assert 0 < len(cut) < len(whole) and whole.startswith(cut)


def test_a_truncated_error_means_no_answer(make_app: MakeApp) -> None:
    """A truncated answer is made in full (here a 401 envelope) and then cut: the journal records
    no status, code or outcome for it, as for any answer that did not arrive whole."""
    app = make_app(transport_fault="truncate", transport_fault_rate=1.0)
    with client(app) as http:
        cut = http.get(METADATA).content
    assert cut and not cut.endswith(b"}")
    (entry,) = app.extensions["mavi_mock"].journal.entries()
    assert (entry["status"], entry["code"], entry["outcome"]) == (0, None, 0)
