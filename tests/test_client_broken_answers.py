"""The client's reading of answers, exactly: the class, message, status and code of the error each
broken or foreign answer gives (written out by hand, not computed), and the checks of a vector
and a payload."""

from __future__ import annotations

from typing import Any

import httpx
import orjson
import pytest

from mavi_client import MaviClient, MaviError, ProtocolError, ServerError
from mavi_client._envelope import check_vector, describe_body, interpret
from tests.support.client import BROKEN, GATEWAY, Answer

# name (in tests/support/client.py's BROKEN and GATEWAY) -> (class, msg, status, code)
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
