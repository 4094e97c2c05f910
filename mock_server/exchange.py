"""What one request gathers on its way through the mock, in one explicit object.

``_start`` (app.py) makes an ``Exchange`` for every request and keeps it in ``flask.g`` and in
the WSGI environ (where the transport wrapper, outside Flask, reads the fault). The pipeline,
the handlers, the envelope and the journal read and fill it instead of loose ``g`` attributes.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field

from flask import g, request

from .config import REQUEST_ID_HEADER
from .prefer import Prefer
from .scenarios import Draws

#: The environ key under which the request's Exchange travels outside Flask.
EXCHANGE_KEY = "mavi_mock.exchange"


@dataclass
class Exchange:
    request_id: str
    started: float = field(default_factory=time.perf_counter)
    #: The dialect of the answer, once decided (``envelope.current_dialect``).
    dialect: str | None = None
    #: The request's ``Prefer`` header, parsed after authentication.
    prefer: Prefer = field(default_factory=Prefer)
    #: This request's random choices (None until the scenario needs one).
    draws: Draws | None = None
    #: What a handler read of the body, for the journal: a JSON body, or an upload's summary.
    raw_body: bytes | None = None
    upload_summary: str | None = None
    #: The connection fault this request gets (``transport.py`` makes it), if any.
    transport_fault: str | None = None
    #: The status the journal records, when it is not the answer's (0: no answer arrived).
    journal_status: int | None = None


def begin() -> Exchange:
    """A new Exchange for the current request (its id from ``X-Request-Id`` or made up)."""
    request_id = request.headers.get(REQUEST_ID_HEADER, "")[:64] or secrets.token_hex(8)
    exchange = Exchange(request_id)
    g.exchange = exchange
    request.environ[EXCHANGE_KEY] = exchange
    return exchange


def current() -> Exchange:
    """The current request's Exchange (made now if the request failed before ``begin``)."""
    exchange: Exchange | None = g.get("exchange")
    return exchange if exchange is not None else begin()
