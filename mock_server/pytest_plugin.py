"""pytest fixtures for code that calls memories.ai: a running mock and a client pointed at it.

Installed as a ``pytest11`` entry point (``mavi``), so a consumer's tests only name them::

    def test_embeds(mavi_mock, mavi_client):
        vector = mavi_client.embed_video("re_657745568997527552")
        assert len(vector) == 1408
        assert mavi_mock.requests[-1].path == "/serve/api/v2/embeddings/video"

- ``mavi_mock``: the mock (one per session, on a free loopback port, real HTTP), reset before
  each test. ``.base_url``, ``.api_key``, ``.requests`` (the journal, a list; called, filtered:
  ``.requests("createVideoEmbedding", asset_id=..., outcome=503)``), ``.reset()``,
  ``.scenario(...)`` (a context manager: ``with mavi_mock.scenario(failure_rate=1): ...``),
  ``.upload(data, label=..., similar_to=..., cosine=...)`` (an asset id),
  ``.declare_vector(asset_id, vector=... | label=... | similar_to=..., cosine=...)``,
  ``.script(operation, [503, 503, "pass"], asset_id=None)`` (answers in order),
  ``.lifecycle(asset_id, ["UPLOADING", "FAILED"])`` (one status per metadata read) and
  ``.verify(operation, times=3, asset_id=..., outcome=503)`` (an AssertionError listing what
  was received if the count differs). A refused script or lifecycle raises
  ``mock_server.testing.MockRefusedError`` (a ValueError) with the mock's message.
- ``mavi_client``: a ``mavi_client.MaviClient`` on the mock, with fast retries.
- ``mavi_mock_config``: override it (session scope) to change the mock's ``MockConfig``.

``@pytest.mark.mavi_cassette("name")`` gives a test the cassette ``cassettes/name/`` beside its
module instead (``cassettes.py``): replayed, or recorded through the proxy from
``MAVI_BASE_URL`` with ``MAVI_API_KEY``, as ``--mavi-record=none|once|all`` says (default none:
replay only).

This module imports only pytest: the mock's dependencies come with the ``[mock]`` extra, and
where only the client is installed, pytest still runs; a test that asks for these fixtures is
told what to install.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from mavi_client import MaviClient
    from mock_server.config import MockConfig
    from mock_server.testing import MockHandle


RECORD_MODES = ("none", "once", "all")  # cassettes.RECORD_MODES (checked by a test)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.getgroup("mavi").addoption(
        "--mavi-record",
        choices=RECORD_MODES,
        default="none",
        help="@pytest.mark.mavi_cassette: none (replay only, the default), once (record a"
        " missing cassette) or all (record every cassette again); recording needs MAVI_API_KEY"
        " and MAVI_BASE_URL",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "mavi_cassette(name): mavi_mock replays (or, with --mavi-record, records) the cassette"
        " cassettes/<name>/ beside the test module",
    )


_CALL_PASSED = pytest.StashKey[bool]()
#: The cassettes this session recorded, and the test that recorded each.
_RECORDED = pytest.StashKey[dict[Path, str]]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """Note whether the test itself passed: a cassette recorded for it is kept only then."""
    report = yield
    if report.when == "call":
        item.stash[_CALL_PASSED] = report.passed
    return report


def _testing() -> Any:
    try:
        from mock_server import testing  # noqa: PLC0415 (the [mock] extra may be absent)
    except ImportError as exc:
        missing = exc.name
    else:
        return testing
    from mock_server import MISSING_EXTRA  # noqa: PLC0415

    pytest.fail(MISSING_EXTRA.format(name=missing), pytrace=False)


@pytest.fixture(scope="session")
def mavi_mock_config(tmp_path_factory: pytest.TempPathFactory) -> MockConfig:
    config: MockConfig = _testing().MockConfig(data_dir=tmp_path_factory.mktemp("mavi-mock"))
    return config


@pytest.fixture(scope="session")
def _mavi_mock_server(mavi_mock_config: MockConfig) -> Iterator[MockHandle]:
    with _testing().serve(mavi_mock_config) as handle:
        yield handle


@pytest.fixture
def mavi_mock(request: pytest.FixtureRequest, mavi_mock_config: MockConfig) -> Iterator[Any]:
    marker = request.node.get_closest_marker("mavi_cassette")
    if marker is None:
        server: MockHandle = request.getfixturevalue("_mavi_mock_server")
        server.reset()
        yield server
        return
    _testing()  # the [mock] extra, or a clear failure
    from mock_server import cassettes  # noqa: PLC0415

    mode = request.config.getoption("--mavi-record")
    with ExitStack() as stack:
        problem = None
        try:
            if len(marker.args) != 1 or marker.kwargs:
                raise cassettes.CassetteError(
                    "it takes one name: @pytest.mark.mavi_cassette('name')"
                )
            directory = cassettes.cassette_dir(Path(request.node.path), marker.args[0])
            recorded = request.config.stash.setdefault(_RECORDED, {})
            if recorded.get(directory, request.node.nodeid) != request.node.nodeid:
                raise cassettes.CassetteError(
                    f"{recorded[directory]} recorded the cassette {marker.args[0]!r} in this"
                    " session: give each test its own cassette name"
                )
            if cassettes.plan(mode, directory, os.environ).action == "record":
                recorded[directory] = request.node.nodeid
            handle = stack.enter_context(
                cassettes.cassette(
                    directory,
                    mode,
                    mavi_mock_config,
                    request.getfixturevalue("tmp_path") / "mavi-cassette",
                    keep=lambda: bool(request.node.stash.get(_CALL_PASSED, False)),
                )
            )
        except cassettes.CassetteError as exc:
            problem = str(exc)
        if problem is not None:  # outside the except: one message, not two chained tracebacks
            pytest.fail(f"mavi_cassette: {problem}", pytrace=False)
        yield handle


@pytest.fixture
def mavi_client(mavi_mock: Any) -> Iterator[MaviClient]:
    """A client on ``mavi_mock``: fast retries on the mock; while a cassette records, the
    client's default retries, which wait as the provider's 429s ask (1 request/second)."""
    if hasattr(mavi_mock, "drift"):  # cassettes.RecordingHandle: the real provider behind
        from mavi_client import MaviClient  # noqa: PLC0415

        with MaviClient(mavi_mock.api_key, base_url=mavi_mock.base_url) as client:
            yield client
        return
    with _testing().fast_client(mavi_mock) as client:
        yield client
