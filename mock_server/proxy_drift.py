"""The proxy's drift (``mavi-mock proxy``): each exchange's finding, masked; the report at exit.

``checked`` holds one exchange against the contract (``drift.Conformance``) and masks what the
finding quotes (a violation's message quotes the instance: a signed URL's signature, the caller's
key in a body) before it reaches a ``DriftBook``, so that ``GET /__mock/drift`` and ``drift.md``
never show a secret. An answer in a Content-Encoding the proxy cannot decode (it reads gzip and
deflate, and narrows the caller's ``Accept-Encoding`` to them) is not checked: a note says so,
and the HAR keeps its bytes as they came (base64, with a comment), never an empty body.

At exit the master reports (``report_at_exit``): with ``--record``, it recomputes the drift from
the HAR this run wrote (``drift_since``: entry by entry, flat memory) for ``DIR/drift.md`` and the
``--dialect`` line. Without ``--record`` nothing is recorded: the worker's ``Summary`` writes its
DriftBook's report and ``--dialect`` setting to one scratch file (atomically, at most once a
second, and when the worker stops), which the master reads: disk use stays one small file
whatever the exchange count. (A worker respawned after a crash starts a new DriftBook.)
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import os
import threading
from pathlib import Path
from typing import Any

import orjson

from .drift import Conformance, DriftBook, Finding, Observed
from .har import HAR_NAME, Masker, iter_entries

JSON_TYPE = "application/json"
#: The field of a HAR ``content`` that names an encoding the proxy did not decode.
UNDECODED = "_contentEncoding"


def masked(finding: Finding, masker: Masker) -> Finding:
    """The finding with its messages and notes masked (the key, signed-URL secrets)."""
    return dataclasses.replace(
        finding,
        violations=[
            dataclasses.replace(v, message=masker.text(v.message)) for v in finding.violations
        ],
        notes=[masker.text(note) for note in finding.notes],
    )


def checked(
    conformance: Conformance, seen: Observed, masker: Masker, undecoded: str | None = None
) -> Finding:
    """The exchange's finding, masked; an answer in an encoding not decoded is not checked."""
    operation = conformance.operation_of(seen.method, seen.api_path)
    if undecoded is None:
        try:
            return masked(conformance.check(seen), masker)
        except (ValueError, RecursionError) as exc:  # e.g. JSON nested past the validator's limit
            why = str(exc).partition("\n")[0][:200]
            return Finding(operation, (), [], [masker.text(f"an exchange was not checked: {why}")])
    note = f"answers in Content-Encoding {undecoded} were not checked (the proxy decodes gzip"
    return Finding(operation, (), [], [masker.text(note + ", deflate)")])


def undecoded_content(raw: bytes, mime_type: str, encoding: str) -> dict[str, Any]:
    """HAR's ``content`` of an answer the proxy could not decode: its bytes as they came."""
    return {
        "size": len(raw),
        "mimeType": mime_type,
        "text": base64.b64encode(raw).decode(),
        "encoding": "base64",
        "comment": f"Content-Encoding {encoding}: not decoded, the bytes as they came",
        UNDECODED: encoding,
    }


def observed_of(entry: dict[str, Any]) -> tuple[Observed, str | None]:
    """What the proxy checked for a recorded entry, and the encoding it did not decode."""
    request, response = entry["request"], entry["response"]
    post = request.get("postData") or {}
    mime = post.get("mimeType") or None
    body = post.get("text", "").encode() if mime and mime.lower().startswith(JSON_TYPE) else None
    content = response.get("content", {})
    text = content.get("text", "")
    answer = base64.b64decode(text) if content.get("encoding") == "base64" else text.encode()
    seen = Observed(
        request["method"],
        entry.get("_apiPath", ""),
        mime,
        body,
        response["status"],
        content.get("mimeType") or None,
        answer,
        entry.get("_upstreamError"),
    )
    return seen, content.get(UNDECODED)


def drift_since(path: Path, skip: int) -> DriftBook:
    """The drift of the entries of ``path`` after its first ``skip`` (this run's)."""
    conformance, book, masker = Conformance(), DriftBook(), Masker()
    if path.exists():
        for index, entry in enumerate(iter_entries(path)):
            if index >= skip:
                seen, undecoded = observed_of(entry)
                book.add(checked(conformance, seen, masker, undecoded))
    return book


class Summary:
    """Without ``--record``: the worker's DriftBook in one scratch file, replaced atomically at
    most once every ``every`` seconds while exchanges come, and at ``close``."""

    def __init__(self, path: Path, book: DriftBook, every: float = 1.0) -> None:
        self.path, self.book, self.every = path, book, every
        self.writes = 0
        self._seen = self._written = 0
        self._lock = threading.Lock()
        self._changed = threading.Event()
        self._closed = threading.Event()
        self._thread = threading.Thread(target=self._run, name="drift-summary", daemon=True)
        self._thread.start()

    def changed(self) -> None:
        with self._lock:
            self._seen += 1
        self._changed.set()

    def _run(self) -> None:
        while True:
            self._changed.wait()
            if self._closed.is_set():
                return
            self._changed.clear()
            self.write()
            self._closed.wait(self.every)

    def write(self) -> None:
        with self._lock:
            seen = self._seen
            value = {"dialect": self.book.dialect_setting(), "report": self.book.report()}
            scratch = self.path.with_name(self.path.name + ".tmp")
            try:
                scratch.write_bytes(orjson.dumps(value))
                os.replace(scratch, self.path)
            except OSError:
                return  # a full disk: the next write tries again
            self._written, self.writes = seen, self.writes + 1

    def close(self) -> None:
        if self._closed.is_set():
            return
        self._closed.set()
        self._changed.set()
        self._thread.join(timeout=5)
        if self._seen != self._written:
            self.write()


def report_at_exit(record: str | None, summary: str | None, skip: int) -> list[str]:
    """The master's report (the lines for stderr): ``drift.md`` from this run's HAR entries
    with ``--record``, else the worker's summary."""
    if record:
        directory = Path(record)
        try:
            book = drift_since(directory / HAR_NAME, skip)
        except (OSError, ValueError) as exc:  # the recording gone or unreadable since
            return [f"mavi-mock: cannot read {directory / HAR_NAME} for the report: {exc}"]
        try:
            (directory / "drift.md").write_text(book.markdown(), encoding="utf-8")
            said = f"mavi-mock: drift report in {directory / 'drift.md'}"
        except OSError as exc:
            said = f"mavi-mock: cannot write {directory / 'drift.md'}: {exc.strerror or exc}"
        return [said, f"mavi-mock: --dialect {book.dialect_setting()}"]
    setting = DriftBook().dialect_setting()
    if summary:
        # no exchange, or a worker that never wrote: the empty drift's setting
        with contextlib.suppress(OSError, orjson.JSONDecodeError, KeyError, TypeError):
            setting = orjson.loads(Path(summary).read_bytes())["dialect"]
    return [f"mavi-mock: --dialect {setting}"]
