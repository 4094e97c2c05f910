"""`schemathesis run` (CLI, schemathesis.toml) against the mock under granian, over HTTP.

The runs are independent (a mock each): the mocks start and the CLI runs against each at once,
ahead of the module's tests (``kit_testing.AHEAD``); each test judges its own run."""

from __future__ import annotations

from functools import partial
from typing import Any, NamedTuple

import httpx
import pytest

from contract_tests.case_counts import CASE_COUNTS
from contract_tests.schemathesis_runs import cases_generated, dialect_args, run_schemathesis
from kit_testing import AHEAD, KEY, NICENESS, MockProcess, concurrently, running_mocks
from mavi_contract import DIALECTS

pytestmark = pytest.mark.slow


class Run(NamedTuple):
    code: int
    output: str
    #: The requests to the signed-URL storage in the mock's journal after the run.
    uploads: list[dict[str, Any]]


def storage_uploads(mock: MockProcess) -> list[dict[str, Any]]:
    journal = httpx.get(mock.url + "/__mock/journal", params={"limit": 10000}).json()
    return [r for r in journal["data"]["requests"] if r["path"].startswith("/storage/upload/")]


RUNS = [*((d, "faithful") for d in DIALECTS), ("seed", "accept-any")]


def _run(
    session: pytest.Session, tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[str, str], Run]:
    """Each (dialect, assets) run, all at once: its mock (granian, 2 workers), the CLI, and the
    storage uploads the mock's journal holds after it."""
    mocks = {
        (dialect, assets): MockProcess(
            tmp_path_factory.mktemp(f"http-{dialect}-{assets}"),
            MOCK_DIALECT=dialect,
            **({"MOCK_ACCEPT_ANY_ASSET": "1"} if assets != "faithful" else {}),
        )
        for dialect, assets in RUNS
    }

    def run(dialect: str, assets: str) -> Run:
        mock = mocks[dialect, assets]
        code, output = run_schemathesis(
            mock.base_url, f"http-{dialect}-{assets}", "-H", f"Authorization: {KEY}",
            document=dialect_args(dialect),
        )  # fmt: skip
        return Run(code, output, storage_uploads(mock))

    with running_mocks(*mocks.values(), nice=NICENESS):
        results = concurrently(partial(run, *key) for key in mocks)
    return dict(zip(mocks, results, strict=True))


AHEAD.register(__name__, _run)


@pytest.fixture(scope="module")
def runs(request: pytest.FixtureRequest) -> dict[tuple[str, str], Run]:
    results: dict[tuple[str, str], Run] = AHEAD.result(request, __name__)
    return results


@pytest.mark.parametrize(("dialect", "assets"), RUNS)
def test_mock_keeps_the_contract_in_each_dialect(
    dialect: str, assets: str, runs: dict[tuple[str, str], Run]
) -> None:
    """Every check, positive and negative, all four phases, against the dialect's own document;
    the stateful phase walks signed URL → storage upload → metadata → embed. The mock is the
    default, provider-faithful one (an unknown asset is a 400 "Asset not found"), and once more
    with MOCK_ACCEPT_ANY_ASSET, where every well-formed id is a ready asset."""
    code, output, uploads = runs[dialect, assets]
    stored = [r for r in uploads if r["status"] == 204]
    CASE_COUNTS[f"schemathesis CLI over HTTP ({dialect} dialect, {assets})"] = cases_generated(
        output
    )
    assert code == 0, output[-6000:]
    for phase in ("Examples", "Coverage", "Fuzzing", "Stateful"):
        assert f"✅ {phase}" in output or f"✅  {phase}" in output, output[-3000:]
    assert "API Links:    6 covered / 6 selected / 6 total" in output, output[-3000:]
    # The signed URLs the API issued were used: files reached the storage and were stored.
    assert stored, "no upload to a signed URL succeeded"
