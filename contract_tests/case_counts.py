"""The cases each contract suite ran, filled in by the suites and printed at the end of the session
(contract_tests/conftest.py)."""

from __future__ import annotations

#: Cases run per suite.
CASE_COUNTS: dict[str, int] = {}
