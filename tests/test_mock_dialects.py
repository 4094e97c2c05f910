"""The mock's dialects, gateway fault, unlisted formats, signed-URL uploads and the request shapes
real clients send; in-process, every response judged by its dialect's document."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx
import numpy as np
import orjson
import pytest
from flask import Flask

from mavi_contract import DIALECTS, document_path
from mock_server import MockConfig
from tests.support import (
    BASE_PATH,
    KEY,
    MODEL,
    SEED_ASSET,
    MakeApp,
    ResponseContract,
    ValidatingTransport,
    file_vector,
)

CONTRACTS = {dialect: ResponseContract(document_path(dialect)) for dialect in DIALECTS}
VIDEO = b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 8


def http_for(app: Flask, dialect: str = "seed", *, validate: bool = True) -> httpx.Client:
    transport: httpx.BaseTransport = httpx.WSGITransport(app=app)
    if validate:
        transport = ValidatingTransport(transport, CONTRACTS[dialect])
    return httpx.Client(transport=transport, base_url="http://localhost" + BASE_PATH)


def auth(**extra: str) -> dict[str, str]:
    return {"Authorization": KEY, **extra}


def embed_body(asset_id: str = SEED_ASSET) -> dict[str, str]:
    return {"asset_id": asset_id, "model": MODEL}


# --- dialects ----------------------------------------------------------------------------------


@pytest.mark.parametrize("dialect", DIALECTS)
def test_each_dialect_from_the_configuration(make_app: MakeApp, dialect: str) -> None:
    with http_for(make_app(dialect=dialect), dialect) as http:
        ok = http.post("/embeddings/video", json=embed_body(), headers=auth())
        refused = http.post("/embeddings/video", json=embed_body(), headers={})
        unknown = http.post("/embeddings/video", json=embed_body("re_1"), headers=auth())
    assert ok.status_code == 200 and len(ok.json()["data"]["embedding"]) == 1408
    expected_code = {"seed": "0000", "modern": 200, "legacy": "0000"}[dialect]
    assert ok.json()["code"] == expected_code and ok.json()["success"] is True
    assert refused.json()["code"] == {"seed": "0401", "modern": 401, "legacy": "0401"}[dialect]
    assert refused.status_code == (200 if dialect == "legacy" else 401)
    assert unknown.json()["msg"] == "Asset not found"
    assert set(unknown.json()) == (
        {"code", "msg", "data"}
        if dialect == "modern"
        else {"code", "msg", "data", "success", "failed"}
    )


@pytest.mark.parametrize("dialect", DIALECTS)
def test_prefer_dialect_per_request(make_app: MakeApp, dialect: str) -> None:
    app = make_app()  # seed by default
    with http_for(app, dialect) as http:
        response = http.post(
            "/embeddings/video", json=embed_body("re_1"), headers=auth(Prefer=f"dialect={dialect}")
        )
        # Flask's own answers (no such route) follow the request's dialect too.
        missing = http.get("/no/such/route", headers=auth(Prefer=f"dialect={dialect}"))
    assert response.status_code == (200 if dialect == "legacy" else 400)
    assert missing.status_code == (200 if dialect == "legacy" else 404)
    assert missing.json()["code"] == (404 if dialect == "modern" else "0404")


def test_prefer_dialect_is_validated(make_app: MakeApp) -> None:
    with http_for(make_app()) as http:
        response = http.post(
            "/embeddings/video", json=embed_body(), headers=auth(Prefer="dialect=klingon")
        )
    assert response.status_code == 400
    assert response.json()["msg"] == "Prefer: dialect must be one of seed, modern, legacy"


def test_the_dialect_is_a_scenario_setting(make_app: MakeApp) -> None:
    app = make_app()
    admin = httpx.Client(transport=httpx.WSGITransport(app=app), base_url="http://localhost")
    assert (
        admin.put("/__mock/scenario", json={"dialect": "legacy"}).json()["data"]["dialect"]
        == "legacy"
    )
    with http_for(app, "legacy") as http:
        refused = http.post("/embeddings/video", json=embed_body(), headers={})
    assert (refused.status_code, refused.json()["code"]) == (200, "0401")
    assert admin.get("/__mock/health").json()["data"]["dialect"] == "legacy"
    # The admin endpoints are the mock's own: always the seed's envelope, whatever the dialect.
    bad = admin.put("/__mock/scenario", json={"dialect": "x"})
    assert bad.status_code == 400 and bad.json()["code"] == "0001"
    assert "dialect must be one of seed, modern, legacy" in bad.json()["msg"]
    assert admin.post("/__mock/reset").status_code == 200
    assert admin.get("/__mock/scenario").json()["data"]["dialect"] == "seed"


def test_the_vector_is_the_same_in_every_dialect(make_app: MakeApp) -> None:
    app = make_app()
    vectors = []
    for dialect in DIALECTS:
        with http_for(app, dialect) as http:
            answer = http.post(
                "/embeddings/video", json=embed_body(), headers=auth(Prefer=f"dialect={dialect}")
            )
        vectors.append(answer.json()["data"]["embedding"])
    assert vectors[0] == vectors[1] == vectors[2]


@pytest.mark.parametrize(
    ("environ", "dialect"),
    [
        ({}, "seed"),
        ({"MOCK_DIALECT": "legacy"}, "legacy"),
        ({"MOCK_DIALECT": "modern"}, "modern"),
    ],
)
def test_dialect_from_the_environment(environ: dict[str, str], dialect: str) -> None:
    assert MockConfig.from_env(environ).dialect == dialect


# --- the gateway -------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [502, 503, 404])
def test_prefer_gateway_answers_without_an_envelope(make_app: MakeApp, status: int) -> None:
    with http_for(make_app(), validate=False) as http:
        response = http.post(
            "/embeddings/video",
            json=embed_body(),
            headers={**auth(), "Prefer": f"gateway={status}"},
        )
    assert response.status_code == status
    if status == 502:
        assert response.headers["content-type"].startswith("text/html")
        assert b"502 Bad Gateway" in response.content
    else:
        body = response.json()
        assert set(body) == {"timestamp", "path", "status", "error", "requestId"}
        assert body["status"] == status and body["path"] == BASE_PATH + "/embeddings/video"
        assert body["requestId"] == response.headers["X-Request-Id"]


def test_gateway_rate_answers_that_fraction(make_app: MakeApp) -> None:
    app = make_app(gateway_rate=0.5, seed=3)
    seen: dict[int, int] = {}
    with http_for(app, validate=False) as http:
        for _ in range(200):
            status = http.get(f"/{SEED_ASSET}/metadata", headers=auth()).status_code
            seen[status] = seen.get(status, 0) + 1
    assert set(seen) == {200, 404, 502, 503}
    assert 70 <= seen[200] <= 130
    assert all(seen[s] >= 15 for s in (404, 502, 503))


# --- formats outside the documented list -------------------------------------------------------


def test_a_text_upload_is_refused_by_default_and_accepted_on_request(make_app: MakeApp) -> None:
    app = make_app()
    admin = httpx.Client(transport=httpx.WSGITransport(app=app), base_url="http://localhost")
    text = {"file": ("test.txt", b"hello", "text/plain")}
    with http_for(app) as http:
        refused = http.post("/upload", files=text, headers=auth())
        assert refused.status_code == 415 and "'txt'" in refused.json()["msg"]
        admin.put("/__mock/scenario", json={"unlisted_formats": "accept"})
        accepted = http.post("/upload", files=text, headers=auth())
        assert accepted.status_code == 200
        asset = accepted.json()["data"]["asset_id"]
        record = http.get(f"/{asset}/metadata", headers=auth()).json()["data"]["resource"][0]
    assert (record["extension"], record["original_filename"]) == ("txt", "test.txt")


# --- request shapes real clients send ----------------------------------------------------------


def test_an_upload_part_without_a_content_type(make_app: MakeApp) -> None:
    app = make_app()
    boundary = "b0undary"
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="clip.mp4"\r\n\r\n'
        ).encode()
        + VIDEO
        + f"\r\n--{boundary}--\r\n".encode()
    )
    with http_for(app) as http:
        response = http.post(
            "/upload",
            content=body,
            headers=auth(**{"Content-Type": f"multipart/form-data; boundary={boundary}"}),
        )
        assert response.status_code == 200
        asset = response.json()["data"]["asset_id"]
        answer = http.post("/embeddings/video", json=embed_body(asset), headers=auth())
    assert np.array_equal(np.float32(answer.json()["data"]["embedding"]), file_vector(VIDEO))


def test_metadata_with_a_json_content_type_and_no_body(make_app: MakeApp) -> None:
    with http_for(make_app()) as http:
        response = http.get(
            f"/{SEED_ASSET}/metadata", headers=auth(**{"Content-Type": "application/json"})
        )
    assert response.status_code == 200
    assert response.json()["data"]["resource"][0]["upload_status"] == "SUCCESS"


@pytest.mark.parametrize("dialect", DIALECTS)
def test_the_polling_loop_of_real_clients(make_app: MakeApp, dialect: str) -> None:
    """Upload, then read data.resource[0].upload_status until SUCCESS (FAILED: give up)."""
    app = make_app(processing_delay=0.3, dialect=dialect)
    with http_for(app, dialect) as http:
        asset = http.post("/upload", files={"file": ("a.mp4", VIDEO)}).json()
        assert asset["code"] == {"seed": "0401", "modern": 401, "legacy": "0401"}[dialect]
        asset_id = http.post("/upload", files={"file": ("a.mp4", VIDEO)}, headers=auth()).json()[
            "data"
        ]["asset_id"]
        seen = []
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            status = http.get(
                f"/{asset_id}/metadata", headers=auth(**{"Content-Type": "application/json"})
            ).json()["data"]["resource"][0]["upload_status"]
            seen.append(status)
            if status in ("SUCCESS", "FAILED"):
                break
            time.sleep(0.05)
    assert seen[-1] == "SUCCESS"
    assert seen[0] in ("WAITING", "UPLOADING")


# --- signed-URL uploads ------------------------------------------------------------------------


def signed_url(http: httpx.Client, name: str = "clip.mp4", **headers: str) -> dict[str, Any]:
    answer = http.post(
        "/upload/signed-url", json={"original_filename": name}, headers=auth(**headers)
    )
    assert answer.status_code == 200, answer.text
    data: dict[str, Any] = answer.json()["data"]
    return data


def storage_code(response: httpx.Response) -> str:
    return response.text.split("<Code>")[1].split("</Code>")[0]


@pytest.mark.parametrize("dialect", DIALECTS)
def test_signed_url_flow_stores_the_file_as_upload_does(make_app: MakeApp, dialect: str) -> None:
    app = make_app(processing_delay=0.2, dialect=dialect)
    with http_for(app, dialect) as http:
        issued = signed_url(http)
        assert issued["expires_in"] == 93600
        assert issued["signed_url"].startswith(
            f"http://localhost/storage/upload/{issued['asset_id']}?"
        )
        waiting = http.get(f"/{issued['asset_id']}/metadata", headers=auth()).json()
        assert waiting["data"]["resource"][0]["upload_status"] == "WAITING"
        stored = http.post(issued["signed_url"], files={"file": ("ignored.bin", VIDEO)})
        assert (stored.status_code, stored.content) == (204, b"")
        record = http.get(f"/{issued['asset_id']}/metadata", headers=auth()).json()["data"][
            "resource"
        ][0]
        assert record["upload_status"] in ("WAITING", "UPLOADING")
        assert (record["file_size"], record["extension"]) == (str(len(VIDEO)), "mp4")
        time.sleep(0.25)
        answer = http.post("/embeddings/video", json=embed_body(issued["asset_id"]), headers=auth())
    assert answer.status_code == 200
    # The same reading as POST /upload: the vector of the file's bytes.
    assert np.array_equal(np.float32(answer.json()["data"]["embedding"]), file_vector(VIDEO))


def test_a_signed_url_is_used_once(make_app: MakeApp) -> None:
    app = make_app()
    with http_for(app) as http:
        issued = signed_url(http)
        assert http.post(issued["signed_url"], files={"file": ("a.mp4", VIDEO)}).status_code == 204
        again = http.post(issued["signed_url"], files={"file": ("a.mp4", b"other bytes")})
        assert (again.status_code, storage_code(again)) == (403, "AccessDenied")
        record = http.get(f"/{issued['asset_id']}/metadata", headers=auth()).json()
    assert record["data"]["resource"][0]["file_size"] == str(len(VIDEO))  # the first file stays


@pytest.mark.parametrize(
    "forge",
    [
        lambda url: url.replace("signature=", "signature=0"),
        lambda url: url.replace("expires=", "expires=9"),
        lambda url: url.split("?")[0],
        lambda url: url.replace("/re_", "/re_9"),
    ],
    ids=["signature", "expiry", "no-query", "other-asset"],
)
def test_a_forged_signed_url_stores_nothing(make_app: MakeApp, forge: Callable[[str], str]) -> None:
    app = make_app()
    with http_for(app) as http:
        issued = signed_url(http)
        forged = http.post(forge(issued["signed_url"]), files={"file": ("a.mp4", VIDEO)})
        assert (forged.status_code, storage_code(forged)) == (403, "SignatureDoesNotMatch")
        record = http.get(f"/{issued['asset_id']}/metadata", headers=auth()).json()
        assert record["data"]["resource"][0]["upload_status"] == "WAITING"
        # ... and the real URL still works.
        assert http.post(issued["signed_url"], files={"file": ("a.mp4", VIDEO)}).status_code == 204


@pytest.mark.slow  # waits for a signed URL to expire
def test_an_expired_signed_url_stores_nothing(make_app: MakeApp) -> None:
    app = make_app(signed_url_ttl=1)
    with http_for(app) as http:
        issued = signed_url(http)
        assert issued["expires_in"] == 1
        time.sleep(1.1)
        late = http.post(issued["signed_url"], files={"file": ("a.mp4", VIDEO)})
        assert (late.status_code, storage_code(late)) == (400, "ExpiredToken")
        record = http.get(f"/{issued['asset_id']}/metadata", headers=auth()).json()
    assert record["data"]["resource"][0]["upload_status"] == "WAITING"


def test_storage_errors_are_xml_not_envelopes(make_app: MakeApp) -> None:
    app = make_app()
    with http_for(app) as http:
        issued = signed_url(http, name="notes.txt")
        wrong_format = http.post(issued["signed_url"], files={"file": ("x", b"text", "text/plain")})
        empty = http.post(signed_url(http)["signed_url"], files={"file": ("a.mp4", b"")})
        wrong_method = http.get(issued["signed_url"])
        not_multipart = http.post(signed_url(http)["signed_url"], content=b"raw")
    assert (wrong_format.status_code, storage_code(wrong_format)) == (415, "InvalidArgument")
    assert (empty.status_code, storage_code(empty)) == (400, "InvalidArgument")
    assert (wrong_method.status_code, wrong_method.headers["Allow"]) == (405, "POST")
    assert not_multipart.status_code == 415
    for answer in (wrong_format, empty, wrong_method, not_multipart):
        assert answer.headers["content-type"].startswith("application/xml")


def test_prefer_upload_status_on_the_signed_url_request(make_app: MakeApp) -> None:
    app = make_app()
    with http_for(app) as http:
        issued = signed_url(http, Prefer="upload_status=FAILED")
        http.post(issued["signed_url"], files={"file": ("a.mp4", VIDEO)})
        record = http.get(f"/{issued['asset_id']}/metadata", headers=auth()).json()
    assert record["data"]["resource"][0]["upload_status"] == "FAILED"


def test_the_storage_sees_no_key_in_the_journal_and_reset_forgets_signed_urls(
    make_app: MakeApp,
) -> None:
    app = make_app()
    admin = httpx.Client(transport=httpx.WSGITransport(app=app), base_url="http://localhost")
    with http_for(app) as http:
        issued = signed_url(http)
        http.post(issued["signed_url"], files={"file": ("a.mp4", VIDEO)})
        journal = admin.get("/__mock/journal").json()["data"]["requests"]
        storage = [entry for entry in journal if entry["path"].startswith("/storage/")]
        assert len(storage) == 1 and storage[0]["status"] == 204
        assert "sha256" in storage[0]["body"]
        admin.post("/__mock/reset")
        gone = http.get(f"/{issued['asset_id']}/metadata", headers=auth())
    assert gone.status_code == 400 and orjson.loads(gone.content)["msg"] == "Asset not found"
