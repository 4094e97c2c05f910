"""The live suite's own parts, checked offline: the drift report and the sample video."""

from __future__ import annotations

import struct
from pathlib import Path

import httpx
import orjson
import pytest
from flask import Flask

from contract_tests.drift import DriftRecorder
from contract_tests.sample_video import tiny_avi
from kit_testing import KEY, SEED_ASSET
from mock_server import BASE_PATH, MockConfig, create_app


def recorded_client(app: Flask, recorder: DriftRecorder) -> httpx.Client:
    return httpx.Client(
        transport=httpx.WSGITransport(app=app),
        base_url="http://localhost" + BASE_PATH,
        headers={"Authorization": KEY},
        event_hooks={"response": [recorder]},
    )


def exercise(http: httpx.Client) -> None:
    http.post(
        "/embeddings/video", json={"asset_id": SEED_ASSET, "model": "multimodalembedding@001"}
    )
    http.post("/embeddings/video", json={"asset_id": "x"})
    asset = http.post("/upload", files={"file": ("a.avi", tiny_avi(), "video/x-msvideo")})
    http.get(f"/{asset.json()['data']['asset_id']}/metadata")


def test_the_mock_shows_no_drift(tmp_path: Path) -> None:
    recorder = DriftRecorder()
    with recorded_client(create_app(MockConfig(data_dir=tmp_path)), recorder) as http:
        exercise(http)
    report = recorder.write(tmp_path / "report")
    assert report["drift"] is False, report
    assert set(report["operations"]) == {"createVideoEmbedding", "uploadAsset", "getAssetMetadata"}
    assert report["operations"]["createVideoEmbedding"]["statuses_seen"] == {200: 1, 400: 1}
    assert "Drift found: **no**" in (tmp_path / "report" / "drift-report.md").read_text()
    assert orjson.loads((tmp_path / "report" / "drift-report.json").read_bytes())["drift"] is False


def test_drift_is_reported(tmp_path: Path) -> None:
    app = create_app(MockConfig(data_dir=tmp_path))

    @app.after_request
    def drift(response: object) -> object:
        body = orjson.loads(response.get_data())  # type: ignore[attr-defined]
        body["trace_id"] = "abc"
        if body["data"] and "embedding" in body["data"]:
            body["data"]["dims"] = 1408
        response.set_data(orjson.dumps(body))  # type: ignore[attr-defined]
        return response

    recorder = DriftRecorder()
    with recorded_client(app, recorder) as http:
        exercise(http)
        http.post(
            "/embeddings/video",
            json={"asset_id": SEED_ASSET, "model": "multimodalembedding@001"},
            headers={"Prefer": "code=402"},
        )
    report = recorder.report()
    embed = report["operations"]["createVideoEmbedding"]
    assert report["drift"] is True
    assert "200: data.dims" in embed["undeclared_fields"]
    assert (
        "200: trace_id" in embed["undeclared_fields"]
        and "400: trace_id" in embed["undeclared_fields"]
    )
    assert embed["undeclared_statuses"] == []
    assert embed["code_spellings_seen"] == {"string": 3}


def test_tiny_avi_is_a_well_formed_riff_file() -> None:
    data = tiny_avi(width=8, height=4, frames=3, fps=2)
    assert data[:4] == b"RIFF" and data[8:12] == b"AVI "
    assert struct.unpack("<I", data[4:8])[0] == len(data) - 8
    assert data.count(b"00db") == 3 * 2  # each frame once in movi, once in idx1
    avih = data.index(b"avih")
    usec, _, _, flags, frames = struct.unpack("<5I", data[avih + 8 : avih + 28])
    assert (usec, frames, flags & 0x10) == (500_000, 3, 0x10)


@pytest.mark.parametrize(
    ("dialect", "expected"),
    [
        ("seed", {"seed|legacy": 1, "seed": 1}),
        ("modern", {"modern": 2}),
        ("legacy", {"seed|legacy": 1, "legacy": 1}),
    ],
)
def test_the_report_names_the_dialect_per_operation(
    tmp_path: Path, dialect: str, expected: dict[str, int]
) -> None:
    recorder = DriftRecorder()
    app = create_app(MockConfig(data_dir=tmp_path, dialect=dialect))
    with recorded_client(app, recorder) as http:
        exercise(http)
        http.get(f"/{SEED_ASSET}/metadata", headers={"Prefer": "gateway=503"})
    report = recorder.write(tmp_path / "report")
    assert report["operations"]["createVideoEmbedding"]["dialects_seen"] == expected
    metadata = report["operations"]["getAssetMetadata"]["dialects_seen"]
    assert metadata["not an envelope"] == 1
    # A "|" in a cell is escaped (Markdown tables): seed\|legacy.
    shown = ", ".join(f"{d} x{n}" for d, n in sorted(expected.items())).replace("|", "\\|")
    assert (
        f"| createVideoEmbedding | {shown} |"
        in (tmp_path / "report" / "drift-report.md").read_text()
    )
