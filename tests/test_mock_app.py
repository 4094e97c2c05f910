"""The mock in-process (httpx.WSGITransport), every response checked against openapi.yaml: the
provider's own examples, upload → metadata → embed, and who may call what."""

from __future__ import annotations

import io
import re
from decimal import Decimal
from pathlib import Path

import httpx
import numpy as np
import orjson
import pytest
from flask import Flask

from generated_client import AuthenticatedClient
from generated_client.api.assets import get_asset_metadata
from generated_client.api.embeddings import create_video_embedding
from generated_client.models import EmbeddingModel, VideoEmbeddingEnvelope, VideoEmbeddingRequest
from mavi_client import AuthError, InvalidRequestError, MaviClient
from mock_server import EXAMPLE_ASSET_IDS, MockConfig, create_app, embedding
from tests.support import (
    BASE_PATH,
    KEY,
    MODEL,
    SEED_ASSET,
    MakeApp,
    ValidatingTransport,
    file_vector,
)
from tests.support.in_process import CONTRACT, OPERATIONS, auth, client_for, embed, http_for


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


def test_the_mocks_success_envelope_says_success(tmp_path: Path) -> None:
    app = create_app(MockConfig(data_dir=tmp_path))
    client = app.test_client()
    answer = client.get(
        "/serve/api/v2/re_657745568997527552/metadata", headers={"Authorization": "sk-1"}
    )
    assert orjson.loads(answer.data)["msg"] == "success"
