"""The mock's own endpoints under /__mock/ (described in admin-openapi.yaml beside this file).

When ``admin_token`` is set (it must be when the mock binds an address other than loopback),
every admin request needs the header ``X-Mock-Admin-Token``. Before that, cross-site requests and
a ``Host`` that names no loopback host (DNS rebinding) are refused with a 403
(``cors.admin_refusal``), so that no web page can drive the mock.
"""

from __future__ import annotations

import hmac
from pathlib import Path
from typing import Any

import orjson
from flask import Blueprint, Response, request

import mavi_contract
from mavi_contract import DEFAULT_MODEL

from . import admin_scripts
from .config import MockConfig
from .cors import admin_refusal
from .declared import Declaration, DeclarationError, as_blob, content_of, served
from .envelope import fail, json_response, success_body
from .exchange import ADMIN_PREFIX
from .exchange import current as current_exchange
from .handlers import read_at_most
from .journal import parse_filters
from .state import state

PREFIX = ADMIN_PREFIX
TOKEN_HEADER = "X-Mock-Admin-Token"  # noqa: S105 (a header name, not a secret)
ADMIN_SPEC = Path(__file__).with_name("admin-openapi.yaml")

blueprint = Blueprint("mock_admin", __name__, url_prefix=PREFIX)
#: Scripted answers and asset lifecycles: nested, so that the checks below apply to them too.
blueprint.register_blueprint(admin_scripts.blueprint)


@blueprint.before_request
def _require_token() -> None:
    # (The admin endpoints are this mock's own: always the seed's envelope, ``exchange.py``.)
    config = state().config
    if (refusal := admin_refusal(config)) is not None:
        fail(403, refusal)
    token = config.admin_token
    if token and not hmac.compare_digest(
        request.headers.get(TOKEN_HEADER, "").encode(), token.encode()
    ):
        fail(401, f"Unauthorized: /__mock/ endpoints need the {TOKEN_HEADER} header")


def _ok(data: object) -> Response:
    return json_response(success_body("seed", data))


#: The most bytes one number of a vector takes, written in full (sign, 17 significant digits,
#: point, exponent) with JSON's ", ": so that a full-length vector declaration always fits.
NUMBER_BYTES = 32


def body_limit(config: MockConfig) -> int:
    """The largest admin body: ``max_body``, or a full-length vector declaration at ``dimension``
    if that is larger (it is not at the defaults: 46 KB of 64 KiB)."""
    return max(config.max_body, config.dimension * NUMBER_BYTES + 1024)


def _body() -> bytes:
    """The body, read whole; a 413 before it is read if it is over ``body_limit``."""
    limit = body_limit(state().config)
    if (length := request.content_length) is not None and length > limit:
        fail(
            413, f"Request body is {length} bytes; admin bodies are limited to {limit} (--max-body)"
        )
    return read_at_most(limit)  # chunked bodies too


@blueprint.get("/health")
def health() -> Response:
    mock = state()
    scenario = current_exchange().scenario
    return _ok(
        {
            "status": "ready",
            "assets": mock.store.count_assets(),
            "scenario": scenario.to_json(),
            "dialect": scenario.dialect,
            "dimension": mock.config.dimension,
        }
    )


def _journal_filters(*also: str) -> dict[str, Any]:
    """The query's journal filters (``journal.parse_filters``; ``also``: the route's other
    parameters), or a 400 naming the problem."""
    try:
        return parse_filters(request.args.items(multi=True), state().contract.operations, also=also)
    except ValueError as exc:
        fail(400, str(exc))


@blueprint.get("/journal")
def journal() -> Response:
    filters = _journal_filters("limit")
    try:
        limit = min(10_000, int(request.args.get("limit", "1000")))
    except ValueError:
        fail(400, "limit must be an integer")
    if limit < 1:
        fail(400, "limit must be at least 1")
    entries = state().journal.entries(limit=limit, **filters)
    for entry in entries:
        entry["headers"] = orjson.loads(entry["headers"])
    return _ok({"total": len(entries), "requests": entries})


@blueprint.get("/journal/count")
def journal_count() -> Response:
    """How many entries ``GET /__mock/journal`` would list with the same filters (no limit)."""
    return _ok({"count": state().journal.count(**_journal_filters())})


@blueprint.delete("/journal")
def clear_journal() -> Response:
    state().journal.clear()
    return _ok({"cleared": True})


@blueprint.post("/reset")
def reset() -> Response:
    """Forget uploads, the journal, rate counters, scripts, lifecycles and run-time scenario
    changes."""
    state().reset()
    return _ok({"reset": True})


@blueprint.get("/scenario")
def get_scenario() -> Response:
    return _ok(current_exchange().scenario.to_json())


@blueprint.put("/scenario")
def put_scenario() -> Response:
    try:
        changes = orjson.loads(_body())
    except orjson.JSONDecodeError:
        fail(400, "the body must be a JSON object")
    if not isinstance(changes, dict):
        fail(400, "the body must be a JSON object")
    try:
        updated = state().scenarios.change(changes)
    except ValueError as exc:
        fail(400, str(exc))
    return _ok(updated.to_json())


@blueprint.put("/assets/<asset_id>/vector")
def declare_vector(asset_id: str) -> Response:
    """Declare the vector an existing asset's embedding answers (``declared.py``)."""
    mock = state()
    try:
        body = orjson.loads(_body())
    except orjson.JSONDecodeError as exc:
        fail(400, f"the body is not valid JSON ({exc}); NaN and Infinity are not JSON numbers")
    try:
        declaration = Declaration.from_json(body)
    except DeclarationError as exc:
        fail(400, str(exc))
    asset = mock.store.get_asset(asset_id)
    if asset is None:
        fail(404, f"No asset {asset_id} on this mock")
    try:
        vector = declaration.make(mock, content_of(mock, asset), asset_id=asset_id)
    except DeclarationError as exc:
        fail(400, str(exc))
    recipe = declaration.recipe()
    mock.store.set_vector(asset_id, as_blob(vector), recipe)
    mock.scenarios.touch()  # every worker's asset cache drops what it read
    return _ok(_vector_data(asset_id, orjson.loads(recipe), vector))


@blueprint.get("/assets/<asset_id>/vector")
def get_vector(asset_id: str) -> Response:
    """The vector an asset's embedding answers, and how it was made."""
    mock = state()
    asset = mock.store.get_asset(asset_id)
    if asset is None:
        fail(404, f"No asset {asset_id} on this mock")
    answer = served(mock, asset, DEFAULT_MODEL)
    return _ok(_vector_data(asset_id, answer.recipe, answer.vector))


def _vector_data(asset_id: str, recipe: dict[str, Any], vector: object) -> dict[str, object]:
    return {"asset_id": asset_id, "recipe": recipe, "vector": vector}


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
