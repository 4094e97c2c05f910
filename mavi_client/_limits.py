"""The limits a call keeps whatever the server does: its deadline and the size of an answer.

httpx's timeouts bound each socket operation, not a whole request: a server that sends a byte
every half second holds a call for as long as it likes. Two things close that gap.

- **The deadline on the wire (sync).** ``install(client)`` wraps the network backend of each of
  an ``httpx.Client``'s connection pools (httpcore's ``NetworkBackend``) so that every connect,
  read and write is given at most the time left before the call's deadline, and fails with
  httpcore's own timeout once it has passed. The deadline is the context variable ``_AT``, set
  around each attempt by ``watching``. A transport given by the user (``MockTransport``,
  ``WSGITransport``) has no pool to wrap: the body is still checked chunk by chunk.
- **The deadline (async)** is ``anyio.fail_after`` around each attempt (asyncio and trio alike),
  which cancels a read wherever it waits.
- **The size** of an answer is counted as it is read, after decompression (``Body``): past
  ``max_response_bytes`` the client stops reading and raises ``ProtocolError``. An answer whose
  declared Content-Length (with no Content-Encoding) is already past it is not read at all.
  Compressed bodies are decoded in small pieces, one content coding deep (gzip or deflate, the
  codings the client asks for), so that a decompression bomb is counted before it is held.

The TLS context is the network's too: ``verify_option`` gives every client that verifies by
default one context per process (``default_ssl_context``), which httpx would otherwise build,
loading the CA bundle, for each client (15-30 ms each).
"""

from __future__ import annotations

import contextlib
import os
import ssl
import threading
import time
from collections.abc import AsyncIterator, Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

import anyio
import httpcore
import httpx

from ._errors import Origin, ProtocolError

#: 64 MiB: the largest answer read by default (a 1408-float embedding is about 17 KB).
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024

#: The shared contexts, by the CA bundle that httpx reads from the environment.
_SHARED: dict[tuple[str | None, str | None], ssl.SSLContext] = {}
_SHARED_LOCK = threading.Lock()


def default_ssl_context() -> ssl.SSLContext:
    """The context httpx makes for ``verify=True`` (the certifi bundle, or ``SSL_CERT_FILE`` /
    ``SSL_CERT_DIR``), built once per process and bundle, under a lock."""
    bundle = (os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
    with _SHARED_LOCK:
        context = _SHARED.get(bundle)
        if context is None:
            context = _SHARED[bundle] = httpx.create_ssl_context()
        return context


def verify_option(httpx_args: dict[str, Any]) -> ssl.SSLContext | str | bool:
    """The ``verify`` for httpx: the user's own (taken out of ``httpx_args``, which the
    generated client passes on beside its own ``verify``); the shared context when no option
    would change it; else True (httpx builds the client's own). httpcore sets ALPN on the
    context for each connection (``http2``) and httpx loads a client certificate into it
    (``cert``): such a client, or one that ignores ``SSL_CERT_FILE`` (``trust_env``), gets its own.
    """
    if "verify" in httpx_args:
        verify: ssl.SSLContext | str | bool = httpx_args.pop("verify")
        return verify
    own = httpx_args.get("cert") or httpx_args.get("http2")
    if own or not httpx_args.get("trust_env", True):
        return True
    return default_ssl_context()


@dataclass
class Watch:
    """The deadline of one attempt on ``time.monotonic()``'s clock, and whether it has cut a
    socket operation short (then a timeout is the deadline's, not the client's)."""

    at: float
    cut: bool = False

    def left(self) -> float:
        return self.at - time.monotonic()


_AT: ContextVar[Watch | None] = ContextVar("mavi_client_deadline", default=None)


@contextlib.contextmanager
def watching(watch: Watch | None) -> Iterator[None]:
    """Let the wrapped network backend see ``watch`` during the block (this thread or task)."""
    token = _AT.set(watch)
    try:
        yield
    finally:
        _AT.reset(token)


def _bounded(timeout: float | None, expired: type[Exception]) -> float | None:
    """``timeout`` cut to the time left before the deadline; ``expired`` once it has passed."""
    watch = _AT.get()
    if watch is None:
        return timeout
    left = watch.left()
    if left <= 0:
        watch.cut = True
        raise expired("the call's deadline passed")
    if timeout is None or left < timeout:
        watch.cut = True
        return left
    return timeout


class _Stream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._stream.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    """A network backend whose streams keep the deadline of the call in progress."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(
            self._backend.connect_tcp(host, port, bounded, local_address, socket_options)
        )

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._backend.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def install(client: httpx.Client) -> bool:
    """Wrap the network backend of each of ``client``'s connection pools (its transport and
    its mounts, e.g. a proxy's); whether any was wrapped (a user's own transport has none)."""
    transports = [client._transport, *client._mounts.values()]
    wrapped = False
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, _Backend):
            pool._network_backend = _Backend(backend)  # type: ignore[union-attr]
            wrapped = True
    return wrapped


@contextlib.asynccontextmanager
async def fail_after(watch: Watch | None) -> AsyncIterator[None]:
    """Cancel the block at ``watch``'s deadline: ``TimeoutError`` (marked on the watch)."""
    if watch is None:
        yield
        return
    try:
        with anyio.fail_after(max(watch.left(), 0.0)):
            yield
    except TimeoutError:
        watch.cut = True
        raise


class Body:
    """An answer's body as it is read: counted against the cap, and against the deadline."""

    def __init__(
        self, response: httpx.Response, limit: int, watch: Watch | None, origin: Origin
    ) -> None:
        self.response, self.limit, self.watch, self.origin = response, limit, watch, origin
        self.chunks: list[bytes] = []
        self.size = 0
        declared = response.headers.get("Content-Length", "")
        identity = "Content-Encoding" not in response.headers
        if identity and declared.isdigit() and int(declared) > limit:
            raise self._too_large(f"its Content-Length is {declared}")

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            raise self._too_large(f"stopped after {self.size} bytes")
        self.chunks.append(chunk)
        if self.watch is not None and self.watch.left() <= 0:
            self.watch.cut = True
            raise httpx.ReadTimeout(
                "the call's deadline passed while the body was read", request=self.response.request
            )

    def done(self) -> None:
        """Give the response its content: the whole body (as httpx's own ``read`` leaves it)."""
        self.response._content = b"".join(self.chunks)

    def _too_large(self, how: str) -> ProtocolError:
        return ProtocolError(
            f"the answer is larger than max_response_bytes ({self.limit} bytes): {how}",
            status=self.response.status_code,
            origin=self.origin,
        )


#: Compressed bytes are decoded this many at a time: deflate expands at most about 1032 times,
#: so one piece never grows past about 8 MiB before it is counted.
_RAW_PIECE = 8 * 1024
#: The content codings the client asks for (``Accept-Encoding``) and decodes, one at a time:
#: brotli's and zstd's ratios are unbounded, so an answer in them is not decoded at all.
ACCEPT_ENCODING = "gzip, deflate"
_DECODED = {"gzip", "x-gzip", "deflate"}


def _decoder(response: httpx.Response, origin: Origin) -> Any:
    """httpx's decoder for the answer's single content coding, or ProtocolError."""
    codings = response.headers.get_list("Content-Encoding", split_commas=True)
    codings = [c.strip().lower() for c in codings if c.strip().lower() not in ("", "identity")]
    if len(codings) > 1 or (codings and codings[0] not in _DECODED):
        raise ProtocolError(
            f"the answer's Content-Encoding {', '.join(codings)!r} was not asked for"
            f" (Accept-Encoding: {ACCEPT_ENCODING})",
            status=response.status_code,
            origin=origin,
        )
    return response._get_content_decoder()


def _pieces(raw: bytes) -> Iterator[bytes]:
    """``raw`` as it came off the wire (so that each read is counted and timed at once), in
    pieces small enough to decode in bounded memory."""
    for start in range(0, len(raw), _RAW_PIECE):
        yield raw[start : start + _RAW_PIECE]


def _decode(decoder: Any, raw: bytes, response: httpx.Response) -> bytes:
    try:
        return bytes(decoder.decode(raw) if raw else decoder.flush())
    except httpx.DecodingError as exc:
        exc.request = response.request
        raise


def _read_already(response: httpx.Response, body: Body) -> bool:
    """Whether the body was read before it reached the client (a transport such as
    ``httpx.MockTransport`` may answer a read Response): it is then only counted."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return False
    body.add(content)
    return True


def read(response: httpx.Response, limit: int, watch: Watch | None, origin: Origin) -> None:
    """Read ``response``'s body within the cap (and the deadline), then close it; errors are
    made with ``origin``."""
    try:
        body = Body(response, limit, watch, origin)
        if _read_already(response, body):
            return
        decoder = _decoder(response, origin)
        for raw in response.iter_raw():
            for piece in _pieces(raw):
                body.add(_decode(decoder, piece, response))
        body.add(_decode(decoder, b"", response))
        body.done()
    finally:
        response.close()


async def aread(response: httpx.Response, limit: int, watch: Watch | None, origin: Origin) -> None:
    """``read``, for an async response."""
    try:
        body = Body(response, limit, watch, origin)
        if _read_already(response, body):
            return
        decoder = _decoder(response, origin)
        async for raw in response.aiter_raw():
            for piece in _pieces(raw):
                body.add(_decode(decoder, piece, response))
        body.add(_decode(decoder, b"", response))
        body.done()
    finally:
        await response.aclose()
