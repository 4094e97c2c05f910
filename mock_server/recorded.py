"""A recording (``mavi-mock proxy --record DIR``) read for ``--replay`` (``replay.py``): its
answers indexed by the request they answered, the assets they show, each operation's dialects.

- ``load_recording(DIR)`` reads every ``*.har`` of DIR (``har.iter_entries``) once per change of
  the files (the ``--replay`` row's parser reads it first: a missing directory, one with no HAR,
  a broken HAR or entry is refused at start in one line). An entry is read and dropped: the
  answers keep their bodies as bytes, vectors as float32 bytes (memory, BENCHMARKS.md).
- The proxy's own 502 for an unreachable upstream (``_upstreamError``) is not an answer of the
  provider: left out (``unreachable`` counts them).
- A request's key (``Key``): its method; its path below the base path with its query sorted
  (``place``); its body's key: canonical JSON (``canonical``: orjson's sorted keys, so any key
  order or spacing), the bytes of a body that is not JSON, or an upload's ``file`` part by its
  SHA-256 (``upload_key``, ``_sha256`` in the HAR).
- Each recorded answer (``Answer``) keeps its status, its headers but the hop-by-hop ones and
  those the mock writes itself (``Date``, ``Server``...), and its body decoded, byte for byte.
- ``Recorded`` assets: every asset an upload, metadata or embedding answer names, with the last
  recorded status and the recorded embedding (``multimodalembedding@001``'s). A field that
  drifted (``file_size: null``, a vector with a string in it) is skipped, never the recording.
"""

from __future__ import annotations

import base64
import functools
import glob
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import orjson

from mavi_contract import DEFAULT_MODEL, DIALECTS

from .config import BASE_PATH
from .dialects import dialect_entries
from .drift import DriftBook, Finding
from .har import HOP_BY_HOP, iter_entries
from .store import Asset, now_ms

#: What an asset's vector is, when it is the recorded embedding.
RECIPE = '{"kind": "recorded"}'
#: Headers of a recorded answer the mock does not repeat: hop-by-hop ones (the proxy's set,
#: ``har.HOP_BY_HOP``), and those the server writes itself (the decoded body's length, its
#: request id, its date and name).
NOT_REPEATED = HOP_BY_HOP | {"content-length", "content-encoding", "x-request-id", "date", "server"}
#: The operation whose answers give a signed URL (rewritten to the mock's storage on replay).
SIGNED_URL = "createSignedUploadUrl"

#: (method, path below the base path with its sorted query, body key)
Key = tuple[str, str, bytes]


@dataclass(frozen=True, eq=False, slots=True)
class Answer:
    status: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    operation: str | None
    asset_id: str | None
    #: The dialects the answer conforms to (``_dialects``), as recorded.
    dialects: tuple[str, ...]
    #: A signed URL answer's ``signed_url`` as the body writes it (a JSON string; ``b""``: written
    #: otherwise, the body is written again), else None.
    signed_url: bytes | None = None


@dataclass(slots=True)
class Recorded:
    """A recorded asset, as the answers showed it."""

    asset_id: str
    status: str = "SUCCESS"
    filename: str = ""
    size: int = 0
    created: int = 0
    content_key: str = ""
    #: The recorded embedding, float32 little-endian.
    vector: bytes | None = None

    def asset(self) -> Asset:
        name = self.filename or f"{self.asset_id}.mp4"
        extension = name.rpartition(".")[2].lower() if "." in name else ""
        created = self.created or now_ms()
        vector = self.vector
        return Asset(
            self.asset_id, self.content_key or self.asset_id, extension, name, self.size,
            created, created, self.status, None, vector, RECIPE if vector else None,
        )  # fmt: skip


def _float32(values: list[Any]) -> bytes | None:
    """A recorded vector as float32 bytes; None if one of its values is not a finite number (a
    number in a string reads as the number)."""
    import numpy as np  # noqa: PLC0415 (the [mock] extra, as every module of the app)

    try:
        floats = np.asarray(values, dtype="<f4")
    except (TypeError, ValueError, OverflowError):
        return None
    return floats.tobytes() if floats.ndim == 1 and np.isfinite(floats).all() else None


@dataclass
class Recording:
    """What ``load_recording`` read: answers by request, assets, each operation's dialects."""

    answers: dict[Key, list[Answer]] = field(default_factory=dict)
    #: (method, path) of every recorded request: the others need not be read to miss.
    places: set[tuple[str, str]] = field(default_factory=set)
    uploads: set[tuple[str, str]] = field(default_factory=set)
    assets: dict[str, Recorded] = field(default_factory=dict)
    #: The answers' dialects by operation (the proxy's own book: one decision of the dialect).
    book: DriftBook = field(default_factory=DriftBook)
    #: The recorded exchanges replayed, and those left out (the proxy's own 502: no answer).
    requests: int = 0
    unreachable: int = 0
    #: The assets a recorded signed URL answer reserved (their upload is taken offline).
    signed: set[str] = field(default_factory=set)

    @property
    def dialects(self) -> dict[str, str]:
        """Each operation's dialect, as ``mavi-mock proxy`` prints it at exit."""
        return dialect_entries(self.book.dialect_setting())[1]


def canonical(raw: bytes) -> bytes:
    """A body's key: canonical JSON (sorted keys, no spacing), or its bytes if it is not JSON."""
    if not raw:
        return b""
    try:
        return orjson.dumps(orjson.loads(raw), option=orjson.OPT_SORT_KEYS)
    except (orjson.JSONDecodeError, orjson.JSONEncodeError):  # not JSON, or nested too deep
        return raw


def upload_key(sha256: str) -> bytes:
    return b"sha256:" + sha256.encode()


def place(path: str, query: str) -> str:
    """A path below the base path, with its query sorted."""
    pairs = sorted(parse_qsl(query, keep_blank_values=True))
    return path + ("?" + urlencode(pairs) if pairs else "")


@functools.lru_cache(maxsize=1)
def _load(directory: Path, stamp: tuple[tuple[str, int, int], ...]) -> Recording:
    """Read entry by entry (the parsed entries are not kept): the answers' bodies as bytes, the
    vectors as float32 bytes, header lists shared by the answers that repeat them."""
    recording = Recording()
    headers: dict[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]] = {}
    try:
        for name, _, _ in stamp:
            for number, entry in enumerate(iter_entries(directory / name), 1):
                try:
                    _add(recording, entry, headers)
                except (KeyError, TypeError, ValueError, AttributeError) as exc:
                    raise LookupError(
                        f"{directory / name}: entry {number}: not a recorded exchange"
                        f" ({type(exc).__name__}: {exc})"
                    ) from None
    except LookupError as exc:
        raise ValueError(str(exc)) from None
    except (ValueError, OSError) as exc:
        raise ValueError(str(exc).partition("\n")[0]) from None
    return recording


def forget_recordings() -> None:
    """Drop the recording read last (``serve.run``'s master, once its workers will read it)."""
    _load.cache_clear()


def load_recording(directory: Path) -> Recording:
    """The recording in ``directory``'s ``*.har`` files, read once (again if they change);
    ValueError, in one line, if there is none or one does not read."""
    if directory.is_file() and directory.suffix == ".har":  # one recording, named
        directory, pattern = directory.parent, glob.escape(directory.name)
    elif directory.is_dir():
        pattern = "*.har"
    elif directory.is_file():
        raise ValueError(f"{directory} is neither a directory nor a recording (*.har)")
    else:
        raise ValueError(f"no such directory: {directory}")
    try:
        files = sorted(p for p in directory.glob(pattern) if p.is_file())
        stamp = tuple((p.name, (s := p.stat()).st_mtime_ns, s.st_size) for p in files)
    except OSError as exc:
        raise ValueError(f"cannot read {directory}: {exc}") from None
    if not files:
        below = sorted({p.parent.name for p in directory.glob("*/*.har")})[:5]
        hint = f"; these directories below it do: {', '.join(below)}" if below else ""
        raise ValueError(
            f"{directory} holds no recording (*.har, as mavi-mock proxy --record DIR writes)" + hint
        )
    return _load(directory, stamp)


def _add(
    recording: Recording,
    entry: dict[str, Any],
    shared: dict[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]],
) -> None:
    if entry.get("_upstreamError"):  # the proxy's own 502: the provider answered nothing
        recording.unreachable += 1
        return
    request, response = entry["request"], entry["response"]
    method = str(request["method"]).upper()
    url = urlsplit(request["url"])
    path = entry.get("_apiPath") or url.path.partition(BASE_PATH)[2] or url.path
    where = place(path, url.query)
    post = request.get("postData") or {}
    files = [p for p in post.get("params") or () if p.get("name") == "file" and "_sha256" in p]
    body = upload_key(files[0]["_sha256"]) if files else canonical(post.get("text", "").encode())
    content = response["content"]
    text = content.get("text", "")
    raw = base64.b64decode(text) if content.get("encoding") == "base64" else text.encode()
    operation = entry.get("_operation")
    dialects = tuple(d for d in entry.get("_dialects") or () if d in DIALECTS)
    status = int(response["status"])
    # An answer the proxy could not decode (``_contentEncoding``) was kept as its encoded bytes:
    # its Content-Encoding goes with them.
    kept = {"content-encoding"} if content.get("_contentEncoding") else set()
    headers = tuple(
        (str(h["name"]), str(h["value"]))
        for h in response.get("headers", ())
        if str(h["name"]).lower() not in NOT_REPEATED - kept
    )
    asset_id = _asset_of(path, body if not files else b"", raw)
    signed = _signed_url(raw) if operation == SIGNED_URL and status == 200 else None
    if signed is not None and asset_id is not None:
        recording.signed.add(asset_id)
    answer = Answer(
        f"{status} {response.get('statusText') or 'Recorded'}",
        shared.setdefault(headers, headers),
        raw,
        operation,
        asset_id,
        dialects,
        signed,
    )
    recording.requests += 1
    recording.answers.setdefault((method, where, body), []).append(answer)
    recording.places.add((method, where))
    if files:
        recording.uploads.add((method, where))
    if operation and dialects:
        recording.book.add(Finding(operation, dialects))
    if status == 200:
        _note_assets(recording, body, raw, files[0] if files else None)


def _asset_of(path: str, body: bytes, answer: bytes) -> str | None:
    """The asset a request is about: its path's, its JSON body's, or the one its answer made."""
    head, _, rest = path.lstrip("/").partition("/")
    if head.startswith("re_") and rest:
        return head
    for data in (json_of(body), _data(answer)):
        if isinstance(data, dict) and isinstance(data.get("asset_id"), str):
            return str(data["asset_id"])
    return None


def _data(raw: bytes) -> Any:
    """The ``data`` of an envelope, or None (not JSON, not an object)."""
    body = json_of(raw) if raw.startswith(b"{") else None
    return body.get("data") if isinstance(body, dict) else None


def _signed_url(raw: bytes) -> bytes | None:
    """A signed URL answer's ``signed_url`` as the body writes it (a JSON string); ``b""`` if it
    writes it otherwise (escaped: ``\\u0026``); None if the answer has none."""
    data = _data(raw)
    url = data.get("signed_url") if isinstance(data, dict) else None
    if not isinstance(url, str):
        return None
    written = orjson.dumps(url)
    return written if written in raw else b""


def _number(value: Any, default: int) -> int:
    """A recorded integer field (a string of digits or a number), or ``default`` if it drifted."""
    if isinstance(value, bool) or not isinstance(value, int | str | float):
        return default
    try:
        return int(value)
    except (ValueError, OverflowError):
        return default


def _text(value: Any, default: str) -> str:
    return value if isinstance(value, str) else default


def json_of(raw: bytes) -> Any:
    try:
        return orjson.loads(raw) if raw else None
    except orjson.JSONDecodeError:
        return None


def _note_assets(
    recording: Recording, body: bytes, raw: bytes, file: dict[str, Any] | None
) -> None:
    """Note the assets an answer (and its request) shows: made, their records, their vectors.
    A field that drifted (another type, missing) is left at what was known: the asset stays."""
    data = _data(raw)
    if not isinstance(data, dict):
        return
    assets = recording.assets
    if isinstance(made := data.get("asset_id"), str):  # an upload's (or a signed URL's) answer
        asset = assets.setdefault(made, Recorded(made))
        if file is not None:
            asset.filename = _text(file.get("fileName"), asset.filename)
            asset.size, asset.content_key = _number(file.get("_size"), 0), str(file["_sha256"])
    resource = data.get("resource")
    for record in resource if isinstance(resource, list) else ():  # a metadata answer
        if not isinstance(record, dict) or not isinstance(named := record.get("asset_id"), str):
            continue
        asset = assets.setdefault(named, Recorded(named))
        asset.status = _text(record.get("upload_status"), asset.status)
        asset.filename = _text(record.get("original_filename"), asset.filename)
        asset.size = _number(record.get("file_size"), asset.size)
        asset.created = _number(record.get("create_time"), asset.created)
    asked = json_of(body)
    if (
        isinstance(vector := data.get("embedding"), list)
        and isinstance(asked, dict)
        and asked.get("model", DEFAULT_MODEL) == DEFAULT_MODEL
        and isinstance(named := asked.get("asset_id"), str)
        and (floats := _float32(vector)) is not None
    ):
        assets.setdefault(named, Recorded(named)).vector = floats
