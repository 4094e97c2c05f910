"""The proxy's tests' shared pieces: the proxy in-process (served by werkzeug in a thread) in
front of a stand-in provider (``kit_testing/standin.py``, loopback only), and a client with a key."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from kit_testing.constants import BASE_PATH
from kit_testing.standin import MODEL, Routes, StandIn, serving
from mock_server.proxy import Proxy, ProxyConfig

KEY = "sk-mavi-proxy-test-5566778899"
SIGNATURE = "5e" * 16
EMBED = {"asset_id": "re_1", "model": MODEL}
JSON_HEADERS = {"Content-Type": "application/json"}


@dataclass
class Proxied:
    provider: StandIn
    proxy: Proxy
    origin: str
    client: httpx.Client

    def drift(self) -> dict[str, Any]:
        report: dict[str, Any] = self.client.get(self.origin + "/__mock/drift").json()
        return report


@contextmanager
def proxied(routes: Routes, record: Path | None = None, timeout: float = 5.0) -> Iterator[Proxied]:
    with StandIn(routes) as provider:
        proxy = Proxy(ProxyConfig(provider.url, str(record) if record else None, timeout))
        headers = {"Authorization": KEY}
        try:
            with (
                serving(proxy) as origin,
                httpx.Client(
                    base_url=origin + BASE_PATH, headers=headers, timeout=10, verify=False
                ) as client,
            ):
                yield Proxied(provider, proxy, origin, client)
        finally:
            proxy.close()


def every_operation(client: httpx.Client, rounds: int = 1) -> list[httpx.Response]:
    answers = []
    for _ in range(rounds):
        answers += [
            client.post("/upload", files={"file": ("clip.mp4", b"\x00" * 1000, "video/mp4")}),
            client.get("/re_1/metadata"),
            client.post("/embeddings/video", json=EMBED),
            client.post("/upload/signed-url", json={"original_filename": "clip.mp4"}),
        ]
    return answers
