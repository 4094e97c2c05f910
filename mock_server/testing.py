"""The mock for tests: what the pytest plugin's fixtures (``pytest_plugin.py``) are made of.

Needs the ``[mock]`` extra. ``serve(config)`` runs the mock on a free loopback port for a block;
``MockHandle`` is what a test gets as ``mavi_mock``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import orjson
from werkzeug.serving import BaseWSGIServer, make_server

from mavi_client import MaviClient, RetryPolicy

from .app import create_app
from .config import BASE_PATH, MockConfig
from .state import EXTENSION, MockState

TEST_KEY = "sk-mavi-pytest-0000000000000000"


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    status: int
    headers: dict[str, str]
    body: str
    request_id: str


class MockHandle:
    """What a test gets as ``mavi_mock``."""

    def __init__(self, server: BaseWSGIServer, state: MockState) -> None:
        self._server = server
        self._state = state
        self.url = f"http://127.0.0.1:{server.server_port}"
        self.base_url = self.url + BASE_PATH
        self.api_key = TEST_KEY

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every provider request received since the last reset, oldest first (keys masked)."""
        return [
            RecordedRequest(
                method=row["method"],
                path=row["path"],
                status=row["status"],
                headers=orjson.loads(row["headers"]),
                body=row["body"],
                request_id=row["request_id"],
            )
            for row in self._state.journal.entries(limit=100_000)
        ]

    def reset(self) -> None:
        """Forget uploads, the journal, rate counters and scenario changes."""
        self._state.reset()

    @contextmanager
    def scenario(self, **changes: Any) -> Iterator[None]:
        """Change the server scenario for the block (keys as in ``PUT /__mock/scenario``)."""
        before = self._state.scenarios.current()
        self._state.scenarios.write(before.updated(changes))
        try:
            yield
        finally:
            self._state.scenarios.write(before)


@contextmanager
def serve(config: MockConfig) -> Iterator[MockHandle]:
    """The mock on a free loopback port (werkzeug, threaded, real HTTP) for as long as the block."""
    app = create_app(config)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="mavi-mock", daemon=True)
    thread.start()
    try:
        yield MockHandle(server, app.extensions[EXTENSION])
    finally:
        server.shutdown()
        thread.join(timeout=10)


def fast_client(handle: MockHandle) -> MaviClient:
    """A client on the mock, with retries short enough for tests."""
    return MaviClient(
        handle.api_key,
        base_url=handle.base_url,
        retry=RetryPolicy(max_retries=3, base_delay=0.01, max_delay=0.05),
        timeout=10,
    )
