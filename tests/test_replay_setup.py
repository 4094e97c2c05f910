"""``--replay`` at start-up, as a user gives it: a directory or the recording file itself, a
directory of recordings pointed at one level too high, a strict replay without a recording, and
the master of ``make mock`` keeping no copy of what its workers read."""

from __future__ import annotations

import shutil
from pathlib import Path

import httpx
import pytest

from mock_server import MockConfig, create_app
from mock_server.__main__ import config_from_args, main
from mock_server.config import ConfigError
from mock_server.har import HarWriter, Masker, Recorded, har_entry
from mock_server.proxy_drift import undecoded_content
from mock_server.recorded import _load, forget_recordings, load_recording
from mock_server.serve import config_from_json, config_to_json
from tests.support import BASE_PATH, KEY, ROOT

SAMPLE = ROOT / "tests" / "recordings" / "sample"


def test_the_recording_file_itself_is_replayed(tmp_path: Path) -> None:
    config, _ = config_from_args(["--replay", str(SAMPLE / "recording.har")])
    assert config.replay == SAMPLE / "recording.har"
    recorded = load_recording(SAMPLE)
    assert load_recording(SAMPLE / "recording.har").answers.keys() == recorded.answers.keys()
    app = create_app(config.replace(data_dir=tmp_path, replay_strict=True))
    transport = httpx.WSGITransport(app=app.wsgi_app)
    headers = {"Authorization": KEY}
    with httpx.Client(transport=transport, base_url="http://mock" + BASE_PATH) as client:
        replayed = client.get("/re_700000000000000001/metadata", headers=headers)
        missed = client.get("/re_700000000000000002/metadata", headers=headers)
    assert replayed.content == recorded.answers[next(iter(recorded.answers))][0].body
    assert missed.status_code == 404 and "No recorded answer" in missed.text


def test_a_directory_of_recordings_is_named_in_the_refusal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("main", "staging"):
        shutil.copytree(SAMPLE, tmp_path / name)
    assert main(["--replay", str(tmp_path)]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert "holds no recording (*.har, as mavi-mock proxy --record DIR writes)" in line
    assert line.endswith("these directories below it do: main, staging (see --help)")


def test_a_directory_named_like_a_recording_is_no_recording(tmp_path: Path) -> None:
    (tmp_path / "recording.har").mkdir()
    with pytest.raises(ValueError, match="holds no recording"):
        load_recording(tmp_path)


def test_strict_without_a_recording_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--replay-strict"]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert "--replay-strict" in line and "needs --replay DIR" in line
    with pytest.raises(ConfigError, match="needs --replay DIR"):
        MockConfig(replay_strict=True)


def test_the_master_forgets_the_recording_its_workers_read() -> None:
    load_recording(SAMPLE)
    assert _load.cache_info().currsize == 1
    forget_recordings()
    assert _load.cache_info().currsize == 0


def test_a_served_mocks_workers_get_the_recording_directory_as_a_path(tmp_path: Path) -> None:
    config = MockConfig(data_dir=tmp_path / "data", replay=SAMPLE, replay_strict=True)
    assert config_from_json(config_to_json(config)) == config
    plain = config.replace(replay=None, replay_strict=False)
    assert config_from_json(config_to_json(plain)).replay is None


def test_an_answer_recorded_undecoded_is_replayed_with_its_encoding(tmp_path: Path) -> None:
    """The proxy keeps an answer it cannot decode (br) as the bytes that came: replayed, they
    keep their Content-Encoding, or the client would read compressed bytes as JSON."""
    encoded = b"\x1b\x00\x00not-really-brotli"
    writer = HarWriter(tmp_path / "recording.har")
    entry = har_entry(
        Recorded(
            started=0.0,
            method="GET",
            url="http://p" + BASE_PATH + "/re_1/metadata",
            request_headers=[],
            request_body=None,
            request_size=0,
            status=200,
            reason="OK",
            response_headers=[("Content-Type", "application/json"), ("Content-Encoding", "br")],
            response_body=encoded,
            response_size=len(encoded),
            timings={},
            api_path="/re_1/metadata",
            files=[],
            fields=[],
            extra={},
        ),
        Masker(),
    )
    entry["response"]["content"] = undecoded_content(encoded, "application/json", "br")
    writer.write(entry)
    writer.close()
    app = create_app(MockConfig(data_dir=tmp_path / "data", replay=tmp_path))
    answer = app.test_client().get(BASE_PATH + "/re_1/metadata", headers={"Authorization": KEY})
    assert (answer.headers.get("Content-Encoding"), answer.get_data()) == ("br", encoded)


def test_a_body_nested_too_deep_to_canonicalise_is_matched_as_its_bytes(tmp_path: Path) -> None:
    deep = b'{"asset_id": ' + b"[" * 300 + b"]" * 300 + b"}"
    config = MockConfig(data_dir=tmp_path, replay=SAMPLE, replay_strict=True)
    answer = (
        create_app(config)
        .test_client()
        .post(
            BASE_PATH + "/embeddings/video",
            data=deep,
            headers={"Authorization": KEY},
            content_type="application/json",
        )
    )
    assert answer.status_code == 404 and "No recorded answer" in answer.get_json()["msg"]


def test_a_recording_file_is_named_as_it_is(tmp_path: Path) -> None:
    named = tmp_path / "sess[1].har"
    shutil.copy(SAMPLE / "recording.har", named)
    assert load_recording(named).answers.keys() == load_recording(SAMPLE).answers.keys()
    (tmp_path / "rec.json").write_text("{}")
    with pytest.raises(
        ValueError, match=r"rec.json is neither a directory nor a recording \(\*.har\)"
    ):
        load_recording(tmp_path / "rec.json")
