"""The pytest plugin, as a consumer project uses it (run with pytester)."""

from __future__ import annotations

import pytest

# The consumer's pytest runs in this process (pytester, in-process): what it imports of the mock
# (numpy's C extension among it) is imported here first, so that pytester's restore of
# sys.modules between runs never makes it load twice.
import mock_server.testing  # noqa: F401  isort: skip

pytestmark = pytest.mark.slow  # a consumer's pytest session, with a served mock

CONSUMER_TESTS = """
import io

import pytest
from mavi_client import InvalidRequestError, MaviClient, RateLimitedError, ServerError


def test_embeds_the_documented_example(mavi_mock, mavi_client):
    vector = mavi_client.embed_video("re_657745568997527552")
    assert len(vector) == 1408
    assert mavi_mock.requests[-1].path == "/serve/api/v2/embeddings/video"
    assert mavi_mock.requests[-1].status == 200
    assert mavi_mock.requests[-1].headers["Authorization"].endswith("***0000")


def test_duplicate_videos_embed_identically(mavi_client):
    a = mavi_client.upload(io.BytesIO(b"same bytes"), filename="a.mp4")
    b = mavi_client.upload(io.BytesIO(b"same bytes"), filename="b.mp4")
    assert a != b
    assert mavi_client.embed_video(a) == mavi_client.embed_video(b)


def test_journal_is_fresh_for_each_test(mavi_mock):
    assert mavi_mock.requests == []


def test_scenario_helper(mavi_mock, mavi_client):
    with mavi_mock.scenario(failure_rate=1, seed=5):
        with pytest.raises(ServerError):
            mavi_client.embed_video("re_657745568997527552")
    assert len(mavi_client.embed_video("re_657745568997527552")) == 1408
    statuses = [r.status for r in mavi_mock.requests]
    assert statuses[:4] != [200] * 4 and statuses[-1] == 200


def test_rate_limit_is_retried(mavi_mock, mavi_client):
    with mavi_mock.scenario(rate_limit="1/s"):
        for _ in range(2):
            mavi_client.get_asset("re_657745568997527552")
    # The second call is refused (Retry-After: 1), waited for and sent again.
    assert [r.status for r in mavi_mock.requests] == [200, 429, 200]


def test_rate_limit_answers_429_with_retry_after(mavi_mock):
    client = MaviClient(mavi_mock.api_key, base_url=mavi_mock.base_url, max_retries=0)
    with client, mavi_mock.scenario(rate_limit="1/min"):
        client.get_asset("re_657745568997527552")
        with pytest.raises(RateLimitedError) as info:
            client.get_asset("re_657745568997527552")
    assert (info.value.status, info.value.code) == (429, "0429")
    assert 55 <= info.value.retry_after <= 60
    assert [r.status for r in mavi_mock.requests] == [200, 429]


@pytest.mark.parametrize("dialect", ["seed", "modern", "legacy"])
def test_code_written_against_one_dialect_works_in_every_dialect(mavi_mock, mavi_client, dialect):
    with mavi_mock.scenario(dialect=dialect):
        assert len(mavi_client.embed_video("re_657745568997527552")) == 1408
        with pytest.raises(InvalidRequestError) as info:
            mavi_client.embed_video("re_000000000000000001")
        asset = mavi_client.upload_via_signed_url(io.BytesIO(b"clip"), filename="clip.mp4")
        assert mavi_client.wait_until_ready(asset, poll_interval=0.01).upload_status.value == "SUCCESS"
    assert info.value.code == {"seed": "0001", "modern": 400, "legacy": "0001"}[dialect]
    assert info.value.status == 400  # what the answer means, in every dialect
    assert info.value.http_status == (200 if dialect == "legacy" else 400)
    assert mavi_mock.requests[1].status == info.value.http_status
"""


def test_consumer_project_uses_the_fixtures(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_consumer=CONSUMER_TESTS)
    result = pytester.runpytest_inprocess("-q", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=9)


def test_a_failing_consumer_assertion_is_reported(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_wrong="""
def test_wrong_path(mavi_mock, mavi_client):
    mavi_client.get_asset("re_657745568997527552")
    assert mavi_mock.requests[-1].path == "/serve/api/v2/embeddings/video"
"""
    )
    result = pytester.runpytest_inprocess("-q", "-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*metadata*"])
