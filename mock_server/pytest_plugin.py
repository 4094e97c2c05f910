"""pytest fixtures for code that calls memories.ai: a running mock and a client pointed at it.

Installed as a ``pytest11`` entry point (``mavi``), so a consumer's tests only name them::

    def test_embeds(mavi_mock, mavi_client):
        vector = mavi_client.embed_video("re_657745568997527552")
        assert len(vector) == 1408
        assert mavi_mock.requests[-1].path == "/serve/api/v2/embeddings/video"

- ``mavi_mock``: the mock (one per session, on a free loopback port, real HTTP), reset before
  each test. ``.base_url``, ``.requests`` (the journal), ``.reset()``, ``.scenario(...)`` (a
  context manager: ``with mavi_mock.scenario(failure_rate=1): ...``), ``.upload(bytes)``.
- ``mavi_client``: a ``mavi_client.MaviClient`` on the mock, with fast retries.
- ``mavi_mock_config``: override it (session scope) to change the mock's ``MockConfig``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import orjson
import pytest
from werkzeug.serving import BaseWSGIServer, make_server

from mavi_client import MaviClient, RetryPolicy

from .app import BASE_PATH, create_app
from .config import MockConfig
from .scenarios import Scenario
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
        self._state.store.reset()
        self._state.journal.clear()
        self._state.scenarios.write(Scenario.from_config(self._state.config))

    @contextmanager
    def scenario(self, **changes: Any) -> Iterator[None]:
        """Change the server scenario for the block (keys as in ``PUT /__mock/scenario``)."""
        before = self._state.scenarios.current()
        self._state.scenarios.write(before.updated(changes))
        try:
            yield
        finally:
            self._state.scenarios.write(before)


@pytest.fixture(scope="session")
def mavi_mock_config(tmp_path_factory: pytest.TempPathFactory) -> MockConfig:
    return MockConfig(data_dir=tmp_path_factory.mktemp("mavi-mock"))


@pytest.fixture(scope="session")
def _mavi_mock_server(mavi_mock_config: MockConfig) -> Iterator[MockHandle]:
    app = create_app(mavi_mock_config)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="mavi-mock", daemon=True)
    thread.start()
    try:
        yield MockHandle(server, app.extensions[EXTENSION])
    finally:
        server.shutdown()
        thread.join(timeout=10)


@pytest.fixture
def mavi_mock(_mavi_mock_server: MockHandle) -> MockHandle:
    _mavi_mock_server.reset()
    return _mavi_mock_server


@pytest.fixture
def mavi_client(mavi_mock: MockHandle) -> Iterator[MaviClient]:
    client = MaviClient(
        mavi_mock.api_key,
        base_url=mavi_mock.base_url,
        retry=RetryPolicy(max_retries=3, base_delay=0.01, max_delay=0.05),
        timeout=10,
    )
    with client:
        yield client
