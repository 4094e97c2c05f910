"""The client's typed errors: every dialect x every error status, read once by the envelope reader,
and a smoke matrix that every operation, sync and async, reads them alike.

Every answer is served by httpx.MockTransport (tests.support.client.Server). The classes come from
the one hand-written table ``tests.support.client.EXPECTED``, checked here against README and the
contract; the answers' codes come from openapi.yaml's ``x-dialect-table``.
"""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from mavi_client import (
    AuthError,
    InvalidRequestError,
    MaviError,
    RateLimitedError,
    ServerError,
)
from mavi_client._envelope import CODE_STATUS, SUCCESS_CODES
from tests.support import ROOT
from tests.support.client import (
    ASSET,
    DIALECTS,
    EXPECTED,
    GATEWAY,
    MODES,
    OPS,
    RETRIES,
    ROW,
    TABLE,
    Answer,
    Server,
    assert_origin,
    client_for,
    error_answer,
    error_body,
    run,
)

#: The client's copy of x-dialect-table, written out as the contract gives it.
EXPECTED_CODE_STATUS = {
    "0000": 200,
    "0001": 400,
    "0003": 400,
    "0401": 401,
    "0402": 402,
    "0403": 403,
    "9009": 403,
    "0404": 404,
    "0405": 405,
    "0409": 409,
    "0413": 413,
    "0415": 415,
    "0429": 429,
    "0500": 500,
    "0503": 503,
}


# --- the tables -------------------------------------------------------------------------------


def test_the_status_table_is_readmes_and_covers_the_contract() -> None:
    # README: "`AuthError` (401/403), `InsufficientCreditsError` (402), ... `ServerError` (5xx)".
    errors = (ROOT / "README.md").read_text().split("Errors (drawn in full", 1)[1]
    documented: dict[str, set[str]] = {}
    for name, statuses in re.findall(r"`(\w+Error)` \(([0-9x/]+)", errors[:800]):
        documented[name] = set(statuses.split("/"))
    assert len(documented) == 6, documented
    for status, (expected_class, retried) in EXPECTED.items():
        spelled = {str(status), f"{str(status)[0]}xx"}
        assert documented[expected_class.__name__] & spelled, (status, expected_class)
        # README's "Retries": 429s and 5xx answers are retried, no other status.
        assert retried == (status == 429 or status >= 500), status
    for name, spellings in documented.items():
        for spelled_status in spellings - {"5xx"}:
            assert EXPECTED[int(spelled_status)][0].__name__ == name, (name, spelled_status)
    assert set(ROW) - {200} <= set(EXPECTED)


def test_the_clients_code_table_is_the_contracts() -> None:
    from_spec = {
        code: row["status"]
        for row in TABLE
        for code in [row["seed"], row["legacy"], *row["also"]]
        if isinstance(code, str)
    }
    assert dict(CODE_STATUS) == from_spec
    assert dict(CODE_STATUS) == EXPECTED_CODE_STATUS
    # The modern dialect's code is the status itself, which is how the client reads an integer.
    assert all(row["modern"] == row["status"] for row in TABLE)
    assert set(SUCCESS_CODES) == {ROW[200]["seed"], ROW[200]["legacy"], ROW[200]["modern"]}


# --- every dialect x every error status -------------------------------------------------------

ERROR_STATUSES = sorted(set(ROW) - {200})


def check_error(dialect: str, status: int, op: str = "embed_video", mode: str = "sync") -> None:
    answer, http_status, code = error_answer(dialect, status)
    server = Server(answer)
    expected_class, retried = EXPECTED[status]
    with pytest.raises(MaviError) as info:
        run(op, mode, server)
    error = info.value
    assert type(error) is expected_class
    # status is what the answer means (the same in every dialect); http_status what was sent.
    assert (error.status, error.http_status, error.code, error.msg) == (
        status,
        http_status,
        code,
        ROW[status]["message"],
    )
    assert len(server.requests) == (1 + RETRIES if retried else 1)
    assert len(server.sleeps) == (RETRIES if retried else 0)
    assert server.storage_requests == []
    assert_origin(error, op, server)
    if status == 429:
        assert isinstance(error, RateLimitedError)
        assert error.retry_after == 7.0
        assert all(s >= 7.0 for s in server.sleeps)


@pytest.mark.parametrize("status", ERROR_STATUSES)
@pytest.mark.parametrize("dialect", [*DIALECTS, "modern with success/failed"])
def test_every_error_in_every_dialect(dialect: str, status: int) -> None:
    check_error(dialect, status)


def check_gateway(name: str, op: str = "embed_video", mode: str = "sync") -> None:
    answer, expected_class, retried, words = GATEWAY[name]
    server = Server(answer)
    with pytest.raises(MaviError) as info:
        run(op, mode, server)
    error = info.value
    assert type(error) is expected_class
    assert (error.status, error.code) == (answer.status, None)
    for word in words:
        assert word in error.msg
    assert len(server.requests) == (1 + RETRIES if retried else 1)
    assert_origin(error, op, server)


@pytest.mark.parametrize("name", GATEWAY)
def test_gateway_answers_are_judged_by_status(name: str) -> None:
    check_gateway(name)


#: Each operation, sync and async, sends through the same ``_send`` and reads through the same
#: envelope reader: a few answers of each kind show that they do.
SMOKE: dict[str, tuple[str, int] | str] = {
    "legacy 401 in an HTTP 200": ("legacy", 401),
    "seed 429 with Retry-After": ("seed", 429),
    "modern 503": ("modern", 503),
    "HTML 502": "HTML 502",
    "Spring JSON 404": "Spring JSON 404",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("op", OPS)
@pytest.mark.parametrize("case", SMOKE)
def test_every_operation_sync_and_async_reads_errors_alike(case: str, op: str, mode: str) -> None:
    what = SMOKE[case]
    if isinstance(what, tuple):
        check_error(what[0], what[1], op, mode)
    else:
        check_gateway(what, op, mode)


# --- codes in an HTTP 200, and what never decides ---------------------------------------------


@pytest.mark.parametrize("code", sorted(EXPECTED_CODE_STATUS.keys() - {"0000"}))
def test_every_string_code_in_an_http_200(code: str) -> None:
    # Every code of the table, including the `also` ones ("0003", "9009"), in the legacy dialect.
    body = {"code": code, "msg": "x", "data": None, "success": False, "failed": True}
    server = Server(Answer(200, body))
    with pytest.raises(MaviError) as info:
        run("embed_video", "sync", server)
    expected_class, retried = EXPECTED[EXPECTED_CODE_STATUS[code]]
    assert type(info.value) is expected_class
    assert (info.value.status, info.value.http_status, info.value.code) == (
        EXPECTED_CODE_STATUS[code],
        200,
        code,
    )
    assert len(server.requests) == (1 + RETRIES if retried else 1)


@pytest.mark.parametrize(
    "body",
    [
        {"code": "0777", "msg": "x", "data": None, "success": False, "failed": True},
        {"code": "1234", "msg": "x", "data": None, "success": False, "failed": True},
        {"code": "0777", "msg": "x", "data": None},
    ],
    ids=["0777", "1234", "0777 without success/failed"],
)
def test_an_unknown_error_code_in_an_http_200_is_a_plain_mavi_error(body: dict[str, Any]) -> None:
    server = Server(Answer(200, body))
    with pytest.raises(MaviError) as info:
        run("embed_video", "sync", server)
    assert type(info.value) is MaviError
    # What an unknown code means is unknown: no status; it came in an HTTP 200.
    assert (info.value.status, info.value.http_status, info.value.code) == (None, 200, body["code"])
    assert info.value.msg == "x"
    assert len(server.requests) == 1 and server.sleeps == []


def test_an_integer_error_code_in_an_http_200_stands_for_that_status() -> None:
    server = Server(Answer(200, {"code": 404, "msg": "x", "data": None}))
    with pytest.raises(MaviError) as info:
        run("get_asset", "sync", server)
    assert type(info.value) is EXPECTED[404][0]
    assert (info.value.status, info.value.http_status, info.value.code) == (404, 200, 404)


def test_an_error_in_an_http_200_is_judged_by_its_code_and_honours_retry_after() -> None:
    # The legacy dialect, as the provider's own client's tests model it.
    body = b'{"code": "0429", "msg": "Rate limit exceeded", "data": null}'
    server = Server(httpx.Response(200, content=body, headers={"Retry-After": "4"}))
    client = client_for(server, retries=1)
    with pytest.raises(RateLimitedError) as info:
        client.embed_video(ASSET)
    error = info.value
    assert (error.status, error.http_status, error.code, error.retry_after) == (
        429,
        200,
        "0429",
        4.0,
    )
    assert len(server.requests) == 2 and server.sleeps[0] >= 4.0


@pytest.mark.parametrize("dialect", ["seed", "modern", "legacy"])
def test_the_message_never_decides(dialect: str) -> None:
    # The provider says "Request has exceeded the limit." for rate limits and validation errors.
    answer, _, _ = error_answer(dialect, 400)
    assert isinstance(answer.body, dict)
    answer.body["msg"] = "Request has exceeded the limit."
    server = Server(answer)
    with pytest.raises(InvalidRequestError) as info:
        run("embed_video", "sync", server)
    assert not isinstance(info.value, RateLimitedError)
    assert len(server.requests) == 1


def test_a_non_200_status_decides_over_the_code() -> None:
    body = {"code": "0429", "msg": "x", "data": None, "success": False, "failed": True}
    server = Server(Answer(401, body))
    with pytest.raises(AuthError):
        run("embed_video", "sync", server)
    assert len(server.requests) == 1


# A 5xx is a server-side failure whatever its body claims: retried, never a ProtocolError.
FIVE_XX: dict[str, tuple[int, dict[str, Any], int | None]] = {
    "modern success code on 500": (500, {"code": 200, "msg": "x", "data": None}, 200),
    "success true on 503": (
        503,
        {"code": 503, "msg": "x", "data": None, "success": True, "failed": False},
        503,
    ),
    "malformed code on 503": (503, {"code": "ServiceUnavailable", "msg": "x"}, None),
}


@pytest.mark.parametrize("name", FIVE_XX)
def test_a_5xx_is_a_server_error_whatever_its_body(name: str) -> None:
    status, body, code = FIVE_XX[name]
    server = Server(Answer(status, body))
    with pytest.raises(MaviError) as info:
        run("embed_video", "sync", server)
    assert type(info.value) is ServerError
    assert (info.value.status, info.value.code, info.value.msg) == (status, code, "x")
    assert len(server.requests) == 1 + RETRIES


def test_retries_are_off_when_the_client_says_so() -> None:
    # Regression guard from the former per-status test: zero retries, no sleep, one request.
    server = Server(httpx.Response(429, content=error_body(429, 429), headers={"Retry-After": "7"}))
    with pytest.raises(RateLimitedError) as info:
        client_for(server).embed_video(ASSET)
    assert info.value.retry_after == 7.0
    assert len(server.requests) == 1 and server.sleeps == []
