"""The admin endpoints of scripted answers and asset lifecycles (``scripts.py``): a Blueprint
nested in ``admin.py``'s, so that its checks (the token, the cross-site refusal) and the seed
envelope apply to these as to every other admin endpoint.

- ``POST /__mock/scripts``: store a script (201, the script with its ``id``);
- ``GET /__mock/scripts``: the scripts, each with what remains, and the lifecycles;
- ``DELETE /__mock/scripts``: forget the scripts (``POST /__mock/reset`` forgets both);
- ``PUT /__mock/assets/<asset_id>/status``: an asset's lifecycle.

Bad input is a 400 that lists the valid values, and nothing is stored.
"""

from __future__ import annotations

from typing import Any

import orjson
from flask import Blueprint, Response, request

from .envelope import fail, json_response, success_body
from .handlers import read_at_most
from .scripts import (
    ScriptError,
    add_script,
    clear_scripts,
    list_scripts,
    parse_lifecycle,
    parse_script,
    set_lifecycle,
)
from .state import state

blueprint = Blueprint("scripts", __name__)


def _ok(data: object, status: int = 200) -> Response:
    return json_response(success_body("seed", data), status)


def _json_body() -> Any:
    """The JSON body (at most ``max_body`` bytes: a 413 otherwise), or a 400."""
    limit = state().config.max_body
    if (length := request.content_length) is not None and length > limit:
        fail(413, f"Request body is {length} bytes; this endpoint's limit is {limit}")
    try:
        return orjson.loads(read_at_most(limit))
    except orjson.JSONDecodeError as exc:
        fail(400, f"the body is not valid JSON ({exc})")


@blueprint.post("/scripts")
def post_script() -> Response:
    mock = state()
    try:
        operation, asset_id, answers = parse_script(mock, _json_body())
    except ScriptError as exc:
        fail(400, str(exc))
    return _ok(add_script(mock, operation, asset_id, answers), 201)


@blueprint.get("/scripts")
def get_scripts() -> Response:
    return _ok(list_scripts(state()))


@blueprint.delete("/scripts")
def delete_scripts() -> Response:
    clear_scripts(state())
    return _ok({"cleared": True})


@blueprint.put("/assets/<asset_id>/status")
def put_lifecycle(asset_id: str) -> Response:
    mock = state()
    try:
        sequence = parse_lifecycle(mock, asset_id, _json_body())
    except ScriptError as exc:
        fail(400, str(exc))
    return _ok(set_lifecycle(mock, asset_id, sequence))
