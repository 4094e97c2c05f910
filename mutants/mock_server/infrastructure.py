"""Answers that do not come from the provider's API, so are not envelopes: the gateway's and the
storage's.

- The gateway (``gateway_rate``, ``Prefer: gateway=...``): a Spring-style JSON 503 or 404, as a
  summary of the provider's API describes them, or a proxy's HTML 502 page.
- The storage behind a signed URL: an XML error, ``<Error><Code>..</Code><Message>..</Message>``,
  in the style of object stores.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import NoReturn
from xml.sax.saxutils import escape

import orjson
from flask import Response, abort

SPRING_ERRORS = {503: "Service Unavailable", 404: "Not Found"}

HTML_502 = (
    b"<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n"
    b"<body><h1>502 Bad Gateway</h1>\n"
    b"<p>The proxy received no valid answer from the server behind it.</p></body></html>\n"
)


def gateway_response(status: int, path: str, request_id: str) -> Response:
    """The gateway's own answer for ``status`` (503, 404: Spring JSON; 502: HTML)."""
    if status == 502:
        return Response(HTML_502, status=502, mimetype="text/html")
    stamp = datetime.now(UTC).isoformat(timespec="milliseconds")
    body = {
        "timestamp": stamp,
        "path": path,
        "status": status,
        "error": SPRING_ERRORS[status],
        "requestId": request_id,
    }
    return Response(orjson.dumps(body), status=status, mimetype="application/json")


def storage_error(status: int, code: str, message: str) -> Response:
    body = (
        "<?xml version='1.0' encoding='UTF-8'?>"
        f"<Error><Code>{escape(code)}</Code><Message>{escape(message)}</Message></Error>"
    )
    return Response(body.encode(), status=status, mimetype="application/xml")


def storage_fail(status: int, code: str, message: str) -> NoReturn:
    """Stop a storage request with an XML error."""
    abort(storage_error(status, code, message))
