"""The mock for tests: what the pytest plugin's fixtures (``pytest_plugin.py``) are made of.

Needs the ``[mock]`` extra. ``serve(config)`` runs the mock on a free loopback port for a block;
``MockHandle`` is what a test gets as ``mavi_mock``.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import orjson
from werkzeug.serving import BaseWSGIServer, make_server

from mavi_client import MaviClient, RetryPolicy

from .admin import TOKEN_HEADER
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

    def upload(
        self,
        data: bytes,
        filename: str = "clip.mp4",
        *,
        label: str | None = None,
        similar_to: str | None = None,
        cosine: float | None = None,
    ) -> str:
        """Upload ``data`` over HTTP, as a client does; the new asset id.

        ``label=`` puts its vector in that label's cluster; ``similar_to=`` and ``cosine=`` make
        it exactly that cosine from another asset's. (The declaration is sent to the admin
        endpoint right after the upload, which gives the vector ``Prefer`` on the upload would,
        for any label, commas and non-ASCII text included.)
        """
        with fast_client(self) as client:
            asset_id = client.upload(io.BytesIO(data), filename=filename)
        if label is not None or similar_to is not None or cosine is not None:
            self.declare_vector(asset_id, label=label, similar_to=similar_to, cosine=cosine)
        return asset_id

    def declare_vector(
        self,
        asset_id: str,
        *,
        vector: Sequence[float] | None = None,
        label: str | None = None,
        similar_to: str | None = None,
        cosine: float | None = None,
    ) -> list[float]:
        """Set the vector an existing asset's embedding answers (``PUT
        /__mock/assets/<id>/vector``): exactly ``vector``, or by ``label``, or ``cosine`` from
        ``similar_to``'s. The new vector; ValueError with the mock's message if refused."""
        body: dict[str, Any] = {}
        if vector is not None:
            body["vector"] = [float(x) for x in vector]
        if label is not None:
            body["label"] = label
        if similar_to is not None:
            body["similar_to"] = similar_to
        if cosine is not None:
            body["cosine"] = cosine
        token = self._state.config.admin_token
        answer = httpx.put(
            f"{self.url}/__mock/assets/{asset_id}/vector",
            json=body,
            headers={TOKEN_HEADER: token} if token else None,
            timeout=30,
        )
        envelope = answer.json()
        if answer.status_code != 200:
            raise ValueError(
                f"the mock refused the vector ({answer.status_code}): {envelope['msg']}"
            )
        values: list[float] = envelope["data"]["vector"]
        return values

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
