"""The contract itself: valid OpenAPI 3.1, and the facts other modules rely on."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from mavi_client import DEFAULT_BASE_URL, MODEL_DIMENSIONS
from mavi_client._envelope import SUCCESS_CODES
from mavi_contract import DEFAULT_MODEL
from mock_server.app import EXAMPLE_ASSET_IDS
from tests.support import ROOT

ERROR_STATUSES = {"400", "401", "402", "403", "405", "409", "413", "415", "429", "500", "503"}


def test_spec_passes_openapi_spec_validator() -> None:
    spec_dict, base_uri = read_from_filename(str(ROOT / "openapi.yaml"))
    validate(spec_dict, base_uri=base_uri)  # raises on any violation
    assert spec_dict["openapi"].startswith("3.1")


def test_spec_validator_rejects_a_broken_spec(spec: dict[str, Any]) -> None:
    # Guard against the validator test passing vacuously.
    broken = dict(spec, paths={"/x": {"get": {"responses": "nope"}}})
    with pytest.raises(OpenAPIValidationError):
        validate(broken)


def test_server_and_security(spec: dict[str, Any]) -> None:
    assert spec["servers"][0]["url"] == DEFAULT_BASE_URL
    scheme = spec["components"]["securitySchemes"]["ApiKeyAuth"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", "Authorization")
    assert "Bearer" in scheme["description"]


def test_operations_have_stable_ids(spec: dict[str, Any]) -> None:
    ids = {
        path + " " + method: op["operationId"]
        for path, item in spec["paths"].items()
        for method, op in item.items()
    }
    assert ids == {
        "/embeddings/video post": "createVideoEmbedding",
        "/upload post": "uploadAsset",
        "/upload/signed-url post": "createSignedUploadUrl",
        "/storage/upload/{asset_id} post": "uploadToSignedUrl",
        "/{asset_id}/metadata get": "getAssetMetadata",
    }


def test_embedding_and_upload_declare_every_error(spec: dict[str, Any]) -> None:
    for path in ("/embeddings/video", "/upload", "/upload/signed-url"):
        responses = spec["paths"][path]["post"]["responses"]
        assert set(responses) == {"200"} | ERROR_STATUSES, path
    retry_after = spec["components"]["responses"]["TooManyRequests"]["headers"]
    assert "Retry-After" in retry_after


def test_code_table_covers_every_declared_status(code_table: list[dict[str, Any]]) -> None:
    assert {str(row["status"]) for row in code_table} == {"200", "404"} | ERROR_STATUSES
    success = next(row for row in code_table if row["status"] == 200)
    assert {success["seed"], success["modern"], success["legacy"]} == set(SUCCESS_CODES)


def test_client_dimensions_match_the_contract(spec: dict[str, Any]) -> None:
    assert spec["info"]["x-embedding-dimensions"] == dict(MODEL_DIMENSIONS)


def _validator(spec: dict[str, Any], name: str) -> jsonschema.protocols.Validator:
    schema = {"$ref": f"#/components/schemas/{name}", "components": spec["components"]}
    return jsonschema.Draft202012Validator(schema)


def test_seed_request_and_examples_validate(spec: dict[str, Any]) -> None:
    op = spec["paths"]["/embeddings/video"]["post"]
    seed = op["requestBody"]["content"]["application/json"]["examples"]["seed"]["value"]
    assert seed == {"asset_id": "re_657745568997527552", "model": "multimodalembedding@001"}
    _validator(spec, "VideoEmbeddingRequest").validate(seed)
    for path, item in spec["paths"].items():
        for op in item.values():
            for status, declared in op["responses"].items():
                response = declared
                if "$ref" in declared:
                    response = spec["components"]["responses"][declared["$ref"].split("/")[-1]]
                media = response.get("content", {}).get("application/json", {})
                name = media.get("schema", {}).get("$ref", "").split("/")[-1]
                for example in media.get("examples", {}).values():
                    _validator(spec, name).validate(example["value"])
                    assert name, (path, status)


@pytest.mark.parametrize(
    "envelope",
    [
        {"code": "0000", "msg": "ok", "data": None, "success": True, "failed": True},
        {"code": "0000", "msg": "ok", "data": None, "success": False, "failed": False},
        {"code": "0401", "msg": "x", "data": {"a": 1}, "success": False, "failed": True},
        {"code": "401", "msg": "x", "data": None, "success": False, "failed": True},
        {"code": True, "msg": "x", "data": None, "success": False, "failed": True},
        {"msg": "x", "data": None, "success": False, "failed": True},
    ],
)
def test_error_envelope_schema_rejects_contradictions(
    spec: dict[str, Any], envelope: dict[str, Any]
) -> None:
    assert not _validator(spec, "ErrorEnvelope").is_valid(envelope)


def _walk(node: Any) -> Any:
    if isinstance(node, dict):
        for key, value in node.items():
            yield key, value
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def test_the_example_assets_are_the_contracts_examples(spec: dict[str, Any]) -> None:
    """The ids the mock serves from the start are exactly those the contract's examples use."""
    in_spec = {
        value
        for key, value in _walk(spec)
        if key == "asset_id" and isinstance(value, str) and value.startswith("re_")
    }
    in_spec |= set(spec["components"]["schemas"]["AssetId"]["examples"])
    assert set(EXAMPLE_ASSET_IDS) == in_spec


def test_the_default_model_is_the_contracts_only_model(spec: dict[str, Any]) -> None:
    assert spec["components"]["schemas"]["EmbeddingModel"]["enum"] == [DEFAULT_MODEL]
    assert list(spec["info"]["x-embedding-dimensions"]) == [DEFAULT_MODEL]
