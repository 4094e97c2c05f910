"""The Exchange (issues 20 and 21): what ``open_exchange`` decides once from the WSGI environ
alone (the request id, the path as Flask reads it, the method, the dialect, the parsed
``Prefer`` or why it was refused, whether scripts may be set), and what ``note_route`` notes of
the route Flask chose (the operation and the asset its path names)."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask

import mock_server.exchange
from mock_server.exchange import EXCHANGE_KEY, Exchange, note_route, open_exchange
from mock_server.prefer import Prefer
from tests.support import BASE_PATH, SEED_ASSET, MakeApp
from tests.support.pipeline import METADATA


def opened(app: Flask, path: str = "/x", **headers: str) -> tuple[Exchange, dict[str, Any]]:
    environ: dict[str, Any] = {"REQUEST_METHOD": "PATCH", "PATH_INFO": path, **headers}
    exchange = open_exchange(app.extensions["mavi_mock"], environ)
    return exchange, environ


def test_the_exchange_is_opened_from_the_environ_and_kept_there(make_app: MakeApp) -> None:
    app = make_app(dialect="modern")
    exchange, environ = opened(app, "//a//b/", HTTP_X_REQUEST_ID="i" * 65)
    assert environ[EXCHANGE_KEY] is exchange
    assert (exchange.request_id, exchange.method, exchange.path) == ("i" * 64, "PATCH", "/a//b/")
    assert exchange.dialect == "modern" and exchange.scenario.dialect == "modern"
    assert exchange.prefer == Prefer() and exchange.prefer_problem is None
    assert exchange.scripts_set is False and exchange.scripted is False
    assert (exchange.operation, exchange.asset_id, exchange.journal_status) == (None, None, None)
    made = [opened(app)[0].request_id for _ in range(2)]
    assert made[0] != made[1] and all(len(i) == 16 and int(i, 16) >= 0 for i in made)
    assert opened(app, HTTP_X_REQUEST_ID="")[0].request_id != ""


@pytest.mark.parametrize(
    ("path", "prefer", "dialect", "problem"),
    [
        ("/x", "dialect=legacy, delay=5", "legacy", None),
        ("/x", "delay=5", "modern", None),
        ("/x", "code=abc, dialect=legacy", "modern", "Prefer: code=abc is not an HTTP status"),
        ("/__mock", "dialect=legacy", "seed", None),
        ("/__mock/scripts", "dialect=legacy", "seed", None),
        ("/__mockery", "dialect=legacy", "legacy", None),  # not the mock's own: a provider path
    ],
)
def test_the_dialect_is_the_admins_a_valid_prefers_or_the_scenarios(
    make_app: MakeApp, path: str, prefer: str, dialect: str, problem: str | None
) -> None:
    exchange, _ = opened(make_app(dialect="modern"), path, HTTP_PREFER=prefer)
    assert exchange.dialect == dialect and exchange.prefer_problem == problem
    assert exchange.admin is path.startswith("/__mock/") or path == "/__mock"
    if not exchange.admin:
        assert exchange.prefer.delay_ms == (5 if "delay" in prefer and problem is None else 0)


def test_scripts_set_follows_the_control_file(make_app: MakeApp) -> None:
    app = make_app()
    body = {"operation": "getAssetMetadata", "answers": [503]}
    assert app.test_client().post("/__mock/scripts", json=body).status_code == 201
    assert opened(app)[0].scripts_set is True


@pytest.mark.parametrize(
    ("method", "path", "operation", "asset_id"),
    [
        ("GET", METADATA, "getAssetMetadata", SEED_ASSET),
        ("POST", "/storage/upload/re_1", "uploadToSignedUrl", "re_1"),
        ("POST", BASE_PATH + "/upload/signed-url", "createSignedUploadUrl", None),
        ("POST", "/__mock/scripts", None, None),  # the mock's own blueprint
        ("GET", BASE_PATH + "/nowhere", None, None),  # no route
    ],
)
def test_note_route_notes_the_operation_and_the_asset_its_path_names(
    make_app: MakeApp, method: str, path: str, operation: str | None, asset_id: str | None
) -> None:
    app = make_app()
    with app.test_request_context(path, method=method):
        note_route()
        exchange = mock_server.exchange.current()
        assert (exchange.operation, exchange.asset_id) == (operation, asset_id)
