"""Cassettes (``@pytest.mark.mavi_cassette``, ``--mavi-record``): the decision table, a recording
through the proxy from a stand-in provider, its replay once the provider is gone, and the marker
in a consumer's pytest run (in-process pytester, with the installed plugin)."""

from __future__ import annotations

import textwrap
import threading
from pathlib import Path

import pytest

from kit_testing.standin import CONFORMING, StandIn
from mavi_client import MaviClient, NotFoundError, RetryPolicy
from mock_server import cassettes, pytest_plugin
from mock_server.cassettes import CassetteError, Plan, cassette, cassette_dir, plan, recording
from mock_server.config import MockConfig
from mock_server.har import HAR_NAME, read_entries

KEY = "sk-cassette-0123456789abcdef"
ENV = {"MAVI_API_KEY": KEY, "MAVI_BASE_URL": "http://127.0.0.1:9/serve/api/v2"}
ASSET = "re_657745568997527552"


def recorded(directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / HAR_NAME).write_text('{"log": {"version": "1.2", "entries": []}}')
    return directory


@pytest.mark.parametrize(
    ("mode", "has_recording", "environ", "expected"),
    [
        ("none", True, {}, "replay"),
        ("none", True, ENV, "replay"),
        ("once", True, {}, "replay"),
        ("once", True, ENV, "replay"),
        ("once", False, ENV, "record"),
        ("once", False, {}, "skip"),
        ("all", True, ENV, "record"),
        ("all", False, ENV, "record"),
        ("all", True, {}, "skip"),
    ],
)
def test_each_mode_replays_records_or_skips(
    tmp_path: Path, mode: str, has_recording: bool, environ: dict[str, str], expected: str
) -> None:
    directory = recorded(tmp_path / "c") if has_recording else tmp_path / "c"
    assert plan(mode, directory, environ).action == expected


def test_a_skip_names_the_missing_variables() -> None:
    decided = plan("once", Path("/nowhere/c"), {"MAVI_API_KEY": KEY})
    assert decided == Plan("skip", decided.reason)
    assert "needs MAVI_BASE_URL" in decided.reason and "MAVI_API_KEY" not in decided.reason


def test_replay_only_without_a_recording_is_an_error_that_says_how_to_record(
    tmp_path: Path,
) -> None:
    with pytest.raises(CassetteError, match="--mavi-record=once and MAVI_API_KEY and MAVI_BASE"):
        plan("none", tmp_path / "c", ENV)
    with pytest.raises(CassetteError, match="must be one of none, once, all"):
        plan("sometimes", tmp_path / "c", ENV)


@pytest.mark.parametrize("name", ["", "../up", "a/b", ".hidden", "x" * 101, 7, None])
def test_a_cassette_name_stays_in_its_directory(name: object) -> None:
    with pytest.raises(CassetteError, match="one name of letters"):
        cassette_dir(Path("/t/test_x.py"), name)


def test_a_cassette_lives_beside_its_test_module() -> None:
    assert cassette_dir(Path("/t/test_x.py"), "embed-1") == Path("/t/cassettes/embed-1")


def test_the_plugin_offers_the_modes_cassettes_knows() -> None:
    assert pytest_plugin.RECORD_MODES == cassettes.RECORD_MODES


def client(handle: object) -> MaviClient:
    retry = RetryPolicy(max_retries=0)
    return MaviClient(handle.api_key, base_url=handle.base_url, retry=retry, timeout=10)  # type: ignore[attr-defined]


def test_recorded_answers_are_replayed_once_the_provider_is_gone(tmp_path: Path) -> None:
    directory = tmp_path / "cassettes" / "embed"
    config = MockConfig(data_dir=tmp_path / "data")
    with StandIn(CONFORMING) as provider:
        environ = {"MAVI_API_KEY": KEY, "MAVI_BASE_URL": provider.url}
        with cassette(directory, "once", config, tmp_path / "d1", environ=environ) as handle:
            assert handle.api_key == KEY
            with client(handle) as c:
                live = c.embed_video(ASSET)
        assert [r.headers["Authorization"] for r in provider.requests] == [KEY]
    har = (directory / HAR_NAME).read_text()
    assert KEY not in har and KEY not in (directory / "drift.md").read_text()
    assert [e["_operation"] for e in read_entries(directory)] == ["createVideoEmbedding"]
    with (
        cassette(directory, "none", config, tmp_path / "d2", environ={}) as handle,
        client(handle) as c,
    ):
        assert c.embed_video(ASSET) == live  # the recorded floats, exactly
        with pytest.raises(NotFoundError) as unmatched:
            c.embed_video("re_000000000000000042")
    assert "re_000000000000000042" in str(unmatched.value)
    assert ASSET in str(unmatched.value)  # the nearest recorded request


def test_recording_again_replaces_the_old_recording(tmp_path: Path) -> None:
    directory = recorded(tmp_path / "c")
    (directory / "stale.har").write_text("{}")
    with StandIn(CONFORMING) as provider:
        environ = {"MAVI_API_KEY": KEY, "MAVI_BASE_URL": provider.url}
        with cassette(
            directory, "all", MockConfig(data_dir=tmp_path), tmp_path / "d", environ=environ
        ):
            pass
    assert sorted(p.name for p in directory.iterdir()) == ["drift.md", HAR_NAME]
    assert read_entries(directory) == []


def test_a_recording_whose_test_failed_keeps_the_cassette_it_had(tmp_path: Path) -> None:
    directory = recorded(tmp_path / "c")
    before = (directory / HAR_NAME).read_bytes()
    config = MockConfig(data_dir=tmp_path)
    with StandIn(CONFORMING) as provider, pytest.warns(UserWarning, match="is kept"):
        environ = {"MAVI_API_KEY": KEY, "MAVI_BASE_URL": provider.url}
        with (
            cassette(
                directory, "all", config, tmp_path / "d", environ=environ, keep=lambda: False
            ) as handle,
            client(handle) as c,
        ):
            c.embed_video(ASSET)
    assert (directory / HAR_NAME).read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c"]  # no staging, no lock left beside


def test_one_recording_of_a_cassette_at_a_time(tmp_path: Path) -> None:
    directory = tmp_path / "c"
    order: list[str] = []
    first_in, second_tried = threading.Event(), threading.Event()

    def second() -> None:
        second_tried.set()
        with recording(directory, "http://127.0.0.1:9", KEY):
            order.append("second in")

    with StandIn(CONFORMING), recording(directory, "http://127.0.0.1:9", KEY):
        first_in.set()
        thread = threading.Thread(target=second)
        thread.start()
        assert second_tried.wait(5)
        thread.join(0.3)  # it waits for the lock while the first records
        order.append("first out")
    thread.join(10)
    assert order == ["first out", "second in"]


CONSUMER = """
import pytest
from mavi_client import MaviClient, RetryPolicy


@pytest.mark.mavi_cassette("embed")
def test_embeds(mavi_mock, mavi_client):
    assert len(mavi_client.embed_video("re_657745568997527552")) == 1408


@pytest.mark.mavi_cassette("failing")
def test_fails_while_recording(mavi_mock, mavi_client):
    assert mavi_client.retry == RetryPolicy()  # the provider's 429s waited for, not hammered
    mavi_client.embed_video("re_657745568997527552")
    assert False, "this test fails"


@pytest.mark.mavi_cassette("never-recorded")
def test_not_recorded(mavi_client):
    mavi_client.embed_video("re_657745568997527552")


def test_unmarked_tests_get_the_mock(mavi_mock, mavi_client):
    assert mavi_mock.api_key.startswith("sk-mavi-pytest")
    assert len(mavi_client.embed_video("re_657745568997527552")) == 1408
"""


@pytest.mark.slow  # a consumer's pytest sessions (in-process)
def test_the_marker_records_then_replays_in_a_consumer_run(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytester.makepyfile(test_consumer=textwrap.dedent(CONSUMER))
    with StandIn(CONFORMING) as provider:
        monkeypatch.setenv("MAVI_BASE_URL", provider.url)
        monkeypatch.setenv("MAVI_API_KEY", KEY)
        first = pytester.runpytest(
            "-p", "no:randomly", "-k", "embeds or fails", "--mavi-record=once"
        )
        first.assert_outcomes(passed=1, failed=1, deselected=2)
        assert len(provider.requests) == 2
    assert (pytester.path / "cassettes" / "embed" / HAR_NAME).is_file()
    assert not (pytester.path / "cassettes" / "failing").exists()  # its test failed
    first.stdout.fnmatch_lines(["*cassettes/failing was not recorded again: its test failed*"])
    pytester.makepyfile(test_consumer=textwrap.dedent(CONSUMER).replace("assert False,", "#"))
    monkeypatch.delenv("MAVI_BASE_URL")
    monkeypatch.delenv("MAVI_API_KEY")
    offline = pytester.runpytest("-p", "no:randomly", "-rs", "-k", "not fails")
    offline.assert_outcomes(passed=2, errors=1, deselected=1)  # the missing cassette: its setup
    offline.stdout.fnmatch_lines(["*never-recorded has no recording*--mavi-record=once*"])
    assert "During handling" not in offline.stdout.str()  # one message, not two tracebacks
    skipped = pytester.runpytest(
        "-p", "no:randomly", "-rs", "-k", "not_recorded", "--mavi-record=once"
    )
    skipped.assert_outcomes(skipped=1, deselected=3)
    skipped.stdout.fnmatch_lines(
        ["*never-recorded is missing*needs MAVI_API_KEY and MAVI_BASE_URL*"]
    )


def test_a_cassette_that_does_not_read_is_a_cassette_error(tmp_path: Path) -> None:
    directory = tmp_path / "c"
    directory.mkdir()
    (directory / HAR_NAME).write_text("{not json")
    config = MockConfig(data_dir=tmp_path)
    with (
        pytest.raises(CassetteError, match=r"cannot be replayed: .*recording\.har is not a HAR"),
        cassette(directory, "none", config, tmp_path / "d", environ={}),
    ):
        pass


SHARED = """
import pytest


@pytest.mark.mavi_cassette("shared")
def test_one(mavi_client):
    mavi_client.embed_video("re_657745568997527552")


@pytest.mark.mavi_cassette("shared")
def test_two(mavi_client):
    mavi_client.get_asset("re_657745568997527552")
"""


@pytest.mark.slow  # a consumer's pytest session (in-process)
def test_two_tests_cannot_record_one_cassette(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytester.makepyfile(test_shared=SHARED)
    with StandIn(CONFORMING) as provider:
        monkeypatch.setenv("MAVI_BASE_URL", provider.url)
        monkeypatch.setenv("MAVI_API_KEY", KEY)
        result = pytester.runpytest("-p", "no:randomly", "--mavi-record=all")
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(["*test_one recorded the cassette 'shared' in this session*"])
    assert [e["_operation"] for e in read_entries(pytester.path / "cassettes" / "shared")] == [
        "createVideoEmbedding"
    ]
