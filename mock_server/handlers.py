"""One function per operationId. Each validates its input against the contract, then answers."""

from __future__ import annotations

import hmac
import logging
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NoReturn

import orjson
from flask import Response, request
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.http import parse_options_header
from werkzeug.sansio.multipart import Data, Epilogue, Field, File, MultipartDecoder, NeedData

from . import scripts
from .contract import first_error
from .declared import ContentReader, Declaration, DeclarationError, served, upload_vectors
from .disk import StoreFull
from .envelope import current_dialect, error_response, fail, json_response, success_body
from .exchange import current as current_exchange
from .fastpath import answer_key
from .infrastructure import storage_error, storage_fail
from .state import MockState
from .store import Asset, now_ms

#: Where signed URLs point: the mock's own origin, outside the API's base path.
STORAGE_PATH = "/storage/upload"
VECTOR_CACHE_SIZE = 4096
HASH_CHUNK = 1 << 20
#: Bytes read from an upload's body at a time (as werkzeug's own form parser reads).
READ_BLOCK = 64 * 1024
OCTET_STREAM = "application/octet-stream"
MAX_FILENAME = 255
_UNSAFE_FILENAME = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]+")

log = logging.getLogger(__name__)


# --- request bodies --------------------------------------------------------------------------


def read_json(mock: MockState) -> Any:
    """The JSON body, or 415 (not JSON), 413 (too large) or 400 (unparseable)."""
    if request.mimetype != "application/json":
        shown = request.mimetype or "none"
        fail(415, f"Content-Type must be application/json (got {shown})")
    length = request.content_length
    if length is not None and length > mock.config.max_body:
        fail(413, f"Request body is {length} bytes; the limit is {mock.config.max_body}")
    exchange = current_exchange()
    raw = exchange.raw_body  # read already if a script looked for its asset (scripts.py)
    if raw is None:
        raw = exchange.raw_body = read_at_most(mock.config.max_body)
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


# --- assets ----------------------------------------------------------------------------------


def ready_asset(mock: MockState, asset_id: str) -> Asset:
    """A SUCCESS asset, or the provider's 400."""
    asset = mock.store.get_asset(asset_id)
    # Its lifecycle's status, if it has one (no step taken): it stands for a file not arrived.
    forced = scripts.status_in_force(mock, asset_id) if current_exchange().scripts_set else None
    if asset is None:
        if forced is None and mock.store.get_signed(asset_id) is not None:
            fail(400, "Asset is not ready (upload_status WAITING: its file was not uploaded yet)")
        if forced is None and not mock.config.accept_any_asset:
            fail(400, "Asset not found")
        asset = any_asset(asset_id)
    status = forced or asset.status_at(now_ms())[0]
    if status != "SUCCESS":
        fail(400, f"Asset is not ready (upload_status {status})")
    return asset


def any_asset(asset_id: str) -> Asset:
    """An asset that exists because ``MOCK_ACCEPT_ANY_ASSET`` says every id does."""
    stamp = now_ms()
    return Asset(asset_id, asset_id, "mp4", f"{asset_id}.mp4", 0, stamp, stamp, "SUCCESS")


def any_asset_record(asset_id: str) -> dict[str, Any]:
    return any_asset(asset_id).record(now_ms())


# --- operations ------------------------------------------------------------------------------


def create_video_embedding(mock: MockState) -> Response:
    body = read_json(mock)
    problem = first_error(mock.contract.embedding_request, body)
    if problem:
        fail(400, f"Invalid parameters: {problem}")
    model = body["model"]
    asset = ready_asset(mock, body["asset_id"])
    dialect = current_dialect()
    cache_key = answer_key(mock, asset, model, dialect)
    payload = mock.vector_cache.get(cache_key)
    if payload is None:
        payload = success_body(dialect, {"embedding": served(mock, asset, model).vector})
        with mock.cache_lock:
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
    elif (pending := mock.store.get_signed(asset_id)) is not None:
        record = pending.record()
    elif mock.config.accept_any_asset:
        record = any_asset_record(asset_id)
    else:
        fail(400, "Asset not found")
    if current_exchange().scripts_set and (step := scripts.metadata_status(mock, asset_id)):
        record["upload_status"] = step  # the next status of its lifecycle
    return json_response(success_body(current_dialect(), {"total": 1, "resource": [record]}))


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


#: How a handler refuses a request: the API's envelope (``fail``) or the storage's XML error.
Refuse = Callable[[int, str], NoReturn]


def _storage_refuse(status: int, msg: str) -> NoReturn:
    storage_fail(status, {413: "EntityTooLarge"}.get(status, "InvalidArgument"), msg)


def store_full(exc: StoreFull) -> Response:
    """A write the data directory refused (a full disk): 503, in the request's dialect, or the
    storage's XML on its route. Nothing of the request was stored."""
    log.warning("%s %s refused: %s", request.method, request.path, exc)
    msg = f"Service unavailable: nothing was stored: {exc}; free space there and retry"
    if request.path.startswith(STORAGE_PATH + "/"):
        return storage_error(503, "ServiceUnavailable", msg)
    return error_response(503, msg)


@dataclass(frozen=True)
class FilePart:
    """The part named ``file``, read: the filename kept, its format, what its bytes gave."""

    filename: str
    extension: str
    reader: ContentReader


#: Judges the part named ``file`` when its headers arrive, from the filename sent (None: the
#: part has no ``filename=``) and its media type: (the filename to keep, the format), or refuses.
Judge = Callable[[str | None, str], tuple[str, str]]


def read_file_part(mock: MockState, judge: Judge, refuse: Refuse = fail) -> FilePart:
    """The one part named ``file`` of a multipart body, read as it arrives by werkzeug's
    multipart decoder into a ``ContentReader`` (nothing of it is written to disk); other parts
    are skipped. Its headers are judged as soon as they arrive (a refused format is refused
    unread). Each limit is named when it refuses: the body's size (``max_upload``, 413), the
    parts (Flask's ``MAX_FORM_PARTS``, 400), the bytes of part headers, preamble or epilogue
    (Flask's ``MAX_FORM_MEMORY_SIZE``, 400)."""
    if request.mimetype != "multipart/form-data":
        refuse(415, f"Content-Type must be multipart/form-data (got {request.mimetype or 'none'})")
    boundary = request.mimetype_params.get("boundary", "")
    if not boundary or not boundary.isascii():
        refuse(400, "multipart/form-data needs a boundary parameter (ASCII)")
    request.max_content_length = mock.config.max_upload
    most_parts, held = request.max_form_parts, request.max_form_memory_size
    decoder = MultipartDecoder(boundary.encode(), max_form_memory_size=held)
    reader, pending = ContentReader(mock), bytearray()
    judged: tuple[str, str] | None = None
    parts = files = 0
    reading = False  # in the first part named 'file'
    block = b"-"
    while block:
        try:
            block = request.stream.read(READ_BLOCK)
        except RequestEntityTooLarge:
            refuse(413, f"Upload is larger than the limit of {mock.config.max_upload} bytes")
        try:
            decoder.receive_data(block or None)
            event = decoder.next_event()
            while not isinstance(event, Epilogue | NeedData):
                if isinstance(event, Field | File):
                    parts += 1
                    if most_parts is not None and parts > most_parts:
                        refuse(
                            400,
                            f"Invalid parameters: more than {most_parts} parts (the"
                            " mock's limit, Flask's MAX_FORM_PARTS); send one, 'file'",
                        )
                    files += event.name == "file"
                    reading = event.name == "file" and files == 1
                    if reading:
                        sent = event.filename if isinstance(event, File) else None
                        media_type = parse_options_header(event.headers.get("content-type", ""))
                        judged = judge(sent, media_type[0].lower())
                elif isinstance(event, Data) and reading:
                    pending += event.data
                    if len(pending) >= HASH_CHUNK or not event.more_data:
                        reader.update(bytes(pending))
                        pending.clear()
                event = decoder.next_event()
        except RequestEntityTooLarge:
            refuse(
                400,
                f"Malformed multipart body: over {held} bytes of part headers, preamble"
                " or epilogue (the mock's limit, Flask's MAX_FORM_MEMORY_SIZE)",
            )
        except ValueError as exc:
            refuse(400, f"Malformed multipart body: {exc}")
    if judged is None:
        refuse(400, "Invalid parameters: the multipart body needs one part named 'file'")
    if files > 1:
        refuse(400, f"Invalid parameters: {files} parts named 'file'; send exactly one")
    return FilePart(*judged, reader)


def file_extension(filename: str) -> str:
    return filename.rpartition(".")[2].lower() if "." in filename else ""


def upload_format(mock: MockState, filename: str, part_type: str, refuse: Refuse = fail) -> str:
    """The file's format (an extension): by the name's extension, else by the part's type; 415.

    A format outside the documented list is refused (415) unless the scenario's
    ``unlisted_formats`` is ``accept`` (the provider was seen to accept a text/plain upload).
    """
    formats = mock.contract.upload_formats
    extension = file_extension(filename)
    if extension in formats:
        family = formats[extension].split("/")[0] + "/"
        if part_type and part_type != OCTET_STREAM and not part_type.startswith(family):
            refuse(415, f"Part Content-Type {part_type} does not match a .{extension} file")
        return extension
    by_type = [ext for ext, media in formats.items() if media == part_type]
    if by_type and not extension:
        return by_type[0]
    if current_exchange().scenario.unlisted_formats == "accept":
        return extension[:16] or "bin"
    accepted = ", ".join(sorted(formats))
    if not extension and part_type == OCTET_STREAM:
        refuse(
            415,
            "Unsupported file format: a file with no extension sent as application/"
            f"octet-stream has none the mock can tell; name it (accepted: {accepted})",
        )
    refuse(
        415, f"Unsupported file format {extension or part_type or '(none)'!r}; accepted: {accepted}"
    )


def _judge_upload(mock: MockState) -> Judge:
    """``POST /upload``: the format by the part's filename, else its type. A part without a
    filename (RFC 7578: SHOULD, not MUST) is judged by its type if that names an accepted format
    or is application/octet-stream; otherwise the 400 says the filename is missing."""

    def judge(sent: str | None, part_type: str) -> tuple[str, str]:
        if (
            sent is None
            and part_type != OCTET_STREAM
            and part_type not in mock.contract.upload_formats.values()
        ):
            fail(
                400,
                "Invalid parameters: the part 'file' has no filename (Content-Disposition:"
                ' form-data; name="file"; filename="clip.mp4"), and its Content-Type'
                f" ({part_type or 'none'}) names no accepted format",
            )
        filename = safe_filename(sent or "")
        return filename, upload_format(mock, filename, part_type)

    return judge


def upload_asset(mock: MockState) -> Response:
    part = read_file_part(mock, _judge_upload(mock))
    filename, extension, reader = part.filename, part.extension, part.reader
    content_key, size = reader.content_key, reader.size
    if size == 0:
        fail(400, "Invalid parameters: the file is empty")
    exchange = current_exchange()
    exchange.upload_summary = (
        f"multipart: file={filename!r} ({size} bytes, sha256 {content_key[:12]})"
    )
    try:
        vectors = upload_vectors(mock, reader, Declaration.from_prefer(exchange.prefer))
    except DeclarationError as exc:
        fail(400, f"Prefer: {exc}")
    asset = mock.store.add_upload(
        content_key=content_key,
        extension=extension,
        original_filename=filename,
        file_size=size,
        processing_ms=round(mock.config.processing_delay * 1000),
        final_status=exchange.prefer.upload_status or "SUCCESS",
        vectors=vectors,
    )
    return json_response(success_body(current_dialect(), {"asset_id": asset.asset_id}))


def create_signed_upload_url(mock: MockState) -> Response:
    """Reserve an asset id and answer a one-use URL on this mock's storage route."""
    body = read_json(mock)
    problem = first_error(mock.contract.signed_url_request, body)
    if problem:
        fail(400, f"Invalid parameters: {problem}")
    # The format is judged when the file arrives (by this name's extension, else the part's
    # type), as for POST /upload: the contract accepts any name here.
    filename = safe_filename(body["original_filename"])
    ttl = mock.config.signed_url_ttl
    prefer = current_exchange().prefer
    # A vector declared here is made when the file arrives; an asset it names must exist now.
    declaration = Declaration.from_prefer(prefer)
    target = declaration.similar_to if declaration is not None else None
    if target is not None and mock.store.get_asset(target) is None:
        fail(400, f"Prefer: similar_to: no asset {target} on this mock")
    signed = mock.store.add_signed(
        original_filename=filename,
        signature=secrets.token_hex(16),
        expires_ms=now_ms() + ttl * 1000,
        final_status=prefer.upload_status or "SUCCESS",
        declaration=declaration.recipe() if declaration is not None else None,
    )
    url = (
        f"{request.host_url.rstrip('/')}{STORAGE_PATH}/{signed.asset_id}"
        f"?expires={signed.expires_ms // 1000}&signature={signed.signature}"
    )
    data = {"asset_id": signed.asset_id, "signed_url": url, "expires_in": ttl}
    return json_response(success_body(current_dialect(), data))


def upload_to_signed_url(mock: MockState) -> Response:
    """The storage behind signed URLs: no key, XML errors, 204 on success, one use only."""
    asset_id = (request.view_args or {}).get("asset_id", "")
    signed = mock.store.get_signed(asset_id)
    given = request.args.get("signature", "")
    if (
        signed is None
        or not hmac.compare_digest(given.encode(), signed.signature.encode())
        or request.args.get("expires") != str(signed.expires_ms // 1000)
    ):
        storage_fail(403, "SignatureDoesNotMatch", "The signed URL is not one this storage issued")
    if signed.used:
        storage_fail(403, "AccessDenied", "This signed URL was already used; ask for a new one")
    if now_ms() > signed.expires_ms:
        storage_fail(400, "ExpiredToken", "The signed URL has expired; ask for a new one")
    # The name is the one the URL was asked for: the part's own, or none, does not matter.
    name = signed.original_filename
    part = read_file_part(
        mock,
        lambda _, part_type: (name, upload_format(mock, name, part_type, _storage_refuse)),
        _storage_refuse,
    )
    extension, reader = part.extension, part.reader
    content_key, size = reader.content_key, reader.size
    if size == 0:
        _storage_refuse(400, "The file is empty")
    declared = Declaration.from_recipe(signed.declaration) if signed.declaration else None
    try:
        vectors = upload_vectors(mock, reader, declared)
    except DeclarationError as exc:
        _storage_refuse(400, f"The vector declared with this URL cannot be made: {exc}")
    current_exchange().upload_summary = (
        f"storage: file={signed.original_filename!r} ({size} bytes, sha256 {content_key[:12]})"
    )
    stored = mock.store.complete_signed(
        signed,
        content_key=content_key,
        extension=extension,
        file_size=size,
        processing_ms=round(mock.config.processing_delay * 1000),
        vectors=vectors,
    )
    if not stored:  # another request used it first
        storage_fail(403, "AccessDenied", "This signed URL was already used; ask for a new one")
    return Response(status=204)


#: What answers one operation: its handler, given the app's state.
Handler = Callable[[MockState], Response]

#: Each operationId of the contract and its handler (``routes.py`` builds the routes from the
#: contract's operations; tests/test_pipeline.py checks that these are exactly those).
HANDLERS: dict[str, Handler] = {
    "createVideoEmbedding": create_video_embedding,
    "uploadAsset": upload_asset,
    "createSignedUploadUrl": create_signed_upload_url,
    "getAssetMetadata": get_asset_metadata,
    "uploadToSignedUrl": upload_to_signed_url,
}
