"""The request journal: what the mock received, for tests to assert on.

One SQLite file per worker process (``journal/journal-<pid>.sqlite``), written through one
connection under a lock. Workers therefore never wait for each other's write lock (SQLite's busy
handler sleeps, which cost the mock most of its throughput when all workers shared one file).
Reading merges every worker's file in id order.

- Ids come from a counter every worker shares (``sequence.py``), started at the run's start time
  in microseconds: unique across workers, in the order entries were written, growing from one
  run to the next, and below 2**53 (until the year 2255), so that JavaScript and jq read them
  exactly.
- The size limit holds for the whole mock: a read shows only the newest ``size`` entries of all
  workers together. Each worker's file is trimmed to ``size`` every ``min(size, 256)`` writes,
  so the files hold at most twice the size per worker.
- A run starts with an empty journal (``start_run``, called when the mock starts): the files of
  earlier runs are deleted.

``synchronous=OFF``: the journal is a debugging aid; a crash may lose its last entries, never
an asset. It is best-effort: an entry that cannot be written (a full disk, a file-size limit)
is dropped, and the request is answered as if it had been written. The failure is logged once
per process, and once more when entries are written again.
"""

from __future__ import annotations

import heapq
import logging
import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

from werkzeug.http import parse_options_header
from werkzeug.sansio.utils import get_content_length

from .sequence import SharedCounter

_SCHEMA = """
CREATE TABLE IF NOT EXISTS journal (
    id INTEGER PRIMARY KEY,
    time_ms INTEGER NOT NULL,
    request_id TEXT NOT NULL,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    headers TEXT NOT NULL,
    body TEXT NOT NULL,
    status INTEGER NOT NULL,
    duration_ms REAL NOT NULL
);
"""
TRIM_EVERY = 256
BUSY_TIMEOUT_S = 30.0

log = logging.getLogger(__name__)


class Journal:
    def __init__(self, directory: Path, *, size: int = 10_000) -> None:
        self.directory = directory
        self.size = size
        directory.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._pid = 0
        self._inode = 0
        self._added = 0
        self._failing = False
        self._ids = SharedCounter(directory / "ids.seq", initial=lambda: time.time_ns() // 1000)

    def start_run(self) -> None:
        """A new run: delete every worker's file, and start the ids at the time now."""
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None
            for path in self.directory.glob("journal-*.sqlite*"):
                path.unlink(missing_ok=True)
            self._ids.restart(time.time_ns() // 1000)

    def _writer(self) -> sqlite3.Connection:
        """This process's connection (a forked worker opens its own file, and a file deleted by
        a mock starting on the same directory is made again)."""
        path = self.directory / f"journal-{os.getpid()}.sqlite"
        if self._db is not None and self._pid == os.getpid():
            try:
                if os.stat(path).st_ino == self._inode:
                    return self._db
            except FileNotFoundError:
                pass
            self._db.close()
        self._db = None
        self._pid = os.getpid()
        db = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=OFF")
            db.executescript(_SCHEMA)
            self._inode = os.stat(path).st_ino
        except BaseException:
            db.close()
            raise
        self._db = db
        return db

    def add(self, entry: dict[str, Any]) -> None:
        """Write one entry, or drop it if it cannot be written (see the module's docstring)."""
        if self.size <= 0:
            return
        with self._lock:
            try:
                self._write(entry)
            except (sqlite3.Error, OSError) as exc:
                if not self._failing:
                    self._failing = True
                    log.warning(
                        "the request journal cannot be written (%s: %s); entries are dropped"
                        " until it can (in %s)",
                        type(exc).__name__,
                        exc,
                        self.directory,
                    )
                return
            if self._failing:
                self._failing = False
                log.info("the request journal is written again (in %s)", self.directory)

    def _write(self, entry: dict[str, Any]) -> None:
        db = self._writer()
        db.execute(
            "INSERT INTO journal VALUES (:id, :time_ms, :request_id, :method, :path, :headers,"
            " :body, :status, :duration_ms)",
            {**entry, "id": self._ids.next()},
        )
        self._added += 1
        if self._added % min(self.size, TRIM_EVERY) == 0:
            db.execute(
                "DELETE FROM journal WHERE id <= (SELECT id FROM journal ORDER BY id DESC"
                " LIMIT 1 OFFSET ?)",
                (self.size,),
            )

    def _files(self) -> list[Path]:
        return sorted(self.directory.glob("journal-*.sqlite"))

    def _query(self, path: Path, sql: str, args: tuple[Any, ...]) -> list[dict[str, Any]]:
        db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)
        db.row_factory = sqlite3.Row
        try:
            return [dict(row) for row in db.execute(sql, args).fetchall()]
        except sqlite3.OperationalError:
            return []  # a worker's file created but not yet initialised
        finally:
            db.close()

    def entries(self, *, since_id: int = 0, limit: int = 1000) -> list[dict[str, Any]]:
        """Entries with an id above ``since_id``, oldest first, among the newest ``size`` of
        every worker together."""
        files = self._files()
        if self.size <= 0 or not files:
            return []
        # The id of the size-th newest entry of all workers: anything older is out of the journal.
        newest = heapq.nlargest(
            self.size,
            (
                row["id"]
                for path in files
                for row in self._query(
                    path, "SELECT id FROM journal ORDER BY id DESC LIMIT ?", (self.size,)
                )
            ),
        )
        oldest_kept = newest[-1] if newest else 0
        floor = max(since_id, oldest_kept - 1)
        per_file = [
            self._query(
                path, "SELECT * FROM journal WHERE id > ? ORDER BY id LIMIT ?", (floor, limit)
            )
            for path in files
        ]
        merged = heapq.merge(*per_file, key=lambda row: row["id"])
        return [row for _, row in zip(range(limit), merged, strict=False)]

    def clear(self) -> None:
        for path in self._files():
            db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
            try:
                db.execute("DELETE FROM journal")
            except sqlite3.OperationalError:
                pass
            finally:
                db.close()


def mask_key(value: str) -> str:
    """Enough of a key to tell two apart in a journal, never enough to use it."""
    return value[:3] + "***" + value[-4:] if len(value) >= 12 else "***"


# --- one entry ------------------------------------------------------------------------------


_MASKED = frozenset({"HTTP_AUTHORIZATION", "HTTP_X_MOCK_ADMIN_TOKEN"})


def journal_headers(environ: dict[str, Any]) -> dict[str, str]:
    """The request's headers for the journal, with keys and tokens masked.

    Read from the WSGI environ directly: werkzeug's header view costs more than the rest of the
    journal entry together.
    """
    headers: dict[str, str] = {}
    for name, value in environ.items():
        if name.startswith("HTTP_"):
            title = name[5:].replace("_", "-").title()
            headers[title] = mask_key(value) if name in _MASKED else value
        elif name in ("CONTENT_TYPE", "CONTENT_LENGTH") and value:
            headers[name.replace("_", "-").title()] = value
    return headers


def summarize_body(raw: bytes) -> str:
    """A JSON body as the journal shows it: its first 256 bytes."""
    text = raw[:256].decode("utf-8", "replace")
    return text + ("..." if len(raw) > 256 else "")


def body_summary(raw: bytes | None, upload_summary: str | None, environ: dict[str, Any]) -> str:
    """A short, safe description of the request body for the journal.

    Only what a handler already read is shown (``raw``, or an upload's summary): the journal
    never reads a body itself (it may be huge, or the request may have been refused before its
    body mattered). An unread body is described by its type and length.
    """
    if upload_summary:
        return upload_summary
    if raw is not None:
        return summarize_body(raw)
    length = get_content_length(
        environ.get("CONTENT_LENGTH"), environ.get("HTTP_TRANSFER_ENCODING")
    )
    if not length:
        return ""
    mimetype = parse_options_header(environ.get("CONTENT_TYPE", ""))[0].lower()
    return f"{mimetype or 'no content type'} ({length} bytes, not read)"
