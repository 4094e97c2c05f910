"""The request pipeline's structure (issue 20, items 2-4): routes come from the contract, each
request's dialect is decided once, and both ways out of a request (Flask's path and the
embedding shortcut) end in the same writer of the answer's request id and journal entry."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import orjson
import pytest
from flask import Flask

import mock_server.prefer
import mock_server.wsgi
from mock_server.contract import Contract
from mock_server.handlers import HANDLERS
from tests.support import BASE_PATH, KEY, MODEL, SEED_ASSET, MakeApp

EMBED = BASE_PATH + "/embeddings/video"
SEED_BODY = orjson.dumps({"asset_id": SEED_ASSET, "model": MODEL})


def client(app: Flask) -> httpx.Client:
    return httpx.Client(transport=httpx.WSGITransport(app=app), base_url="http://localhost")


# --- routes: the contract's operations, each with one handler --------------------------------


def test_every_operation_has_a_handler_and_every_handler_an_operation(
    mock_contract: Contract,
) -> None:
    operations = set(mock_contract.operations)
    assert operations - set(HANDLERS) == set(), "operations without a handler"
    assert set(HANDLERS) - operations == set(), "handlers without an operation"


def test_the_apps_routes_are_the_contracts(make_app: MakeApp, mock_contract: Contract) -> None:
    app = make_app()
    served = {
        (rule.endpoint.rpartition(".")[2], method, rule.rule)
        for rule in app.url_map.iter_rules()
        if not rule.endpoint.startswith(("mock_admin.", "static"))
        for method in rule.methods or ()
        if method not in ("HEAD", "OPTIONS")
    }
    expected = set()
    for op in mock_contract.operations.values():
        prefix = "" if op.server is not None else BASE_PATH
        rule = op.path.replace("{", "<path:" if op.server is None else "<").replace("}", ">")
        expected.add((op.operation_id, op.method, prefix + rule))
    assert served == expected


# --- the dialect, Prefer and the scenario: decided once per request --------------------------


class Counts:
    def __init__(self) -> None:
        self.prefer = 0
        self.scenario = 0


@pytest.fixture
def counted(make_app: MakeApp, monkeypatch: pytest.MonkeyPatch) -> tuple[Flask, Counts]:
    app = make_app()
    counts = Counts()
    scenarios = app.extensions["mavi_mock"].scenarios
    read_scenario = scenarios.current
    split = mock_server.prefer._items

    def current() -> Any:
        counts.scenario += 1
        return read_scenario()

    def items(header: str) -> list[str]:
        counts.prefer += 1
        return split(header)

    monkeypatch.setattr(scenarios, "current", current)
    monkeypatch.setattr(mock_server.prefer, "_items", items)
    return app, counts


@pytest.mark.parametrize(
    ("prefer", "status"),
    [
        (None, 200),
        ("dialect=modern", 200),
        ("dialect=legacy, code=404", 200),
        ("code=abc, dialect=modern", 400),
    ],
)
def test_prefer_and_the_scenario_are_read_once_per_request(
    counted: tuple[Flask, Counts], prefer: str | None, status: int
) -> None:
    app, counts = counted
    headers = {"Authorization": KEY, "Content-Type": "application/json"}
    if prefer:
        headers["Prefer"] = prefer
    with client(app) as http:
        answer = http.post(EMBED, content=SEED_BODY, headers=headers)
    assert answer.status_code == status
    assert counts.scenario == 1
    assert counts.prefer == (1 if prefer else 0)


def test_a_malformed_prefer_is_answered_in_the_scenarios_dialect(make_app: MakeApp) -> None:
    """The dialect comes from a valid Prefer header only: a header the mock refuses (400) does not
    also choose the refusal's dialect, whatever comes first in it."""
    with client(make_app(dialect="modern")) as http:
        for header in ("dialect=legacy, code=abc", "code=abc, dialect=legacy"):
            answer = http.post(
                EMBED, content=SEED_BODY, headers={"Authorization": KEY, "Prefer": header}
            )
            assert answer.status_code == 400
            assert answer.json() == {
                "code": 400,
                "msg": "Prefer: code=abc is not an HTTP status",
                "data": None,
            }


def test_the_admin_endpoints_speak_the_seed_dialect_even_when_not_found(
    make_app: MakeApp,
) -> None:
    with client(make_app(dialect="legacy")) as http:
        answer = http.get("/__mock/no-such-thing", headers={"Prefer": "dialect=modern"})
    assert answer.status_code == 404
    assert answer.json()["code"] == "0404" and answer.json()["success"] is False


# --- one writer for both ways out ------------------------------------------------------------


def test_both_paths_end_in_the_one_writer(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The shortcut's answer and Flask's are concluded by ``wsgi.conclude``: the same request id
    header, access line and journal entry."""
    app = make_app(access_log=True)
    concluded: list[int] = []
    conclude = mock_server.wsgi.conclude

    def counting(*args: Any) -> None:
        concluded.append(1)
        conclude(*args)

    monkeypatch.setattr(mock_server.wsgi, "conclude", counting)
    headers = {"Authorization": KEY, "Content-Type": "application/json", "X-Request-Id": "one"}
    with caplog.at_level(logging.INFO, logger="mock_server.access"), client(app) as http:
        by_flask = http.post(EMBED, content=SEED_BODY, headers=headers)
        by_shortcut = http.post(EMBED, content=SEED_BODY, headers=headers)
    assert len(concluded) == 2
    assert by_flask.headers["X-Request-Id"] == by_shortcut.headers["X-Request-Id"] == "one"
    lines = [r.getMessage() for r in caplog.records if r.name == "mock_server.access"]
    assert len(lines) == 2
    entries = app.extensions["mavi_mock"].journal.entries()
    for entry in entries:
        entry.pop("id"), entry.pop("time_ms"), entry.pop("duration_ms")
    assert entries[0] == entries[1]
    assert entries[0]["status"] == 200 and entries[0]["request_id"] == "one"


def test_an_unread_body_is_journaled_by_its_type_and_length(make_app: MakeApp) -> None:
    app = make_app()
    with client(app) as http:
        answer = http.post(EMBED, content=b"x" * 10, headers={"Content-Type": "Text/Plain; a=b"})
    assert answer.status_code == 401
    (entry,) = app.extensions["mavi_mock"].journal.entries()
    assert entry["body"] == "text/plain (10 bytes, not read)"
    assert entry["status"] == 401 and entry["method"] == "POST" and entry["path"] == EMBED
