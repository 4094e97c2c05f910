from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "openapi.yaml").read_text())


@pytest.fixture(scope="session")
def code_table(spec: dict[str, Any]) -> list[dict[str, Any]]:
    table: list[dict[str, Any]] = spec["x-dialect-table"]
    return table
