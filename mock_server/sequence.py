"""A counter shared by every worker process of one mock: 8 bytes in a file, under a lock.

The fault draws (``scenarios.Draws``) and the journal's ids (``journal.Journal``) both need a
number that no two requests share and that grows in the order requests take it, across the
worker processes granian runs. A POSIX record lock (``fcntl.lockf``) on the file serialises the
processes; a thread lock serialises the threads of one process (record locks belong to the
process). One ``next()`` is two system calls under the locks: a few microseconds.

Where ``fcntl`` does not exist (Windows), the counter is per process: runs still repeat with one
worker.
"""

from __future__ import annotations

import os
import struct
import threading
from collections.abc import Callable
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover (Windows)
    fcntl = None  # type: ignore[assignment]

_VALUE = struct.Struct("<q")


class FileLock:
    """A lock that every worker process of one mock shares: ``with lock: ...``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._fd = -1
        self._pid = 0

    def fd(self) -> int:
        """This process's descriptor (a forked worker opens its own: record locks are per
        process, and an inherited descriptor would be the parent's)."""
        if self._fd < 0 or self._pid != os.getpid():
            self._pid = os.getpid()
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        return self._fd

    def __enter__(self) -> int:
        self._lock.acquire()
        try:
            fd = self.fd()
            if fcntl is not None:
                fcntl.lockf(fd, fcntl.LOCK_EX)
        except BaseException:
            self._lock.release()
            raise
        return fd

    def __exit__(self, *exc: object) -> None:
        try:
            if fcntl is not None:
                fcntl.lockf(self._fd, fcntl.LOCK_UN)
        finally:
            self._lock.release()


class SharedCounter:
    """``next()`` gives 1, 2, 3, ... after ``restart(0)``; an absent or empty file starts from
    ``initial()``."""

    def __init__(self, path: Path, initial: Callable[[], int] = lambda: 0) -> None:
        self.path = path
        self._initial = initial
        self._file = FileLock(path)

    def _locked(self, update: Callable[[int], int]) -> int:
        with self._file as fd:
            raw = os.pread(fd, _VALUE.size, 0)
            current = _VALUE.unpack(raw)[0] if len(raw) == _VALUE.size else self._initial()
            value = update(current)
            os.pwrite(fd, _VALUE.pack(value), 0)
            return value

    def peek(self) -> int:
        """The current value, read without the lock (an aligned 8-byte write is never seen
        half done); the initial value if nothing was written yet."""
        raw = os.pread(self._file.fd(), _VALUE.size, 0)
        return _VALUE.unpack(raw)[0] if len(raw) == _VALUE.size else self._initial()

    def next(self) -> int:
        return self._locked(lambda current: current + 1)

    def restart(self, value: int) -> None:
        """The next ``next()`` gives ``value + 1``."""
        self._locked(lambda _: value)
