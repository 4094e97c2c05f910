"""The operations: how each call's request is built (from the generated client's operation
modules, so method, path and body encoding come from openapi.yaml) and how its answer is read.

A ``Call`` is one API operation (its answer an envelope, read by ``_envelope.interpret``); a
``StorageCall`` the file's upload to a signed URL (sent without the key, answered by the
storage). Both are built again on each attempt, so that a rewound stream is sent whole.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO, ClassVar, Generic, Protocol, TypeVar, cast

import httpx

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

from ._checks import check_asset_id, check_model, redact_url
from ._envelope import check_storage_answer, check_vector, interpret
from ._errors import NotFoundError, Origin, ProtocolError, TransportError

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

FileInput = str | os.PathLike[str] | IO[bytes]


@dataclass(frozen=True)
class Call(Generic[T]):
    """One operation: how to build its request (again, on each try) and how to read its answer.

    ``parse`` gets the envelope's ``data`` (see ``_envelope.interpret``).
    """

    build: Callable[[], dict[str, Any]]
    parse: Callable[[dict[str, Any]], T]
    rewind: Callable[[], None] | None = None
    #: What the call is about, for error messages: "asset re_...", "file clip.mp4".
    subject: str | None = None
    anonymous: ClassVar[bool] = False

    def read(self, response: httpx.Response, origin: Origin) -> T:
        return interpret(response, self.parse, origin)


@dataclass(frozen=True)
class StorageCall:
    """The file's upload to a signed URL: sent without the API key, answered by the storage."""

    build: Callable[[], dict[str, Any]]
    rewind: Callable[[], None] | None = None
    subject: str | None = None
    anonymous: ClassVar[bool] = True

    def read(self, response: httpx.Response, origin: Origin) -> None:
        check_storage_answer(response, origin)


class Exchange(Protocol[T_co]):
    """What a client's ``_send`` needs of a call: ``Call`` (the API) or ``StorageCall`` (a
    signed URL). ``read`` gives the call's value or raises its error, made with ``origin``."""

    #: Sent without the API key.
    anonymous: ClassVar[bool]

    @property
    def build(self) -> Callable[[], dict[str, Any]]: ...
    @property
    def rewind(self) -> Callable[[], None] | None: ...
    @property
    def subject(self) -> str | None: ...
    def read(self, response: httpx.Response, origin: Origin) -> T_co: ...


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


def embed_call(asset_id: str, model: str, dimension: int | None) -> Call[list[float]]:
    request = VideoEmbeddingRequest(asset_id=check_asset_id(asset_id), model=check_model(model))

    def parse(data: dict[str, Any]) -> list[float]:
        payload = VideoEmbedding.from_dict(data)
        return check_vector(payload.embedding, dimension=dimension)

    return Call(
        lambda: create_video_embedding._get_kwargs(body=request), parse, subject=f"asset {asset_id}"
    )


def metadata_call(asset_id: str) -> Call[AssetRecord]:
    check_asset_id(asset_id)

    def parse(data: dict[str, Any]) -> AssetRecord:
        payload = AssetMetadata.from_dict(data)
        if not payload.resource:
            raise NotFoundError(f"no record for asset {asset_id}", status=404)
        found = payload.resource[0]
        if found.asset_id != asset_id:
            raise ProtocolError(
                f"the metadata of asset {asset_id} holds the record of asset {found.asset_id!r}",
                status=200,
            )
        return found

    return Call(
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


def upload_call(stream: IO[bytes], filename: str, content_type: str | None) -> Call[str]:
    def build() -> dict[str, Any]:
        kwargs = upload_asset._get_kwargs(body=_multipart(stream, filename, content_type))
        # The generator pins the multipart boundary to "+++"; a file holding "--+++" would then
        # end its own part early. Without the header httpx picks a random boundary.
        kwargs["headers"].pop("Content-Type", None)
        return kwargs

    def parse(data: dict[str, Any]) -> str:
        return _asset_id(UploadResult.from_dict(data).asset_id)

    return Call(build, parse, _rewinder(stream), subject=f"file {filename}")


def signed_url_call(filename: str) -> Call[SignedUrl]:
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

    return Call(
        lambda: create_signed_upload_url._get_kwargs(body=request),
        parse,
        subject=f"file {filename}",
    )


def storage_call(
    url: str, stream: IO[bytes], filename: str, content_type: str | None
) -> StorageCall:
    def build() -> dict[str, Any]:
        # As in upload_call, but to the signed URL (absolute: httpx ignores the base URL), and
        # with no Content-Type header, so that httpx picks a random multipart boundary.
        files = _multipart(stream, filename, content_type).to_multipart()
        return {"method": "post", "url": url, "files": files}

    return StorageCall(build, _rewinder(stream), subject=f"file {filename} (signed URL)")


def request_for(
    http: httpx.Client | httpx.AsyncClient,
    call: Exchange[Any],
    headers: Mapping[str, str] | None,
    timeout: httpx.Timeout | None,
) -> httpx.Request:
    """One attempt's request: built again (the body may be a rewound stream), with this call's
    headers, and ``timeout`` (None: the client's own).

    An anonymous call's request goes without the API key, which the client adds to every
    request it builds: send it with ``auth=None`` (``send_options``), so that no auth set on the
    httpx client adds a key back.
    """
    kwargs = _with_headers(call.build, headers)()
    if timeout is not None:
        kwargs["timeout"] = timeout
    request = http.build_request(**kwargs)
    if call.anonymous:
        request.headers.pop("Authorization", None)
    return request


def send_options(call: Exchange[Any]) -> dict[str, Any]:
    """``send``'s options for the call: no auth at all for an anonymous one."""
    return {"auth": None} if call.anonymous else {}


def open_upload(file: FileInput, filename: str | None) -> tuple[IO[bytes], str, bool]:
    """The stream to send, its filename, and whether this call opened it (and must close it)."""
    if isinstance(file, (str, os.PathLike)):
        path = Path(file)
        return path.open("rb"), filename or path.name, True
    name = filename or os.path.basename(str(getattr(file, "name", "") or "")) or "upload.bin"
    return file, name, False
