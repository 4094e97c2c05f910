"""`schemathesis run` (CLI, schemathesis.toml) against the mock under gunicorn, over HTTP."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from contract_tests.conftest import CASE_COUNTS
from tests.support import KEY, ROOT, MockProcess, running_mock

pytestmark = pytest.mark.slow
SCHEMATHESIS = str(Path(sys.executable).parent / "schemathesis")


def run_schemathesis(base_url: str, name: str, *extra: str) -> tuple[int, str]:
    """Run the CLI with the committed config; (exit code, output). Reports go to reports/."""
    result = subprocess.run(
        [
            SCHEMATHESIS,
            "run",
            str(ROOT / "openapi.yaml"),
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


def test_mock_keeps_the_contract_over_http(gunicorn_mock: MockProcess) -> None:
    code, output = run_schemathesis(
        gunicorn_mock.base_url, "http-string-codes", "-H", f"Authorization: {KEY}"
    )
    CASE_COUNTS["schemathesis CLI over HTTP (string codes)"] = cases_generated(output)
    assert code == 0, output[-6000:]
    for phase in ("Examples", "Coverage", "Fuzzing", "Stateful"):
        assert f"✅ {phase}" in output or f"✅  {phase}" in output, output[-3000:]
    assert "API Links:    3 covered / 3 selected / 3 total" in output


def test_mock_keeps_the_contract_with_integer_codes(tmp_path: Path) -> None:
    with running_mock(tmp_path, MOCK_ACCEPT_ANY_ASSET="1", MOCK_CODE_STYLE="integer") as mock:
        code, output = run_schemathesis(
            mock.base_url, "http-integer-codes", "-H", f"Authorization: {KEY}"
        )
    CASE_COUNTS["schemathesis CLI over HTTP (integer codes)"] = cases_generated(output)
    assert code == 0, output[-6000:]
