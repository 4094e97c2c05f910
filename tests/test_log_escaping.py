"""A request cannot forge a log line (issue 18, item 13): the text format escapes control
characters and backslashes in every field; the JSON format keeps each record on one line."""

from __future__ import annotations

import json
import logging
import logging.config
from urllib.parse import quote

import pytest
from flask import Flask

from mock_server import logs
from tests.support import BASE_PATH, KEY, SEED_ASSET, MakeApp

FORGED = '2030-01-01 00:00:00,000 [1] [INFO] mock_server.access: 10.0.0.1 "GET /x" 200 1.0 ms ok'


def formatter(log_format: str) -> logging.Formatter:
    """The formatter the served mock (granian's dictConfig) writes its lines with."""
    config = logs.logging_config(log_format, "info")
    built: logging.Formatter = logging.config.DictConfigurator(config).configure_formatter(
        config["formatters"]["mock"]
    )
    return built


def _request(app: Flask, path: str) -> None:
    app.test_client().get(path, headers={"Authorization": KEY})


def test_a_newline_in_the_path_cannot_forge_an_access_line(
    make_app: MakeApp, caplog: pytest.LogCaptureFixture
) -> None:
    app = make_app(access_log=True)
    with caplog.at_level(logging.INFO, logger=logs.ACCESS.name):
        _request(app, f"{BASE_PATH}/x%0a{quote(FORGED)}")
    (record,) = [r for r in caplog.records if r.name == logs.ACCESS.name]
    text = formatter("text").format(record)
    assert text.splitlines() == [text]
    assert f"{BASE_PATH}/x\\n2030-01-01" in text


def test_every_field_of_a_text_line_is_escaped(caplog: pytest.LogCaptureFixture) -> None:
    hostile = "a\r\nb\tc\x1b[31md\x7fe\x85f\u2028g\u2029h\x00i"
    with caplog.at_level(logging.INFO, logger=logs.ACCESS.name):
        logs.access(
            method=hostile,
            path=hostile,
            status=200,
            duration_ms=1.0,
            request_id=hostile,
            remote=hostile,
        )
    (record,) = [r for r in caplog.records if r.name == logs.ACCESS.name]
    text = formatter("text").format(record)
    escaped = "a\\r\\nb\\tc\\x1b[31md\\x7fe\\x85f\\u2028g\\u2029h\\x00i"
    assert text.count(escaped) == 4
    assert text.splitlines() == [text]
    assert all(c.isprintable() for c in text)


def test_a_backslash_is_escaped_so_that_an_escape_is_unambiguous(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.INFO, logger=logs.ACCESS.name):
        for path in ("/a\nb", "/a\\nb"):
            logs.access(
                method="GET", path=path, status=404, duration_ms=0.1, request_id="r", remote="-"
            )
    newline, backslash_n = (formatter("text").format(r) for r in caplog.records)
    assert "/a\\nb" in newline and "/a\\\\nb" in backslash_n
    assert newline.split(" ", 4)[-1] != backslash_n.split(" ", 4)[-1]


def test_a_quote_cannot_end_the_quoted_request_field(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger=logs.ACCESS.name):
        logs.access(
            method="GET",
            path='/x" 200 0.1 ms forged "GET /y',
            status=404,
            duration_ms=0.1,
            request_id="r",
            remote="-",
        )
    (record,) = caplog.records
    text = formatter("text").format(record)
    assert text.count('"') - text.count('\\"') == 2  # only the two that delimit the field


def test_the_json_format_keeps_each_record_on_one_line_and_every_value_exact(
    make_app: MakeApp, caplog: pytest.LogCaptureFixture
) -> None:
    app = make_app(access_log=True)
    path = f"{BASE_PATH}/x\n{FORGED}\r\x85\u2028\u2029\x1b\x9b\\"
    with caplog.at_level(logging.INFO, logger=logs.ACCESS.name):
        _request(app, quote(path))
    (record,) = [r for r in caplog.records if r.name == logs.ACCESS.name]
    line = formatter("json").format(record)
    assert line.splitlines() == [line]
    assert all(c.isprintable() for c in line)
    decoded = json.loads(line)
    assert decoded["path"] == path and decoded["status"] == 404


def test_other_lines_are_escaped_too_and_keep_their_traceback() -> None:
    try:
        raise ValueError("boom")
    except ValueError as exc:
        record = logging.LogRecord(
            "mock_server",
            logging.ERROR,
            __file__,
            1,
            "unhandled error in %s %s",
            ("GET", "/a\nb"),
            (type(exc), exc, exc.__traceback__),
        )
    text = formatter("text").format(record)
    first, *rest = text.splitlines()
    assert first.endswith("unhandled error in GET /a\\nb")
    assert rest[0].startswith("Traceback") and rest[-1] == "ValueError: boom"
    plain = logging.LogRecord("_granian", logging.INFO, __file__, 1, "Listening\n at", None, None)
    assert formatter("text").format(plain).endswith("Listening\\n at")


def test_keys_never_reach_the_access_log(
    make_app: MakeApp, caplog: pytest.LogCaptureFixture
) -> None:
    app = make_app(access_log=True)
    with caplog.at_level(logging.INFO, logger=logs.ACCESS.name):
        _request(app, f"{BASE_PATH}/{SEED_ASSET}/metadata")
    (record,) = [r for r in caplog.records if r.name == logs.ACCESS.name]
    for log_format in ("text", "json"):
        assert KEY.removeprefix("sk-") not in formatter(log_format).format(record)
