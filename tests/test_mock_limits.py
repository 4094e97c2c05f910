"""Limits named for what they are: admin bodies are capped by ``--max-body`` (a full-length vector
declaration fits; more is a 413 before the body is read), a multipart body with too many parts
is a 400 that names the parts limit, and a ``file`` part sent without a filename is found, and
judged by its type (RFC 7578: a filename SHOULD be sent, not MUST)."""

from __future__ import annotations

import io
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from flask import Flask

from mock_server import MockConfig
from mock_server.testing import MockHandle, serve
from tests.support import BASE_PATH, KEY, MODEL, MakeApp

DIMENSION = 1408
#: The longest way to write one float with 17 significant digits, and JSON's separator.
LONGEST_NUMBER = "-1.2345678901234567e-308, "


@pytest.fixture
def app(make_app: MakeApp) -> Flask:
    made: Flask = make_app()
    return made


@pytest.fixture
def http(app: Flask) -> Iterator[httpx.Client]:
    transport = httpx.WSGITransport(app=app)
    with httpx.Client(transport=transport, base_url="http://127.0.0.1") as client:
        yield client


@pytest.fixture
def served(tmp_path: Path) -> Iterator[MockHandle]:
    with serve(MockConfig(data_dir=tmp_path / "data")) as handle:
        yield handle


def auth(**headers: str) -> dict[str, str]:
    return {"Authorization": KEY, **headers}


def upload(http: httpx.Client, body: bytes, boundary: str = "b0undary") -> httpx.Response:
    content_type = f"multipart/form-data; boundary={boundary}"
    return http.post(
        BASE_PATH + "/upload", content=body, headers=auth(**{"Content-Type": content_type})
    )


def part(disposition: str, data: bytes, content_type: str | None = None) -> bytes:
    head = f"--b0undary\r\nContent-Disposition: form-data; {disposition}\r\n"
    if content_type is not None:
        head += f"Content-Type: {content_type}\r\n"
    return head.encode() + b"\r\n" + data + b"\r\n"


END = b"--b0undary--\r\n"


def record(http: httpx.Client, asset_id: str) -> dict[str, Any]:
    answer = http.get(f"{BASE_PATH}/{asset_id}/metadata", headers=auth())
    found: dict[str, Any] = answer.json()["data"]["resource"][0]
    return found


def embedding(http: httpx.Client, asset_id: str) -> list[float]:
    answer = http.post(
        BASE_PATH + "/embeddings/video", json={"asset_id": asset_id, "model": MODEL}, headers=auth()
    )
    vector: list[float] = answer.json()["data"]["embedding"]
    return vector


def raw_answer(handle: MockHandle, head: str, body: bytes = b"") -> tuple[int, bytes, float]:
    """A request sent by hand (the body may be much shorter than announced): the status, the
    body and the seconds the answer took. Fails if no answer comes within 5 s."""
    started = time.monotonic()
    port = int(handle.url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(head.encode() + body)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
            if b"\r\n\r\n" in data and data.split(b"\r\n\r\n", 1)[1].endswith(b"}"):
                break
    return int(data.split(b" ", 2)[1]), data.split(b"\r\n\r\n", 1)[1], time.monotonic() - started


# --- admin bodies (item 11) ------------------------------------------------------------------


def test_the_default_body_limit_holds_a_full_length_vector_declaration() -> None:
    longest = len('{"vector": []}') + DIMENSION * len(LONGEST_NUMBER)
    assert MockConfig().max_body >= longest, (MockConfig().max_body, longest)


def test_a_full_length_vector_declaration_is_accepted(http: httpx.Client) -> None:
    files = {"file": ("a.mp4", b"declared", "video/mp4")}
    asset = http.post(BASE_PATH + "/upload", files=files, headers=auth()).json()["data"]["asset_id"]
    values = [(-1) ** i * (1 + i / 7) * 1e-5 for i in range(DIMENSION)]
    body = ('{"vector": [' + ", ".join(format(v, ".16e") for v in values) + "]}").encode()
    assert len(body) > 30_000  # 17 significant digits each, as the issue measured
    answer = http.put(
        f"/__mock/assets/{asset}/vector",
        content=body,
        headers={"Content-Type": "application/json"},
    )
    assert answer.status_code == 200, answer.text
    assert embedding(http, asset)[:2] == pytest.approx(values[:2], rel=1e-6)


@pytest.mark.slow  # a served mock, a body of 63 MB announced
@pytest.mark.parametrize(
    "path", ["/__mock/assets/re_123456789012345678/vector", "/__mock/scenario"]
)
def test_an_admin_body_over_max_body_is_refused_before_it_is_read(
    served: MockHandle, path: str
) -> None:
    # 63 MB announced (the body that took a worker to 1 GB), 10 bytes sent: the answer must come
    # without waiting for the rest.
    head = (
        f"PUT {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        "Content-Length: 63000000\r\n\r\n"
    )
    status, body, elapsed = raw_answer(served, head, b'{"vector":')
    assert status == 413, body
    envelope = orjson.loads(body)
    assert "63000000" in envelope["msg"] and str(MockConfig().max_body) in envelope["msg"]
    assert elapsed < 5


@pytest.mark.slow  # a served mock, a body sent in chunks
def test_a_chunked_admin_body_over_max_body_is_413(served: MockHandle) -> None:
    chunk = b"[" + b"0.5, " * 20_000
    body = b"%x\r\n%s\r\n" % (len(chunk), chunk) + b"0\r\n\r\n"
    head = (
        "PUT /__mock/scenario HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        "Transfer-Encoding: chunked\r\n\r\n"
    )
    status, payload, _ = raw_answer(served, head, body)
    assert status == 413, payload


# --- multipart parts (item 12) ---------------------------------------------------------------


def test_too_many_parts_is_a_400_that_names_the_parts_limit(http: httpx.Client) -> None:
    fields = b"".join(part(f'name="f{i}"', b"x") for i in range(1000))
    body = fields + part('name="file"; filename="a.mp4"', b"data", "video/mp4") + END
    assert len(body) < 100_000  # small: nowhere near the size limit
    answer = upload(http, body)
    assert answer.status_code == 400, answer.text
    msg = answer.json()["msg"]
    assert "1000 parts" in msg and "MAX_FORM_PARTS" in msg, msg
    assert "larger than" not in msg


def test_a_thousand_parts_are_still_read(http: httpx.Client) -> None:
    fields = b"".join(part(f'name="f{i}"', b"x") for i in range(999))
    body = fields + part('name="file"; filename="a.mp4"', b"data", "video/mp4") + END
    assert upload(http, body).status_code == 200


@pytest.mark.parametrize(
    ("media_type", "extension"),
    [("video/mp4", "mp4"), ("video/webm", "webm"), ("audio/wav", "wav")],
)
def test_a_file_part_without_a_filename_is_judged_by_its_type(
    http: httpx.Client, media_type: str, extension: str
) -> None:
    data = bytes(range(256)) * 4000  # 1 MB, binary: more than a form field may hold
    answer = upload(http, part('name="file"', data, media_type) + END)
    assert answer.status_code == 200, answer.text
    asset = answer.json()["data"]["asset_id"]
    assert record(http, asset)["extension"] == extension
    assert record(http, asset)["file_size"] == str(len(data))
    # Exactly these bytes: the same vector as the same file sent with a filename.
    named = http.post(
        BASE_PATH + "/upload", files={"file": ("b.mp4", data, "video/mp4")}, headers=auth()
    )
    assert embedding(http, asset) == embedding(http, named.json()["data"]["asset_id"])


@pytest.mark.parametrize("media_type", [None, "text/plain", "application/pdf"])
def test_a_file_part_without_a_filename_or_a_format_is_a_400_saying_so(
    http: httpx.Client, media_type: str | None
) -> None:
    answer = upload(http, part('name="file"', b"data", media_type) + END)
    assert answer.status_code == 400, answer.text
    assert "no filename" in answer.json()["msg"]


def test_octet_stream_without_a_filename_has_no_format_to_tell(make_app: MakeApp) -> None:
    body = part('name="file"', b"data", "application/octet-stream") + END
    for unlisted, status in (("reject", 415), ("accept", 200)):
        app = make_app(unlisted_formats=unlisted)
        with httpx.Client(
            transport=httpx.WSGITransport(app=app), base_url="http://127.0.0.1"
        ) as http:
            answer = upload(http, body)
            assert answer.status_code == status, answer.text
            if status == 415:
                assert "no extension" in answer.json()["msg"]
            else:
                assert record(http, answer.json()["data"]["asset_id"])["extension"] == "bin"


def test_the_storage_takes_a_file_part_without_a_filename(http: httpx.Client) -> None:
    issued = http.post(
        BASE_PATH + "/upload/signed-url", json={"original_filename": "clip.mov"}, headers=auth()
    ).json()["data"]
    body = part('name="file"', b"stored", "application/octet-stream") + END
    answer = http.post(
        issued["signed_url"],
        content=body,
        headers={"Content-Type": "multipart/form-data; boundary=b0undary"},
    )
    assert answer.status_code == 204, answer.text
    assert record(http, issued["asset_id"])["extension"] == "mov"


def test_an_upload_is_hashed_as_it_arrives_not_spooled(http: httpx.Client) -> None:
    # Other parts before and after the file, a preamble and a part split across reads: the
    # file's bytes, exactly.
    data = b"\r\n--b0undar" + bytes(range(256)) * 300
    body = (
        b"preamble\r\n"
        + part('name="before"', b"x" * 70_000)
        + part('name="file"; filename="a.mp4"', data, "video/mp4")
        + part('name="after"', b"y")
        + END
    )
    answer = upload(http, body)
    assert answer.status_code == 200, answer.text
    named = http.post(
        BASE_PATH + "/upload",
        files={"file": ("b.mp4", io.BytesIO(data), "video/mp4")},
        headers=auth(),
    )
    asset = answer.json()["data"]["asset_id"]
    assert record(http, asset)["file_size"] == str(len(data))
    assert embedding(http, asset) == embedding(http, named.json()["data"]["asset_id"])


def test_part_headers_over_the_form_memory_limit_are_a_400_that_names_it(
    http: httpx.Client,
) -> None:
    body = b"--b0undary\r\nX-Padding: " + b"p" * 600_000 + b"\r\n" + END
    answer = upload(http, body)
    assert answer.status_code == 400, answer.text
    assert "MAX_FORM_MEMORY_SIZE" in answer.json()["msg"]


def test_the_admin_limit_grows_with_the_dimension(make_app: MakeApp) -> None:
    # A full-length declaration at --dimension 4096 is over 64 KiB: it still fits.
    app = make_app(dimension=4096)
    with httpx.Client(transport=httpx.WSGITransport(app=app), base_url="http://127.0.0.1") as http:
        files = {"file": ("a.mp4", b"wide", "video/mp4")}
        answer = http.post(BASE_PATH + "/upload", files=files, headers=auth())
        asset = answer.json()["data"]["asset_id"]
        body = ('{"vector": [' + ", ".join(["-1.2345678901234567e-05"] * 4096) + "]}").encode()
        assert len(body) > MockConfig().max_body
        answer = http.put(f"/__mock/assets/{asset}/vector", content=body)
        assert answer.status_code == 200, answer.text
