"""The built wheel, installed as another project would install it: into fresh virtualenvs outside
the checkout, run from another directory.

- The base install is the client: it imports, has no Flask, and pytest still runs there (the
  plugin tells a test that asks for the mock what to install).
- The ``[mock]`` install runs ``mavi-mock`` from another directory; it answers the seed's request,
  two of them on two ports share nothing, and one restarted on its port finds its assets.
- A small project's tests pass there with the ``mavi_mock`` and ``mavi_client`` fixtures.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

import httpx
import pytest

from kit_testing.standin import CONFORMING, StandIn
from mavi_client import MaviClient
from mock_server.cassettes import recording
from tests.support import AHEAD, KEY, NICE, ROOT, SEED_ASSET, concurrently, free_port

pytestmark = pytest.mark.slow
#: ``pip install``, with the versions the lock pins.
INSTALL = [
    "install",
    "-q",
    "--disable-pip-version-check",
    "-c",
    str(ROOT / "requirements.lock"),
]


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None, timeout: int = 300) -> str:
    result = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        check=False,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, f"{args}:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result.stdout


def venv(where: Path, *requirements: str) -> Path:
    """A fresh virtualenv with ``requirements`` installed by pip, their dependencies resolved
    against the lock. (This pip installs into it: ``pip --python``; the venv needs none of its
    own.)"""
    run(*NICE, sys.executable, "-m", "venv", "--without-pip", where, cwd=where.parent)
    python = where / "bin" / "python"
    run(
        *NICE,
        sys.executable,
        "-m",
        "pip",
        "--python",
        python,
        *INSTALL,
        *requirements,
        cwd=where.parent,
    )
    return python


def _build(session: pytest.Session, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The wheel, built once, then both installs at once: the client alone, and with the
    ``[mock]`` extra. In the background from the session's first test on, at a lower priority
    (``tests.support.AHEAD``)."""
    out = tmp_path_factory.mktemp("wheel")
    run(*NICE, sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", out, ROOT, cwd=out)
    (wheel,) = out.glob("mavi_contract_kit-*.whl")
    client, mock = (tmp_path_factory.mktemp(name) / "venv" for name in ("client", "mock"))
    made = concurrently(
        [
            partial(venv, client, str(wheel), "pytest"),
            partial(venv, mock, f"{wheel}[mock]", "pytest"),
        ]
    )
    return {"wheel": wheel, **dict(zip(("client", "mock"), made, strict=True))}


AHEAD.register(__name__, _build)


@pytest.fixture(scope="module")
def built(request: pytest.FixtureRequest) -> dict[str, Path]:
    result: dict[str, Path] = AHEAD.result(request, __name__)
    return result


@pytest.fixture(scope="module")
def wheel(built: dict[str, Path]) -> Path:
    return built["wheel"]


@pytest.fixture(scope="module")
def client_only(built: dict[str, Path]) -> Path:
    return built["client"]


@pytest.fixture(scope="module")
def with_mock(built: dict[str, Path]) -> Path:
    return built["mock"]


def test_the_wheel_carries_the_contract(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in (
        "mavi_contract/openapi.yaml",
        "mavi_contract/dialects/openapi.modern.yaml",
        "mavi_contract/dialects/openapi.legacy.yaml",
        "mock_server/admin-openapi.yaml",
    ):
        assert name in names


def test_the_client_only_install(client_only: Path, tmp_path: Path) -> None:
    probe = textwrap.dedent(
        """
        import importlib.util, mavi_client, mavi_contract
        assert mavi_contract.SPEC_PATH.is_file() and "site-packages" in str(mavi_contract.SPEC_PATH)
        assert importlib.util.find_spec("flask") is None
        assert importlib.util.find_spec("numpy") is None
        print(mavi_client.MaviClient.__name__)
        """
    )
    assert run(client_only, "-c", probe, cwd=tmp_path).strip() == "MaviClient"
    (tmp_path / "test_app.py").write_text(
        "def test_plain():\n    assert 1 + 1 == 2\n\n"
        "def test_wants_the_mock(mavi_mock):\n    pass\n"
    )
    result = subprocess.run(
        [str(client_only), "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        check=False,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "1 passed" in result.stdout and "1 error" in result.stdout, result.stdout[-3000:]
    assert "needs the kit's [mock] extra (missing: werkzeug)" in result.stdout
    script = client_only.parent / "mavi-mock"
    refused = subprocess.run(
        [str(script)], check=False, cwd=tmp_path, capture_output=True, text=True
    )
    assert refused.returncode == 2 and "[mock] extra" in refused.stderr


@contextmanager
def mavi_mock(python: Path, cwd: Path, port: int) -> Iterator[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MOCK_")}
    env |= {"PORT": str(port), "MOCK_WORKERS": "1"}
    process = subprocess.Popen(
        [str(python.parent / "mavi-mock"), "--log-level", "warning"],
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
            try:
                if httpx.get(url + "/__mock/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            pytest.fail("mavi-mock did not become healthy")
        yield url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        assert process.wait(30) == 0


def test_mavi_mock_from_another_directory(with_mock: Path, tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    port_a, port_b = free_port(), free_port()
    auth = {"Authorization": KEY}
    with mavi_mock(with_mock, project, port_a) as a, mavi_mock(with_mock, project, port_b) as b:
        answer = httpx.post(
            a + "/serve/api/v2/embeddings/video",
            json={"asset_id": SEED_ASSET, "model": "multimodalembedding@001"},
            headers=auth,
        ).json()
        assert answer["code"] == "0000" and len(answer["data"]["embedding"]) == 1408
        # Two mocks, no MOCK_DATA_DIR: nothing shared.
        asset = httpx.post(
            a + "/serve/api/v2/upload", files={"file": ("a.mp4", b"clip")}, headers=auth
        ).json()["data"]["asset_id"]
        assert httpx.get(f"{a}/serve/api/v2/{asset}/metadata", headers=auth).status_code == 200
        assert httpx.get(f"{b}/serve/api/v2/{asset}/metadata", headers=auth).status_code == 400
        httpx.put(a + "/__mock/scenario", json={"rate_limit": "1/min"})
        assert httpx.get(b + "/__mock/scenario").json()["data"]["rate_limit"] is None
        httpx.get(f"{b}/serve/api/v2/{SEED_ASSET}/metadata", headers=auth)
        assert httpx.get(f"{b}/serve/api/v2/{SEED_ASSET}/metadata", headers=auth).status_code == 200
    # Restarted the same way, on the same port: its assets are still there.
    with mavi_mock(with_mock, project, port_a) as a:
        assert httpx.get(f"{a}/serve/api/v2/{asset}/metadata", headers=auth).status_code == 200
    assert sorted(p.name for p in (project / ".mock-data").iterdir()) == sorted(
        [".gitignore", f"port-{port_a}", f"port-{port_b}"]
    )


CONSUMER = """
import io
import json
from pathlib import Path

import pytest
from mavi_client import InvalidRequestError


def test_embeds(mavi_mock, mavi_client):
    assert len(mavi_client.embed_video("re_657745568997527552")) == 1408
    assert mavi_mock.requests[-1].path == "/serve/api/v2/embeddings/video"


def test_duplicates(mavi_client):
    a = mavi_client.upload(io.BytesIO(b"same"), filename="a.mp4")
    b = mavi_client.upload_via_signed_url(io.BytesIO(b"same"), filename="b.mp4")
    mavi_client.wait_until_ready(b, poll_interval=0.01)
    assert mavi_client.embed_video(a) == mavi_client.embed_video(b)


def test_legacy_dialect(mavi_mock, mavi_client):
    with mavi_mock.scenario(dialect="legacy"), pytest.raises(InvalidRequestError):
        mavi_client.embed_video("re_000000000000000001")


@pytest.mark.mavi_cassette("recorded")
def test_a_cassette_replays_recorded_vectors(mavi_client):
    expected = json.loads((Path(__file__).parent / "recorded.json").read_text())
    assert mavi_client.embed_video("re_657745568997527552") == expected
"""


def test_a_projects_tests_with_the_fixtures(with_mock: Path, tmp_path: Path) -> None:
    """Including a cassette recorded here (the checkout's proxy, a stand-in provider) and
    replayed there, by the installed plugin and mock, offline."""
    (tmp_path / "test_consumer.py").write_text(CONSUMER)
    with (
        StandIn(CONFORMING) as provider,
        recording(tmp_path / "cassettes" / "recorded", provider.url, KEY) as proxy,
        MaviClient(proxy.api_key, base_url=proxy.base_url) as client,
    ):
        (tmp_path / "recorded.json").write_text(json.dumps(client.embed_video(SEED_ASSET)))
    output = run(with_mock, "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=tmp_path)
    assert "4 passed" in output
