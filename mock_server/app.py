"""``create_app(config)``: the Flask application, wired: its state, routes and error handlers.

- The routes are the contract's operations (``routes.py``); the API's ``before_request`` is the
  request pipeline (``pipeline.py``); the admin endpoints are ``admin.py``'s Blueprint.
- Around Flask, the WSGI stack (``wsgi.py``) opens each request's ``Exchange`` (its scenario,
  ``Prefer`` and dialect, decided once), answers the common embedding request from the caches,
  makes the transport faults, and writes every answer's request id and journal entry.
- Every error on the way, including Flask's own 404/405/413 and any exception, leaves as the
  provider's error envelope (``envelope.py``), or as the storage's XML error on its route.

State lives in ``app.extensions["mavi_mock"]``, never in a module global, so that many apps can
run in one process.
"""

from __future__ import annotations

import logging

from flask import Flask, Response, request
from werkzeug.exceptions import HTTPException, MethodNotAllowed

from . import admin, cors, handlers
from .config import BASE_PATH, MockConfig
from .contract import Contract, load_contract
from .disk import StoreFull
from .envelope import error_response
from .exchange import current as current_exchange
from .exchange import note_route
from .infrastructure import storage_error
from .journal import Journal
from .replay import recorded_config
from .routes import blueprints
from .scenarios import Scenario, ScenarioState
from .state import EXTENSION, MockState
from .store import Store
from .wsgi import stack

#: The provider's documented example asset ids (the seed's, then provider-facts').
EXAMPLE_ASSET_IDS = ["re_657745568997527552", "re_660727003963174912"]

log = logging.getLogger("mock_server")


def create_app(
    config: MockConfig | None = None, *, contract: Contract | None = None, fresh: bool = True
) -> Flask:
    """The mock as a WSGI app.

    ``fresh`` (the default): this is the mock starting, so its run-time state starts over: the
    scenario is the configuration's, its draws start from the seed, the journal is empty and the
    rate counters are clear (uploaded assets stay). A granian worker passes False: it joins the
    run its master started (``serve.py``).
    """
    config = recorded_config(config or MockConfig())  # --replay: the recording's dialects
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

    mock = app.extensions[EXTENSION]
    for blueprint in blueprints(mock.contract):
        app.register_blueprint(blueprint)
    app.register_blueprint(admin.blueprint)
    app.before_request(note_route)  # first: the pipeline and the journal read what it notes
    if config.cors:
        app.before_request(_preflight)
        app.after_request(_allow_origin)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(StoreFull, handlers.store_full)  # a full disk: 503
    app.register_error_handler(Exception, _unexpected_error)
    app.wsgi_app = stack(mock, app.wsgi_app)  # type: ignore[method-assign,assignment]
    return app


def _preflight() -> Response | None:
    if current_exchange().admin:
        return None
    return cors.preflight()


def _allow_origin(response: Response) -> Response:
    if not current_exchange().admin:
        cors.allow_origin(response)
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
