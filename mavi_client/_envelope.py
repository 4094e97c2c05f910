"""Turns one raw HTTP answer into a value or a typed error: the only place that reads envelopes.

It is pure (no I/O), so the sync and async clients share it, and it can be tested on any
``httpx.Response``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import httpx
import orjson

from ._errors import (
    AuthError,
    InsufficientCreditsError,
    InvalidRequestError,
    MaviError,
    NotFoundError,
    ProtocolError,
    RateLimitedError,
    ServerError,
)

T = TypeVar("T")

#: The two spellings of success the provider has published (see "Response codes" in openapi.yaml).
SUCCESS_CODES: frozenset[str | int] = frozenset({"0000", 200})
#: Vector length per model, as in ``info.x-embedding-dimensions`` of openapi.yaml.
MODEL_DIMENSIONS: Mapping[str, int] = {"multimodalembedding@001": 1408}

_STRING_CODE = re.compile(r"[0-9]{4}")
_ENVELOPE_FIELDS = ("code", "msg", "data", "success", "failed")
# Statuses a gateway in front of the provider answers with its own (often HTML) body.
_GATEWAY_STATUSES = frozenset({502, 503, 504})


def error_class(status: int) -> type[MaviError]:
    """The exception class for an error answer, chosen by HTTP status alone."""
    if status in (401, 403):
        return AuthError
    if status == 402:
        return InsufficientCreditsError
    if status == 404:
        return NotFoundError
    if status == 429:
        return RateLimitedError
    if status >= 500:
        return ServerError
    if 400 <= status < 500:
        return InvalidRequestError
    return ProtocolError


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date); None if absent or bad."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def _is_code(code: object) -> bool:
    if isinstance(code, bool):
        return False
    if isinstance(code, int):
        return 100 <= code <= 599
    return isinstance(code, str) and _STRING_CODE.fullmatch(code) is not None


def read_envelope(response: httpx.Response) -> dict[str, Any]:
    """Parse and check the envelope's shape; raise ProtocolError (or ServerError) if it breaks."""
    status = response.status_code
    try:
        body = orjson.loads(response.content)
    except orjson.JSONDecodeError:
        if status in _GATEWAY_STATUSES:
            # A proxy's own page, not the provider's: still a server-side failure to retry.
            raise ServerError(
                f"HTTP {status} with a body that is not JSON", status=status
            ) from None
        raise ProtocolError("the body is not JSON", status=status) from None
    if not isinstance(body, dict):
        raise ProtocolError("the body is not a JSON object", status=status)
    missing = [name for name in _ENVELOPE_FIELDS if name not in body]
    code = body.get("code")
    if missing:
        raise ProtocolError(f"the envelope lacks {', '.join(missing)}", status=status, code=code)
    success, failed, msg = body["success"], body["failed"], body["msg"]
    if not isinstance(success, bool) or not isinstance(failed, bool):
        raise ProtocolError("success and failed must be booleans", status=status, code=code)
    if not isinstance(msg, str):
        raise ProtocolError("msg must be a string", status=status, code=code)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    if success == failed:
        raise ProtocolError(
            f"success={success} and failed={failed} disagree", status=status, code=code
        )
    return body


def interpret(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(envelope)`` for a success; raise the matching MaviError otherwise.

    ``parse`` gets the whole envelope; any KeyError, TypeError or ValueError it raises means the
    payload did not have the contract's shape and becomes a ProtocolError.
    """
    status = response.status_code
    body = read_envelope(response)
    code, msg = body["code"], body["msg"]
    if status == 200:
        if not body["success"]:
            raise ProtocolError(f"success: false on HTTP 200 ({msg})", status=status, code=code)
        if code not in SUCCESS_CODES:
            raise ProtocolError(f"code {code!r} is not a success code", status=status, code=code)
        try:
            return parse(body)
        except ProtocolError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ProtocolError(
                f"the success payload breaks the contract: {exc!r}", status=status, code=code
            ) from exc
    if body["success"]:
        raise ProtocolError(f"success: true on HTTP {status}", status=status, code=code)
    if code in SUCCESS_CODES:
        raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
    cls = error_class(status)
    if cls is RateLimitedError:
        raise RateLimitedError(
            msg,
            status=status,
            code=code,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
        )
    raise cls(msg, status=status, code=code)


def check_vector(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]
