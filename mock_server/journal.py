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
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import Any

import orjson
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
    duration_ms REAL NOT NULL,
    operation TEXT,
    asset_id TEXT,
    dialect TEXT,
    code,
    outcome INTEGER NOT NULL,
    scripted INTEGER NOT NULL
);
"""
#: ``code`` has no type, so that SQLite keeps it as sent: a string ("0503") or an integer (503).
_COLUMNS = (
    *("id", "time_ms", "request_id", "method", "path", "headers", "body", "status"),
    *("duration_ms", "operation", "asset_id", "dialect", "code", "outcome", "scripted"),
)
_INSERT = "INSERT INTO journal ({}) VALUES ({})".format(  # noqa: S608 (the columns above)
    ", ".join(_COLUMNS), ", ".join(":" + name for name in _COLUMNS)
)
_NO_MEANING = {"operation": None, "asset_id": None, "dialect": None, "code": None, "scripted": 0}
#: What the journal's reads filter by (``GET /__mock/journal?operation=...``).
FILTERS = ("operation", "asset_id", "outcome")
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
        # An entry that says nothing of its meaning (written by hand) means its status.
        meaning = {**_NO_MEANING, "outcome": entry.get("status")}
        db.execute(_INSERT, {**meaning, **entry, "id": self._ids.next()})
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

    def _floor(self, files: list[Path], since_id: int) -> int:
        """The id above which entries are in the journal: above ``since_id``, and among the
        newest ``size`` of every worker together (anything older is out of the journal)."""
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
        return max(since_id, oldest_kept - 1)

    @staticmethod
    def _where(floor: int, filters: dict[str, Any]) -> tuple[str, tuple[Any, ...]]:
        clauses = ["id > ?"]
        args: list[Any] = [floor]
        for name in FILTERS:
            if (value := filters.get(name)) is not None:
                clauses.append(f"{name} = ?")
                args.append(value)
        return " AND ".join(clauses), tuple(args)

    def entries(
        self, *, since_id: int = 0, limit: int = 1000, **filters: Any
    ) -> list[dict[str, Any]]:
        """Entries with an id above ``since_id``, oldest first, among the newest ``size`` of
        every worker together; only those whose ``FILTERS`` (by keyword) have the value given."""
        files = self._files()
        if self.size <= 0 or not files:
            return []
        where, args = self._where(self._floor(files, since_id), filters)
        sql = f"SELECT * FROM journal WHERE {where} ORDER BY id LIMIT ?"  # noqa: S608 (FILTERS)
        per_file = [self._query(path, sql, (*args, limit)) for path in files]
        merged = heapq.merge(*per_file, key=lambda row: row["id"])
        rows = [row for _, row in zip(range(limit), merged, strict=False)]
        for row in rows:
            row["scripted"] = bool(row["scripted"])
        return rows

    def count(self, *, since_id: int = 0, **filters: Any) -> int:
        """How many entries ``entries`` (without a limit) would give."""
        files = self._files()
        if self.size <= 0 or not files:
            return 0
        where, args = self._where(self._floor(files, since_id), filters)
        sql = f"SELECT COUNT(*) AS n FROM journal WHERE {where}"  # noqa: S608 (FILTERS)
        return sum(row["n"] for path in files for row in self._query(path, sql, args))

    def clear(self) -> None:
        for path in self._files():
            db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
            try:
                db.execute("DELETE FROM journal")
            except sqlite3.OperationalError:
                pass
            finally:
                db.close()


#: The query parameters of ``GET /__mock/journal/count`` (``GET /__mock/journal`` adds ``limit``).
QUERY_PARAMETERS = (*FILTERS, "since")


def parse_filters(
    query: Iterable[tuple[str, str]], operations: Collection[str], *, also: tuple[str, ...] = ()
) -> dict[str, Any]:
    """The journal's filters from a query's (name, value) pairs (``operation``, ``asset_id``,
    ``outcome``, and ``since``), checked; ValueError naming what is wrong (and the valid
    operations). A name that is none of these nor of ``also``, or one given twice, is an error
    listing the accepted names (a typo never counts everything)."""
    accepted = QUERY_PARAMETERS + also
    args: dict[str, str] = {}
    for name, value in query:
        if name not in accepted:
            raise ValueError(
                f"unknown parameter {name!r}; the accepted ones are {', '.join(accepted)}"
            )
        if name in args:
            raise ValueError(
                f"parameter {name!r} is given twice; each of {', '.join(accepted)} at most once"
            )
        args[name] = value
    filters: dict[str, Any] = {}
    if (operation := args.get("operation")) is not None:
        if operation not in operations:
            valid = ", ".join(sorted(operations))
            raise ValueError(f"operation {operation!r} is not one of the API's: {valid}")
        filters["operation"] = operation
    if (asset_id := args.get("asset_id")) is not None:
        filters["asset_id"] = asset_id
    if (outcome := args.get("outcome")) is not None:
        if not (outcome.isascii() and outcome.isdigit() and int(outcome) <= 599):
            raise ValueError(f"outcome must be an HTTP status from 0 to 599 (got {outcome!r})")
        filters["outcome"] = int(outcome)
    since = args.get("since", "0")
    if not (since.isascii() and since.isdigit() and int(since) < 2**63):
        raise ValueError(f"since must be an integer from 0 to 2**63 - 1 (got {since!r})")
    filters["since_id"] = int(since)
    return filters


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


def body_asset_id(raw: bytes | None) -> str | None:
    """The asset id a JSON body names (an embedding request's), if it names one."""
    if not raw:
        return None
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None
    asset_id = body.get("asset_id") if isinstance(body, dict) else None
    return asset_id if isinstance(asset_id, str) else None


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
