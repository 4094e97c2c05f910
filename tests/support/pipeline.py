"""What the request pipeline's tests share (issue 20): the embedding and metadata paths, the
seeded asset's embedding body, an in-process HTTP client, and counters put in place of the
pipeline's sleeps and of Flask's dispatch."""

from __future__ import annotations

from typing import Any

import httpx
import orjson
import pytest
from flask import Flask

import mock_server.pipeline
from kit_testing import BASE_PATH, KEY, MODEL, SEED_ASSET

EMBED = BASE_PATH + "/embeddings/video"
METADATA = BASE_PATH + f"/{SEED_ASSET}/metadata"
SEED_BODY = orjson.dumps({"asset_id": SEED_ASSET, "model": MODEL})


def client(app: Flask) -> httpx.Client:
    return httpx.Client(transport=httpx.WSGITransport(app=app), base_url="http://localhost")


def embed_environ(**extra: str) -> dict[str, Any]:
    """A WSGI environ of the seed's embedding request, as the shortcut takes it (no body stream:
    give each call its own ``wsgi.input``)."""
    return {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": EMBED,
        "SERVER_NAME": "localhost",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.url_scheme": "http",
        "CONTENT_TYPE": "application/json",
        "CONTENT_LENGTH": str(len(SEED_BODY)),
        "HTTP_AUTHORIZATION": KEY,
        **extra,
    }


def json_headers(key: str = KEY) -> dict[str, str]:
    return {"Authorization": key, "Content-Type": "application/json"}


class Sleeps:
    """Records the pipeline's sleeps instead of sleeping."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.seconds: list[float] = []
        fake = type("time", (), {"sleep": staticmethod(self.seconds.append)})
        monkeypatch.setattr(mock_server.pipeline, "time", fake)


class FlaskCalls:
    """Counts the requests Flask dispatches (those the embedding shortcut passes on)."""

    def __init__(self, app: Flask) -> None:
        self.count = 0
        inner = app.full_dispatch_request

        def counting() -> Any:
            self.count += 1
            return inner()

        app.full_dispatch_request = counting  # type: ignore[method-assign]
