"""``create_app(config)``: the Flask application, and the pipeline every provider request runs.

One request, in order (``pipeline``):

    route (Flask) → latency → transport fault → authenticate (401) → rate limit (429)
    → Prefer: code (any declared error) → failure rate (500/503) → handler (validation: 413,
    415, 400; then the operation) → envelope

Every error on the way, including Flask's own 404/405/413 and any exception, leaves as the
provider's error envelope (``envelope.py``). State lives in ``app.extensions["mavi_mock"]``,
never in a module global, so that many apps can run in one process.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import time
from collections.abc import Callable
from typing import Any

import orjson
from flask import Flask, Response, g, request
from werkzeug.exceptions import HTTPException, MethodNotAllowed, RequestEntityTooLarge

from . import admin, handlers
from .config import MockConfig
from .contract import Contract, load_contract
from .envelope import error_response, fail
from .journal import Journal
from .scenarios import FAULT_KEY, Scenario, ScenarioState, parse_prefer, transport_faults
from .state import EXTENSION, MockState, state
from .store import Store, now_ms

BASE_PATH = "/serve/api/v2"
#: The provider's documented example asset ids (the seed's, then provider-facts').
EXAMPLE_ASSET_IDS = ["re_657745568997527552", "re_660727003963174912"]
REQUEST_ID_HEADER = "X-Request-Id"

log = logging.getLogger("mock_server")


def mask_key(value: str) -> str:
    """Enough of a key to tell two apart in a journal, never enough to use it."""
    return value[:3] + "***" + value[-4:] if len(value) >= 12 else "***"


# --- the pipeline ----------------------------------------------------------------------------


def authenticate(mock: MockState) -> str:
    """The caller's key, or a 401 that tells them what to fix."""
    key = request.headers.get("Authorization", "")
    if not key:
        fail(401, "Unauthorized: send your API key as 'Authorization: sk-...'")
    if key[:7].lower() == "bearer ":
        fail(401, "Unauthorized: send the raw key as 'Authorization: sk-...', without 'Bearer '")
    if not key.startswith("sk-") or len(key) > 256:
        fail(401, "Unauthorized: an API key looks like 'sk-...'")
    if mock.config.api_keys:
        given = key.encode()
        # Compare with every key, in constant time, so timing tells nothing about near misses.
        matches = [hmac.compare_digest(given, k.encode()) for k in mock.config.api_keys]
        if not any(matches):
            fail(401, "Unauthorized: invalid API key")
    return key


def pipeline(operation_id: str, handler: Callable[[MockState], Response]) -> Response:
    mock = state()
    scenario = mock.scenarios.current()
    try:
        prefer = parse_prefer(request.headers.get("Prefer"))
    except ValueError as exc:
        fail(400, str(exc))
    pause = mock.scenarios.latency_seconds(scenario) + prefer.delay_ms / 1000
    if pause > 0:
        time.sleep(pause)
    if scenario.transport_fault != "none" and (
        scenario.transport_fault_rate >= 1.0
        or mock.scenarios.draw() < scenario.transport_fault_rate
    ):
        g.journal_status = 0  # no complete HTTP answer reaches the client
        # Done by the WSGI wrapper (transport_faults), outside Flask's error handling.
        request.environ[FAULT_KEY] = scenario.transport_fault
        if scenario.transport_fault != "truncate":  # a truncated answer is made in full first
            return Response(b"")
    key = authenticate(mock)
    if scenario.rate_limit:
        account = hashlib.sha256(key.encode()).hexdigest()[:32]
        wait = mock.store.rate_acquire(account, round(1000 / scenario.rate_limit))
        if wait is not None:
            fail(429, None, **{"Retry-After": str(max(1, int(-(-wait // 1))))})
    if prefer.code is not None and prefer.code != 200:
        declared = mock.contract.operations[operation_id].statuses
        if prefer.code not in declared:
            allowed = ", ".join(str(s) for s in sorted(declared))
            fail(400, f"Prefer: code={prefer.code} is not declared for {operation_id} ({allowed})")
        extra = {"Retry-After": "1"} if prefer.code == 429 else {}
        fail(prefer.code, None, **extra)
    if scenario.failure_rate > 0 and mock.scenarios.draw() < scenario.failure_rate:
        fail(500 if mock.scenarios.draw() < 0.5 else 503, "Internal server error (injected)")
    g.prefer = prefer
    return handler(mock)


# --- the app ---------------------------------------------------------------------------------


def create_app(config: MockConfig | None = None, *, contract: Contract | None = None) -> Flask:
    config = config or MockConfig()
    app = Flask("mock_server")
    app.json.sort_keys = False  # type: ignore[attr-defined]
    # The largest body any route accepts; each route lowers it (handlers.read_json).
    app.config["MAX_CONTENT_LENGTH"] = max(config.max_upload, config.max_body)
    store = Store(config.data_dir)
    store.add_examples(EXAMPLE_ASSET_IDS)
    store.close()  # connections are per thread; a forked worker must not share the master's
    app.extensions[EXTENSION] = MockState(
        config=config,
        contract=contract or load_contract(),
        store=store,
        scenarios=ScenarioState(config.data_dir / "control.json", Scenario.from_config(config)),
        journal=Journal(config.data_dir / "journal", size=config.journal_size),
    )

    for operation_id, rule, method, handler in handlers.ROUTES:
        app.add_url_rule(
            BASE_PATH + rule,
            operation_id,
            _view(operation_id, handler),
            methods=[method],
            provide_automatic_options=False,
        )
    app.register_blueprint(admin.blueprint)
    app.before_request(_start)
    app.after_request(_finish)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected_error)
    app.wsgi_app = transport_faults(  # type: ignore[method-assign,assignment]
        limit_chunked_bodies(app.wsgi_app, max(config.max_upload, config.max_body))
    )
    return app


class _CappedInput:
    """A chunked request body (no Content-Length) that raises 413 past ``limit`` bytes."""

    def __init__(self, stream: Any, limit: int) -> None:
        self._stream = stream
        self._left = limit

    def read(self, size: int = -1) -> bytes:
        data: bytes = (
            self._stream.read(size) if size is not None and size >= 0 else self._stream.read()
        )
        self._left -= len(data)
        if self._left < 0:
            raise RequestEntityTooLarge()
        return data

    def readline(self, size: int = -1) -> bytes:
        data: bytes = self._stream.readline(size)
        self._left -= len(data)
        if self._left < 0:
            raise RequestEntityTooLarge()
        return data


def limit_chunked_bodies(wsgi_app: Any, limit: int) -> Any:
    """Flask enforces the size limit from Content-Length; this enforces it on chunked bodies."""

    def app(environ: dict[str, Any], start_response: Any) -> Any:
        if not environ.get("CONTENT_LENGTH") and "wsgi.input" in environ:
            environ["wsgi.input"] = _CappedInput(environ["wsgi.input"], limit)
        return wsgi_app(environ, start_response)

    return app


def _view(operation_id: str, handler: Callable[[MockState], Response]) -> Callable[..., Response]:
    def view(**_: Any) -> Response:
        return pipeline(operation_id, handler)

    view.__name__ = operation_id
    return view


def _start() -> None:
    g.request_id = request.headers.get(REQUEST_ID_HEADER, "")[:64] or secrets.token_hex(8)
    g.started = time.perf_counter()


def _finish(response: Response) -> Response:
    request_id = g.get("request_id", "")
    response.headers[REQUEST_ID_HEADER] = request_id
    if request.path.startswith(admin.PREFIX):
        return response
    mock = state()
    mock.journal.add(
        {
            "time_ms": now_ms(),
            "request_id": request_id,
            "method": request.method,
            "path": request.path,
            "headers": orjson.dumps(journal_headers(request.environ)).decode(),
            "body": handlers.body_summary(),
            "status": g.get("journal_status", response.status_code),
            "duration_ms": round((time.perf_counter() - g.get("started", 0.0)) * 1000, 3),
        }
    )
    return response


_MASKED = frozenset({"HTTP_AUTHORIZATION", "HTTP_X_MOCK_ADMIN_TOKEN"})


def journal_headers(environ: dict[str, Any]) -> dict[str, str]:
    """The request's headers for the journal, with keys and tokens masked.

    Read from the WSGI environ directly: werkzeug's header view costs more than the rest of the
    journal entry together.
    """
    headers: dict[str, str] = {}
    for name, value in environ.items():
        if name.startswith("HTTP_"):
            title = name[5:].replace("_", "-").title()
            headers[title] = mask_key(value) if name in _MASKED else value
        elif name in ("CONTENT_TYPE", "CONTENT_LENGTH") and value:
            headers[name.replace("_", "-").title()] = value
    return headers


def _http_error(exc: HTTPException) -> Response:
    if exc.response is not None:  # raised by fail(): already an envelope
        return exc.response  # type: ignore[return-value]
    status = exc.code or 500
    headers: dict[str, str] = {}
    if isinstance(exc, MethodNotAllowed) and exc.valid_methods:
        headers["Allow"] = ", ".join(exc.valid_methods)
    msg: str | None
    if status == 404:
        msg = f"No such endpoint: {request.method} {request.path}"
    elif status == 413:
        msg = "Payload too large"
    else:
        msg = exc.description or None
    return error_response(status, msg, **headers)


def _unexpected_error(exc: Exception) -> Response:
    request_id = g.get("request_id", "-")
    # Logged once, with the request id the client also gets; never with the headers (the key).
    log.error(
        "unhandled error in %s %s (request id %s)",
        request.method,
        request.path,
        request_id,
        exc_info=exc,
    )
    return error_response(500, f"Internal server error (request id {request_id})")
