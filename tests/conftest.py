"""tests/' fixtures: in-process apps sharing one reading of the contract (and a client of one that
checks every response), the contract as YAML, and the start of the slow modules' background work
with the session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from flask import Flask

from kit_testing import AHEAD, ROOT
from mock_server import MockConfig, create_app
from mock_server.contract import Contract, load_contract
from tests.support import MakeApp


@pytest.fixture(scope="session")
def mock_contract() -> Contract:
    """openapi.yaml as the mock reads it, read once: ``create_app`` reads and compiles it again
    for every app otherwise (about 80 ms, most of the cost of an app)."""
    return load_contract()


@pytest.fixture
def make_app(tmp_path: Path, mock_contract: Contract) -> MakeApp:
    """Makes apps in-process, each with its own data directory unless one is given; they share
    the session's reading of the contract (``create_app(contract=...)``), which no app changes."""
    counter = iter(range(1000))

    def make(**settings: Any) -> Flask:
        settings.setdefault("data_dir", tmp_path / f"data{next(counter)}")
        return create_app(MockConfig(**settings), contract=mock_contract)

    return make


@pytest.fixture
def app(make_app: MakeApp) -> Flask:
    """A default app, in-process."""
    return make_app()


@pytest.fixture
def http(app: Flask) -> Iterator[httpx.Client]:
    """An httpx client of ``app`` that checks every response against openapi.yaml."""
    # Imported here: reading the three dialects' documents takes 0.4 s, which only the modules
    # that use this fixture need to spend.
    from tests.support.in_process import http_for  # noqa: PLC0415

    with http_for(app) as client:
        yield client


@pytest.fixture(scope="session", autouse=True)
def _background_work(request: pytest.FixtureRequest) -> None:
    """The slow modules' work (the wheel and its virtualenvs, the Schemathesis CLI runs) starts
    with the session's first test, at a lower priority, on the core the in-process tests leave
    idle (``kit_testing.AHEAD``)."""
    AHEAD.start(request)


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "openapi.yaml").read_text())


@pytest.fixture(scope="session")
def code_table(spec: dict[str, Any]) -> list[dict[str, Any]]:
    table: list[dict[str, Any]] = spec["x-dialect-table"]
    return table
