"""generated_client/ must be exactly what openapi-python-client makes from openapi.yaml."""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import ROOT

IGNORED = {"__pycache__", ".ruff_cache"}
pytestmark = pytest.mark.slow  # runs the generator in a subprocess


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not IGNORED & set(p.relative_to(root).parts)
    }


def generate(output: Path) -> None:
    bin_dir = Path(sys.executable).parent
    subprocess.run(
        [
            str(bin_dir / "openapi-python-client"),
            "generate",
            "--path",
            str(ROOT / "openapi.yaml"),
            "--config",
            str(ROOT / "openapi-python-client.yaml"),
            "--meta",
            "none",
            "--output-path",
            str(output),
        ],
        check=True,
        capture_output=True,
        # The post-hooks call ruff from PATH: use the pinned one in this virtualenv.
        env={"PATH": f"{bin_dir}:/usr/bin:/bin"},
    )


def diff(committed: Path, fresh: Path) -> list[str]:
    a, b = _tree(committed), _tree(fresh)
    changed = [name for name in a.keys() & b.keys() if a[name] != b[name]]
    return sorted(
        [f"only committed: {n}" for n in a.keys() - b.keys()]
        + [f"only generated: {n}" for n in b.keys() - a.keys()]
        + [f"differs: {n}" for n in changed]
    )


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("regenerated") / "generated_client"
    generate(output)
    return output


def test_generated_client_matches_the_contract(fresh: Path) -> None:
    problems = diff(ROOT / "generated_client", fresh)
    assert not problems, "run `make generate`:\n" + "\n".join(problems)


def test_drift_check_notices_a_one_character_edit(fresh: Path, tmp_path: Path) -> None:
    edited = tmp_path / "edited"
    shutil.copytree(ROOT / "generated_client", edited)
    target = edited / "client.py"
    text = target.read_text()
    target.write_text(text.replace("Bearer", "Bearex", 1))
    assert filecmp.cmp(target, ROOT / "generated_client" / "client.py") is False
    assert diff(edited, fresh) == ["differs: client.py"]
