"""What tests/, contract_tests/ and bench/ share (a dev-only package, not in the wheel): the
seeded values, the mock run in subprocesses, and the slow modules' background work."""

from __future__ import annotations

from kit_testing.ahead import AHEAD, NICE, NICENESS, Ahead, Job
from kit_testing.constants import BASE_PATH, KEY, MODEL, ROOT, SEED_ASSET
from kit_testing.mocks import MockProcess, concurrently, free_port, running_mock, running_mocks

__all__ = [
    "AHEAD",
    "BASE_PATH",
    "KEY",
    "MODEL",
    "NICE",
    "NICENESS",
    "ROOT",
    "SEED_ASSET",
    "Ahead",
    "Job",
    "MockProcess",
    "concurrently",
    "free_port",
    "running_mock",
    "running_mocks",
]
