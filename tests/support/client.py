"""Helpers of the client tests: fake answers (envelopes in each dialect, gateway pages, broken
envelopes) and a fake network.

``EXPECTED``, the one status -> class table, is kit_testing.error_classes' (contract_tests/ reads
it too). ``Server`` is one ``httpx.MockTransport`` handler for the API and the storage; ``call``
runs any client method, sync or async, over it.
"""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import yaml

from kit_testing.error_classes import EXPECTED
from mavi_client import AsyncMaviClient, MaviClient, MaviError, RetryPolicy
from tests.support import KEY, ROOT

__all__ = ["EXPECTED", "KEY"]

SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text())
TABLE: list[dict[str, Any]] = SPEC["x-dialect-table"]
ROW: dict[int, dict[str, Any]] = {row["status"]: row for row in TABLE}

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
RETRIES = 2  # so that a retried error is seen 1 + 2 = 3 times
OPS = ("embed_video", "upload", "get_asset", "upload_via_signed_url")
MODES = ("sync", "async")

#: The success payload (``data``) of each operation, and what the client returns for it.
PAYLOAD: dict[str, dict[str, Any]] = {
    "embed_video": {"embedding": VECTOR},
    "upload": {"asset_id": ASSET},
    "get_asset": {"total": 1, "resource": [RECORD]},
    "upload_via_signed_url": {"asset_id": ASSET, "signed_url": SIGNED_URL, "expires_in": 93600},
}
VALUE: dict[str, Any] = {
    "embed_video": VECTOR,
    "upload": ASSET,
    "get_asset": RECORD,
    "upload_via_signed_url": ASSET,
}


def returned(op: str, value: Any) -> Any:
    return value.to_dict() if op == "get_asset" else value


# --- answers -------------------------------------------------------------------------------------


def envelope(code: Any, data: Any = None, *, msg: str = "success", ok: bool = True) -> bytes:
    body = {"code": code, "msg": msg, "data": data, "success": ok, "failed": not ok}
    return json.dumps(body).encode()


def error_body(status: int, code: Any, msg: str = "Request has exceeded the limit.") -> bytes:
    return envelope(code, None, msg=msg, ok=False)


def ok_embedding(code: Any = "0000", vector: Any = VECTOR) -> httpx.Response:
    return httpx.Response(200, content=envelope(code, {"embedding": vector}))


def rate_limited(retry_after: str | None = None) -> httpx.Response:
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return httpx.Response(429, content=error_body(429, "0429"), headers=headers)


def unavailable() -> httpx.Response:
    return httpx.Response(503, content=envelope("0503", None, msg="busy", ok=False))


def metadata(status: str) -> httpx.Response:
    record = {**RECORD, "original_filename": "a.mp4", "file_size": "10", "upload_status": status}
    return httpx.Response(200, content=envelope("0000", {"total": 1, "resource": [record]}))


@dataclass
class Answer:
    status: int
    body: bytes | dict[str, Any] | list[Any] = b""
    headers: dict[str, str] = field(default_factory=dict)

    def response(self) -> httpx.Response:
        content = self.body if isinstance(self.body, bytes) else json.dumps(self.body).encode()
        return httpx.Response(self.status, content=content, headers=self.headers)


DIALECTS = ("seed", "modern", "legacy", "legacy without success/failed")


def error_answer(dialect: str, status: int) -> tuple[Answer, int, str | int]:
    """The answer for ``status`` in ``dialect``, the HTTP status it travels at, and its code."""
    row = ROW[status]
    msg = row["message"]
    headers = {"Retry-After": "7"} if status == 429 else {}
    if dialect == "seed":
        body = {"code": row["seed"], "msg": msg, "data": None, "success": False, "failed": True}
        return Answer(status, body, headers), status, row["seed"]
    if dialect.startswith("modern"):
        body = {"code": row["modern"], "msg": msg, "data": None}
        if dialect == "modern with success/failed":
            body |= {"success": False, "failed": True}
        return Answer(status, body, headers), status, row["modern"]
    body = {"code": row["legacy"], "msg": msg, "data": None}
    if dialect == "legacy":
        body |= {"success": False, "failed": True}
    return Answer(200, body, headers), 200, row["legacy"]


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


def gateway(answer: Answer, words: list[str]) -> tuple[Answer, type[MaviError], bool, list[str]]:
    expected_class, retried = EXPECTED[answer.status]
    return answer, expected_class, retried, words


#: name -> (answer, expected class, retried, words the message must hold)
GATEWAY: dict[str, tuple[Answer, type[MaviError], bool, list[str]]] = {
    "Spring JSON 503": gateway(
        spring(503, "Service Unavailable"),
        ["Service Unavailable", "/serve/api/v2/embeddings/video"],
    ),
    "Spring JSON 404": gateway(
        spring(404, "Not Found"), ["Not Found", "/serve/api/v2/embeddings/video"]
    ),
    "HTML 502": gateway(Answer(502, HTML_502), ["502 Bad Gateway"]),
    "empty 504": gateway(Answer(504, b""), ["empty"]),
    "text 401": gateway(Answer(401, b"Unauthorized"), ["Unauthorized"]),
    "JSON array 400": gateway(Answer(400, [1, 2]), ["[1, 2]"]),
    # An error status with a body that is almost an envelope: the status still decides.
    "429 without msg": gateway(Answer(429, {"code": 429, "data": None}), []),
    "429 with a word for a code": gateway(
        Answer(429, {"code": "TooManyRequests", "msg": "slow down"}), ["slow down"]
    ),
    "401 with msg null": gateway(Answer(401, {"code": "0401", "msg": None, "data": None}), []),
}

DROP = object()


def ok(**fields: Any) -> dict[str, Any]:
    """A seed success for embed_video with ``fields`` changed (the value DROP: drop the field)."""
    body: dict[str, Any] = {
        "code": "0000",
        "msg": "success",
        "data": {"embedding": VECTOR},
        "success": True,
        "failed": False,
    }
    body.update(fields)
    return {k: v for k, v in body.items() if v is not DROP}


def _with_first(value: str) -> bytes:
    text = json.dumps(ok(data={"embedding": VECTOR[1:]}))
    return text.replace('"embedding": [', f'"embedding": [{value}, ').encode()


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
    "NaN in the vector": (200, _with_first("NaN")),
    "1e999 in the vector": (200, _with_first("1e999")),
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


def signed_url_answer(url: Any = SIGNED_URL) -> Answer:
    data = {"asset_id": ASSET, "signed_url": url, "expires_in": 93600}
    return Answer(200, {"code": "0000", "msg": "success", "data": data})


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


# --- the network and the clock -------------------------------------------------------------------


class Clock:
    """A fake monotonic clock that only moves when slept on (or when a request takes time)."""

    def __init__(self) -> None:
        self.now = 0.0
        #: (when the sleep started, how long it was)
        self.sleeps: list[tuple[float, float]] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append((self.now, seconds))
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


Reply = Answer | httpx.Response | Exception


class Server:
    """The API and the storage behind one MockTransport handler; each keeps the requests it saw.

    Each side answers from its list in turn, the last answer repeating; an exception is raised.
    With a ``clock``, each API request records the clock and its timeout, and costs ``cost`` s.
    ``sleeps`` gets the client's sleeps when ``call`` or ``client_for`` made the client.
    """

    def __init__(
        self,
        *answers: Reply,
        storage: tuple[Reply, ...] = (Answer(204),),
        clock: Clock | None = None,
        cost: float = 0.0,
    ) -> None:
        self.answers: list[Reply] = list(answers)
        self.storage: list[Reply] = list(storage)
        self.requests: list[httpx.Request] = []
        self.storage_requests: list[httpx.Request] = []
        self.sleeps: list[float] = []
        #: (the clock when the request was sent, its timeout extension)
        self.timeouts: list[tuple[float, dict[str, float | None]]] = []
        self.clock, self.cost = clock, cost

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        if request.url.host == STORAGE_HOST:
            self.storage_requests.append(request)
            answers = self.storage
        else:
            assert str(request.url).startswith(API + "/"), request.url
            self.requests.append(request)
            answers = self.answers
            if self.clock is not None:
                self.timeouts.append((self.clock.now, dict(request.extensions["timeout"])))
                self.clock.now += self.cost
        answer = answers.pop(0) if len(answers) > 1 else answers[0]
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, Answer):
            return answer.response()
        # A fresh copy: a client binds the answer's stream to itself (sync or async).
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)


def client_for(server: Server, *, retries: int = 0, **kw: Any) -> MaviClient:
    """A sync client over ``server``: backoff from 0.5 s up to 8 s, sleeps kept in server.sleeps."""
    return MaviClient(
        KEY,
        transport=httpx.MockTransport(server),
        retry=RetryPolicy(max_retries=retries, base_delay=0.5, max_delay=8.0),
        sleep=server.sleeps.append,
        **kw,
    )


def call(
    mode: str,
    server: Server,
    method: str,
    *args: Any,
    clock: Clock | None = None,
    options: dict[str, Any] | None = None,
    **kwargs: Any,
) -> Any:
    """Call ``method`` on a sync or async client over ``server``; its sleeps go to ``clock`` if
    given, else to ``server.sleeps`` (unless ``options`` names a ``sleep``)."""
    options = dict(options or {})
    if clock is not None:
        options.setdefault("clock", clock)
    if mode == "sync":
        options.setdefault("sleep", clock.sleep if clock is not None else server.sleeps.append)
        with MaviClient(KEY, transport=httpx.MockTransport(server), **options) as client:
            return getattr(client, method)(*args, **kwargs)

    async def record(seconds: float) -> None:
        server.sleeps.append(seconds)

    options.setdefault("sleep", clock.async_sleep if clock is not None else record)

    async def main() -> Any:
        async with AsyncMaviClient(KEY, transport=httpx.MockTransport(server), **options) as client:
            method_of: Callable[..., Awaitable[Any]] = getattr(client, method)
            return await method_of(*args, **kwargs)

    return asyncio.run(main())


#: What each operation's errors say they were about (``MaviError.subject``).
SUBJECT = {
    "embed_video": f"asset {ASSET}",
    "get_asset": f"asset {ASSET}",
    "upload": "file clip.mp4",
    "upload_via_signed_url": "file clip.mp4",
}


def assert_origin(error: Any, op: str, server: Server, subject: str | None = None) -> None:
    """The error carries its call's origin: what it was about, how many requests it sent, and
    the request answered (the last one ``server`` received)."""
    assert error.subject == (subject or SUBJECT[op]), error
    assert error.attempts == len(server.requests), error
    last = server.requests[-1]
    assert (error.method, error.path) == (last.method, last.url.path), error


def run(op: str, mode: str, server: Server, retries: int = RETRIES) -> Any:
    """Call operation ``op`` with its usual arguments; backoff of a millisecond or two."""
    policy = RetryPolicy(max_retries=retries, base_delay=0.001, max_delay=0.002)
    options = {"retry": policy}
    if op in ("upload", "upload_via_signed_url"):
        return call(mode, server, op, io.BytesIO(FILE_BYTES), filename="clip.mp4", options=options)
    return call(mode, server, op, ASSET, options=options)
