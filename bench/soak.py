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
import sys
import tempfile
from pathlib import Path
from typing import Any

import orjson

from bench.soak_mixed import mixed_stream
from bench.soak_rate import RATE, rate_limited
from kit_testing import ROOT

REPORT = ROOT / "reports" / "soak.json"


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
