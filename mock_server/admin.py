"""The mock's own endpoints under /__mock/ (described in admin-openapi.yaml beside this file).

When ``admin_token`` is set (it must be when the mock binds an address other than loopback),
every admin request needs the header ``X-Mock-Admin-Token``.
"""

from __future__ import annotations

import hmac
from pathlib import Path

import orjson
from flask import Blueprint, Response, request

import mavi_contract

from .envelope import fail, json_response, success_body
from .exchange import current as current_exchange
from .state import state

PREFIX = "/__mock"
TOKEN_HEADER = "X-Mock-Admin-Token"  # noqa: S105 (a header name, not a secret)
ADMIN_SPEC = Path(__file__).with_name("admin-openapi.yaml")

blueprint = Blueprint("mock_admin", __name__, url_prefix=PREFIX)


@blueprint.before_request
def _require_token() -> None:
    # The admin endpoints are this mock's own: always the seed's envelope.
    current_exchange().dialect = "seed"
    token = state().config.admin_token
    if token and not hmac.compare_digest(
        request.headers.get(TOKEN_HEADER, "").encode(), token.encode()
    ):
        fail(401, f"Unauthorized: /__mock/ endpoints need the {TOKEN_HEADER} header")


def _ok(data: object) -> Response:
    return json_response(success_body("seed", data))


@blueprint.get("/health")
def health() -> Response:
    mock = state()
    return _ok(
        {
            "status": "ready",
            "assets": mock.store.count_assets(),
            "scenario": mock.scenarios.current().to_json(),
            "dialect": mock.scenarios.current().dialect,
            "dimension": mock.config.dimension,
        }
    )


@blueprint.get("/journal")
def journal() -> Response:
    try:
        since = int(request.args.get("since", "0"))
        limit = min(10_000, int(request.args.get("limit", "1000")))
    except ValueError:
        fail(400, "since and limit must be integers")
    entries = state().journal.entries(since_id=since, limit=limit)
    for entry in entries:
        entry["headers"] = orjson.loads(entry["headers"])
    return _ok({"total": len(entries), "requests": entries})


@blueprint.delete("/journal")
def clear_journal() -> Response:
    state().journal.clear()
    return _ok({"cleared": True})


@blueprint.post("/reset")
def reset() -> Response:
    """Forget uploads, the journal, rate counters and run-time scenario changes."""
    state().reset()
    return _ok({"reset": True})


@blueprint.get("/scenario")
def get_scenario() -> Response:
    return _ok(state().scenarios.current().to_json())


@blueprint.put("/scenario")
def put_scenario() -> Response:
    try:
        changes = orjson.loads(request.get_data())
    except orjson.JSONDecodeError:
        fail(400, "the body must be a JSON object")
    if not isinstance(changes, dict):
        fail(400, "the body must be a JSON object")
    scenarios = state().scenarios
    try:
        updated = scenarios.current().updated(changes)
    except ValueError as exc:
        fail(400, str(exc))
    scenarios.write(updated)
    return _ok(updated.to_json())


@blueprint.get("/openapi.yaml")
def admin_spec() -> Response:
    return Response(ADMIN_SPEC.read_bytes(), mimetype="application/yaml")


@blueprint.get("/contract/<name>")
def provider_contract(name: str) -> Response:
    """The provider's contract this mock keeps: ``openapi.yaml`` (the seed dialect) or
    ``openapi.modern.yaml`` / ``openapi.legacy.yaml``."""
    documents = {mavi_contract.document_path(d).name: d for d in mavi_contract.DIALECTS}
    if name not in documents:
        fail(404, f"No such document: {name}; there are {', '.join(sorted(documents))}")
    path = mavi_contract.document_path(documents[name])
    return Response(path.read_bytes(), mimetype="application/yaml")
