"""The client gives a value or the right typed error in each of the provider's three dialects.

Every answer is served by httpx.MockTransport. The expectations are written out by hand here,
never computed with the code under test (``error_class``, ``CODE_STATUS``); the answers' codes are
read from openapi.yaml's ``x-dialect-table``, and ``test_the_clients_code_table_is_the_contracts``
keeps the client's copy of that table equal to it.
"""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from mavi_client import (
    AsyncMaviClient,
    AuthError,
    InsufficientCreditsError,
    InvalidRequestError,
    MaviClient,
    MaviError,
    NotFoundError,
    ProtocolError,
    RateLimitedError,
    RetryPolicy,
    ServerError,
)
from mavi_client._envelope import CODE_STATUS, SUCCESS_CODES

ROOT = Path(__file__).resolve().parent.parent
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text())
TABLE: list[dict[str, Any]] = SPEC["x-dialect-table"]
ROW = {row["status"]: row for row in TABLE}

KEY = "sk-8483027fe3abfe535f6ae01a9979b4f7"
ASSET = "re_660727003963174912"
API = "https://mavi-backend.memories.ai/serve/api/v2"
STORAGE_HOST = "storage.example"
SIGNED_URL = f"https://{STORAGE_HOST}/upload/{ASSET}?expires=1767082917&signature=4f1c"
VECTOR = [0.001 * (i % 7) - 0.002 for i in range(1408)]
RECORD = {
    "extension": "mp4",
    "asset_id": ASSET,
    "original_filename": "clip.mp4",
    "file_size": "133652816",
    "upload_status": "SUCCESS",
    "create_time": "1766989317192",
    "modify_time": "1766989317192",
}
FILE_BYTES = b"\x00\x00\x00\x18ftypmp42 a small video"
RETRIES = 2  # so a retried error is seen 1 + 2 = 3 times

#: HTTP status (or the status a code stands for) -> the class the client must raise, and whether
#: it must retry. Written out by hand: the documented answer, not the client's own table.
EXPECTED: dict[int, tuple[type[MaviError], bool]] = {
    400: (InvalidRequestError, False),
    401: (AuthError, False),
    402: (InsufficientCreditsError, False),
    403: (AuthError, False),
    404: (NotFoundError, False),
    405: (InvalidRequestError, False),
    409: (InvalidRequestError, False),
    413: (InvalidRequestError, False),
    415: (InvalidRequestError, False),
    429: (RateLimitedError, True),
    500: (ServerError, True),
    503: (ServerError, True),
}

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

OPS = ("embed_video", "upload", "get_asset", "upload_via_signed_url")
MODES = ("sync", "async")

#: The success payload (``data``) of each operation, and what the client returns for it.
PAYLOAD: dict[str, dict[str, Any]] = {
    "embed_video": {"embedding": VECTOR},
    "upload": {"asset_id": ASSET},
    "get_asset": {"total": 1, "resource": [RECORD]},
    "upload_via_signed_url": {"asset_id": ASSET, "signed_url": SIGNED_URL, "expires_in": 93600},
}


def returned(op: str, value: Any) -> Any:
    return value.to_dict() if op == "get_asset" else value


VALUE: dict[str, Any] = {
    "embed_video": VECTOR,
    "upload": ASSET,
    "get_asset": RECORD,
    "upload_via_signed_url": ASSET,
}


# --- the transport ---------------------------------------------------------------------------


@dataclass
class Answer:
    status: int
    body: bytes | dict[str, Any] | list[Any] = b""
    headers: dict[str, str] = field(default_factory=dict)

    def response(self) -> httpx.Response:
        content = self.body if isinstance(self.body, bytes) else json.dumps(self.body).encode()
        return httpx.Response(self.status, content=content, headers=self.headers)


class Server:
    """The API and the storage behind one MockTransport; each keeps the requests it saw.

    Each side answers from its list in turn, the last answer repeating.
    """

    def __init__(self, api: list[Answer], storage: list[Answer] | None = None) -> None:
        self.api = list(api)
        self.storage = list(storage or [Answer(204)])
        self.api_requests: list[httpx.Request] = []
        self.storage_requests: list[httpx.Request] = []
        self.sleeps: list[float] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        if request.url.host == STORAGE_HOST:
            self.storage_requests.append(request)
            answers = self.storage
        else:
            assert str(request.url).startswith(API + "/"), request.url
            self.api_requests.append(request)
            answers = self.api
        answer = answers.pop(0) if len(answers) > 1 else answers[0]
        return answer.response()


def _sync_op(op: str) -> Callable[[MaviClient], Any]:
    return {
        "embed_video": lambda c: c.embed_video(ASSET),
        "upload": lambda c: c.upload(io.BytesIO(FILE_BYTES), filename="clip.mp4"),
        "get_asset": lambda c: c.get_asset(ASSET),
        "upload_via_signed_url": lambda c: c.upload_via_signed_url(
            io.BytesIO(FILE_BYTES), filename="clip.mp4"
        ),
    }[op]


def _async_op(op: str) -> Callable[[AsyncMaviClient], Awaitable[Any]]:
    return {
        "embed_video": lambda c: c.embed_video(ASSET),
        "upload": lambda c: c.upload(io.BytesIO(FILE_BYTES), filename="clip.mp4"),
        "get_asset": lambda c: c.get_asset(ASSET),
        "upload_via_signed_url": lambda c: c.upload_via_signed_url(
            io.BytesIO(FILE_BYTES), filename="clip.mp4"
        ),
    }[op]


def run(op: str, mode: str, server: Server, retries: int = RETRIES) -> Any:
    """Call ``op`` on a sync or async client whose network is ``server``; sleeps are recorded."""
    policy = RetryPolicy(max_retries=retries, base_delay=0.001, max_delay=0.002)
    if mode == "sync":
        with MaviClient(
            KEY, transport=httpx.MockTransport(server), retry=policy, sleep=server.sleeps.append
        ) as client:
            return _sync_op(op)(client)

    async def sleep(seconds: float) -> None:
        server.sleeps.append(seconds)

    async def main() -> Any:
        async with AsyncMaviClient(
            KEY, transport=httpx.MockTransport(server), retry=policy, sleep=sleep
        ) as client:
            return await _async_op(op)(client)

    return asyncio.run(main())


# --- the client's copy of the code table ----------------------------------------------------


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
    # This file's matrix covers every error status of the table.
    assert set(ROW) - {200} == set(EXPECTED)


# --- every dialect x every error status x every operation x sync/async ------------------------

DIALECTS = ("seed", "modern", "legacy", "legacy without success/failed")


def error_answer(dialect: str, status: int) -> tuple[Answer, int, str | int]:
    """The answer for ``status`` in ``dialect``, the HTTP status it travels at, and its code."""
    row = ROW[status]
    msg = row["message"]
    headers = {"Retry-After": "7"} if status == 429 else {}
    if dialect == "seed":
        body = {"code": row["seed"], "msg": msg, "data": None, "success": False, "failed": True}
        return Answer(status, body, headers), status, row["seed"]
    if dialect == "modern":
        return (
            Answer(status, {"code": row["modern"], "msg": msg, "data": None}, headers),
            status,
            (row["modern"]),
        )
    body = {"code": row["legacy"], "msg": msg, "data": None}
    if dialect == "legacy":
        body |= {"success": False, "failed": True}
    return Answer(200, body, headers), 200, row["legacy"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("op", OPS)
@pytest.mark.parametrize("status", sorted(EXPECTED))
@pytest.mark.parametrize("dialect", DIALECTS)
def test_every_error_in_every_dialect(dialect: str, status: int, op: str, mode: str) -> None:
    answer, http_status, code = error_answer(dialect, status)
    server = Server([answer])
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
    assert len(server.api_requests) == (1 + RETRIES if retried else 1)
    assert len(server.sleeps) == (RETRIES if retried else 0)
    assert server.storage_requests == []
    if status == 429:
        assert isinstance(error, RateLimitedError)
        assert error.retry_after == 7.0
        assert all(s >= 7.0 for s in server.sleeps)


@pytest.mark.parametrize("code", sorted(EXPECTED_CODE_STATUS.keys() - {"0000"}))
def test_every_string_code_in_an_http_200(code: str) -> None:
    # Every code of the table, including the `also` ones ("0003", "9009"), in the legacy dialect.
    body = {"code": code, "msg": "x", "data": None, "success": False, "failed": True}
    server = Server([Answer(200, body)])
    with pytest.raises(MaviError) as info:
        run("embed_video", "sync", server)
    expected_class, retried = EXPECTED[EXPECTED_CODE_STATUS[code]]
    assert type(info.value) is expected_class
    assert (info.value.status, info.value.http_status, info.value.code) == (
        EXPECTED_CODE_STATUS[code],
        200,
        code,
    )
    assert len(server.api_requests) == (1 + RETRIES if retried else 1)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "body",
    [
        {"code": "0777", "msg": "x", "data": None, "success": False, "failed": True},
        {"code": "1234", "msg": "x", "data": None, "success": False, "failed": True},
        {"code": "0777", "msg": "x", "data": None},
    ],
    ids=["0777", "1234", "0777 without success/failed"],
)
def test_an_unknown_error_code_in_an_http_200_is_a_plain_mavi_error(
    body: dict[str, Any], mode: str
) -> None:
    server = Server([Answer(200, body)])
    with pytest.raises(MaviError) as info:
        run("embed_video", mode, server)
    assert type(info.value) is MaviError
    # What an unknown code means is unknown: no status; it came in an HTTP 200.
    assert (info.value.status, info.value.http_status, info.value.code) == (None, 200, body["code"])
    assert len(server.api_requests) == 1 and server.sleeps == []


def test_an_integer_error_code_in_an_http_200_stands_for_that_status() -> None:
    server = Server([Answer(200, {"code": 404, "msg": "x", "data": None})])
    with pytest.raises(NotFoundError) as info:
        run("get_asset", "sync", server)
    assert (info.value.status, info.value.http_status, info.value.code) == (404, 200, 404)


@pytest.mark.parametrize("dialect", ["seed", "modern", "legacy"])
def test_the_message_never_decides(dialect: str) -> None:
    # The provider says "Request has exceeded the limit." for rate limits and validation errors.
    answer, _, _ = error_answer(dialect, 400)
    assert isinstance(answer.body, dict)
    answer.body["msg"] = "Request has exceeded the limit."
    server = Server([answer])
    with pytest.raises(InvalidRequestError):
        run("embed_video", "sync", server)
    assert len(server.api_requests) == 1


def test_a_non_200_status_decides_over_the_code() -> None:
    body = {"code": "0429", "msg": "x", "data": None, "success": False, "failed": True}
    server = Server([Answer(401, body)])
    with pytest.raises(AuthError):
        run("embed_video", "sync", server)
    assert len(server.api_requests) == 1


# --- success in every dialect ---------------------------------------------------------------

SUCCESSES: dict[str, dict[str, Any]] = {
    "seed": {"code": "0000", "msg": "success", "success": True, "failed": False},
    "modern with success/failed": {"code": 200, "msg": "success", "success": True, "failed": False},
    "modern without success/failed": {"code": 200, "msg": "success"},
    "legacy": {"code": "0000", "msg": "success", "success": True, "failed": False},
    "legacy without success/failed": {"code": "0000", "msg": "success"},
    "success only": {"code": 200, "msg": "success", "success": True},
    "failed only": {"code": "0000", "msg": "success", "failed": False},
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("op", OPS)
@pytest.mark.parametrize("dialect", SUCCESSES)
def test_success_in_every_dialect(dialect: str, op: str, mode: str) -> None:
    server = Server([Answer(200, {**SUCCESSES[dialect], "data": PAYLOAD[op]})])
    assert returned(op, run(op, mode, server)) == VALUE[op]
    assert len(server.api_requests) == 1
    assert len(server.storage_requests) == (1 if op == "upload_via_signed_url" else 0)


# --- answers that are no envelope -----------------------------------------------------------


def spring(status: int, error: str) -> Answer:
    return Answer(
        status,
        {
            "timestamp": "2026-11-23T12:00:00.000+00:00",
            "path": "/serve/api/v2/embeddings/video",
            "status": status,
            "error": error,
            "requestId": "a1b2c3",
        },
    )


HTML_502 = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>"

#: name -> (answer, expected class, retried, words the message must hold)
GATEWAY: dict[str, tuple[Answer, type[MaviError], bool, list[str]]] = {
    "Spring JSON 503": (
        spring(503, "Service Unavailable"),
        ServerError,
        True,
        ["Service Unavailable", "/serve/api/v2/embeddings/video"],
    ),
    "Spring JSON 404": (
        spring(404, "Not Found"),
        NotFoundError,
        False,
        ["Not Found", "/serve/api/v2/embeddings/video"],
    ),
    "HTML 502": (Answer(502, HTML_502), ServerError, True, ["502 Bad Gateway"]),
    "empty 504": (Answer(504, b""), ServerError, True, ["empty"]),
    "text 401": (Answer(401, b"Unauthorized"), AuthError, False, ["Unauthorized"]),
    "JSON array 400": (Answer(400, [1, 2]), InvalidRequestError, False, ["[1, 2]"]),
    # An error status with a body that is almost an envelope: the status still decides.
    "429 without msg": (Answer(429, {"code": 429, "data": None}), RateLimitedError, True, []),
    "429 with a word for a code": (
        Answer(429, {"code": "TooManyRequests", "msg": "slow down"}),
        RateLimitedError,
        True,
        ["slow down"],
    ),
    "401 with msg null": (
        Answer(401, {"code": "0401", "msg": None, "data": None}),
        AuthError,
        False,
        [],
    ),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("op", OPS)
@pytest.mark.parametrize("name", GATEWAY)
def test_gateway_answers_are_judged_by_status(name: str, op: str, mode: str) -> None:
    answer, expected_class, retried, words = GATEWAY[name]
    server = Server([answer])
    with pytest.raises(MaviError) as info:
        run(op, mode, server)
    error = info.value
    assert type(error) is expected_class
    assert (error.status, error.code) == (answer.status, None)
    for word in words:
        assert word in error.msg
    assert len(server.api_requests) == (1 + RETRIES if retried else 1)


# A 5xx is a server-side failure whatever its body claims: retried, never a ProtocolError.
FIVE_XX = {
    "modern success code on 500": (500, {"code": 200, "msg": "x", "data": None}, 200),
    "success true on 503": (
        503,
        {"code": 503, "msg": "x", "data": None, "success": True, "failed": False},
        503,
    ),
    "malformed code on 503": (503, {"code": "ServiceUnavailable", "msg": "x"}, None),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", FIVE_XX)
def test_a_5xx_is_a_server_error_whatever_its_body(name: str, mode: str) -> None:
    status, body, code = FIVE_XX[name]
    server = Server([Answer(status, body)])
    with pytest.raises(MaviError) as info:
        run("embed_video", mode, server)
    assert type(info.value) is ServerError
    assert (info.value.status, info.value.code, info.value.msg) == (status, code, "x")
    assert len(server.api_requests) == 1 + RETRIES


# --- what breaks the contract ---------------------------------------------------------------


def ok(**fields: Any) -> dict[str, Any]:
    """A seed success for embed_video with ``fields`` changed (None value: drop the field)."""
    body: dict[str, Any] = {
        "code": "0000",
        "msg": "success",
        "data": {"embedding": VECTOR},
        "success": True,
        "failed": False,
    }
    body.update(fields)
    return {k: v for k, v in body.items() if v is not DROP}


DROP = object()

#: name -> (HTTP status, body): each must be a ProtocolError, never retried.
BROKEN: dict[str, tuple[int, bytes | dict[str, Any] | list[Any]]] = {
    "data missing": (200, ok(data=DROP)),
    "data null": (200, ok(data=None)),
    "data null, modern": (200, {"code": 200, "msg": "success", "data": None}),
    "data a list": (200, ok(data=[VECTOR])),
    "data without embedding": (200, ok(data={"vector": VECTOR})),
    "embedding a string": (200, ok(data={"embedding": "0.1,0.2"})),
    "1407 values": (200, ok(data={"embedding": VECTOR[:-1]})),
    "1409 values": (200, ok(data={"embedding": [*VECTOR, 0.5]})),
    "NaN in the vector": (
        200,
        json.dumps(ok(data={"embedding": VECTOR[1:]}))
        .replace('"embedding": [', '"embedding": [NaN, ')
        .encode(),
    ),
    "1e999 in the vector": (
        200,
        json.dumps(ok(data={"embedding": VECTOR[1:]}))
        .replace('"embedding": [', '"embedding": [1e999, ')
        .encode(),
    ),
    "success and failed both true": (200, ok(failed=True)),
    "success and failed both false": (200, ok(success=False)),
    "success code with success false": (200, ok(success=False, failed=True)),
    "success code with failed true only": (200, ok(success=DROP, failed=True)),
    "modern success code with success false": (
        200,
        {"code": 200, "msg": "x", "data": {"embedding": VECTOR}, "success": False},
    ),
    "error code with success true": (200, ok(code="0401")),
    "error code with failed false only": (200, ok(code="0429", success=DROP, failed=False)),
    "unknown code with success true": (200, ok(code="0777")),
    "success a string": (200, ok(success="true")),
    "failed null": (200, ok(failed=None)),
    "code free text": (200, ok(code="OK")),
    "code of five digits": (200, ok(code="00000")),
    "code empty": (200, ok(code="")),
    "code 0": (200, ok(code=0)),
    "code 1000": (200, ok(code=1000)),
    "code 99": (200, ok(code=99)),
    "code true": (200, ok(code=True)),
    "code null": (200, ok(code=None)),
    "code 200.0": (200, ok(code=200.0)),
    "code a list": (200, ok(code=["0000"])),
    "msg missing": (200, ok(msg=DROP)),
    "msg a number": (200, ok(msg=0)),
    "msg null": (200, ok(msg=None)),
    "not JSON on 200": (200, b"<html><body>OK</body></html>"),
    "empty body on 200": (200, b""),
    "JSON array on 200": (200, [ok()]),
    "JSON without code on 200": (200, {"msg": "success", "data": {"embedding": VECTOR}}),
    "Spring JSON on 200": (200, spring(200, "OK").body),
    "success code on 401": (401, {"code": "0000", "msg": "x", "data": None}),
    "success code, success false, on 401": (401, ok(success=False, failed=True, data=None)),
    "success true on 401": (401, ok(code="0401", data=None)),
    "success on 201": (201, ok()),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", BROKEN)
def test_what_breaks_the_contract_is_a_protocol_error(name: str, mode: str) -> None:
    status, body = BROKEN[name]
    server = Server([Answer(status, body)])
    with pytest.raises(MaviError) as info:
        run("embed_video", mode, server)
    assert type(info.value) is ProtocolError, info.value
    assert info.value.status == status
    assert len(server.api_requests) == 1 and server.sleeps == []


@pytest.mark.parametrize("op", ["upload", "upload_via_signed_url"])
@pytest.mark.parametrize("asset_id", [None, "", 660727003963174912])
def test_an_asset_id_that_is_not_a_string_is_a_protocol_error(op: str, asset_id: Any) -> None:
    data = {**PAYLOAD[op], "asset_id": asset_id}
    server = Server([Answer(200, {"code": "0000", "msg": "success", "data": data})])
    with pytest.raises(ProtocolError):
        run(op, "sync", server)
    assert server.storage_requests == []


@pytest.mark.parametrize(
    "data",
    [
        {"total": 1},
        {"total": 1, "resource": None},
        {"total": 1, "resource": [{**RECORD, "upload_status": "DONE"}]},
    ],
    ids=["no resource", "resource null", "unknown upload_status"],
)
def test_a_broken_metadata_payload_is_a_protocol_error(data: dict[str, Any]) -> None:
    server = Server([Answer(200, {"code": 200, "msg": "success", "data": data})])
    with pytest.raises(ProtocolError):
        run("get_asset", "sync", server)


def test_an_empty_metadata_payload_is_not_found_with_the_answers_code() -> None:
    data = {"total": 0, "resource": []}
    server = Server([Answer(200, {"code": 200, "msg": "success", "data": data})])
    with pytest.raises(NotFoundError) as info:
        run("get_asset", "sync", server)
    # What the answer means: no such asset (404), though it came as a success (HTTP 200).
    assert (info.value.status, info.value.http_status, info.value.code) == (404, 200, 200)


# --- upload through a signed URL ------------------------------------------------------------


def signed_url_answer(url: Any = SIGNED_URL) -> Answer:
    data = {"asset_id": ASSET, "signed_url": url, "expires_in": 93600}
    return Answer(200, {"code": "0000", "msg": "success", "data": data})


STORAGE_403 = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SignatureDoesNotMatch</Code>'
    b"<Message>The signed URL is not one this storage issued.</Message></Error>"
)


@pytest.mark.parametrize("mode", MODES)
def test_signed_url_upload_sends_the_key_to_the_api_only(mode: str) -> None:
    server = Server([signed_url_answer()], [Answer(204)])
    assert run("upload_via_signed_url", mode, server) == ASSET
    (api,) = server.api_requests
    assert (api.method, str(api.url)) == ("POST", f"{API}/upload/signed-url")
    assert api.headers["Authorization"] == KEY
    assert json.loads(api.content) == {"original_filename": "clip.mp4"}
    (storage,) = server.storage_requests
    assert (storage.method, str(storage.url)) == ("POST", SIGNED_URL)
    assert "Authorization" not in storage.headers
    assert KEY.encode() not in storage.content
    content_type = storage.headers["Content-Type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    assert "boundary=+++" not in content_type
    assert b'name="file"; filename="clip.mp4"' in storage.content
    assert b"Content-Type: video/mp4" in storage.content
    assert FILE_BYTES in storage.content


def test_signed_url_upload_of_a_path(tmp_path: Path) -> None:
    video = tmp_path / "big.mov"
    video.write_bytes(FILE_BYTES)
    server = Server([signed_url_answer()], [Answer(200, b"")])
    with MaviClient(KEY, transport=httpx.MockTransport(server), max_retries=0) as client:
        assert client.upload_via_signed_url(video) == ASSET
    assert json.loads(server.api_requests[0].content) == {"original_filename": "big.mov"}
    assert b"Content-Type: video/quicktime" in server.storage_requests[0].content


@pytest.mark.parametrize("mode", MODES)
def test_a_storage_403_is_an_auth_error(mode: str) -> None:
    server = Server([signed_url_answer()], [Answer(403, STORAGE_403)])
    with pytest.raises(MaviError) as info:
        run("upload_via_signed_url", mode, server)
    assert type(info.value) is AuthError
    assert (info.value.status, info.value.code) == (403, None)
    assert "SignatureDoesNotMatch: The signed URL is not one this storage issued." in info.value.msg
    assert len(server.storage_requests) == 1 and server.sleeps == []


@pytest.mark.parametrize("status", [400, 405, 413, 415])
def test_other_storage_errors_are_invalid_requests(status: int) -> None:
    # The mock answers an expired URL with 400 ExpiredToken, a file too large with 413.
    body = b"<Error><Code>ExpiredToken</Code><Message>Too late</Message></Error>"
    server = Server([signed_url_answer()], [Answer(status, body)])
    with pytest.raises(MaviError) as info:
        run("upload_via_signed_url", "sync", server)
    assert type(info.value) is InvalidRequestError
    assert "ExpiredToken: Too late" in info.value.msg
    assert len(server.storage_requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_storage_503_is_retried_with_the_whole_file(mode: str) -> None:
    server = Server(
        [signed_url_answer()], [Answer(503, b"<html>busy</html>"), Answer(503, b""), Answer(204)]
    )
    assert run("upload_via_signed_url", mode, server) == ASSET
    assert len(server.api_requests) == 1
    assert len(server.storage_requests) == 3 and len(server.sleeps) == 2
    assert all(FILE_BYTES in r.content for r in server.storage_requests)
    assert all("Authorization" not in r.headers for r in server.storage_requests)


class OneWayStream(io.RawIOBase):
    """A binary stream that cannot seek, like a pipe."""

    def __init__(self, data: bytes) -> None:
        self.data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self.data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_a_storage_503_is_not_retried_with_a_stream_that_cannot_rewind() -> None:
    # httpx seeks a file to 0 before each send; one that cannot seek would go out empty.
    server = Server([signed_url_answer()], [Answer(503, b""), Answer(204)])
    with (
        MaviClient(KEY, transport=httpx.MockTransport(server), max_retries=2) as client,
        pytest.raises(ServerError) as info,
    ):
        client.upload_via_signed_url(
            io.BufferedReader(OneWayStream(FILE_BYTES)), filename="clip.mp4"
        )
    # The storage's own answer, not a complaint about the stream, with the reason it stopped.
    assert info.value.status == 503
    assert "cannot be rewound" in " ".join(info.value.__notes__)
    assert len(server.storage_requests) == 1
    assert FILE_BYTES in server.storage_requests[0].content


def test_a_storage_503_that_lasts_is_a_server_error() -> None:
    server = Server([signed_url_answer()], [Answer(503, b"")])
    with pytest.raises(ServerError):
        run("upload_via_signed_url", "sync", server)
    assert len(server.storage_requests) == 1 + RETRIES


def test_a_storage_answer_other_than_200_or_204_is_a_protocol_error() -> None:
    server = Server([signed_url_answer()], [Answer(201, b"")])
    with pytest.raises(ProtocolError):
        run("upload_via_signed_url", "sync", server)


@pytest.mark.parametrize(
    "url", ["/storage/upload/re_1?expires=1&signature=ab", "ftp://storage.example/x", "", None, 7]
)
def test_a_signed_url_that_is_not_absolute_is_a_protocol_error(url: Any) -> None:
    server = Server([signed_url_answer(url)])
    with pytest.raises(ProtocolError):
        run("upload_via_signed_url", "sync", server)
    assert len(server.api_requests) == 1 and server.storage_requests == []
