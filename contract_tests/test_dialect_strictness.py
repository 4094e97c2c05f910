"""Each dialect is checked strictly: a mock that speaks another dialect fails the document's run.

A permissive contract that accepted any mix of dialects would let drift pass unseen. Here the mock
answers in one dialect and Schemathesis judges it by another dialect's document; the run must
fail, and the report must name what gave it away. The runs are independent: they go at once,
ahead of the module's tests (``kit_testing.AHEAD``), and each test judges its own.
"""

from __future__ import annotations

from functools import partial

import pytest

from contract_tests.schemathesis_runs import dialect_args, run_schemathesis
from kit_testing import AHEAD, KEY, NICENESS, MockProcess, concurrently, running_mocks

pytestmark = pytest.mark.slow

# (the mock's dialect, the document's dialect) -> what the report must name
CROSSED = {
    # A 3-field error body, and an integer code, fail the seed document.
    ("modern", "seed"): ["Response violates schema", "code_follows_dialect_table"],
    # An error on HTTP 200 fails the seed and the modern documents.
    ("legacy", "seed"): ["Response violates schema", "envelope_flags_agree"],
    ("legacy", "modern"): ["Response violates schema", "code_follows_dialect_table"],
    # Errors at their own status fail the legacy document.
    ("seed", "legacy"): ["Undocumented status code", "code_follows_dialect_table"],
    # A 5-field error with a string code fails the modern document.
    ("seed", "modern"): ["Response violates schema", "code_follows_dialect_table"],
}


def _run(
    session: pytest.Session, tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[str, str], tuple[int, str]]:
    """Every crossed run's (exit code, report). One mock per spoken dialect serves each document
    that judges it (a run changes nothing another run looks at); all the runs go at once."""
    mocks = {
        spoken: MockProcess(
            tmp_path_factory.mktemp(f"speaks-{spoken}"),
            MOCK_ACCEPT_ANY_ASSET="1",
            MOCK_DIALECT=spoken,
        )
        for spoken in sorted({spoken for spoken, _ in CROSSED})
    }
    runs = [
        partial(
            run_schemathesis,
            mocks[spoken].base_url,
            f"crossed-{spoken}-as-{judged_by}",
            "-H",
            f"Authorization: {KEY}",
            "--phases",
            "examples,coverage",
            document=dialect_args(judged_by),
        )
        for spoken, judged_by in sorted(CROSSED)
    ]
    with running_mocks(*mocks.values(), nice=NICENESS):
        results = concurrently(runs)
    return dict(zip(sorted(CROSSED), results, strict=True))


AHEAD.register(__name__, _run)


@pytest.fixture(scope="module")
def reports(request: pytest.FixtureRequest) -> dict[tuple[str, str], tuple[int, str]]:
    results: dict[tuple[str, str], tuple[int, str]] = AHEAD.result(request, __name__)
    return results


@pytest.mark.parametrize(("spoken", "judged_by"), sorted(CROSSED))
def test_a_mock_in_another_dialect_fails(
    spoken: str, judged_by: str, reports: dict[tuple[str, str], tuple[int, str]]
) -> None:
    code, output = reports[spoken, judged_by]
    assert code != 0, f"{spoken} answers passed the {judged_by} document:\n{output[-3000:]}"
    missing = [needle for needle in CROSSED[spoken, judged_by] if needle not in output]
    assert not missing, f"report lacks {missing}:\n{output[-4000:]}"
