"""contract_tests/' session report: the cases each suite ran."""

from __future__ import annotations

import pytest

from contract_tests.case_counts import CASE_COUNTS


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if CASE_COUNTS:
        terminalreporter.section("contract suite: cases run")
        for name, count in sorted(CASE_COUNTS.items()):
            terminalreporter.write_line(f"{name}: {count}")
        terminalreporter.write_line(f"total: {sum(CASE_COUNTS.values())}")
