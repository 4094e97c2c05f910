"""The sync and async clients: the generated client's requests, this package's envelope rules.

Each call builds its request with the generated operation module (so method, path and body
encoding come from openapi.yaml), sends it with the generated client's httpx client, and hands
the raw answer to ``_envelope.interpret``, which reads every dialect and gives the envelope's
``data`` to the call's ``parse`` (a generated payload model). Retries wrap the whole exchange:
``_Tries`` makes every decision of the retry loop (what to raise, how long to wait, each
request's timeout under a deadline), which the sync and async clients drive alike, differing
only in how they send and sleep.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import mimetypes
import os
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO, ClassVar, Generic, NoReturn, Protocol, TypeVar, cast

import httpx

from generated_client import AuthenticatedClient
from generated_client.api.assets import (
    create_signed_upload_url,
    get_asset_metadata,
    upload_asset,
)
from generated_client.api.embeddings import create_video_embedding
from generated_client.models import (
    AssetMetadata,
    AssetRecord,
    SignedUrl,
    SignedUrlRequest,
    UploadRequest,
    UploadResult,
    VideoEmbedding,
    VideoEmbeddingRequest,
)
from generated_client.types import File
from mavi_contract import DEFAULT_MODEL

from . import _limits
from ._checks import check_asset_id, check_key, check_model, redact, redact_url
from ._envelope import (
    MODEL_DIMENSIONS,
    check_storage_answer,
    check_vector,
    interpret,
    parse_retry_after,
)
from ._errors import (
    AssetNotReadyError,
    ConfigurationError,
    MaviError,
    NotFoundError,
    ProtocolError,
    TransportError,
    TransportStage,
)
from ._limits import DEFAULT_MAX_RESPONSE_BYTES
from ._retry import RetryPolicy

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
#: Each retry is logged here (WARNING), with the error and the wait.
log = logging.getLogger("mavi_client")

DEFAULT_BASE_URL = "https://mavi-backend.memories.ai/serve/api/v2"
DEFAULT_TIMEOUT = 60.0

FileInput = str | os.PathLike[str] | IO[bytes]
#: Under a deadline, a request is never given less than this (httpx fails a zero timeout at
#: once): only the first request of a call can start with no time left (``timeout=0``).
_MIN_REQUEST_TIMEOUT = 0.1
#: A socket timeout cut to the deadline may fire this much before it, by the OS's timers.
_WATCH_SLACK = 0.05


@dataclass(frozen=True)
class _Call(Generic[T]):
    """One operation: how to build its request (again, on each try) and how to read its answer.

    ``parse`` gets the envelope's ``data`` (see ``_envelope.interpret``).
    """

    build: Callable[[], dict[str, Any]]
    parse: Callable[[dict[str, Any]], T]
    rewind: Callable[[], None] | None = None
    #: What the call is about, for error messages: "asset re_...", "file clip.mp4".
    subject: str | None = None
    anonymous: ClassVar[bool] = False

    def read(self, response: httpx.Response) -> T:
        return interpret(response, self.parse)


@dataclass(frozen=True)
class _StorageCall:
    """The file's upload to a signed URL: sent without the API key, answered by the storage."""

    build: Callable[[], dict[str, Any]]
    rewind: Callable[[], None] | None = None
    subject: str | None = None
    anonymous: ClassVar[bool] = True

    def read(self, response: httpx.Response) -> None:
        check_storage_answer(response)


class _Exchange(Protocol[T_co]):
    """What ``_send`` needs of a call: ``_Call`` (the API) or ``_StorageCall`` (a signed URL)."""

    #: Sent without the API key.
    anonymous: ClassVar[bool]

    @property
    def build(self) -> Callable[[], dict[str, Any]]: ...
    @property
    def rewind(self) -> Callable[[], None] | None: ...
    @property
    def subject(self) -> str | None: ...
    def read(self, response: httpx.Response) -> T_co: ...


def _with_headers(
    build: Callable[[], dict[str, Any]], headers: Mapping[str, str] | None
) -> Callable[[], dict[str, Any]]:
    """``build`` with extra headers for this call (they win over the client's)."""
    if not headers:
        return build

    def with_headers() -> dict[str, Any]:
        kwargs = build()
        kwargs["headers"] = {**(kwargs.get("headers") or {}), **headers}
        return kwargs

    return with_headers


def _asset_id(value: object) -> str:
    if not isinstance(value, str) or not value:
        raise ProtocolError(f"data.asset_id is not a non-empty string: {value!r}", status=200)
    return value


def _embed_call(asset_id: str, model: str, dimension: int | None) -> _Call[list[float]]:
    request = VideoEmbeddingRequest(asset_id=check_asset_id(asset_id), model=check_model(model))

    def parse(data: dict[str, Any]) -> list[float]:
        payload = VideoEmbedding.from_dict(data)
        return check_vector(payload.embedding, dimension=dimension)

    return _Call(
        lambda: create_video_embedding._get_kwargs(body=request), parse, subject=f"asset {asset_id}"
    )


def _metadata_call(asset_id: str) -> _Call[AssetRecord]:
    check_asset_id(asset_id)

    def parse(data: dict[str, Any]) -> AssetRecord:
        payload = AssetMetadata.from_dict(data)
        if not payload.resource:
            raise NotFoundError(f"no record for asset {asset_id}", status=200)
        found = payload.resource[0]
        if found.asset_id != asset_id:
            raise ProtocolError(
                f"the metadata of asset {asset_id} holds the record of asset {found.asset_id!r}",
                status=200,
            )
        return found

    return _Call(
        lambda: get_asset_metadata._get_kwargs(asset_id), parse, subject=f"asset {asset_id}"
    )


def _rewinder(stream: IO[bytes]) -> Callable[[], None]:
    start = stream.tell() if stream.seekable() else None

    def rewind() -> None:
        if start is None:
            raise TransportError("the upload failed and its stream cannot be rewound to retry")
        stream.seek(start)

    return rewind


def _multipart(stream: IO[bytes], filename: str, content_type: str | None) -> UploadRequest:
    part = File(payload=cast(BinaryIO, stream), file_name=filename, mime_type=content_type)
    return UploadRequest(file=part)


def _upload_call(stream: IO[bytes], filename: str, content_type: str | None) -> _Call[str]:
    def build() -> dict[str, Any]:
        kwargs = upload_asset._get_kwargs(body=_multipart(stream, filename, content_type))
        # The generator pins the multipart boundary to "+++"; a file holding "--+++" would then
        # end its own part early. Without the header httpx picks a random boundary.
        kwargs["headers"].pop("Content-Type", None)
        return kwargs

    def parse(data: dict[str, Any]) -> str:
        return _asset_id(UploadResult.from_dict(data).asset_id)

    return _Call(build, parse, _rewinder(stream), subject=f"file {filename}")


def _signed_url_call(filename: str) -> _Call[SignedUrl]:
    request = SignedUrlRequest(original_filename=filename)

    def parse(data: dict[str, Any]) -> SignedUrl:
        payload = SignedUrl.from_dict(data)
        _asset_id(payload.asset_id)
        url: object = payload.signed_url
        # A relative URL would be joined to the API's base URL: the file must go to the storage.
        try:
            parsed = httpx.URL(url) if isinstance(url, str) else None
        except httpx.InvalidURL:
            parsed = None
        if parsed is None or parsed.scheme not in ("http", "https") or not parsed.host:
            shown = redact_url(url) if isinstance(url, str) else url
            raise ProtocolError(f"data.signed_url is not an absolute URL: {shown!r}", status=200)
        return payload

    return _Call(
        lambda: create_signed_upload_url._get_kwargs(body=request),
        parse,
        subject=f"file {filename}",
    )


def _storage_call(
    url: str, stream: IO[bytes], filename: str, content_type: str | None
) -> _StorageCall:
    def build() -> dict[str, Any]:
        # As in _upload_call, but to the signed URL (absolute: httpx ignores the base URL), and
        # with no Content-Type header, so that httpx picks a random multipart boundary.
        files = _multipart(stream, filename, content_type).to_multipart()
        return {"method": "post", "url": url, "files": files}

    return _StorageCall(build, _rewinder(stream), subject=f"file {filename} (signed URL)")


def _request(
    http: httpx.Client | httpx.AsyncClient,
    call: _Exchange[Any],
    headers: Mapping[str, str] | None,
    timeout: httpx.Timeout | None,
) -> httpx.Request:
    """One attempt's request: built again (the body may be a rewound stream), with this call's
    headers, and ``timeout`` (None: the client's own).

    An anonymous call's request goes without the API key, which the client adds to every
    request it builds: send it with ``auth=None`` (``_send_options``), so that no auth set on the
    httpx client adds a key back.
    """
    kwargs = _with_headers(call.build, headers)()
    if timeout is not None:
        kwargs["timeout"] = timeout
    request = http.build_request(**kwargs)
    if call.anonymous:
        request.headers.pop("Authorization", None)
    return request


def _send_options(call: _Exchange[Any]) -> dict[str, Any]:
    """``send``'s options for the call: no auth at all for an anonymous one."""
    return {"auth": None} if call.anonymous else {}


def _answer(call: _Exchange[T], response: httpx.Response) -> T:
    """The call's value from ``response``, or its error, noting which request it answered and
    the server's Retry-After (which the policy honours on any status it retries)."""
    try:
        return call.read(response)
    except MaviError as error:
        if error.retry_after is None:
            error.retry_after = parse_retry_after(response.headers.get("Retry-After"))
        raise _located(error, response) from None


def _open_upload(file: FileInput, filename: str | None) -> tuple[IO[bytes], str, bool]:
    """The stream to send, its filename, and whether this call opened it (and must close it)."""
    if isinstance(file, (str, os.PathLike)):
        path = Path(file)
        return path.open("rb"), filename or path.name, True
    name = filename or os.path.basename(str(getattr(file, "name", "") or "")) or "upload.bin"
    return file, name, False


def _refused(exc: BaseException) -> bool:
    """Whether a connection was refused (nothing listens there), anywhere in the cause chain."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ConnectionRefusedError) or "connection refused" in str(seen).lower():
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _rewind_or_raise(rewind: Callable[[], None] | None, error: MaviError) -> None:
    """Rewind the upload before a retry; if its stream cannot be, the real error is raised."""
    if rewind is None:
        return
    try:
        rewind()
    except TransportError as cannot:
        error.add_note("not retried: the upload's stream cannot be rewound to send it again")
        raise error from cannot


def _stage(exc: httpx.TransportError) -> TransportStage:
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


def _transport_error(exc: httpx.TransportError | httpx.DecodingError) -> MaviError:
    """The error for a request that got no usable answer.

    A TransportError, whose ``stage`` says how far the request got: the retry policy decides
    from it. A refused connection (nothing listens at that address) says so and names the URL.
    A body that cannot be decoded (say, marked gzip but not gzip) is a ProtocolError.
    """
    try:
        request: httpx.Request | None = exc.request
    except RuntimeError:
        request = None
    if isinstance(exc, httpx.DecodingError):
        broken = ProtocolError(f"the answer's body could not be decoded: {exc}")
        broken.__cause__ = exc
        if request is not None:
            broken.method, broken.path = request.method, request.url.path
        return broken
    url = redact_url(request.url) if request is not None else "the server"
    stage = _stage(exc)
    if stage == "refused":
        origin = request.url.copy_with(path="/", query=None) if request is not None else url
        msg = (
            f"connection refused by {origin}: nothing listens there. Check base_url (for the mock:"
            " http://127.0.0.1:8000/serve/api/v2) and that the server is running (`make mock`"
            " or `mavi-mock`)"
        )
    else:
        msg = f"{type(exc).__name__} on {url}: {exc}"
    error = TransportError(redact(msg, request.url if request is not None else None), stage=stage)
    error.__cause__ = exc
    if request is not None:
        error.method, error.path = request.method, request.url.path
    return error


def _located(error: MaviError, response: httpx.Response) -> MaviError:
    """Note on the error which request it answered."""
    error.method, error.path = response.request.method, response.request.url.path
    return error


#: An error a request can end in: the client's own, or httpx's when no usable answer came.
_Failure = MaviError | httpx.TransportError | httpx.DecodingError


@dataclass
class _Deadline:
    """The end of a whole call, on the client's clock, shared by all its requests and waits.

    ``expired`` gives what to raise when time runs out: it gets the last error (None when the
    time ran out between requests that went well) and returns the error to raise (the last
    error itself, or a new one that the last error is the cause of).
    """

    at: float
    expired: Callable[[MaviError | None], MaviError]
    #: Whether a request was sent under it: only the first may start with no time left.
    started: bool = False


def _cut(timeout: httpx.Timeout, left: float) -> tuple[httpx.Timeout, bool]:
    """``timeout`` with no phase longer than ``left``, and whether any phase was shortened."""
    phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    cut = [left if phase is None else min(phase, left) for phase in phases]
    connect, read, write, pool = cut
    return httpx.Timeout(connect=connect, read=read, write=write, pool=pool), cut != list(phases)


class _Tries:
    """The decisions of one call's retry loop, which the sync and async clients drive alike::

        tries = _Tries(...)
        while True:
            timeout = tries.start(http.timeout)      # raises once the deadline has passed
            try:
                return <send the request with timeout and read its answer>
            except (httpx.TransportError, httpx.DecodingError, MaviError) as exc:
                failure = exc
            <sleep> tries.wait_after(failure)        # raises when the failure is final

    ``wait_after`` asks the policy (``delay``: what is retried, how long to wait) and adds the
    deadline's rule: a retry whose wait would end after the deadline is not made.
    """

    def __init__(
        self,
        policy: RetryPolicy,
        clock: Callable[[], float],
        call: _Exchange[Any],
        deadline: _Deadline | None,
    ) -> None:
        self.policy, self.clock, self.call, self.deadline = policy, clock, call, deadline
        self.attempts = 0
        self.last: MaviError | None = None
        self.cut = False
        self.watch: _limits.Watch | None = None

    def start(self, timeout: httpx.Timeout) -> tuple[httpx.Timeout | None, _limits.Watch | None]:
        """Count an attempt; its HTTP timeout (None: the client's own), cut to the time left,
        and the watch that keeps the deadline on the wire (``_limits``; None: no deadline)."""
        deadline = self.deadline
        if deadline is None:
            self.attempts += 1
            return None, None
        left = deadline.at - self.clock()
        if left <= 0:
            if deadline.started or self.last is not None:
                _out_of_time(deadline, self.last, "the deadline passed before the next request")
            left = _MIN_REQUEST_TIMEOUT
        deadline.started = True
        self.attempts += 1
        cut, self.cut = _cut(timeout, left)
        self.watch = _limits.Watch(time.monotonic() + left)
        return cut, self.watch

    def _deadline_passed(self, deadline: _Deadline) -> bool:
        """Whether a timeout was the deadline's: it has passed on the client's clock, or the
        wire's watch cut a socket operation short and its time is (all but) up."""
        if self.cut and deadline.at - self.clock() <= 0:
            return True
        watch = self.watch
        return watch is not None and watch.cut and watch.left() <= _WATCH_SLACK

    def wait_after(self, failure: _Failure) -> float:
        """The wait before the next attempt, after ``failure``; or raise the error to raise."""
        error = failure if isinstance(failure, MaviError) else _transport_error(failure)
        error.subject = self.call.subject
        error.attempts = self.attempts
        deadline = self.deadline
        timed_out = isinstance(error.__cause__, httpx.TimeoutException)
        if deadline is not None and timed_out and self._deadline_passed(deadline):
            # The timeout was the deadline's, not the client's: time is up.
            _out_of_time(deadline, error, "not retried: the request timed out at the deadline")
        wait = self.policy.delay(error, self.attempts - 1)
        if wait is None:
            raise error
        if deadline is not None:
            left = deadline.at - self.clock()
            if wait >= left:
                _out_of_time(
                    deadline,
                    error,
                    f"not retried: a wait of {wait:.2f} s would end after the deadline "
                    f"({max(left, 0.0):.2f} s left)",
                )
        _rewind_or_raise(self.call.rewind, error)
        log.warning(
            "mavi_client: %s; retrying in %.2f s (attempt %d of at most %d)",
            error,
            wait,
            self.attempts + 1,
            self.policy.max_retries + 1,
        )
        self.last = error
        return wait


def _call_deadline(clock: Callable[[], float], timeout: float | None) -> _Deadline | None:
    """The deadline of one call under the client's ``timeout`` (None: no deadline).

    When it passes during a request, that request's TransportError is raised with the stage
    ``"timeout"``; when it passes between requests, the last error (or, if none, a new
    TransportError of that stage). A retry it would not leave time for raises the last error.
    """
    if timeout is None:
        return None
    limit = timeout

    def expired(error: MaviError | None) -> MaviError:
        if error is None:
            return TransportError(
                f"the call did not finish within its timeout of {limit:g} s", stage="timeout"
            )
        if isinstance(error, TransportError) and isinstance(
            error.__cause__, httpx.TimeoutException
        ):
            error.stage = "timeout"
            error.msg = f"no answer within the call's timeout of {limit:g} s: {error.msg}"
        return error

    return _Deadline(clock() + limit, expired)


def _deadline_passed(request: httpx.Request, exc: TimeoutError) -> httpx.ReadTimeout:
    """httpx's timeout for an attempt that ``_limits.fail_after`` cancelled at the deadline."""
    timeout = httpx.ReadTimeout("the call's deadline passed", request=request)
    timeout.__cause__ = exc
    return timeout


def _out_of_time(deadline: _Deadline, error: MaviError | None, why: str) -> NoReturn:
    """Raise what ``deadline`` says to when time runs out, noting ``why`` on the last error."""
    if error is not None:
        error.add_note(why)
    final = deadline.expired(error)
    if final is error:
        raise final
    raise final from error


class _Readiness:
    """``wait_until_ready``'s decisions, driven alike by both clients: its deadline (the
    ``timeout``, for every poll and every retry of one), and after each answer whether to
    return, raise, or wait before the next poll."""

    def __init__(self, asset_id: str, timeout: float, clock: Callable[[], float]) -> None:
        self.asset_id, self.timeout, self.clock = asset_id, timeout, clock
        self.call = _metadata_call(asset_id)
        self.deadline = _Deadline(clock() + timeout, self._expired)
        self.status: str | None = None

    def wait_after(self, record: AssetRecord, poll_interval: float) -> float | None:
        """None when the asset is SUCCESS, else the wait before the next poll; raise when it is
        FAILED or the next poll would start after the deadline."""
        status = _ready_or_raise(record, self.asset_id)
        if status is None:
            return None
        self.status = status
        if self.clock() + poll_interval >= self.deadline.at:
            raise _timed_out(self.asset_id, status, self.timeout)
        return poll_interval

    def _expired(self, error: MaviError | None) -> MaviError:
        if error is None:
            return _timed_out(self.asset_id, self.status or "unknown", self.timeout)
        return AssetNotReadyError(
            f"asset {self.asset_id} did not become SUCCESS within {self.timeout:g} s;"
            f" the last poll failed: {error}",
            asset_id=self.asset_id,
            last_status=self.status,
        )


class _Base:
    def __init__(
        self,
        api_key: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | None = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        max_retries: int | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        check_dimension: bool = True,
        headers: Mapping[str, str] | None = None,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        check_key(api_key)
        if timeout is not None and not timeout > 0:
            raise ConfigurationError(
                f"timeout must be a positive number of seconds, not {timeout!r}"
            )
        if max_response_bytes < 1:
            raise ConfigurationError(
                f"max_response_bytes must be at least 1, not {max_response_bytes!r}"
            )
        self.timeout = timeout
        self.max_response_bytes = max_response_bytes
        policy = retry or RetryPolicy()
        if max_retries is not None:
            policy = dataclasses.replace(policy, max_retries=max_retries)
        self.retry = policy
        self.check_dimension = check_dimension
        # Headers for every request: httpx_args' own "headers" too (the generated client passes
        # both to httpx, which would refuse the second).
        extra = dict(httpx_args or {})
        all_headers = httpx.Headers({"Accept-Encoding": _limits.ACCEPT_ENCODING})
        all_headers.update(extra.pop("headers", None) or {})
        all_headers.update(headers or {})
        # prefix="" makes the generated client send the raw key, as the provider requires.
        self.generated = AuthenticatedClient(
            base_url=base_url.rstrip("/"),
            token=api_key,
            prefix="",
            auth_header_name="Authorization",
            timeout=httpx.Timeout(timeout),
            headers=dict(all_headers),
            httpx_args=extra,
        )

    def _dimension(self, model: str) -> int | None:
        return MODEL_DIMENSIONS.get(model) if self.check_dimension else None

    def _deadline(self) -> _Deadline | None:
        """A new call's deadline: ``timeout`` seconds from now on the client's clock."""
        return _call_deadline(self._clock, self.timeout)

    _clock: Callable[[], float]


class MaviClient(_Base):
    """Blocking client. ``MaviClient(api_key, base_url=..., timeout=..., max_retries=...)``.

    ``transport`` (e.g. ``httpx.WSGITransport`` or ``httpx.MockTransport``) replaces the network.
    """

    def __init__(
        self,
        api_key: str,
        *,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        **options: Any,
    ) -> None:
        if transport is not None:
            options.setdefault("httpx_args", {})["transport"] = transport
        super().__init__(api_key, **options)
        self._sleep = sleep
        self._clock = clock

    def __enter__(self) -> MaviClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.generated.get_httpx_client().close()

    def _send(
        self,
        call: _Exchange[T],
        headers: Mapping[str, str] | None = None,
        deadline: _Deadline | None = None,
    ) -> T:
        """Send ``call``, retried as ``_Tries`` decides (the async ``_send`` is this, awaited)."""
        http = self.generated.get_httpx_client()
        _limits.install(http)
        tries = _Tries(self.retry, self._clock, call, deadline or self._deadline())
        while True:
            timeout, watch = tries.start(http.timeout)
            try:
                with _limits.watching(watch):
                    request = _request(http, call, headers, timeout)
                    response = http.send(request, stream=True, **_send_options(call))
                    response = _limits.read(response, self.max_response_bytes, watch)
                return _answer(call, response)
            except (httpx.TransportError, httpx.DecodingError, MaviError) as exc:
                failure = exc
            self._sleep(tries.wait_after(failure))

    def embed_video(
        self, asset_id: str, model: str = DEFAULT_MODEL, *, headers: Mapping[str, str] | None = None
    ) -> list[float]:
        """The asset's embedding vector (1408 floats for multimodalembedding@001).

        ``headers``: extra headers for this call (e.g. ``{"Prefer": "code=429"}`` on the mock).
        """
        return self._send(_embed_call(asset_id, model, self._dimension(model)), headers)

    def upload(
        self,
        file: FileInput,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> str:
        """Upload a file (a path or a binary file object) and return its asset id."""
        stream, name, owned = _open_upload(file, filename)
        try:
            mime = content_type or mimetypes.guess_type(name)[0]
            return self._send(_upload_call(stream, name, mime), headers)
        finally:
            if owned:
                stream.close()

    def upload_via_signed_url(
        self,
        file: FileInput,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> str:
        """Upload a file through a signed URL, the flow for large files; return its asset id.

        Two requests, each retried on its own (429, 5xx, failures to connect):

        1. ``POST /upload/signed-url`` with ``{"original_filename": ...}`` and the API key
           (``createSignedUploadUrl``) reserves an asset id and answers the URL to upload to;
        2. the file goes as multipart (one part ``file``, a random boundary) to that absolute
           URL, **without** the ``Authorization`` header: the storage answers, not the API
           (``uploadToSignedUrl``). A 204 (or 200) is success; its errors are XML bodies, judged
           by status alone: 403 (a used or forged URL) is an AuthError; 400 (an expired URL,
           ``ExpiredToken``), 405, 413 and 415 an InvalidRequestError; 5xx a ServerError,
           retried (the stream is rewound first, so it must be seekable to be sent again).

        ``filename`` (default: the path's or file object's name) names the format by its
        extension; ``content_type`` defaults to the type guessed from it. The asset then goes
        WAITING → UPLOADING → SUCCESS like any upload: ``wait_until_ready`` polls it. If step 2
        fails, the asset id reserved by step 1 is not returned (it stays WAITING).
        """
        stream, name, owned = _open_upload(file, filename)
        try:
            mime = content_type or mimetypes.guess_type(name)[0]
            deadline = self._deadline()
            target = self._send(_signed_url_call(name), headers, deadline)
            storage = _storage_call(target.signed_url, stream, name, mime)
            self._send(storage, headers, deadline)
            return target.asset_id
        finally:
            if owned:
                stream.close()

    def get_asset(self, asset_id: str, *, headers: Mapping[str, str] | None = None) -> AssetRecord:
        """The asset's metadata record (``upload_status``, ``file_size``, times...)."""
        return self._send(_metadata_call(asset_id), headers)

    def wait_until_ready(
        self,
        asset_id: str,
        *,
        timeout: float = 300.0,
        poll_interval: float = 1.0,
        headers: Mapping[str, str] | None = None,
    ) -> AssetRecord:
        """Poll until the asset is SUCCESS; AssetNotReadyError if it is FAILED or time runs out.

        The default interval keeps to the provider's limit of 1 request per second.
        ``timeout`` is a deadline for the whole call: no wait (the poll interval, a retry's
        backoff or Retry-After) ends after it, a retry that would is not made, and each
        request's HTTP timeout is cut to the time left. When time runs out during a poll's
        retries, the AssetNotReadyError's cause is the poll's last error.
        """
        readiness = _Readiness(asset_id, timeout, self._clock)
        while True:
            record = self._send(readiness.call, headers, readiness.deadline)
            wait = readiness.wait_after(record, poll_interval)
            if wait is None:
                return record
            self._sleep(wait)


class AsyncMaviClient(_Base):
    """The same operations as ``MaviClient``, awaitable."""

    def __init__(
        self,
        api_key: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
        **options: Any,
    ) -> None:
        if transport is not None:
            options.setdefault("httpx_args", {})["transport"] = transport
        super().__init__(api_key, **options)
        self._sleep = sleep
        self._clock = clock

    async def __aenter__(self) -> AsyncMaviClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self.generated.get_async_httpx_client().aclose()

    async def _send(
        self,
        call: _Exchange[T],
        headers: Mapping[str, str] | None = None,
        deadline: _Deadline | None = None,
    ) -> T:
        """``MaviClient._send``, awaited: the decisions are ``_Tries``'s."""
        http = self.generated.get_async_httpx_client()
        tries = _Tries(self.retry, self._clock, call, deadline or self._deadline())
        while True:
            timeout, watch = tries.start(http.timeout)
            failure: _Failure
            try:
                request = _request(http, call, headers, timeout)
                async with _limits.fail_after(watch):
                    response = await http.send(request, stream=True, **_send_options(call))
                    response = await _limits.aread(response, self.max_response_bytes, watch)
                return _answer(call, response)
            except (httpx.TransportError, httpx.DecodingError, MaviError) as exc:
                failure = exc
            except TimeoutError as exc:
                failure = _deadline_passed(request, exc)
            await self._sleep(tries.wait_after(failure))

    async def embed_video(
        self, asset_id: str, model: str = DEFAULT_MODEL, *, headers: Mapping[str, str] | None = None
    ) -> list[float]:
        """The asset's embedding vector (1408 floats for multimodalembedding@001)."""
        return await self._send(_embed_call(asset_id, model, self._dimension(model)), headers)

    async def upload(
        self,
        file: FileInput,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> str:
        """Upload a file (a path or a binary file object) and return its asset id.

        httpx sends a multipart body from a blocking file object; the file is read in the event
        loop's thread, as httpx itself does.
        """
        stream, name, owned = _open_upload(file, filename)
        try:
            mime = content_type or mimetypes.guess_type(name)[0]
            return await self._send(_upload_call(stream, name, mime), headers)
        finally:
            if owned:
                stream.close()

    async def upload_via_signed_url(
        self,
        file: FileInput,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> str:
        """Upload a file through a signed URL and return its asset id.

        The same two steps and rules as ``MaviClient.upload_via_signed_url``: the file goes to
        the storage's absolute URL without the ``Authorization`` header; a 204 (or 200) is
        success; storage errors are judged by status alone, its 5xx retried after rewinding the
        stream. The file is read in the event loop's thread, as in ``upload``.
        """
        stream, name, owned = _open_upload(file, filename)
        try:
            mime = content_type or mimetypes.guess_type(name)[0]
            deadline = self._deadline()
            target = await self._send(_signed_url_call(name), headers, deadline)
            storage = _storage_call(target.signed_url, stream, name, mime)
            await self._send(storage, headers, deadline)
            return target.asset_id
        finally:
            if owned:
                stream.close()

    async def get_asset(
        self, asset_id: str, *, headers: Mapping[str, str] | None = None
    ) -> AssetRecord:
        """The asset's metadata record."""
        return await self._send(_metadata_call(asset_id), headers)

    async def wait_until_ready(
        self,
        asset_id: str,
        *,
        timeout: float = 300.0,
        poll_interval: float = 1.0,
        headers: Mapping[str, str] | None = None,
    ) -> AssetRecord:
        """Poll until the asset is SUCCESS; AssetNotReadyError if it is FAILED or time runs out.

        ``timeout`` is a deadline for the whole call, as in ``MaviClient.wait_until_ready``.
        """
        readiness = _Readiness(asset_id, timeout, self._clock)
        while True:
            record = await self._send(readiness.call, headers, readiness.deadline)
            wait = readiness.wait_after(record, poll_interval)
            if wait is None:
                return record
            await self._sleep(wait)


def _ready_or_raise(record: AssetRecord, asset_id: str) -> str | None:
    """None when the asset is SUCCESS; its status while still in progress; raise when FAILED."""
    status = str(record.upload_status.value)
    if status == "SUCCESS":
        return None
    if status == "FAILED":
        raise AssetNotReadyError(
            f"asset {asset_id} failed to process", asset_id=asset_id, last_status=status
        )
    return status


def _timed_out(asset_id: str, status: str, timeout: float) -> AssetNotReadyError:
    return AssetNotReadyError(
        f"asset {asset_id} is still {status} after {timeout:g} s",
        asset_id=asset_id,
        last_status=status,
    )
