"""Every contract document reads the same under YAML 1.2 as under PyYAML (YAML 1.1).

Most JavaScript tooling (js-yaml) and ruamel.yaml read YAML 1.2, whose core schema makes any run
of digits an integer: an unquoted ``0409`` is the integer 409 there, and still the string "0409"
for PyYAML. The string codes (``"0000"``, ``"0409"``) must therefore be quoted in every document;
overlays/build.py quotes every string that a YAML 1.2 reader would take for something else.
`make ecosystem` also reads the documents with js-yaml itself.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
import yaml
from ruamel.yaml import YAML

from mavi_contract import DIALECTS, document_path
from overlays.build import dump

DOCUMENTS = {dialect: document_path(dialect) for dialect in DIALECTS}


def yaml12(text: str) -> Any:
    """The document as a YAML 1.2 reader sees it (ruamel.yaml's safe loader: YAML 1.2 core)."""
    return YAML(typ="safe", pure=True).load(io.StringIO(text))


def _codes(node: Any) -> list[Any]:
    """Every value of a ``code`` key (the envelope's code in the examples)."""
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "code" and not isinstance(value, dict):
                found.append(value)
            found.extend(_codes(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_codes(value))
    return found


@pytest.mark.parametrize("dialect", DIALECTS)
def test_a_yaml_12_reader_reads_what_pyyaml_reads(dialect: str) -> None:
    text = DOCUMENTS[dialect].read_text()
    assert yaml12(text) == yaml.safe_load(text)


@pytest.mark.parametrize("dialect", DIALECTS)
def test_every_string_code_is_a_string_under_yaml_12(dialect: str) -> None:
    document = yaml12(DOCUMENTS[dialect].read_text())
    for row in document["x-dialect-table"]:
        strings = [row["seed"], row["legacy"], *row["also"]]
        assert all(isinstance(code, str) and len(code) == 4 for code in strings), row
        assert isinstance(row["modern"], int), row
    codes = _codes(document["paths"]) + _codes(document["components"])
    assert codes, "the document has examples with codes"
    expected = int if dialect == "modern" else str
    assert all(isinstance(code, expected) for code in codes), codes


def test_the_build_quotes_every_string_yaml_12_would_read_otherwise() -> None:
    tricky = ["0409", "0000", "1e3", "0x1F", "0o17", ".5", "+1", "true", "False", "null", "~", ""]
    plain = ["re_657745568997527552", "multimodalembedding@001", "yes", "0409a", "1-2"]
    data = {"values": tricky + plain, "keys": {value: 1 for value in tricky if value}}
    text = dump(data)
    assert yaml12(text) == data == yaml.safe_load(text)


def test_the_check_sees_an_unquoted_code(tmp_path: Path) -> None:
    text = "codes:\n- 0409\n- '0429'\n"
    assert yaml.safe_load(text) == {"codes": ["0409", "0429"]}
    assert yaml12(text) == {"codes": [409, "0429"]}
