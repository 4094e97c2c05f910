"""Every error the client raises.

Catch ``MaviError`` for all of them, or a subclass for one kind::

    MaviError                      status, http_status, code, msg, request_id, headers;
    │                              raised as itself for an error code the contract does not know
    │                              (e.g. "0777" in an HTTP 200 answer): never retried
    ├── ConfigurationError         the client cannot be used as given (empty or "Bearer ..." key);
    │                              also a ValueError
    ├── AuthError                  401, 403: key missing, invalid, expired, or sent as "Bearer ...";
    │                              the storage refusing a signed URL (used, forged: 403)
    ├── InsufficientCreditsError   402: not enough credits
    ├── InvalidRequestError        400, 405, 409, 413, 415 and other 4xx: fix the request
    │   │                          (the provider also answers 400 for "Asset not found" and for
    │   │                          an asset that is not yet SUCCESS)
    │   └── NotFoundError          404, or a metadata answer that holds no record
    ├── RateLimitedError           429: carries retry_after (seconds, or None)
    ├── ServerError                5xx, including a gateway's page that is not an envelope
    ├── TransportError             no HTTP answer at all: connection refused, reset, timed out;
    │                              ``stage`` says how far the request got
    ├── ProtocolError              the answer breaks the contract: a 2xx that is not an
    │                              envelope, a missing or mistyped field, success/failed
    │                              disagreeing with each other or with the code, a success code
    │                              on an error status, a success without its payload, a vector
    │                              with non-finite values or of the wrong length
    └── AssetNotReadyError         wait_until_ready: the asset became FAILED, or did not become
                                   SUCCESS in time

The class is chosen from the HTTP status and the envelope ``code``, never from ``msg``: the
provider reuses one message for rate limits and for validation errors. When the status is not
200 it decides alone, whatever the body's dialect (and a body that is no envelope at all, such as
a Spring-style JSON error, an HTML page or the storage's XML, is judged by it too). When an error
travels in an HTTP 200 (the legacy dialect), the code decides: ``"0429"`` is a RateLimitedError,
``"0401"`` an AuthError, and so on (the code table of openapi.yaml's ``x-dialect-table``).

An error means the same in every dialect: ``status`` is the HTTP status the answer *means* (401
for a bad key in all three dialects, though the legacy dialect sends it in an HTTP 200),
``http_status`` the status on the wire, ``code`` the provider's code as sent (``"0401"`` or
``401``), ``request_id`` the answer's ``X-Request-Id`` and ``headers`` its headers. All of them
are set when the error is made, from its ``Origin``; they are None when no answer came.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

Code = str | int | None


@dataclass(frozen=True)
class Origin:
    """What an error is about, known where it is made: the call (``subject``, ``attempts``), the
    request (``method``, ``path``) and, when one came, the answer (``http_status``,
    ``request_id``, ``headers``, ``retry_after``)."""

    subject: str | None = None
    attempts: int | None = None
    method: str | None = None
    path: str | None = None
    http_status: int | None = None
    request_id: str | None = None
    headers: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    retry_after: float | None = None


class MaviError(Exception):
    """Base class. ``status`` is the HTTP status the answer means, ``code`` and ``msg`` come
    from the envelope; the rest comes from the error's ``Origin``.

    ``method`` and ``path`` are those of the request answered, ``subject`` what the call was
    about (e.g. ``"asset re_..."``), ``attempts`` how many requests were sent, and ``str()``
    shows them all::

        Asset not found (POST /serve/api/v2/embeddings/video for asset re_1: HTTP 400,
        code '0001'; 1 attempt)
    """

    def __init__(
        self,
        msg: str,
        *,
        status: int | None = None,
        code: Code = None,
        origin: Origin | None = None,
    ) -> None:
        super().__init__(msg)
        origin = origin or Origin()
        self.status = status
        self.code = code
        self.msg = msg
        #: The HTTP status on the wire (200 for a legacy error), None when no answer came.
        self.http_status = origin.http_status
        #: The answer's ``X-Request-Id`` (None when it had none).
        self.request_id = origin.request_id
        #: The answer's headers (empty when no answer came).
        self.headers: Mapping[str, str] = origin.headers
        #: The answer's Retry-After in seconds (None: absent or unreadable), whatever the status:
        #: the retry policy never waits less before retrying a status it retries.
        self.retry_after = origin.retry_after
        self.method = origin.method
        self.path = origin.path
        self.subject = origin.subject
        self.attempts = origin.attempts

    def __str__(self) -> str:
        where = " ".join(part for part in (self.method, self.path) if part)
        if self.subject:
            where = f"{where} for {self.subject}" if where else self.subject
        wire = self.http_status if self.http_status is not None else self.status
        parts = [f"HTTP {wire}" if wire is not None else "no HTTP answer"]
        if self.code is not None:
            parts.append(f"code {self.code!r}")
        text = ", ".join(parts)
        if where:
            text = f"{where}: {text}"
        if self.attempts is not None:
            text += f"; {self.attempts} attempt{'s' if self.attempts != 1 else ''}"
        return f"{self.msg} ({text})"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(msg={self.msg!r}, status={self.status!r}, code={self.code!r})"
        )


class AuthError(MaviError):
    """401 or 403."""


class ConfigurationError(MaviError, ValueError):
    """The client was given something it cannot use (an empty key, a ``Bearer`` key): raised at
    once, before any request. A ``ValueError`` too, for code that catches that."""

    def __str__(self) -> str:
        return self.msg


class InsufficientCreditsError(MaviError):
    """402."""


class InvalidRequestError(MaviError):
    """400, 405, 409, 413, 415, and any other 4xx that has no class of its own."""


class NotFoundError(InvalidRequestError):
    """404, or a metadata answer with no record in it."""


class RateLimitedError(MaviError):
    """429. ``retry_after`` is the server's Retry-After in seconds, or None."""

    def __init__(
        self,
        msg: str,
        *,
        status: int | None = None,
        code: Code = None,
        origin: Origin | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(msg, status=status, code=code, origin=origin)
        if retry_after is not None:
            self.retry_after = retry_after


class ServerError(MaviError):
    """5xx."""


#: How far a request got before it failed without an answer (``TransportError.stage``):
#: ``"refused"`` the connection was refused (nothing listens at the address); ``"connect"`` it
#: could not be made otherwise (DNS, unreachable, timed out): the request never reached the
#: server; ``"pool"`` no connection came free in time (not sent); ``"write"`` sending failed
#: (the server may hold part of it); ``"read"`` the request was sent and no answer came (reset,
#: timed out, closed): the server may have acted on it; ``"other"`` anything else (a proxy's
#: refusal, a URL scheme httpx cannot send); ``"timeout"`` the call's deadline (the client's
#: ``timeout``) passed while the request was under way: never retried.
TransportStage = Literal["refused", "connect", "pool", "write", "read", "other", "timeout"]


class TransportError(MaviError):
    """No HTTP answer: the underlying httpx error is the ``__cause__``.

    ``stage`` (a ``TransportStage``) says how far the request got, for ``RetryPolicy`` to decide
    from; it is None on an error the client did not make.
    """

    def __init__(
        self,
        msg: str,
        *,
        status: int | None = None,
        code: Code = None,
        origin: Origin | None = None,
        stage: TransportStage | None = None,
    ) -> None:
        super().__init__(msg, status=status, code=code, origin=origin)
        self.stage: TransportStage | None = stage


class ProtocolError(MaviError):
    """The answer does not keep the contract."""


class AssetNotReadyError(MaviError):
    """The asset is FAILED, or did not reach SUCCESS before the deadline.

    When time ran out while a poll was failing (its retry would have waited past the deadline,
    or its request timed out at it), that poll's last error is the ``__cause__``;
    ``last_status`` is the last status read (None if no poll was answered).
    """

    def __init__(
        self, msg: str, *, asset_id: str, last_status: str | None, origin: Origin | None = None
    ) -> None:
        super().__init__(msg, origin=origin)
        self.asset_id = asset_id
        self.last_status = last_status

    def __str__(self) -> str:
        return f"{self.msg} (last upload_status {self.last_status})"
