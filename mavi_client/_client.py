"""The sync and async clients: the generated client's requests, this package's envelope rules.

Each call builds its request with the generated operation module (so method, path and body
encoding come from openapi.yaml), sends it with the generated client's httpx client, and hands
the raw answer to ``_envelope.interpret``. Retries wrap the whole exchange.
"""

from __future__ import annotations

import asyncio
import mimetypes
import os
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO, Generic, TypeVar, cast

import httpx

from generated_client import AuthenticatedClient
from generated_client.api.assets import get_asset_metadata, upload_asset
from generated_client.api.embeddings import create_video_embedding
from generated_client.models import (
    AssetMetadataEnvelope,
    AssetRecord,
    EmbeddingModel,
    UploadEnvelope,
    UploadRequest,
    VideoEmbeddingEnvelope,
    VideoEmbeddingRequest,
)
from generated_client.types import File

from ._envelope import MODEL_DIMENSIONS, check_vector, interpret
from ._errors import AssetNotReadyError, MaviError, NotFoundError, TransportError
from ._retry import RetryPolicy

T = TypeVar("T")

DEFAULT_BASE_URL = "https://mavi-backend.memories.ai/serve/api/v2"
DEFAULT_MODEL = "multimodalembedding@001"
DEFAULT_TIMEOUT = 60.0

FileInput = str | os.PathLike[str] | IO[bytes]


@dataclass(frozen=True)
class _Call(Generic[T]):
    """One operation: how to build its request (again, on each try) and how to read its answer."""

    build: Callable[[], dict[str, Any]]
    parse: Callable[[dict[str, Any]], T]
    rewind: Callable[[], None] | None = None


def _embed_call(asset_id: str, model: str, dimension: int | None) -> _Call[list[float]]:
    request = VideoEmbeddingRequest(asset_id=asset_id, model=EmbeddingModel(model))

    def parse(body: dict[str, Any]) -> list[float]:
        envelope = VideoEmbeddingEnvelope.from_dict(body)
        return check_vector(envelope.data.embedding, dimension=dimension)

    return _Call(lambda: create_video_embedding._get_kwargs(body=request), parse)


def _metadata_call(asset_id: str) -> _Call[AssetRecord]:
    def parse(body: dict[str, Any]) -> AssetRecord:
        envelope = AssetMetadataEnvelope.from_dict(body)
        if not envelope.data.resource:
            raise NotFoundError(f"no record for asset {asset_id}", status=200, code=envelope.code)
        return envelope.data.resource[0]

    return _Call(lambda: get_asset_metadata._get_kwargs(asset_id), parse)


def _upload_call(stream: IO[bytes], filename: str, content_type: str | None) -> _Call[str]:
    start = stream.tell() if stream.seekable() else None

    def build() -> dict[str, Any]:
        part = File(payload=cast(BinaryIO, stream), file_name=filename, mime_type=content_type)
        kwargs = upload_asset._get_kwargs(body=UploadRequest(file=part))
        # The generator pins the multipart boundary to "+++"; a file holding "--+++" would then
        # end its own part early. Without the header httpx picks a random boundary.
        kwargs["headers"].pop("Content-Type", None)
        return kwargs

    def rewind() -> None:
        if start is None:
            raise TransportError("the upload failed and its stream cannot be rewound to retry")
        stream.seek(start)

    def parse(body: dict[str, Any]) -> str:
        return str(UploadEnvelope.from_dict(body).data.asset_id)

    return _Call(build, parse, rewind)


def _open_upload(file: FileInput, filename: str | None) -> tuple[IO[bytes], str, bool]:
    """The stream to send, its filename, and whether this call opened it (and must close it)."""
    if isinstance(file, (str, os.PathLike)):
        path = Path(file)
        return path.open("rb"), filename or path.name, True
    name = filename or os.path.basename(str(getattr(file, "name", "") or "")) or "upload.bin"
    return file, name, False


def _is_connect_failure(exc: httpx.TransportError) -> bool:
    return isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout))


def _wrap_transport(exc: httpx.TransportError) -> TransportError:
    error = TransportError(f"{type(exc).__name__}: {exc}")
    error.__cause__ = exc
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
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        if not api_key:
            raise ValueError("api_key is empty: pass the raw key, e.g. 'sk-...'")
        if api_key.lower().startswith("bearer "):
            raise ValueError("pass the raw key without 'Bearer ': the provider rejects the prefix")
        policy = retry or RetryPolicy()
        if max_retries is not None:
            policy = RetryPolicy(
                max_retries=max_retries,
                base_delay=policy.base_delay,
                max_delay=policy.max_delay,
                rng=policy.rng,
            )
        self.retry = policy
        self.check_dimension = check_dimension
        # prefix="" makes the generated client send the raw key, as the provider requires.
        self.generated = AuthenticatedClient(
            base_url=base_url.rstrip("/"),
            token=api_key,
            prefix="",
            auth_header_name="Authorization",
            timeout=httpx.Timeout(timeout),
            httpx_args=httpx_args or {},
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

    def _send(self, call: _Call[T]) -> T:
        http = self.generated.get_httpx_client()
        retry_index = 0
        while True:
            try:
                return interpret(http.request(**call.build()), call.parse)
            except httpx.TransportError as exc:
                error: MaviError = _wrap_transport(exc)
                if not _is_connect_failure(exc):
                    raise error from exc
            except MaviError as exc:
                error = exc
            wait = self.retry.delay(error, retry_index)
            if wait is None:
                raise error
            if call.rewind is not None:
                call.rewind()
            self._sleep(wait)
            retry_index += 1

    def embed_video(self, asset_id: str, model: str = DEFAULT_MODEL) -> list[float]:
        """The asset's embedding vector (1408 floats for multimodalembedding@001)."""
        return self._send(_embed_call(asset_id, model, self._dimension(model)))

    def upload(
        self, file: FileInput, *, filename: str | None = None, content_type: str | None = None
    ) -> str:
        """Upload a file (a path or a binary file object) and return its asset id."""
        stream, name, owned = _open_upload(file, filename)
        try:
            mime = content_type or mimetypes.guess_type(name)[0]
            return self._send(_upload_call(stream, name, mime))
        finally:
            if owned:
                stream.close()

    def get_asset(self, asset_id: str) -> AssetRecord:
        """The asset's metadata record (``upload_status``, ``file_size``, times...)."""
        return self._send(_metadata_call(asset_id))

    def wait_until_ready(
        self, asset_id: str, *, timeout: float = 300.0, poll_interval: float = 1.0
    ) -> AssetRecord:
        """Poll until the asset is SUCCESS; AssetNotReadyError if it is FAILED or time runs out.

        The default interval keeps to the provider's limit of 1 request per second.
        """
        deadline = self._clock() + timeout
        while True:
            record = self.get_asset(asset_id)
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

    async def _send(self, call: _Call[T]) -> T:
        http = self.generated.get_async_httpx_client()
        retry_index = 0
        while True:
            try:
                return interpret(await http.request(**call.build()), call.parse)
            except httpx.TransportError as exc:
                error: MaviError = _wrap_transport(exc)
                if not _is_connect_failure(exc):
                    raise error from exc
            except MaviError as exc:
                error = exc
            wait = self.retry.delay(error, retry_index)
            if wait is None:
                raise error
            if call.rewind is not None:
                call.rewind()
            await self._sleep(wait)
            retry_index += 1

    async def embed_video(self, asset_id: str, model: str = DEFAULT_MODEL) -> list[float]:
        """The asset's embedding vector (1408 floats for multimodalembedding@001)."""
        return await self._send(_embed_call(asset_id, model, self._dimension(model)))

    async def upload(
        self, file: FileInput, *, filename: str | None = None, content_type: str | None = None
    ) -> str:
        """Upload a file (a path or a binary file object) and return its asset id.

        httpx sends a multipart body from a blocking file object; the file is read in the event
        loop's thread, as httpx itself does.
        """
        stream, name, owned = _open_upload(file, filename)
        try:
            mime = content_type or mimetypes.guess_type(name)[0]
            return await self._send(_upload_call(stream, name, mime))
        finally:
            if owned:
                stream.close()

    async def get_asset(self, asset_id: str) -> AssetRecord:
        """The asset's metadata record."""
        return await self._send(_metadata_call(asset_id))

    async def wait_until_ready(
        self, asset_id: str, *, timeout: float = 300.0, poll_interval: float = 1.0
    ) -> AssetRecord:
        """Poll until the asset is SUCCESS; AssetNotReadyError if it is FAILED or time runs out."""
        deadline = self._clock() + timeout
        while True:
            record = await self.get_asset(asset_id)
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
