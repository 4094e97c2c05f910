"""Write reports/mutation.md from mutmut's results: the score per module and every survivor.

Run by `make mutation` after `mutmut run`. Each surviving mutant must be explained below as
equivalent (it cannot change what any caller sees); a survivor without an explanation, or a
module under ``TARGET`` killed, fails the target, so a new survivor is either killed by a test or
explained here in one line.
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
    "mock_server.envelope",
    "mock_server.vectors",
    "mock_server.prefer",
)

#: Surviving mutants that are equivalent: mutant name -> why no caller can tell.
EQUIVALENT = {
    "mavi_client._envelope.x_error_class__mutmut_14": "`< 500` to `<= 500`: 500 already returned ServerError two lines up",
    "mavi_client._envelope.x_error_class__mutmut_15": "`< 500` to `< 501`: 500 already returned ServerError two lines up",
    "mavi_client._envelope.x_describe_body__mutmut_41": "`decode('utf-8', ...)` to `decode(...)`: UTF-8 is the default",
    "mavi_client._envelope.x_describe_body__mutmut_44": "`'utf-8'` to `'UTF-8'`: the same codec",
    "mavi_client._envelope.x__error__mutmut_13": "`Retry-After` to `retry-after`: httpx headers ignore case",
    "mavi_client._envelope.x__error__mutmut_14": "`Retry-After` to `RETRY-AFTER`: httpx headers ignore case",
    "mock_server.envelope.x_requested_dialect__mutmut_17": "`partition('=')` to `rpartition`: a name that holds `=` is never `dialect`, and with one `=` both split alike",
    "mock_server.envelope.x_current_dialect__mutmut_10": "`Prefer` to `prefer`: werkzeug headers ignore case",
    "mock_server.envelope.x_current_dialect__mutmut_11": "`Prefer` to `PREFER`: werkzeug headers ignore case",
    "mock_server.envelope.x_current_dialect__mutmut_14": "`g.dialect = dialect` to `= None`: only a memo; the next call works it out again from the same request",
    "mock_server.vectors.x_embedding__mutmut_20": "`astype(np.float64)` to `astype(None)`: None means float64",
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
    survivors = sorted(name for name, status in found.items() if status != "killed")
    unexplained = [name for name in survivors if name not in EQUIVALENT]
    lines = [
        "# Mutation testing",
        "",
        f"Made by `make mutation` on {time.strftime('%Y-%m-%d')}: mutmut over the modules whose job is to"
        " refuse bad data or make exact data, each mutant against the fast suites that reach it"
        " (`[tool.mutmut]` in pyproject.toml).",
        "",
        "| module | mutants | killed | survived | score | target |",
        "|---|---:|---:|---:|---:|---|",
    ]  # fmt: skip
    failing = False
    for module, counts in per_module.items():
        total = sum(counts.values())
        killed = counts["killed"]
        score = killed / total if total else 0.0
        failing |= score < TARGET
        lines.append(
            f"| `{module}` | {total} | {killed} | {total - killed} | {score:.1%} |"
            f" {'met' if score >= TARGET else 'NOT MET'} (≥ {TARGET:.0%}) |"
        )
    lines += ["", "## Every surviving mutant", ""]
    if not survivors:
        lines.append("None.")
    for name in survivors:
        reason = EQUIVALENT.get(name, "UNEXPLAINED: kill it with a test, or explain it here")
        lines.append(f"- `{name}` ({found[name]}): {reason}. Mutation: `{diff(name)}`")
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    if unexplained:
        print(f"\nunexplained survivors: {', '.join(unexplained)}", file=sys.stderr)
    return 1 if failing or unexplained else 0


if __name__ == "__main__":
    sys.exit(main())
