"""The HAR recording (``mock_server/har.py``): valid HAR 1.2 after every entry, continued, kept
whole by kill -9, flat in memory; secrets masked; uploads described by SHA-256 only."""

from __future__ import annotations

import hashlib
import io
import mmap
import os
import signal
import struct
import time
import tracemalloc
from pathlib import Path
from typing import Any

import orjson
import pytest

from mock_server.har import (
    HAR_NAME,
    MASK,
    HarFormatError,
    HarWriter,
    Masker,
    Recorded,
    Upload,
    har_entry,
    iter_entries,
    key_secrets,
    read_entries,
)
from tests.support.har import assert_valid_har

KEY = "sk-mavi-recording-0123456789"


def recorded(number: int = 0, body: bytes = b'{"code":"0000"}', **changes: Any) -> Recorded:
    values: dict[str, Any] = {
        "started": 1796312815.5 + number,
        "method": "POST",
        "url": "http://127.0.0.1:9/serve/api/v2/embeddings/video",
        "request_headers": [("Authorization", KEY), ("Content-Type", "application/json")],
        "request_body": f'{{"asset_id":"re_{number}"}}'.encode(),
        "request_size": 20,
        "status": 200,
        "reason": "OK",
        "response_headers": [("Content-Type", "application/json")],
        "response_body": body,
        "response_size": len(body),
        "timings": {"send": 0.1, "wait": 1.0, "receive": 0.2},
        "api_path": "/embeddings/video",
        "extra": {"_operation": "createVideoEmbedding", "_dialects": ["seed", "legacy"]},
    }
    return Recorded(**(values | changes))


def entry(number: int = 0, **changes: Any) -> dict[str, Any]:
    return har_entry(recorded(number, **changes), Masker([KEY]))


def test_the_file_is_valid_har_after_every_entry(tmp_path: Path) -> None:
    path = tmp_path / HAR_NAME
    writer = HarWriter(path)
    assert assert_valid_har(orjson.loads(path.read_bytes())) == []
    for number in range(3):
        writer.write(entry(number))
        entries = assert_valid_har(orjson.loads(path.read_bytes()))
        assert [e["request"]["postData"]["text"] for e in entries] == [
            f'{{"asset_id":"re_{n}"}}' for n in range(number + 1)
        ]
    writer.close()
    assert entries[0]["_operation"] == "createVideoEmbedding"
    assert entries[0]["startedDateTime"] == "2026-12-03T15:46:55.500Z"


def test_a_recording_is_continued_and_read_in_order(tmp_path: Path) -> None:
    first = HarWriter(tmp_path / HAR_NAME)
    first.write(entry(1))
    first.close()
    again = HarWriter(tmp_path / HAR_NAME)
    again.write(entry(2))
    again.close()
    HarWriter(tmp_path / "second.har").close()  # empty: read as no entries
    later = HarWriter(tmp_path / "z.har")
    later.write(entry(3))
    later.close()
    texts = [e["request"]["postData"]["text"] for e in read_entries(tmp_path)]
    assert texts == [f'{{"asset_id":"re_{n}"}}' for n in (1, 2, 3)]
    assert [e["request"]["postData"]["text"] for e in iter_entries(tmp_path / HAR_NAME)] == texts[
        :2
    ]


def test_a_file_of_another_kind_is_refused_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / HAR_NAME
    path.write_text('{"log": {"version": "1.2", "entries": []}}')
    with pytest.raises(HarFormatError, match="does not end as a recording"):
        HarWriter(path)
    assert path.read_text() == '{"log": {"version": "1.2", "entries": []}}'
    # another tool's HAR is still read (whole)
    path.write_bytes(orjson.dumps({"log": {"version": "1.2", "entries": [entry(5)]}}))
    assert len(read_entries(tmp_path)) == 1


def test_kill_9_keeps_every_completed_entry(tmp_path: Path) -> None:
    path = tmp_path / HAR_NAME
    done = mmap.mmap(-1, 8)  # shared with the child: how many entries it completed
    pid = os.fork()
    if pid == 0:  # the child writes until it is killed, counting what it completed
        try:
            writer, written = HarWriter(path), 0
            while True:
                writer.write(entry(written, body=b"x" * 20000))
                written += 1
                done[:8] = struct.pack("q", written)
        finally:
            os._exit(1)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and struct.unpack("q", done[:8])[0] < 50:
        time.sleep(0.01)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    completed = struct.unpack("q", done[:8])[0]
    entries = assert_valid_har(orjson.loads(path.read_bytes()))
    assert completed >= 50
    assert completed <= len(entries) <= completed + 1  # the one killed before it was counted
    assert [e["request"]["postData"]["text"] for e in entries] == [
        f'{{"asset_id":"re_{n}"}}' for n in range(len(entries))
    ]


def test_recording_holds_memory_flat(tmp_path: Path) -> None:
    writer = HarWriter(tmp_path / HAR_NAME)
    one = entry(0, body=b"y" * 17000)
    writer.write(one)
    tracemalloc.start()
    try:
        for _ in range(300):
            writer.write(one)
        before = tracemalloc.get_traced_memory()[0]
        for _ in range(2700):
            writer.write(one)
        after, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    writer.close()
    assert after - before < 10_000  # nothing kept per entry
    assert peak < 1_000_000  # a few copies of one entry, not 3000 of them (51 MB)
    assert (tmp_path / HAR_NAME).stat().st_size > 3000 * 17000


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "https://s.example/u/re_1?expires=9&X-Amz-Signature=abc&X-Amz-Credential=AK%2F1",
            "https://s.example/u/re_1?expires=9&X-Amz-Signature=***&X-Amz-Credential=***",
        ),
        (
            "/up?SIGNATURE=ab&x=1&Sig=cd&token=ef&X-Goog-Signature=0",
            "/up?SIGNATURE=***&x=1&Sig=***&token=***&X-Goog-Signature=***",
        ),
        (
            '{"signed_url":"http://h/p?signature=5e5e&expires=1"}',
            '{"signed_url":"http://h/p?signature=***&expires=1"}',
        ),
        (f"echo {KEY} and Bearer {KEY}", "echo *** and Bearer ***"),
        ("?design=1&sight=2&tokenizer=3", "?design=1&sight=2&tokenizer=3"),
        ("?access_token=1&X-Amz-Security-Token=2", "?access_token=***&X-Amz-Security-Token=***"),
    ],
)
def test_secrets_are_masked_in_text(text: str, shown: str) -> None:
    assert Masker([KEY]).text(text) == shown


def test_every_written_place_is_masked() -> None:
    echoed = b'{"code":"0000","msg":"key sk-mavi-recording-0123456789","data":{}}'
    written = entry(
        url=f"http://127.0.0.1:9/serve/api/v2/x?api_key={KEY}&signature=abc",
        request_headers=[
            ("authorization", f"Bearer {KEY}"),
            ("X-Api-Key", KEY),
            ("X-Echo", KEY),
            ("Content-Type", "application/json"),
        ],
        request_body=b'{"note":"%s"}' % KEY.encode(),
        response_body=echoed,
        response_headers=[("Location", "http://h/p?sig=1"), ("Content-Type", "application/json")],
    )
    masker = Masker(key_secrets([("authorization", f"Bearer {KEY}")]))
    assert orjson.dumps(har_entry(recorded(), masker)).count(KEY.encode()) == 0
    text = orjson.dumps(written).decode()
    assert KEY not in text and "abc" not in text
    assert {h["name"]: h["value"] for h in written["request"]["headers"]} == {
        "authorization": MASK,
        "X-Api-Key": MASK,
        "X-Echo": MASK,
        "Content-Type": "application/json",
    }
    assert written["request"]["queryString"] == [
        {"name": "api_key", "value": MASK},
        {"name": "signature", "value": MASK},
    ]
    assert written["response"]["redirectURL"] == "http://h/p?sig=***"


def test_an_upload_is_described_by_its_hash_never_its_bytes() -> None:
    data = os.urandom(300_000)
    boundary = "b0undary"
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="clip.mp4"\r\n'
        "Content-Type: video/mp4\r\n\r\n"
    ).encode() + data
    body += (
        f'\r\n--{boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello'
        f"\r\n--{boundary}--\r\n"
    ).encode()
    upload = Upload(f"multipart/form-data; boundary={boundary}", io.BytesIO(body), len(body))
    assert b"".join(upload) == body  # streamed through unchanged
    assert upload.size == len(body)
    [part] = upload.files
    assert (part.name, part.file_name, part.content_type) == ("file", "clip.mp4", "video/mp4")
    assert (part.sha256, part.size) == (hashlib.sha256(data).hexdigest(), len(data))
    assert upload.fields == [("note", "hello")]
    written = har_entry(
        recorded(
            request_body=None,
            request_size=len(body),
            files=upload.files,
            fields=upload.fields,
            request_headers=[("Content-Type", f"multipart/form-data; boundary={boundary}")],
        ),
        Masker(),
    )
    post = written["request"]["postData"]
    assert post["text"] == ""
    assert post["params"][0] == {
        "name": "file",
        "fileName": "clip.mp4",
        "contentType": "video/mp4",
        "value": "",
        "_sha256": hashlib.sha256(data).hexdigest(),
        "_size": len(data),
    }
    assert len(orjson.dumps(written)) < 5000


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('{"u":"https://s/x?a=1\\u0026signature=5e5e5e\\u0026b=2"}', "b=2"),
        ('{"u":"https://s/x?a=1\\u0026X-Amz-Signature\\u003d5e5e5e\\u0026b=2"}', "b=2"),
        ('{"u":"https://s/x\\u003fsig\\u003D5e5e5e"}', "https://s/x"),
        ("/go?next=https%3A%2F%2Fs%2Fx%3Fa%3D1%26signature%3D5e5e5e%26b%3D2", "b%3D2"),
        ("/go?next=https%3A%2F%2Fs%2Fx%3FX-Amz-Credential%3D5e5e5e%252F1", "/go?next="),
    ],
)
def test_signatures_are_masked_in_their_escaped_forms(text: str, kept: str) -> None:
    masked = Masker().text(text)
    assert "5e5e5e" not in masked
    assert kept in masked and MASK in masked


def part(name: str, data: bytes, file_name: str | None = None) -> bytes:
    disposition = f'form-data; name="{name}"' + (f'; filename="{file_name}"' if file_name else "")
    return f"--b\r\nContent-Disposition: {disposition}\r\n\r\n".encode() + data + b"\r\n"


def test_a_file_part_without_a_file_name_or_a_big_field_is_hashed_not_kept() -> None:
    clip, big = os.urandom(3000), b"B" * 20_000  # curl -F file=<clip.mp4: no filename
    body = part("file", clip) + part("blob", big) + part("note", b"hello") + b"--b--\r\n"
    upload = Upload("multipart/form-data; boundary=b", io.BytesIO(body), len(body))
    assert b"".join(upload) == body
    described = {(p.name, p.sha256, p.size) for p in upload.files}
    assert described == {
        ("file", hashlib.sha256(clip).hexdigest(), len(clip)),
        ("blob", hashlib.sha256(big).hexdigest(), len(big)),
    }
    assert upload.fields == [("note", "hello")]
    written = orjson.dumps(
        har_entry(recorded(request_body=None, files=upload.files, fields=upload.fields), Masker())
    )
    assert b"BBBB" not in written and len(written) < 3000


def cut_short(path: Path, keep: int) -> bytes:
    """The file as a crash leaves it: its tail gone, ``keep`` bytes of a last entry written."""
    data = path.read_bytes()
    cut = data[: data.rindex(b"\n]}}\n")] + b",\n" + orjson.dumps(entry(9))[:keep]
    path.write_bytes(cut)
    return cut


@pytest.mark.parametrize("keep", [0, 1, 200])
def test_a_last_entry_cut_short_is_skipped_and_the_recording_continued(
    tmp_path: Path, keep: int
) -> None:
    path = tmp_path / HAR_NAME
    writer = HarWriter(path)
    for number in range(3):
        writer.write(entry(number))
    writer.close()
    cut_short(path, keep)
    with pytest.warns(UserWarning, match="cut short"):
        assert len(list(iter_entries(path))) == 3
    with pytest.warns(UserWarning, match="dropped; 3 entries kept"):
        writer = HarWriter(path)  # truncated to the last complete entry, tail restored
    writer.write(entry(3))
    writer.close()
    entries = assert_valid_har(orjson.loads(path.read_bytes()))
    assert [e["request"]["postData"]["text"] for e in entries] == [
        f'{{"asset_id":"re_{n}"}}' for n in range(4)
    ]


def test_a_damaged_file_that_is_not_ours_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / HAR_NAME
    path.write_bytes(b'{"log": {"entries": [{"a": 1},\n{"b"')
    with pytest.raises(HarFormatError):
        HarWriter(path)
    assert path.read_bytes() == b'{"log": {"entries": [{"a": 1},\n{"b"'


def test_the_hop_by_hop_headers_are_shared() -> None:
    from mock_server.har import HOP_BY_HOP  # noqa: PLC0415

    assert {"connection", "transfer-encoding", "keep-alive", "te", "upgrade"} <= HOP_BY_HOP
