"""The pytest plugin's scripts, lifecycles and verification (issue 21, item 4):
``mavi_mock.script``, ``.lifecycle``, ``.verify`` and ``.requests(...)``, in each dialect."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from mavi_client import InvalidRequestError, MaviClient, ServerError
from mock_server.testing import MockHandle
from tests.support import SEED_ASSET

EMBED = "createVideoEmbedding"
METADATA = "getAssetMetadata"
UNKNOWN = "re_000000000000000001"
DIALECTS = ["seed", "modern", "legacy"]


@pytest.fixture(params=DIALECTS)
def dialect(request: pytest.FixtureRequest, mavi_mock: MockHandle) -> Iterator[str]:
    with mavi_mock.scenario(dialect=request.param):
        yield str(request.param)


def test_requests_filter_by_what_the_answers_mean(
    mavi_mock: MockHandle, mavi_client: MaviClient, dialect: str
) -> None:
    for _ in range(2):
        with pytest.raises(ServerError):
            mavi_client.embed_video(SEED_ASSET, headers={"Prefer": "code=503"})
    mavi_client.embed_video(SEED_ASSET)
    mavi_client.get_asset(SEED_ASSET)
    embeds = mavi_mock.requests(EMBED)
    assert [r.outcome for r in embeds][-1] == 200
    assert len(mavi_mock.requests(EMBED, outcome=503)) == 2 * 4  # each call retried 3 times
    assert [r.operation for r in mavi_mock.requests(asset_id=SEED_ASSET)][-2:] == [EMBED, METADATA]
    refused = mavi_mock.requests(outcome=503)[0]
    assert refused.code == {"seed": "0503", "modern": 503, "legacy": "0503"}[dialect]
    assert refused.status == (200 if dialect == "legacy" else 503)
    assert (refused.dialect, refused.scripted) == (dialect, False)
    assert mavi_mock.requests[-1].operation == METADATA  # still a list


def test_verify_counts_and_returns_the_matches(
    mavi_mock: MockHandle, mavi_client: MaviClient, dialect: str
) -> None:
    mavi_client.embed_video(SEED_ASSET)
    mavi_client.embed_video(SEED_ASSET)
    matched = mavi_mock.verify(EMBED, times=2, outcome=200)
    assert [r.asset_id for r in matched] == [SEED_ASSET, SEED_ASSET]
    mavi_mock.verify(EMBED)  # at least once
    mavi_mock.verify(METADATA, times=0)


def test_a_mismatch_lists_what_was_received(
    mavi_mock: MockHandle, mavi_client: MaviClient, dialect: str
) -> None:
    mavi_client.embed_video(SEED_ASSET)
    with pytest.raises(InvalidRequestError):
        mavi_client.embed_video(UNKNOWN)
    with pytest.raises(AssertionError) as info:
        mavi_mock.verify(EMBED, times=3, outcome=503)
    text = str(info.value)
    assert "expected 3 createVideoEmbedding requests with outcome=503, received 0" in text
    assert "2 requests for createVideoEmbedding" in text
    assert f"asset_id={SEED_ASSET} outcome=200" in text
    assert f"asset_id={UNKNOWN} outcome=400" in text
    assert "differs: outcome" in text
    assert f"asset_id={SEED_ASSET} outcome=200 " in text and "outcome 200 (expected 503)" in text
    assert "outcome 400 (expected 503)" in text


def test_a_mismatch_with_no_request_for_the_operation_shows_the_closest(
    mavi_mock: MockHandle, mavi_client: MaviClient
) -> None:
    mavi_client.get_asset(SEED_ASSET)
    with pytest.raises(AssertionError) as info:
        mavi_mock.verify(EMBED, asset_id=SEED_ASSET)
    text = str(info.value)
    assert "received 0" in text and "no request for createVideoEmbedding" in text
    assert f"getAssetMetadata GET /serve/api/v2/{SEED_ASSET}/metadata" in text
    assert "differs: operation getAssetMetadata (expected createVideoEmbedding)" in text


def test_an_unknown_operation_is_named_with_the_valid_ones(mavi_mock: MockHandle) -> None:
    with pytest.raises(ValueError, match="createVideoEmbedding, getAssetMetadata"):
        mavi_mock.verify("createVideoEmbeddings", times=1)
    with pytest.raises(ValueError, match="createVideoEmbedding"):
        mavi_mock.requests("embed")


def test_upload_through_the_client_is_journaled_with_its_asset(
    mavi_mock: MockHandle, mavi_client: MaviClient
) -> None:
    asset = mavi_client.upload(io.BytesIO(b"clip"), filename="clip.mp4")
    mavi_client.get_asset(asset)
    assert [r.operation for r in mavi_mock.requests] == ["uploadAsset", METADATA]
    assert mavi_mock.requests(METADATA)[0].asset_id == asset


@pytest.mark.parametrize(
    ("criteria", "named"),
    [
        ({"outcome": "503"}, "outcome must be an int"),
        ({"outcome": 503.0}, "outcome must be an int"),
        ({"outcome": True}, "outcome must be an int"),
        ({"asset_id": 100000000000000001}, "asset_id must be a str"),
        ({"times": "1"}, "times must be an int"),
        ({"times": True}, "times must be an int"),
    ],
)
def test_a_criterion_of_the_wrong_type_is_a_type_error_naming_it(
    mavi_mock: MockHandle, mavi_client: MaviClient, criteria: dict[str, object], named: str
) -> None:
    """A criterion that could never match (a string outcome) is refused, not a silent miss."""
    with pytest.raises(ServerError):
        mavi_client.embed_video(SEED_ASSET, headers={"Prefer": "code=503"})
    with pytest.raises(TypeError, match=named):
        mavi_mock.verify(EMBED, **criteria)  # type: ignore[arg-type]
    filters = {k: v for k, v in criteria.items() if k != "times"}
    if filters:
        with pytest.raises(TypeError, match=named):
            mavi_mock.requests(EMBED, **filters)  # type: ignore[arg-type]


def test_a_negative_count_is_a_value_error(mavi_mock: MockHandle) -> None:
    with pytest.raises(ValueError, match="times must be at least 0"):
        mavi_mock.verify(EMBED, times=-1)
