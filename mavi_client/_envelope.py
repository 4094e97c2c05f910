"""Turns one raw HTTP answer into a value or a typed error: the only place that reads envelopes.

It is pure (no I/O), so the sync and async clients share it, and it can be tested on any
``httpx.Response``.

The provider answers in three dialects (see ``info.description`` and ``x-dialect-table`` in
openapi.yaml), and all three are read here:

- **seed**: ``code`` a four-digit string (``"0000"`` on success), ``success``/``failed`` on every
  body, errors at their HTTP status;
- **modern**: ``code`` an integer equal to the HTTP status, ``success``/``failed`` optional
  (errors are just ``{code, msg, data}``), errors at their HTTP status;
- **legacy**: the seed's string codes, but errors travel in an **HTTP 200** answer.

The exception class is chosen from the HTTP status when it is not 200, and from ``code`` (through
``CODE_STATUS``) when an error travels in a 200; never from ``msg``. Answers that are no envelope at
all (a gateway's HTML page, a Spring-style JSON error, the storage's XML error) are judged by their
status alone.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import MappingProxyType
from typing import Any, TypeVar

import httpx
import orjson

from ._errors import (
    AuthError,
    Code,
    InsufficientCreditsError,
    InvalidRequestError,
    MaviError,
    NotFoundError,
    Origin,
    ProtocolError,
    RateLimitedError,
    ServerError,
)

T = TypeVar("T")

#: The two spellings of success the provider has published (``status: 200`` in x-dialect-table).
SUCCESS_CODES: frozenset[str | int] = frozenset({"0000", 200})

#: Every string code of openapi.yaml's ``x-dialect-table`` (its ``seed``, ``legacy`` and ``also``
#: columns) -> the HTTP status its row stands for. An integer code (modern dialect) stands for
#: itself. tests/test_client_errors.py checks this copy against openapi.yaml.
CODE_STATUS: Mapping[str, int] = MappingProxyType(
    {
        "0000": 200,
        "0001": 400,
        "0003": 400,
        "0401": 401,
        "0402": 402,
        "0403": 403,
        "9009": 403,
        "0404": 404,
        "0405": 405,
        "0409": 409,
        "0413": 413,
        "0415": 415,
        "0429": 429,
        "0500": 500,
        "0503": 503,
    }
)

#: Vector length per model, as in ``info.x-embedding-dimensions`` of openapi.yaml.
MODEL_DIMENSIONS: Mapping[str, int] = {"multimodalembedding@001": 1408}

_STRING_CODE = re.compile(r"[0-9]{4}")
_EXCERPT = 160
_XML_CODE = re.compile(r"<Code>\s*(.*?)\s*</Code>", re.DOTALL | re.IGNORECASE)
_XML_MESSAGE = re.compile(r"<Message>\s*(.*?)\s*</Message>", re.DOTALL | re.IGNORECASE)
_HTML_TITLE = re.compile(r"<title[^>]*>\s*(.*?)\s*</title>", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


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


def code_status(code: str | int) -> int | None:
    """The HTTP status an envelope ``code`` stands for, or None for a code the table lacks."""
    if isinstance(code, int):
        return code
    return CODE_STATUS.get(code)


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


#: What ``_load`` gives for a body that is not JSON.
_NOT_JSON = object()


def _load(response: httpx.Response) -> object:
    """The body as JSON, or ``_NOT_JSON``."""
    try:
        return orjson.loads(response.content)
    except orjson.JSONDecodeError:
        return _NOT_JSON


def _excerpt(text: str) -> str:
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 3] + "..."


def describe_body(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode(errors="replace")  # UTF-8, the default
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def origin_of(
    response: httpx.Response, *, subject: str | None = None, attempts: int | None = None
) -> Origin:
    """The ``Origin`` of errors made from ``response``: its request, status, request id,
    headers and Retry-After, with the call's ``subject`` and ``attempts``."""
    try:
        request: httpx.Request | None = response.request
    except RuntimeError:  # a Response made by hand, as in tests: no request to name
        request = None
    headers = response.headers
    return Origin(
        subject=subject,
        attempts=attempts,
        method=request.method if request is not None else None,
        path=request.url.path if request is not None else None,
        http_status=response.status_code,
        request_id=headers.get("x-request-id"),
        headers=MappingProxyType(dict(headers.items())),
        retry_after=parse_retry_after(headers.get("retry-after")),
    )


def not_an_envelope(response: httpx.Response, origin: Origin) -> MaviError:
    """The error for an answer that is not the API's envelope, judged by its status alone.

    5xx is a ServerError (retried), 4xx the class of its status, anything else (a 2xx where an
    envelope or nothing was expected, a 1xx or 3xx) a ProtocolError. ``msg`` describes the body
    (``describe_body``); ``code`` is None.
    """
    status = response.status_code
    cls = error_class(status) if 400 <= status <= 599 else ProtocolError
    return cls(describe_body(response), status=status, origin=origin)


def _claims_success(
    body: Mapping[str, Any], status: int, code: Code, origin: Origin
) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(
                f"{name} is not a boolean: {value!r}", status=status, code=code, origin=origin
            )
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
            origin=origin,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def interpret(
    response: httpx.Response, parse: Callable[[dict[str, Any]], T], origin: Origin | None = None
) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises is made again with the answer's code and ``origin``.
    Every error's ``status`` is the HTTP status the answer means, ``http_status`` the one on the
    wire (``origin``, by default ``origin_of(response)``).

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself), and ``status`` is that status; an
      unknown code is a plain MaviError whose ``status`` is None (its meaning is unknown).
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    origin = origin or origin_of(response)
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response, origin)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
            origin=origin,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response, origin)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status",
            status=status,
            origin=origin,
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
            origin=origin,
        )
    claims_success = _claims_success(body, status, code, origin)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code, origin=origin
        )
    if status != 200:
        if success_code:
            raise ProtocolError(
                f"success code {code!r} on HTTP {status}", status=status, code=code, origin=origin
            )
        raise error_class(status)(msg, status=status, code=code, origin=origin)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        meant = code_status(code)
        if meant is None or meant < 400:
            raise MaviError(msg, code=code, origin=origin)
        raise error_class(meant)(msg, status=meant, code=code, origin=origin)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code, origin=origin)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
            origin=origin,
        )
    try:
        return parse(data)
    except MaviError as exc:
        # A parse function names the status its error means (404 for no record, 200 for a
        # broken payload) and leaves the code to the answer.
        raise type(exc)(exc.msg, status=exc.status, code=code, origin=origin) from None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}",
            status=status,
            code=code,
            origin=origin,
        ) from exc


def check_storage_answer(response: httpx.Response, origin: Origin) -> None:
    """Return for the storage's success (204 or 200, whatever the body); raise otherwise.

    The storage behind a signed URL answers no envelope: its errors are XML (or a gateway's page)
    and are judged by status alone, as in ``not_an_envelope``.
    """
    if response.status_code in (200, 204):
        return
    raise not_an_envelope(response, origin)


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
