from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import MockProcess, running_mock

#: Cases run per suite, filled in by the suites and printed at the end of the session.
CASE_COUNTS: dict[str, int] = {}


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if CASE_COUNTS:
        terminalreporter.section("contract suite: cases run")
        for name, count in sorted(CASE_COUNTS.items()):
            terminalreporter.write_line(f"{name}: {count}")
        terminalreporter.write_line(f"total: {sum(CASE_COUNTS.values())}")


@pytest.fixture(scope="session")
def gunicorn_mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockProcess]:
    """The mock as `make mock` runs it. Any well-formed asset id is ready, so that Schemathesis's
    schema-valid ids are accepted; the stateful phase still follows upload → metadata → embed."""
    with running_mock(
        Path(tmp_path_factory.mktemp("schemathesis-mock")), MOCK_ACCEPT_ANY_ASSET="1"
    ) as mock:
        yield mock
