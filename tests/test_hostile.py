"""Hostile input: whatever arrives, the mock answers with an envelope and a 4xx it declares, never
a 5xx, a non-JSON body or a hang; size limits hold before a body is read."""

from __future__ import annotations

import re
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from flask import Flask
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mock_server import MockConfig, create_app
from tests.support import BASE_PATH, KEY, SEED_ASSET, MockProcess, ResponseContract, running_mock

CONTRACT = ResponseContract()
HOSTILE_EXAMPLES = 2500
ALLOWED_UNMATCHED = {404, 405}
pytestmark = pytest.mark.slow  # 2,500 Hypothesis examples; the mock under granian
SEED_BODY = orjson.dumps({"asset_id": SEED_ASSET, "model": "multimodalembedding@001"})


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Flask:
    return create_app(
        MockConfig(data_dir=Path(tmp_path_factory.mktemp("hostile")), max_upload=256 * 1024)
    )


def deep_json(depth: int) -> bytes:
    return b'{"a":' * depth + b"1" + b"}" * depth


filenames = st.one_of(
    st.sampled_from(
        ["../../etc/passwd", "..\\..\\boot.ini", "a\x00b.mp4", "x" * 5000 + ".mp4", "", ".mp4",
         "CON.mp4", "clip.mp4", "photo.PNG", "a/b/c.mov", "%2e%2e%2fx.mp4", "é.webm"]
    ),
    st.text(max_size=40),
)  # fmt: skip


@st.composite
def multipart_bodies(draw: st.DrawFn) -> tuple[bytes, str]:
    boundary = draw(st.sampled_from(["b0undary", "x", "----WebKit", ""]))
    parts = []
    for _ in range(draw(st.integers(0, 3))):
        name = draw(st.sampled_from(["file", "file", "other", ""]))
        filename = draw(filenames)
        content_type = draw(st.sampled_from(["video/mp4", "text/plain", "", "image/png"]))
        content = draw(st.binary(max_size=64))
        head = f'Content-Disposition: form-data; name="{name}"'
        if draw(st.booleans()):
            head += f'; filename="{filename}"'
        if content_type:
            head += f"\r\nContent-Type: {content_type}"
        parts.append(
            f"--{boundary}\r\n{head}\r\n\r\n".encode("utf-8", "surrogatepass") + content + b"\r\n"
        )
    end = f"--{boundary}--\r\n".encode() if draw(st.booleans()) else b""
    return b"".join(parts) + end, f"multipart/form-data; boundary={boundary}"


json_bodies = st.one_of(
    st.just(deep_json(2000)),
    st.just(b'{"asset_id": "re_' + b"9" * 70_000 + b'"}'),
    st.just(b'{"asset_id": "\xff\xfe\xfd", "model": "multimodalembedding@001"}'),
    st.just(b'{"asset_id": "re_1\x00", "model": "multimodalembedding@001"}'),
    st.binary(max_size=200),
    st.builds(
        lambda a, m: orjson.dumps({"asset_id": a, "model": m}),
        st.one_of(st.just(SEED_ASSET), st.text(max_size=40)),
        st.one_of(st.just("multimodalembedding@001"), st.text(max_size=20)),
    ),
)


@st.composite
def requests(draw: st.DrawFn) -> dict[str, Any]:
    method = draw(st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]))
    path = draw(
        st.one_of(
            st.sampled_from(
                ["/embeddings/video", "/upload", f"/{SEED_ASSET}/metadata", "/re_1/metadata",
                 "/../../etc/passwd/metadata", "/%00/metadata", "/a/b/metadata", "/", "/embeddings"]
            ),
            st.text(alphabet=st.characters(codec="ascii", exclude_characters="?#"), max_size=30).map(lambda s: "/" + s),
        )
    )  # fmt: skip
    headers: dict[str, str] = {}
    auth = draw(st.sampled_from([KEY, f"Bearer {KEY}", "", "sk-" + "a" * 300, "garbage", None]))
    if auth is not None:
        headers["Authorization"] = auth
    if draw(st.booleans()):
        headers["Prefer"] = draw(
            st.sampled_from(["code=999", "code=418", "delay=abc", "code=400", "x"])
        )
    kind = draw(st.sampled_from(["json", "multipart", "other", "none"]))
    if kind == "json":
        body = draw(json_bodies)
        headers["Content-Type"] = draw(
            st.sampled_from(["application/json", "application/json; charset=latin-1", "text/json"])
        )
    elif kind == "multipart":
        body, headers["Content-Type"] = draw(multipart_bodies())
    elif kind == "other":
        body = draw(st.binary(max_size=100))
        headers["Content-Type"] = draw(
            st.text(max_size=30).filter(lambda s: "\n" not in s and "\r" not in s)
        )
    else:
        body = b""
    return {"method": method, "path": BASE_PATH + path, "headers": headers, "data": body}


@settings(
    max_examples=HOSTILE_EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(req=requests())
def hostile_request_gets_a_declared_4xx_envelope(
    app: Flask, tried: list[None], req: dict[str, Any]
) -> None:
    tried.append(None)
    client = app.test_client()
    started = time.monotonic()
    try:
        response = client.open(
            req["path"], method=req["method"], headers=req["headers"], data=req["data"]
        )
    except UnicodeEncodeError:
        return  # the test client itself cannot put such a header on the wire
    assert time.monotonic() - started < 5, "the mock took too long"
    status = response.status_code
    assert status < 500, (
        status,
        response.data[:200],
        req["method"],
        req["path"],
        req["headers"],
        req["data"][:300],
    )
    if req["method"] == "HEAD":
        assert response.data == b""
        return
    body = orjson.loads(response.data)  # JSON, always
    assert set(body) == {"code", "msg", "data", "success", "failed"}
    if status >= 400:
        assert body["success"] is False and body["failed"] is True and body["data"] is None
    path = req["path"].split("?")[0]
    if req["method"] in ("GET", "HEAD") and path.endswith("/metadata"):
        # Any ".../metadata" path reaches getAssetMetadata, which rejects a malformed id (400).
        path = BASE_PATH + "/re_0/metadata"
    op = CONTRACT.find(req["method"], path)
    if op is not None:
        assert str(status) in op["responses"], (op["operationId"], status, body["msg"])
    else:
        assert status in ALLOWED_UNMATCHED, (req["method"], req["path"], status)


def test_hostile_requests_get_declared_4xx_envelopes(app: Flask) -> None:
    tried: list[None] = []
    hostile_request_gets_a_declared_4xx_envelope(app, tried)
    # The budget was actually spent: Hypothesis ran (nearly) every example it was given.
    assert len(tried) >= 2000, len(tried)


# --- limits over a real socket ---------------------------------------------------------------


@pytest.fixture(scope="module")
def small_limits(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockProcess]:
    with running_mock(
        Path(tmp_path_factory.mktemp("limits")),
        MOCK_MAX_BODY="1024",
        MOCK_MAX_UPLOAD="4096",
        MOCK_WORKERS="1",
    ) as mock:
        yield mock


def raw_answer(mock: MockProcess, head: str, body: bytes = b"") -> tuple[bytes, float]:
    """Send a request by hand (the body may be much shorter than announced); the answer, the time."""
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", mock.port), timeout=10) as sock:
        sock.sendall(head.encode() + body)
        data = b""
        while b"\r\n\r\n" not in data or len(data) < data.index(b"\r\n\r\n") + 4 + _length(data):
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    return data, time.monotonic() - started


def raw_exchange(mock: MockProcess, head: str, body: bytes = b"") -> tuple[int, bytes, float]:
    """``raw_answer`` split into status and body."""
    data, elapsed = raw_answer(mock, head, body)
    status = int(data.split(b" ", 2)[1])
    return status, data.split(b"\r\n\r\n", 1)[1], elapsed


def _length(data: bytes) -> int:
    match = re.search(rb"(?i)content-length:\s*(\d+)", data)
    return int(match.group(1)) if match else 0


@pytest.mark.parametrize(
    ("path", "content_type"),
    [("/embeddings/video", "application/json"), ("/upload", "multipart/form-data; boundary=x")],
)
def test_oversized_bodies_are_refused_before_they_are_read(
    small_limits: MockProcess, path: str, content_type: str
) -> None:
    # 10 GB announced, 10 bytes sent: the answer must come without waiting for the rest.
    head = (
        f"POST {BASE_PATH}{path} HTTP/1.1\r\nHost: x\r\nAuthorization: {KEY}\r\n"
        f"Content-Type: {content_type}\r\nContent-Length: 10000000000\r\n\r\n"
    )
    status, body, elapsed = raw_exchange(small_limits, head, b"0123456789")
    assert status == 413
    assert orjson.loads(body)["failed"] is True
    assert elapsed < 5


def test_chunked_body_over_the_limit_is_413(small_limits: MockProcess) -> None:
    chunk = b"x" * 2000
    body = b"%x\r\n%s\r\n" % (len(chunk), chunk) + b"0\r\n\r\n"
    head = (
        f"POST {BASE_PATH}/embeddings/video HTTP/1.1\r\nHost: x\r\nAuthorization: {KEY}\r\n"
        "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    status, payload, _ = raw_exchange(small_limits, head, body)
    assert status == 413, payload


def test_chunked_upload_over_the_limit_is_413(small_limits: MockProcess) -> None:
    part = (
        b'--x\r\nContent-Disposition: form-data; name="file"; filename="a.mp4"\r\n'
        b"Content-Type: video/mp4\r\n\r\n" + b"v" * 10_000 + b"\r\n--x--\r\n"
    )
    body = b"%x\r\n%s\r\n" % (len(part), part) + b"0\r\n\r\n"
    head = (
        f"POST {BASE_PATH}/upload HTTP/1.1\r\nHost: x\r\nAuthorization: {KEY}\r\n"
        "Content-Type: multipart/form-data; boundary=x\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    status, payload, _ = raw_exchange(small_limits, head, body)
    assert status == 413, payload
    assert "Traceback" not in small_limits.log_text()


@pytest.mark.parametrize(
    ("path", "headers", "body", "closes"),
    [
        # Answered before the body is read (413; 401 on an upload): the connection closes.
        ("/embeddings/video", "Content-Type: application/json", b"{" * 70_000, True),
        ("/upload", "Authorization: Bearer x\r\nContent-Type: multipart/form-data; boundary=x",
         b"v" * 100_000, True),
        # A small unread rest (up to 64 KiB) is read and dropped: the connection stays open.
        ("/upload", "Authorization: Bearer x\r\nContent-Type: multipart/form-data; boundary=x",
         b"v" * 3000, False),
        # Read to the end: the connection stays open.
        ("/embeddings/video", "Content-Type: application/json", SEED_BODY, False),
    ],
    ids=["413-unread", "401-unread-upload", "401-small-rest-drained", "read"],
)  # fmt: skip
def test_an_answer_before_the_body_is_read_closes_the_connection(
    small_limits: MockProcess, path: str, headers: str, body: bytes, closes: bool
) -> None:
    if "Authorization" not in headers:
        headers += f"\r\nAuthorization: {KEY}"
    head = (
        f"POST {BASE_PATH}{path} HTTP/1.1\r\nHost: x\r\n{headers}\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    answer, _ = raw_answer(small_limits, head, body)
    headers_seen = answer.split(b"\r\n\r\n", 1)[0].decode().lower()
    assert ("connection: close" in headers_seen) is closes, headers_seen


def test_a_keep_alive_client_survives_refused_bodies(small_limits: MockProcess) -> None:
    # One connection, oversized bodies (refused unread) between good requests: every request gets
    # an answer. Before the fix, gunicorn dropped the connection after each 70 KB refusal while
    # its answer said keep-alive, and the next request failed.
    limits = httpx.Limits(max_connections=1)
    headers = {"Authorization": KEY, "Content-Type": "application/json"}
    with httpx.Client(base_url=small_limits.base_url, limits=limits, timeout=10) as http:
        for _ in range(10):
            refused = http.post("/embeddings/video", content=b"{" * 70_000, headers=headers)
            assert refused.status_code == 413
            assert http.post("/embeddings/video", content=SEED_BODY, headers=headers).is_success
            # A small body refused unread is drained instead: the connection is kept.
            bearer = {**headers, "Authorization": "Bearer x"}
            assert (
                http.post("/embeddings/video", content=SEED_BODY, headers=bearer).status_code == 401
            )
            assert http.post("/embeddings/video", content=SEED_BODY, headers=headers).is_success
