"""openapi-core's judgement of recorded exchanges against one dialect's document.

    python openapi_core_check.py <exchanges.json>

The JSON holds ``document`` (a path), ``base_url`` (the mock's API), ``origin`` (its storage) and
``exchanges`` (contract_tests/ecosystem_requests.py). It runs in tools/ecosystem/.venv, where
openapi-core and its own dependencies are pinned (requirements.txt beside this file), and prints
``{"requests": N, "multipart": N, "responses": N, "violations": [...]}``.

A multipart request's parameters and key are judged, not its body: openapi-core reads a binary
part as bytes, which its OAS 3.1 validator never takes for a string (python-openapi/openapi-core
issue 854), so every file upload would be refused whatever it held. ``multipart`` counts them.

The document is read as shipped; as a team pointing openapi-core at the mock would, the mock's base
URL is put first among its servers (in memory), and the storage's relative server ``/`` resolves
against the mock's origin (``server_base_url``). The storage's XML errors are read by an extra
media type deserializer (openapi-core's documented hook): the root element must be the name the
schema gives (``xml.name``), and its children are the object's properties.
"""

from __future__ import annotations

import base64
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit
from xml.etree.ElementTree import fromstring

import yaml
from openapi_core import Config, OpenAPI
from openapi_core.testing import MockRequest, MockResponse
from openapi_core.validation.request.validators import (
    V31RequestParametersValidator,
    V31RequestSecurityValidator,
)


def xml_object(root_name: str) -> Any:
    def load(value: bytes, **parameters: str) -> dict[str, str | None]:
        root = fromstring(value)  # noqa: S314 (the mock's own answer, on loopback)
        if root.tag != root_name:
            raise ValueError(f"XML root <{root.tag}>, the schema names <{root_name}>")
        return {child.tag: child.text for child in root}

    return load


def _request(exchange: dict[str, Any]) -> MockRequest:
    url = urlsplit(exchange["url"])
    headers = exchange["request_headers"]
    return MockRequest(
        host_url=f"{url.scheme}://{url.netloc}",
        method=exchange["method"],
        path=url.path,
        args=dict(parse_qsl(url.query)),
        headers=headers,
        data=base64.b64decode(exchange["request_body"]),
        content_type=headers.get("content-type", ""),
    )


def _response(exchange: dict[str, Any]) -> MockResponse:
    headers = exchange["response_headers"]
    return MockResponse(
        data=base64.b64decode(exchange["response_body"]),
        status_code=exchange["status"],
        headers=headers,
        content_type=headers.get("content-type", ""),
    )


def check(job: dict[str, Any]) -> dict[str, Any]:
    spec = yaml.safe_load(Path(job["document"]).read_text())
    spec["servers"] = [{"url": job["base_url"]}, *spec.get("servers", [])]
    storage = spec["components"]["responses"]["StorageError"]["content"]["application/xml"]
    config = Config(
        server_base_url=job["origin"],
        extra_media_type_deserializers={
            "application/xml": xml_object(storage["schema"]["xml"]["name"])
        },
    )
    openapi = OpenAPI.from_dict(spec, config=config)
    # For multipart requests: their parameters, then their key (not the body; see above).
    partial = [
        OpenAPI.from_dict(spec, config=replace(config, request_validator_cls=validator))
        for validator in (V31RequestParametersValidator, V31RequestSecurityValidator)
    ]
    requests = multipart = responses = 0
    violations = []
    for exchange in job["exchanges"]:
        request = _request(exchange)
        if exchange["valid_request"]:
            requests += 1
            judges = [openapi]
            if request.content_type.startswith("multipart/"):
                multipart += 1
                judges = partial
            try:
                for judge in judges:
                    judge.validate_request(request)
            except Exception as exc:  # every failure is a finding
                violations.append({"label": exchange["label"], "of": "request", "error": _why(exc)})
        responses += 1
        try:
            openapi.validate_response(request, _response(exchange))
        except Exception as exc:
            violations.append({"label": exchange["label"], "of": "response", "error": _why(exc)})
    return {
        "requests": requests,
        "multipart": multipart,
        "responses": responses,
        "violations": violations,
    }


def _why(exc: Exception) -> str:
    causes = [f"{type(exc).__name__}: {exc}"]
    for inner in getattr(exc, "schema_errors", None) or []:
        causes.append(str(getattr(inner, "message", inner)))
    cause = exc.__cause__
    while cause is not None:
        causes.append(f"{type(cause).__name__}: {cause}")
        for inner in getattr(cause, "schema_errors", None) or []:
            causes.append(str(getattr(inner, "message", inner)))
        cause = cause.__cause__
    return " <- ".join(causes)


if __name__ == "__main__":
    job = json.loads(Path(sys.argv[1]).read_text())
    print(json.dumps(check(job)))
