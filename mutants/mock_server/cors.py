"""CORS on the provider's routes and the storage route, so that a browser app can call the mock.

On by default (``MOCK_CORS=0`` turns it off). A preflight (``OPTIONS`` with
``Access-Control-Request-Method``) on a route that exists is answered 204 with the route's methods
and the headers the provider's clients send; every answer to a request with an ``Origin`` allows
that origin and exposes ``X-Request-Id`` and ``Retry-After``. The admin endpoints are left out.
"""

from __future__ import annotations

from flask import Response, request
from werkzeug.exceptions import MethodNotAllowed

ALLOWED_HEADERS = "Authorization, Content-Type, Prefer, X-Request-Id"
EXPOSED_HEADERS = "X-Request-Id, Retry-After"
MAX_AGE_SECONDS = "600"


def preflight() -> Response | None:
    """The answer to a CORS preflight on an existing route, or None to carry on as usual."""
    if request.method != "OPTIONS" or "Access-Control-Request-Method" not in request.headers:
        return None
    routing = request.routing_exception
    if not isinstance(routing, MethodNotAllowed) or not routing.valid_methods:
        return None  # no such route: the usual 404 envelope
    methods = ", ".join(sorted(m for m in routing.valid_methods if m not in ("HEAD", "OPTIONS")))
    answer = Response(status=204)
    del answer.headers["Content-Type"]
    answer.headers["Access-Control-Allow-Methods"] = methods
    answer.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
    answer.headers["Access-Control-Max-Age"] = MAX_AGE_SECONDS
    return answer


def allow_origin(response: Response) -> None:
    """Let the requesting origin read this answer and the headers a client needs."""
    origin = request.headers.get("Origin")
    if not origin:
        return
    response.headers["Access-Control-Allow-Origin"] = origin
    response.headers["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
    response.headers.add("Vary", "Origin")
