"""The Prefer header: read only after authentication (a request without a key is a 401 whatever it
prefers, and waits for nothing), in the dialect it asks for."""

from __future__ import annotations

import math
import time

import pytest

from mock_server.prefer import Prefer, check_label, parse_cosine, parse_prefer
from tests.support import BASE_PATH, SEED_ASSET, MakeApp

METADATA = f"{BASE_PATH}/{SEED_ASSET}/metadata"


def test_a_bad_prefer_without_a_key_is_a_401(make_app: MakeApp) -> None:
    http = make_app().test_client()
    answer = http.get(METADATA, headers={"Prefer": "code=abc"})
    assert answer.status_code == 401


def test_an_unauthenticated_delay_holds_nothing(make_app: MakeApp) -> None:
    http = make_app().test_client()
    started = time.monotonic()
    answer = http.get(METADATA, headers={"Prefer": "delay=3000"})
    assert answer.status_code == 401
    assert time.monotonic() - started < 1.5


def test_the_401_still_speaks_the_requested_dialect(make_app: MakeApp) -> None:
    http = make_app().test_client()
    answer = http.get(METADATA, headers={"Prefer": "dialect=legacy"})
    assert answer.status_code == 200  # legacy: every answer at HTTP 200
    assert answer.get_json()["code"] == "0401"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, Prefer()),
        ("", Prefer()),
        ("code=429", Prefer(code=429)),
        ("Code = 100 ; delay=0", Prefer(code=100, delay_ms=0.0)),
        ('code="599", delay=60000', Prefer(code=599, delay_ms=60000.0)),
        ("return=minimal, code=402", Prefer(code=402)),
        ("respond-async, ,code=409", Prefer(code=409)),
        ("upload_status=failed", Prefer(upload_status="FAILED")),
        ("UPLOAD_STATUS=Success", Prefer(upload_status="SUCCESS")),
        ("dialect=LEGACY", Prefer(dialect="legacy")),
        ("gateway=502; dialect=modern", Prefer(gateway=502, dialect="modern")),
        ("delay=12.5", Prefer(delay_ms=12.5)),
        ("label=a", Prefer(label="a")),
        ("label=" + "x" * 100, Prefer(label="x" * 100)),
        ('label="cats; indoor"', Prefer(label="cats; indoor")),
        ("similar_to=re_1, cosine=-1", Prefer(similar_to="re_1", cosine=-1.0)),
        ("cosine=1, similar_to=re_1", Prefer(similar_to="re_1", cosine=1.0)),
    ],
)
def test_parse_prefer(header: str | None, expected: Prefer) -> None:
    assert parse_prefer(header) == expected


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("code=99", "Prefer: code=99 is not an HTTP status"),
        ("code=600", "Prefer: code=600 is not an HTTP status"),
        ("code=4o4", "Prefer: code=4o4 is not an HTTP status"),
        ("delay=soon", "Prefer: delay=soon is not a number of ms"),
        ("delay=-1", "Prefer: delay must be between 0 and 60000 ms"),
        ("delay=60001", "Prefer: delay must be between 0 and 60000 ms"),
        ("upload_status=DONE", "Prefer: upload_status must be SUCCESS or FAILED"),
        ("dialect=klingon", "Prefer: dialect must be one of seed, modern, legacy"),
        ("gateway=500", "Prefer: gateway must be one of 503, 404, 502"),
        ("gateway=x", "Prefer: gateway must be one of 503, 404, 502"),
        ("code=4=2", "Prefer: code=4=2 is not an HTTP status"),
        ("dialect=Xlegacy", "Prefer: dialect must be one of seed, modern, legacy"),
        (
            "label=caf\u00e9",
            "Prefer: a label in a header must be ASCII; for others use"
            " PUT /__mock/assets/<id>/vector",
        ),
        ("label=", "Prefer: label must be 1 to 100 printable characters"),
        ("label=" + "x" * 101, "Prefer: label must be 1 to 100 printable characters"),
        ("label=a\x7fb", "Prefer: label must be 1 to 100 printable characters"),
        (
            "similar_to=re_1",
            "Prefer: similar_to and cosine go together (similar_to=re_..., cosine=0.9)",
        ),
        (
            "cosine=0.5",
            "Prefer: similar_to and cosine go together (similar_to=re_..., cosine=0.9)",
        ),
        (
            "label=cats, similar_to=re_1, cosine=0.5",
            "Prefer: label and similar_to cannot both be given",
        ),
        ("similar_to=re_1, cosine=-1.5", "Prefer: cosine must be between -1 and 1, not '-1.5'"),
        (
            "similar_to=re_1, cosine=near",
            "Prefer: cosine must be a number from -1 to 1, not 'near'",
        ),
        (
            "similar_to=asset, cosine=0.5",
            "Prefer: similar_to must be an asset id (re_ and digits), not 'asset'",
        ),
    ],
)
def test_parse_prefer_refuses_bad_values(header: str, message: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_prefer(header)
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("header", "dialect"),
    [
        (None, None),
        ("code=429", None),
        ("dialect=legacy", "legacy"),
        ('Dialect = "MODERN"', "modern"),
        ("code=429;dialect=legacy", "legacy"),
        ("code=429, dialect=seed", "seed"),
        ("dialect=klingon", None),
        ("dialect=legacy=x", None),
        ("dialect=XmodernX", None),
        # A header with one malformed preference chooses no dialect: its 400 is answered in the
        # scenario's dialect.
        ("dialect=legacy=x, dialect=modern", None),
    ],
)
def test_the_dialect_a_prefer_header_chooses(header: str | None, dialect: str | None) -> None:
    try:
        chosen = parse_prefer(header).dialect
    except ValueError:
        chosen = None
    assert chosen == dialect


@pytest.mark.parametrize("label", ["a", "x" * 100, "a b", "~", "caf\u00e9", "\u732b"])
def test_check_label_accepts_1_to_100_printable_characters(label: str) -> None:
    assert check_label(label) == label


@pytest.mark.parametrize(
    "label", ["", "x" * 101, "a\x00", "a\tb", "\x1f", "line\n", "a\x7fb", "\x7f", "a\x85b", "\x9f"]
)
def test_check_label_refuses_empty_long_and_control_characters(label: str) -> None:
    with pytest.raises(ValueError) as info:
        check_label(label)
    assert str(info.value) == "label must be 1 to 100 printable characters"


@pytest.mark.parametrize(
    ("value", "cosine"),
    [(-1, -1.0), ("-1", -1.0), (-1.0, -1.0), (1, 1.0), ("1.0", 1.0), (" 0.93 ", 0.93), (0, 0.0)],
)
def test_parse_cosine_accepts_minus_one_to_one(value: object, cosine: float) -> None:
    assert parse_cosine(value) == cosine


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (True, "cosine must be a number from -1 to 1"),
        (False, "cosine must be a number from -1 to 1"),
        ("near", "cosine must be a number from -1 to 1, not 'near'"),
        (None, "cosine must be a number from -1 to 1, not None"),
        ([0.5], "cosine must be a number from -1 to 1, not [0.5]"),
        (-1.5, "cosine must be between -1 and 1, not -1.5"),
        (-1.0000001, "cosine must be between -1 and 1, not -1.0000001"),
        ("-2", "cosine must be between -1 and 1, not '-2'"),
        (1.0000001, "cosine must be between -1 and 1, not 1.0000001"),
        (math.nan, "cosine must be between -1 and 1, not nan"),
        ("-inf", "cosine must be between -1 and 1, not '-inf'"),
    ],
)
def test_parse_cosine_says_what_is_wrong(value: object, message: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_cosine(value)
    assert str(info.value) == message
