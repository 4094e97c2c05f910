"""The two clients, ``MaviClient`` and ``AsyncMaviClient``: they send and sleep; everything
else is decided elsewhere, once for both.

Each call builds its request in ``_operations`` (from the generated client's operation modules),
sends it with the generated client's httpx client, reads the body under the call's deadline and
the size cap (``_limits``), and hands the answer to the call's ``read`` (``_envelope.interpret``).
``_engine.Tries`` makes every decision of the retry loop, and ``_engine.Readiness`` those of
``wait_until_ready``.
"""

from __future__ import annotations

import asyncio
import dataclasses
import mimetypes
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, NamedTuple, TypeVar

import httpx

from generated_client import AuthenticatedClient
from generated_client.models import AssetRecord
from mavi_contract import DEFAULT_MODEL

from . import _limits
from ._checks import check_key, redact_httpx_logs
from ._engine import Deadline, Readiness, Tries, call_deadline
from ._envelope import MODEL_DIMENSIONS
from ._errors import ConfigurationError, MaviError
from ._failures import Failure, deadline_passed
from ._limits import DEFAULT_MAX_RESPONSE_BYTES
from ._operations import (
    Exchange,
    FileInput,
    embed_call,
    metadata_call,
    open_upload,
    request_for,
    send_options,
    signed_url_call,
    storage_call,
    upload_call,
)
from ._retry import RetryPolicy

T = TypeVar("T")

DEFAULT_BASE_URL = "https://mavi-backend.memories.ai/serve/api/v2"
DEFAULT_TIMEOUT = 60.0


class _Options(NamedTuple):
    """The options both clients take, as their signatures spell them out."""

    base_url: str
    timeout: float | None
    retry: RetryPolicy | None
    max_retries: int | None
    max_response_bytes: int
    check_dimension: bool
    headers: Mapping[str, str] | None


def _with_transport(httpx_args: dict[str, Any] | None, transport: object) -> dict[str, Any]:
    """``httpx_args`` with ``transport`` in it, when one is given."""
    extra = dict(httpx_args or {})
    if transport is not None:
        extra["transport"] = transport
    return extra


class _Base:
    def __init__(
        self,
        api_key: str,
        options: _Options,
        httpx_args: dict[str, Any],
        clock: Callable[[], float],
    ) -> None:
        check_key(api_key)
        redact_httpx_logs()
        timeout, limit = options.timeout, options.max_response_bytes
        if timeout is not None and not timeout > 0:
            raise ConfigurationError(
                f"timeout must be a positive number of seconds, not {timeout!r}"
            )
        if limit < 1:
            raise ConfigurationError(f"max_response_bytes must be at least 1, not {limit!r}")
        self.timeout = timeout
        self.max_response_bytes = limit
        policy = options.retry or RetryPolicy()
        if options.max_retries is not None:
            policy = dataclasses.replace(policy, max_retries=options.max_retries)
        self.retry = policy
        self.check_dimension = options.check_dimension
        self._clock = clock
        # Headers for every request: httpx_args' own "headers" too (the generated client passes
        # both to httpx, which would refuse the second). Only the codings the client can decode
        # in bounded memory are asked for (``_limits``).
        all_headers = httpx.Headers({"Accept-Encoding": _limits.ACCEPT_ENCODING})
        all_headers.update(httpx_args.pop("headers", None) or {})
        all_headers.update(options.headers or {})
        # prefix="" makes the generated client send the raw key, as the provider requires.
        self._generated = AuthenticatedClient(
            base_url=options.base_url.rstrip("/"),
            token=api_key,
            prefix="",
            auth_header_name="Authorization",
            timeout=httpx.Timeout(timeout),
            headers=dict(all_headers),
            verify_ssl=_limits.verify_option(httpx_args),
            httpx_args=httpx_args,
        )

    def _dimension(self, model: str) -> int | None:
        return MODEL_DIMENSIONS.get(model) if self.check_dimension else None

    def _deadline(self) -> Deadline | None:
        """A new call's deadline: ``timeout`` seconds from now on the client's clock."""
        return call_deadline(self._clock, self.timeout)


class MaviClient(_Base):
    """Blocking client.

    - ``api_key``: the raw key (never ``Bearer ...``).
    - ``base_url``: the API's root (default: the provider's; the mock's is
      ``http://127.0.0.1:8000/serve/api/v2``).
    - ``timeout``: seconds, a deadline for each whole call (every attempt, wait and read);
      None for none.
    - ``retry`` (a ``RetryPolicy``) or ``max_retries`` (the default policy's count).
    - ``max_response_bytes``: the largest answer read, after decompression (64 MiB).
    - ``check_dimension``: refuse a vector whose length is not the model's.
    - ``headers``: sent on every request; ``httpx_args``: more arguments for ``httpx.Client``.
    - ``transport`` (e.g. ``httpx.WSGITransport`` or ``httpx.MockTransport``) replaces the
      network; ``sleep`` and ``clock`` replace time's, for tests.
    """

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
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        options = _Options(
            base_url, timeout, retry, max_retries, max_response_bytes, check_dimension, headers
        )
        super().__init__(api_key, options, _with_transport(httpx_args, transport), clock)
        self._sleep = sleep

    def __enter__(self) -> MaviClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._generated.get_httpx_client().close()

    def _send(
        self,
        call: Exchange[T],
        headers: Mapping[str, str] | None = None,
        deadline: Deadline | None = None,
    ) -> T:
        """Send ``call``, retried as ``Tries`` decides (the async ``_send`` is this, awaited).""" ""
        http = self._generated.get_httpx_client()
        _limits.install(http)
        tries = Tries(self.retry, self._clock, call, deadline or self._deadline())
        while True:
            timeout, watch = tries.start(http.timeout)
            try:
                with _limits.watching(watch):
                    request = request_for(http, call, headers, timeout)
                    response = http.send(request, stream=True, **send_options(call))
                    origin = tries.origin(response)
                    _limits.read(response, self.max_response_bytes, watch, origin)
                return call.read(response, origin)
            except (httpx.TransportError, httpx.DecodingError, MaviError) as exc:
                failure = exc
            self._sleep(tries.wait_after(failure))

    def embed_video(
        self, asset_id: str, model: str = DEFAULT_MODEL, *, headers: Mapping[str, str] | None = None
    ) -> list[float]:
        """The asset's embedding vector (1408 floats for multimodalembedding@001).

        ``headers``: extra headers for this call (e.g. ``{"Prefer": "code=429"}`` on the mock).
        """
        return self._send(embed_call(asset_id, model, self._dimension(model)), headers)

    def upload(
        self,
        file: FileInput,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> str:
        """Upload a file (a path or a binary file object) and return its asset id."""
        stream, name, owned = open_upload(file, filename)
        try:
            mime = content_type or mimetypes.guess_type(name)[0]
            return self._send(upload_call(stream, name, mime), headers)
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
        stream, name, owned = open_upload(file, filename)
        try:
            mime = content_type or mimetypes.guess_type(name)[0]
            deadline = self._deadline()
            target = self._send(signed_url_call(name), headers, deadline)
            storage = storage_call(target.signed_url, stream, name, mime)
            self._send(storage, headers, deadline)
            return target.asset_id
        finally:
            if owned:
                stream.close()

    def get_asset(self, asset_id: str, *, headers: Mapping[str, str] | None = None) -> AssetRecord:
        """The asset's metadata record (``upload_status``, ``file_size``, times...)."""
        return self._send(metadata_call(asset_id), headers)

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
        readiness = Readiness(asset_id, timeout, self._clock)
        while True:
            record = self._send(readiness.call, headers, readiness.deadline)
            wait = readiness.wait_after(record, poll_interval)
            if wait is None:
                return record
            self._sleep(wait)


class AsyncMaviClient(_Base):
    """The same operations and options as ``MaviClient``, awaitable (asyncio or trio)."""

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
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        options = _Options(
            base_url, timeout, retry, max_retries, max_response_bytes, check_dimension, headers
        )
        super().__init__(api_key, options, _with_transport(httpx_args, transport), clock)
        self._sleep = sleep

    async def __aenter__(self) -> AsyncMaviClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._generated.get_async_httpx_client().aclose()

    async def _send(
        self,
        call: Exchange[T],
        headers: Mapping[str, str] | None = None,
        deadline: Deadline | None = None,
    ) -> T:
        """``MaviClient._send``, awaited: the decisions are ``Tries``'s."""
        http = self._generated.get_async_httpx_client()
        tries = Tries(self.retry, self._clock, call, deadline or self._deadline())
        while True:
            timeout, watch = tries.start(http.timeout)
            failure: Failure
            try:
                request = request_for(http, call, headers, timeout)
                async with _limits.fail_after(watch):
                    response = await http.send(request, stream=True, **send_options(call))
                    origin = tries.origin(response)
                    await _limits.aread(response, self.max_response_bytes, watch, origin)
                return call.read(response, origin)
            except (httpx.TransportError, httpx.DecodingError, MaviError) as exc:
                failure = exc
            except TimeoutError as exc:
                failure = deadline_passed(request, exc)
            await self._sleep(tries.wait_after(failure))

    async def embed_video(
        self, asset_id: str, model: str = DEFAULT_MODEL, *, headers: Mapping[str, str] | None = None
    ) -> list[float]:
        """The asset's embedding vector (1408 floats for multimodalembedding@001)."""
        return await self._send(embed_call(asset_id, model, self._dimension(model)), headers)

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
        stream, name, owned = open_upload(file, filename)
        try:
            mime = content_type or mimetypes.guess_type(name)[0]
            return await self._send(upload_call(stream, name, mime), headers)
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
        stream, name, owned = open_upload(file, filename)
        try:
            mime = content_type or mimetypes.guess_type(name)[0]
            deadline = self._deadline()
            target = await self._send(signed_url_call(name), headers, deadline)
            storage = storage_call(target.signed_url, stream, name, mime)
            await self._send(storage, headers, deadline)
            return target.asset_id
        finally:
            if owned:
                stream.close()

    async def get_asset(
        self, asset_id: str, *, headers: Mapping[str, str] | None = None
    ) -> AssetRecord:
        """The asset's metadata record."""
        return await self._send(metadata_call(asset_id), headers)

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
        readiness = Readiness(asset_id, timeout, self._clock)
        while True:
            record = await self._send(readiness.call, headers, readiness.deadline)
            wait = readiness.wait_after(record, poll_interval)
            if wait is None:
                return record
            await self._sleep(wait)
