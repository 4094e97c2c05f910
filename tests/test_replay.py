"""``mavi-mock --replay DIR [--replay-strict]`` (mock_server/replay.py): recorded answers served to
matching requests, in order, byte for byte; recorded assets and dialects; everything else the
mock's own answer, or in strict mode a 404 naming the nearest recorded request (issue 22, item 3).

The recordings are written here in the HAR layout ``mock_server/har.py`` writes (design22.md)."""

from __future__ import annotations

import difflib
import hashlib
import io
import json
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from flask import Flask

from mavi_client import MaviClient
from mock_server import MockConfig, create_app
from mock_server.__main__ import banner, main
from mock_server.config import ConfigError
from mock_server.har import HarWriter
from mock_server.recorded import load_recording
from tests.support import BASE_PATH, KEY, MODEL
from tests.support.pipeline import FlaskCalls

SIGNING = "createSignedUploadUrl"
UPSTREAM = "https://provider.test" + BASE_PATH
ASSET = "re_700000000000000001"
#: float32 values exactly: the mock's own answer (float32) gives them back unchanged.
VECTOR = [0.5, -0.25, 0.125, 1.0]


def envelope(data: Any, code: str | int = "0000") -> dict[str, Any]:
    return {"code": code, "msg": "success", "data": data, "success": True, "failed": False}


def entry(
    method: str,
    api_path: str,
    answer: bytes | dict[str, Any],
    *,
    body: bytes | None = None,
    upload: bytes | None = None,
    status: int = 200,
    headers: tuple[tuple[str, str], ...] = (),
    operation: str | None = None,
    dialects: tuple[str, ...] = ("seed",),
) -> dict[str, Any]:
    """One HAR 1.2 entry with the recorder's own fields (design22.md, "P: proxy and HAR")."""
    text = answer if isinstance(answer, bytes) else orjson.dumps(answer)
    request: dict[str, Any] = {
        "method": method, "url": UPSTREAM + api_path, "httpVersion": "HTTP/1.1", "cookies": [],
        "headers": [{"name": "Authorization", "value": "***"}], "queryString": [],
        "headersSize": -1, "bodySize": len(body or b""),
    }  # fmt: skip
    if body is not None:
        request["postData"] = {"mimeType": "application/json", "text": body.decode()}
    if upload is not None:
        digest = hashlib.sha256(upload).hexdigest()
        part: dict[str, Any] = dict(
            name="file", fileName="clip.mp4", contentType="video/mp4", value=""
        )
        part |= dict(_sha256=digest, _size=len(upload))
        multipart = "multipart/form-data; boundary=x"
        request["postData"] = {"mimeType": multipart, "text": "", "params": [part]}
    return {
        "startedDateTime": "2026-12-03T16:00:00.000Z",
        "time": 12,
        "request": request,
        "response": {
            "status": status, "statusText": "OK", "httpVersion": "HTTP/1.1", "cookies": [],
            "headers": [
                {"name": "Content-Type", "value": "application/json"},
                {"name": "Content-Length", "value": str(len(text))},
                {"name": "Connection", "value": "keep-alive"},
                *({"name": n, "value": v} for n, v in headers),
            ],
            "content": {"size": len(text), "mimeType": "application/json", "text": text.decode()},
            "redirectURL": "", "headersSize": -1, "bodySize": len(text),
        },
        "cache": {}, "timings": {"send": 0, "wait": 12, "receive": 0},
        "_apiPath": api_path.partition("?")[0], "_operation": operation,
        "_dialects": list(dialects),
    }  # fmt: skip


def write_har(directory: Path, *entries: dict[str, Any]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    har = {"log": {"version": "1.2", "creator": {"name": "t", "version": "0"}, "entries": entries}}
    (directory / "recording.har").write_text(json.dumps(har))
    return directory


def embedding_entry(asset_id: str = ASSET, text: bytes | None = None, **kw: Any) -> dict[str, Any]:
    body = orjson.dumps({"asset_id": asset_id, "model": MODEL})
    answer = text if text is not None else envelope({"embedding": VECTOR})
    path, operation = "/embeddings/video", "createVideoEmbedding"
    return entry("POST", path, answer, body=body, operation=operation, **kw)


def metadata_entry(status: str, asset_id: str = ASSET) -> dict[str, Any]:
    record = {
        "extension": "mp4", "asset_id": asset_id, "original_filename": "clip.mp4",
        "file_size": "9", "upload_status": status, "create_time": "1766989317192",
        "modify_time": "1766989317192",
    }  # fmt: skip
    answer = envelope({"total": 1, "resource": [record]})
    return entry("GET", f"/{asset_id}/metadata", answer, operation="getAssetMetadata")


def replaying(tmp_path: Path, *entries: dict[str, Any], **settings: Any) -> Flask:
    recording = write_har(tmp_path / "rec", *entries)
    config = MockConfig(data_dir=tmp_path / "data", dimension=4, replay=recording, **settings)
    return create_app(config)


def http(app: Flask) -> httpx.Client:
    return httpx.Client(transport=httpx.WSGITransport(app=app), base_url="http://localhost")


def embed(client: httpx.Client, content: bytes, key: str = KEY, **headers: str) -> httpx.Response:
    return client.post(
        BASE_PATH + "/embeddings/video",
        content=content,
        headers={"Authorization": key, "Content-Type": "application/json", **headers},
    )


def metadata(client: httpx.Client, asset_id: str = ASSET) -> str:
    answer = client.get(f"{BASE_PATH}/{asset_id}/metadata", headers={"Authorization": KEY})
    assert answer.status_code == 200, answer.text
    status: str = answer.json()["data"]["resource"][0]["upload_status"]
    return status


def upload(client: httpx.Client, data: bytes) -> httpx.Response:
    files = {"file": ("clip.mp4", io.BytesIO(data), "video/mp4")}
    return client.post(BASE_PATH + "/upload", files=files, headers={"Authorization": KEY})


def test_a_recorded_embedding_is_served_byte_for_byte_with_its_status_and_headers(
    tmp_path: Path,
) -> None:
    # Spacing and float64 values as a provider may write them: neither is the mock's own.
    text = (
        b'{"code": "0000", "msg": "success", "data": {"embedding":'
        b' [0.1, 0.2000000000000001, -3e-05, 1.0000000000000002]}, "success": true,'
        b' "failed": false}'
    )
    app = replaying(tmp_path, embedding_entry(text=text, headers=(("X-Upstream", "yes"),)))
    calls = FlaskCalls(app)
    with http(app) as client:
        answer = embed(client, orjson.dumps({"asset_id": ASSET, "model": MODEL}))
    assert answer.status_code == 200
    assert answer.content == text
    assert answer.json()["data"]["embedding"][1:] == [
        0.2000000000000001,
        -3e-05,
        1.0000000000000002,
    ]
    assert answer.headers["X-Upstream"] == "yes"
    assert answer.headers["Content-Type"] == "application/json"
    assert answer.headers["Content-Length"] == str(len(text))
    assert "Connection" not in answer.headers  # hop-by-hop: the server's own
    assert calls.count == 0  # answered before Flask


def test_a_polling_sequence_is_served_in_order_repeats_its_last_and_restarts_on_reset(
    tmp_path: Path,
) -> None:
    app = replaying(
        tmp_path,
        metadata_entry("UPLOADING"),
        metadata_entry("UPLOADING"),
        metadata_entry("SUCCESS"),
    )
    with http(app) as client:
        assert [metadata(client) for _ in range(5)] == ["UPLOADING"] * 2 + ["SUCCESS"] * 3
        assert client.post("/__mock/reset").status_code == 200
        assert [metadata(client) for _ in range(3)] == ["UPLOADING", "UPLOADING", "SUCCESS"]


def test_the_cursor_is_shared_by_every_app_on_one_data_directory(tmp_path: Path) -> None:
    first = replaying(tmp_path, metadata_entry("UPLOADING"), metadata_entry("SUCCESS"))
    config = first.extensions["mavi_mock"].config
    second = create_app(config, fresh=False)  # a second worker of the same mock
    with http(first) as one, http(second) as two:
        assert metadata(one) == "UPLOADING"
        assert metadata(two) == "SUCCESS"


def test_an_upload_matches_by_its_files_sha256(tmp_path: Path) -> None:
    recorded = envelope({"asset_id": "re_700000000000000777"})
    app = replaying(tmp_path, entry("POST", "/upload", recorded, upload=b"the recorded clip"))
    with http(app) as client:
        same = upload(client, b"the recorded clip")
        other = upload(client, b"another clip")
    assert same.status_code == 200 and same.json()["data"]["asset_id"] == "re_700000000000000777"
    assert other.status_code == 200, other.text
    assert other.json()["data"]["asset_id"] != "re_700000000000000777"  # the mock's own upload


def test_json_bodies_match_whatever_their_key_order_and_spacing(tmp_path: Path) -> None:
    app = replaying(tmp_path, embedding_entry(text=b'{"recorded": 1}'))
    with http(app) as client:
        reordered = embed(client, f'{{ "model" : "{MODEL}",\n "asset_id":"{ASSET}" }}'.encode())
    assert reordered.content == b'{"recorded": 1}'


def test_an_unmatched_request_gets_the_mocks_own_answer(tmp_path: Path) -> None:
    app = replaying(tmp_path, embedding_entry(text=b'{"recorded": 1}'))
    with http(app) as client:
        other = embed(client, orjson.dumps({"asset_id": "re_657745568997527552", "model": MODEL}))
    assert other.status_code == 200
    assert other.json()["code"] == "0000" and len(other.json()["data"]["embedding"]) == 4


def test_strict_mode_names_the_unmatched_request_and_the_nearest_recorded_one(
    tmp_path: Path,
) -> None:
    app = replaying(tmp_path, embedding_entry(), replay_strict=True)
    with http(app) as client:
        missed = embed(client, orjson.dumps({"asset_id": "re_700000000000000002", "model": MODEL}))
        lost = client.get(
            BASE_PATH + "/re_700000000000000003/metadata", headers={"Authorization": KEY}
        )
    assert missed.status_code == 404
    message = missed.json()["msg"]
    assert message.startswith("No recorded answer for POST /embeddings/video")
    assert "re_700000000000000002" in message  # the unmatched request's body
    assert f'nearest recorded: POST /embeddings/video {{"asset_id":"{ASSET}"' in message
    assert "differs: asset_id" in message
    assert missed.json()["code"] == "0404"
    assert lost.status_code == 404
    assert "No recorded answer for GET /re_700000000000000003/metadata" in lost.json()["msg"]
    assert "nothing recorded for getAssetMetadata" in lost.json()["msg"]


def test_a_recorded_asset_exists_with_its_recorded_vector_for_an_unmatched_request(
    tmp_path: Path,
) -> None:
    app = replaying(tmp_path, embedding_entry(), metadata_entry("SUCCESS"))
    with http(app) as client:
        body = orjson.dumps({"asset_id": ASSET, "model": MODEL})
        legacy = embed(client, body, Prefer="dialect=modern")  # not what was recorded
        assert client.post("/__mock/reset").status_code == 200
        after_reset = embed(client, body, Prefer="dialect=modern")
    for answer in (legacy, after_reset):
        assert answer.status_code == 200, answer.text
        assert answer.json()["code"] == 200  # the mock's own answer, in the dialect asked for
        assert answer.json()["data"]["embedding"] == VECTOR


def test_the_recorded_dialect_of_each_operation_is_followed_unless_the_user_set_it(
    tmp_path: Path,
) -> None:
    recorded = embedding_entry(text=b"{}", dialects=("modern",))
    other = orjson.dumps({"asset_id": "re_657745568997527552", "model": MODEL})
    app = replaying(tmp_path / "a", recorded)
    with http(app) as client:
        assert embed(client, other).json()["code"] == 200  # modern, as recorded
        assert metadata(client, "re_657745568997527552") == "SUCCESS"
    chosen = replaying(tmp_path / "b", recorded, dialect="legacy,createVideoEmbedding=seed")
    with http(chosen) as client:
        assert embed(client, other).json()["code"] == "0000"  # the user's entry wins


def test_the_journal_records_replayed_answers(tmp_path: Path) -> None:
    app = replaying(tmp_path, embedding_entry(dialects=("legacy",)))
    with http(app) as client:
        embed(client, orjson.dumps({"asset_id": ASSET, "model": MODEL}))
    (logged,) = app.extensions["mavi_mock"].journal.entries()
    assert logged["status"] == 200
    assert logged["body"] == orjson.dumps({"asset_id": ASSET, "model": MODEL}).decode()
    meaning = ("operation", "asset_id", "dialect", "code", "outcome")
    assert [logged[name] for name in meaning] == [
        "createVideoEmbedding",
        ASSET,
        "legacy",
        "0000",
        200,
    ]


def test_a_key_the_mock_does_not_accept_is_not_served_a_recording(tmp_path: Path) -> None:
    app = replaying(tmp_path, embedding_entry(text=b'{"recorded": 1}'), api_keys=(KEY,))
    with http(app) as client:
        body = orjson.dumps({"asset_id": ASSET, "model": MODEL})
        refused = embed(client, body, key="sk-not-this-one")
        bearer = embed(client, body, key="Bearer " + KEY)
    for answer in (refused, bearer):
        assert answer.status_code == 401
        assert answer.json()["code"] == "0401"


@pytest.mark.parametrize(
    ("files", "problem"),
    [
        (None, "no such directory"),
        ({}, "holds no recording (*.har"),
        ({"recording.har": "{not json"}, "recording.har is not a HAR file"),
        ({"recording.har": '{"log": {"entries": [{"request": 1}]}}'}, "entry 1: "),
    ],
)
def test_a_bad_recording_directory_is_one_line_at_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str] | None, problem: str
) -> None:
    directory = tmp_path / "rec"
    if files is not None:
        directory.mkdir()
        for name, text in files.items():
            (directory / name).write_text(text)
    with pytest.raises(ConfigError) as refused:
        MockConfig(data_dir=tmp_path / "data", replay=directory)
    assert problem in str(refused.value)
    assert main(["--replay", str(directory), "--port", "0"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("mavi-mock: argument --replay: "), err
    assert problem in err and "Traceback" not in err


def test_a_recording_the_proxys_writer_wrote_is_replayed(tmp_path: Path) -> None:
    writer = HarWriter(tmp_path / "rec" / "recording.har")
    for status in ("UPLOADING", "SUCCESS"):
        writer.write(metadata_entry(status))
    writer.close()
    config = MockConfig(data_dir=tmp_path / "data", replay=tmp_path / "rec")
    with http(create_app(config)) as client:
        assert [metadata(client) for _ in range(3)] == ["UPLOADING", "SUCCESS", "SUCCESS"]


def test_a_replayed_answer_of_no_recorded_dialect_is_journaled_in_the_mocks(
    tmp_path: Path,
) -> None:
    app = replaying(tmp_path, embedding_entry(dialects=()), dialect="modern")
    with http(app) as client:
        embed(client, orjson.dumps({"asset_id": ASSET, "model": MODEL}))
    (logged,) = app.extensions["mavi_mock"].journal.entries()
    assert (logged["dialect"], logged["code"], logged["outcome"]) == ("modern", "0000", 200)


# -- the reviewer's defects (issue 22, replay-fix) ----------------------------------------------


def test_a_drifted_field_is_skipped_never_the_recording(tmp_path: Path) -> None:
    drifted = metadata_entry("SUCCESS")
    text = drifted["response"]["content"]["text"].replace('"file_size":"9"', '"file_size":null')
    drifted["response"]["content"]["text"] = text
    vector = envelope({"embedding": [0.5, "NaN?", None]})
    app = replaying(tmp_path, drifted, embedding_entry(text=orjson.dumps(vector)))
    with http(app) as client:
        answer = client.get(f"{BASE_PATH}/{ASSET}/metadata", headers={"Authorization": KEY})
        assert answer.content == text.encode()  # replayed byte for byte
    kept = app.extensions["mavi_mock"].store.get_asset(ASSET)
    assert kept is not None and kept.original_filename == "clip.mp4" and kept.file_size == 0


def test_the_proxys_own_502_for_an_unreachable_upstream_is_not_replayed(tmp_path: Path) -> None:
    gateway = embedding_entry(text=b"<html>502 Bad Gateway</html>", status=502)
    gateway["_upstreamError"] = "ConnectError: connection refused"
    app = replaying(tmp_path, gateway, replay_strict=True)
    with http(app) as client:
        answer = embed(client, orjson.dumps({"asset_id": ASSET, "model": MODEL}))
    assert answer.status_code == 404 and "nothing recorded" in answer.json()["msg"]
    assert app.extensions["mavi_mock"].store.get_asset(ASSET) is None


@pytest.mark.parametrize("escaped", [False, True])  # "&" as the provider may write it: \u0026
def test_a_replayed_signed_url_uploads_offline_to_its_asset(tmp_path: Path, escaped: bool) -> None:
    made = "re_700000000000000888"
    url = f"https://storage.provider.test/b/{made}?X-Amz-Date=1&X-Amz-Signature=***"
    recorded = orjson.dumps(envelope({"asset_id": made, "signed_url": url, "expires_in": 3600}))
    recorded = recorded.replace(b"&", b"\\u0026") if escaped else recorded
    body = orjson.dumps({"original_filename": "clip.mp4"})
    signed = entry("POST", "/upload/signed-url", recorded, body=body, operation=SIGNING)
    app = replaying(tmp_path, signed, metadata_entry("SUCCESS", made), replay_strict=True)
    transport = httpx.WSGITransport(app=app)
    with MaviClient(KEY, base_url="http://localhost" + BASE_PATH, transport=transport) as client:
        asset_id = client.upload_via_signed_url(io.BytesIO(b"a clip"), filename="clip.mp4")
        assert asset_id == made
        assert client.get_asset(made).upload_status == "SUCCESS"
    kept = app.extensions["mavi_mock"].store.get_asset(made)
    assert kept is not None and kept.original_filename == "clip.mp4"


def test_recorded_vectors_are_kept_as_bytes_not_lists_of_floats(tmp_path: Path) -> None:
    recording = load_recording(write_har(tmp_path / "rec", embedding_entry()))
    assert isinstance(recording.assets[ASSET].vector, bytes)


def test_the_banner_names_the_replay_and_the_dialects_it_gives(tmp_path: Path) -> None:
    recording = write_har(tmp_path / "rec", embedding_entry(dialects=("modern",)))
    config = MockConfig(data_dir=tmp_path / "data", replay=recording, replay_strict=True)
    shown = banner(config)
    assert "createVideoEmbedding=modern" in shown, shown
    assert f"replaying {recording}: 1 recorded request, strict" in shown, shown
    assert "recorded vector of 4 values, not --dimension 1408" in shown, shown


def test_strict_mode_says_a_body_it_could_not_read_was_not_matched(tmp_path: Path) -> None:
    app = replaying(tmp_path, embedding_entry(), replay_strict=True, max_body=100)
    with http(app) as client:
        big = embed(client, orjson.dumps({"asset_id": ASSET, "model": MODEL, "x": "y" * 200}))
        chunked = client.post(
            BASE_PATH + "/embeddings/video",
            content=iter([orjson.dumps({"asset_id": ASSET, "model": MODEL})]),
            headers={"Authorization": KEY, "Content-Type": "application/json"},
        )
    assert big.status_code == 404 and "over the limit" in big.json()["msg"], big.text
    assert chunked.status_code == 404 and "chunked" in chunked.json()["msg"], chunked.text


def test_the_recorded_date_and_server_headers_are_not_repeated(tmp_path: Path) -> None:
    recorded = (("Date", "Thu, 03 Dec 2026 16:00:00 GMT"), ("Server", "provider/1.0"))
    app = replaying(tmp_path, embedding_entry(headers=recorded))
    with http(app) as client:
        answer = embed(client, orjson.dumps({"asset_id": ASSET, "model": MODEL}))
    assert answer.status_code == 200
    assert answer.headers.get("Date") != recorded[0][1] and "Server" not in answer.headers


def test_a_strict_miss_compares_a_bounded_number_of_candidates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compared: list[int] = []
    real = difflib.SequenceMatcher

    def counting(*args: Any) -> difflib.SequenceMatcher[Any]:
        compared.append(1)
        return real(*args)

    entries = [embedding_entry(f"re_7000000000000{n:05d}") for n in range(300)]
    app = replaying(tmp_path, *entries, replay_strict=True)
    monkeypatch.setattr(difflib, "SequenceMatcher", counting)
    with http(app) as client:
        missed = embed(client, orjson.dumps({"asset_id": "re_1", "model": MODEL}))
    assert missed.status_code == 404 and "nearest recorded" in missed.json()["msg"]
    assert len(compared) <= 32
