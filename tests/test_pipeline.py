"""The request pipeline's structure (issue 20, items 2-4): routes come from the contract, each
request's dialect is decided once, both ways out of a request (Flask's path and the embedding
shortcut) end in the same writer of the answer's request id and journal entry, the Exchange's
request id, path and method, and the shortcut stepping aside at its limits."""

from __future__ import annotations

import io
import logging
from typing import Any

import orjson
import pytest
from flask import Flask

import mock_server.exchange
import mock_server.prefer
import mock_server.wsgi
from mock_server.contract import Contract
from mock_server.exchange import Exchange
from mock_server.handlers import HANDLERS
from tests.support import BASE_PATH, KEY, MakeApp
from tests.support.pipeline import (
    EMBED,
    METADATA,
    SEED_BODY,
    FlaskCalls,
    client,
    embed_environ,
    json_headers,
)

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
    assert by_flask.reason_phrase == by_shortcut.reason_phrase == "OK"
    lines = [r.getMessage() for r in caplog.records if r.name == "mock_server.access"]
    assert len(lines) == 2
    assert all(line.startswith(f'127.0.0.1 "POST {EMBED}" 200 ') for line in lines)
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


# --- the Exchange: request id, path, method ---------------------------------------------------


def test_the_request_id_is_the_callers_cut_to_64_or_made_up(make_app: MakeApp) -> None:
    app = make_app()
    with client(app) as http:
        given = http.get(METADATA, headers={"Authorization": KEY, "X-Request-Id": "r" * 100})
        made = http.get(METADATA, headers={"Authorization": KEY})
        admin = http.get("/__mock/health", headers={"X-Request-Id": "adm"})
    assert given.headers["X-Request-Id"] == "r" * 64
    assert len(made.headers["X-Request-Id"]) == 16
    int(made.headers["X-Request-Id"], 16)
    assert admin.headers["X-Request-Id"] == "adm"
    entries = app.extensions["mavi_mock"].journal.entries()
    assert [e["request_id"] for e in entries] == ["r" * 64, made.headers["X-Request-Id"]]


def test_the_journal_records_the_path_as_flask_reads_it(make_app: MakeApp) -> None:
    app = make_app()
    environ = {
        "REQUEST_METHOD": "DELETE",
        "PATH_INFO": "//Xylo/\xe2\x82\xac/\xff",  # WSGI: the bytes as latin-1; one not UTF-8
        "SERVER_NAME": "localhost",
        "SERVER_PORT": "80",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
    }
    answer = b"".join(app.wsgi_app(environ, lambda status, headers, exc_info=None: None))
    assert orjson.loads(answer)["msg"].startswith("No such endpoint: DELETE /Xylo/\u20ac/\ufffd")
    (entry,) = app.extensions["mavi_mock"].journal.entries()
    assert entry["path"] == "/Xylo/\u20ac/\ufffd" and entry["method"] == "DELETE"


# --- the shortcut steps aside at its limits ----------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "body", "by_flask", "status"),
    [
        ({"Content-Type": "Application/JSON; charset=utf-8"}, SEED_BODY, 0, 200),
        ({"Content-Type": " application/json ;x=y"}, SEED_BODY, 0, 200),
        ({"Content-Type": "application/jsonx"}, SEED_BODY, 1, 415),
        ({}, SEED_BODY.ljust(100), 0, 200),  # exactly the body limit
        ({}, SEED_BODY.ljust(101), 1, 413),  # over it
        ({}, b"not json", 1, 400),
        ({"Transfer-Encoding": "chunked"}, SEED_BODY, 1, None),
        ({"X-Method": "GET"}, SEED_BODY, 1, 405),
    ],
)
def test_the_shortcut_takes_only_what_it_can(
    make_app: MakeApp, headers: dict[str, str], body: bytes, by_flask: int, status: int | None
) -> None:
    app = make_app(max_body=100)
    calls = FlaskCalls(app)
    with client(app) as http:
        assert http.post(EMBED, content=SEED_BODY, headers=json_headers()).status_code == 200
        environ_headers = json_headers() | headers | {"Content-Length": str(len(body))}
        method = environ_headers.pop("X-Method", "POST")
        answer = http.request(method, EMBED, content=body, headers=environ_headers)
    assert calls.count == 1 + by_flask
    if status is not None:
        assert answer.status_code == status
    if status in (200, 400):
        entry = app.extensions["mavi_mock"].journal.entries()[-1]
        assert entry["body"] == body.decode() and entry["status"] == status


# --- conclude: the access line and the journal entry -------------------------------------------


def test_only_an_embedding_requests_body_names_its_asset(make_app: MakeApp) -> None:
    """The journal's asset id of a request whose path names none is its JSON body's only for an
    embedding request (whose ``asset_id`` is the asset embedded)."""
    app = make_app()
    body = {"original_filename": "clip.mp4", "asset_id": "re_000000000000000002"}
    with client(app) as http:
        answer = http.post(BASE_PATH + "/upload/signed-url", json=body, headers=json_headers())
    assert answer.status_code in (200, 400)
    (entry,) = app.extensions["mavi_mock"].journal.entries()
    assert entry["operation"] == "createSignedUploadUrl" and entry["asset_id"] is None
    assert "re_000000000000000002" in entry["body"]  # the body was read, and kept


def test_conclude_times_the_answer_to_the_microsecond(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    app = make_app(access_log=True)
    mock = app.extensions["mavi_mock"]
    fake = type("time", (), {"perf_counter": staticmethod(lambda: 100.0123456789)})
    monkeypatch.setattr(mock_server.wsgi, "time", fake)
    scenario = mock.scenarios.current()
    exchange = Exchange("t1", "GET", "/nowhere", scenario, "seed", started=100.0)
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/nowhere"}
    with caplog.at_level(logging.INFO, logger="mock_server.access"):
        mock_server.wsgi.conclude(mock, exchange, environ, 404)
        exchange.journal_status = 0
        mock_server.wsgi.conclude(mock, exchange, environ, 200)
        admin = Exchange("t2", "GET", "/__mock/health", scenario, "seed", started=100.0)
        mock_server.wsgi.conclude(mock, admin, environ, 200)
    entries = mock.journal.entries()
    assert [(e["request_id"], e["status"], e["duration_ms"]) for e in entries] == [
        ("t1", 404, 12.346),
        ("t1", 0, 12.346),
    ]
    assert entries[0]["method"] == "GET" and entries[0]["path"] == "/nowhere"
    assert entries[0]["body"] == "" and entries[0]["headers"] == "{}"
    lines = [r.getMessage() for r in caplog.records if r.name == "mock_server.access"]
    assert lines == [  # no REMOTE_ADDR: "-"
        '- "GET /nowhere" 404 12.3 ms t1',
        '- "GET /nowhere" 0 12.3 ms t1',
        '- "GET /__mock/health" 200 12.3 ms t2',
    ]


# --- the shortcut and the layer: what they pass on ---------------------------------------------


@pytest.mark.parametrize("missing", ["CONTENT_TYPE", "CONTENT_LENGTH", "HTTP_AUTHORIZATION"])
def test_the_shortcut_passes_on_a_request_without(make_app: MakeApp, missing: str) -> None:
    app = make_app()
    calls = FlaskCalls(app)
    environ = embed_environ()
    sent: list[str] = []

    def start(status: str, headers: list[tuple[str, str]], *exc_info: Any) -> None:
        sent.append(status)

    for _ in range(2):  # the first one fills the cache
        b"".join(app.wsgi_app({**environ, "wsgi.input": io.BytesIO(SEED_BODY)}, start))
    del environ[missing]
    b"".join(app.wsgi_app({**environ, "wsgi.input": io.BytesIO(SEED_BODY)}, start))
    assert calls.count == 2
    # No length: werkzeug reads no body (a 400); no type: 415; no key: 401.
    statuses = {"CONTENT_TYPE": "415", "CONTENT_LENGTH": "400", "HTTP_AUTHORIZATION": "401"}
    assert sent[-1].startswith(statuses[missing])


def test_the_shortcut_sends_flasks_very_status_line_and_headers(make_app: MakeApp) -> None:
    app = make_app()
    environ = embed_environ(HTTP_X_REQUEST_ID="same")
    sent: list[tuple[str, list[tuple[str, str]]]] = []

    def start(status: str, headers: list[tuple[str, str]], *exc_info: Any) -> None:
        sent.append((status, headers))

    calls = FlaskCalls(app)
    bodies = [
        b"".join(app.wsgi_app({**environ, "wsgi.input": io.BytesIO(SEED_BODY)}, start))
        for _ in range(2)
    ]
    assert calls.count == 1  # the second answered by the shortcut
    assert bodies[0] == bodies[1] and sent[0] == sent[1]
    assert sent[0][0] == "200 OK"
    assert [name for name, _ in sent[0][1]] == ["Content-Type", "Content-Length", "X-Request-Id"]


def test_exchanges_passes_on_the_error_a_layer_inside_reports(make_app: MakeApp) -> None:
    """``start_response``'s third argument (PEP 3333's ``exc_info``) reaches the server."""
    app = make_app()
    error = (ValueError, ValueError("inside"), None)

    def inside(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        start_response("500 INTERNAL SERVER ERROR", [], error)
        return [b""]

    got: list[Any] = []
    layer = mock_server.wsgi.exchanges(app.extensions["mavi_mock"], inside)
    layer(
        {"REQUEST_METHOD": "GET", "PATH_INFO": "/x"},
        lambda status, headers, *exc_info: got.append(exc_info),
    )
    assert got == [(error,)]


def test_a_request_context_without_the_stack_gets_its_exchange(make_app: MakeApp) -> None:
    app = make_app(dialect="modern")
    with app.test_request_context(EMBED, method="POST", headers={"Prefer": "dialect=legacy"}):
        exchange = mock_server.exchange.current()
        assert exchange.dialect == "legacy" and exchange.method == "POST"
        assert mock_server.exchange.current() is exchange
