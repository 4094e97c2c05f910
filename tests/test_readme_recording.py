"""README's "Keep the mock true to the provider", as pasted: its drift report is what the proxy
answers for the deviating stand-in provider, its commands parse, its scenario body is accepted,
and its cassette example passes (recorded once from a stand-in, then replayed offline)."""

from __future__ import annotations

import json
import shlex
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from flask import Flask

from kit_testing.constants import ROOT
from kit_testing.standin import CONFORMING, DEVIATING, StandIn, serving
from mock_server.__main__ import build_proxy_parser, config_from_args
from mock_server.proxy import Proxy, ProxyConfig

SECTION = "## Keep the mock true to the provider"
KEY = "sk-readme-0123456789abcdef"
ASSET = "re_657745568997527552"


def section() -> str:
    text = (ROOT / "README.md").read_text()
    start = text.index(SECTION)
    return text[start : text.index("\n## ", start + len(SECTION))]


def blocks(language: str) -> list[str]:
    return [b.split("```", 1)[0] for b in section().split(f"```{language}\n")[1:]]


def commands(program: str) -> list[list[str]]:
    """Each README line that runs ``program``, split as the shell splits it."""
    lines = [line for block in blocks("bash") for line in block.replace("\\\n", " ").splitlines()]
    found = []
    for line in lines:
        words = shlex.split(line, comments=True)
        while words and "=" in words[0]:  # VAR=value before the command
            words = words[1:]
        if words[:1] == [program]:
            found.append(words[1:])
    return found


@pytest.fixture
def proxy_on(request: pytest.FixtureRequest) -> Iterator[str]:
    with StandIn(request.param) as provider:
        proxy = Proxy(ProxyConfig(provider.url))
        with serving(proxy) as origin:
            yield origin
        proxy.close()


@pytest.mark.parametrize("proxy_on", [DEVIATING], indirect=True)
def test_the_drift_report_shown_is_what_the_proxy_answers(proxy_on: str) -> None:
    (shown,) = blocks("json")
    base = proxy_on + "/serve/api/v2"
    headers = {"Authorization": KEY}
    with httpx.Client(base_url=base, headers=headers, timeout=10) as client:
        for _ in range(2):
            client.post(
                "/embeddings/video", json={"asset_id": ASSET, "model": "multimodalembedding@001"}
            )
            client.get(f"/{ASSET}/metadata")
        client.post("/upload/signed-url", json={"original_filename": "clip.mp4"})
        client.post(
            "/embeddings/video", json={"asset_id": ASSET, "model": "multimodalembedding@001"}
        )
    report = httpx.get(proxy_on + "/__mock/drift", timeout=10).json()
    assert report == json.loads(shown)


def test_the_proxy_command_shown_parses() -> None:
    (proxy,) = commands("mavi-mock")[:1]
    assert proxy[0] == "proxy"
    args = build_proxy_parser().parse_args(proxy[1:])
    assert args.upstream == "https://mavi-backend.memories.ai/serve/api/v2"
    assert (args.record, args.port) == (Path("recordings/main"), 8001)


def test_the_mock_commands_shown_parse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "recordings").mkdir()
    shutil.copytree(ROOT / "tests" / "recordings" / "sample", tmp_path / "recordings" / "main")
    monkeypatch.chdir(tmp_path)
    mocks = [c for c in commands("mavi-mock") if c[:1] != ["proxy"]]
    assert len(mocks) == 2
    replay, _ = config_from_args(mocks[0])
    assert (replay.replay, replay.replay_strict) == (Path("recordings/main"), True)
    dialects, _ = config_from_args(mocks[1])
    assert dialects.dialect == "seed,createVideoEmbedding=legacy,uploadAsset=seed"


def test_the_scenario_body_shown_is_accepted(app: Flask) -> None:
    (curl,) = commands("curl")
    assert curl[:3] == ["-X", "PUT", "http://127.0.0.1:8000/__mock/scenario"]
    admin = app.test_client()
    answer = admin.put("/__mock/scenario", json=json.loads(curl[curl.index("-d") + 1]))
    assert answer.status_code == 200, answer.text
    dialect = admin.get("/__mock/scenario").get_json()["data"]["dialect"]
    assert dialect == "seed,createVideoEmbedding=legacy,uploadAsset=seed"


@pytest.mark.slow  # a consumer's pytest sessions (in-process)
def test_the_cassette_example_records_then_replays(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    (example,) = [b for b in blocks("python") if "mavi_cassette" in b]
    pytester.makepyfile(test_from_readme=example)
    with StandIn(CONFORMING) as provider:
        monkeypatch.setenv("MAVI_BASE_URL", provider.url)
        monkeypatch.setenv("MAVI_API_KEY", KEY)
        pytester.runpytest("-p", "no:randomly", "--mavi-record=once").assert_outcomes(passed=1)
        assert [r.headers["Authorization"] for r in provider.requests] == [KEY]
    monkeypatch.delenv("MAVI_BASE_URL")
    monkeypatch.delenv("MAVI_API_KEY")
    pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=1)  # replayed, offline
