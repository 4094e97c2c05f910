"""`schemathesis run` (CLI, schemathesis.toml) against the mock under granian, over HTTP."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from contract_tests.checks import LEGACY_EXCLUDED_CHECKS
from contract_tests.conftest import CASE_COUNTS
from mavi_contract import document_path
from mock_server.contract import DIALECTS
from tests.support import KEY, ROOT, MockProcess, running_mock

pytestmark = pytest.mark.slow
SCHEMATHESIS = str(Path(sys.executable).parent / "schemathesis")


def run_schemathesis(
    base_url: str, name: str, *extra: str, document: list[str] | None = None
) -> tuple[int, str]:
    """Run the CLI with the committed config; (exit code, output). Reports go to reports/.

    ``document``: the document to test and any arguments that go with it (default: openapi.yaml,
    the seed dialect)."""
    result = subprocess.run(
        [
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


def storage_uploads(mock: MockProcess) -> list[dict[str, Any]]:
    journal = httpx.get(mock.url + "/__mock/journal", params={"limit": 10000}).json()
    return [r for r in journal["data"]["requests"] if r["path"].startswith("/storage/upload/")]


@pytest.mark.parametrize(
    ("dialect", "assets"),
    [*((d, "faithful") for d in DIALECTS), ("seed", "accept-any")],
)
def test_mock_keeps_the_contract_in_each_dialect(dialect: str, assets: str, tmp_path: Path) -> None:
    """Every check, positive and negative, all four phases, against the dialect's own document;
    the stateful phase walks signed URL → storage upload → metadata → embed. The mock is the
    default, provider-faithful one (an unknown asset is a 400 "Asset not found"), and once more
    with MOCK_ACCEPT_ANY_ASSET, where every well-formed id is a ready asset."""
    env = {
        "MOCK_DIALECT": dialect,
        **({"MOCK_ACCEPT_ANY_ASSET": "1"} if assets != "faithful" else {}),
    }
    with running_mock(tmp_path, **env) as mock:
        code, output = run_schemathesis(
            mock.base_url, f"http-{dialect}-{assets}", "-H", f"Authorization: {KEY}",
            document=dialect_args(dialect),
        )  # fmt: skip
        stored = [r for r in storage_uploads(mock) if r["status"] == 204]
    CASE_COUNTS[f"schemathesis CLI over HTTP ({dialect} dialect, {assets})"] = cases_generated(
        output
    )
    assert code == 0, output[-6000:]
    for phase in ("Examples", "Coverage", "Fuzzing", "Stateful"):
        assert f"✅ {phase}" in output or f"✅  {phase}" in output, output[-3000:]
    assert "API Links:    6 covered / 6 selected / 6 total" in output, output[-3000:]
    # The signed URLs the API issued were used: files reached the storage and were stored.
    assert stored, "no upload to a signed URL succeeded"
