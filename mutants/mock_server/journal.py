"""The request journal: what the mock received, for tests to assert on.

One SQLite file per worker process (``journal/journal-<pid>.sqlite``), written through one
connection under a lock. Workers therefore never wait for each other's write lock (SQLite's busy
handler sleeps, which cost the mock most of its throughput when all workers shared one file).
Reading merges every worker's file in time order. ``synchronous=OFF``: the journal is a
debugging aid; a crash may lose its last entries, never an asset.
"""

from __future__ import annotations

import heapq
import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

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


class Journal:
    def __init__(self, directory: Path, *, size: int = 10_000) -> None:
        self.directory = directory
        self.size = size
        directory.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._pid = 0
        self._last_id = 0
        self._added = 0

    def _writer(self) -> sqlite3.Connection:
        """This process's connection (a forked worker opens its own file)."""
        if self._db is None or self._pid != os.getpid():
            self._pid = os.getpid()
            path = self.directory / f"journal-{self._pid}.sqlite"
            db = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=OFF")
            db.executescript(_SCHEMA)
            self._db = db
        return self._db

    def add(self, entry: dict[str, Any]) -> None:
        if self.size <= 0:
            return
        with self._lock:
            db = self._writer()
            # Ids are microsecond timestamps, unique within the process and ordered across them,
            # and below 2**53 (until the year 2255), so that JavaScript and jq read them exactly.
            self._last_id = max(time.time_ns() // 1000, self._last_id + 1)
            db.execute(
                "INSERT INTO journal VALUES (:id, :time_ms, :request_id, :method, :path, :headers,"
                " :body, :status, :duration_ms)",
                {**entry, "id": self._last_id},
            )
            self._added += 1
            if self._added % TRIM_EVERY == 0:
                db.execute(
                    "DELETE FROM journal WHERE id <= (SELECT id FROM journal ORDER BY id DESC"
                    " LIMIT 1 OFFSET ?)",
                    (self.size,),
                )

    def _files(self) -> list[Path]:
        return sorted(self.directory.glob("journal-*.sqlite"))

    def entries(self, *, since_id: int = 0, limit: int = 1000) -> list[dict[str, Any]]:
        """Entries from every worker with an id above ``since_id``, oldest first."""
        per_file = []
        for path in self._files():
            db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)
            db.row_factory = sqlite3.Row
            try:
                rows = db.execute(
                    "SELECT * FROM journal WHERE id > ? ORDER BY id LIMIT ?", (since_id, limit)
                ).fetchall()
            except sqlite3.OperationalError:
                rows = []  # a worker's file created but not yet initialised
            finally:
                db.close()
            per_file.append([dict(row) for row in rows])
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


# --- the pipeline ----------------------------------------------------------------------------


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
