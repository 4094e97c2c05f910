"""A recording (``mavi-mock proxy --record DIR``) read for ``--replay`` (``replay.py``): its
answers indexed by the request they answered, the assets they show, each operation's dialects.

- ``load_recording(DIR)`` reads every ``*.har`` of DIR (``har.read_entries``) once per change of
  the files (the ``--replay`` row's parser reads it first: a missing directory, one with no HAR,
  a broken HAR or entry is refused at start in one line).
- A request's key (``Key``): its method; its path below the base path with its query sorted
  (``place``); its body's key: canonical JSON (``canonical``: orjson's sorted keys, so any key
  order or spacing), the bytes of a body that is not JSON, or an upload's ``file`` part by its
  SHA-256 (``upload_key``, ``_sha256`` in the HAR).
- Each recorded answer (``Answer``) keeps its status, its headers but the hop-by-hop ones and
  those the mock writes itself, and its body decoded, byte for byte.
- ``Recorded`` assets: every asset an upload, metadata or embedding answer names, with the last
  recorded status and the recorded embedding (``multimodalembedding@001``'s).
"""

from __future__ import annotations

import base64
import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import orjson

from mavi_contract import DEFAULT_MODEL, DIALECTS

from .config import BASE_PATH
from .dialects import dialect_entries
from .drift import DriftBook, Finding
from .har import read_entries
from .store import Asset, now_ms

#: What an asset's vector is, when it is the recorded embedding.
RECIPE = '{"kind": "recorded"}'
#: Headers of a recorded answer the mock does not repeat: hop-by-hop ones, and those it writes
#: itself (the length of the decoded body, its own request id).
NOT_REPEATED = frozenset(
    {
        "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer",
        "trailers", "transfer-encoding", "upgrade", "content-length", "content-encoding",
        "x-request-id",
    }
)  # fmt: skip

#: (method, path below the base path with its sorted query, body key)
Key = tuple[str, str, bytes]


@dataclass(frozen=True, eq=False)
class Answer:
    status: str
    headers: list[tuple[str, str]]
    body: bytes
    operation: str | None
    asset_id: str | None
    #: The dialects the answer conforms to (``_dialects``), as recorded.
    dialects: tuple[str, ...]


@dataclass
class Recorded:
    """A recorded asset, as the answers showed it."""

    asset_id: str
    status: str = "SUCCESS"
    filename: str = ""
    size: int = 0
    created: int = 0
    content_key: str = ""
    vector: list[float] | None = None

    def asset(self) -> Asset:
        name = self.filename or f"{self.asset_id}.mp4"
        extension = name.rpartition(".")[2].lower() if "." in name else ""
        created = self.created or now_ms()
        vector = None if self.vector is None else _float32(self.vector)
        return Asset(
            self.asset_id, self.content_key or self.asset_id, extension, name, self.size,
            created, created, self.status, None, vector, RECIPE if vector else None,
        )  # fmt: skip


def _float32(values: list[float]) -> bytes:
    import numpy as np  # noqa: PLC0415 (the [mock] extra, as every module of the app)

    return np.asarray(values, dtype="<f4").tobytes()


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
    except orjson.JSONDecodeError:
        return raw


def upload_key(sha256: str) -> bytes:
    return b"sha256:" + sha256.encode()


def place(path: str, query: str) -> str:
    """A path below the base path, with its query sorted."""
    pairs = sorted(parse_qsl(query, keep_blank_values=True))
    return path + ("?" + urlencode(pairs) if pairs else "")


@functools.lru_cache(maxsize=8)
def _load(directory: Path, stamp: tuple[tuple[str, int, int], ...]) -> Recording:
    try:
        entries = read_entries(directory)
    except (ValueError, OSError) as exc:
        raise ValueError(str(exc).partition("\n")[0]) from None
    recording = Recording()
    for number, entry in enumerate(entries, 1):
        try:
            _add(recording, entry)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValueError(
                f"{directory}: entry {number}: not a recorded exchange ({type(exc).__name__}:"
                f" {exc})"
            ) from None
    return recording


def load_recording(directory: Path) -> Recording:
    """The recording in ``directory``'s ``*.har`` files, read once (again if they change);
    ValueError, in one line, if there is none or one does not read."""
    if not directory.is_dir():
        raise ValueError(f"no such directory: {directory}")
    try:
        files = sorted(directory.glob("*.har"))
        stamp = tuple((p.name, (s := p.stat()).st_mtime_ns, s.st_size) for p in files)
    except OSError as exc:
        raise ValueError(f"cannot read {directory}: {exc}") from None
    if not files:
        raise ValueError(f"{directory} holds no recording (*.har)")
    return _load(directory, stamp)


def _add(recording: Recording, entry: dict[str, Any]) -> None:
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
    answer = Answer(
        f"{status} {response.get('statusText') or 'Recorded'}",
        [
            (str(h["name"]), str(h["value"]))
            for h in response.get("headers", ())
            if str(h["name"]).lower() not in NOT_REPEATED
        ],
        raw,
        operation,
        _asset_of(path, body if not files else b"", raw),
        dialects,
    )
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
    for data in (json_of(body), (json_of(answer) or {}).get("data")):
        if isinstance(data, dict) and isinstance(data.get("asset_id"), str):
            return str(data["asset_id"])
    return None


def json_of(raw: bytes) -> Any:
    try:
        return orjson.loads(raw) if raw else None
    except orjson.JSONDecodeError:
        return None


def _note_assets(
    recording: Recording, body: bytes, raw: bytes, file: dict[str, Any] | None
) -> None:
    """Note the assets an answer (and its request) shows: made, their records, their vectors."""
    data = (json_of(raw) or {}).get("data") if raw.startswith(b"{") else None
    if not isinstance(data, dict):
        return
    assets = recording.assets
    if isinstance(made := data.get("asset_id"), str):  # an upload's (or a signed URL's) answer
        asset = assets.setdefault(made, Recorded(made))
        if file is not None:
            asset.filename = str(file.get("fileName") or "")
            asset.size, asset.content_key = int(file.get("_size") or 0), str(file["_sha256"])
    for record in data.get("resource") or ():  # a metadata answer
        asset = assets.setdefault(str(record["asset_id"]), Recorded(str(record["asset_id"])))
        asset.status, asset.filename = (
            str(record["upload_status"]),
            str(record["original_filename"]),
        )
        asset.size, asset.created = int(record["file_size"]), int(record["create_time"])
    asked = json_of(body)
    if (
        isinstance(vector := data.get("embedding"), list)
        and isinstance(asked, dict)
        and asked.get("model", DEFAULT_MODEL) == DEFAULT_MODEL
        and isinstance(named := asked.get("asset_id"), str)
    ):
        assets.setdefault(named, Recorded(named)).vector = [float(v) for v in vector]
