"""The mock as ``make mock`` runs it (``python -m mock_server`` under granian) in subprocesses,
one or several at once, and independent waiting calls run all at once."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import httpx

from kit_testing.constants import BASE_PATH, ROOT

T = TypeVar("T")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class MockProcess:
    """``python -m mock_server`` (granian) in a subprocess, as ``make mock`` runs it."""

    def __init__(self, data_dir: Path, **env: str) -> None:
        self.data_dir = data_dir
        self.env = env
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = data_dir / "server.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return self.url + BASE_PATH

    def start(self, timeout: float = 30.0) -> MockProcess:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        env = {
            **os.environ,
            "PORT": str(self.port),
            "MOCK_DATA_DIR": str(self.data_dir),
            "MOCK_WORKERS": "2",
            **self.env,
        }
        log = self.log.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "mock_server", "--log-level", "warning"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"mock exited with {self.proc.returncode}:\n{self.log_text()}")
            try:
                if httpx.get(self.url + "/__mock/health", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.05)
        self.kill()
        raise RuntimeError(f"mock did not become healthy:\n{self.log_text()}")

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def stop(self, timeout: float = 30.0) -> int:
        """SIGTERM (a graceful shutdown); the exit code."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise

    def kill(self) -> None:
        """SIGKILL the whole process group: master and workers, no chance to clean up."""
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()


@contextmanager
def running_mock(data_dir: Path, **env: str) -> Iterator[MockProcess]:
    mock = MockProcess(data_dir, **env).start()
    try:
        yield mock
    finally:
        if mock.proc is not None and mock.proc.poll() is None:
            mock.stop()


def concurrently(calls: Iterable[Callable[[], T]]) -> list[T]:
    """Run independent calls (each waits on a subprocess or a socket) all at once, in threads;
    their results in order. Every call finishes before the first exception, if any, is raised.
    (All at once: a few at a time was slower, as the last ones then run alone on the cores.)"""
    pending = list(calls)
    with ThreadPoolExecutor(max_workers=max(len(pending), 1)) as pool:
        futures = [pool.submit(call) for call in pending]
    return [future.result() for future in futures]


@contextmanager
def running_mocks(*mocks: MockProcess, nice: int = 0) -> Iterator[tuple[MockProcess, ...]]:
    """Start the mocks at once (each waits for its own health check); stop them all after.
    ``nice``: then lower their priority (master and workers) by that much."""
    try:
        concurrently(mock.start for mock in mocks)
        for mock in mocks:
            if nice and mock.proc is not None:
                os.setpriority(os.PRIO_PGRP, mock.proc.pid, nice)  # its own session and group
        yield mocks
    finally:
        concurrently(
            mock.stop for mock in mocks if mock.proc is not None and mock.proc.poll() is None
        )
