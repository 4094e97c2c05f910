"""``mavi-mock proxy`` keeps what it forwards and records true: the caller's request target as
sent, an answer in an encoding it cannot decode never recorded empty, a file part without a
filename hashed, violation messages masked, the report without ``--record`` bounded, the
dependency check before the proxy starts (stand-in providers on loopback, in-process)."""

from __future__ import annotations

import base64
import hashlib
import io
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from kit_testing.constants import BASE_PATH
from kit_testing.standin import CONFORMING, Answer, Call, StandIn, embedding_body, serving
from mock_server.__main__ import main
from mock_server.har import HAR_NAME, read_entries
from mock_server.proxy import Proxy, ProxyConfig, drift_since
from mock_server.proxy_drift import report_at_exit
from tests.support.proxied import EMBED, JSON_HEADERS, KEY, SIGNATURE, every_operation, proxied


def brotli(call: Call) -> Answer:  # bytes the proxy cannot decode, whatever it asked for
    return Answer(
        body=b"\x1b\x00\x00" + embedding_body(call.asset_id)[:50],
        headers=(("Content-Encoding", "br"),),
    )


def test_accept_encoding_is_narrowed_and_an_undecodable_answer_is_kept_whole(
    tmp_path: Path,
) -> None:
    with proxied({**CONFORMING, "createVideoEmbedding": [brotli]}, tmp_path) as seen:
        asked = {"Accept-Encoding": "br, gzip;q=0.9, zstd, deflate"}
        with seen.client.stream("POST", "/embeddings/video", json=EMBED, headers=asked) as answer:
            raw = b"".join(answer.iter_raw())
        only_br = seen.client.get("/re_1/metadata", headers={"Accept-Encoding": "br"})
        forwarded = [r.headers.get("Accept-Encoding") for r in seen.provider.requests]
        report = seen.drift()["operations"]["createVideoEmbedding"]
    assert forwarded == ["gzip;q=0.9, deflate", "identity"]
    assert only_br.status_code == 200
    assert raw == brotli(Call("re_1", "", b"")).body  # the client gets what came
    [entry, _] = read_entries(tmp_path)
    content = entry["response"]["content"]
    assert content["encoding"] == "base64" and base64.b64decode(content["text"]) == raw
    assert "br" in content["comment"]
    assert report["violations"] == [] and not any("not JSON" in n for n in report["notes"])
    assert any("Content-Encoding br" in n for n in report["notes"])
    assert drift_since(tmp_path / HAR_NAME, 0).report()["operations"]["createVideoEmbedding"] == (
        report
    )


@pytest.mark.parametrize(
    "target", ["/re_1%2Fx/metadata", "/re_%3F1/metadata", "/r%C3%A9/metadata?q=%26a%3Db"]
)
def test_the_request_target_is_forwarded_as_sent(tmp_path: Path, target: str) -> None:
    with proxied(CONFORMING, tmp_path) as seen:
        seen.client.get(seen.origin + BASE_PATH + target)
        [received] = seen.provider.requests
    assert received.target == BASE_PATH + target
    [entry] = read_entries(tmp_path)
    assert entry["request"]["url"] == seen.provider.url + target
    assert entry["_apiPath"] == target.partition("?")[0]


def test_a_server_without_the_raw_target_gets_the_path_quoted_again() -> None:
    from mock_server.proxy import upstream_target  # noqa: PLC0415

    # granian's environ: PATH_INFO percent-decoded, its bytes as latin-1, no RAW_URI
    environ = {"PATH_INFO": BASE_PATH + "/r\u00c3\u00a9 1/x?y%", "QUERY_STRING": "q=%26"}
    assert upstream_target(environ) == ("/r%C3%A9%201/x%3Fy%25", "q=%26")
    werkzeug = {**environ, "RAW_URI": BASE_PATH + "/a%2Fb/metadata?q=%26"}
    assert upstream_target(werkzeug) == ("/a%2Fb/metadata", "q=%26")


def test_a_file_part_without_a_file_name_is_hashed(tmp_path: Path) -> None:
    clip = b"SECRETVIDEOBYTES" * 100
    body = (
        b'--b\r\nContent-Disposition: form-data; name="file"\r\nContent-Type: video/mp4\r\n\r\n'
        + clip
        + b"\r\n--b--\r\n"
    )
    multipart = {"Content-Type": "multipart/form-data; boundary=b"}
    with proxied(CONFORMING, tmp_path) as seen:
        assert seen.client.post("/upload", content=body, headers=multipart).status_code == 200
    assert b"SECRETVIDEO" not in (tmp_path / HAR_NAME).read_bytes()
    [entry] = read_entries(tmp_path)
    [described] = entry["request"]["postData"]["params"]
    assert (described["_sha256"], described["_size"]) == (hashlib.sha256(clip).hexdigest(), 1600)


def test_proxy_without_the_mock_extra_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import mock_server.__main__ as entry  # noqa: PLC0415
    import mock_server.proxy  # noqa: PLC0415

    def missing_granian(*args: Any) -> int:
        raise ModuleNotFoundError("No module named 'granian'")

    monkeypatch.setattr(entry, "missing_dependency", lambda: "granian")
    monkeypatch.setattr(mock_server.proxy, "run", missing_granian)
    assert main(["proxy", "--upstream", "http://127.0.0.1:9/x", "--port", "0"]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("mavi-mock proxy: ") and "granian" in line and "[mock]" in line


def signed_data(call: Call) -> Answer:  # data a bare signed URL: the message quotes it
    url = f"{call.origin}/storage/upload/re_1?expires=9&signature={SIGNATURE}"
    return Answer(
        body=orjson.dumps(
            {"code": "0000", "msg": "success", "data": url, "success": True, "failed": False}
        )
    )


def test_violation_messages_are_masked(tmp_path: Path) -> None:
    routes = {**CONFORMING, "createSignedUploadUrl": [signed_data]}
    with proxied(routes, tmp_path) as seen:
        seen.client.post("/upload/signed-url", json={"original_filename": "clip.mp4"})
        seen.client.post("/embeddings/video", json={"asset_id": KEY, "model": 5})
        report = seen.client.get(seen.origin + "/__mock/drift").content
        markdown = seen.proxy.book.markdown()
    again = drift_since(tmp_path / HAR_NAME, 0)
    violations = orjson.loads(report)["operations"]["createSignedUploadUrl"]["violations"]
    assert "signature=***" in violations[0]["message"]
    for written in (report, markdown.encode(), again.markdown().encode()):
        assert SIGNATURE.encode() not in written and KEY.encode() not in written


def test_without_record_the_worker_keeps_a_bounded_summary(tmp_path: Path) -> None:
    from mock_server.proxy import report_at_exit  # noqa: PLC0415

    summary = tmp_path / "summary.json"
    with StandIn(CONFORMING) as provider:
        config = ProxyConfig(provider.url, None, 5.0, summary=str(summary))
        proxy = Proxy(config)
        with (
            serving(proxy) as origin,
            httpx.Client(base_url=origin + BASE_PATH, headers={"Authorization": KEY}) as client,
        ):
            answers = every_operation(client, rounds=3)
        proxy.close()  # the last exchange's state is written at close
    assert {a.status_code for a in answers} == {200}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.json"]  # no HAR
    assert proxy.summary is not None and 1 <= proxy.summary.writes <= 3  # at most once a second
    lines = report_at_exit(None, str(summary), 0)
    assert lines == [
        "mavi-mock: --dialect createSignedUploadUrl=seed,createVideoEmbedding=seed,"
        "getAssetMetadata=seed,uploadAsset=seed"
    ]


def test_the_command_continues_a_recording_cut_short_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import mock_server.proxy  # noqa: PLC0415

    with proxied(CONFORMING, tmp_path) as seen:
        every_operation(seen.client)
    whole = (tmp_path / HAR_NAME).read_bytes()
    (tmp_path / HAR_NAME).write_bytes(whole[: whole.rindex(b"\n]}}")] + b',\n{"startedD')
    monkeypatch.setattr(mock_server.proxy, "run", lambda *args: 0)
    arguments = ["proxy", "--upstream", "http://127.0.0.1:9/x", "--port", "0"]
    assert main([*arguments, "--record", str(tmp_path)]) == 0
    said = capsys.readouterr().err.splitlines()
    assert any(line.startswith("mavi-mock proxy: ") and "4 entries kept" in line for line in said)
    assert len(read_entries(tmp_path)) == 4


def test_an_upstream_without_a_path_is_started_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[ProxyConfig] = []
    monkeypatch.setattr("mock_server.proxy.run", lambda config, *a: started.append(config) or 0)
    assert main(["proxy", "--upstream", "http://127.0.0.1:9", "--port", "0"]) == 0
    assert [c.upstream for c in started] == ["http://127.0.0.1:9"]
    said = capsys.readouterr().err
    assert f"--upstream has no path: the provider's operations are under {BASE_PATH}" in said


def test_the_upstream_going_away_and_coming_back_is_said_once_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with StandIn(CONFORMING) as provider:
        proxy = Proxy(ProxyConfig(provider.url, timeout=5))
        with serving(proxy) as url, httpx.Client(base_url=url + BASE_PATH, timeout=10) as client:
            headers = {"Authorization": KEY}
            assert client.get("/re_1/metadata", headers=headers).status_code == 200
            provider.go_away()
            assert [
                client.get("/re_1/metadata", headers=headers).status_code for _ in range(3)
            ] == [502] * 3
        proxy.close()
    lines = [line for line in capsys.readouterr().err.splitlines() if "upstream" in line]
    assert len(lines) == 1 and lines[0].startswith("mavi-mock proxy: the upstream failed")
    assert "answered 502" in lines[0] and KEY not in lines[0]


def test_a_report_that_cannot_be_written_is_said_and_the_dialect_line_still_printed(
    tmp_path: Path,
) -> None:
    (tmp_path / "drift.md").mkdir()  # in the way: cannot be written
    lines = report_at_exit(str(tmp_path), None, 0)
    assert lines[0].startswith(f"mavi-mock: cannot write {tmp_path / 'drift.md'}")
    assert lines[-1] == "mavi-mock: --dialect seed"


def test_json_nested_past_the_validators_limit_is_passed_recorded_and_noted(
    tmp_path: Path,
) -> None:
    deep = b'{"asset_id": ' + b"[" * 700 + b"]" * 700 + b"}"
    with proxied(CONFORMING, tmp_path) as seen:
        answer = seen.client.post("/embeddings/video", content=deep, headers=JSON_HEADERS)
        notes = seen.drift()["operations"]["createVideoEmbedding"]["notes"]
    assert answer.status_code == 200  # the provider's answer, passed back
    assert [e["_operation"] for e in read_entries(tmp_path)] == ["createVideoEmbedding"]
    assert len(notes) == 1 and notes[0].startswith("an exchange was not checked: ")


def test_a_content_length_that_is_no_number_is_a_400_envelope() -> None:
    proxy = Proxy(ProxyConfig("http://127.0.0.1:9" + BASE_PATH))
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": BASE_PATH + "/embeddings/video",
        "CONTENT_LENGTH": "abc",
        "wsgi.input": io.BytesIO(b"{}"),
    }
    started: list[str] = []
    body = b"".join(proxy(environ, lambda status, headers, *exc: started.append(status)))
    proxy.close()
    assert started == ["400 Bad Request"]
    assert orjson.loads(body)["code"] == "0400"
