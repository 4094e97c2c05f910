"""One function per operationId. Each validates its input against the contract, then answers."""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING, Any

import orjson
from flask import Response, g, request
from werkzeug.datastructures import FileStorage
from werkzeug.exceptions import RequestEntityTooLarge

from .contract import first_error
from .envelope import fail, json_response, success_body
from .store import Asset, now_ms
from .vectors import embedding

if TYPE_CHECKING:
    from .state import MockState

DEFAULT_MODEL = "multimodalembedding@001"
VECTOR_CACHE_SIZE = 4096
HASH_CHUNK = 1 << 20
MAX_FILENAME = 255
MEDIA_FAMILIES = ("video/", "audio/", "image/")
_UNSAFE_FILENAME = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]+")


# --- request bodies --------------------------------------------------------------------------


def read_json(mock: MockState) -> Any:
    """The JSON body, or 415 (not JSON), 413 (too large) or 400 (unparseable)."""
    if request.mimetype != "application/json":
        shown = request.mimetype or "none"
        fail(415, f"Content-Type must be application/json (got {shown})")
    length = request.content_length
    if length is not None and length > mock.config.max_body:
        fail(413, f"Request body is {length} bytes; the limit is {mock.config.max_body}")
    raw = g.raw_body = read_at_most(mock.config.max_body)
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        fail(400, f"Request body is not valid JSON: {exc}")


def read_at_most(limit: int) -> bytes:
    """The whole body, or 413 as soon as it passes ``limit`` bytes (chunked bodies included)."""
    stream = request.stream
    parts: list[bytes] = []
    size = 0
    while chunk := stream.read(min(HASH_CHUNK, limit + 1 - size)):
        parts.append(chunk)
        size += len(chunk)
        if size > limit:
            fail(413, f"Request body is over the limit of {limit} bytes")
    return b"".join(parts)


def body_summary() -> str:
    """A short, safe description of the request body for the journal.

    Only what a handler already read is shown: the journal never reads a body itself (it may be
    huge, or the request may have been refused before its body mattered).
    """
    upload = g.get("upload_summary")
    if upload:
        return str(upload)
    raw: bytes | None = g.get("raw_body")
    if raw is None:
        length = request.content_length
        return (
            f"{request.mimetype or 'no content type'} ({length} bytes, not read)" if length else ""
        )
    text = raw[:256].decode("utf-8", "replace")
    return text + ("..." if len(raw) > 256 else "")


# --- assets ----------------------------------------------------------------------------------


def ready_asset(mock: MockState, asset_id: str) -> str:
    """The content key of a SUCCESS asset, or the provider's 400."""
    asset = mock.store.get_asset(asset_id)
    if asset is None:
        if mock.config.accept_any_asset:
            return asset_id
        fail(400, "Asset not found")
    status, _ = asset.status_at(now_ms())
    if status != "SUCCESS":
        fail(400, f"Asset is not ready (upload_status {status})")
    return asset.content_key


def any_asset_record(asset_id: str) -> dict[str, Any]:
    stamp = now_ms()
    return Asset(asset_id, asset_id, "mp4", f"{asset_id}.mp4", 0, stamp, stamp, "SUCCESS").record(
        stamp
    )


# --- operations ------------------------------------------------------------------------------


def create_video_embedding(mock: MockState) -> Response:
    body = read_json(mock)
    problem = first_error(mock.contract.embedding_request, body)
    if problem:
        fail(400, f"Invalid parameters: {problem}")
    model = body["model"]
    content_key = ready_asset(mock, body["asset_id"])
    cache_key = (model, content_key, mock.config.code_style)
    payload = mock.vector_cache.get(cache_key)
    if payload is None:
        dimension = (
            mock.config.dimension if model == DEFAULT_MODEL else mock.contract.dimensions[model]
        )
        vector = embedding(model, dimension, content_key)
        payload = success_body(
            mock.contract.code_for(200, mock.config.code_style), {"embedding": vector}
        )
        if len(mock.vector_cache) >= VECTOR_CACHE_SIZE:
            mock.vector_cache.pop(next(iter(mock.vector_cache)))
        mock.vector_cache[cache_key] = payload
    return json_response(payload)


def get_asset_metadata(mock: MockState) -> Response:
    asset_id = (request.view_args or {}).get("asset_id", "")
    problem = first_error(mock.contract.asset_id, asset_id)
    if problem:
        fail(400, f"Invalid parameters: asset_id {problem.partition(': ')[2]}")
    asset = mock.store.get_asset(asset_id)
    if asset is not None:
        record = asset.record(now_ms())
    elif mock.config.accept_any_asset:
        record = any_asset_record(asset_id)
    else:
        fail(400, "Asset not found")
    code = mock.contract.code_for(200, mock.config.code_style)
    return json_response(success_body(code, {"total": 1, "resource": [record]}))


def safe_filename(name: str) -> str:
    """The base name only, with control and path characters removed, at most 255 characters."""
    base = re.split(r"[/\\]", name)[-1]
    base = _UNSAFE_FILENAME.sub("_", base).strip(" .")
    if len(base) > MAX_FILENAME:
        stem, dot, ext = base.rpartition(".")
        base = (
            stem[: MAX_FILENAME - len(ext) - 1] + dot + ext
            if dot and len(ext) <= 10
            else base[:MAX_FILENAME]
        )
    return base or "upload"


def _one_file_part(mock: MockState) -> FileStorage:
    if request.mimetype != "multipart/form-data":
        shown = request.mimetype or "none"
        fail(415, f"Content-Type must be multipart/form-data (got {shown})")
    if not request.mimetype_params.get("boundary"):
        fail(400, "multipart/form-data needs a boundary parameter")
    request.max_content_length = mock.config.max_upload
    try:
        parts = request.files.getlist("file")
    except RequestEntityTooLarge:
        fail(413, f"Upload is larger than the limit of {mock.config.max_upload} bytes")
    except ValueError as exc:
        fail(400, f"Malformed multipart body: {exc}")
    if not parts:
        fail(400, "Invalid parameters: the multipart body needs one part named 'file'")
    if len(parts) > 1:
        fail(400, f"Invalid parameters: {len(parts)} parts named 'file'; send exactly one")
    return parts[0]


def upload_format(mock: MockState, filename: str, part_type: str) -> str:
    """The file's format (an extension): by the name's extension, else by the part's type; 415."""
    formats = mock.contract.upload_formats
    extension = filename.rpartition(".")[2].lower() if "." in filename else ""
    if extension in formats:
        family = formats[extension].split("/")[0] + "/"
        if (
            part_type
            and part_type != "application/octet-stream"
            and not part_type.startswith(family)
        ):
            fail(415, f"Part Content-Type {part_type} does not match a .{extension} file")
        return extension
    by_type = [ext for ext, media in formats.items() if media == part_type]
    if by_type and not extension:
        return by_type[0]
    accepted = ", ".join(sorted(formats))
    fail(
        415, f"Unsupported file format {extension or part_type or '(none)'!r}; accepted: {accepted}"
    )


def upload_asset(mock: MockState) -> Response:
    part = _one_file_part(mock)
    filename = safe_filename(part.filename or "")
    extension = upload_format(mock, filename, (part.mimetype or "").lower())
    digest = hashlib.sha256()
    size = 0
    try:
        while chunk := part.stream.read(HASH_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    finally:
        part.close()
    if size == 0:
        fail(400, "Invalid parameters: the file is empty")
    g.upload_summary = (
        f"multipart: file={filename!r} ({size} bytes, sha256 {digest.hexdigest()[:12]})"
    )
    asset = mock.store.add_upload(
        content_key=digest.hexdigest(),
        extension=extension,
        original_filename=filename,
        file_size=size,
        processing_ms=round(mock.config.processing_delay * 1000),
        final_status=g.prefer.upload_status or "SUCCESS",
    )
    code = mock.contract.code_for(200, mock.config.code_style)
    return json_response(success_body(code, {"asset_id": asset.asset_id}))


#: (operationId, path under the base path, method, handler)
ROUTES = (
    ("createVideoEmbedding", "/embeddings/video", "POST", create_video_embedding),
    ("uploadAsset", "/upload", "POST", upload_asset),
    ("getAssetMetadata", "/<path:asset_id>/metadata", "GET", get_asset_metadata),
)
