"""The only place that builds the provider's envelope, for successes and errors alike."""

from __future__ import annotations

from typing import Any, NoReturn

import orjson
from flask import Response, abort

from .state import state

JSON = "application/json"


def success_body(code: str | int, data: Any) -> bytes:
    """``data`` may hold numpy arrays: they serialise as their shortest round-trip reprs."""
    return orjson.dumps(
        {"code": code, "msg": "success", "data": data, "success": True, "failed": False},
        option=orjson.OPT_SERIALIZE_NUMPY,
    )


def error_body(code: str | int, msg: str) -> bytes:
    return orjson.dumps({"code": code, "msg": msg, "data": None, "success": False, "failed": True})


def json_response(
    body: bytes, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    return Response(body, status=status, mimetype=JSON, headers=headers)


def error_response(status: int, msg: str | None = None, **headers: str) -> Response:
    """The error envelope for ``status``, with the code in the configured spelling."""
    mock = state()
    body = error_body(
        mock.contract.code_for(status, mock.config.code_style),
        msg or mock.contract.message_for(status),
    )
    return json_response(body, status, headers or None)


def fail(status: int, msg: str | None = None, **headers: str) -> NoReturn:
    """Stop the request here with an error envelope."""
    abort(error_response(status, msg, **headers))
