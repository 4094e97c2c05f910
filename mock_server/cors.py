"""CORS on the provider's routes and the storage route, so that a browser app can call the mock.

On by default (``MOCK_CORS=0`` turns it off). A preflight (``OPTIONS`` with
``Access-Control-Request-Method``) on a route that exists is answered 204 with the route's methods
and the headers the provider's clients send; every answer to a request with an ``Origin`` allows
that origin and exposes ``X-Request-Id`` and ``Retry-After``.

The admin endpoints get no CORS; ``admin_refusal`` keeps web pages away from them: a page of
another origin (``Sec-Fetch-Site``, ``Origin``) and a page reached through DNS rebinding (a
``Host`` that names no loopback host).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from urllib.parse import urlsplit

from flask import Response, request
from werkzeug.exceptions import MethodNotAllowed

from .config import MockConfig

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


#: ``Sec-Fetch-Site`` of a request that a page of another origin made.
CROSS_SITE = ("cross-site", "same-site")
DEFAULT_PORTS = {"http": 80, "https": 443}
ALLOW_HINT = "--allowed-hosts / MOCK_ALLOWED_HOSTS"


def admin_refusal(config: MockConfig) -> str | None:
    """Why this request may not use an admin endpoint (the 403's message), or None.

    - Cross-site: ``Sec-Fetch-Site: cross-site`` or ``same-site``, or an ``Origin`` other than
      the request's own ``Host`` (``null`` included), unless its host is named in
      ``allowed_hosts`` (a page behind a proxy that passes ``Host: 127.0.0.1``). Scripts send
      neither header; a page of the mock's own origin sends ``same-origin``.
    - ``Host``: on a mock bound to loopback, a loopback name (``localhost``, ``*.localhost``),
      an IP address (a rebinding page always has a name) or a name in ``allowed_hosts``
      (``*``: any). Bound elsewhere, the admin token guards the endpoints, and ``Host`` is
      checked only when ``allowed_hosts`` is set (the bound address is allowed then too).
    """
    site = request.headers.get("Sec-Fetch-Site", "").strip().lower()
    if site in CROSS_SITE:
        return (
            f"Forbidden: cross-site request refused (Sec-Fetch-Site: {site}): /__mock/ answers"
            " scripts and pages of the mock's own origin only"
        )
    origin = request.headers.get("Origin")
    if origin is not None and not _same_origin(origin, config):
        return (
            f"Forbidden: cross-site request refused (Origin {_shown(origin)} is not this mock's"
            f" {_shown(request.host)}): /__mock/ answers scripts and pages of the mock's own"
            f" origin only; behind a proxy, name the page's host in {ALLOW_HINT}"
        )
    hostname = _hostname(request.host)
    if not _host_allowed(hostname, config):
        shown = _shown(request.headers.get("Host", request.host))
        listed = ", ".join(h for h in config.allowed_hosts if h != "*")
        return (
            f"Forbidden: Host {shown} not allowed on /__mock/ (a guard against DNS rebinding):"
            f" it answers loopback names, IP addresses{' and ' + listed if listed else ''} only;"
            f" to allow this host, start the mock with {ALLOW_HINT} naming it ('*': any host)"
        )
    return None


def _same_origin(origin: str, config: MockConfig) -> bool:
    parts = urlsplit(origin)
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname or parts.path or parts.query:
        return False  # "null" and anything that is no origin
    try:
        port = parts.port or DEFAULT_PORTS[parts.scheme]
        own = urlsplit("//" + request.host)
        own_port = own.port or DEFAULT_PORTS[parts.scheme]
    except ValueError:
        return False
    if (parts.hostname, port) == (own.hostname, own_port):
        return True
    return _listed(parts.hostname, [h for h in config.allowed_hosts if h != "*"])


def _host_allowed(hostname: str | None, config: MockConfig) -> bool:
    if "*" in config.allowed_hosts or not (config.allowed_hosts or is_loopback(config.host)):
        return True
    if not hostname:
        return False
    if is_loopback(hostname) or _is_address(hostname):
        return True
    return hostname == config.host.lower() or _listed(hostname, config.allowed_hosts)


def is_loopback(hostname: str) -> bool:
    """``localhost``, a name under ``.localhost`` or a loopback address."""
    name = hostname.lower().strip("[]")
    return name == "localhost" or name.endswith(".localhost") or _is_loopback_address(name)


def _is_loopback_address(name: str) -> bool:
    return _is_address(name) and ipaddress.ip_address(name).is_loopback


def _is_address(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def _listed(hostname: str, listed: Iterable[str]) -> bool:
    """Whether ``allowed_hosts`` names ``hostname`` (``.name``: it or a subdomain)."""
    return any(
        hostname == entry or (entry.startswith(".") and f".{hostname}".endswith(entry))
        for entry in listed
    )


def _hostname(host: str) -> str | None:
    """The lower-case name of a ``host[:port]`` (an IPv6 address without its brackets)."""
    try:
        return urlsplit("//" + host).hostname if host else None
    except ValueError:
        return None


def _shown(value: str) -> str:
    return repr(value[:100])
