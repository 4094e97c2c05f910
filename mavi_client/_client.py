"""The sync and async clients: the generated client's requests, this package's envelope rules.

Each call builds its request with the generated operation module (so method, path and body
encoding come from openapi.yaml), sends it with the generated client's httpx client, and hands
the raw answer to ``_envelope.interpret``, which reads every dialect and gives the envelope's
``data`` to the call's ``parse`` (a generated payload model). Retries wrap the whole exchange.
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
from typing import IO, Any, BinaryIO, Generic, TypeVar, cast

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
    EmbeddingModel,
    SignedUrl,
    SignedUrlRequest,
    UploadRequest,
    UploadResult,
    VideoEmbedding,
    VideoEmbeddingRequest,
)
from generated_client.types import File

from ._envelope import MODEL_DIMENSIONS, check_storage_answer, check_vector, interpret
from ._errors import (
    AssetNotReadyError,
    ConfigurationError,
    MaviError,
    NotFoundError,
    ProtocolError,
    TransportError,
)
from ._retry import RetryPolicy

T = TypeVar("T")
#: Each retry is logged here (WARNING), with the error and the wait.
log = logging.getLogger("mavi_client")

DEFAULT_BASE_URL = "https://mavi-backend.memories.ai/serve/api/v2"
DEFAULT_MODEL = "multimodalembedding@001"
DEFAULT_TIMEOUT = 60.0

FileInput = str | os.PathLike[str] | IO[bytes]


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


@dataclass(frozen=True)
class _StorageCall:
    """The file's upload to a signed URL: sent without the API key, answered by the storage."""

    build: Callable[[], dict[str, Any]]
    rewind: Callable[[], None] | None = None
    subject: str | None = None


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
    request = VideoEmbeddingRequest(asset_id=asset_id, model=EmbeddingModel(model))

    def parse(data: dict[str, Any]) -> list[float]:
        payload = VideoEmbedding.from_dict(data)
        return check_vector(payload.embedding, dimension=dimension)

    return _Call(
        lambda: create_video_embedding._get_kwargs(body=request), parse, subject=f"asset {asset_id}"
    )


def _metadata_call(asset_id: str) -> _Call[AssetRecord]:
    def parse(data: dict[str, Any]) -> AssetRecord:
        payload = AssetMetadata.from_dict(data)
        if not payload.resource:
            raise NotFoundError(f"no record for asset {asset_id}", status=200)
        return payload.resource[0]

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
            raise ProtocolError(f"data.signed_url is not an absolute URL: {url!r}", status=200)
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


def _anonymous(http: httpx.Client | httpx.AsyncClient, kwargs: dict[str, Any]) -> httpx.Request:
    """The request without the API key, which the client adds to every request it builds.

    Send it with ``auth=None``, so that no auth set on the httpx client adds a key back.
    """
    request = http.build_request(**kwargs)
    request.headers.pop("Authorization", None)
    return request


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


def _transport_error(exc: httpx.TransportError | httpx.DecodingError) -> tuple[MaviError, bool]:
    """The error for a request that got no usable answer, and whether it may be retried.

    Failures to connect are retried (the request never reached the server), except a refused
    connection: nothing listens at that address, so the error says so at once and names the URL.
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
        return broken, False
    url = str(request.url) if request is not None else "the server"
    refused = _refused(exc)
    if refused:
        origin = request.url.copy_with(path="/", query=None) if request is not None else url
        msg = (
            f"connection refused by {origin}: nothing listens there. Check base_url (for the mock:"
            " http://127.0.0.1:8000/serve/api/v2) and that the server is running (`make mock`"
            " or `mavi-mock`)"
        )
    else:
        msg = f"{type(exc).__name__} on {url}: {exc}"
    error = TransportError(msg)
    error.__cause__ = exc
    if request is not None:
        error.method, error.path = request.method, request.url.path
    retryable = isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout)) and not refused
    return error, retryable


def _located(error: MaviError, response: httpx.Response) -> MaviError:
    """Note on the error which request it answered."""
    error.method, error.path = response.request.method, response.request.url.path
    return error


class _Base:
    def __init__(
        self,
        api_key: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        max_retries: int | None = None,
        check_dimension: bool = True,
        headers: Mapping[str, str] | None = None,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        if not api_key or not api_key.strip():
            raise ConfigurationError("api_key is empty: pass the raw key, e.g. 'sk-...'")
        if api_key.lower().startswith("bearer "):
            raise ConfigurationError(
                "pass the raw key, e.g. 'sk-...', without 'Bearer ': the provider rejects it"
            )
        policy = retry or RetryPolicy()
        if max_retries is not None:
            policy = dataclasses.replace(policy, max_retries=max_retries)
        self.retry = policy
        self.check_dimension = check_dimension
        # Headers for every request: httpx_args' own "headers" too (the generated client passes
        # both to httpx, which would refuse the second).
        extra = dict(httpx_args or {})
        all_headers = {**dict(extra.pop("headers", None) or {}), **dict(headers or {})}
        # prefix="" makes the generated client send the raw key, as the provider requires.
        self.generated = AuthenticatedClient(
            base_url=base_url.rstrip("/"),
            token=api_key,
            prefix="",
            auth_header_name="Authorization",
            timeout=httpx.Timeout(timeout),
            headers=all_headers,
            httpx_args=extra,
        )

    def _next_wait(self, error: MaviError, attempts: int, retryable: bool = True) -> float:
        """The wait before trying again, or raise ``error`` (noting the attempts made)."""
        error.attempts = attempts
        wait = self.retry.delay(error, attempts - 1) if retryable else None
        if wait is None:
            raise error
        return wait

    def _log_retry(self, error: MaviError, wait: float, attempts: int) -> None:
        log.warning(
            "mavi_client: %s; retrying in %.2f s (attempt %d of at most %d)",
            error,
            wait,
            attempts + 1,
            self.retry.max_retries + 1,
        )

    def _dimension(self, model: str) -> int | None:
        return MODEL_DIMENSIONS.get(model) if self.check_dimension else None


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

    def _send(self, call: _Call[T], headers: Mapping[str, str] | None = None) -> T:
        http = self.generated.get_httpx_client()
        build = _with_headers(call.build, headers)

        def attempt() -> T:
            response = http.request(**build())
            try:
                return interpret(response, call.parse)
            except MaviError as error:
                raise _located(error, response) from None

        return self._retrying(attempt, call.rewind, call.subject)

    def _send_to_storage(
        self, call: _StorageCall, headers: Mapping[str, str] | None = None
    ) -> None:
        http = self.generated.get_httpx_client()
        build = _with_headers(call.build, headers)

        def attempt() -> None:
            response = http.send(_anonymous(http, build()), auth=None)
            try:
                check_storage_answer(response)
            except MaviError as error:
                raise _located(error, response) from None

        self._retrying(attempt, call.rewind, call.subject)

    def _retrying(
        self, attempt: Callable[[], T], rewind: Callable[[], None] | None, subject: str | None
    ) -> T:
        attempts = 0
        while True:
            attempts += 1
            retryable = True
            error: MaviError
            try:
                return attempt()
            except (httpx.TransportError, httpx.DecodingError) as exc:
                error, retryable = _transport_error(exc)
            except MaviError as exc:
                error = exc
            error.subject = subject
            wait = self._next_wait(error, attempts, retryable)
            _rewind_or_raise(rewind, error)
            self._log_retry(error, wait, attempts)
            self._sleep(wait)

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
            target = self._send(_signed_url_call(name), headers)
            storage = _storage_call(target.signed_url, stream, name, mime)
            self._send_to_storage(storage, headers)
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
        """
        deadline = self._clock() + timeout
        while True:
            record = self.get_asset(asset_id, headers=headers)
            status = _ready_or_raise(record, asset_id)
            if status is None:
                return record
            if self._clock() + poll_interval > deadline:
                raise _timed_out(asset_id, status, timeout)
            self._sleep(poll_interval)


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

    async def _send(self, call: _Call[T], headers: Mapping[str, str] | None = None) -> T:
        http = self.generated.get_async_httpx_client()
        build = _with_headers(call.build, headers)

        async def attempt() -> T:
            response = await http.request(**build())
            try:
                return interpret(response, call.parse)
            except MaviError as error:
                raise _located(error, response) from None

        return await self._retrying(attempt, call.rewind, call.subject)

    async def _send_to_storage(
        self, call: _StorageCall, headers: Mapping[str, str] | None = None
    ) -> None:
        http = self.generated.get_async_httpx_client()
        build = _with_headers(call.build, headers)

        async def attempt() -> None:
            response = await http.send(_anonymous(http, build()), auth=None)
            try:
                check_storage_answer(response)
            except MaviError as error:
                raise _located(error, response) from None

        await self._retrying(attempt, call.rewind, call.subject)

    async def _retrying(
        self,
        attempt: Callable[[], Awaitable[T]],
        rewind: Callable[[], None] | None,
        subject: str | None,
    ) -> T:
        attempts = 0
        while True:
            attempts += 1
            retryable = True
            error: MaviError
            try:
                return await attempt()
            except (httpx.TransportError, httpx.DecodingError) as exc:
                error, retryable = _transport_error(exc)
            except MaviError as exc:
                error = exc
            error.subject = subject
            wait = self._next_wait(error, attempts, retryable)
            _rewind_or_raise(rewind, error)
            self._log_retry(error, wait, attempts)
            await self._sleep(wait)

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
            target = await self._send(_signed_url_call(name), headers)
            storage = _storage_call(target.signed_url, stream, name, mime)
            await self._send_to_storage(storage, headers)
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
        """Poll until the asset is SUCCESS; AssetNotReadyError if it is FAILED or time runs out."""
        deadline = self._clock() + timeout
        while True:
            record = await self.get_asset(asset_id, headers=headers)
            status = _ready_or_raise(record, asset_id)
            if status is None:
                return record
            if self._clock() + poll_interval > deadline:
                raise _timed_out(asset_id, status, timeout)
            await self._sleep(poll_interval)


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
