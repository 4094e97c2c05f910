"""Schemathesis in-process: the pytest integration and the stateful machine, against
``create_app()`` through the WSGI transport (no socket), with every check and our own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import hypothesis
import pytest
import schemathesis
from schemathesis.generation.case import Case
from schemathesis.specs.openapi.schemas import OpenApiSchema

import contract_tests.checks  # noqa: F401  (registers the custom checks)
from contract_tests.case_counts import CASE_COUNTS
from kit_testing import KEY, ROOT
from mock_server import MockConfig, create_app

AUTH = {"Authorization": KEY}
pytestmark = pytest.mark.slow  # Schemathesis's property search, in-process


@pytest.fixture(scope="module")
def mock_schema(tmp_path_factory: pytest.TempPathFactory) -> OpenApiSchema:
    app = create_app(
        MockConfig(data_dir=Path(tmp_path_factory.mktemp("inprocess")), accept_any_asset=True)
    )
    schema = schemathesis.openapi.from_path(ROOT / "openapi.yaml")
    schema.app = app
    # Auth as configuration (like the CLI's -H), so that checks such as ignored_auth can replace it.
    schema.config.update(headers=AUTH)
    return schema


schema = schemathesis.pytest.from_fixture("mock_schema")


def call_kwargs(case: Case) -> dict[str, Any]:
    """The storage behind signed URLs lives at the server's origin, outside the API's base path."""
    if case.operation.definition.raw.get("operationId") == "uploadToSignedUrl":
        return {"base_url": "http://localhost"}
    return {}


@schema.parametrize()
def test_mock_conforms_in_process(case: Case) -> None:
    case.call_and_validate(**call_kwargs(case))
    name = "schemathesis in-process (examples, coverage, fuzzing)"
    CASE_COUNTS[name] = CASE_COUNTS.get(name, 0) + 1


def test_stateful_upload_metadata_embed(mock_schema: OpenApiSchema) -> None:
    steps: list[str] = []

    class Workflow(mock_schema.as_state_machine()):  # type: ignore[misc]
        def get_call_kwargs(self, case: Case) -> dict[str, Any]:
            return call_kwargs(case)

        def after_call(self, response: Any, case: Case) -> None:
            steps.append(f"{case.operation.label} {response.status_code}")

    Workflow.run(
        settings=hypothesis.settings(
            max_examples=40,
            deadline=None,
            derandomize=True,
            database=None,
            stateful_step_count=6,
            suppress_health_check=list(hypothesis.HealthCheck),
        )
    )
    CASE_COUNTS["schemathesis in-process stateful steps"] = len(steps)
    # The flows the links describe were actually walked, not only single calls.
    for step in (
        "POST /upload 200",
        "GET /{asset_id}/metadata 200",
        "POST /embeddings/video 200",
        "POST /upload/signed-url 200",
        "POST /storage/upload/{asset_id} 204",
    ):
        assert step in steps, (step, sorted(set(steps)))
