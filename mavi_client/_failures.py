"""httpx's failures as the client's errors: a request that got no usable answer.

A ``TransportError`` says in ``stage`` how far the request got (``TransportStage``), for the
retry policy to decide from; a body that cannot be decoded is a ``ProtocolError``. URLs in the
messages have their secrets redacted (``_checks.redact``).
"""

from __future__ import annotations

import httpx

from ._checks import redact, redact_url
from ._errors import MaviError, Origin, ProtocolError, TransportError, TransportStage

#: An error a request can end in: the client's own, or httpx's when no usable answer came.
Failure = MaviError | httpx.TransportError | httpx.DecodingError


def request_of(exc: httpx.HTTPError) -> httpx.Request | None:
    """The request ``exc`` is about, if httpx attached one."""
    try:
        return exc.request
    except RuntimeError:
        return None


def _refused(exc: BaseException) -> bool:
    """Whether a connection was refused (nothing listens there), anywhere in the cause chain."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ConnectionRefusedError) or "connection refused" in str(seen).lower():
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def stage_of(exc: httpx.TransportError) -> TransportStage:
    """How far the request got (see ``TransportStage``), from httpx's exception."""
    if _refused(exc):
        return "refused"
    if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout)):
        return "connect"
    if isinstance(exc, httpx.PoolTimeout):
        return "pool"
    if isinstance(exc, (httpx.WriteError, httpx.WriteTimeout, httpx.LocalProtocolError)):
        return "write"
    if isinstance(exc, (httpx.ReadError, httpx.ReadTimeout, httpx.RemoteProtocolError)):
        return "read"
    return "other"


def transport_error(exc: httpx.TransportError | httpx.DecodingError, origin: Origin) -> MaviError:
    """The error for a request that got no usable answer.

    A TransportError, whose ``stage`` says how far the request got: the retry policy decides
    from it. A refused connection (nothing listens at that address) says so and names the URL.
    A body that cannot be decoded (say, marked gzip but not gzip) is a ProtocolError.
    """
    request = request_of(exc)
    if isinstance(exc, httpx.DecodingError):
        broken = ProtocolError(f"the answer's body could not be decoded: {exc}", origin=origin)
        broken.__cause__ = exc
        return broken
    url = redact_url(request.url) if request is not None else "the server"
    stage = stage_of(exc)
    if stage == "refused":
        where = request.url.copy_with(path="/", query=None) if request is not None else url
        msg = (
            f"connection refused by {where}: nothing listens there. Check base_url (for the mock:"
            " http://127.0.0.1:8000/serve/api/v2) and that the server is running (`make mock`"
            " or `mavi-mock`)"
        )
    else:
        msg = f"{type(exc).__name__} on {url}: {exc}"
    msg = redact(msg)
    error = TransportError(msg, stage=stage, origin=origin)
    error.__cause__ = exc
    return error


def timed_out(exc: httpx.TimeoutException, origin: Origin, limit: float) -> TransportError:
    """The error for a request that the call's deadline (``limit`` seconds) ended."""
    request = request_of(exc)
    url = redact_url(request.url) if request is not None else "the server"
    error = TransportError(
        f"no answer from {url} within the call's timeout of {limit:g} s",
        stage="timeout",
        origin=origin,
    )
    error.__cause__ = exc
    return error


def deadline_passed(request: httpx.Request, exc: TimeoutError) -> httpx.ReadTimeout:
    """httpx's timeout for an attempt that ``_limits.fail_after`` cancelled at the deadline."""
    timeout = httpx.ReadTimeout("the call's deadline passed", request=request)
    timeout.__cause__ = exc
    return timeout
