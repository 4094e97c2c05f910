from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from flask import Flask

from mock_server import MockConfig, create_app
from tests.support import MakeApp

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def make_app(tmp_path: Path) -> MakeApp:
    """Makes apps in-process, each with its own data directory unless one is given."""
    counter = iter(range(1000))

    def make(**settings: Any) -> Flask:
        settings.setdefault("data_dir", tmp_path / f"data{next(counter)}")
        return create_app(MockConfig(**settings))

    return make


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "openapi.yaml").read_text())


@pytest.fixture(scope="session")
def code_table(spec: dict[str, Any]) -> list[dict[str, Any]]:
    table: list[dict[str, Any]] = spec["x-dialect-table"]
    return table
