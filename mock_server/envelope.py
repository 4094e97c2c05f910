"""The only place that builds the provider's envelope, for successes and errors, in each dialect.

The dialect of an answer was decided when the request's ``Exchange`` was opened
(``exchange.py``): the server's scenario (``MOCK_DIALECT``, ``PUT /__mock/scenario``), unless the
request asks for another with a valid ``Prefer: dialect=...``; this module is the only one that
reads it. Codes come from the contract's ``x-dialect-table``:

- ``seed``: string codes, ``success``/``failed`` on every body, errors at their HTTP status;
- ``modern``: ``code`` is the HTTP status; errors are exactly ``{code, msg, data}``;
- ``legacy``: string codes, every answer at HTTP 200, errors included.
"""

from __future__ import annotations

from typing import Any, NoReturn

import orjson
from flask import Response, abort

from .exchange import current as current_exchange
from .state import state

JSON = "application/json"


def current_dialect() -> str:
    """The dialect this request is answered in (decided when its Exchange was opened)."""
    return current_exchange().dialect


def success_body(dialect: str, data: Any) -> bytes:
    """``data`` may hold numpy arrays: they serialise as their shortest round-trip reprs."""
    code = state().contract.code_for(200, dialect)
    return orjson.dumps(
        {"code": code, "msg": "success", "data": data, "success": True, "failed": False},
        option=orjson.OPT_SERIALIZE_NUMPY,
    )


def error_body(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "success": False, "failed": True})
    return (200 if dialect == "legacy" else status), body


def json_response(
    body: bytes, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    return Response(body, status=status, mimetype=JSON, headers=headers)


def error_response(status: int, msg: str | None = None, **headers: str) -> Response:
    """The error envelope for ``status``, in this request's dialect; the request's Exchange
    notes what it means (its code and ``status``) for the journal."""
    exchange = current_exchange()
    contract = state().contract
    http_status, body = error_body(exchange.dialect, status, msg or contract.message_for(status))
    exchange.code = contract.code_for(status, exchange.dialect)
    exchange.outcome = status
    return json_response(body, http_status, headers or None)


def fail(status: int, msg: str | None = None, **headers: str) -> NoReturn:
    """Stop the request here with an error envelope."""
    abort(error_response(status, msg, **headers))
