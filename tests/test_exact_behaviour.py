"""Exact behaviour of the modules that refuse bad data or make exact data: the message, status and
code of every error the client raises for a broken answer; retry arithmetic; the Prefer header;
the mock's envelopes; the vector function's guard. Written out by hand as the expected values,
these pin what `make mutation` found no test held (reports/mutation.md)."""

from __future__ import annotations

import io
import math
import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from mavi_client import (
    MaviClient,
    MaviError,
    ProtocolError,
    RateLimitedError,
    RetryPolicy,
    ServerError,
    TransportError,
)
from mavi_client._envelope import check_vector, describe_body, interpret, parse_retry_after
from mock_server import MockConfig, create_app, embedding
from mock_server.prefer import (
    Prefer,
    check_label,
    parse_cosine,
    parse_prefer,
    requested_dialect,
)
from tests.support.client import BROKEN, GATEWAY, Answer, OneWayStream

# name (in test_client_dialects.BROKEN and GATEWAY) -> (class, msg, status, code)
EXPECTED: dict[str, tuple[str, str, int, Any]] = {
    "data missing": ("ProtocolError", "a success without data", 200, "0000"),
    "data null": ("ProtocolError", "the success payload is not an object: NoneType", 200, "0000"),
    "data null, modern": (
        "ProtocolError",
        "the success payload is not an object: NoneType",
        200,
        200,
    ),
    "data a list": ("ProtocolError", "the success payload is not an object: list", 200, "0000"),
    "success and failed both true": (
        "ProtocolError",
        "success=True and failed=True disagree",
        200,
        "0000",
    ),
    "success and failed both false": (
        "ProtocolError",
        "success=False and failed=False disagree",
        200,
        "0000",
    ),
    "success code with success false": (
        "ProtocolError",
        "code '0000' with success=False",
        200,
        "0000",
    ),
    "success code with failed true only": (
        "ProtocolError",
        "code '0000' with success=False",
        200,
        "0000",
    ),
    "modern success code with success false": (
        "ProtocolError",
        "code 200 with success=False",
        200,
        200,
    ),
    "error code with success true": ("ProtocolError", "code '0401' with success=True", 200, "0401"),
    "error code with failed false only": (
        "ProtocolError",
        "code '0429' with success=True",
        200,
        "0429",
    ),
    "unknown code with success true": (
        "ProtocolError",
        "code '0777' with success=True",
        200,
        "0777",
    ),
    "success a string": ("ProtocolError", "success is not a boolean: 'true'", 200, "0000"),
    "failed null": ("ProtocolError", "failed is not a boolean: None", 200, "0000"),
    "code free text": (
        "ProtocolError",
        "code 'OK' is neither a 4-digit string nor an HTTP status",
        200,
        None,
    ),
    "code of five digits": (
        "ProtocolError",
        "code '00000' is neither a 4-digit string nor an HTTP status",
        200,
        None,
    ),
    "code empty": (
        "ProtocolError",
        "code '' is neither a 4-digit string nor an HTTP status",
        200,
        None,
    ),
    "code 0": ("ProtocolError", "code 0 is neither a 4-digit string nor an HTTP status", 200, None),
    "code 1000": (
        "ProtocolError",
        "code 1000 is neither a 4-digit string nor an HTTP status",
        200,
        None,
    ),
    "code 99": (
        "ProtocolError",
        "code 99 is neither a 4-digit string nor an HTTP status",
        200,
        None,
    ),
    "code true": (
        "ProtocolError",
        "code True is neither a 4-digit string nor an HTTP status",
        200,
        None,
    ),
    "code null": (
        "ProtocolError",
        "code None is neither a 4-digit string nor an HTTP status",
        200,
        None,
    ),
    "code 200.0": (
        "ProtocolError",
        "code 200.0 is neither a 4-digit string nor an HTTP status",
        200,
        None,
    ),
    "code a list": (
        "ProtocolError",
        "code ['0000'] is neither a 4-digit string nor an HTTP status",
        200,
        None,
    ),
    "msg missing": ("ProtocolError", "msg is missing", 200, "0000"),
    "msg a number": ("ProtocolError", "msg is not a string: 0", 200, "0000"),
    "msg null": ("ProtocolError", "msg is not a string: None", 200, "0000"),
    "not JSON on 200": ("ProtocolError", "body not JSON: OK", 200, None),
    "empty body on 200": ("ProtocolError", "empty body", 200, None),
    "JSON without code on 200": ("ProtocolError", "JSON, not an envelope: success", 200, None),
    "Spring JSON on 200": (
        "ProtocolError",
        "JSON, not an envelope: OK at /serve/api/v2/embeddings/video",
        200,
        None,
    ),
    "success code on 401": ("ProtocolError", "success code '0000' on HTTP 401", 401, "0000"),
    "success code, success false, on 401": (
        "ProtocolError",
        "code '0000' with success=False",
        401,
        "0000",
    ),
    "success true on 401": ("ProtocolError", "code '0401' with success=True", 401, "0401"),
    "success on 201": ("ProtocolError", "success code '0000' on HTTP 201", 201, "0000"),
    "Spring JSON 503": (
        "ServerError",
        "JSON, not an envelope: Service Unavailable at /serve/api/v2/embeddings/video",
        503,
        None,
    ),
    "Spring JSON 404": (
        "NotFoundError",
        "JSON, not an envelope: Not Found at /serve/api/v2/embeddings/video",
        404,
        None,
    ),
    "HTML 502": ("ServerError", "HTML page: 502 Bad Gateway", 502, None),
    "empty 504": ("ServerError", "empty body", 504, None),
    "text 401": ("AuthError", "body not JSON: Unauthorized", 401, None),
    "JSON array 400": ("InvalidRequestError", "JSON not an object: [1, 2]", 400, None),
    "429 without msg": (
        "RateLimitedError",
        'JSON, not an envelope: {"code": 429, "data": null}',
        429,
        None,
    ),
    "429 with a word for a code": (
        "RateLimitedError",
        "JSON, not an envelope: slow down",
        429,
        None,
    ),
    "401 with msg null": (
        "AuthError",
        'JSON, not an envelope: {"code": "0401", "msg": null, "data": null}',
        401,
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_broken_or_foreign_answer_gives_exactly_this_error(name: str) -> None:
    answer = GATEWAY[name][0] if name in GATEWAY else Answer(*BROKEN[name])
    response = answer.response()
    response.request = httpx.Request("POST", "http://x/serve/api/v2/embeddings/video")
    with pytest.raises(MaviError) as info:
        interpret(response, lambda data: data)
    error = info.value
    assert (type(error).__name__, error.msg, error.status, error.code) == EXPECTED[name]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ([], "data.embedding is not a non-empty array"),
        ("0.1", "data.embedding is not a non-empty array"),
        ([0.1, True], "data.embedding holds a bool"),
        ([0.1, "0.2"], "data.embedding holds a str"),
        ([0.1, float("inf")], "data.embedding holds a non-finite value"),
        ([0.1, float("nan")], "data.embedding holds a non-finite value"),
        ([0.1, 0.2], "data.embedding has 2 values, expected 3"),
    ],
)
def test_check_vector_says_what_is_wrong(value: Any, message: str) -> None:
    with pytest.raises(ProtocolError) as info:
        check_vector(value, dimension=3)
    assert (info.value.msg, info.value.status, info.value.code) == (message, 200, None)


def test_check_vector_gives_floats_and_skips_the_length_when_asked() -> None:
    assert check_vector([1, 0.5], dimension=None) == [1.0, 0.5]
    assert [type(x) for x in check_vector([1, 2, 3], dimension=3)] == [float, float, float]


@pytest.mark.parametrize(
    ("status", "body", "text"),
    [
        (
            503,
            {"error": "Busy", "message": "try later", "path": "/p"},
            "JSON, not an envelope: Busy: try later at /p",
        ),
        (503, {"error": "Busy", "message": "Busy"}, "JSON, not an envelope: Busy"),
        (503, {"error": "", "message": "m"}, "JSON, not an envelope: m"),
        (503, {"msg": "quiet"}, "JSON, not an envelope: quiet"),
        (503, {"other": 1}, 'JSON, not an envelope: {"other":1}'),
        (503, b"<Error><Code>NoSuch</Code></Error>", "storage error NoSuch"),
        (503, b"<Error><Message>Gone &amp; done</Message></Error>", "storage error Gone & done"),
        (502, b"<html><title> Bad &lt;b&gt;Gateway </title></html>", "HTML page: Bad <b>Gateway"),
        (502, b"<p>plain   <b>text</b></p>", "body not JSON: plain text"),
        (502, b"x" * 200, "body not JSON: " + "x" * 142 + "..."),
        (502, b"", "empty body"),
        (502, b"y" * 145, "body not JSON: " + "y" * 145),  # exactly 160: not cut
        (503, {"error": "Busy", "path": 5}, "JSON, not an envelope: Busy"),
        (503, {"msg": 5}, 'JSON, not an envelope: {"msg":5}'),
        (502, b"\xff<p>x</p>", "body not JSON: \ufffd x"),
        (502, b"<title><b>502</b> Bad</title>", "HTML page: 502 Bad"),
        (502, b"  \n ", "body not JSON:"),
    ],
)
def test_describe_body(status: int, body: bytes | dict[str, Any], text: str) -> None:
    content = body if isinstance(body, bytes) else orjson.dumps(body)
    assert describe_body(httpx.Response(status, content=content)) == text


def test_parse_retry_after() -> None:
    now = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    assert parse_retry_after(None) is None
    assert parse_retry_after(" 7 ") == 7.0
    assert parse_retry_after("-3") == 0.0
    assert parse_retry_after("inf") is None
    assert parse_retry_after("soon") is None
    later = format_datetime(now + timedelta(seconds=30), usegmt=True)
    assert parse_retry_after(later, now=now) == 30.0
    naive = (now + timedelta(seconds=5)).strftime("%a, %d %b %Y %H:%M:%S")
    assert parse_retry_after(naive, now=now) == 5.0  # no zone: read as UTC
    # Without `now`, the clock is read in UTC (an aware date must not meet a naive clock).
    soon = format_datetime(datetime.now(UTC) + timedelta(seconds=100), usegmt=True)
    assert 90 < (parse_retry_after(soon) or 0) <= 100


def test_retry_policy_refuses_negative_settings() -> None:
    for bad, message in (
        ({"max_retries": -1}, r"^max_retries must be >= 0$"),
        ({"base_delay": -0.1}, r"^delays must be >= 0$"),
        ({"max_delay": -0.1}, r"^delays must be >= 0$"),
    ):
        with pytest.raises(ValueError, match=message):
            RetryPolicy(**bad)
    # Zero delays are allowed (retries at once).
    assert RetryPolicy(base_delay=0, max_delay=0).delay(ServerError("x"), 0) == 0.0


def test_the_module_level_is_retryable_is_the_default_policys_decision() -> None:
    assert RetryPolicy().is_retryable(RateLimitedError("x", status=429)) is True
    assert RetryPolicy().is_retryable(ServerError("x", status=503)) is True
    assert RetryPolicy().is_retryable(TransportError("x", stage="connect")) is True
    assert RetryPolicy().is_retryable(TransportError("x")) is True
    assert RetryPolicy().is_retryable(MaviError("x", status=400)) is False
    assert RetryPolicy().is_retryable(TransportError("x", stage="read")) is False


def test_retry_delays_double_up_to_the_cap_with_jitter_and_honour_retry_after() -> None:
    policy = RetryPolicy(max_retries=6, base_delay=1.0, max_delay=5.0, rng=random.Random(3))
    waits = [policy.delay(ServerError("x"), n) for n in range(6)]
    for n, wait in enumerate(waits):
        ceiling = min(5.0, 2.0**n)
        assert wait is not None and ceiling / 2 <= wait <= ceiling
    assert policy.delay(ServerError("x"), 6) is None
    slow = RateLimitedError("x", retry_after=42.0)
    assert policy.delay(slow, 0) == 42.0
    assert policy.delay(MaviError("x"), 0) is None


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
        # The first dialect preference decides, even a malformed one (the strict parse refuses
        # this header with a 400, answered in the scenario's dialect).
        ("dialect=legacy=x, dialect=modern", None),
    ],
)
def test_requested_dialect(header: str | None, dialect: str | None) -> None:
    assert requested_dialect(header) == dialect


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


def test_the_mocks_success_envelope_says_success(tmp_path: Path) -> None:
    app = create_app(MockConfig(data_dir=tmp_path))
    client = app.test_client()
    answer = client.get(
        "/serve/api/v2/re_657745568997527552/metadata", headers={"Authorization": "sk-1"}
    )
    assert orjson.loads(answer.data)["msg"] == "success"


def test_the_vector_function_refuses_a_dimension_below_one() -> None:
    with pytest.raises(ValueError, match=r"^dimension must be at least 1$"):
        embedding("multimodalembedding@001", 0, "k")


@pytest.mark.parametrize(
    ("code", "error"), [(100, MaviError), (599, ServerError), (600, ProtocolError)]
)
def test_an_integer_code_in_a_200_is_a_code_from_100_to_599(code: int, error: type) -> None:
    body = {"code": code, "msg": "m", "data": None, "success": False, "failed": True}
    with pytest.raises(MaviError) as info:
        interpret(httpx.Response(200, content=orjson.dumps(body)), lambda data: data)
    assert type(info.value) is error


@pytest.mark.parametrize(("status", "error"), [(599, ServerError), (600, ProtocolError)])
def test_foreign_answers_up_to_599_are_judged_by_status(status: int, error: type) -> None:
    with pytest.raises(MaviError) as info:
        interpret(httpx.Response(status, content=b""), lambda data: data)
    assert type(info.value) is error and info.value.msg == "empty body"


def test_a_5xx_envelope_whose_msg_is_not_text_is_described() -> None:
    body = {"code": 503, "msg": 5, "data": None}
    with pytest.raises(ServerError) as info:
        interpret(httpx.Response(503, content=orjson.dumps(body)), lambda data: data)
    assert info.value.msg == 'JSON, not an envelope: {"code":503,"msg":5,"data":null}'


def test_a_payload_that_breaks_the_parser_is_a_protocol_error_with_the_code() -> None:
    body = {"code": "0000", "msg": "success", "data": {}, "success": True, "failed": False}

    def parse(data: dict[str, Any]) -> None:
        raise KeyError("embedding")

    with pytest.raises(ProtocolError) as info:
        interpret(httpx.Response(200, content=orjson.dumps(body)), parse)
    assert (info.value.msg, info.value.code) == (
        "the success payload breaks the contract: KeyError('embedding')",
        "0000",
    )


def test_a_retry_after_beyond_the_cap_is_not_waited_for() -> None:
    policy = RetryPolicy(max_retries=3, max_retry_after=60.0)
    assert policy.delay(RateLimitedError("x", retry_after=60.0), 0) == 60.0
    assert policy.delay(RateLimitedError("x", retry_after=86_400.0), 0) is None
    with pytest.raises(ValueError, match=r"^delays must be >= 0$"):
        RetryPolicy(max_retry_after=-1)
    # A cap of 0 (or under a second) is allowed: any Retry-After above it raises at once.
    assert RetryPolicy(max_retry_after=0).delay(RateLimitedError("x", retry_after=1.0), 0) is None
    assert RetryPolicy(max_retry_after=0.5).delay(RateLimitedError("x", retry_after=0.5), 0) == 0.5


def test_a_day_long_retry_after_raises_at_once_with_the_servers_figure() -> None:
    sleeps: list[float] = []
    answer = httpx.Response(
        429,
        content=b'{"code":"0429","msg":"slow down","data":null,"success":false,"failed":true}',
        headers={"Retry-After": "86400"},
    )
    client = MaviClient(
        "sk-1", transport=httpx.MockTransport(lambda request: answer), sleep=sleeps.append
    )
    with client, pytest.raises(RateLimitedError) as info:
        client.embed_video("re_657745568997527552")
    assert (info.value.retry_after, info.value.attempts, sleeps) == (86_400.0, 1, [])


def test_a_body_that_cannot_be_decoded_is_a_protocol_error() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        # Marked gzip, but not gzip: decoding fails when the client reads it.
        return httpx.Response(
            200, headers={"Content-Encoding": "gzip"}, stream=httpx.ByteStream(b"not gzip")
        )

    client = MaviClient("sk-1", transport=httpx.MockTransport(answer))
    with client, pytest.raises(ProtocolError) as info:
        client.embed_video("re_657745568997527552")
    assert info.value.msg.startswith("the answer's body could not be decoded")
    assert info.value.attempts == 1


def test_a_503_on_an_upload_that_cannot_be_rewound_is_the_503() -> None:
    answer = httpx.Response(
        503, content=b'{"code":"0503","msg":"busy","data":null,"success":false,"failed":true}'
    )
    client = MaviClient(
        "sk-1", transport=httpx.MockTransport(lambda request: answer), sleep=lambda _: None
    )
    with client, pytest.raises(ServerError) as info:
        client.upload(io.BufferedReader(OneWayStream(b"clip")), filename="a.mp4")
    assert info.value.status == 503 and info.value.attempts == 1
    assert "cannot be rewound" in " ".join(getattr(info.value, "__notes__", []))
