"""One mock per data directory: the master holds an exclusive lock on ``<data dir>/mock.lock``.

A mock starting on a directory starts a new run there (scenario, journal, rate counters), so a
second mock on a directory that a running one uses would reset the first under its clients'
feet. It is refused instead, and told which mock holds the directory.

The lock is ``flock(2)`` on a file the master keeps open for its life. Its workers, forked from
it, share the open file, so the kernel frees the lock when the last process of that mock is
gone, however it went (``kill -9`` included): no stale lock is left behind to clean up. The
file's contents (where the holder listens and its pid) only name the holder in the refusal.

The in-process mocks (``testing.serve``, the tests' apps) take no lock: each has its own
temporary directory.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO

try:
    import fcntl
except ImportError:  # pragma: no cover (Windows: no lock, as before)
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = "mock.lock"


class DataDirInUse(RuntimeError):
    """Another mock holds the data directory; the message names it and the directory."""


def hold_data_dir(data_dir: Path, host: str, port: int) -> IO[str]:
    """Lock ``data_dir`` for this mock (creating it); the open lock file, to keep until the mock
    stops (closing it, or the process's death, frees the directory). DataDirInUse if held."""
    data_dir.mkdir(parents=True, exist_ok=True)
    handle = (data_dir / LOCK_NAME).open("a+", encoding="utf-8")  # not truncated before locked
    if fcntl is None:  # pragma: no cover
        return handle
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = _describe(handle.read())
        handle.close()
        raise DataDirInUse(
            f"the data directory {data_dir} is in use by the mock {holder}; stop that one,"
            " or give this one another --data-dir (MOCK_DATA_DIR)"
        ) from None
    handle.seek(0)
    handle.truncate()
    handle.write(json.dumps({"host": host, "port": port, "pid": os.getpid()}) + "\n")
    handle.flush()
    return handle


def _describe(text: str) -> str:
    try:
        holder = json.loads(text)
        host = f"[{holder['host']}]" if ":" in holder["host"] else holder["host"]
        return f"at http://{host}:{holder['port']} (pid {holder['pid']})"
    except (ValueError, KeyError, TypeError):  # it is still writing its name
        return "that started there"
