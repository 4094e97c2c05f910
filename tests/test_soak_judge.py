"""The soak's rate-limit judge (bench/soak_rate.py) must catch a limiter that grants or refuses wrongly."""

from __future__ import annotations

from typing import Any

from bench.soak_rate import limit_violations


def entry(request_id: str, start_ms: int, status: int, duration_ms: float = 3.0) -> dict[str, Any]:
    return {
        "request_id": request_id,
        "time_ms": start_ms + duration_ms,
        "duration_ms": duration_ms,
        "status": status,
    }


def test_a_limiter_keeping_one_per_second_passes() -> None:
    journal = {
        "sk-***0001": [
            entry("a", 0, 200),
            entry("b", 400, 429),
            entry("c", 1001, 200),
            entry("d", 1990, 429),
            entry("e", 2005, 200),
        ]
    }
    assert limit_violations(journal) == ([], [])


def test_two_grants_within_a_second_are_caught() -> None:
    # What a limiter kept per worker instead of shared would do.
    journal = {"sk-***0001": [entry("a", 0, 200), entry("b", 12, 200)]}
    over, under = limit_violations(journal)
    assert over == ["sk-***0001: a and b both granted within a second"]
    assert under == []


def test_a_refusal_with_no_grant_in_the_second_before_is_caught() -> None:
    journal = {"sk-***0001": [entry("a", 0, 200), entry("b", 1500, 429)]}
    over, under = limit_violations(journal)
    assert over == []
    assert under == ["sk-***0001: b refused with no grant in the second before"]


def test_keys_are_judged_apart() -> None:
    journal = {"sk-***0001": [entry("a", 0, 200)], "sk-***0002": [entry("b", 5, 200)]}
    assert limit_violations(journal) == ([], [])
