"""The client against a provider that misbehaves: it keeps its deadline, its memory, the server's
Retry-After and its secrets, and refuses input that should never reach the wire.

The slow and endless servers are ``tests.hostile_peer``: real sockets on loopback, so that the
deadline is tested through httpx's and httpcore's own reading, not a stand-in transport.
"""

from __future__ import annotations

import asyncio
import io
import logging
import re
import time
from collections.abc import Callable
from typing import Any

import httpx
import orjson
import pytest

from mavi_client import (
    AssetNotReadyError,
    AsyncMaviClient,
    ConfigurationError,
    MaviClient,
    MaviError,
    ProtocolError,
    ServerError,
    TransportError,
)
from tests import hostile_peer as peer

pytestmark = pytest.mark.slow  # a hostile server, and deadlines of a second each

KEY = "sk-test"
ASSET = "re_657745568997527552"
KINDS = ["sync", "async"]
#: How late a call may end after its deadline.
LATE = 1.0
SECRET = "c2VjcmV0LXNpZ25hdHVyZQ"


def call(kind: str, base_url: str, method: str, *args: Any, **options: Any) -> Any:
    """Run ``method`` of a client of ``kind`` made with ``options``, over the network."""
    wait = options.pop("wait", {})
    if kind == "sync":
        with MaviClient(KEY, base_url=base_url, **options) as client:
            return getattr(client, method)(*args, **wait)

    async def run() -> Any:
        async with AsyncMaviClient(KEY, base_url=base_url, **options) as client:
            return await getattr(client, method)(*args, **wait)

    return asyncio.run(run())


def timed(thunk: Callable[[], Any]) -> tuple[BaseException, float]:
    """The exception ``thunk`` raised, and how long it took."""
    start = time.monotonic()
    with pytest.raises(MaviError) as info:
        thunk()
    return info.value, time.monotonic() - start


def record(asset_id: str, status: str) -> bytes:
    row = {
        "extension": "mp4",
        "asset_id": asset_id,
        "original_filename": "a.mp4",
        "file_size": "10",
        "upload_status": status,
        "create_time": "1",
        "modify_time": "2",
    }
    return peer.envelope({"total": 1, "resource": [row]})


# --- 1. the deadline holds against a slow server ------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("slow", ["headers", "body"])
def test_a_slow_server_cannot_hold_a_call_past_its_timeout(kind: str, slow: str) -> None:
    behaviour = (
        peer.trickle_headers()
        if slow == "headers"
        else peer.trickle_body(peer.envelope({"embedding": [0.5] * 1408}))
    )
    with peer.HostilePeer(lambda method, target: behaviour) as hostile:
        error, took = timed(
            lambda: call(kind, hostile.url, "embed_video", ASSET, timeout=1, max_retries=0)
        )
    assert isinstance(error, TransportError), repr(error)
    assert error.stage == "timeout"
    assert "timeout of 1 s" in str(error)
    assert took < 1 + LATE, took


@pytest.mark.parametrize("kind", KINDS)
def test_wait_until_ready_keeps_its_own_deadline_against_a_slow_server(kind: str) -> None:
    with peer.HostilePeer(lambda method, target: peer.trickle_headers()) as hostile:
        error, took = timed(
            lambda: call(kind, hostile.url, "wait_until_ready", ASSET, wait={"timeout": 1})
        )
    assert isinstance(error, AssetNotReadyError), repr(error)
    assert took < 1 + LATE, took


@pytest.mark.parametrize("kind", KINDS)
def test_a_slow_storage_cannot_hold_a_signed_url_upload_past_its_timeout(kind: str) -> None:
    def route(method: str, target: str) -> peer.Behaviour:
        if target.endswith("/upload/signed-url"):
            url = f"{hostile.url}/storage/upload/re_1?expires=9999999999&signature={SECRET}"
            payload = {"asset_id": "re_1", "signed_url": url, "expires_in": 3600}
            return peer.answer("200 OK", peer.envelope(payload), Content_Type="application/json")
        return peer.trickle_headers()

    with peer.HostilePeer(route) as hostile:
        error, took = timed(
            lambda: call(
                kind,
                hostile.url,
                "upload_via_signed_url",
                io.BytesIO(b"\0" * 1000),
                timeout=1,
                wait={"filename": "a.mp4"},
            )
        )
    assert isinstance(error, TransportError), repr(error)
    assert error.stage == "timeout"
    assert took < 1 + LATE, took
    assert SECRET not in str(error) and SECRET not in repr(error.args)


# --- 2. memory stays bounded ----------------------------------------------------------------


def _rss_kib(field: str) -> int:
    status = open("/proc/self/status").read()  # noqa: SIM115
    match = re.search(rf"{field}:\s+(\d+) kB", status)
    assert match, field
    return int(match.group(1))


def peak_growth(thunk: Callable[[], Any]) -> int:
    """How far above the resident size before ``thunk`` its peak went, in MiB."""
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")  # start the peak (VmHWM) from the size now
    except OSError as exc:
        pytest.skip(f"cannot reset the peak resident size here: {exc}")
    before = _rss_kib("VmRSS")
    thunk()
    return (_rss_kib("VmHWM") - before) // 1024


HUGE = {
    "an endless chunked body": peer.endless_chunked,
    "a gzip bomb": lambda: peer.send_gzip_bomb(256),
    "300 MB of JSON": lambda: peer.huge_json(300),
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("case", list(HUGE))
def test_a_huge_answer_stops_at_the_cap_in_bounded_memory(kind: str, case: str) -> None:
    behaviour = HUGE[case]()
    errors: list[BaseException] = []

    def attempt() -> None:
        try:
            call(kind, hostile.url, "embed_video", ASSET, max_retries=0)
        except MaviError as exc:
            errors.append(exc)

    with peer.HostilePeer(lambda method, target: behaviour) as hostile:
        growth = peak_growth(attempt)
    (error,) = errors
    assert isinstance(error, ProtocolError), repr(error)
    assert "max_response_bytes" in str(error) and "67108864" in str(error)
    assert growth < 100, f"peak RSS grew by {growth} MiB"


def test_a_declared_length_over_the_cap_is_refused_before_reading() -> None:
    sent: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        def body() -> Any:
            for _ in range(100):
                sent.append(1)
                yield b"x" * 1024

        return httpx.Response(200, headers={"Content-Length": "102400"}, content=body())

    client = MaviClient(KEY, transport=httpx.MockTransport(handler), max_response_bytes=1000)
    with pytest.raises(ProtocolError, match="max_response_bytes"):
        client.embed_video(ASSET)
    assert sent == []


def test_an_answer_within_the_cap_is_read_whole() -> None:
    body = peer.envelope({"embedding": [0.5] * 1408})
    client = MaviClient(
        KEY,
        transport=httpx.MockTransport(lambda request: httpx.Response(200, content=body)),
        max_response_bytes=len(body),
    )
    assert client.embed_video(ASSET) == [0.5] * 1408
    small = MaviClient(
        KEY,
        transport=httpx.MockTransport(lambda request: httpx.Response(200, content=body)),
        max_response_bytes=len(body) - 1,
    )
    with pytest.raises(ProtocolError, match=f"max_response_bytes \\({len(body) - 1} bytes\\)"):
        small.embed_video(ASSET)


# --- 3. Retry-After on every retried status -----------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(
            503,
            headers={"Retry-After": "30"},
            content=orjson.dumps({"code": "0503", "msg": "busy", "data": None}),
        ),
        httpx.Response(502, headers={"Retry-After": "30"}, content=b"<html>Bad Gateway</html>"),
        httpx.Response(
            200,
            headers={"Retry-After": "30"},
            content=orjson.dumps({"code": "0503", "msg": "busy", "data": None}),
        ),
    ],
    ids=["503 envelope", "502 page", "legacy 0503"],
)
def test_retry_after_is_honoured_on_server_errors(answer: httpx.Response) -> None:
    answers = [answer, httpx.Response(200, content=peer.envelope({"embedding": [0.5] * 1408}))]
    slept: list[float] = []
    client = MaviClient(
        KEY,
        transport=httpx.MockTransport(lambda request: answers.pop(0)),
        sleep=slept.append,
        timeout=300,
    )
    assert client.embed_video(ASSET) == [0.5] * 1408
    assert slept == [30.0]


def test_a_server_error_carries_its_retry_after() -> None:
    answer = httpx.Response(503, headers={"Retry-After": "7"}, content=b"busy")
    client = MaviClient(KEY, transport=httpx.MockTransport(lambda request: answer), max_retries=0)
    with pytest.raises(ServerError) as info:
        client.embed_video(ASSET)
    assert info.value.retry_after == 7.0


# --- 4. input that never reaches the wire ---------------------------------------------------


BAD_IDS = ["", "..", ".", "a/b", "../metadata", "a?b", "a#b", "re_1\n", "re\x00", "a\\b", "a%2Fb"]


@pytest.mark.parametrize("asset_id", BAD_IDS)
@pytest.mark.parametrize("method", ["get_asset", "wait_until_ready", "embed_video"])
def test_an_asset_id_that_would_leave_its_path_is_refused_before_sending(
    asset_id: str, method: str
) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    client = MaviClient(KEY, transport=httpx.MockTransport(handler))
    with pytest.raises(ConfigurationError, match="asset_id"):
        getattr(client, method)(asset_id)
    assert sent == []


def test_an_unknown_model_is_a_mavi_error_naming_the_known_ones() -> None:
    client = MaviClient(KEY, transport=httpx.MockTransport(lambda request: httpx.Response(500)))
    with pytest.raises(ConfigurationError, match="multimodalembedding@001") as info:
        client.embed_video(ASSET, model="gpt-4")
    assert "gpt-4" in str(info.value)


@pytest.mark.parametrize(
    ("key", "problem"),
    [
        ("sk-test\n", "newline"),
        (" sk-test", "whitespace"),
        ("sk-te\x00st", "control character"),
        ("sk-tést", "non-ASCII"),
    ],
)
def test_a_key_that_cannot_be_a_header_is_a_configuration_error(key: str, problem: str) -> None:
    with pytest.raises(ConfigurationError, match=problem) as info:
        MaviClient(key)
    assert key.strip() not in str(info.value)


# --- 5. lying answers ---------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["wait_until_ready", "get_asset"])
def test_a_record_of_another_asset_is_a_protocol_error(method: str) -> None:
    answer = httpx.Response(200, content=record("re_2", "SUCCESS"))
    client = MaviClient(KEY, transport=httpx.MockTransport(lambda request: answer))
    with pytest.raises(ProtocolError, match="re_2") as info:
        getattr(client, method)("re_1")
    assert "re_1" in str(info.value)


# --- 6. secrets stay out of messages and logs ------------------------------------------------


def test_a_signed_urls_signature_never_appears_in_errors_or_logs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    url = f"https://storage.example/upload/re_1?expires=99&signature={SECRET}&X-Amz-Signature={SECRET}"

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/upload/signed-url"):
            data = {"asset_id": "re_1", "signed_url": url, "expires_in": 3600}
            return httpx.Response(200, content=peer.envelope(data))
        raise httpx.ConnectError("no route to host", request=request)

    client = MaviClient(
        KEY, transport=httpx.MockTransport(handler), sleep=lambda seconds: None, max_retries=2
    )
    with (
        caplog.at_level(logging.WARNING, logger="mavi_client"),
        pytest.raises(TransportError) as info,
    ):
        client.upload_via_signed_url(io.BytesIO(b"\0" * 10), filename="a.mp4")
    assert "storage.example" in str(info.value)
    assert "expires=99" in str(info.value)
    assert caplog.records, "the retries were not logged"
    assert SECRET not in str(info.value)
    assert SECRET not in caplog.text


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        (f"https://s.example/up?expires=9&signature={SECRET}", "expires=9"),
        ("https://s.example/up?X-Amz-Security-Token=AQo%2bDb%2fx%3d%3d&a=1", "a=1"),
        ("https://s.example/up?token=t%20x&b=2", "b=2"),
        ("https://s.example/up?sig=e&c=3", "c=3"),
        ("https://s.example/up?x=1&Signature=Q%2FRS#frag", "#frag"),
    ],
)
def test_redaction_goes_by_the_parameters_name_whatever_the_spelling(url: str, kept: str) -> None:
    from mavi_client._checks import redact_url  # noqa: PLC0415

    shown = redact_url(url)
    assert shown.startswith("https://s.example/up?"), shown
    assert kept in shown and "REDACTED" in shown
    for value in (SECRET, "AQo", "t%20x", "Q%2FRS", "sig=e"):
        assert value not in shown, (value, shown)


def test_httpx_own_request_log_shows_no_signature(caplog: pytest.LogCaptureFixture) -> None:
    url = f"https://storage.example/upload/re_1?expires=99&signature={SECRET}"

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/upload/signed-url"):
            data = {"asset_id": "re_1", "signed_url": url, "expires_in": 3600}
            return httpx.Response(200, content=peer.envelope(data))
        return httpx.Response(204)

    client = MaviClient(KEY, transport=httpx.MockTransport(handler))
    with caplog.at_level(logging.INFO, logger="httpx"):
        client.upload_via_signed_url(io.BytesIO(b"\0"), filename="a.mp4")
    lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert any(
        "storage.example/upload/re_1?expires=99&signature=REDACTED" in line for line in lines
    )
    assert SECRET not in caplog.text


def test_a_bad_signed_url_is_reported_without_its_signature() -> None:
    url = f"ftp://storage.example/upload?signature={SECRET}"
    answer = httpx.Response(
        200, content=peer.envelope({"asset_id": "re_1", "signed_url": url, "expires_in": 1})
    )
    client = MaviClient(KEY, transport=httpx.MockTransport(lambda request: answer))
    with pytest.raises(ProtocolError, match="not an absolute") as info:
        client.upload_via_signed_url(io.BytesIO(b"\0"), filename="a.mp4")
    assert SECRET not in str(info.value)


def test_the_deadline_reaches_the_connection_pools_of_the_installed_httpx() -> None:
    """The sync deadline lives in httpcore's network backend, reached through httpx's private
    attributes: this fails first if an httpx release moves them (pyproject's range is the one
    tested)."""
    from mavi_client import _limits  # noqa: PLC0415

    with httpx.Client() as http:
        assert _limits.install(http) is True
        assert _limits.install(http) is False  # already wrapped: never twice
    with httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200))) as http:
        assert _limits.install(http) is False  # a user's transport has no pool to wrap
