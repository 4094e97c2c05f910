"""The client's public surface: what ``mavi_client`` exports is what README documents, the
constructors spell out their options, and an error means the same in every dialect."""

from __future__ import annotations

import inspect
import re
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

import mavi_client
from mavi_client import AsyncMaviClient, AuthError, MaviClient, RateLimitedError

README = Path(__file__).resolve().parent.parent / "README.md"
OPTIONS = [
    "base_url",
    "timeout",
    "retry",
    "max_retries",
    "max_response_bytes",
    "check_dimension",
    "headers",
    "httpx_args",
    "transport",
    "sleep",
    "clock",
]


def test_every_public_name_is_exported_and_documented() -> None:
    public = {name for name in dir(mavi_client) if not name.startswith("_")}
    assert public == set(mavi_client.__all__)
    text = README.read_text()
    undocumented = [name for name in mavi_client.__all__ if f"`{name}" not in text]
    assert undocumented == []


def test_the_envelope_machinery_is_private() -> None:
    for name in ("interpret", "error_class", "CODE_STATUS", "SUCCESS_CODES", "is_retryable"):
        assert not hasattr(mavi_client, name), name
    client = MaviClient("sk-x", transport=httpx.MockTransport(lambda request: httpx.Response(500)))
    assert not hasattr(client, "generated")


@pytest.mark.parametrize("cls", [MaviClient, AsyncMaviClient])
def test_the_constructors_spell_out_their_options(cls: type) -> None:
    parameters = inspect.signature(cls.__init__).parameters
    assert list(parameters) == ["self", "api_key", *OPTIONS]
    for name in OPTIONS:
        parameter = parameters[name]
        assert parameter.kind is inspect.Parameter.KEYWORD_ONLY, name
        assert parameter.annotation is not inspect.Parameter.empty, name
    assert parameters["timeout"].default == mavi_client.DEFAULT_TIMEOUT
    assert parameters["max_response_bytes"].default == 64 * 1024 * 1024


BAD_KEY = {
    "seed": (401, {"code": "0401", "msg": "Unauthorized", "data": None, "success": False}),
    "modern": (401, {"code": 401, "msg": "Unauthorized", "data": None}),
    "legacy": (200, {"code": "0401", "msg": "Unauthorized", "data": None, "success": False}),
}


@pytest.mark.parametrize("dialect", list(BAD_KEY))
def test_a_bad_key_means_the_same_in_every_dialect(dialect: str) -> None:
    wire, body = BAD_KEY[dialect]
    answer = httpx.Response(
        wire, content=orjson.dumps(body), headers={"X-Request-Id": f"req-{dialect}"}
    )
    client = MaviClient("sk-x", transport=httpx.MockTransport(lambda request: answer))
    with pytest.raises(AuthError) as info:
        client.embed_video("re_1")
    error = info.value
    assert error.status == 401
    assert error.http_status == wire
    assert error.code == body["code"]
    assert error.request_id == f"req-{dialect}"
    assert error.headers["x-request-id"] == f"req-{dialect}"
    assert (error.method, error.path, error.subject, error.attempts) == (
        "POST",
        "/serve/api/v2/embeddings/video",
        "asset re_1",
        1,
    )
    assert re.search(rf"HTTP {wire}, code '?{body['code']}'?", str(error))


def test_an_error_is_complete_when_it_is_made() -> None:
    """The attributes come from the error's origin, not from patches after it is raised: an
    error caught inside the client's reading already has them."""
    seen: list[Any] = []
    answers = [
        httpx.Response(429, headers={"Retry-After": "0", "X-Request-Id": "r1"}, content=b"{}"),
        httpx.Response(429, headers={"Retry-After": "0", "X-Request-Id": "r2"}, content=b"{}"),
    ]
    client = MaviClient(
        "sk-x",
        transport=httpx.MockTransport(lambda request: answers.pop(0)),
        sleep=lambda seconds: None,
        max_retries=1,
    )
    original = client.retry.delay

    def delay(error: Any, retry_index: int) -> float | None:
        seen.append((error.request_id, error.attempts, error.retry_after, error.subject))
        return original(error, retry_index)

    object.__setattr__(client.retry, "delay", delay)
    with pytest.raises(RateLimitedError):
        client.embed_video("re_1")
    assert seen == [("r1", 1, 0.0, "asset re_1"), ("r2", 2, 0.0, "asset re_1")]
