"""Test helpers that only tests/ use: judge every response against openapi.yaml, and make
in-process apps. What tests/ shares with contract_tests/ and bench/ (the seeded values, the mock
in subprocesses, the background work) is in kit_testing/, and is imported from there."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import orjson
import yaml

from kit_testing import (
    AHEAD,
    BASE_PATH,
    KEY,
    MODEL,
    NICE,
    NICENESS,
    ROOT,
    SEED_ASSET,
    MockProcess,
    concurrently,
    free_port,
    running_mock,
    running_mocks,
)

__all__ = [
    "AHEAD",
    "BASE_PATH",
    "KEY",
    "MODEL",
    "NICE",
    "NICENESS",
    "ROOT",
    "SEED_ASSET",
    "ContractViolation",
    "MakeApp",
    "MockProcess",
    "ResponseContract",
    "ValidatingTransport",
    "concurrently",
    "file_vector",
    "free_port",
    "fresh_connections",
    "running_mock",
    "running_mocks",
]

#: The ``make_app`` fixture (tests/conftest.py): ``make_app(**MockConfig settings) -> Flask``.
MakeApp = Callable[..., Any]


class ContractViolation(AssertionError):
    pass


class ResponseContract:
    """Checks a response against the operation, status and schema that a dialect's document
    declares (openapi.yaml for the seed dialect, dialects/openapi.<dialect>.yaml otherwise)."""

    def __init__(self, spec_path: Path = ROOT / "openapi.yaml") -> None:
        self.spec: dict[str, Any] = yaml.safe_load(spec_path.read_text())
        self.storage = self.spec["paths"]["/storage/upload/{asset_id}"]["post"]
        self.routes: list[tuple[str, re.Pattern[str], dict[str, Any]]] = []
        for path, item in self.spec["paths"].items():
            pattern = re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$")
            for method, op in item.items():
                self.routes.append((method.upper(), pattern, op))
        self.checked = 0

    def _schema(self, schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
        return jsonschema.Draft202012Validator({**schema, "components": self.spec["components"]})

    def _check_storage(self, request: httpx.Request, response: httpx.Response) -> None:
        """The storage behind signed URLs: 204 with no body, or a declared XML error."""
        status = str(response.status_code)
        if status not in self.storage["responses"]:
            raise ContractViolation(f"uploadToSignedUrl: status {status} is not declared")
        body = response.read()
        if status == "204":
            if body:
                raise ContractViolation(f"uploadToSignedUrl 204 with a body: {body[:80]!r}")
            return
        if response.headers.get("content-type", "").split(";")[0] != "application/xml":
            raise ContractViolation(f"uploadToSignedUrl {status}: content-type is not XML")
        if not body.startswith(b"<?xml") or b"<Code>" not in body:
            raise ContractViolation(f"uploadToSignedUrl {status}: not a storage error: {body!r}")

    def find(self, method: str, path: str) -> dict[str, Any] | None:
        if not path.startswith(BASE_PATH):
            return None
        rest = path[len(BASE_PATH) :]
        for m, pattern, op in self.routes:
            if m == method and pattern.match(rest):
                return op
        return None

    def check(
        self, request: httpx.Request, response: httpx.Response, *, declared_only: bool = True
    ) -> None:
        """Raise ContractViolation if the response breaks the contract."""
        path = request.url.path
        if path.startswith("/__mock"):
            return
        if path.startswith("/storage/"):
            self._check_storage(request, response)
            self.checked += 1
            return
        body = response.read()
        try:
            data = orjson.loads(body)
        except orjson.JSONDecodeError:
            raise ContractViolation(
                f"{request.method} {path}: non-JSON body {body[:80]!r}"
            ) from None
        if response.headers.get("content-type", "").split(";")[0] != "application/json":
            raise ContractViolation(f"{request.method} {path}: content-type is not JSON")
        op = self.find(request.method, path)
        status = str(response.status_code)
        if op is None or status not in op["responses"]:
            if declared_only and op is not None:
                raise ContractViolation(f"{op['operationId']}: status {status} is not declared")
            errors = list(
                self._schema({"$ref": "#/components/schemas/ErrorEnvelope"}).iter_errors(data)
            )
        else:
            declared = op["responses"][status]
            if "$ref" in declared:
                declared = self.spec["components"]["responses"][declared["$ref"].split("/")[-1]]
            for header in declared.get("headers", {}):
                if header not in response.headers:
                    raise ContractViolation(f"{op['operationId']} {status}: no {header} header")
            schema = declared["content"]["application/json"]["schema"]
            errors = list(self._schema(schema).iter_errors(data))
        if errors:
            raise ContractViolation(f"{request.method} {path} {status}: {errors[0].message}")
        self.checked += 1


class ValidatingTransport(httpx.BaseTransport):
    """Passes requests to ``inner`` and checks every response against the contract."""

    def __init__(
        self, inner: httpx.BaseTransport, contract: ResponseContract, *, declared_only: bool = True
    ) -> None:
        self.inner = inner
        self.contract = contract
        self.declared_only = declared_only

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        self.contract.check(request, response, declared_only=self.declared_only)
        return response


def fresh_connections(**settings: Any) -> httpx.Client:
    """A client that opens a new connection for every request (no keep-alive), so that the kernel
    spreads them over a mock's workers; cheaper than ``httpx.get`` each time, which builds a new
    client and its TLS context (about 30 ms) for every request."""
    return httpx.Client(limits=httpx.Limits(max_keepalive_connections=0), **settings)


def file_vector(data: bytes, dimension: int = 1408) -> Any:
    """The vector the mock gives an upload of ``data`` (the default recipe, v2: README)."""
    from mock_server.chunking import sketch  # noqa: PLC0415 (only the tests that embed files)
    from mock_server.vectors import content_vector  # noqa: PLC0415

    return content_vector(MODEL, dimension, sketch(data))
