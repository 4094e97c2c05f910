"""One request's ``Exchange``: what is decided about it once, at its start, and what it gathers.

``open_exchange`` runs first in the WSGI stack (``wsgi.py``), before the embedding shortcut and
Flask, and decides, from the WSGI environ alone:

- the request id (``X-Request-Id``, else made up);
- the scenario in force (one read of the control file: every later step uses this snapshot);
- the parsed ``Prefer`` header (parsed once; a malformed one is kept as ``prefer_problem``, which
  the pipeline answers with a 400 after authentication);
- the dialect of every envelope of the answer: the admin endpoints' is the seed's; otherwise a
  valid ``Prefer: dialect=`` or the scenario's, which, when it names operations
  (``createVideoEmbedding=legacy``, ``dialects.py``), is the dialect of the operation the method
  and path are routed to, else of the operation whose path it is (a 405), else the default (a
  404 for an unknown path). Only the renderer (``envelope.py``) reads it.

The pipeline, the handlers and the writer of the journal entry then fill in the rest.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from flask import request
from werkzeug.wsgi import get_path_info

from . import dialects
from .prefer import Prefer, parse_prefer
from .state import MockState, state

if TYPE_CHECKING:
    from .scenarios import Draws, Scenario

#: The environ key under which the request's Exchange travels.
EXCHANGE_KEY = "mavi_mock.exchange"
#: The mock's own endpoints (``admin.py``): always answered in the seed dialect, never journaled.
ADMIN_PREFIX = "/__mock"


@dataclass
class Exchange:
    request_id: str
    method: str
    #: The path as Flask sees it (``request.path``).
    path: str
    #: The scenario in force when the request arrived.
    scenario: Scenario
    #: The dialect of the answer's envelopes.
    dialect: str
    #: The request's ``Prefer`` header, parsed (empty if it was malformed).
    prefer: Prefer = field(default_factory=Prefer)
    #: Why the ``Prefer`` header was refused (the 400's message), if it was.
    prefer_problem: str | None = None
    started: float = field(default_factory=time.perf_counter)
    #: This request's random choices (None until the scenario needs one).
    draws: Draws | None = None
    #: What a handler read of the body, for the journal: a JSON body, or an upload's summary.
    raw_body: bytes | None = None
    upload_summary: str | None = None
    #: The connection fault this request gets (``transport.py`` makes it), if any.
    transport_fault: str | None = None
    #: The status the journal records, when it is not the answer's (0: no answer arrived).
    journal_status: int | None = None
    #: The contract's operation the request was routed to (``note_route``), and the asset it
    #: names (its path's, or its JSON body's): None outside the contract's operations.
    operation: str | None = None
    asset_id: str | None = None
    #: What the answer means (``envelope.error_response``): its envelope code as sent, and the
    #: HTTP status it stands for (503 for a legacy "0503" on HTTP 200). None: not an error
    #: envelope (``wsgi.conclude`` then takes the HTTP status, and the success code).
    code: str | int | None = None
    outcome: int | None = None
    #: Whether a script (``POST /__mock/scripts``) answered.
    scripted: bool = False
    #: Whether scripts or asset lifecycles may be set (``scripts.py``): read with the scenario,
    #: from the control file, so that without them no request pays a look at their tables.
    scripts_set: bool = False

    @property
    def admin(self) -> bool:
        """Whether this is a request for the mock's own endpoints: ``/__mock`` and what lies under
        ``/__mock/`` (not ``/__mockery``, a provider path like any unknown one)."""
        return self.path == ADMIN_PREFIX or self.path.startswith(ADMIN_PREFIX + "/")


def open_exchange(mock: MockState, environ: dict[str, Any]) -> Exchange:
    """Decide what is decided once about the request in ``environ``, and keep it there."""
    request_id = environ.get("HTTP_X_REQUEST_ID", "")[:64] or secrets.token_hex(8)
    scenario = mock.scenarios.current()
    exchange = Exchange(
        request_id,
        environ["REQUEST_METHOD"],
        "/" + get_path_info(environ).lstrip("/"),  # as werkzeug's request.path
        scenario,
        scenario.dialect,
    )
    exchange.scripts_set = mock.scenarios.scripts
    if exchange.admin:
        exchange.dialect = "seed"  # the mock's own endpoints: always the seed's envelope
    else:
        if header := environ.get("HTTP_PREFER"):
            try:
                exchange.prefer = parse_prefer(header)
            except ValueError as exc:
                exchange.prefer_problem = str(exc)
        if exchange.prefer.dialect is not None:
            exchange.dialect = exchange.prefer.dialect
        elif "=" in scenario.dialect:  # per operation: looked up only then (dialects.py)
            operation = dialects.operation_of(mock.contract, exchange.method, exchange.path)
            if operation is None:  # a 405 on an operation's path: that operation's dialect
                operation = dialects.owner_of(mock.contract, exchange.path)
            exchange.dialect = dialects.dialect_for(scenario.dialect, operation)
    environ[EXCHANGE_KEY] = exchange
    return exchange


def note_route() -> None:
    """The app's first ``before_request``: note the operation Flask routed the request to (the
    API's or the storage's), and the asset id its path names."""
    blueprint, _, operation = (request.endpoint or "").partition(".")
    if blueprint in ("api", "storage"):
        exchange = current()
        exchange.operation = operation
        asset_id = (request.view_args or {}).get("asset_id")
        if asset_id is not None:
            exchange.asset_id = str(asset_id)


def current() -> Exchange:
    """The current request's Exchange (opened now if the request did not come through the WSGI
    stack, as in a bare ``app.test_request_context()``)."""
    exchange: Exchange | None = request.environ.get(EXCHANGE_KEY)
    if exchange is None:
        exchange = open_exchange(state(), request.environ)
    return exchange
