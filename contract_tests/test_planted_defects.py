"""A mock with a planted defect must be caught; the output names what caught it.

Each defect gets its own defective server and its own Schemathesis CLI run, limited to the phases
that catch it (each was checked to catch it alone: examples for most, coverage for the request
that must be refused). The runs are independent: they go at once, started ahead of the module's
tests (``kit_testing.AHEAD``), and each test judges its own run.
"""

from __future__ import annotations

from contextlib import ExitStack
from functools import partial
from typing import NamedTuple

import pytest

from contract_tests.defects import serve_defective_process
from contract_tests.schemathesis_runs import dialect_args, run_schemathesis
from kit_testing import AHEAD, KEY, NICE, concurrently

pytestmark = pytest.mark.slow


class Defect(NamedTuple):
    defect: str
    #: The dialect the mock speaks and the run is judged by; "faithful" is the seed dialect with
    #: the provider-faithful assets (an unknown asset is a 400 "Asset not found").
    dialect: str
    #: The Authorization header to send.
    header: str
    #: What must appear in the report.
    needles: list[str]
    phases: str = "examples"

    @property
    def id(self) -> str:
        return f"{self.defect}-{self.dialect}"


EXPECTED = [
    Defect("failed_left_true", "seed", KEY, ["envelope_flags_agree", "Response violates schema"]),
    Defect("vector_1407_long", "seed", KEY, ["embedding_vector_is_sound", "1407 values"]),
    # No example sends a bad model: the coverage phase's negative cases do.
    Defect(
        "bad_model_accepted",
        "seed",
        KEY,
        ["Schema-violating request accepted", "model: Invalid enum value"],
        phases="coverage",
    ),
    Defect("bearer_accepted", "seed", f"Bearer {KEY}", ["bearer_prefix_is_rejected"]),
    # The legacy dialect's own checks (its errors travel at HTTP 200) still bite.
    Defect("no_key_accepted", "legacy", KEY, ["legacy_auth_is_enforced", "no key"]),
    Defect("valid_embedding_refused", "legacy", KEY, ["Valid data should have been accepted"]),
    Defect("failed_left_true", "legacy", KEY, ["envelope_flags_agree"]),
    # The provider-faithful mock: a valid request refused as "Invalid parameters" is still caught.
    Defect(
        "valid_embedding_refused_400", "faithful", KEY, ["Valid data should have been accepted"]
    ),
]


def _selected(session: pytest.Session) -> list[Defect]:
    """The defects of this module's tests in the session (all of them unless some are chosen)."""
    chosen = {
        item.callspec.id
        for item in session.items
        if isinstance(item, pytest.Function)
        and item.module.__name__ == __name__
        and hasattr(item, "callspec")
    }
    return [case for case in EXPECTED if case.id in chosen] or EXPECTED


def _run(
    session: pytest.Session, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[int, str]]:
    """Every selected defect's (exit code, report): its server up (a process each), the CLI runs
    at once."""
    cases = _selected(session)
    with ExitStack() as servers:
        runs = []
        for case in cases:
            faithful = case.dialect == "faithful"
            dialect = "seed" if faithful else case.dialect
            base_url = servers.enter_context(
                serve_defective_process(
                    case.defect,
                    tmp_path_factory.mktemp(case.id),
                    dialect,
                    accept_any_asset=not faithful,
                    prefix=tuple(NICE),
                )
            )
            runs.append(
                partial(
                    run_schemathesis,
                    base_url,
                    f"defect-{case.defect}-{dialect}",
                    "-H",
                    f"Authorization: {case.header}",
                    "--max-failures",
                    "5",
                    "--phases",
                    case.phases,
                    document=dialect_args(dialect),
                )
            )
        results = concurrently(runs)
    return {case.id: result for case, result in zip(cases, results, strict=True)}


AHEAD.register(__name__, _run)


@pytest.fixture(scope="module")
def reports(request: pytest.FixtureRequest) -> dict[str, tuple[int, str]]:
    results: dict[str, tuple[int, str]] = AHEAD.result(request, __name__)
    return results


@pytest.mark.parametrize("case", EXPECTED, ids=[case.id for case in EXPECTED])
def test_planted_defect_is_caught(case: Defect, reports: dict[str, tuple[int, str]]) -> None:
    code, output = reports[case.id]
    assert code != 0, f"{case.defect} was not caught ({case.phases}):\n{output[-3000:]}"
    missing = [needle for needle in case.needles if needle not in output]
    assert not missing, f"{case.defect}: report lacks {missing}:\n{output[-4000:]}"
