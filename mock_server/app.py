"""``create_app(config)``: the Flask application, and the pipeline every provider request runs.

One request, in order (``pipeline``):

    route (Flask) → latency → transport fault → gateway (non-envelope 502/503/404)
    → authenticate (401) → Prefer (400 if malformed; then its delay, gateway and dialect)
    → rate limit (429) → Prefer: code (any declared error) → failure rate (500/503)
    → handler (validation: 413, 415, 400; then the operation)
    → envelope, in the request's dialect (``envelope.current_dialect``)

What one request gathers on the way travels in its ``Exchange`` (``exchange.py``); the scenario's
random choices are its ``Draws`` (``scenarios.py``).

The storage route behind signed URLs (``/storage/upload/<asset_id>``) is not the API: no key, no
envelope, its own XML errors (``handlers.upload_to_signed_url``).

Every error on the way, including Flask's own 404/405/413 and any exception, leaves as the
provider's error envelope (``envelope.py``). State lives in ``app.extensions["mavi_mock"]``,
never in a module global, so that many apps can run in one process.
"""

from __future__ import annotations

import hashlib
import logging
import math
import time
from collections.abc import Callable
from typing import Any

import orjson
from flask import Flask, Response, request
from werkzeug.exceptions import HTTPException, MethodNotAllowed

from . import admin, cors, handlers, logs
from .auth import key_problem
from .config import BASE_PATH, REQUEST_ID_HEADER, MockConfig
from .contract import Contract, load_contract
from .disk import StoreFull
from .envelope import error_response, fail
from .exchange import begin as begin_exchange
from .exchange import current as current_exchange
from .fastpath import fast_embedding
from .infrastructure import gateway_response, storage_error
from .journal import Journal, journal_headers
from .prefer import GATEWAY_ANSWERS, parse_prefer
from .scenarios import Scenario, ScenarioState
from .state import EXTENSION, MockState, state
from .store import Store, now_ms
from .transport import transport_faults

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
    exchange = current_exchange()
    scenario = mock.scenarios.current()
    if scenario_draws(scenario):
        exchange.draws = mock.scenarios.draws(scenario)
    draws = exchange.draws
    # Without draws the latency is fixed (or none).
    pause = draws.latency_seconds(scenario) if draws else scenario.latency[0] / 1000
    if pause > 0:
        time.sleep(pause)
    if scenario.transport_fault != "none" and (
        draws is None or draws.uniform("transport") < scenario.transport_fault_rate
    ):
        exchange.journal_status = 0  # no complete HTTP answer reaches the client
        # Made by the WSGI wrapper (transport.py), outside Flask's error handling.
        exchange.transport_fault = scenario.transport_fault
        if scenario.transport_fault != "truncate":  # a truncated answer is made in full first
            return Response(b"")
    if (
        draws is not None
        and scenario.gateway_rate
        and draws.uniform("gateway") < (scenario.gateway_rate)
    ):
        answer = GATEWAY_ANSWERS[min(2, int(draws.uniform("gateway-answer") * 3))]
        return gateway_response(answer, request.path, exchange.request_id)
    key = authenticate(mock)
    # Prefer only after the key: a caller with no key gets its 401 whatever it prefers, and
    # cannot hold a thread with a delay.
    try:
        prefer = exchange.prefer = parse_prefer(request.headers.get("Prefer"))
    except ValueError as exc:
        fail(400, str(exc))
    if prefer.dialect:
        exchange.dialect = prefer.dialect
    if prefer.delay_ms:
        time.sleep(prefer.delay_ms / 1000)
    if prefer.gateway is not None:
        return gateway_response(prefer.gateway, request.path, exchange.request_id)
    if scenario.rate_limit:
        account = hashlib.sha256(key.encode()).hexdigest()[:32]
        wait = mock.store.rate_acquire(account, 1000 / scenario.rate_limit)
        if wait is not None:
            fail(429, None, **{"Retry-After": str(max(1, math.ceil(wait)))})
    if prefer.code is not None and prefer.code != 200:
        declared = mock.contract.operations[operation_id].statuses
        if prefer.code not in declared:
            allowed = ", ".join(str(s) for s in sorted(declared))
            fail(400, f"Prefer: code={prefer.code} is not declared for {operation_id} ({allowed})")
        extra = {"Retry-After": "1"} if prefer.code == 429 else {}
        fail(prefer.code, None, **extra)
    if (
        draws is not None
        and scenario.failure_rate
        and draws.uniform("failure") < (scenario.failure_rate)
    ):
        status = 500 if draws.uniform("failure-status") < 0.5 else 503
        fail(status, "Internal server error (injected)")
    return handler(mock)


def scenario_draws(scenario: Scenario) -> bool:
    """Whether the scenario leaves anything to chance (so that requests take a place in the
    shared sequence only when they need one)."""
    low, high = scenario.latency
    return bool(
        high > low
        or (scenario.transport_fault != "none" and scenario.transport_fault_rate < 1.0)
        or scenario.gateway_rate
        or scenario.failure_rate
    )


# --- the app ---------------------------------------------------------------------------------


def create_app(
    config: MockConfig | None = None, *, contract: Contract | None = None, fresh: bool = True
) -> Flask:
    """The mock as a WSGI app.

    ``fresh`` (the default): this is the mock starting, so its run-time state starts over: the
    scenario is the configuration's, its draws start from the seed, the journal is empty and the
    rate counters are clear (uploaded assets stay). A granian worker passes False: it joins the
    run its master started (``serve.py``).
    """
    config = config or MockConfig()
    app = Flask("mock_server")
    app.json.sort_keys = False  # type: ignore[attr-defined]
    # No redirects: a doubled slash or a trailing one is simply no such endpoint (an envelope),
    # not a 308 that a client would follow to somewhere the provider never sends it.
    app.url_map.merge_slashes = False
    app.url_map.strict_slashes = False
    # The largest body any route accepts; each route lowers it (handlers.read_json).
    app.config["MAX_CONTENT_LENGTH"] = config.body_limit
    store = Store(config.data_dir)
    journal = Journal(config.data_dir / "journal", size=config.journal_size)
    store.add_examples(EXAMPLE_ASSET_IDS)  # (kept if present: a worker may start alone)
    if fresh:
        store.clear_runtime()
        journal.start_run()
    store.close()  # connections are per thread; a forked worker must not share the master's
    app.extensions[EXTENSION] = MockState(
        config=config,
        contract=contract or load_contract(),
        store=store,
        scenarios=ScenarioState(
            config.data_dir / "control.json", Scenario.from_config(config), fresh=fresh
        ),
        journal=journal,
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
        handlers.STORAGE_PATH + "/<asset_id>",
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
    app.register_error_handler(StoreFull, handlers.store_full)  # a full disk: 503
    app.register_error_handler(Exception, _unexpected_error)
    # guard_bodies is outermost: it needs the server's own start_response.
    app.wsgi_app = guard_bodies(  # type: ignore[method-assign]
        fast_embedding(app.extensions[EXTENSION], transport_faults(app.wsgi_app))
    )
    return app


class _RequestBody:
    """``wsgi.input`` as the app reads it, counted, so that ``guard_bodies`` knows what is left.

    (The size limit is not enforced here: every server the mock runs under sets
    ``wsgi.input_terminated``, so werkzeug reads any body, chunked ones included, through a
    stream that stops at ``MAX_CONTENT_LENGTH`` with a 413.)
    """

    def __init__(self, stream: Any, length: int | None) -> None:
        self._stream = stream
        self._length = length  # None: chunked
        self._read = 0
        self.finished = False

    def _count(self, data: bytes, size: int | None) -> bytes:
        self._read += len(data)
        if self._length is None:
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


def guard_bodies(wsgi_app: Any) -> Any:
    """Close the connection after an answer given before the body was read (or drain it).

    The mock answers many requests (401, 413, 415, Prefer: code) without reading their bodies. The
    unread bytes would be taken for the next request on a keep-alive connection, so servers drain
    them, but only so far (gunicorn 64 KiB; granian less); past that they close the connection
    after an answer that said "keep-alive", and a client that sends its next request meanwhile
    sees the connection drop (found by ``make soak``). So a rest of up to ``DRAIN_LIMIT`` is read
    and dropped here; past that the answer says ``Connection: close``, which granian passes on
    before it closes the connection. werkzeug's server closes every connection. (Under gunicorn,
    which only the bench runs the mock on, the header is dropped and gunicorn closes by itself.)
    """

    def app(environ: dict[str, Any], start_response: Any) -> Any:
        body = _wrap_body(environ)
        if body is None:
            return wsgi_app(environ, start_response)

        def start(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            # A small rest is read and dropped, so that the connection can be kept (and the
            # server never closes it with unread bytes, which would reset it under the answer).
            granian = environ.get("SERVER_SOFTWARE", "").startswith("Granian")
            if not body.finished and not body.drain(DRAIN_LIMIT) and granian:
                headers = [*headers, ("Connection", "close")]
            return start_response(status, headers, exc_info)

        return wsgi_app(environ, start)

    return app


def _wrap_body(environ: dict[str, Any]) -> _RequestBody | None:
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
    body = _RequestBody(environ["wsgi.input"], length)
    environ["wsgi.input"] = body
    return body


def _view(operation_id: str, handler: Callable[[MockState], Response]) -> Callable[..., Response]:
    def view(**_: Any) -> Response:
        return pipeline(operation_id, handler)

    view.__name__ = operation_id
    return view


def _start() -> None:
    begin_exchange()


def _preflight() -> Response | None:
    if request.path.startswith(admin.PREFIX):
        return None
    return cors.preflight()


def _finish(response: Response) -> Response:
    exchange = current_exchange()
    request_id = exchange.request_id
    response.headers[REQUEST_ID_HEADER] = request_id
    mock = state()
    duration_ms = round((time.perf_counter() - exchange.started) * 1000, 3)
    status = (
        exchange.journal_status if exchange.journal_status is not None else response.status_code
    )
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
    if request.path.startswith(handlers.STORAGE_PATH + "/"):
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
    request_id = current_exchange().request_id
    # Logged once, with the request id the client also gets; never with the headers (the key).
    log.error(
        "unhandled error in %s %s (request id %s)",
        request.method,
        request.path,
        request_id,
        exc_info=exc,
    )
    return error_response(500, f"Internal server error (request id {request_id})")
