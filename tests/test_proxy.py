"""``mavi-mock proxy`` (``mock_server/proxy.py``): the proxy in-process, served by werkzeug in a
thread, in front of the stand-in providers of ``kit_testing/standin.py`` (loopback only); one slow
test runs the real command."""

from __future__ import annotations

import gzip
import hashlib
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import orjson
import pytest

from kit_testing.constants import BASE_PATH, ROOT
from kit_testing.mocks import free_port
from kit_testing.standin import (
    CONFORMING,
    DEVIATING,
    HOSTILE,
    MODEL,
    Answer,
    Call,
    StandIn,
    embedding_body,
)
from mock_server.__main__ import main
from mock_server.har import HAR_NAME, read_entries
from mock_server.infrastructure import HTML_502
from mock_server.proxy import drift_since
from tests.support.har import assert_valid_har
from tests.support.proxied import EMBED, JSON_HEADERS, KEY, SIGNATURE, every_operation, proxied


def traced(call: Call) -> Answer:
    headers = (("X-Trace", "t-1"), ("Keep-Alive", "timeout=5"), ("Set-Cookie", "a=b"))
    return Answer(status=201, body=embedding_body(call.asset_id), headers=headers)


def test_answers_pass_through_unchanged_but_for_hop_by_hop_headers() -> None:
    routes = {**CONFORMING, "createVideoEmbedding": [traced]}
    with proxied(routes) as seen:
        sent = {"Connection": "keep-alive, X-Hop", "X-Hop": "1", "TE": "trailers", "X-Mine": "m"}
        through = seen.client.post("/embeddings/video?trace=1", json=EMBED, headers=sent)
        direct = seen.client.post(seen.provider.url + "/embeddings/video?trace=1", json=EMBED)
        [forwarded] = [r for r in seen.provider.requests if r.query == "trace=1"][:1]
    assert (through.status_code, through.content) == (201, direct.content)
    assert len(through.content) > 17000
    own = ("connection", "server", "date")  # the test's server in front adds its own
    expected = [h for h in direct.headers.multi_items() if h[0] not in (*own, "keep-alive")]
    assert [h for h in through.headers.multi_items() if h[0] not in own] == expected
    assert ("x-trace", "t-1") in expected and ("set-cookie", "a=b") in expected
    assert forwarded.headers["Authorization"] == KEY
    assert forwarded.headers["X-Mine"] == "m"
    assert forwarded.headers["Host"] == seen.provider.origin.removeprefix("http://")
    assert not {"X-Hop", "Te"} & set(forwarded.headers)
    assert orjson.loads(forwarded.body or b"") == EMBED


def test_the_key_is_forwarded_and_never_written(tmp_path: Path) -> None:
    with proxied(CONFORMING, tmp_path) as seen:
        answers = every_operation(seen.client)
        answers.append(seen.client.get("/re_1/metadata", params={"api_key": KEY}))
        report = seen.client.get(seen.origin + "/__mock/drift").content
        markdown = seen.proxy.book.markdown()
        received = [r.headers.get("Authorization") for r in seen.provider.requests]
    assert [a.status_code for a in answers] == [200] * 5
    assert received == [KEY] * 5
    assert SIGNATURE in answers[3].json()["data"]["signed_url"]  # the client gets the real URL
    har = (tmp_path / HAR_NAME).read_bytes()
    for written in (har, report, markdown.encode()):
        assert KEY.encode() not in written
    assert SIGNATURE.encode() not in har and b"AKIASTANDIN" not in har
    entries = assert_valid_har(orjson.loads(har))
    assert "signature=***" in entries[3]["response"]["content"]["text"]
    assert "X-Amz-Credential=***" in entries[3]["response"]["content"]["text"]
    assert entries[4]["request"]["url"].endswith("/re_1/metadata?api_key=***")
    authorization = [h for h in entries[0]["request"]["headers"] if h["name"] == "Authorization"]
    assert authorization == [{"name": "Authorization", "value": "***"}]


def gzipped(call: Call) -> Answer:
    body = gzip.compress(embedding_body(call.asset_id))
    return Answer(body=body, headers=(("Content-Encoding", "gzip"),))


def test_an_encoded_answer_passes_as_it_came_and_is_checked_decoded(tmp_path: Path) -> None:
    with proxied({**CONFORMING, "createVideoEmbedding": [gzipped]}, tmp_path) as seen:
        with seen.client.stream("POST", "/embeddings/video", json=EMBED) as answer:
            raw = b"".join(answer.iter_raw())
        report = seen.drift()["operations"]["createVideoEmbedding"]
    assert answer.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(raw) == embedding_body("re_1")
    assert (report["violations"], report["notes"]) == ([], [])
    [entry] = read_entries(tmp_path)
    assert entry["response"]["content"]["text"].encode() == embedding_body("re_1")
    assert entry["response"]["bodySize"] == len(raw)


def test_big_and_chunked_bodies_stream_through(tmp_path: Path) -> None:
    big = orjson.dumps({"asset_id": "re_1", "model": MODEL, "pad": "x" * 2_000_000})
    small = orjson.dumps(EMBED)
    with proxied(CONFORMING, tmp_path) as seen:
        first = seen.client.post("/embeddings/video", content=big, headers=JSON_HEADERS)
        chunked = seen.client.post(
            "/embeddings/video", content=iter([small[:10], small[10:]]), headers=JSON_HEADERS
        )
        received = list(seen.provider.requests)
    assert (first.status_code, chunked.status_code) == (200, 200)
    assert (received[0].sha256, received[0].size) == (hashlib.sha256(big).hexdigest(), len(big))
    assert received[1].body == small
    not_kept, kept = read_entries(tmp_path)
    assert "postData" not in not_kept["request"] and not_kept["request"]["bodySize"] == len(big)
    assert kept["request"]["postData"]["text"] == small.decode()


def test_an_upload_is_recorded_by_its_sha256_only(tmp_path: Path) -> None:
    data = os.urandom(2_000_000)
    with proxied(CONFORMING, tmp_path) as seen:
        answer = seen.client.post("/upload", files={"file": ("big clip.mp4", data, "video/mp4")})
        [received] = seen.provider.requests
    assert answer.status_code == 200
    assert received.size > len(data) and received.headers["Content-Type"].startswith("multipart")
    [entry] = read_entries(tmp_path)
    post = entry["request"]["postData"]
    assert post["params"] == [
        {
            "name": "file",
            "fileName": "big clip.mp4",
            "contentType": "video/mp4",
            "value": "",
            "_sha256": hashlib.sha256(data).hexdigest(),
            "_size": len(data),
        }
    ]
    assert entry["request"]["bodySize"] == received.size
    assert (tmp_path / HAR_NAME).stat().st_size < 10_000


def test_each_known_deviation_is_in_the_drift_and_nothing_else(tmp_path: Path) -> None:
    with proxied(DEVIATING, tmp_path) as seen:
        answers = every_operation(seen.client, rounds=2)
        report = seen.drift()["operations"]
    assert [a.status_code for a in answers] == [418, 200, 200, 200, 418, 200, 502, 200]
    assert answers[6].text.startswith("<html>")  # the provider's own page, passed through
    assert sorted(report) == [
        "createSignedUploadUrl",
        "createVideoEmbedding",
        "getAssetMetadata",
        "uploadAsset",
    ]
    assert all(op["exchanges"] == 2 for op in report.values())
    found = {
        name: ([v["pointer"] for v in op["violations"]], op["notes"]) for name, op in report.items()
    }
    assert found["createSignedUploadUrl"] == (["/data/expires_in"], [])
    assert found["uploadAsset"][0] == [] and len(found["uploadAsset"][1]) == 1
    assert "418" in found["uploadAsset"][1][0]
    assert found["getAssetMetadata"][0] == [] and len(found["getAssetMetadata"][1]) == 1
    assert "dialect" in found["getAssetMetadata"][1][0]
    vector, page = found["createVideoEmbedding"][1]
    assert found["createVideoEmbedding"][0] == []
    assert "1024" in vector and "1408" in vector
    assert "not JSON" in page and "502" in page
    assert len(read_entries(tmp_path)) == 8
    # the master's report at exit, recomputed from the HAR, is the one the worker answered
    assert drift_since(tmp_path / HAR_NAME, 0).report()["operations"] == report
    assert (
        drift_since(tmp_path / HAR_NAME, 4).report()["operations"]["uploadAsset"]["exchanges"] == 1
    )


def test_the_conforming_provider_gives_no_violation_and_no_note(tmp_path: Path) -> None:
    with proxied(CONFORMING, tmp_path) as seen:
        answers = every_operation(seen.client, rounds=2)
        report = seen.drift()["operations"]
    assert {a.status_code for a in answers} == {200}
    assert sorted(report) == [
        "createSignedUploadUrl",
        "createVideoEmbedding",
        "getAssetMetadata",
        "uploadAsset",
    ]
    for operation in report.values():
        assert (operation["exchanges"], operation["violations"], operation["notes"]) == (2, [], [])
        assert "seed" in operation["dialects"]
    entries = assert_valid_har(orjson.loads((tmp_path / HAR_NAME).read_bytes()))
    assert [e["_operation"] for e in entries[:4]] == [
        "uploadAsset",
        "getAssetMetadata",
        "createVideoEmbedding",
        "createSignedUploadUrl",
    ]
    assert all("seed" in e["_dialects"] for e in entries)


def test_the_hostile_provider_gives_502s_counted_in_the_drift(tmp_path: Path) -> None:
    with proxied(HOSTILE, tmp_path, timeout=0.3) as seen:
        slow = seen.client.post("/embeddings/video", json=EMBED)
        reset = seen.client.get("/re_1/metadata")
        fine = seen.client.post("/upload", files={"file": ("a.mp4", b"x", "video/mp4")})
        seen.provider.go_away()
        gone = seen.client.post("/upload", files={"file": ("a.mp4", b"x", "video/mp4")})
        health = seen.client.get(seen.origin + "/__mock/health")
        report = seen.drift()["operations"]
    for answer in (slow, reset, gone):
        assert (answer.status_code, answer.content) == (502, HTML_502)
        assert answer.headers["Content-Type"] == "text/html"
    assert fine.status_code == 200 and health.status_code == 200
    assert report["uploadAsset"]["exchanges"] == 2
    assert {name: op["notes"] for name, op in report.items()} == {
        name: ["upstream could not be reached: 1 exchanges"]
        for name in ("createVideoEmbedding", "getAssetMetadata", "uploadAsset")
    }
    errors = [e.get("_upstreamError") for e in read_entries(tmp_path)]
    assert [e.split(":")[0] if e else None for e in errors] == [
        "ReadTimeout",
        "ReadError",
        None,
        "ConnectError",
    ]


def test_other_paths_and_methods() -> None:
    with proxied(CONFORMING) as seen:
        outside = seen.client.get(seen.origin + "/v1/whatever")
        posted = seen.client.post(seen.origin + "/__mock/drift")
        health = seen.client.get(seen.origin + "/__mock/health")
        requests = len(seen.provider.requests)
    assert outside.status_code == 404 and outside.json()["code"] == "0404"
    assert posted.status_code == 405
    assert posted.json() == {
        "code": "0405",
        "msg": "Method Not Allowed: /__mock/drift answers GET",
        "data": None,
        "success": False,
        "failed": True,
    }
    assert health.json() == {"status": "ok", "mode": "proxy"}
    assert requests == 0


@pytest.mark.slow  # starts `mavi-mock proxy` (granian) twice
def test_the_command_reports_at_exit_and_survives_kill_9(tmp_path: Path) -> None:
    def start(provider: StandIn) -> tuple[subprocess.Popen[str], httpx.Client]:
        port = free_port()
        command = [sys.executable, "-m", "mock_server", "proxy", "--upstream", provider.url]
        process = subprocess.Popen(
            [*command, "--record", str(tmp_path), "--port", str(port)],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        client = httpx.Client(
            base_url=f"http://127.0.0.1:{port}{BASE_PATH}", headers={"Authorization": KEY}
        )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                client.get(f"http://127.0.0.1:{port}/__mock/health", timeout=1)
                return process, client
            except httpx.TransportError:
                time.sleep(0.05)
        process.kill()
        pytest.fail(f"the proxy did not start: {process.communicate(timeout=5)[1]}")

    with StandIn(DEVIATING) as provider:
        process, client = start(provider)
        assert client.post("/embeddings/video", json=EMBED).status_code == 200
        assert client.get("/re_1/metadata").status_code == 200
        client.close()
        process.send_signal(signal.SIGINT)
        stderr = process.communicate(timeout=15)[1]
        assert process.returncode == 0, stderr
        assert "mavi-mock: --dialect createVideoEmbedding=seed,getAssetMetadata=seed" in stderr
        drift = (tmp_path / "drift.md").read_text()
        assert "createVideoEmbedding" in drift and "1024" in drift and KEY not in drift

        process, client = start(provider)  # the same directory: the recording continues
        completed = 0
        stop = threading.Event()

        def hammer() -> None:
            nonlocal completed
            while not stop.is_set():
                try:
                    client.get("/re_1/metadata", timeout=5)
                except httpx.TransportError:
                    return
                completed += 1

        worker = threading.Thread(target=hammer)
        worker.start()
        deadline = time.monotonic() + 10
        while completed < 30 and time.monotonic() < deadline:
            time.sleep(0.01)
        process.kill()  # kill -9 the master: its worker dies with it
        process.communicate(timeout=10)
        stop.set()
        worker.join(timeout=10)
        client.close()
    entries = assert_valid_har(orjson.loads((tmp_path / HAR_NAME).read_bytes()))
    assert completed >= 30
    assert completed + 2 <= len(entries) <= completed + 3  # the first run's 2, then each answered
    assert KEY.encode() not in (tmp_path / HAR_NAME).read_bytes()


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        ([], "the following arguments are required: --upstream"),
        (["--upstream", "ftp://h/x"], "argument --upstream: expected the provider's http(s) URL"),
        (["--upstream", "http://h/x", "--port", "70000"], "argument --port: expected a port"),
        (["--upstream", "http://h/x", "--record", "{bad}"], "cannot record in"),
        (["--upstream", "http://h/x", "--timeout", "0"], "argument --timeout: expected"),
        (["--upstream", "http://h/x", "--record", "{bad}/recording.har"], "not a directory"),
    ],
)
def test_the_command_refuses_bad_arguments_in_one_line(
    arguments: list[str], said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / HAR_NAME).write_text("not a recording")
    arguments = [a.replace("{bad}", str(tmp_path)) for a in arguments]
    assert main(["proxy", *arguments]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("mavi-mock proxy: ") and said in line
    assert (tmp_path / HAR_NAME).read_text() == "not a recording"
