"""The three dialects in the contract: the table, the overlays, and how strictly each document judges.

openapi.yaml is the seed dialect; mavi_contract/dialects/openapi.{modern,legacy}.yaml are built from it by the
overlays in overlays/. Each document must accept its own dialect's answers and refuse the others'.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from openapi_spec_validator import validate

import overlays.build as module
from mavi_contract import DIALECTS, document_path
from overlays.build import build
from overlays.build import main as build_main
from tests.support import BASE_PATH, ContractViolation, ResponseContract

CONTRACTS = {dialect: ResponseContract(document_path(dialect)) for dialect in DIALECTS}
EMBED = BASE_PATH + "/embeddings/video"
VECTOR = [0.5] * 1408


def judge(dialect: str, status: int, body: dict[str, Any], path: str = EMBED) -> None:
    request = httpx.Request("POST", "http://localhost" + path)
    headers = {"Retry-After": "1"} if status == 429 else {}
    response = httpx.Response(status, json=body, headers=headers, request=request)
    CONTRACTS[dialect].check(request, response)


def seed_error(code: str = "0401") -> dict[str, Any]:
    return {"code": code, "msg": "Unauthorized", "data": None, "success": False, "failed": True}


MODERN_ERROR = {"code": 401, "msg": "Unauthorized", "data": None}
SEED_SUCCESS = {
    "code": "0000",
    "msg": "success",
    "data": {"embedding": VECTOR},
    "success": True,
    "failed": False,
}
MODERN_SUCCESS = {**SEED_SUCCESS, "code": 200}
MODERN_BARE_SUCCESS = {"code": 200, "msg": "success", "data": {"embedding": VECTOR}}

# (dialect, HTTP status, body, accepted?)
CASES = [
    ("seed", 200, SEED_SUCCESS, True),
    ("seed", 401, seed_error(), True),
    ("seed", 401, MODERN_ERROR, False),  # a 3-field body
    ("seed", 401, {**seed_error(), "code": 401}, False),  # an integer code
    ("seed", 200, seed_error(), False),  # an error on HTTP 200
    ("seed", 200, MODERN_SUCCESS, False),
    ("modern", 200, MODERN_SUCCESS, True),
    ("modern", 200, MODERN_BARE_SUCCESS, True),
    ("modern", 401, MODERN_ERROR, True),
    ("modern", 401, seed_error(), False),  # five fields, a string code
    ("modern", 401, {**MODERN_ERROR, "code": "0401"}, False),
    ("modern", 200, MODERN_ERROR, False),  # an error on HTTP 200
    ("modern", 200, SEED_SUCCESS, False),
    ("legacy", 200, SEED_SUCCESS, True),
    ("legacy", 200, seed_error(), True),  # the legacy way: an error on HTTP 200
    ("legacy", 200, seed_error("0429"), True),
    # As the provider's own client's tests model it: no success/failed.
    ("legacy", 200, {"code": "0429", "msg": "Rate limit exceeded", "data": None}, True),
    ("legacy", 200, {**seed_error(), "success": True}, False),
    ("legacy", 401, seed_error(), False),  # an error at its own status
    ("legacy", 200, {**seed_error(), "code": 401}, False),
    ("legacy", 200, MODERN_SUCCESS, False),
]


@pytest.mark.parametrize(
    ("dialect", "status", "body", "accepted"),
    CASES,
    ids=[f"{d}-{s}-{i}" for i, (d, s, _, _) in enumerate(CASES)],
)
def test_each_document_judges_its_own_dialect_strictly(
    dialect: str, status: int, body: dict[str, Any], accepted: bool
) -> None:
    if accepted:
        judge(dialect, status, body)
    else:
        with pytest.raises(ContractViolation):
            judge(dialect, status, body)


def test_the_built_documents_are_up_to_date() -> None:
    assert build_main(["--check"]) == 0, "run `make dialects`"


def test_the_check_sees_a_stale_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stale = tmp_path / "dialects"
    stale.mkdir()
    for dialect in ("modern", "legacy"):
        text = build(dialect).replace("x-dialect: ", "x-dialect:  ", 1)
        (stale / f"openapi.{dialect}.yaml").write_text(text)
    monkeypatch.setattr(module, "OUTPUT", stale)
    monkeypatch.setattr(module, "ROOT", tmp_path)
    assert build_main(["--check"]) == 1


@pytest.mark.parametrize("dialect", DIALECTS)
def test_each_document_is_valid_openapi_and_names_its_dialect(dialect: str) -> None:
    document = yaml.safe_load(document_path(dialect).read_text())
    validate(document)
    assert document["info"]["x-dialect"] == dialect


def test_the_table_has_every_status_the_documents_declare() -> None:
    seed = CONTRACTS["seed"].spec
    statuses = {
        int(status)
        for path, item in seed["paths"].items()
        if not path.startswith("/storage/")
        for op in item.values()
        for status in op["responses"]
    }
    rows = seed["x-dialect-table"]
    # 404: the mock's answer to a route that does not exist (no operation declares it).
    assert {row["status"] for row in rows} == statuses | {404}
    for row in rows:
        assert row["modern"] == row["status"]
        assert len(row["seed"]) == 4 and len(row["legacy"]) == 4
    success = next(row for row in rows if row["status"] == 200)
    assert (success["seed"], success["modern"], success["legacy"]) == ("0000", 200, "0000")


def test_the_legacy_document_declares_no_api_error_status() -> None:
    legacy = CONTRACTS["legacy"].spec
    for path, item in legacy["paths"].items():
        for op in item.values():
            if path.startswith("/storage/"):
                assert "403" in op["responses"]  # the storage keeps its statuses
            else:
                assert set(op["responses"]) == {"200"}, path


# --- what other teams' tools need from every document (see `make ecosystem`) ---------------------


def _examples(node: dict[str, Any]) -> set[str]:
    """The names of the examples in a requestBody, parameter or response."""
    names = set(node.get("examples", {}))
    for media in node.get("content", {}).values():
        names |= set(media.get("examples", {}))
    return names


@pytest.mark.parametrize("dialect", DIALECTS)
def test_every_request_example_has_a_response_example_of_the_same_name(dialect: str) -> None:
    """Specmatic (and Prism) pair a request example with the response example of its name; an
    operation that answers JSON on success has an example of it, and each path parameter has one."""
    spec = CONTRACTS[dialect].spec
    for path, item in spec["paths"].items():
        for method, op in item.items():
            success = op["responses"].get("200", {})
            if "content" not in success:  # the storage's 204: no body to pair with
                continue
            responses = _examples(success)
            assert responses, f"{dialect}: {method} {path} has no success example"
            requests = _examples(op.get("requestBody", {}))
            for parameter in op.get("parameters", []):
                if parameter["in"] == "path":
                    assert _examples(parameter), f"{dialect}: {path}: {parameter['name']}"
                requests |= _examples(parameter)
            assert requests <= responses, f"{dialect}: {method} {path}: {requests - responses}"


@pytest.mark.parametrize("dialect", DIALECTS)
def test_the_success_examples_are_in_the_dialect(dialect: str) -> None:
    spec = CONTRACTS[dialect].spec
    code = 200 if dialect == "modern" else "0000"
    for item in spec["paths"].values():
        for op in item.values():
            media = op["responses"].get("200", {}).get("content", {})
            for content in media.values():
                for example in content.get("examples", {}).values():
                    assert example["value"]["code"] == code


@pytest.mark.parametrize("dialect", DIALECTS)
def test_the_storage_error_is_an_xml_object_that_tools_can_load(dialect: str) -> None:
    """An XML body is typed as an object named Error with Code and Message: the mock's answer."""
    import xml.etree.ElementTree as ET  # noqa: PLC0415

    import jsonschema  # noqa: PLC0415

    from mock_server.infrastructure import storage_error  # noqa: PLC0415

    spec = CONTRACTS[dialect].spec
    schema = spec["components"]["responses"]["StorageError"]["content"]["application/xml"]
    schema = schema["schema"]
    assert schema["type"] == "object" and schema["xml"] == {"name": "Error"}
    answer = ET.fromstring(storage_error(403, "AccessDenied", "used").get_data())
    assert answer.tag == schema["xml"]["name"]
    body = {child.tag: child.text for child in answer}
    jsonschema.Draft202012Validator(schema).validate(body)
    assert set(body) == set(schema["required"]) == set(schema["properties"])
