"""The client's TLS context: one per process for every client that verifies by default (httpx
builds a new one, and loads the CA bundle, for each client otherwise), and the user's own
``verify`` whenever one is given."""

from __future__ import annotations

import os
import ssl
import sys
import threading
import types
from typing import Any

import httpx
import pytest

import mavi_client._limits as limits
from mavi_client import AsyncMaviClient, MaviClient

KEY = "sk-test"


def context_of(client: MaviClient | AsyncMaviClient) -> ssl.SSLContext:
    """The SSL context the client's connection pool opens its connections with."""
    if isinstance(client, MaviClient):
        http: Any = client._generated.get_httpx_client()
    else:
        http = client._generated.get_async_httpx_client()
    context = http._transport._pool._ssl_context
    assert isinstance(context, ssl.SSLContext)
    return context


def test_clients_that_verify_by_default_share_one_context() -> None:
    first, second, third = MaviClient(KEY), MaviClient(KEY), AsyncMaviClient(KEY)
    shared = context_of(first)
    assert context_of(second) is shared
    assert context_of(third) is shared
    assert shared.verify_mode == ssl.CERT_REQUIRED
    assert shared.check_hostname is True


def test_a_context_given_by_the_user_is_used_as_is() -> None:
    own = ssl.create_default_context()
    client = MaviClient(KEY, httpx_args={"verify": own})
    assert context_of(client) is own
    assert context_of(AsyncMaviClient(KEY, httpx_args={"verify": own})) is own
    assert context_of(MaviClient(KEY)) is not own


def test_verify_false_turns_verification_off_for_that_client_only() -> None:
    client = MaviClient(KEY, httpx_args={"verify": False})
    assert context_of(client).verify_mode == ssl.CERT_NONE
    assert context_of(MaviClient(KEY)).verify_mode == ssl.CERT_REQUIRED


@pytest.mark.parametrize(
    "extra", [{"http2": True}, {"trust_env": False}, {"cert": "client.pem"}], ids=str
)
def test_options_that_change_the_context_get_their_own(
    extra: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    # httpcore sets ALPN on the context per connection (h2 or not), and httpx loads a client
    # certificate into it: such a client must not change the context the others share.
    monkeypatch.setattr(httpx._transports.default, "create_ssl_context", fake_context)
    monkeypatch.setitem(sys.modules, "h2", types.ModuleType("h2"))  # only imported, not used
    shared = limits.default_ssl_context()
    assert context_of(MaviClient(KEY, httpx_args=extra)) is not shared


def fake_context(**options: Any) -> ssl.SSLContext:
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def test_the_shared_context_follows_ssl_cert_file(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str | None] = []

    def create(**options: Any) -> ssl.SSLContext:
        built.append(os.environ.get("SSL_CERT_FILE"))
        return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)

    monkeypatch.setattr(limits, "_SHARED", {})
    monkeypatch.setattr(httpx, "create_ssl_context", create)
    monkeypatch.setenv("SSL_CERT_FILE", "a.pem")
    first = limits.default_ssl_context()
    assert limits.default_ssl_context() is first
    monkeypatch.setenv("SSL_CERT_FILE", "b.pem")
    assert limits.default_ssl_context() is not first
    assert built == ["a.pem", "b.pem"]


def test_the_shared_context_is_built_once_under_concurrent_first_use(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[ssl.SSLContext] = []
    gate = threading.Barrier(8, timeout=5)

    def slow_create(**options: Any) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        calls.append(context)
        threading.Event().wait(0.05)  # long enough for every thread to arrive meanwhile
        return context

    monkeypatch.setattr(limits, "_SHARED", {})
    monkeypatch.setattr(httpx, "create_ssl_context", slow_create)
    seen: list[ssl.SSLContext] = []

    def use() -> None:
        gate.wait()
        seen.append(limits.default_ssl_context())

    threads = [threading.Thread(target=use) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
    assert len(seen) == 8
    assert len(calls) == 1
    assert all(context is calls[0] for context in seen)
