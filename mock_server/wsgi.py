"""The mock's WSGI stack around Flask, and the one writer that every answer ends in.

From the server inwards (``stack``):

    bodies.guard_bodies     the connection stays sound when a body is left unread
    → exchanges             opens the request's Exchange (exchange.py); on the way out,
                            ``conclude``: X-Request-Id, the access line, the journal entry
    → replayer              ``--replay DIR``: the recorded answer to a request that matches one
                            (replay.py); without ``--replay`` the layer is not there
    → shortcut              the common embedding request, answered from the app's caches
    → transport_faults      resets, empty and truncated answers (transport.py)
    → Flask                 routes from the contract (routes.py), the pipeline, the handlers

Every way out of a request (a replayed answer, the shortcut's, Flask's) passes through
``exchanges``, so their request id, access line and journal entry are written by the same code.

The shortcut answers only when nothing is asked of the request: the scenario is quiet
(``pipeline.quiet``) and no script or lifecycle is set (``Exchange.scripts_set``); no ``Prefer``
or ``Origin`` header, no chunked body;
``Content-Type: application/json`` and a ``Content-Length`` within the body limit; the key is
accepted (``auth.key_problem``); and ``fastpath.cached_answer`` has the answer. Otherwise the
request goes on to Flask, with any body the shortcut read given back to it whole.
"""

from __future__ import annotations

import io
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import orjson

from . import logs
from .auth import key_problem
from .bodies import guard_bodies
from .config import BASE_PATH, REQUEST_ID_HEADER
from .exchange import EXCHANGE_KEY, Exchange, open_exchange
from .fastpath import cached_answer
from .journal import body_asset_id, body_summary, journal_headers
from .pipeline import quiet
from .replay import replayer
from .state import MockState
from .store import now_ms
from .transport import transport_faults

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

EMBED_PATH = BASE_PATH + "/embeddings/video"
EMBED_OPERATION = "createVideoEmbedding"
API = BASE_PATH + "/"


def stack(mock: MockState, flask_app: WSGIApplication) -> WSGIApplication:
    """Flask's WSGI app inside the mock's layers (see the module's docstring)."""
    inner = shortcut(mock, transport_faults(flask_app))
    return guard_bodies(exchanges(mock, replayer(mock, inner)))


def exchanges(mock: MockState, app: WSGIApplication) -> WSGIApplication:
    """Open each request's Exchange before ``app``, and conclude it after."""

    def serve(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        exchange = open_exchange(mock, environ)
        sent = ["0"]  # no status: the connection was broken in-process (transport.py)

        def start(status: str, headers: list[tuple[str, str]], *exc_info: Any) -> Any:
            sent.append(status)
            return start_response(
                status, [*headers, (REQUEST_ID_HEADER, exchange.request_id)], *exc_info
            )

        try:
            return app(environ, start)
        finally:
            conclude(mock, exchange, environ, int(sent[-1].partition(" ")[0]))

    return serve


def conclude(mock: MockState, exchange: Exchange, environ: WSGIEnvironment, status: int) -> None:
    """The access line and the journal entry of one answer (none for the admin endpoints)."""
    if exchange.journal_status is not None:
        status = exchange.journal_status
    duration_ms = round((time.perf_counter() - exchange.started) * 1000, 3)
    if mock.config.access_log:
        logs.access(
            method=exchange.method,
            path=exchange.path,
            status=status,
            duration_ms=duration_ms,
            request_id=exchange.request_id,
            remote=environ.get("REMOTE_ADDR") or "-",
        )
    if exchange.admin:
        return
    code, outcome = exchange.code, exchange.outcome
    if status == 0:  # no complete answer arrived: it means nothing
        code, outcome = None, 0
    elif outcome is None:  # not an error envelope: a success, or a page without an envelope
        outcome = status
        if status == 200 and exchange.operation is not None and exchange.path.startswith(API):
            code = mock.contract.code_for(200, exchange.dialect)
    if exchange.asset_id is None and exchange.operation == EMBED_OPERATION:
        exchange.asset_id = body_asset_id(exchange.raw_body)
    mock.journal.add(
        {
            "time_ms": now_ms(),
            "request_id": exchange.request_id,
            "method": exchange.method,
            "path": exchange.path,
            "headers": orjson.dumps(journal_headers(environ)).decode(),
            "body": body_summary(exchange.raw_body, exchange.upload_summary, environ),
            "status": status,
            "duration_ms": duration_ms,
            "operation": exchange.operation,
            "asset_id": exchange.asset_id,
            "dialect": exchange.dialect,
            "code": code,
            "outcome": outcome,
            "scripted": exchange.scripted,
        }
    )


def shortcut(mock: MockState, app: WSGIApplication) -> WSGIApplication:
    """Answer the common embedding request from the caches; pass anything else to ``app``."""
    config = mock.config

    def serve(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        exchange: Exchange = environ[EXCHANGE_KEY]
        length = str(environ.get("CONTENT_LENGTH"))  # "None" when there is none
        if (
            environ.get("PATH_INFO") != EMBED_PATH
            or environ.get("REQUEST_METHOD") != "POST"
            or "HTTP_PREFER" in environ
            or "HTTP_ORIGIN" in environ
            or "HTTP_TRANSFER_ENCODING" in environ
            or str(environ.get("CONTENT_TYPE")).partition(";")[0].strip().lower()
            != "application/json"
            or not quiet(exchange.scenario)
            or exchange.scripts_set  # scripts or lifecycles may be set (scripts.py)
            or not length.isdigit()
            or int(length) > config.max_body
            or "HTTP_AUTHORIZATION" not in environ
            or key_problem(environ["HTTP_AUTHORIZATION"], config) is not None
        ):
            return app(environ, start_response)
        raw = environ["wsgi.input"].read(int(length))
        try:
            payload = cached_answer(mock, raw, exchange.dialect)
        except Exception:  # anything unexpected: Flask's path answers it, errors included
            payload = None
        if payload is None:
            environ["wsgi.input"] = io.BytesIO(raw)
            return app(environ, start_response)
        exchange.raw_body = raw
        exchange.operation = EMBED_OPERATION
        start_response(
            "200 OK",
            [("Content-Type", "application/json"), ("Content-Length", str(len(payload)))],
        )
        return [payload]

    return serve
