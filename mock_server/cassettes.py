"""Cassettes: ``@pytest.mark.mavi_cassette("name")`` and ``--mavi-record=none|once|all``.

A cassette is a directory beside the test module, ``cassettes/<name>/``, holding what
``mavi-mock proxy --record`` writes: ``recording.har`` and ``drift.md``. What a marked test gets
as ``mavi_mock`` (and so ``mavi_client``) depends on the mode, as with pytest-recording:

- ``none`` (the default): the cassette is replayed (``--replay DIR --replay-strict``): a request
  it does not hold is a 404 naming the nearest recorded one. A missing cassette fails the test.
- ``once``: replayed if the cassette has a recording; otherwise recorded.
- ``all``: recorded again, whatever the cassette holds.

Recording runs the proxy (``proxy.Proxy``) on a free loopback port in front of ``MAVI_BASE_URL``
with ``MAVI_API_KEY``; without both, a test that would record is skipped with the reason. A
recording is made in a staging directory beside the cassette, with ``drift.md``, and replaces
the cassette only when its test passed: a failed test or a provider that was down keeps the
cassette it had.

Needs the ``[mock]`` extra (the plugin imports this module only for a marked test).
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
import shutil
import tempfile
import threading
import warnings
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from werkzeug.serving import make_server

from .config import BASE_PATH, MockConfig
from .har import HAR_NAME
from .proxy import Proxy, ProxyConfig
from .testing import POLL, MockHandle, serve

RECORD_MODES = ("none", "once", "all")
#: The variables recording needs: the provider's base URL and a key for it.
RECORD_ENV = ("MAVI_API_KEY", "MAVI_BASE_URL")
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


class CassetteError(ValueError):
    """A marker or a cassette that cannot be used (its message says why and what to do)."""


def cassette_dir(test_file: Path, name: object) -> Path:
    """Where the cassette ``name`` of the tests in ``test_file`` lives."""
    if not isinstance(name, str) or not NAME.fullmatch(name) or ".." in name:
        raise CassetteError(
            f"mavi_cassette takes one name of letters, digits, '.', '_' or '-' (at most 100,"
            f" not starting with a dot), not {name!r}"
        )
    return test_file.parent / "cassettes" / name


def has_recording(directory: Path) -> bool:
    har = directory / HAR_NAME
    return har.is_file() and har.stat().st_size > 0


@dataclass(frozen=True)
class Plan:
    """What a marked test gets: ``replay`` or ``record``; ``skip`` with a reason."""

    action: str
    reason: str = ""


def plan(mode: str, directory: Path, environ: Mapping[str, str]) -> Plan:
    """The decision of ``--mavi-record=mode`` for the cassette in ``directory``."""
    if mode not in RECORD_MODES:
        raise CassetteError(f"--mavi-record must be one of {', '.join(RECORD_MODES)}, not {mode!r}")
    recorded = has_recording(directory)
    if mode == "none" or (mode == "once" and recorded):
        if not recorded:
            raise CassetteError(
                f"the cassette {directory} has no recording ({HAR_NAME}); record it once with"
                f" --mavi-record=once and {' and '.join(RECORD_ENV)} set"
            )
        return Plan("replay")
    missing = [name for name in RECORD_ENV if not environ.get(name)]
    if missing:
        why = "is missing" if mode == "once" else "is to be recorded again (--mavi-record=all)"
        return Plan(
            "skip",
            f"the cassette {directory} {why}, and recording needs {' and '.join(missing)}"
            " (the provider's base URL and your key)",
        )
    return Plan("record")


class RecordingHandle:
    """What a recorded test gets as ``mavi_mock``: the proxy in front of the provider."""

    def __init__(self, port: int, proxy: Proxy, api_key: str, directory: Path) -> None:
        self.url = f"http://127.0.0.1:{port}"
        self.base_url = self.url + BASE_PATH
        self.api_key = api_key
        self.cassette = directory
        self._proxy = proxy

    def drift(self) -> dict[str, Any]:
        """The drift so far (``GET /__mock/drift``)."""
        report: dict[str, Any] = self._proxy.book.report()
        return report


@contextmanager
def recording(
    directory: Path, upstream: str, api_key: str, keep: Callable[[], bool] = lambda: True
) -> Iterator[RecordingHandle]:
    """The proxy recording for as long as the block, into a staging directory beside
    ``directory`` that replaces it at the end only if ``keep()`` says so (the test passed): a
    failed test or a provider that was down never costs the cassette it had. One recording of a
    cassette at a time (a lock file in the temporary directory, for pytest-xdist's workers)."""
    directory.parent.mkdir(parents=True, exist_ok=True)
    where = hashlib.sha256(str(directory.resolve()).encode()).hexdigest()[:16]
    with _locked(Path(tempfile.gettempdir()) / f"mavi-cassette-{where}.lock"):
        staging = directory.parent / f".{directory.name}.recording-{os.getpid()}"
        shutil.rmtree(staging, ignore_errors=True)  # a run killed before it could clean up
        staging.mkdir()
        proxy = Proxy(ProxyConfig(upstream, str(staging)))
        server = make_server("127.0.0.1", 0, proxy, threaded=True)
        thread = threading.Thread(
            target=server.serve_forever, args=(POLL,), name="mavi-cassette", daemon=True
        )
        thread.start()
        try:
            yield RecordingHandle(server.server_port, proxy, api_key, directory)
        finally:
            server.shutdown()
            thread.join(timeout=10)
            proxy.close()
            (staging / "drift.md").write_text(proxy.book.markdown(), encoding="utf-8")
            _settle(staging, directory, keep())


def _settle(staging: Path, directory: Path, keep: bool) -> None:
    """Put the new recording in place of the old one, or drop it (with a warning)."""
    if not keep:
        shutil.rmtree(staging, ignore_errors=True)
        warnings.warn(
            f"the cassette {directory} was not recorded again: its test failed"
            + (" (the recording it had is kept)" if directory.exists() else ""),
            stacklevel=1,
        )
        return
    old = directory.parent / f".{directory.name}.old-{os.getpid()}"
    if directory.exists():
        directory.rename(old)
    staging.rename(directory)
    shutil.rmtree(old, ignore_errors=True)


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def cassette(
    directory: Path,
    mode: str,
    base: MockConfig,
    data_dir: Path,
    *,
    environ: Mapping[str, str] | None = None,
    keep: Callable[[], bool] = lambda: True,
) -> Iterator[MockHandle | RecordingHandle]:
    """The handle a test marked with this cassette gets (see the module's docstring): a replaying
    mock has ``base``'s settings and its own ``data_dir``. Raises ``CassetteError`` for a
    cassette that cannot be replayed, and skips (pytest) a recording that cannot be made."""
    environ = os.environ if environ is None else environ
    decided = plan(mode, directory, environ)
    if decided.action == "skip":
        import pytest  # noqa: PLC0415  (only the plugin calls this, under pytest)

        pytest.skip(decided.reason)
    if decided.action == "record":
        upstream, key = environ["MAVI_BASE_URL"], environ["MAVI_API_KEY"]
        with recording(directory, upstream, key, keep) as handle:
            yield handle
        return
    try:
        config = base.replace(replay=directory, replay_strict=True, data_dir=data_dir)
    except ValueError as exc:  # a recording that does not read (ConfigError is one)
        raise CassetteError(f"the cassette {directory} cannot be replayed: {exc}") from None
    with serve(config) as replayed:
        yield replayed
