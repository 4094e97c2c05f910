"""A drift report: what a server answered that the contract does not declare.

``DriftRecorder`` is an httpx response hook. For each operation it notes the statuses, the
spellings of ``code``, the dialect of each answer (``answer_dialect``, shared with the proxy's
``mock_server.drift``) and the fields seen, and ``report()`` lists those the contract does not
declare. ``write(directory)`` saves it as ``drift-report.md`` (``mock_server.drift``'s layout,
``markdown_report``) and ``drift-report.json``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import orjson
import yaml

import mavi_contract
from mock_server.drift import answer_dialect, markdown_report

SPEC_PATH = mavi_contract.SPEC_PATH
STORAGE_OPERATION = "uploadToSignedUrl"


@dataclass
class Seen:
    statuses: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    code_spellings: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    fields: set[str] = field(default_factory=set)
    dialects: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    non_json: int = 0


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def declared_fields(spec: dict[str, Any], schema: dict[str, Any], prefix: str = "") -> set[str]:
    """Dotted names of every property the schema declares (through $ref and allOf)."""
    schema = _resolve(spec, schema)
    names: set[str] = set()
    for part in schema.get("allOf", []):
        names |= declared_fields(spec, part, prefix)
    for name, declared in schema.get("properties", {}).items():
        names.add(prefix + name)
        sub = _resolve(spec, declared)
        if sub.get("type") == "array" and isinstance(sub.get("items"), dict):
            names |= declared_fields(spec, sub["items"], prefix + name + "[].")
        else:
            names |= declared_fields(spec, sub, prefix + name + ".")
    return names


def observed_fields(value: Any, prefix: str = "", depth: int = 0) -> set[str]:
    names: set[str] = set()
    if depth > 6:
        return names
    if isinstance(value, dict):
        for key, sub in value.items():
            names.add(prefix + key)
            names |= observed_fields(sub, prefix + key + ".", depth + 1)
    elif isinstance(value, list) and value and isinstance(value[0], dict):
        names |= observed_fields(value[0], prefix[:-1] + "[].", depth + 1)
    return names


class DriftRecorder:
    def __init__(self, spec_path: Path = SPEC_PATH) -> None:
        self.spec: dict[str, Any] = yaml.safe_load(spec_path.read_text())
        base = self.spec["servers"][0]["url"]
        self.base_path = httpx.URL(base).path.rstrip("/")
        self.routes = [
            (method.upper(), re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$"), op)
            for path, item in self.spec["paths"].items()
            for method, op in item.items()
        ]
        self.seen: dict[str, Seen] = defaultdict(Seen)

    def _operation(self, request: httpx.Request) -> dict[str, Any] | None:
        path = request.url.path
        if path.startswith(self.base_path):
            path = path[len(self.base_path) :]
        for method, pattern, op in self.routes:
            if method == request.method and pattern.match(path):
                return op
        return None

    def __call__(self, response: httpx.Response) -> None:
        """The httpx hook: ``httpx.Client(event_hooks={"response": [recorder]})``."""
        op = self._operation(response.request)
        if op is None:
            return
        response.read()
        seen = self.seen[op["operationId"]]
        seen.statuses[response.status_code] += 1
        if op["operationId"] == STORAGE_OPERATION:
            return  # the storage answers 204 or XML, not the API's envelope
        try:
            body = orjson.loads(response.content)
        except orjson.JSONDecodeError:
            seen.non_json += 1
            seen.dialects["not an envelope"] += 1
            return
        seen.dialects[answer_dialect(response.status_code, body)] += 1
        if isinstance(body, dict):
            code = body.get("code")
            spelling = "string" if isinstance(code, str) else type(code).__name__
            seen.code_spellings[spelling] += 1
            seen.fields |= {f"{response.status_code}:{name}" for name in observed_fields(body)}

    def report(self) -> dict[str, Any]:
        operations: dict[str, Any] = {}
        for _method, _pattern, op in self.routes:
            seen = self.seen.get(op["operationId"])
            if seen is None:
                continue
            declared_statuses = {int(s) for s in op["responses"]}
            undeclared_fields = []
            for item in sorted(seen.fields):
                status, _, name = item.partition(":")
                response = op["responses"].get(status)
                if response is None:
                    continue
                response = _resolve(self.spec, response)
                schema = response.get("content", {}).get("application/json", {}).get("schema", {})
                if name not in declared_fields(self.spec, schema):
                    undeclared_fields.append(f"{status}: {name}")
            operations[op["operationId"]] = {
                "statuses_seen": dict(sorted(seen.statuses.items())),
                "undeclared_statuses": sorted(set(seen.statuses) - declared_statuses),
                "code_spellings_seen": dict(seen.code_spellings),
                "dialects_seen": dict(seen.dialects),
                "undeclared_code_spellings": sorted(set(seen.code_spellings) - {"string", "int"}),
                "undeclared_fields": undeclared_fields,
                "non_json_answers": seen.non_json,
            }
        drift = any(
            o["undeclared_statuses"]
            or o["undeclared_code_spellings"]
            or o["undeclared_fields"]
            or o["non_json_answers"]
            for o in operations.values()
        )
        return {"drift": drift, "operations": operations}

    def write(self, directory: Path) -> dict[str, Any]:
        report = self.report()
        directory.mkdir(parents=True, exist_ok=True)
        (directory / "drift-report.json").write_bytes(
            orjson.dumps(report, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS)
        )
        intro = [
            "What the server answered that openapi.yaml does not declare, and which of the",
            "provider's dialects (seed, modern, legacy; see README) each operation answered in.",
        ]
        header = [
            "operation",
            "dialects seen",
            "statuses seen",
            "undeclared statuses",
            "code spellings",
            "undeclared fields",
            "non-JSON",
        ]
        rows = [
            [
                name,
                ", ".join(f"{d} x{n}" for d, n in sorted(o["dialects_seen"].items())) or "-",
                str(o["statuses_seen"]),
                str(o["undeclared_statuses"] or "-"),
                str(o["code_spellings_seen"]),
                ", ".join(o["undeclared_fields"]) or "-",
                str(o["non_json_answers"]),
            ]
            for name, o in report["operations"].items()
        ]
        markdown = markdown_report(intro, report["drift"], header, rows)
        (directory / "drift-report.md").write_text(markdown)
        return report
