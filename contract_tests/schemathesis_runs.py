"""The Schemathesis CLI run as the HTTP suites run it (the committed config, reports in reports/,
at a lower priority), each dialect's document and checks, and the count of cases a run made."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from contract_tests.checks import LEGACY_EXCLUDED_CHECKS
from kit_testing import NICE, ROOT
from mavi_contract import document_path

SCHEMATHESIS = str(Path(sys.executable).parent / "schemathesis")


def run_schemathesis(
    base_url: str, name: str, *extra: str, document: list[str] | None = None
) -> tuple[int, str]:
    """Run the CLI with the committed config; (exit code, output). Reports go to reports/.

    ``document``: the document to test and any arguments that go with it (default: openapi.yaml,
    the seed dialect). At a lower priority (``nice``): these runs go on in the background while
    other tests run (``kit_testing.AHEAD``), and take only the CPU those leave."""
    result = subprocess.run(
        [
            *NICE,
            SCHEMATHESIS,
            "run",
            *(document or [str(ROOT / "openapi.yaml")]),
            "--url",
            base_url,
            "--report-dir",
            str(ROOT / "reports" / "schemathesis" / name),
            *extra,
        ],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return result.returncode, result.stdout + result.stderr


def cases_generated(output: str) -> int:
    match = re.search(r"(\d+) generated", output)
    assert match, output[-2000:]
    return int(match.group(1))


def dialect_args(dialect: str) -> list[str]:
    """The document of a dialect, and the stock checks its run replaces with legacy_* ones."""
    args = [str(document_path(dialect))]
    if dialect == "legacy":
        args += ["--exclude-checks", ",".join(LEGACY_EXCLUDED_CHECKS)]
    return args
