"""The mock in-process (httpx.WSGITransport): every response is checked against openapi.yaml."""

from __future__ import annotations

import io
import logging
import re
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import numpy as np
import orjson
import pytest
from flask import Flask

from contract_tests.defects import failed_left_true
from generated_client import AuthenticatedClient
from generated_client.api.assets import get_asset_metadata
from generated_client.api.embeddings import create_video_embedding
from generated_client.models import (
    EmbeddingModel,
    ErrorEnvelope,
    VideoEmbeddingEnvelope,
    VideoEmbeddingRequest,
)
from mavi_client import (
    AuthError,
    InvalidRequestError,
    MaviClient,
    ProtocolError,
    RateLimitedError,
    RetryPolicy,
    ServerError,
)
from mavi_contract import DIALECTS, document_path
from mock_server import EXAMPLE_ASSET_IDS, embedding
from tests.support import (
    BASE_PATH,
    KEY,
    MODEL,
    SEED_ASSET,
    ContractViolation,
    MakeApp,
    ResponseContract,
    ValidatingTransport,
    file_vector,
)

CONTRACT = ResponseContract()
OPERATIONS = {
    "createVideoEmbedding": ("POST", "/embeddings/video"),
    "uploadAsset": ("POST", "/upload"),
    "createSignedUploadUrl": ("POST", "/upload/signed-url"),
    "getAssetMetadata": ("GET", f"/{SEED_ASSET}/metadata"),
}

STRING_CODES = {row["status"]: row["seed"] for row in CONTRACT.spec["x-dialect-table"]}
#: openapi.yaml's x-dialect-table, written out by hand (not read from the document the mock reads):
#: status -> (seed code, legacy code, message). In the modern dialect the code is the status.
ERROR_ROWS: dict[int, tuple[str, str, str]] = {
    400: ("0001", "0001", "Invalid parameters"),
    401: ("0401", "0401", "Unauthorized"),
    402: ("0402", "0402", "Insufficient balance"),
    403: ("0403", "0403", "Forbidden"),
    404: ("0404", "0404", "No such endpoint"),
    405: ("0405", "0405", "Method not allowed"),
    409: ("0409", "0409", "Duplicate request not allowed"),
    413: ("0413", "0413", "Payload too large"),
    415: ("0415", "0415", "Unsupported media type"),
    429: ("0429", "0429", "Request has exceeded the limit."),
    500: ("0500", "0500", "Internal server error"),
    503: ("0503", "0503", "Service unavailable"),
}
CONTRACTS = {dialect: ResponseContract(document_path(dialect)) for dialect in DIALECTS}


@pytest.fixture
def app(make_app: MakeApp) -> Flask:
    return make_app()


def http_for(app: Flask, *, declared_only: bool = True, dialect: str = "seed") -> httpx.Client:
    transport = ValidatingTransport(
        httpx.WSGITransport(app=app), CONTRACTS[dialect], declared_only=declared_only
    )
    return httpx.Client(transport=transport, base_url="http://localhost" + BASE_PATH)


@pytest.fixture
def http(app: Flask) -> Iterator[httpx.Client]:
    with http_for(app) as client:
        yield client


def client_for(app: Flask, dialect: str = "seed", **kw: Any) -> MaviClient:
    transport = ValidatingTransport(httpx.WSGITransport(app=app), CONTRACTS[dialect])
    kw.setdefault("retry", RetryPolicy(max_retries=0))
    return MaviClient(KEY, base_url="http://localhost" + BASE_PATH, transport=transport, **kw)


def auth(key: str = KEY, **extra: str) -> dict[str, str]:
    return {"Authorization": key, **extra}


def embed(http: httpx.Client, body: Any = None, **headers: str) -> httpx.Response:
    body = {"asset_id": SEED_ASSET, "model": MODEL} if body is None else body
    return http.post("/embeddings/video", json=body, headers=auth(**headers))


# --- the provider's own examples ------------------------------------------------------------


def test_seed_request_through_the_generated_client(app: Flask) -> None:
    generated = AuthenticatedClient(
        base_url="http://localhost" + BASE_PATH,
        token=KEY,
        prefix="",
        httpx_args={"transport": ValidatingTransport(httpx.WSGITransport(app=app), CONTRACT)},
    )
    body = VideoEmbeddingRequest(asset_id=SEED_ASSET, model=EmbeddingModel(MODEL))
    result = create_video_embedding.sync_detailed(client=generated, body=body)
    assert result.status_code == 200
    assert isinstance(result.parsed, VideoEmbeddingEnvelope)
    assert result.parsed.code == "0000" and result.parsed.success and not result.parsed.failed
    vector = np.array(result.parsed.data.embedding, dtype=np.float32)
    assert vector.shape == (1408,)
    assert abs(float(np.linalg.norm(vector)) - 1) < 1e-6
    assert np.array_equal(vector, embedding(MODEL, 1408, SEED_ASSET))

    meta = get_asset_metadata.sync_detailed(SEED_ASSET, client=generated)
    assert meta.status_code == 200 and meta.parsed is not None


def test_every_documented_example_asset_is_ready(app: Flask) -> None:
    client = client_for(app)
    for asset_id in EXAMPLE_ASSET_IDS:
        assert client.get_asset(asset_id).upload_status.value == "SUCCESS"
        assert len(client.embed_video(asset_id)) == 1408


def shortest_float32(value: np.float32) -> Decimal:
    """The shortest decimal that reads back as this float32 (0.1, not 0.10000000149011612)."""
    return Decimal(np.format_float_positional(value, unique=True, trim="-"))


def test_vectors_are_serialised_as_shortest_float32(http: httpx.Client) -> None:
    text = embed(http).text
    match = re.search(r'"embedding":\[([^\]]*)\]', text)
    assert match is not None, text[:200]
    tokens = match.group(1).split(",")  # the body's own digits, before any JSON parser reads them
    expected = embedding(MODEL, 1408, SEED_ASSET)
    assert len(tokens) == len(expected) == 1408
    wrong = [
        (i, token, str(shortest_float32(want)))
        for i, (token, want) in enumerate(zip(tokens, expected, strict=True))
        if Decimal(token) != shortest_float32(want)
    ]
    assert wrong == [], wrong[:5]
    # The check itself tells the two apart: float64's repr of the same float32 is refused.
    assert Decimal(repr(float(np.float32(0.1)))) != shortest_float32(np.float32(0.1))


# --- upload → metadata → embed ---------------------------------------------------------------


def test_upload_metadata_embed_flow_and_duplicates(app: Flask) -> None:
    client = client_for(app)
    video = b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 40
    first = client.upload(io.BytesIO(video), filename="holiday.mp4")
    second = client.upload(io.BytesIO(video), filename="copy of holiday.mp4")
    other = client.upload(io.BytesIO(video + b"!"), filename="other.mov")
    assert len({first, second, other}) == 3
    assert all(a.startswith("re_") and len(a) == 21 for a in (first, second, other))

    record = client.wait_until_ready(first)
    assert record.original_filename == "holiday.mp4"
    assert record.file_size == str(len(video))
    assert record.extension == "mp4"
    assert int(record.modify_time) >= int(record.create_time) > 1_700_000_000_000

    v1, v2, v3 = (np.array(client.embed_video(a)) for a in (first, second, other))
    assert np.array_equal(v1, v2)  # the same bytes embed identically
    assert abs(float(v1 @ v3)) < 0.15  # different bytes: nearly orthogonal
    assert np.array_equal(v1.astype(np.float32), file_vector(video))


def test_processing_delay_runs_waiting_uploading_success(make_app: MakeApp) -> None:
    app = make_app(processing_delay=0.3)
    client = client_for(app)
    asset = client.upload(io.BytesIO(b"video bytes"), filename="a.webm")
    assert client.get_asset(asset).upload_status.value in ("WAITING", "UPLOADING")
    with pytest.raises(InvalidRequestError) as info:
        client.embed_video(asset)
    assert info.value.status == 400 and "not ready" in info.value.msg
    ready = client.wait_until_ready(asset, poll_interval=0.05, timeout=5)
    assert ready.upload_status.value == "SUCCESS"
    assert len(client.embed_video(asset)) == 1408


def test_prefer_upload_status_failed(http: httpx.Client, app: Flask) -> None:
    response = http.post(
        "/upload",
        files={"file": ("bad.mp4", b"xx", "video/mp4")},
        headers=auth(Prefer="upload_status=FAILED"),
    )
    asset = response.json()["data"]["asset_id"]
    meta = http.get(f"/{asset}/metadata", headers=auth())
    assert meta.json()["data"]["resource"][0]["upload_status"] == "FAILED"
    assert embed(http, {"asset_id": asset, "model": MODEL}).status_code == 400


def test_unknown_asset_is_the_providers_400(http: httpx.Client) -> None:
    response = embed(http, {"asset_id": "re_123456789012345678", "model": MODEL})
    assert response.status_code == 400
    assert response.json()["msg"] == "Asset not found"
    assert http.get("/re_1/metadata", headers=auth()).status_code == 400


def test_accept_any_asset(make_app: MakeApp) -> None:
    client = client_for(make_app(accept_any_asset=True))
    vector = client.embed_video("re_000000000000000001")
    assert np.array_equal(np.float32(vector), embedding(MODEL, 1408, "re_000000000000000001"))
    assert client.get_asset("re_42").upload_status.value == "SUCCESS"


# --- auth ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "hint"),
    [
        (None, "sk-"),
        ("", "sk-"),
        (f"Bearer {KEY}", "without 'Bearer '"),
        (f"bearer {KEY}", "without 'Bearer '"),
        ("8483027fe3abfe535f6ae01a9979b4f7", "sk-"),
        ("sk-" + "a" * 300, "sk-"),
    ],
)
@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_auth_rules_cover_every_operation(
    http: httpx.Client, operation: str, header: str | None, hint: str
) -> None:
    method, path = OPERATIONS[operation]
    headers = {} if header is None else {"Authorization": header}
    response = http.request(method, path, headers=headers, json={})
    assert response.status_code == 401
    assert response.json()["code"] == "0401"
    assert hint in response.json()["msg"]


def test_configured_keys_only(make_app: MakeApp) -> None:
    app = make_app(api_keys=("sk-one", "sk-two"))
    with http_for(app) as http:
        assert embed(http, Authorization="sk-two").status_code == 200
        assert embed(http, Authorization="sk-three").status_code == 401
        assert embed(http, Authorization="sk-on").status_code == 401


def test_journal_masks_the_key_and_records_every_request(app: Flask, http: httpx.Client) -> None:
    embed(http)
    embed(http, {"asset_id": "x", "model": MODEL})
    http.get("/nowhere")
    with app.test_client() as admin:
        entries = admin.get("/__mock/journal").get_json()["data"]["requests"]
    assert [(e["method"], e["status"]) for e in entries] == [
        ("POST", 200),
        ("POST", 400),
        ("GET", 404),
    ]
    first = entries[0]
    assert first["headers"]["Authorization"] == "sk-***b4f7"
    assert KEY not in orjson.dumps(entries).decode()
    assert '"asset_id"' in first["body"] and first["request_id"]
    assert first["duration_ms"] >= 0


# --- malformed and hostile bodies ------------------------------------------------------------

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


def http_for_undeclared(http: httpx.Client) -> httpx.Client:
    transport = http._transport
    assert isinstance(transport, ValidatingTransport)
    transport.declared_only = False
    return http


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


# --- every declared error, in every dialect --------------------------------------------------


def declared_errors() -> list[tuple[str, int]]:
    cases = []
    for operation in OPERATIONS:
        op = next(
            op
            for item in CONTRACT.spec["paths"].values()
            for op in item.values()
            if op["operationId"] == operation
        )
        cases += [(operation, int(s)) for s in op["responses"] if s != "200"]
    return cases


@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize(("operation", "status"), declared_errors())
def test_prefer_code_returns_every_declared_error(
    make_app: MakeApp, operation: str, status: int, dialect: str
) -> None:
    """Each answer is judged by its dialect's document (ValidatingTransport)."""
    app = make_app(dialect=dialect)
    method, path = OPERATIONS[operation]
    with http_for(app, dialect=dialect) as http:
        response = http.request(
            method, path, headers=auth(Prefer=f"code={status}"), json={"asset_id": SEED_ASSET}
        )
    body = response.json()
    seed_code, legacy_code, message = ERROR_ROWS[status]
    if dialect == "modern":
        assert (response.status_code, body) == (
            status,
            {"code": status, "msg": message, "data": None},
        )
    else:
        assert response.status_code == (200 if dialect == "legacy" else status)
        assert body == {
            "code": seed_code if dialect == "seed" else legacy_code,
            "msg": message,
            "data": None,
            "success": False,
            "failed": True,
        }
    if status == 429:
        assert int(response.headers["Retry-After"]) >= 1


def test_prefer_code_not_declared_for_the_operation(http: httpx.Client) -> None:
    response = http.get(f"/{SEED_ASSET}/metadata", headers=auth(Prefer="code=413"))
    assert response.status_code == 400
    assert "not declared" in response.json()["msg"]
    assert http.get(f"/{SEED_ASSET}/metadata", headers=auth(Prefer="code=abc")).status_code == 400


def test_prefer_code_is_applied_after_auth(http: httpx.Client) -> None:
    response = http.post("/embeddings/video", headers={"Prefer": "code=429"}, json={})
    assert response.status_code == 401


# --- server scenarios ------------------------------------------------------------------------


def test_rate_limit_answers_429_with_retry_after_per_key(make_app: MakeApp) -> None:
    with http_for(make_app(rate_limit=1.0)) as http:
        assert embed(http).status_code == 200
        limited = embed(http)
        assert limited.status_code == 429
        assert limited.json()["code"] == "0429"
        assert limited.headers["Retry-After"] == "1"
        assert embed(http, Authorization="sk-another-account").status_code == 200


def test_rate_limited_client_retries_until_it_gets_through(app: Flask, make_app: MakeApp) -> None:
    client = client_for(make_app(rate_limit=20.0), retry=RetryPolicy(max_retries=10))
    asked: list[float] = []

    def sleep(seconds: float) -> None:
        asked.append(seconds)
        time.sleep(0.06)  # the mock's window is 50 ms; Retry-After (whole seconds) says 1

    client._sleep = sleep
    for _ in range(3):
        assert len(client.embed_video(SEED_ASSET)) == 1408
    assert asked and all(wait >= 1.0 for wait in asked)


def test_rate_limit_outlasting_the_retries_raises(make_app: MakeApp) -> None:
    client = client_for(make_app(rate_limit=0.001), retry=RetryPolicy(max_retries=1))
    client._sleep = lambda seconds: None
    client.embed_video(SEED_ASSET)
    with pytest.raises(RateLimitedError) as info:
        client.embed_video(SEED_ASSET)
    assert info.value.retry_after is not None and info.value.retry_after > 900


def test_failure_rate_is_seeded_and_repeats(make_app: MakeApp) -> None:
    def run() -> list[int]:
        app = make_app(failure_rate=0.5, seed=7)
        with http_for(app, declared_only=False) as http:
            return [embed(http).status_code for _ in range(40)]

    first, second = run(), run()
    assert first == second
    assert set(first) == {200, 500, 503}
    assert 8 <= first.count(200) <= 32


def test_scenario_can_be_changed_at_run_time(app: Flask, http: httpx.Client) -> None:
    admin = app.test_client()
    assert embed(http).status_code == 200
    changed = admin.put("/__mock/scenario", json={"failure_rate": 1, "seed": 3})
    assert changed.status_code == 200
    assert changed.get_json()["data"]["failure_rate"] == 1.0
    assert http_for_undeclared(http).post(
        "/embeddings/video", json={"asset_id": SEED_ASSET, "model": MODEL}, headers=auth()
    ).status_code in (500, 503)
    bad = admin.put("/__mock/scenario", json={"failure_rate": 3})
    assert bad.status_code == 400 and bad.get_json()["failed"] is True
    assert admin.put("/__mock/scenario", json={"nonsense": 1}).status_code == 400
    assert admin.post("/__mock/reset").status_code == 200
    assert embed(http).status_code == 200


def test_latency_fixed_and_per_request(make_app: MakeApp) -> None:
    with http_for(make_app(latency=(60.0, 60.0))) as http:
        start = time.perf_counter()
        embed(http)
        assert time.perf_counter() - start >= 0.06
    with http_for(make_app()) as http:
        start = time.perf_counter()
        embed(http, Prefer="delay=80")
        assert time.perf_counter() - start >= 0.08
        assert embed(http, Prefer="delay=-1").status_code == 400


@pytest.mark.parametrize("fault", ["reset", "empty"])
def test_transport_faults_in_process_raise_connection_reset(make_app: MakeApp, fault: str) -> None:
    with http_for(make_app(transport_fault=fault)) as http, pytest.raises(ConnectionResetError):
        embed(http)


def test_truncated_body_is_a_protocol_error_for_the_client(make_app: MakeApp) -> None:
    app = make_app(transport_fault="truncate")
    client = MaviClient(
        KEY,
        base_url="http://localhost" + BASE_PATH,
        transport=httpx.WSGITransport(app=app),
        max_retries=0,
    )
    with pytest.raises(ProtocolError):
        client.embed_video(SEED_ASSET)


def test_modern_dialect_end_to_end(make_app: MakeApp) -> None:
    app = make_app(dialect="modern")
    with http_for(app, dialect="modern") as http:
        assert embed(http).json()["code"] == 200
        assert embed(http, Authorization="nope").json() == {
            "code": 401,
            "msg": "Unauthorized: an API key looks like 'sk-...'",
            "data": None,
        }
    assert len(client_for(app, "modern").embed_video(SEED_ASSET)) == 1408


def test_configured_dimension(make_app: MakeApp) -> None:
    with http_for(make_app(dimension=256)) as http:
        assert len(embed(http).json()["data"]["embedding"]) == 256


def test_many_apps_in_one_process_share_nothing(make_app: MakeApp) -> None:
    a, b = make_app(), make_app(dialect="modern")
    with http_for(a) as ha, http_for(b, dialect="modern") as hb:
        asset = ha.post("/upload", files={"file": ("a.mp4", b"1", "video/mp4")}, headers=auth())
        asset_id = asset.json()["data"]["asset_id"]
        assert ha.get(f"/{asset_id}/metadata", headers=auth()).status_code == 200
        assert hb.get(f"/{asset_id}/metadata", headers=auth()).status_code == 400
        assert embed(hb).json()["code"] == 200 and embed(ha).json()["code"] == "0000"


def test_the_validating_transport_catches_a_broken_response(app: Flask) -> None:
    # Broken outside the app, so that both of its paths (Flask's and the shortcut) are.
    app.wsgi_app = failed_left_true(app.wsgi_app)  # type: ignore[method-assign]

    with http_for(app) as http, pytest.raises(ContractViolation):
        embed(http)
    with pytest.raises(ProtocolError):
        MaviClient(
            KEY, base_url="http://localhost" + BASE_PATH, transport=httpx.WSGITransport(app=app)
        ).embed_video(SEED_ASSET)


def test_error_envelope_parsed_by_generated_model(http: httpx.Client) -> None:
    response = embed(http, {"asset_id": SEED_ASSET, "model": "bad"})
    envelope = ErrorEnvelope.from_dict(response.json())
    assert envelope.success is False and envelope.failed is True and envelope.code == "0001"


def test_server_error_class_for_injected_503(make_app: MakeApp) -> None:
    client = client_for(make_app(failure_rate=1.0, seed=1))
    with pytest.raises(ServerError):
        client_for_undeclared(client).embed_video(SEED_ASSET)


def client_for_undeclared(client: MaviClient) -> MaviClient:
    transport = client._generated.get_httpx_client()._transport
    assert isinstance(transport, ValidatingTransport)
    transport.declared_only = False
    return client


def test_admin_spec_is_served(app: Flask) -> None:
    response = app.test_client().get("/__mock/openapi.yaml")
    assert response.status_code == 200 and b"/__mock/journal" in response.data


def test_admin_token_when_configured(make_app: MakeApp) -> None:
    app = make_app(admin_token="s3cret")
    admin = app.test_client()
    assert admin.get("/__mock/health").status_code == 401
    assert admin.get("/__mock/health", headers={"X-Mock-Admin-Token": "s3cret"}).status_code == 200


def test_wrong_key_is_an_auth_error_for_the_client(make_app: MakeApp) -> None:
    app = make_app(api_keys=("sk-only",))
    client = MaviClient(
        "sk-x", base_url="http://localhost" + BASE_PATH, transport=httpx.WSGITransport(app=app)
    )
    with pytest.raises(AuthError) as info:
        client.embed_video(SEED_ASSET)
    assert info.value.status == 401
