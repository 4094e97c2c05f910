"""What a full disk under the data directory means to the mock.

- ``no_room(exc)``: whether an error is the disk refusing a write (SQLite's FULL and IOERR, or
  ENOSPC, EFBIG, EDQUOT, EIO);
- ``StoreFull``: raised for such a write; the app answers it with a 503 envelope that names
  the disk and the directory, and nothing of the refused write is stored;
- ``KeepOpen``: one idle connection per SQLite file for the life of each process. SQLite
  deletes a WAL database's ``-wal`` and ``-shm`` files when its last connection closes, and on a
  full disk a new connection (a new thread's) could not make them again: every read would fail.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path

_NO_ROOM_CODES = frozenset({sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR})
_NO_ROOM_ERRNOS = frozenset({errno.ENOSPC, errno.EFBIG, errno.EDQUOT, errno.EIO})


class StoreFull(Exception):
    """The data directory refused a write: its disk is full (or a file-size limit, or failing).
    Nothing of the refused write is stored."""

    def __init__(self, directory: Path, cause: BaseException) -> None:
        reason = getattr(cause, "sqlite_errorname", None) or type(cause).__name__
        super().__init__(
            f"the disk holding the mock's data directory ({directory}) is full or refuses"
            f" writes ({reason}: {cause})"
        )
        self.directory = directory


def no_room(exc: BaseException) -> bool:
    """Whether ``exc`` is the disk refusing a write."""
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        return code is not None and code & 0xFF in _NO_ROOM_CODES
    return isinstance(exc, OSError) and exc.errno in _NO_ROOM_ERRNOS


class KeepOpen:
    """Idle connections that keep SQLite's WAL files in place while this process lives."""

    def __init__(self, paths: Iterable[Path]) -> None:
        self._paths = tuple(paths)
        self._lock = threading.Lock()
        self._pid: int | None = None
        self._connections: list[sqlite3.Connection] = []

    def ensure(self) -> None:
        """Open the keepers in this process, once (a forked worker opens its own)."""
        if self._pid == os.getpid():
            return
        with self._lock:
            if self._pid == os.getpid():
                return
            self._connections = []  # a parent's, inherited through fork: never used here
            for path in self._paths:
                keeper = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
                try:
                    keeper.execute("SELECT count(*) FROM sqlite_master").fetchone()
                except sqlite3.Error:
                    keeper.close()  # a full disk at the first open: plain connections will say
                    continue
                self._connections.append(keeper)
            self._pid = os.getpid()

    def close(self) -> None:
        with self._lock:
            if self._pid == os.getpid():
                for keeper in self._connections:
                    keeper.close()
            self._connections, self._pid = [], None
