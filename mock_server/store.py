"""SQLite state shared by every worker of one mock: assets, rate counters, scripts.

Two files under the data directory:

- ``assets.sqlite``: uploaded assets. WAL mode, ``synchronous=NORMAL``: an upload is committed
  (written to the WAL, in the operating system's hands) before it is acknowledged, so killing the
  server, even with SIGKILL, right after the answer loses nothing. Only an operating-system crash
  or power loss could lose the last uploads; a mock does not pay an fsync per upload for that.
- ``runtime.sqlite``: the rate-limit counters, scripted answers and asset lifecycles
  (``scripts.py``), the replay's cursors (``replay.py``). WAL mode, ``synchronous=OFF``: they
  live for one run of the mock.

Each thread of each process has its own connections; a busy timeout makes writers wait for each
other instead of failing with "database is locked". Transactions are one statement long.

A write the disk refuses (full, a file-size limit, failing) raises ``StoreFull``, which the app
answers with a 503; SQLite rolls the refused transaction back, so nothing of it is stored. (A
checkpoint that fails after a commit is not reported: the commit stands, the next one retries.)
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import secrets
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .config import ignore_in_git
from .disk import KeepOpen, StoreFull, no_room
from .signed import SignedUpload

BUSY_TIMEOUT_MS = 30_000

_ASSETS_SCHEMA = """
CREATE TABLE IF NOT EXISTS assets (
    asset_id TEXT PRIMARY KEY,
    content_key TEXT NOT NULL,
    extension TEXT NOT NULL,
    original_filename TEXT NOT NULL,
    file_size INTEGER NOT NULL,
    create_time INTEGER NOT NULL,
    ready_time INTEGER NOT NULL,
    final_status TEXT NOT NULL,
    example INTEGER NOT NULL DEFAULT 0,
    base_vector BLOB,
    vector BLOB,
    vector_recipe TEXT
);
CREATE TABLE IF NOT EXISTS signed_uploads (
    asset_id TEXT PRIMARY KEY,
    original_filename TEXT NOT NULL,
    signature TEXT NOT NULL,
    expires_ms INTEGER NOT NULL,
    final_status TEXT NOT NULL,
    create_time INTEGER NOT NULL,
    used INTEGER NOT NULL DEFAULT 0,
    declaration TEXT
);
"""

_RUNTIME_SCHEMA = """
CREATE TABLE IF NOT EXISTS rate_grants (account TEXT PRIMARY KEY, granted_ms REAL NOT NULL);
CREATE TABLE IF NOT EXISTS scripts (id INTEGER PRIMARY KEY AUTOINCREMENT, operation TEXT NOT NULL,
    asset_id TEXT, answers TEXT NOT NULL, total INTEGER NOT NULL, used INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS lifecycles (asset_id TEXT PRIMARY KEY, sequence TEXT NOT NULL,
    total INTEGER NOT NULL, step INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS replay_cursors (answers TEXT PRIMARY KEY, served INTEGER NOT NULL);
"""


def now_ms() -> int:
    return time.time_ns() // 1_000_000


#: (base vector, served vector, recipe) of an asset, as ``Asset`` holds them.
Vectors = tuple[bytes | None, bytes | None, str | None]

_ASSET_COLUMNS = (
    "asset_id, content_key, extension, original_filename, file_size, create_time, ready_time,"
    " final_status, base_vector, vector, vector_recipe"
)
_GRANTED = "SELECT granted_ms FROM rate_grants WHERE account = ?"
_SETTLE = "UPDATE assets SET final_status = ?, ready_time = MIN(ready_time, ?) WHERE asset_id = ?"
_INSERT_ASSET = f"INSERT INTO assets ({_ASSET_COLUMNS}) VALUES ({', '.join('?' * 11)})"  # noqa: S608 (constants)


def _asset_row(asset: Asset) -> tuple[Any, ...]:
    return tuple(getattr(asset, column) for column in _ASSET_COLUMNS.split(", "))


@dataclass(frozen=True)
class Asset:
    asset_id: str
    content_key: str
    extension: str
    original_filename: str
    file_size: int
    create_time: int
    ready_time: int
    final_status: str
    #: The vector made from the file's bytes at upload (float32, little-endian), if any.
    base_vector: bytes | None = None
    #: The vector the embedding answers (the base one, or one a test declared), if any.
    vector: bytes | None = None
    #: How ``vector`` was made, as JSON (``{"kind": "content"}``, ``{"kind": "label", ...}``).
    vector_recipe: str | None = None

    @functools.cached_property
    def vector_digest(self) -> str | None:
        """A digest of ``vector`` (computed once per read of the asset), for the answer cache."""
        if self.vector is None:
            return None
        return hashlib.blake2b(self.vector, digest_size=16).hexdigest()

    def status_at(self, when_ms: int) -> tuple[str, int]:
        """(upload_status, modify_time) at ``when_ms``: WAITING, then UPLOADING, then final."""
        if when_ms >= self.ready_time:
            return self.final_status, self.ready_time
        uploading_from = self.create_time + (self.ready_time - self.create_time) // 3
        if when_ms >= uploading_from:
            return "UPLOADING", uploading_from
        return "WAITING", self.create_time

    def record(self, when_ms: int) -> dict[str, Any]:
        """The asset as the contract's ``AssetRecord``."""
        status, modified = self.status_at(when_ms)
        return {
            "extension": self.extension,
            "asset_id": self.asset_id,
            "original_filename": self.original_filename,
            "file_size": str(self.file_size),
            "upload_status": status,
            "create_time": str(self.create_time),
            "modify_time": str(modified),
        }


def new_asset_id() -> str:
    """``re_`` and 18 digits, as the provider issues them."""
    return f"re_{10**17 + secrets.randbelow(9 * 10**17)}"


class Store:
    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        ignore_in_git(data_dir)
        self.data_dir = data_dir
        self.assets_path = data_dir / "assets.sqlite"
        self.runtime_path = data_dir / "runtime.sqlite"
        self._local = threading.local()
        self._keep = KeepOpen((self.assets_path, self.runtime_path))
        with self._assets() as db:
            db.executescript(_ASSETS_SCHEMA)
        with self._runtime() as db:
            db.executescript(_RUNTIME_SCHEMA)

    # -- connections -----------------------------------------------------------------------

    def _connect(self, path: Path, synchronous: str) -> sqlite3.Connection:
        self._keep.ensure()
        db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        try:
            db.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError as exc:
            # The file is WAL already (the mode persists, set when the mock started); on a full
            # disk a new thread's connection can fail to say so again, and it must still read.
            if not no_room(exc):
                raise
        db.execute(f"PRAGMA synchronous={synchronous}")
        return db

    def _assets(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "assets", None)
        if db is None:
            db = self._local.assets = self._connect(self.assets_path, "NORMAL")
        return db

    def _runtime(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "runtime", None)
        if db is None:
            db = self._local.runtime = self._connect(self.runtime_path, "OFF")
        return db

    @contextmanager
    def _room(self) -> Iterator[None]:
        """Turn a write the disk refused into ``StoreFull``."""
        try:
            yield
        except (sqlite3.Error, OSError) as exc:
            if no_room(exc):
                raise StoreFull(self.data_dir, exc) from exc
            raise

    def close(self) -> None:
        """Close this thread's connections (others close when their threads end), and this
        process's keepers (a forked worker opens its own)."""
        self._keep.close()
        for name in ("assets", "runtime"):
            db = getattr(self._local, name, None)
            if db is not None:
                db.close()
                setattr(self._local, name, None)

    # -- assets ----------------------------------------------------------------------------

    def add_examples(self, asset_ids: list[str], extension: str = "mp4") -> None:
        """The provider's documented example ids: ready at once, keyed by their own id."""
        stamp = now_ms()
        with self._assets() as db:
            db.executemany(
                "INSERT OR IGNORE INTO assets (asset_id, content_key, extension, original_filename,"
                " file_size, create_time, ready_time, final_status, example)"
                " VALUES (?, ?, ?, ?, 0, ?, ?, 'SUCCESS', 1)",
                [(a, a, extension, f"{a}.{extension}", stamp, stamp) for a in asset_ids],
            )

    def add_recorded(self, assets: list[Asset], *, replace: bool) -> None:
        """A replayed recording's assets (``replay.py``): a reset keeps them, as it keeps the
        examples (``example = 2``); ``replace``: over what the store holds under their ids."""
        insert = _INSERT_ASSET.replace("INSERT", "REPLACE" if replace else "INSERT OR IGNORE", 1)
        with self._room(), self._assets() as db:
            db.executemany(insert, [_asset_row(asset) for asset in assets])
            db.executemany("UPDATE assets SET example = 2 WHERE asset_id = ?",
                           [(asset.asset_id,) for asset in assets])  # fmt: skip

    def add_upload(
        self,
        *,
        content_key: str,
        extension: str,
        original_filename: str,
        file_size: int,
        processing_ms: int,
        final_status: str = "SUCCESS",
        vectors: Vectors = (None, None, None),
    ) -> Asset:
        """``vectors``: (base vector, served vector, recipe), see ``Asset``."""
        created = now_ms()
        with self._room(), self._assets() as db:
            while True:
                asset = Asset(
                    new_asset_id(),
                    content_key,
                    extension,
                    original_filename,
                    file_size,
                    created,
                    created + max(0, processing_ms),
                    final_status,
                    *vectors,
                )
                try:
                    db.execute(_INSERT_ASSET, _asset_row(asset))
                except sqlite3.IntegrityError:
                    continue  # an id collision: draw another
                return asset

    # -- signed uploads --------------------------------------------------------------------

    def add_signed(
        self,
        *,
        original_filename: str,
        signature: str,
        expires_ms: int,
        final_status: str,
        declaration: str | None = None,
    ) -> SignedUpload:
        created = now_ms()
        with self._room(), self._assets() as db:
            while True:
                signed = SignedUpload(
                    new_asset_id(), original_filename, signature, expires_ms, final_status,
                    created, False, declaration,
                )  # fmt: skip
                try:  # the columns in the order of SignedUpload's fields
                    db.execute(
                        "INSERT INTO signed_uploads (asset_id, original_filename, signature,"
                        " expires_ms, final_status, create_time, used, declaration)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        dataclasses.astuple(signed),
                    )
                except sqlite3.IntegrityError:
                    continue
                return signed

    def get_signed(self, asset_id: str) -> SignedUpload | None:
        with self._assets() as db:
            row = db.execute(
                "SELECT asset_id, original_filename, signature, expires_ms, final_status,"
                " create_time, used, declaration FROM signed_uploads WHERE asset_id = ?",
                (asset_id,),
            ).fetchone()
        if row is None:
            return None
        asset_id, filename, signature, expires_ms, final_status, created, used, declared = row
        return SignedUpload(
            asset_id, filename, signature, expires_ms, final_status, created, bool(used), declared
        )

    def complete_signed(
        self,
        signed: SignedUpload,
        *,
        content_key: str,
        extension: str,
        file_size: int,
        processing_ms: int,
        vectors: Vectors = (None, None, None),
    ) -> bool:
        """Store the file of a signed upload, once: False if the URL was used meanwhile."""
        created = now_ms()
        with self._room(), self._assets() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                used = db.execute(
                    "UPDATE signed_uploads SET used = 1 WHERE asset_id = ? AND used = 0",
                    (signed.asset_id,),
                ).rowcount
                if used == 1:
                    asset = Asset(
                        signed.asset_id,
                        content_key,
                        extension,
                        signed.original_filename,
                        file_size,
                        created,
                        created + max(0, processing_ms),
                        signed.final_status,
                        *vectors,
                    )
                    db.execute(_INSERT_ASSET, _asset_row(asset))
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:  # (a failed COMMIT may have rolled back already)
                    db.execute("ROLLBACK")
                raise
        return used == 1

    def get_asset(self, asset_id: str) -> Asset | None:
        with self._assets() as db:
            row = db.execute(
                f"SELECT {_ASSET_COLUMNS} FROM assets WHERE asset_id = ?",  # noqa: S608
                (asset_id,),
            ).fetchone()
        return Asset(*row) if row else None

    def set_vector(self, asset_id: str, vector: bytes, recipe: str) -> bool:
        """Replace the vector an asset's embedding answers; False if there is no such asset."""
        with self._room(), self._assets() as db:
            changed = db.execute(
                "UPDATE assets SET vector = ?, vector_recipe = ? WHERE asset_id = ?",
                (vector, recipe, asset_id),
            ).rowcount
        return bool(changed == 1)

    def count_assets(self) -> int:
        with self._assets() as db:
            return int(db.execute("SELECT count(*) FROM assets").fetchone()[0])

    def integrity_check(self) -> str:
        with self._assets() as db:
            return str(db.execute("PRAGMA integrity_check").fetchone()[0])

    # -- rate limit ------------------------------------------------------------------------

    def rate_acquire(self, account: str, interval_ms: float) -> float | None:
        """Take the account's next slot under the limit in force now (one request per
        ``interval_ms``); None if granted, else the seconds until the next one.

        Only the time of the last grant is kept, so a limit changed at run time applies at once,
        looser or tighter. Times are float milliseconds: a limit of thousands per second is
        still a limit.
        """
        with self._room(), self._runtime() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                stamp = time.time() * 1000
                row = db.execute(_GRANTED, (account,)).fetchone()
                if row is not None and row[0] + interval_ms > stamp:
                    db.execute("COMMIT")
                    return float(row[0] + interval_ms - stamp) / 1000
                db.execute("INSERT OR REPLACE INTO rate_grants VALUES (?, ?)", (account, stamp))
                db.execute("COMMIT")
                return None
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise

    def settle_status(self, asset_id: str, status: str, *, create: bool) -> bool:
        """Make ``status`` the asset's own (a lifecycle's last, ``scripts.py``), in a row made if
        ``create`` (an id ``--accept-any-asset`` answers for); False if it has no row."""
        stamp = now_ms()
        made = Asset(asset_id, asset_id, "mp4", f"{asset_id}.mp4", 0, stamp, stamp, status)
        with self._room(), self._assets() as db:
            if create:
                db.execute(_INSERT_ASSET.replace("INSERT", "INSERT OR IGNORE", 1), _asset_row(made))
            return bool(db.execute(_SETTLE, (status, stamp, asset_id)).rowcount)

    def clear_runtime(self) -> None:
        """Forget rate counters, scripts, lifecycles and what they left on the example assets."""
        with self._room(), self._assets() as db:
            db.execute("UPDATE assets SET final_status = 'SUCCESS' WHERE example = 1")
        with self._room(), self._runtime() as db:
            db.executescript(
                "BEGIN; DELETE FROM rate_grants; DELETE FROM scripts; DELETE FROM lifecycles;"
                " DELETE FROM replay_cursors;"
                " DELETE FROM sqlite_sequence WHERE name = 'scripts'; COMMIT;"
            )

    @contextmanager
    def runtime(self) -> Iterator[sqlite3.Connection]:
        """This thread's connection to ``runtime.sqlite`` (``scripts.py``'s tables); a write the
        disk refuses raises ``StoreFull``."""
        with self._room():
            yield self._runtime()

    # -- reset -----------------------------------------------------------------------------

    def reset(self) -> None:
        """Forget uploads and rate counters; the example assets stay."""
        with self._room(), self._assets() as db:
            db.execute("DELETE FROM assets WHERE example = 0")
            db.execute("DELETE FROM signed_uploads")
        self.clear_runtime()
