"""Build the modern and legacy dialect documents from openapi.yaml and the overlays beside it.

    python -m overlays.build            # writes mavi_contract/dialects/openapi.<dialect>.yaml
    python -m overlays.build --check    # exit 1 if a committed document is out of date

openapi.yaml describes the seed dialect. Each ``overlays/<dialect>.yaml`` is an OpenAPI Overlay
(OAI Overlay Specification 1.0), applied with oas-patch. The outputs are committed, like
generated_client/, so that Schemathesis runs and tests read them without this build step, and a
test rebuilds them to catch an edit that was not rebuilt.
"""

from __future__ import annotations

import argparse
import copy
import re
import sys
from pathlib import Path
from typing import Any

import yaml
from oas_patch.overlay import apply_overlay

from mavi_contract import DIALECTS_DIR, SPEC_PATH
from mavi_contract import document_path as _document_path

ROOT = Path(__file__).resolve().parent.parent
SEED = SPEC_PATH
OVERLAYS = Path(__file__).resolve().parent
OUTPUT = DIALECTS_DIR
DIALECTS = ("modern", "legacy")
HEADER = "# Built by `make dialects` from openapi.yaml and overlays/{name}.yaml; do not edit.\n"

# Strings that a YAML 1.2 reader (js-yaml, ruamel.yaml) would take for a number, a boolean or
# null: the core schema's forms, and js-yaml's binary and underscored numbers. PyYAML quotes only
# what YAML 1.1 would misread, and YAML 1.1 reads `0409` (a 9 is no octal digit) as a string.
YAML12_NOT_STRING = re.compile(
    r"[-+]?(0b[01_]+|0o[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?"
    r"|\.[0-9_]+([eE][-+]?[0-9]+)?|\.(inf|Inf|INF))|\.(nan|NaN|NAN)"
    r"|null|Null|NULL|~|true|True|TRUE|false|False|FALSE|"
)


class _Dumper(yaml.SafeDumper):
    """PyYAML's safe dumper, quoting every string that YAML 1.2 would read as something else."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if YAML12_NOT_STRING.fullmatch(value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="'")
    return dumper.represent_str(value)


_Dumper.add_representer(str, _represent_str)


def dump(document: Any) -> str:
    """The document as YAML that YAML 1.1 and 1.2 readers read alike."""
    return yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def document_path(dialect: str) -> Path:
    """Where this build writes a dialect's document (``seed`` is openapi.yaml itself)."""
    return SEED if dialect == "seed" else OUTPUT / _document_path(dialect).name


def build(dialect: str, seed: dict[str, Any] | None = None) -> str:
    """The text of the dialect's document."""
    base = copy.deepcopy(seed if seed is not None else yaml.safe_load(SEED.read_text()))
    overlay = yaml.safe_load((OVERLAYS / f"{dialect}.yaml").read_text())
    document = apply_overlay(base, overlay)
    return HEADER.format(name=dialect) + dump(document)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m overlays.build", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if an output is stale")
    args = parser.parse_args(argv)
    seed = yaml.safe_load(SEED.read_text())
    stale = []
    for dialect in DIALECTS:
        text = build(dialect, seed)
        path = document_path(dialect)
        if args.check:
            if not path.exists() or path.read_text() != text:
                stale.append(str(path.relative_to(ROOT)))
        else:
            path.parent.mkdir(exist_ok=True)
            path.write_text(text)
            print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print(f"out of date (run `make dialects`): {', '.join(stale)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
