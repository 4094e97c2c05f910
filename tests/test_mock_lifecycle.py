"""The served mock's life: a worker that dies, a master that dies, Ctrl-C under load, a second
mock on a data directory in use, and the command line's errors (issue 18)."""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from mock_server import EXAMPLE_ASSET_IDS
from mock_server.__main__ import bind_error, build_parser, config_from_args, main
from mock_server.config import SETTINGS
from mock_server.datadir_lock import DataDirInUse, hold_data_dir
from mock_server.serve import GRACE_SECONDS
from tests.support import BASE_PATH, KEY, ROOT, SEED_ASSET, MockProcess, free_port, running_mock

#: What the issue asks of each: a replaced worker answers, a stopped mock is gone, within 5 s.
BOUND = 5.0


def process_state(pid: int) -> tuple[str, int] | None:
    """(state, parent pid) of a process, from /proc; None once it is gone or a zombie."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    state, ppid = stat.rsplit(")", 1)[1].split()[:2]
    return None if state in ("Z", "X") else (state, int(ppid))


def children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (info := process_state(int(entry.name))) and info[1] == pid:
            found.add(int(entry.name))
    return found


def workers_of(mock: MockProcess, count: int = 2) -> set[int]:
    assert mock.proc is not None
    deadline = time.monotonic() + BOUND
    while len(found := children(mock.proc.pid)) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(found) == count, found
    return found


def answers(mock: MockProcess, times: int = 8) -> bool:
    """Each on a new connection, so that every worker is asked (SO_REUSEPORT spreads them)."""
    try:
        return all(
            httpx.get(mock.url + "/__mock/health", timeout=1).status_code == 200
            for _ in range(times)
        )
    except httpx.TransportError:
        return False


def kill_left_over(pids: set[int]) -> None:
    for pid in pids:
        if process_state(pid) is not None:
            os.kill(pid, signal.SIGKILL)


pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform != "linux", reason="/proc")]


def test_a_worker_killed_with_kill_9_is_replaced(tmp_path: Path) -> None:
    with running_mock(tmp_path) as mock:
        assert mock.proc is not None
        workers = workers_of(mock)
        victim = min(workers)
        os.kill(victim, signal.SIGKILL)
        killed = time.monotonic()
        while time.monotonic() - killed < BOUND and mock.proc.poll() is None:
            now = children(mock.proc.pid)
            if len(now) == 2 and victim not in now and answers(mock):
                break
            time.sleep(0.05)
        back_after = time.monotonic() - killed
        assert mock.proc.poll() is None, f"the master exited:\n{mock.log_text()}"
        assert back_after < BOUND
        assert len(children(mock.proc.pid) - {victim}) == 2
        assert answers(mock, times=16)


def test_the_workers_exit_when_the_master_is_killed(tmp_path: Path) -> None:
    mock = MockProcess(tmp_path).start()
    assert mock.proc is not None
    workers = workers_of(mock)
    try:
        mock.proc.send_signal(signal.SIGKILL)  # the master only, not its process group
        mock.proc.wait(BOUND)
        deadline = time.monotonic() + BOUND
        while time.monotonic() < deadline and (
            [w for w in workers if process_state(w)] or bind_error("127.0.0.1", mock.port)
        ):
            time.sleep(0.05)
        assert [w for w in workers if process_state(w)] == []
        assert bind_error("127.0.0.1", mock.port) is None
        again = MockProcess(tmp_path)
        again.port = mock.port  # the same port and data directory: a restart is not refused
        with running_mock_on(again) as restarted:
            assert answers(restarted)
    finally:
        kill_left_over(workers)


@contextmanager
def running_mock_on(mock: MockProcess) -> Iterator[MockProcess]:
    mock.start()
    try:
        yield mock
    finally:
        mock.stop()


class SlowUpload:
    """A multipart upload that sends its body a byte every 50 ms, on a thread."""

    def __init__(self, mock: MockProcess) -> None:
        self.sock = socket.create_connection(("127.0.0.1", mock.port), timeout=BOUND)
        body_length = 10_000
        self.sock.sendall(
            (
                f"POST {BASE_PATH}/upload HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: {KEY}\r\n"
                "Content-Type: multipart/form-data; boundary=b0undary\r\n"
                f"Content-Length: {body_length}\r\n\r\n"
            ).encode()
        )
        self.body = (
            b'--b0undary\r\nContent-Disposition: form-data; name="file"; filename="s.mp4"\r\n'
            b"Content-Type: video/mp4\r\n\r\n"
        ).ljust(body_length, b"x")
        self.sent = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._trickle, daemon=True)
        self.thread.start()

    def _trickle(self) -> None:
        while not self.stop.is_set() and self.sent < len(self.body):
            try:
                self.sock.sendall(self.body[self.sent : self.sent + 1])
            except OSError:
                return
            self.sent += 1
            time.sleep(0.05)

    def answer(self) -> bytes:
        """What the server sent back before closing (b"" for nothing)."""
        try:
            return self.sock.recv(65536)
        except OSError:
            return b""

    def close(self) -> None:
        self.stop.set()
        self.thread.join(BOUND)
        self.sock.close()


@contextmanager
def busy_cpu() -> Iterator[None]:
    """A busy loop on every core, as a CI machine running the suite beside the mock has."""
    loops = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"])
        for _ in range(os.cpu_count() or 2)
    ]
    try:
        yield
    finally:
        for loop in loops:
            loop.kill()
            loop.wait()


@pytest.mark.parametrize("how", ["ctrl-c", "sigterm"])
def test_ctrl_c_and_sigterm_stop_the_mock_within_5_s_under_load(tmp_path: Path, how: str) -> None:
    mock = MockProcess(tmp_path).start()
    assert mock.proc is not None
    workers = workers_of(mock)
    upload = SlowUpload(mock)
    try:
        with busy_cpu():
            time.sleep(0.5)  # the upload is in flight, its body half a second along
            assert upload.sent > 0 and upload.thread.is_alive()
            signalled = time.monotonic()
            if how == "ctrl-c":  # the terminal sends SIGINT to the whole foreground group
                os.killpg(mock.proc.pid, signal.SIGINT)
            else:
                mock.proc.send_signal(signal.SIGTERM)
            try:
                code: int | None = mock.proc.wait(BOUND)
            except subprocess.TimeoutExpired:
                code = None
            stopped_after = time.monotonic() - signalled
        assert code is not None, f"still running {BOUND:g} s after {how}"
        assert stopped_after < BOUND
        assert [w for w in workers if process_state(w)] == []
        assert upload.answer() == b""  # the cut-off upload got no answer: its connection closed
        assert code == 0, mock.log_text()
        # ... and nothing of it was stored: only the provider's example assets are there.
        with sqlite3.connect(tmp_path / "assets.sqlite") as db:
            stored = {row[0] for row in db.execute("SELECT asset_id FROM assets")}
        assert stored == set(EXAMPLE_ASSET_IDS), stored
    finally:
        upload.close()
        mock.kill()
        kill_left_over(workers)


def test_a_mock_stopped_as_soon_as_it_answers_stops_at_once(tmp_path: Path) -> None:
    """Its last worker may still be loading the app: a SIGTERM then must not be lost (it was:
    the worker ran on until it was killed, GRACE_SECONDS later)."""
    for _ in range(2):
        mock = MockProcess(tmp_path).start()  # returns on the first answer of /__mock/health
        assert mock.proc is not None
        signalled = time.monotonic()
        try:
            code = mock.stop(timeout=BOUND)
        finally:
            mock.kill()
        assert time.monotonic() - signalled < 1.0 and code == 0, mock.log_text()


def test_ctrl_c_lets_a_short_request_in_flight_finish(tmp_path: Path) -> None:
    mock = MockProcess(tmp_path).start()
    assert mock.proc is not None
    workers = workers_of(mock)
    answered: list[int] = []

    def one_second_request() -> None:
        answered.append(
            httpx.get(
                f"{mock.base_url}/{SEED_ASSET}/metadata",
                headers={"Authorization": KEY, "Prefer": "delay=1000"},
                timeout=BOUND,
            ).status_code
        )

    asking = threading.Thread(target=one_second_request)
    try:
        with busy_cpu():
            asking.start()
            time.sleep(0.4)  # the request is inside a worker, sleeping
            signalled = time.monotonic()
            os.killpg(mock.proc.pid, signal.SIGINT)
            code = mock.proc.wait(BOUND)
            stopped_after = time.monotonic() - signalled
            asking.join(BOUND)
        assert answered == [200]
        assert code == 0 and stopped_after < GRACE_SECONDS
        assert "refused to gracefully stop" not in mock.log_text()  # no worker had to be killed
    finally:
        mock.kill()
        kill_left_over(workers)


def test_a_second_mock_on_a_data_dir_in_use_is_refused(tmp_path: Path) -> None:
    with running_mock(tmp_path) as first:
        assert first.proc is not None
        scenario = first.url + "/__mock/scenario"
        assert httpx.put(scenario, json={"failure_rate": 0.3}).status_code == 200
        for _ in range(20):
            httpx.get(f"{first.base_url}/{SEED_ASSET}/metadata", headers={"Authorization": KEY})
        journal = httpx.get(first.url + "/__mock/journal").json()["data"]["requests"]
        assert len(journal) == 20
        env = {**os.environ, "PORT": str(free_port()), "MOCK_DATA_DIR": str(tmp_path)}
        second = subprocess.Popen(
            [sys.executable, "-m", "mock_server"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + 20
            while second.poll() is None and time.monotonic() < deadline:
                if httpx.get(scenario).json()["data"]["failure_rate"] != 0.3:
                    break  # the second one started and reset the first's run
                time.sleep(0.1)
        finally:
            if second.poll() is None:
                os.killpg(second.pid, signal.SIGKILL)
            _, stderr = second.communicate(timeout=BOUND)
        assert httpx.get(scenario).json()["data"]["failure_rate"] == 0.3
        after = httpx.get(first.url + "/__mock/journal").json()["data"]["requests"]
        assert len(after) == 20
        assert second.returncode == 2
        lines = stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in stderr, stderr
        assert f"http://127.0.0.1:{first.port} (pid {first.proc.pid})" in lines[0]
        assert f"data directory {tmp_path} is in use" in lines[0]


def test_the_data_dir_lock_names_its_holder_and_is_released(tmp_path: Path) -> None:
    held = hold_data_dir(tmp_path / "new", "127.0.0.1", 8123)
    with pytest.raises(DataDirInUse) as refused:
        hold_data_dir(tmp_path / "new", "127.0.0.1", 8124)
    message = str(refused.value)
    assert f"127.0.0.1:8123 (pid {os.getpid()})" in message and str(tmp_path / "new") in message
    held.close()
    hold_data_dir(tmp_path / "new", "127.0.0.1", 8124).close()  # free again once closed


@pytest.fixture
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for setting in SETTINGS:
        monkeypatch.delenv(setting.env, raising=False)


@pytest.mark.parametrize(
    ("argv", "environ", "expected"),
    [
        (["--port", "99999"], {}, "--port: expected a port from 0 to 65535, got '99999'"),
        ([], {"PORT": "99999"}, "PORT / --port: expected a port from 0 to 65535, got '99999'"),
        (["--port", "-1"], {}, "--port: expected a port from 0 to 65535, got '-1'"),
        (["--max-upload", "ten"], {}, "--max-upload: expected a size like 1048576, 10MB or"),
        (["--max-upload", "0"], {}, "--max-upload: expected a size above 0 bytes, got '0'"),
        (["--workers", "two"], {}, "--workers: expected a positive integer, got 'two'"),
        (["--dialect", "klingon"], {}, "argument --dialect: invalid choice: 'klingon'"),
        (["--port"], {}, "argument --port: expected one argument"),
        (["--no-such-flag"], {}, "unrecognized arguments: --no-such-flag"),
    ],
)
@pytest.mark.usefixtures("clean_environment")
def test_bad_settings_get_a_one_line_error_and_exit_2(
    argv: list[str],
    environ: dict[str, str],
    expected: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("mavi-mock: ") and err.count("\n") == 1, err
    assert expected in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("given", "size"),
    [
        ("10MB", 10_000_000),
        ("512MiB", 512 * 1024**2),
        ("64 KiB", 64 * 1024),
        ("64kb", 64_000),
        ("1.5MB", 1_500_000),
        ("2GiB", 2 * 1024**3),
        ("1048576", 1_048_576),
        ("100B", 100),
    ],
)
@pytest.mark.usefixtures("clean_environment")
def test_sizes_take_suffixes(given: str, size: int, monkeypatch: pytest.MonkeyPatch) -> None:
    config, _ = config_from_args(["--max-upload", given, "--max-body", given])
    assert (config.max_upload, config.max_body) == (size, size)
    monkeypatch.setenv("MOCK_MAX_UPLOAD", given)
    assert config_from_args([])[0].max_upload == size


def test_help_documents_the_size_suffixes() -> None:
    shown = " ".join(build_parser("mavi-mock").format_help().split())
    assert "--max-upload SIZE" in shown and "--max-body SIZE" in shown
    assert "(default: 512MiB)" in shown and "(default: 64KiB)" in shown
    assert "KB, MB, GB: powers of 1000; KiB, MiB, GiB: of 1024" in shown
