"""The test suites' layout: no module imports a test module or a conftest, and bench/,
contract_tests/ and kit_testing/ do not import tests/ (what they share with it is in kit_testing/)."""

from __future__ import annotations

import ast
import fnmatch
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: The folders of hand-written test and measuring code.
FOLDERS = ("tests", "contract_tests", "bench", "kit_testing")
#: The folders that must not import tests/.
WITHOUT_TESTS = ("contract_tests", "bench", "kit_testing")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {
        module_name(path): path
        for folder in FOLDERS
        for path in sorted((ROOT / folder).rglob("*.py"))
        if "__pycache__" not in path.parts
    }


def imports(source: str, package: str, known: set[str]) -> set[str]:
    """The modules ``source`` (a module of ``package``) imports, as absolute names;
    ``from package import name`` counts as ``package.name`` too where that is in ``known``."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                anchor = parts[: len(parts) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in known)
    return found


def imports_of(path: Path, known: set[str]) -> set[str]:
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    return imports(path.read_text(), package, known)


def is_test_module(name: str) -> bool:
    last = name.rpartition(".")[2]
    return last.startswith("test_") or last == "conftest"


def test_no_module_imports_a_test_module_or_a_conftest() -> None:
    known = modules()
    wrong = sorted(
        f"{name} imports {other}"
        for name, path in known.items()
        for other in imports_of(path, set(known))
        if is_test_module(other)
    )
    assert not wrong, "\n".join(wrong)


def test_bench_contract_tests_and_kit_testing_do_not_import_tests() -> None:
    known = modules()
    wrong = sorted(
        f"{name} imports {other}"
        for name, path in known.items()
        if name.split(".")[0] in WITHOUT_TESTS
        for other in imports_of(path, set(known))
        if other == "tests" or other.startswith("tests.")
    )
    assert not wrong, "\n".join(wrong)


def test_the_import_reader_sees_every_form() -> None:
    source = (
        "import tests.test_a\n"
        "from tests import test_b, support\n"
        "from ..test_c import C\n"
        "from . import test_d\n"
        "def f():\n    from contract_tests.conftest import X\n"
    )
    known = {"tests.test_b", "tests.support.test_d"}
    found = imports(source, "tests.support", known)
    assert found == {
        "tests.test_a",
        "tests",
        "tests.test_b",
        "tests.test_c",
        "tests.support",
        "tests.support.test_d",
        "contract_tests.conftest",
    }
    assert {name for name in found if is_test_module(name)} == {
        "tests.test_a",
        "tests.test_b",
        "tests.test_c",
        "tests.support.test_d",
        "contract_tests.conftest",
    }


#: Every hand-written package (generated_client/ is generated).
HAND_WRITTEN = (
    "mavi_client",
    "mavi_contract",
    "mock_server",
    "overlays",
    "tools/ecosystem",
    *FOLDERS,
)
MAX_LINES = 450
#: Folders of installed or generated code inside those packages.
SKIPPED = {"__pycache__", "node_modules", "build"}


def hand_written() -> list[Path]:
    return [
        path
        for folder in HAND_WRITTEN
        for path in sorted((ROOT / folder).rglob("*.py"))
        if not SKIPPED.intersection(path.relative_to(ROOT).parts)
        and not any(part.startswith(".") for part in path.relative_to(ROOT).parts)
    ]


def test_no_hand_written_module_is_over_450_lines() -> None:
    long = [
        f"{path.relative_to(ROOT)}: {count} lines"
        for path in hand_written()
        if (count := len(path.read_text().splitlines())) > MAX_LINES
    ]
    assert not long, "\n".join(long)


def test_each_module_says_its_job_in_its_docstring() -> None:
    """Every module with code opens with a docstring (an empty ``__init__.py`` needs none)."""
    silent = [
        str(path.relative_to(ROOT))
        for path in hand_written()
        if (tree := ast.parse(path.read_text())).body and not ast.get_docstring(tree)
    ]
    assert not silent, "\n".join(silent)


def named_in_architecture(path: Path, names: set[str]) -> bool:
    """Whether ARCHITECTURE.md names ``path``: by its path or file name (a glob such as
    ``contract_tests/test_schemathesis_*.py`` counts), or by a folder it lies in (``kit_testing/``)."""
    relative = path.relative_to(ROOT).as_posix()
    for name in names:
        if name.endswith("/") and relative.startswith(name):
            return True
        pattern = name if "/" in name else f"*/{name}"
        if fnmatch.fnmatchcase(relative, pattern):
            return True
    return False


def test_architecture_names_every_hand_written_module() -> None:
    """ARCHITECTURE.md is the map: a module it does not name is a module a newcomer cannot find."""
    names = set(re.findall(r"`([\w./*-]+)`", (ROOT / "ARCHITECTURE.md").read_text()))
    unnamed = [
        path.relative_to(ROOT).as_posix()
        for path in hand_written()
        if path.name != "__init__.py" and not named_in_architecture(path, names)
    ]
    assert not unnamed, "ARCHITECTURE.md names none of:\n" + "\n".join(unnamed)
