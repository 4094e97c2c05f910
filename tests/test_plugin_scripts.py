"""The pytest plugin's scripts and lifecycles (issue 21, item 4): ``mavi_mock.script`` and
``mavi_mock.lifecycle`` drive the admin routes, and the mock's refusals surface as errors that
name the problem."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from mavi_client import DEFAULT_MODEL, AssetNotReadyError, MaviClient
from mock_server.testing import MockHandle, MockRefusedError, fast_client
from tests.support import SEED_ASSET

EMBED = "createVideoEmbedding"
METADATA = "getAssetMetadata"
UNKNOWN = "re_000000000000000001"


@pytest.fixture(params=["seed", "modern", "legacy"])
def dialect(request: pytest.FixtureRequest, mavi_mock: MockHandle) -> Iterator[str]:
    with mavi_mock.scenario(dialect=request.param):
        yield str(request.param)


def test_a_script_answers_in_order_then_normal_behaviour_resumes(
    mavi_mock: MockHandle, mavi_client: MaviClient, dialect: str
) -> None:
    script = mavi_mock.script(EMBED, [503, 503, "pass"])
    assert script["remaining"] == [503, 503, "pass"]
    assert len(mavi_client.embed_video(SEED_ASSET)) == 1408
    mavi_mock.verify(EMBED, times=3)
    mavi_mock.verify(EMBED, times=2, outcome=503)
    assert [r.scripted for r in mavi_mock.requests(EMBED)] == [True, True, True]
    mavi_client.embed_video(SEED_ASSET)
    assert mavi_mock.requests(EMBED)[-1].scripted is False


def test_a_lifecycle_walks_the_asset_through_its_states(
    mavi_mock: MockHandle, mavi_client: MaviClient, dialect: str
) -> None:
    asset = mavi_mock.upload(b"a clip")
    mavi_mock.lifecycle(asset, ["UPLOADING", "UPLOADING", "FAILED"])
    with pytest.raises(AssetNotReadyError) as info:
        mavi_client.wait_until_ready(asset, poll_interval=0.01, timeout=5)
    assert info.value.last_status == "FAILED"
    mavi_mock.verify(METADATA, times=3, asset_id=asset, outcome=200)


def test_the_mocks_refusal_is_an_error_naming_the_problem(mavi_mock: MockHandle) -> None:
    with pytest.raises(MockRefusedError, match=r"\(400\).*createVideoEmbedding"):
        mavi_mock.script("embedVideo", [503])
    with pytest.raises(MockRefusedError, match=r"\(400\)"):
        mavi_mock.script(EMBED, [{"teapot": 418}])
    with pytest.raises(MockRefusedError, match=r"\(400\)"):
        mavi_mock.lifecycle(UNKNOWN, ["FAILED"])
    assert isinstance(MockRefusedError("x"), ValueError)


@pytest.mark.parametrize("name", ["seed", "modern", "legacy"])
@pytest.mark.parametrize(
    "script_first", [True, False], ids=["script-then-scenario", "scenario-then-script"]
)
def test_a_scenario_block_keeps_the_scripts_set_before_and_inside_it(
    mavi_mock: MockHandle, name: str, script_first: bool
) -> None:
    """Entering and leaving ``mavi_mock.scenario`` keeps the scripts and lifecycles in force."""
    asset = mavi_mock.upload(b"a clip")
    if script_first:
        mavi_mock.script(EMBED, [503] * 6)
        mavi_mock.lifecycle(asset, ["FAILED"])
    with mavi_mock.scenario(dialect=name):
        if not script_first:
            mavi_mock.script(EMBED, [503] * 6)
            mavi_mock.lifecycle(asset, ["FAILED"])
        inside = (embed_once(mavi_mock), read_status(mavi_mock, asset))
    after = (embed_once(mavi_mock), read_status(mavi_mock, asset))
    assert (inside, after) == ((503, "FAILED"), (503, "FAILED"))
    mavi_mock.verify(EMBED, times=2, outcome=503)
    mavi_mock.reset()  # (a reset forgets them, and lowers the control file's flag)
    assert (embed_once(mavi_mock), mavi_mock._state.scenarios.scripts) == (200, False)


def embed_once(mavi_mock: MockHandle) -> int:
    """One embedding request (no client retries): the HTTP status its answer means."""
    httpx.post(
        mavi_mock.base_url + "/embeddings/video",
        json={"asset_id": SEED_ASSET, "model": DEFAULT_MODEL},
        headers={"Authorization": mavi_mock.api_key},
        timeout=10,
    )
    return mavi_mock.requests[-1].outcome


def read_status(mavi_mock: MockHandle, asset: str) -> str:
    with fast_client(mavi_mock) as client:
        return str(client.get_asset(asset).upload_status.value)
