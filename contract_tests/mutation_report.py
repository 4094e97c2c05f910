"""Write reports/mutation.md from mutmut's results: the score per module and every survivor.

Run by `make mutation` after `mutmut run`. Each surviving mutant must be explained below as
equivalent (it cannot change what any caller sees); a survivor without an explanation, or a
module under ``TARGET`` killed, fails the target, so a new survivor is either killed by a test or
explained here in one line.

A mutant whose tests time out counts as killed, as in mutmut's own score (killed + timeout over
the mutants tested): mutmut stops a test run after ``(its measured time + 1 s) * 15`` seconds of
wall clock (twice that in CPU time), so a timeout is a mutant that made the tests hang (e.g. a
cutting loop whose position no longer advances), which is a test run noticing the change. The
report still lists each one with its diff, so a timeout caused by a machine too loaded to finish
in time (a slow but otherwise surviving mutant) can be seen and rerun. Any other status (no tests,
suspicious, segfault, not checked) is a survivor and needs an explanation.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "reports" / "mutation.md"
TARGET = 0.90
MODULES = (
    "mavi_client._envelope",
    "mavi_client._retry",
    "mavi_client._engine",
    "mock_server.envelope",
    "mock_server.vectors",
    "mock_server.prefer",
    "mock_server.chunking",
    "mock_server.pipeline",
    "mock_server.wsgi",
    "mock_server.exchange",
)
#: mutmut's statuses that count as killed: a test failed, or the tests hung (see the docstring).
DETECTED = ("killed", "timeout")

#: Surviving mutants that are equivalent: mutant name -> why no caller can tell.
EQUIVALENT = {
    "mavi_client._envelope.x_error_class__mutmut_14": "`< 500` to `<= 500`: 500 already returned ServerError two lines up",
    "mavi_client._envelope.x_error_class__mutmut_15": "`< 500` to `< 501`: 500 already returned ServerError two lines up",
    "mavi_client._envelope.x_origin_of__mutmut_28": "`x-request-id` to `X-REQUEST-ID`: httpx headers ignore case",
    "mavi_client._envelope.x_origin_of__mutmut_34": "`retry-after` to `RETRY-AFTER`: httpx headers ignore case",
    "mavi_client._engine.xǁTriesǁ__init____mutmut_5": "`cut = False` to `None` at the start: only `_deadline_passed` reads it, after `start` has set it (it runs only under a deadline, and `start` under one sets `cut` or raises)",
    "mavi_client._engine.xǁTriesǁ__init____mutmut_6": "`cut = False` to `True` at the start: only `_deadline_passed` reads it, after `start` has set it (it runs only under a deadline, and `start` under one sets `cut` or raises)",
    "mavi_client._engine.xǁTriesǁ__init____mutmut_7": "`watch = None` to `''` at the start: only `_deadline_passed` reads it, after `start` has set it (it runs only under a deadline, and `start` under one sets `watch` or raises)",
    "mock_server.vectors.x__odd_integers__mutmut_16": "`astype(np.float64)` to `astype(None)`: None means float64",
    "mock_server.vectors.x__normalised__mutmut_11": "`acc.astype(np.float64)` to `astype(None)`: None means float64",
    "mock_server.vectors.x_content_vector__mutmut_81": "`astype(np.float64)` to `astype(None)`: None means float64",
    "mock_server.vectors.x_content_vector__mutmut_10": "`ends = array('q')` to `array('Q')`: the ends are offsets into the joined digests, from 0 to far below 2**63, the same in either",
    "mock_server.vectors.x_content_vector__mutmut_109": "`einsum('ij,ij->i')` to `einsum('IJ,IJ->I')`: numpy takes upper-case subscripts alike",
    "mock_server.vectors.x_content_vector__mutmut_114": "`np.array(lengths, dtype=np.float64)` to `dtype=None`: the int64 lengths become float64 in the division by the float total, rounded alike",
    "mock_server.vectors.x_content_vector__mutmut_116": "`np.array(lengths, dtype=np.float64)` to no dtype: the int64 lengths become float64 in the division by the float total, rounded alike",
    "mock_server.vectors.x_check_stub__mutmut_26": "`np.array(floats, dtype=np.float64)` to `dtype=None`: a list of Python floats is float64 anyway (and an empty one too)",
    "mock_server.vectors.x_check_stub__mutmut_28": "`np.array(floats, dtype=np.float64)` to no dtype: a list of Python floats is float64 anyway (and an empty one too)",
    "mock_server.vectors.x_similar_vector__mutmut_78": "basis `1.0` to `2.0`: scaling by 2 is exact in binary floating point, so _orthonormal gives the same bits for 2 e_j as for e_j",
    "mock_server.chunking.xǁChunkerǁ__init____mutmut_13": "`_gears` 2 values longer: it is only ever sliced from its start, so the last 2 are never read",
    "mock_server.chunking.xǁChunkerǁ__init____mutmut_22": "`_carry` as float64 (`dtype=None`): it holds gear values below 2**32, exact in float64, written back into the uint32 gears",
    "mock_server.chunking.xǁChunkerǁ__init____mutmut_24": "`_carry` as float64 (no dtype): it holds gear values below 2**32, exact in float64, written back into the uint32 gears",
    "mock_server.chunking.xǁChunkerǁ__init____mutmut_28": "`_carried = 1` at the start: the one unwritten value only enters the windows ending before byte 31, whose chunk ends (<= 31) are below MIN_SIZE and never cut",
    "mock_server.chunking.xǁChunkerǁ__init____mutmut_34": "`_finished = None`: only ever tested for truth, and None is falsy like False",
    "mock_server.chunking.xǁChunkerǁ_candidates__mutmut_42": "the empty result as float64 (`dtype=None`): searchsorted of an empty array is 0 whatever its dtype",
    "mock_server.chunking.xǁChunkerǁ_candidates__mutmut_44": "the empty result as float64 (no dtype): searchsorted of an empty array is 0 whatever its dtype",
    "mock_server.chunking.xǁChunkerǁ_candidates__mutmut_47": "`cumsum(dtype=np.uint32)` to `dtype=None`: summed in uint64, then cast into the uint32 `out`, which wraps modulo 2**32 to the same sums",
    "mock_server.chunking.xǁChunkerǁ_candidates__mutmut_50": "`cumsum(dtype=np.uint32)` to no dtype: summed in uint64, then cast into the uint32 `out`, which wraps modulo 2**32 to the same sums",
    "mock_server.chunking.xǁChunkerǁ_candidates__mutmut_76": "chunk ends as float64 (`astype(None)`): offsets below 2**53 are exact in float64 and _feed_block reads them through int()",
    "mock_server.chunking.xǁChunkerǁ_feed_block__mutmut_21": "a candidate at exactly `start + MAX_SIZE` to the `elif`: that branch cuts at `start + MAX_SIZE` too (the candidate is fed, so `<= self._end` holds)",
    "mock_server.chunking.xǁChunkerǁfeed__mutmut_8": "`cast('B')` to `cast('b')`: the block is read only as a buffer (frombuffer as uint8, `bytearray +=`), which ignores the format",
    "mock_server.chunking.xǁChunkerǁfinish__mutmut_13": "`_pending = None` after finish: feed() and finish() raise before reading it, and nothing else does",
    "mock_server.chunking.xǁChunkerǁfinish__mutmut_14": "`_start = None` after finish: feed() and finish() raise before reading it, and nothing else does",
    "mock_server.pipeline.x_pipeline__mutmut_15": "the missing key `or ''` to `or 'XXXX'` in the script step's key check: key_problem refuses both (neither starts with `sk-`)",
    "mock_server.pipeline.x_scenario_faults__mutmut_22": "transport draw `<` to `<=`: a uniform draw equals the rate with probability 0 (2**-64 steps)",
    "mock_server.pipeline.x_scenario_faults__mutmut_35": "gateway draw `<` to `<=`: a uniform draw equals the rate with probability 0 (2**-64 steps)",
    "mock_server.pipeline.x_limits_and_failures__mutmut_70": "failure draw `<` to `<=`: a uniform draw equals the rate with probability 0 (2**-64 steps)",
    "mock_server.pipeline.x_limits_and_failures__mutmut_78": "failure status draw `< 0.5` to `<= 0.5`: a uniform draw is exactly 0.5 with probability 2**-64",
    "mock_server.pipeline.x_limits_and_failures__mutmut_16": "`fail(429, None, ...)` to `fail(429, ...)`: None is fail's default message",
    "mock_server.pipeline.x_limits_and_failures__mutmut_62": "`fail(code, None, ...)` to `fail(code, ...)`: None is fail's default message",
    "mock_server.pipeline.x_limits_and_failures__mutmut_20": "`Retry-After` to `retry-after`: werkzeug headers ignore case (and HTTP's)",
    "mock_server.pipeline.x_limits_and_failures__mutmut_21": "`Retry-After` to `RETRY-AFTER`: werkzeug headers ignore case (and HTTP's)",
    "mock_server.pipeline.x_limits_and_failures__mutmut_55": "`Retry-After` to `retry-after`: werkzeug headers ignore case (and HTTP's)",
    "mock_server.pipeline.x_limits_and_failures__mutmut_56": "`Retry-After` to `RETRY-AFTER`: werkzeug headers ignore case (and HTTP's)",
    "mock_server.pipeline.x_scenario_draws__mutmut_9": "`!= 'none'` to `!= 'XXnoneXX'`: with no fault nothing is drawn for it, and a Draws takes its place in the sequence only at its first draw",
    "mock_server.pipeline.x_scenario_draws__mutmut_10": "`!= 'none'` to `!= 'NONE'`: with no fault nothing is drawn for it, and a Draws takes its place in the sequence only at its first draw",
    "mock_server.exchange.x_note_route__mutmut_3": "`partition('.')` to `rpartition('.')`: every endpoint has at most one dot (no nested Blueprints), and one without a dot is neither `api` nor `storage` either way",
    "mock_server.exchange.x_note_route__mutmut_5": "no endpoint `or ''` to `or 'XXXX'`: either is no Blueprint of the API's or the storage's",
}  # fmt: skip


def results() -> dict[str, str]:
    """mutant name -> status, from ``mutmut results --all true``."""
    out = subprocess.run(
        [str(Path(sys.executable).parent / "mutmut"), "results", "--all", "true"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = {}
    for line in out.splitlines():
        match = re.match(r"\s*(\S+): (\w+)", line)
        if match:
            found[match.group(1)] = match.group(2)
    return found


def diff(name: str) -> str:
    out = subprocess.run(
        [str(Path(sys.executable).parent / "mutmut"), "show", name],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    lines = [
        line
        for line in out.splitlines()
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    return " / ".join(line.strip() for line in lines)


def main() -> int:
    found = results()
    if not found:
        print("no mutmut results: run `mutmut run` first", file=sys.stderr)
        return 1
    per_module: dict[str, Counter[str]] = {m: Counter() for m in MODULES}
    for name, status in found.items():
        module = next((m for m in MODULES if name.startswith(m + ".")), None)
        if module is not None:
            per_module[module][status] += 1
    survivors = sorted(name for name, status in found.items() if status not in DETECTED)
    timeouts = sorted(name for name, status in found.items() if status == "timeout")
    unexplained = [name for name in survivors if name not in EQUIVALENT]
    # An explanation of a mutant that no longer exists (renumbered after a source change).
    stale = sorted(name for name in EQUIVALENT if name not in found)
    lines = [
        "# Mutation testing",
        "",
        f"Made by `make mutation` on {time.strftime('%Y-%m-%d')}: mutmut over the modules whose job is to"
        " refuse bad data or make exact data, each mutant against the fast suites that reach it"
        " (`[tool.mutmut]` in pyproject.toml).",
        "",
        "A timeout (the tests hung under the mutant) counts as killed, as in mutmut's own score.",
        "",
        "| module | mutants | killed | of which timeouts | survived | score | target |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]  # fmt: skip
    failing = False
    for module, counts in per_module.items():
        total = sum(counts.values())
        killed = sum(counts[status] for status in DETECTED)
        score = killed / total if total else 0.0
        failing |= score < TARGET
        lines.append(
            f"| `{module}` | {total} | {killed} | {counts['timeout']} | {total - killed} |"
            f" {score:.1%} | {'met' if score >= TARGET else 'NOT MET'} (≥ {TARGET:.0%}) |"
        )
    lines += ["", "## Every surviving mutant", ""]
    if not survivors:
        lines.append("None.")
    for name in survivors:
        reason = EQUIVALENT.get(name, "UNEXPLAINED: kill it with a test, or explain it here")
        lines.append(f"- `{name}` ({found[name]}): {reason}. Mutation: `{diff(name)}`")
    lines += ["", "## Timeouts (counted as killed)", ""]
    if not timeouts:
        lines.append("None.")
    for name in timeouts:
        lines.append(f"- `{name}`. Mutation: `{diff(name)}`")
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    if unexplained:
        print(f"\nunexplained survivors: {', '.join(unexplained)}", file=sys.stderr)
    if stale:
        print(f"\nexplained, but no such mutant (stale?): {', '.join(stale)}", file=sys.stderr)
    return 1 if failing or unexplained else 0


if __name__ == "__main__":
    sys.exit(main())
