"""A full disk under the data directory: the mock answers what it can, refuses an upload it cannot
store with a 503 envelope that names the disk and the directory, and never keeps an upload it
answered with an error.

Two ways to fill a disk, each test run with both where the machine allows:

- ``tmpfs``: the data directory on a 4 MiB tmpfs (needs root), filled by a file, freed a page
  at a time by cutting the file; the mock is served in this process (``testing.serve``: the
  embedding shortcut before Flask, then Flask), so the shortcut can be counted.
- ``fsize``: the mock served in a subprocess whose file-size limit (``RLIMIT_FSIZE``, with
  ``SIGXFSZ`` ignored) is lowered from here: 0 makes every write fail with EFBIG, and raising it
  page by page frees room.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

import httpx
import orjson
import pytest
from flask import Flask

from mavi_contract import DIALECTS, document_path
from mock_server import MockConfig
from mock_server.testing import serve
from tests.support import BASE_PATH, KEY, MODEL, ROOT, SEED_ASSET, ResponseContract

pytestmark = pytest.mark.slow  # a tmpfs mounted (mount), or the mock served by a subprocess

PAGE = 4096
CONTRACTS = {dialect: ResponseContract(document_path(dialect)) for dialect in DIALECTS}
JOURNAL_WARNING = "the request journal cannot be written"

#: The mock in a subprocess: prints its URL, serves until its stdin closes.
SERVER = """
import logging, signal, sys
from pathlib import Path
from mock_server import MockConfig
from mock_server.testing import serve
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
with serve(MockConfig(data_dir=Path(sys.argv[1]))) as mock:
    print(mock.url, flush=True)
    sys.stdin.read()
"""


class Disk:
    """A served mock whose data directory can be filled and freed."""

    url: str
    data_dir: Path

    def fill(self) -> None:
        raise NotImplementedError

    def free(self, size: int) -> None:
        raise NotImplementedError

    def flask_count(self) -> int | None:
        """Requests Flask answered so far, where this process can count them."""
        return None

    def log(self) -> str:
        raise NotImplementedError


class Tmpfs(Disk):
    def __init__(self, mount: Path, caplog: pytest.LogCaptureFixture) -> None:
        self.data_dir = mount / "data"
        self.filler = mount / "filler"
        self._caplog = caplog
        self.flask_calls = 0

    @contextmanager
    def served(self) -> Iterator[Tmpfs]:
        with serve(MockConfig(data_dir=self.data_dir)) as handle:
            app = cast(Flask, handle._server.app)
            inner = app.full_dispatch_request

            def counting() -> Any:
                self.flask_calls += 1
                return inner()

            app.full_dispatch_request = counting  # type: ignore[method-assign]
            self.url = handle.url
            yield self

    def fill(self) -> None:
        fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        try:
            while os.write(fd, b"\0" * PAGE):
                pass
        except OSError:  # ENOSPC: full
            pass
        finally:
            os.close(fd)

    def free(self, size: int) -> None:
        os.truncate(self.filler, max(0, self.filler.stat().st_size - size))

    def flask_count(self) -> int | None:
        return self.flask_calls

    def log(self) -> str:
        return "\n".join(record.getMessage() for record in self._caplog.records)


class FileSizeLimit(Disk):
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.proc: subprocess.Popen[str] | None = None
        self.errors: list[str] = []

    @contextmanager
    def served(self) -> Iterator[FileSizeLimit]:
        self.data_dir.mkdir(parents=True)
        self.proc = subprocess.Popen(
            [sys.executable, "-c", SERVER, str(self.data_dir)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        lines: list[str] = []
        out, err = self.proc.stdout, self.proc.stderr
        assert out is not None and err is not None
        threading.Thread(target=lambda: lines.extend(out), daemon=True).start()
        threading.Thread(target=lambda: self.errors.extend(err), daemon=True).start()
        try:
            deadline = time.monotonic() + 30
            while not lines and time.monotonic() < deadline and self.proc.poll() is None:
                time.sleep(0.02)
            assert lines, f"the mock did not start: {''.join(self.errors)}"
            self.url = lines[0].strip()
            yield self
        finally:
            self.proc.stdin.close()  # type: ignore[union-attr]
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)

    def _limit(self, soft: int) -> None:
        import resource  # noqa: PLC0415 (POSIX only; checked by the fixture)

        assert self.proc is not None
        _, hard = resource.prlimit(self.proc.pid, resource.RLIMIT_FSIZE)
        resource.prlimit(self.proc.pid, resource.RLIMIT_FSIZE, (soft, hard))
        self.soft = soft

    def fill(self) -> None:
        self._limit(0)

    def free(self, size: int) -> None:
        if self.soft == 0:  # from "nothing can be written" to "no file may grow"
            self._limit(max(p.stat().st_size for p in self.data_dir.rglob("*") if p.is_file()))
        self._limit(self.soft + size)

    def log(self) -> str:
        return "".join(self.errors)


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A 4 MiB tmpfs, unmounted afterwards; skipped where it cannot be mounted."""
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root on Linux")
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        # Lazily: the app's journal connection may still hold a file open.
        subprocess.run(["umount", "--lazy", str(mount)], timeout=10, check=False)


@pytest.fixture(params=["tmpfs", "fsize"])
def disk(
    request: pytest.FixtureRequest, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> Iterator[Disk]:
    if request.param == "tmpfs":
        mount = request.getfixturevalue("tmpfs")
        with Tmpfs(mount, caplog).served() as served:
            yield served
        return
    try:
        import resource  # noqa: PLC0415
    except ImportError:
        pytest.skip("no resource module here: RLIMIT_FSIZE cannot be set")
    if not hasattr(resource, "prlimit") or not hasattr(resource, "RLIMIT_FSIZE"):
        pytest.skip("resource.prlimit (Linux) is needed to limit the served mock's file size")
    with FileSizeLimit(tmp_path / "data").served() as served:
        yield served


def auth(**headers: str) -> dict[str, str]:
    return {"Authorization": KEY, **headers}


def upload(http: httpx.Client, data: bytes, **headers: str) -> httpx.Response:
    files = {"file": ("clip.mp4", data, "video/mp4")}
    return http.post(BASE_PATH + "/upload", files=files, headers=auth(**headers))


def embed(http: httpx.Client, asset_id: str, **headers: str) -> httpx.Response:
    body = orjson.dumps({"asset_id": asset_id, "model": MODEL})
    headers = auth(**{"Content-Type": "application/json", **headers})
    return http.post(BASE_PATH + "/embeddings/video", content=body, headers=headers)


def asset_count(http: httpx.Client) -> int:
    count: int = http.get("/__mock/health").json()["data"]["assets"]
    return count


def checked(response: httpx.Response, dialect: str = "seed") -> httpx.Response:
    """The response, after checking it against the dialect's document."""
    CONTRACTS[dialect].check(response.request, response)
    return response


def test_stored_assets_are_still_served_on_a_full_disk(disk: Disk) -> None:
    with httpx.Client(base_url=disk.url, timeout=10) as http:
        asset = upload(http, b"stored before the disk filled").json()["data"]["asset_id"]
        assert embed(http, asset).status_code == 200  # made by Flask, cached
        assert embed(http, asset).status_code == 200  # the shortcut from now on
        before = disk.flask_count()
        disk.fill()
        for _ in range(3):
            answer = checked(embed(http, asset))  # the shortcut
            assert answer.status_code == 200, answer.content
            assert len(answer.json()["data"]["embedding"]) == 1408
        if before is not None:
            assert disk.flask_count() == before  # Flask never saw them
        for headers in ({"Prefer": "dialect=seed"}, {}):  # Flask's path; a metadata read
            answer = checked(embed(http, asset, **headers))
            assert answer.status_code == 200, answer.content
        metadata = checked(http.get(f"{BASE_PATH}/{asset}/metadata", headers=auth()))
        assert metadata.json()["data"]["resource"][0]["upload_status"] == "SUCCESS"
        modern = checked(embed(http, SEED_ASSET, Prefer="dialect=modern"), "modern")
        assert modern.json()["code"] == 200
    # The journal is best-effort: its failure is logged once, not once per request.
    assert disk.log().count(JOURNAL_WARNING) == 1, disk.log()


@pytest.mark.parametrize(
    ("dialect", "http_status", "code"),
    [("seed", 503, "0503"), ("modern", 503, 503), ("legacy", 200, "0503")],
)
def test_an_upload_on_a_full_disk_is_a_503_envelope_and_stores_nothing(
    disk: Disk, dialect: str, http_status: int, code: object
) -> None:
    with httpx.Client(base_url=disk.url, timeout=10) as http:
        signed = http.post(
            BASE_PATH + "/upload/signed-url",
            json={"original_filename": "clip.mp4"},
            headers=auth(),
        ).json()["data"]
        stored = asset_count(http)
        disk.fill()
        for answer in (
            upload(http, os.urandom(3000), Prefer=f"dialect={dialect}"),
            http.post(
                BASE_PATH + "/upload/signed-url",
                json={"original_filename": "clip.mp4"},
                headers=auth(Prefer=f"dialect={dialect}"),
            ),
        ):
            assert answer.status_code == http_status, answer.content
            checked(answer, dialect)
            envelope = answer.json()
            assert envelope["code"] == code and envelope["data"] is None, envelope
            assert "disk" in envelope["msg"] and str(disk.data_dir) in envelope["msg"], envelope
        storage = http.post(signed["signed_url"], files={"file": ("clip.mp4", b"v" * 3000)})
        assert storage.status_code == 503, storage.content
        checked(storage)
        assert b"<Code>ServiceUnavailable</Code>" in storage.content
        assert asset_count(http) == stored
        # The signed URL was not used up: it works once there is room again.
        disk.free(1 << 20)
        again = http.post(signed["signed_url"], files={"file": ("clip.mp4", b"v" * 3000)})
        assert again.status_code == 204, again.content
        assert asset_count(http) == stored + 1


def test_freeing_space_a_page_at_a_time_never_leaves_an_orphan(disk: Disk) -> None:
    """Every upload answered with an error stored nothing; every one answered with an id stored
    exactly that asset."""
    with httpx.Client(base_url=disk.url, timeout=10) as http:
        stored = asset_count(http)
        disk.fill()
        outcomes: list[int] = []
        started = time.monotonic()
        while outcomes.count(200) < 3 and time.monotonic() - started < 20:
            answer = upload(http, os.urandom(2000))
            outcomes.append(answer.status_code)
            checked(answer)
            assert answer.status_code in (200, 503), answer.content
            if answer.status_code == 200:
                stored += 1
                asset = answer.json()["data"]["asset_id"]
                assert http.get(f"{BASE_PATH}/{asset}/metadata", headers=auth()).is_success
            assert asset_count(http) == stored, (outcomes, answer.content)
            disk.free(PAGE)
        assert outcomes.count(200) == 3, outcomes
        assert outcomes[0] == 503, outcomes


def test_a_scenario_change_on_a_full_disk_is_a_503_envelope_and_changes_nothing(
    disk: Disk,
) -> None:
    with httpx.Client(base_url=disk.url, timeout=10) as http:
        before = http.get("/__mock/scenario").json()["data"]
        disk.fill()
        answer = http.put("/__mock/scenario", json={"failure_rate": 0.5})
        assert answer.status_code == 503, answer.content
        body = answer.json()
        assert body["code"] == "0503" and "full" in body["msg"], body
        assert str(disk.data_dir) in body["msg"]
        assert http.get("/__mock/scenario").json()["data"] == before


def test_a_reset_on_a_full_disk_forgets_nothing_and_serves_nothing_stale(disk: Disk) -> None:
    with httpx.Client(base_url=disk.url, timeout=10) as http:
        asset = upload(http, b"kept through a failed reset").json()["data"]["asset_id"]
        assert embed(http, asset).status_code == 200  # now in the caches
        disk.fill()
        refused = http.post("/__mock/reset")
        assert refused.status_code == 503, refused.content
        assert embed(http, asset).status_code == 200
        metadata = http.get(f"{BASE_PATH}/{asset}/metadata", headers=auth()).json()
        assert metadata["data"]["resource"][0]["upload_status"] == "SUCCESS"
        disk.free(1 << 22)
        assert http.post("/__mock/reset").status_code == 200
        gone = checked(embed(http, asset))
        assert gone.status_code == 400 and gone.json()["msg"] == "Asset not found", gone.content
