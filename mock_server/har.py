"""Recording exchanges as HAR 1.2 (``mavi-mock proxy --record DIR``), append-safe, with secrets
masked.

``HarWriter(path)`` keeps the file valid HAR after every entry: the file ends with the closing
tail ``TAIL``, and each entry is written by ONE ``os.write`` at the tail's offset that holds the
separator, the entry and the tail again. A process killed at any moment (``kill -9``) leaves every
completed entry and a file that parses; nothing is kept in memory but the file's size. An
existing recording is continued; one whose last entry was cut short (a crash of the machine, a
full disk) is truncated to its last complete entry, its tail restored, with a warning. A file
that is not one of ours is refused, never changed.

Each entry is one line (orjson escapes newlines in strings), so ``iter_entries`` reads a
recording of any length line by line, skipping a last entry cut short (with a warning that says
how many it read); another tool's HAR (one JSON document laid out otherwise) is read whole.

Masked in everything written (``Masker``): credential headers (``Authorization`` and its kin,
any case) as ``***``, the caller's key wherever it appears (URLs, headers, bodies), and the
values of signed-URL query parameters named like a signature, credential or token (any case).
An upload's bytes are never written: a file part, any part named ``file`` (with or without a
filename) and any part over ``FIELD_BYTES`` are described by their SHA-256, size and name
(``_sha256``, ``_size``, ``fileName``); only short form fields are kept as text.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import threading
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import orjson
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.http import parse_options_header
from werkzeug.sansio.multipart import Data, Field, File, MultipartDecoder, NeedData

HAR_NAME = "recording.har"
#: Hop-by-hop headers (RFC 9110 7.6.1, and the old proxy ones): never forwarded nor repeated.
HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    }
)
#: A multipart body is read in pieces of this size.
CHUNK = 64 * 1024
#: The most of a form field kept as text; a bigger part (and any part named ``file``) is
#: described as a file (SHA-256 and size), never kept.
FIELD_BYTES = 1024
MASK = "***"
HEAD = (
    b'{"log": {"version": "1.2", "creator": {"name": "mavi-mock proxy", "version": "1"},'
    b' "pages": [], "entries": ['
)
TAIL = b"\n]}}\n"
#: Headers whose whole value is a secret (lower case).
SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "x-api-key", "api-key", "cookie", "set-cookie"}
)
#: A signed URL's secret query values: ``?signature=..``, ``X-Amz-Credential=..``, ``sig=..``,
#: ``X-Amz-Security-Token=..`` (any case), in a URL or in any text that holds one; also in their
#: escaped forms: JSON's ``\u0026`` / ``\u003d`` / ``\u003f`` (Go's encoding/json writes ``&`` so)
#: and percent-encoding (``%26``, ``%3D``, ``%3F``: a signed URL inside another URL's query).
SIGNED_QUERY = re.compile(
    r"(?P<name>(?:[?&]|\\u00(?:26|3f)|%(?:26|3f))(?P<key>[\w.-]+)(?:=|\\u003d|%3d))"
    r"(?P<value>(?:(?!%26|%3f)[^&#\s\"'<>\\])+)",
    re.IGNORECASE,
)
#: A query parameter's name that holds a secret: a word of it (between ``-``, ``_``, ``.``) is
#: sig, signature, credential or token (plural too), or it ends in one of the last three.
SECRET_NAME = re.compile(
    r"(?:^|[-_.])(?:sig|signature|credential|token)s?(?:$|[-_.])|(?:signature|credential|token)$",
    re.IGNORECASE,
)


def _mask_query_value(match: re.Match[str]) -> str:
    return match["name"] + MASK if SECRET_NAME.search(match["key"]) else match[0]


class HarFormatError(ValueError):
    """A file that is not a HAR this writer can continue, or not HAR at all."""


class Masker:
    """What may not be written: the given secrets (the caller's key), signed-URL secrets."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self.secrets = sorted({s for s in secrets if len(s) >= 4}, key=len, reverse=True)

    def text(self, value: str) -> str:
        for secret in self.secrets:
            value = value.replace(secret, MASK)
        return SIGNED_QUERY.sub(_mask_query_value, value)

    def data(self, value: bytes) -> bytes:
        for secret in self.secrets:
            value = value.replace(secret.encode(), MASK.encode())
        return value

    def headers(self, headers: Sequence[tuple[str, str]]) -> list[dict[str, str]]:
        return [
            {"name": name, "value": MASK if name.lower() in SECRET_HEADERS else self.text(value)}
            for name, value in headers
        ]


def key_secrets(headers: Sequence[tuple[str, str]]) -> list[str]:
    """The secrets a request carries: each credential header's value, and its token after a
    scheme (``Bearer sk-...`` gives both)."""
    found: list[str] = []
    for name, value in headers:
        if name.lower() in SECRET_HEADERS and value.strip():
            found.append(value.strip())
            token = value.strip().partition(" ")[2]
            if token.strip():
                found.append(token.strip())
    return found


def content(body: bytes, mime_type: str, masker: Masker) -> dict[str, Any]:
    """HAR's ``content`` (or ``postData``-like text): UTF-8 text, else base64."""
    body = masker.data(body)
    try:
        return {"size": len(body), "mimeType": mime_type, "text": masker.text(body.decode())}
    except UnicodeDecodeError:
        return {
            "size": len(body),
            "mimeType": mime_type,
            "text": base64.b64encode(body).decode(),
            "encoding": "base64",
        }


def query_string(url: str, masker: Masker) -> list[dict[str, str]]:
    pairs = parse_qsl(urlsplit(url).query, keep_blank_values=True)
    return [
        {"name": name, "value": MASK if SECRET_NAME.search(name) else masker.text(value)}
        for name, value in pairs
    ]


def stamp(seconds: float) -> str:
    return (
        datetime.fromtimestamp(seconds, UTC)
        .isoformat(timespec="milliseconds")
        .replace("+00:00", "Z")
    )


@dataclass(frozen=True)
class FilePart:
    """An upload's file part, as written: never its bytes."""

    name: str
    file_name: str | None
    content_type: str | None
    sha256: str
    size: int


@dataclass
class Recorded:
    """One completed exchange, as the proxy saw it (before masking)."""

    started: float
    method: str
    url: str
    request_headers: list[tuple[str, str]]
    request_body: bytes | None  # None: an upload (see ``files``) or a body not kept
    request_size: int
    status: int
    reason: str
    response_headers: list[tuple[str, str]]
    response_body: bytes  # decoded (no Content-Encoding)
    response_size: int  # bytes on the wire
    timings: dict[str, float]
    api_path: str
    files: list[FilePart] = field(default_factory=list)
    fields: list[tuple[str, str]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # _operation, _dialects, _upstreamError


def header(headers: Sequence[tuple[str, str]], name: str) -> str | None:
    name = name.lower()
    return next((v for k, v in headers if k.lower() == name), None)


def har_entry(seen: Recorded, masker: Masker) -> dict[str, Any]:
    """The HAR 1.2 entry of one exchange, every secret masked."""
    request_mime = header(seen.request_headers, "content-type") or ""
    request: dict[str, Any] = {
        "method": seen.method,
        "url": masker.text(seen.url),
        "httpVersion": "HTTP/1.1",
        "cookies": [],
        "headers": masker.headers(seen.request_headers),
        "queryString": query_string(seen.url, masker),
        "headersSize": -1,
        "bodySize": seen.request_size,
    }
    if seen.files or seen.fields:
        params: list[dict[str, Any]] = [
            {
                "name": part.name,
                "fileName": part.file_name or "",
                "contentType": part.content_type or "",
                "value": "",
                "_sha256": part.sha256,
                "_size": part.size,
            }
            for part in seen.files
        ]
        params += [{"name": k, "value": masker.text(v)} for k, v in seen.fields]
        request["postData"] = {"mimeType": request_mime, "text": "", "params": params}
    elif seen.request_body is not None and seen.request_size:
        text = content(seen.request_body, request_mime, masker)
        request["postData"] = {"mimeType": request_mime, "text": text["text"]}
        if "encoding" in text:
            request["postData"]["_encoding"] = "base64"
    response_mime = header(seen.response_headers, "content-type") or ""
    return {
        "startedDateTime": stamp(seen.started),
        "time": round(sum(seen.timings.values()), 3),
        "request": request,
        "response": {
            "status": seen.status,
            "statusText": seen.reason,
            "httpVersion": "HTTP/1.1",
            "cookies": [],
            "headers": masker.headers(seen.response_headers),
            "content": content(seen.response_body, response_mime, masker),
            "redirectURL": masker.text(header(seen.response_headers, "location") or ""),
            "headersSize": -1,
            "bodySize": seen.response_size,
        },
        "cache": {},
        "timings": {k: round(v, 3) for k, v in seen.timings.items()},
        "_apiPath": seen.api_path,
        **seen.extra,
    }


class Upload:
    """A multipart body streamed through: each ``file`` part's SHA-256 and size, other fields."""

    def __init__(self, content_type: str, source: Any, length: int | None) -> None:
        boundary = parse_options_header(content_type)[1].get("boundary", "")
        self.decoder = MultipartDecoder(boundary.encode(), max_form_memory_size=4 * CHUNK)
        self.source, self.length, self.size = source, length, 0
        self.files: list[FilePart] = []
        self.fields: list[tuple[str, str]] = []
        self._part: File | Field | None = None
        self._hash = hashlib.sha256()
        self._part_size = 0
        self._text = bytearray()
        self.broken = False

    def __iter__(self) -> Iterator[bytes]:
        left = self.length
        while left is None or left > 0:
            chunk = self.source.read(CHUNK if left is None else min(CHUNK, left))
            if not chunk:
                break
            self.size += len(chunk)
            left = None if left is None else left - len(chunk)
            self._feed(chunk)
            yield chunk
        self._feed(None)

    def _feed(self, chunk: bytes | None) -> None:
        if self.broken:
            return
        try:
            self.decoder.receive_data(chunk)
            while not isinstance(event := self.decoder.next_event(), NeedData):
                self._event(event)
                if chunk is None and self.decoder.complete:
                    break
        except (ValueError, RequestEntityTooLarge):  # its buffer stays under 4 chunks
            self.broken = True  # the upstream judges the body; its description stays partial

    def _event(self, event: object) -> None:
        if isinstance(event, (File, Field)):
            self._part, self._hash, self._part_size = event, hashlib.sha256(), 0
            self._text.clear()
        elif isinstance(event, Data) and self._part is not None:
            self._hash.update(event.data)
            self._part_size += len(event.data)
            if len(self._text) <= FIELD_BYTES:  # one byte more: too long to keep as text
                self._text += event.data[: FIELD_BYTES + 1 - len(self._text)]
            if not event.more_data:
                self._close_part()

    def _close_part(self) -> None:
        """A file, a part named ``file`` (``curl -F file=<clip.mp4`` sends no filename) or a part
        over ``FIELD_BYTES`` is described by its hash; only a short field is kept as text."""
        part = self._part
        if part is not None and (
            isinstance(part, File) or part.name == "file" or self._part_size > FIELD_BYTES
        ):
            self.files.append(
                FilePart(
                    part.name,
                    part.filename if isinstance(part, File) else None,
                    part.headers.get("Content-Type"),
                    self._hash.hexdigest(),
                    self._part_size,
                )
            )
        elif part is not None:
            self.fields.append((part.name, self._text.decode(errors="replace")))
        self._part = None


class HarWriter:
    """Appends entries to one HAR file; thread-safe; the file is valid HAR after every entry."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            self._end, self._empty = self._open_tail()
        except BaseException:
            os.close(self._fd)
            raise

    def _open_tail(self) -> tuple[int, bool]:
        size = os.fstat(self._fd).st_size
        if size == 0:
            os.write(self._fd, HEAD + TAIL)
            return len(HEAD), True
        keep = len(TAIL) + 1
        os.lseek(self._fd, max(0, size - keep), os.SEEK_SET)
        last = os.read(self._fd, keep)
        if last.endswith(TAIL) and size >= len(HEAD) + len(TAIL):
            return size - len(TAIL), last[:1] == b"["
        end, entries = last_complete_entry(self.path)  # cut short by a crash: continue it
        os.ftruncate(self._fd, end)
        os.pwrite(self._fd, TAIL, end)
        warnings.warn(
            f"{self.path}: a last entry cut short (a crash?) was dropped; {entries} entries kept",
            stacklevel=3,
        )
        return end, entries == 0

    def write(self, entry: Mapping[str, Any]) -> None:
        """One entry, by one ``os.write`` that replaces the closing tail."""
        data = orjson.dumps(entry)
        with self._lock:
            chunk = (b"\n" if self._empty else b",\n") + data + TAIL
            written = os.pwrite(self._fd, chunk, self._end)
            if written != len(chunk):  # a full disk: leave the file as it was, tail restored
                os.pwrite(self._fd, TAIL, self._end)
                os.ftruncate(self._fd, self._end + len(TAIL))
                raise OSError(f"short write to {self.path} ({written} of {len(chunk)} bytes)")
            self._end += len(chunk) - len(TAIL)
            self._empty = False

    def close(self) -> None:
        with self._lock:
            if self._fd >= 0:
                os.close(self._fd)
                self._fd = -1


def iter_entries(path: Path) -> Iterator[dict[str, Any]]:
    """The entries of one HAR file, in order; a recording of ours is read line by line."""
    with path.open("rb") as handle:
        first = handle.readline()
        if first.rstrip(b"\n") != HEAD:
            handle.seek(0)
            try:
                yield from orjson.loads(handle.read())["log"]["entries"]
            except (orjson.JSONDecodeError, KeyError, TypeError) as exc:
                raise HarFormatError(f"{path} is not a HAR file: {exc}") from None
            return
        ended, count = False, 0
        for raw in handle:
            line = raw.rstrip(b"\n").removesuffix(b",")
            if line == b"]}}":
                ended = True
            elif line:
                try:
                    entry = orjson.loads(line)
                except orjson.JSONDecodeError:
                    if handle.read(1):  # not the last line: the file is damaged, not cut short
                        raise HarFormatError(f"{path}: entry {count + 1} is not JSON") from None
                    break
                count += 1
                yield entry
        if not ended:
            warnings.warn(
                f"{path}: its last entry was cut short (a crash?) and is skipped;"
                f" {count} entries read",
                stacklevel=2,
            )


def last_complete_entry(path: Path) -> tuple[int, int]:
    """(the offset just after the last complete entry, the count of entries) of a recording of
    ours whose end was cut short; ``HarFormatError`` for a file that is not ours."""
    with path.open("rb") as handle:
        if handle.readline().rstrip(b"\n") != HEAD:
            raise HarFormatError(
                f"{path} does not end as a recording of mavi-mock proxy does; move it away"
                " or record into another directory"
            )
        end, count = len(HEAD), 0
        offset = handle.tell()
        for raw in handle:
            line = raw.rstrip(b"\n")
            body = line.removesuffix(b",")
            try:
                orjson.loads(body)
            except orjson.JSONDecodeError:
                break
            end, count = offset + len(body), count + 1
            offset += len(raw)
        return end, count


def read_entries(directory: Path) -> list[dict[str, Any]]:
    """Every entry of every ``*.har`` in ``directory``, file by file in name order."""
    entries: list[dict[str, Any]] = []
    for path in sorted(Path(directory).glob("*.har")):
        entries.extend(iter_entries(path))
    return entries
