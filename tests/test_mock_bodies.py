"""The mock in-process against malformed and hostile bodies: each gets an envelope error with the
right status (never a stack trace), uploads of every form and file name, and a handler's
exception as a 500 envelope."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import orjson
import pytest
from flask import Flask

from tests.support import KEY, MODEL, SEED_ASSET, MakeApp
from tests.support.in_process import auth, embed, http_for, http_for_undeclared

BAD_BODIES: dict[str, tuple[bytes, str, int]] = {
    "not json": (b"{asset_id: re_1}", "application/json", 400),
    "json array": (b"[]", "application/json", 400),
    "json string": (b'"re_657745568997527552"', "application/json", 400),
    "missing model": (b'{"asset_id": "re_657745568997527552"}', "application/json", 400),
    "missing asset": (b'{"model": "multimodalembedding@001"}', "application/json", 400),
    "wrong model": (b'{"asset_id": "re_657745568997527552", "model": "gpt"}', "application/json", 400),
    "asset not a string": (b'{"asset_id": 657745568997527552, "model": "multimodalembedding@001"}', "application/json", 400),
    "asset wrong form": (b'{"asset_id": "657745568997527552", "model": "multimodalembedding@001"}', "application/json", 400),
    "huge string": (orjson.dumps({"asset_id": "re_" + "9" * 60_000, "model": MODEL}), "application/json", 400),
    "nul byte": (b'{"asset_id": "re_6577\\u0000", "model": "multimodalembedding@001"}', "application/json", 400),
    "raw nul": (b'{"asset_id": "re_6577\x00", "model": "m"}', "application/json", 400),
    "invalid utf-8": (b'{"asset_id": "re_\xff\xfe", "model": "m"}', "application/json", 400),
    "deep nesting": (b"[" * 5000 + b"]" * 5000, "application/json", 400),
    "too large": (b'{"pad": "' + b"x" * 70_000 + b'"}', "application/json", 413),
    "form body": (b"asset_id=re_1&model=m", "application/x-www-form-urlencoded", 415),
    "text body": (b"hello", "text/plain", 415),
    "no content type": (b'{"asset_id": "re_657745568997527552"}', "", 415),
}  # fmt: skip


@pytest.mark.parametrize(
    ("body", "content_type", "status"), BAD_BODIES.values(), ids=BAD_BODIES.keys()
)
def test_bad_embedding_bodies_get_envelope_errors(
    http: httpx.Client, body: bytes, content_type: str, status: int
) -> None:
    headers = auth()
    if content_type:
        headers["Content-Type"] = content_type
    response = http.post("/embeddings/video", content=body, headers=headers)
    assert response.status_code == status, response.text
    assert response.json()["failed"] is True and response.json()["data"] is None


def test_unknown_fields_are_ignored_like_the_provider(http: httpx.Client) -> None:
    body = {"asset_id": SEED_ASSET, "model": MODEL, "extra": {"nested": [1, 2]}}
    assert embed(http, body).status_code == 200


UPLOADS: dict[str, tuple[Any, int]] = {
    "mp4": ({"file": ("a.mp4", b"data", "video/mp4")}, 200),
    "upper-case extension": ({"file": ("A.MKV", b"data", "video/x-matroska")}, 200),
    "octet-stream": ({"file": ("a.mov", b"data", "application/octet-stream")}, 200),
    "image": ({"file": ("a.png", b"\x89PNG", "image/png")}, 200),
    "pdf": ({"file": ("a.pdf", b"%PDF", "application/pdf")}, 415),
    "no extension, known type": ({"file": ("video", b"data", "video/mp4")}, 200),
    "no extension, generic type": ({"file": ("video", b"data", "application/octet-stream")}, 415),
    "unknown extension, known type": ({"file": ("video.xyz", b"data", "video/mp4")}, 415),
    "mismatched type": ({"file": ("a.mp4", b"data", "text/plain")}, 415),
    "empty file": ({"file": ("a.mp4", b"", "video/mp4")}, 400),
    "wrong part name": ({"video": ("a.mp4", b"data", "video/mp4")}, 400),
    "two file parts": ([("file", ("a.mp4", b"1", "video/mp4")), ("file", ("b.mp4", b"2", "video/mp4"))], 400),
}  # fmt: skip


@pytest.mark.parametrize(("files", "status"), UPLOADS.values(), ids=UPLOADS.keys())
def test_upload_formats_and_parts(http: httpx.Client, files: Any, status: int) -> None:
    response = http.post("/upload", files=files, headers=auth())
    assert response.status_code == status, response.text


@pytest.mark.parametrize(
    ("name", "stored"),
    [
        ("../../etc/passwd.mp4", "passwd.mp4"),
        # A quoted-string escapes each backslash: this is C:\Users\me\clip.mov on the wire.
        ("C:\\\\Users\\\\me\\\\clip.mov", "clip.mov"),
        ("a\x00b.mp4", "a_b.mp4"),
        ("x" * 1000 + ".mp4", "x" * 251 + ".mp4"),
    ],
)
def test_filenames_are_reduced_to_a_safe_base_name(
    http: httpx.Client, name: str, stored: str
) -> None:
    # Built by hand: httpx would percent-encode the NUL, and we want the raw byte on the wire.
    body = (
        b'--XyZ\r\nContent-Disposition: form-data; name="file"; filename="'
        + name.encode()
        + b'"\r\nContent-Type: video/mp4\r\n\r\ndata\r\n--XyZ--\r\n'
    )
    headers = auth(**{"Content-Type": "multipart/form-data; boundary=XyZ"})
    response = http.post("/upload", content=body, headers=headers)
    assert response.status_code == 200, response.text
    asset = response.json()["data"]["asset_id"]
    record = http.get(f"/{asset}/metadata", headers=auth()).json()["data"]["resource"][0]
    assert record["original_filename"] == stored


def test_upload_content_type_must_be_multipart(http: httpx.Client) -> None:
    response = http.post("/upload", json={"file": "x"}, headers=auth())
    assert response.status_code == 415


def test_upload_larger_than_the_limit_is_413(make_app: MakeApp) -> None:
    with http_for(make_app(max_upload=10_000)) as http:
        big = {"file": ("a.mp4", b"x" * 20_000, "video/mp4")}
        assert http.post("/upload", files=big, headers=auth()).status_code == 413
        small = {"file": ("a.mp4", b"x" * 1_000, "video/mp4")}
        assert http.post("/upload", files=small, headers=auth()).status_code == 200


def test_flask_errors_are_envelopes(http: httpx.Client) -> None:
    lost = http_for_undeclared(http)
    response = lost.get("/nowhere", headers=auth())
    assert response.status_code == 404 and response.json()["code"] == "0404"
    response = http.get("/embeddings/video", headers=auth())
    assert response.status_code == 405
    assert response.headers["Allow"] == "POST"
    assert response.json()["code"] == "0405"
    assert http.delete("/upload", headers=auth()).status_code == 405


def test_an_exception_in_a_handler_is_a_500_envelope(
    app: Flask,
    http: httpx.Client,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = app.extensions["mavi_mock"].store

    def broken(asset_id: str) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store, "get_asset", broken)
    with caplog.at_level(logging.ERROR, logger="mock_server"):
        response = embed(http)
    assert response.status_code == 500
    assert response.json()["code"] == "0500"
    request_id = response.headers["X-Request-Id"]
    assert request_id in response.json()["msg"]
    assert "Traceback" not in response.text and "disk on fire" not in response.text
    records = [r for r in caplog.records if r.name == "mock_server"]
    assert len(records) == 1 and request_id in records[0].getMessage()
    assert KEY not in caplog.text
