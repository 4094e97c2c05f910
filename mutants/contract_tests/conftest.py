from __future__ import annotations

import pytest

#: Cases run per suite, filled in by the suites and printed at the end of the session.
CASE_COUNTS: dict[str, int] = {}


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if CASE_COUNTS:
        terminalreporter.section("contract suite: cases run")
        for name, count in sorted(CASE_COUNTS.items()):
            terminalreporter.write_line(f"{name}: {count}")
        terminalreporter.write_line(f"total: {sum(CASE_COUNTS.values())}")
