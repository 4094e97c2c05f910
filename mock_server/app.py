"""``create_app(config)``: the Flask application, and the pipeline every provider request runs.

One request, in order (``pipeline``):

    route (Flask) → latency → transport fault → gateway (non-envelope 502/503/404)
    → authenticate (401) → rate limit (429) → Prefer: code (any declared error)
    → failure rate (500/503) → handler (validation: 413, 415, 400; then the operation)
    → envelope, in the request's dialect (``envelope.current_dialect``)

The storage route behind signed URLs (``/storage/upload/<asset_id>``) is not the API: no key, no
envelope, its own XML errors (``handlers.upload_to_signed_url``).

Every error on the way, including Flask's own 404/405/413 and any exception, leaves as the
provider's error envelope (``envelope.py``). State lives in ``app.extensions["mavi_mock"]``,
never in a module global, so that many apps can run in one process.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import time
from collections.abc import Callable
from typing import Any

import orjson
from flask import Flask, Response, g, request
from werkzeug.exceptions import HTTPException, MethodNotAllowed, RequestEntityTooLarge

from . import admin, cors, handlers, logs
from .auth import key_problem
from .config import BASE_PATH, REQUEST_ID_HEADER, MockConfig
from .contract import Contract, load_contract
from .envelope import error_response, fail
from .fastpath import fast_embedding
from .infrastructure import gateway_response, storage_error
from .journal import Journal, journal_headers
from .prefer import GATEWAY_ANSWERS, parse_prefer
from .scenarios import FAULT_KEY, Scenario, ScenarioState, transport_faults
from .state import EXTENSION, MockState, state
from .store import Store, now_ms

STORAGE_PATH = handlers.STORAGE_PATH
#: The provider's documented example asset ids (the seed's, then provider-facts').
EXAMPLE_ASSET_IDS = ["re_657745568997527552", "re_660727003963174912"]

log = logging.getLogger("mock_server")


def authenticate(mock: MockState) -> str:
    """The caller's key, or a 401 that tells them what to fix."""
    key = request.headers.get("Authorization", "")
    if (problem := key_problem(key, mock.config)) is not None:
        fail(401, problem)
    return key


def pipeline(operation_id: str, handler: Callable[[MockState], Response]) -> Response:
    mock = state()
    scenario = mock.scenarios.current()
    try:
        prefer = parse_prefer(request.headers.get("Prefer"))
    except ValueError as exc:
        fail(400, str(exc))
    g.dialect = prefer.dialect or scenario.dialect
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
    gateway = prefer.gateway
    if (
        gateway is None
        and scenario.gateway_rate > 0
        and mock.scenarios.draw() < scenario.gateway_rate
    ):
        gateway = GATEWAY_ANSWERS[min(2, int(mock.scenarios.draw() * 3))]
    if gateway is not None:
        return gateway_response(gateway, request.path, g.request_id)
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
    # No redirects: a doubled slash or a trailing one is simply no such endpoint (an envelope),
    # not a 308 that a client would follow to somewhere the provider never sends it.
    app.url_map.merge_slashes = False
    app.url_map.strict_slashes = False
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
    app.add_url_rule(
        STORAGE_PATH + "/<asset_id>",
        "uploadToSignedUrl",
        handlers.upload_to_signed_url,
        methods=["POST"],
        provide_automatic_options=False,
    )
    app.register_blueprint(admin.blueprint)
    app.before_request(_start)
    if config.cors:
        app.before_request(_preflight)
    app.after_request(_finish)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected_error)
    # guard_bodies is outermost: it needs the server's own start_response.
    app.wsgi_app = guard_bodies(  # type: ignore[method-assign]
        fast_embedding(app.extensions[EXTENSION], transport_faults(app.wsgi_app)),
        max(config.max_upload, config.max_body),
    )
    return app


class _RequestBody:
    """``wsgi.input`` as the app reads it: counted, and capped at ``limit`` when chunked.

    Flask enforces the size limit from Content-Length; a chunked body has none, so it is capped
    here, while it is read.
    """

    def __init__(self, stream: Any, length: int | None, limit: int) -> None:
        self._stream = stream
        self._length = length  # None: chunked
        self._limit = limit
        self._read = 0
        self.finished = False

    def _count(self, data: bytes, size: int | None) -> bytes:
        self._read += len(data)
        if self._length is None:
            if self._read > self._limit:
                raise RequestEntityTooLarge()
            if not data and size != 0:
                self.finished = True
        elif self._read >= self._length:
            self.finished = True
        return data

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            return self._count(self._stream.read(), size)
        return self._count(self._stream.read(size), size)

    def readline(self, size: int | None = -1) -> bytes:
        return self._count(self._stream.readline(size), size)

    def drain(self, most: int) -> bool:
        """Read and drop the rest of a body of known length, if at most ``most`` bytes remain;
        whether the body is now read to its end."""
        if self._length is None or self._length - self._read > most:
            return False
        while not self.finished and self.read(min(65536, self._length - self._read)):
            pass
        return self.finished


#: The most of an unread body that is read and dropped rather than closing the connection.
DRAIN_LIMIT = 64 * 1024


def guard_bodies(wsgi_app: Any, limit: int) -> Any:
    """Cap chunked bodies, and close the connection after an answer given before the body was read.

    The mock answers many requests (401, 413, 415, Prefer: code) without reading their bodies. The
    unread bytes would be taken for the next request on a keep-alive connection, so servers drain
    them, but only so far (gunicorn 64 KiB; granian less); past that they close the connection
    after an answer that said "keep-alive", and a client that sends its next request meanwhile
    sees the connection drop (found by ``make soak``). So a rest of up to ``DRAIN_LIMIT`` is read
    and dropped here; past that the answer says ``Connection: close``: under granian as a header
    (it passes it on and closes), under gunicorn through its ``force_close()`` (it would drop the
    header). werkzeug's server closes every connection.
    """

    def app(environ: dict[str, Any], start_response: Any) -> Any:
        body = _wrap_body(environ, limit)
        if body is None:
            return wsgi_app(environ, start_response)

        def start(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            # A small rest is read and dropped, so that the connection can be kept (and the
            # server never closes it with unread bytes, which would reset it under the answer).
            if not body.finished and not body.drain(DRAIN_LIMIT):
                force_close = getattr(
                    getattr(start_response, "__self__", None), "force_close", None
                )
                if callable(force_close):
                    force_close()
                elif environ.get("SERVER_SOFTWARE", "").startswith("Granian"):
                    # granian passes the header on and closes the connection after the answer.
                    headers = [*headers, ("Connection", "close")]
            return start_response(status, headers, exc_info)

        return wsgi_app(environ, start)

    return app


def _wrap_body(environ: dict[str, Any], limit: int) -> _RequestBody | None:
    """Put a counting wrapper around ``wsgi.input`` if the request has a body."""
    if "wsgi.input" not in environ:
        return None
    if "chunked" in environ.get("HTTP_TRANSFER_ENCODING", "").lower():
        length = None
    else:
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return None
        if length <= 0:
            return None
    body = _RequestBody(environ["wsgi.input"], length, limit)
    environ["wsgi.input"] = body
    return body


def _view(operation_id: str, handler: Callable[[MockState], Response]) -> Callable[..., Response]:
    def view(**_: Any) -> Response:
        return pipeline(operation_id, handler)

    view.__name__ = operation_id
    return view


def _start() -> None:
    g.request_id = request.headers.get(REQUEST_ID_HEADER, "")[:64] or secrets.token_hex(8)
    g.started = time.perf_counter()


def _preflight() -> Response | None:
    if request.path.startswith(admin.PREFIX):
        return None
    return cors.preflight()


def _finish(response: Response) -> Response:
    request_id = g.get("request_id", "")
    response.headers[REQUEST_ID_HEADER] = request_id
    mock = state()
    duration_ms = round((time.perf_counter() - g.get("started", 0.0)) * 1000, 3)
    status = g.get("journal_status", response.status_code)
    if mock.config.access_log:
        remote = request.remote_addr or "-"
        logs.access(
            method=request.method,
            path=request.path,
            status=status,
            duration_ms=duration_ms,
            request_id=request_id,
            remote=remote,
        )
    if request.path.startswith(admin.PREFIX):
        return response
    if mock.config.cors:
        cors.allow_origin(response)
    mock.journal.add(
        {
            "time_ms": now_ms(),
            "request_id": request_id,
            "method": request.method,
            "path": request.path,
            "headers": orjson.dumps(journal_headers(request.environ)).decode(),
            "body": handlers.body_summary(),
            "status": status,
            "duration_ms": duration_ms,
        }
    )
    return response


def _http_error(exc: HTTPException) -> Response:
    if exc.response is not None:  # raised by fail(): already an envelope
        return exc.response  # type: ignore[return-value]
    status = exc.code or 500
    if request.path.startswith(STORAGE_PATH + "/"):
        return _storage_http_error(exc, status)
    headers: dict[str, str] = {}
    if isinstance(exc, MethodNotAllowed) and exc.valid_methods:
        headers["Allow"] = ", ".join(exc.valid_methods)
    msg: str | None
    if status == 404:
        msg = f"No such endpoint: {request.method} {request.path}"
        if not request.path.startswith(BASE_PATH + "/"):
            msg += f" (the API lives under {BASE_PATH}: is base_url missing it?)"
    elif status == 413:
        msg = "Payload too large"
    else:
        msg = exc.description or None
    return error_response(status, msg, **headers)


def _storage_http_error(exc: HTTPException, status: int) -> Response:
    if isinstance(exc, MethodNotAllowed):
        answer = storage_error(405, "MethodNotAllowed", "A signed URL takes POST only")
        answer.headers["Allow"] = "POST"
        return answer
    if status == 413:
        return storage_error(413, "EntityTooLarge", "The upload is larger than the limit")
    if status == 404:
        return storage_error(404, "NoSuchUpload", "No such signed URL")
    return storage_error(status, "InvalidArgument", exc.description or "Bad request")


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
