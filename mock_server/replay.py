"""``mavi-mock --replay DIR [--replay-strict]``: the answers a recording holds (``mavi-mock proxy
--record DIR``, read by ``recorded.py``), served to the requests that match them.

- A request matches a recorded one by its key (``recorded.py``): method, path below the base
  path with its query sorted, canonical JSON body (any key order or spacing), or for an upload
  its ``file`` part's SHA-256, hashed here as the body is read (and kept for Flask).
- Several answers recorded for one request (a polling sequence) are served in their order, the
  last repeating. The position is shared by every worker (``runtime.sqlite``'s
  ``replay_cursors``) and starts again at a reset (``store.clear_runtime``); one answer needs none.
- ``replayer`` is a WSGI layer (``wsgi.stack``, inside ``exchanges``, before the shortcut): the
  request's key is checked first (``auth.key_problem``; a refused one goes on, to its 401), and a
  replayed answer is journaled as any other (operation, asset id, dialect, code, outcome). A
  request with a ``Prefer`` header asks the mock for something (a code, a dialect, a delay):
  the mock answers it, never a recording, even with ``--replay-strict``.
- Recorded assets exist (``put_assets``): every asset an upload, metadata or embedding answer
  names is in the store with its recorded status and, as its vector, its recorded embedding
  (at ``--dimension``), so that a request no recording matches (another dialect, a ``Prefer``)
  gets the mock's own answer about it; a reset keeps them, as it keeps the examples.
- A request no recording matches gets the mock's own answer; with ``--replay-strict``, a 404
  envelope naming it and the nearest recorded request (same operation, closest body) and what
  differs.
- The recording's dialects: each operation's (the one most of its answers conform to) leads the
  ``dialect`` setting the mock starts with (``recorded_config``); the user's own entries win.
"""

from __future__ import annotations

import difflib
import hashlib
import heapq
import io
import itertools
import tempfile
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import parse_qsl

import orjson
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.http import parse_options_header
from werkzeug.sansio import multipart

from mavi_contract import DIALECTS

from .auth import key_problem
from .config import BASE_PATH, MockConfig
from .dialects import dialect_entries, operation_of, parse_dialects
from .disk import StoreFull
from .exchange import EXCHANGE_KEY, Exchange
from .handlers import STORAGE_PATH
from .recorded import (
    Answer,
    Key,
    Recording,
    canonical,
    json_of,
    load_recording,
    place,
    upload_key,
)
from .signed import reserve, take

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

    from .contract import Contract
    from .state import MockState


def recorded_config(config: MockConfig) -> MockConfig:
    """``config`` with the recording's dialect for each operation it holds, under the user's own
    entries (which win) and default."""
    if config.replay is None:
        return config
    recorded = load_recording(config.replay).dialects
    if not recorded:
        return config
    default, chosen = dialect_entries(config.dialect)
    table = {**recorded, **chosen}
    setting = ",".join([default, *(f"{op}={d}" for op, d in table.items())])
    return config.replace(dialect=parse_dialects(setting))


def describe_replay(config: MockConfig) -> list[str]:
    """The banner's lines about ``--replay`` (none without it): the directory, the recorded
    requests, strict or not, the dialect rule; a warning if a recorded vector is not of
    ``--dimension`` values (the mock's own answers then make their own vectors)."""
    if config.replay is None:
        return []
    recording = load_recording(config.replay)
    count = recording.requests
    lines = [
        f"mavi-mock: replaying {config.replay}: {count} recorded request{'s' * (count != 1)}, "
        + (
            "strict (a request no recording matches gets a 404 naming the nearest)"
            if config.replay_strict
            else "not strict (a request no recording matches gets the mock's own answer)"
        )
        + (
            f"; {recording.unreachable} unreachable-upstream 502s left out"
            * (recording.unreachable > 0)
        )
        + "; dialects: the recording's per operation, under your --dialect's own entries"
    ]
    lengths = sorted({len(a.vector) // 4 for a in recording.assets.values() if a.vector})
    if other := [n for n in lengths if n != config.dimension]:
        lines.append(
            f"mavi-mock: warning: the recording holds a recorded vector of {other[0]} values,"
            f" not --dimension {config.dimension}: the mock's own answers about such an asset"
            " make their own vector (set --dimension to the recorded length to serve it)"
        )
    return lines


def put_assets(mock: MockState, recording: Recording) -> None:
    """The recording's assets in the store, over what it holds under their ids."""
    mock.store.add_recorded([a.asset() for a in recording.assets.values()], replace=True)


def replayer(mock: MockState, app: WSGIApplication) -> WSGIApplication:
    """Serve the recorded answer to a request that matches one; pass anything else to ``app``
    (or, with ``--replay-strict``, answer it with a 404 that names the nearest recorded one)."""
    config = mock.config
    if config.replay is None:
        return app
    recording = load_recording(config.replay)
    put_assets(mock, recording)
    meanings = {
        answer: _meaning(answer, mock.contract)
        for answers in recording.answers.values()
        for answer in answers
    }
    cursors = {
        key: hashlib.blake2b(repr(key).encode(), digest_size=16).hexdigest()
        for key, answers in recording.answers.items()
        if len(answers) > 1
    }
    strict = config.replay_strict

    def serve(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        path: str = environ.get("PATH_INFO", "")
        method: str = environ["REQUEST_METHOD"]
        if path.startswith(STORAGE) and path[len(STORAGE) :] in recording.signed:
            return _signed_upload(mock, path[len(STORAGE) :], environ, start_response, app)
        if not path.startswith(API) or method == "OPTIONS" or "HTTP_PREFER" in environ:
            return app(environ, start_response)
        where = place(path[len(BASE_PATH) :], environ.get("QUERY_STRING", ""))
        if (
            (not strict and (method, where) not in recording.places)
            or "HTTP_AUTHORIZATION" not in environ
            or key_problem(environ["HTTP_AUTHORIZATION"], config) is not None
        ):
            return app(environ, start_response)
        exchange: Exchange = environ[EXCHANGE_KEY]
        body = _body_key(environ, config, exchange, upload=(method, where) in recording.uploads)
        if isinstance(body, str):  # not read here: not matched
            if strict:
                key = (method, where, b"")
                return _miss(mock, recording, exchange, key, start_response, unread=body)
            return app(environ, start_response)
        key = (method, where, body)
        answers = recording.answers.get(key)
        if answers is None:
            if strict:
                return _miss(mock, recording, exchange, key, start_response)
            return app(environ, start_response)
        try:
            answer = answers[_position(mock, cursors[key], len(answers)) if key in cursors else 0]
            payload = answer.body
            if answer.signed_url is not None and answer.asset_id is not None:
                payload = _fresh_signed_url(mock, recording, answer, body, environ)
        except StoreFull:  # no cursor to move: the mock's own path answers (a 503 if it must)
            return app(environ, start_response)
        exchange.operation, exchange.asset_id = answer.operation, answer.asset_id
        dialect, exchange.code, exchange.outcome = meanings[answer]
        exchange.dialect = dialect or exchange.dialect
        start_response(answer.status, [*answer.headers, ("Content-Length", str(len(payload)))])
        return [payload]

    return serve


API = BASE_PATH + "/"
STORAGE = STORAGE_PATH + "/"
#: Read from a request at a time (an upload is hashed as it is read, and kept for Flask).
CHUNK = 64 * 1024


def _position(mock: MockState, cursor: str, count: int) -> int:
    """The place of the answer to serve now in a sequence of ``count``: the next, or the last."""
    with mock.store.runtime() as db:
        served = db.execute(
            "INSERT INTO replay_cursors VALUES (?, 1) ON CONFLICT (answers)"
            " DO UPDATE SET served = served + 1 RETURNING served",
            (cursor,),
        ).fetchone()[0]
    return min(int(served), count) - 1


def _meaning(answer: Answer, contract: Contract) -> tuple[str | None, str | int | None, int]:
    """(dialect, code, outcome) of a recorded answer, for the journal: its recorded dialect (None:
    not recorded), the status an error envelope stands for (a legacy one travels at 200), else
    the HTTP status."""
    status = int(answer.status.partition(" ")[0])
    named = answer.dialects[0] if answer.dialects else None
    dialect = named or DIALECTS[0]
    body = json_of(answer.body) if answer.body.startswith(b"{") else None
    code = body.get("code") if isinstance(body, dict) else None
    if not isinstance(code, str | int) or isinstance(code, bool):
        return named, None, status
    if status == 200 and code != contract.code_for(200, dialect):
        status = next(
            (row.status for row in contract.codes.values() if code in row.codes.values()), status
        )
    return named, code, status


def _body_key(
    environ: WSGIEnvironment, config: MockConfig, exchange: Exchange, *, upload: bool
) -> bytes | str:
    """The request body's key, read here (and given back to Flask whole); why not, if it cannot
    be read here (a chunked body, one over its limit): the mock's own path answers it, or with
    ``--replay-strict`` the 404 that says so."""
    length = str(environ.get("CONTENT_LENGTH") or "0")
    if "HTTP_TRANSFER_ENCODING" in environ or not length.isdigit():
        return "chunked, of no length"
    mimetype, options = parse_options_header(environ.get("CONTENT_TYPE", ""))
    if mimetype.lower() == "multipart/form-data":
        if not upload:  # nothing recorded here was an upload: no need to read it
            return b"multipart/form-data"
        if int(length) > config.max_upload:
            return f"an upload over the limit, {config.max_upload} bytes"
        if "boundary" not in options:
            return "multipart with no boundary"
        digest, spool = _file_digest(environ["wsgi.input"], int(length), options["boundary"])
        environ["wsgi.input"] = spool
        exchange.upload_summary = f"multipart: file sha256 {digest[:12]}" if digest else None
        return upload_key(digest) if digest else b"multipart/form-data"
    if int(length) > config.max_body:
        return f"over the limit, {config.max_body} bytes"
    raw = environ["wsgi.input"].read(int(length))
    environ["wsgi.input"] = io.BytesIO(raw)
    exchange.raw_body = raw or None
    return canonical(raw)


def _file_digest(stream: IO[bytes], length: int, boundary: str) -> tuple[str | None, IO[bytes]]:
    """The SHA-256 of the ``file`` part of a multipart body, hashed as it is read, and the body
    kept (in memory, or on disk past 1 MiB) for Flask."""
    spool = tempfile.SpooledTemporaryFile(max_size=1 << 20)  # noqa: SIM115 (Flask reads it)
    decoder = multipart.MultipartDecoder(boundary.encode(), 500_000)
    digest: str | None = None
    hashing: Any = None
    left = length
    try:
        while True:
            data = stream.read(min(CHUNK, left)) if left else b""
            left -= len(data)
            spool.write(data)
            decoder.receive_data(data or None)
            event = decoder.next_event()
            while not isinstance(event, multipart.NeedData | multipart.Epilogue):
                if isinstance(event, multipart.File | multipart.Field):
                    named = event.name == "file" and digest is None
                    hashing = hashlib.sha256() if named else None
                elif isinstance(event, multipart.Data) and hashing is not None:
                    hashing.update(event.data)
                    if not event.more_data:
                        digest, hashing = hashing.hexdigest(), None
                event = decoder.next_event()
            if not data:
                break
    except (ValueError, RequestEntityTooLarge):  # a broken body: Flask says so
        digest = None
        spool.write(stream.read(left) if left else b"")
    spool.seek(0)
    return digest, spool


def _miss(
    mock: MockState,
    recording: Recording,
    exchange: Exchange,
    key: Key,
    start_response: StartResponse,
    *,
    unread: str | None = None,
) -> Iterable[bytes]:
    """``--replay-strict``'s 404, in the request's dialect (the envelope of
    ``envelope.error_body``, which needs Flask's app context this layer runs outside of)."""
    method, where, body = key
    operation = operation_of(mock.contract, method, BASE_PATH + where.partition("?")[0])
    message = f"No recorded answer for {method} {where} {_summary(body)}".rstrip()
    near = None if unread else _nearest(recording, key, operation)
    if unread:
        message += f": its body could not be matched ({unread})"
    elif near is None:
        message += f"; nothing recorded for {operation or 'this path'}"
    else:
        message += f"; nearest recorded: {near[0]} {near[1]} {_summary(near[2])}".rstrip()
        message += f"; differs: {_difference(key, near)}"
    exchange.operation = operation
    contract, dialect = mock.contract, exchange.dialect
    code = contract.code_for(404, dialect)
    exchange.code, exchange.outcome = code, 404
    envelope: dict[str, Any] = {"code": code, "msg": message, "data": None}
    if dialect != "modern":
        envelope |= {"success": False, "failed": True}
    payload = orjson.dumps(envelope)
    start_response(
        "200 OK" if dialect == "legacy" else "404 NOT FOUND",
        [("Content-Type", "application/json"), ("Content-Length", str(len(payload)))],
    )
    return [payload]


def _summary(body: bytes) -> str:
    text = body[:160].decode("utf-8", "replace")
    return text + ("..." if len(body) > 160 else "")


#: A strict miss looks at this many recorded requests at most, compares the fields of the
#: nearest ``COMPARED`` of them, and the first ``PREFIX`` bytes of their bodies.
SCANNED, COMPARED, PREFIX = 5000, 16, 1024


def _nearest(recording: Recording, key: Key, operation: str | None) -> Key | None:
    """The recorded request nearest ``key``: same operation (or path), closest body. Bounded:
    the candidates are ranked by the JSON fields they share first (cheap), and only the best
    ``COMPARED`` are compared as text (difflib, on their first ``PREFIX`` bytes)."""
    method, where, body = key
    candidates = [
        other
        for other in itertools.islice(recording.answers, SCANNED)
        if other[0] == method
        and (
            other[1] == where
            or (operation is not None and recording.answers[other][0].operation == operation)
        )
    ]
    if not candidates:
        return None
    mine = _fields(body)
    best = heapq.nlargest(
        COMPARED, candidates, key=lambda o: (o[1] == where, len(mine & _fields(o[2])))
    )
    head = body[:PREFIX]
    return max(
        best,
        key=lambda o: (o[1] == where, difflib.SequenceMatcher(None, o[2][:PREFIX], head).ratio()),
    )


def _fields(body: bytes) -> set[tuple[str, bytes]]:
    """A JSON object body's fields, each as (name, its value's canonical JSON); empty otherwise."""
    data = json_of(body) if body.startswith(b"{") else None
    if not isinstance(data, dict):
        return set()
    return {(str(k), orjson.dumps(v, option=orjson.OPT_SORT_KEYS)) for k, v in data.items()}


def _fresh_signed_url(
    mock: MockState, recording: Recording, answer: Answer, body: bytes, environ: WSGIEnvironment
) -> bytes:
    """A replayed signed URL answer, its ``signed_url`` rewritten to this mock's storage with a
    fresh signature for the recorded asset (``signed.reserve``), the rest byte for byte (unless
    the recorded body wrote the URL in another form than orjson's: then written again)."""
    asset_id = str(answer.asset_id)
    asked = json_of(body)
    named = asked.get("original_filename") if isinstance(asked, dict) else None
    known = recording.assets.get(asset_id)
    filename = named if isinstance(named, str) else (known.filename if known else "")
    signed = reserve(
        mock.store, asset_id, filename or f"{asset_id}.mp4", mock.config.signed_url_ttl
    )
    host = environ.get("HTTP_HOST") or f"{environ['SERVER_NAME']}:{environ['SERVER_PORT']}"
    url = (
        f"{environ['wsgi.url_scheme']}://{host}{STORAGE}{asset_id}"
        f"?expires={signed.expires_ms // 1000}&signature={signed.signature}"
    )
    if answer.signed_url:  # the rest byte for byte
        return answer.body.replace(answer.signed_url, orjson.dumps(url), 1)
    whole = orjson.loads(answer.body)  # written otherwise (escaped): written again
    whole["data"]["signed_url"] = url
    return orjson.dumps(whole)


def _signed_upload(
    mock: MockState,
    asset_id: str,
    environ: WSGIEnvironment,
    start_response: StartResponse,
    app: WSGIApplication,
) -> Iterable[bytes]:
    """The upload to a replayed signed URL: taken (204) and its body read and dropped, the
    recorded asset left as recorded; anything else (a forged, used or expired URL, an empty or
    oversized body) goes to the storage's own route, which says why."""
    length = str(environ.get("CONTENT_LENGTH") or "")
    query = dict(parse_qsl(environ.get("QUERY_STRING", "")))
    try:
        if (
            environ["REQUEST_METHOD"] != "POST"
            or "HTTP_TRANSFER_ENCODING" in environ
            or not length.isdigit()
            or not 0 < int(length) <= mock.config.max_upload
            or not take(mock.store, asset_id, query.get("signature", ""), query.get("expires", ""))
        ):
            return app(environ, start_response)
    except StoreFull:
        return app(environ, start_response)
    left, stream = int(length), environ["wsgi.input"]
    while left > 0 and (data := stream.read(min(CHUNK, left))):
        left -= len(data)
    exchange: Exchange | None = environ.get(EXCHANGE_KEY)
    if exchange is not None:
        exchange.operation, exchange.asset_id, exchange.outcome = (
            "uploadToSignedUrl",
            asset_id,
            204,
        )
    start_response("204 No Content", [("Content-Length", "0")])
    return []


def _difference(key: Key, near: Key) -> str:
    """What differs between a request and a recorded one: the path, the JSON body's fields."""
    parts = [] if key[1] == near[1] else [f"path {key[1]} vs {near[1]}"]
    mine, theirs = json_of(key[2]), json_of(near[2])
    if isinstance(mine, dict) and isinstance(theirs, dict):
        fields = sorted(k for k in mine.keys() | theirs.keys() if mine.get(k) != theirs.get(k))
        parts += fields
    elif key[2] != near[2]:
        parts.append("the body")
    return ", ".join(parts) or "nothing (another query)"
