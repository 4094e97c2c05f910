"""Stand-in providers on loopback, for the proxy's tests, the cassette tests and the benchmarks.

``StandIn(routes)`` serves the provider's routes under ``BASE_PATH`` on ``127.0.0.1`` (werkzeug's
threaded server, in a thread) and answers each operation from ``routes``: operationId -> a list of
answer makers, taken in turn (the n-th request of an operation gets maker ``n % len``). Three
sets are ready:

- ``CONFORMING``: the seed dialect, as the contract's examples (an upload, metadata, a 1408-float
  embedding of about 17 KB, a signed URL with a signature and a credential in its query);
- ``DEVIATING``: each deviation the drift must report, and nothing else (``KNOWN_DEVIATIONS``):
  metadata answered in the seed and the modern dialect by turns, a 1024-float vector, a
  signed-URL answer whose ``expires_in`` is a string, an upload answered with the undeclared
  status 418, and a proxy's HTML 502 page for every second embedding;
- ``HOSTILE``: a slow embedding (``SLOW_SECONDS``), a reset metadata connection; and
  ``go_away()`` stops the provider mid-recording (its port then refuses connections).

``serving(app)`` runs any WSGI app (the proxy) the same way, for the block.

Every wait is bounded and ends when the stand-in is closed. ``requests`` keeps what the stand-in
was sent (the last ``KEPT`` requests: the raw request target, headers, and bodies up to 64 KiB,
else their SHA-256).
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import random
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import orjson
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from kit_testing.constants import BASE_PATH
from mock_server.transport import break_connection

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

MODEL = "multimodalembedding@001"
SLOW_SECONDS = 1.5
#: No answer waits longer than this, whatever it asks.
LONGEST = 10.0
KEPT = 1000
HTML_502 = (
    b"<html><head><title>502 Bad Gateway</title></head>"
    b"<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n"
)


class Quiet(WSGIRequestHandler):
    """No access lines (werkzeug closes every connection after its answer, whatever this says)."""

    def log(self, type: str, message: str, *args: Any) -> None:
        pass


@dataclass(frozen=True)
class Answer:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    #: Seconds to wait before answering (bounded by ``LONGEST``).
    delay: float = 0.0
    #: Break the connection with an RST instead of answering.
    reset: bool = False
    headers: tuple[tuple[str, str], ...] = ()


Maker = Callable[["Call"], Answer]


@dataclass(frozen=True)
class Call:
    """What an answer maker is given: the request's asset id (path or body) and the stand-in."""

    asset_id: str
    origin: str
    body: bytes


@dataclass
class Seen:
    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes | None
    sha256: str
    size: int
    #: The request target as it came on the wire (path and query, still percent-encoded).
    target: str = ""


def envelope(data: Any, code: str | int = "0000", *, seed: bool = True) -> bytes:
    body: dict[str, Any] = {"code": code, "msg": "success", "data": data}
    if seed:
        body |= {"success": True, "failed": False}
    return orjson.dumps(body)


@functools.lru_cache(maxsize=64)
def embedding_body(asset_id: str, dimensions: int = 1408) -> bytes:
    """A unit vector of ``dimensions`` floats (9 digits: about 17 KB for 1408), seeded by id."""
    draw = random.Random(f"{asset_id}/{dimensions}")
    values = [draw.gauss(0.0, 1.0) for _ in range(dimensions)]
    norm = sum(v * v for v in values) ** 0.5
    return envelope({"embedding": [round(v / norm, 9) for v in values]})


def metadata(asset_id: str) -> dict[str, Any]:
    return {
        "total": 1,
        "resource": [
            {
                "extension": "mp4",
                "asset_id": asset_id,
                "original_filename": "clip.mp4",
                "file_size": "1048576",
                "upload_status": "SUCCESS",
                "create_time": "1766989317192",
                "modify_time": "1766989317192",
            }
        ],
    }


def signed_url(call: Call, expires_in: Any = 93600) -> bytes:
    url = (
        f"{call.origin}/storage/upload/{call.asset_id}?expires=1796406419"
        f"&X-Amz-Credential=AKIASTANDIN%2F20261203&signature={'5e' * 16}"
    )
    return envelope({"asset_id": call.asset_id, "signed_url": url, "expires_in": expires_in})


def seed_upload(call: Call) -> Answer:
    return Answer(body=envelope({"asset_id": call.asset_id}))


def seed_metadata(call: Call) -> Answer:
    return Answer(body=envelope(metadata(call.asset_id)))


def seed_embedding(call: Call) -> Answer:
    return Answer(body=embedding_body(call.asset_id))


def seed_signed_url(call: Call) -> Answer:
    return Answer(body=signed_url(call))


def modern_metadata(call: Call) -> Answer:
    return Answer(body=envelope(metadata(call.asset_id), 200, seed=False))


def short_embedding(call: Call) -> Answer:
    return Answer(body=embedding_body(call.asset_id, 1024))


def string_expiry(call: Call) -> Answer:
    return Answer(body=signed_url(call, expires_in="93600"))


def teapot_upload(call: Call) -> Answer:
    body = orjson.dumps(
        {"code": "0418", "msg": "I'm a teapot", "data": None, "success": False, "failed": True}
    )
    return Answer(status=418, body=body)


def html_502(call: Call) -> Answer:
    return Answer(status=502, body=HTML_502, content_type="text/html")


def slow_embedding(call: Call) -> Answer:
    return Answer(body=embedding_body(call.asset_id), delay=SLOW_SECONDS)


def reset(call: Call) -> Answer:
    return Answer(reset=True)


Routes = Mapping[str, Sequence[Maker]]

CONFORMING: Routes = {
    "uploadAsset": [seed_upload],
    "getAssetMetadata": [seed_metadata],
    "createVideoEmbedding": [seed_embedding],
    "createSignedUploadUrl": [seed_signed_url],
}
DEVIATING: Routes = {
    "uploadAsset": [teapot_upload],
    "getAssetMetadata": [seed_metadata, modern_metadata],
    "createVideoEmbedding": [short_embedding, html_502],
    "createSignedUploadUrl": [string_expiry],
}
#: What ``DEVIATING`` does, by operation (the drift must report each, and nothing else).
KNOWN_DEVIATIONS = {
    "uploadAsset": "the undeclared status 418",
    "getAssetMetadata": "the seed and the modern dialect by turns",
    "createVideoEmbedding": "a 1024-float vector; an HTML 502 page every second answer",
    "createSignedUploadUrl": "data.expires_in a string (/data/expires_in)",
}
HOSTILE: Routes = {
    **CONFORMING,
    "createVideoEmbedding": [slow_embedding],
    "getAssetMetadata": [reset],
}


@contextmanager
def serving(app: WSGIApplication) -> Iterator[str]:
    """Any WSGI app (the proxy, say) on a loopback port in a thread, for the block: its origin."""
    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=Quiet)
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=LONGEST)


def operation_of(method: str, path: str) -> tuple[str | None, str]:
    """(operationId, asset id in the path) of a request below ``BASE_PATH``."""
    rest = path.removeprefix(BASE_PATH)
    if method == "POST" and rest in ("/upload", "/embeddings/video", "/upload/signed-url"):
        names = {
            "/upload": "uploadAsset",
            "/embeddings/video": "createVideoEmbedding",
            "/upload/signed-url": "createSignedUploadUrl",
        }
        return names[rest], ""
    parts = rest.split("/")
    if method == "GET" and len(parts) == 3 and parts[2] == "metadata":
        return "getAssetMetadata", parts[1]
    if method == "POST" and path.startswith("/storage/upload/"):
        return "uploadToSignedUrl", path.rsplit("/", 1)[1]
    return None, ""


@dataclass
class StandIn:
    """``with StandIn(CONFORMING) as provider:`` serves on ``provider.url`` (with the base path)."""

    routes: Routes = field(default_factory=lambda: CONFORMING)
    requests: deque[Seen] = field(default_factory=lambda: deque(maxlen=KEPT))

    def __post_init__(self) -> None:
        self._stop = threading.Event()
        self._counts: dict[str, itertools.count[int]] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None
        self.origin = ""

    @property
    def url(self) -> str:
        return self.origin + BASE_PATH

    def __enter__(self) -> StandIn:
        server = make_server("127.0.0.1", 0, self.app, threaded=True, request_handler=Quiet)
        server.timeout = 0.2
        self._server = server
        self.origin = f"http://127.0.0.1:{server.server_port}"
        self._thread = threading.Thread(
            target=server.serve_forever, args=(0.02,), name="standin", daemon=True
        )
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.go_away()

    def go_away(self) -> None:
        """Stop answering and close the port: the provider is gone (connections refused)."""
        self._stop.set()
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=LONGEST)

    def _next(self, operation: str) -> int:
        with self._lock:
            return next(self._counts.setdefault(operation, itertools.count()))

    def app(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        method = environ["REQUEST_METHOD"]
        path = environ.get("PATH_INFO", "")
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(length) if length else b""
        headers = {
            key[5:].replace("_", "-").title(): value
            for key, value in environ.items()
            if key.startswith("HTTP_")
        }
        if environ.get("CONTENT_TYPE"):
            headers["Content-Type"] = environ["CONTENT_TYPE"]
        self.requests.append(
            Seen(
                method,
                path,
                environ.get("QUERY_STRING", ""),
                headers,
                body if len(body) <= 65536 else None,
                hashlib.sha256(body).hexdigest(),
                len(body),
                environ.get("RAW_URI", ""),
            )
        )
        operation, asset_id = operation_of(method, path)
        makers = self.routes.get(operation or "", ())
        if operation == "uploadToSignedUrl":
            return self._send(start_response, Answer(status=204, content_type=""))
        if not makers or operation is None:
            answer = Answer(404, orjson.dumps({"code": "0404", "msg": "Not Found", "data": None}))
            return self._send(start_response, answer)
        if not asset_id:
            asset_id = self._asset_in(body)
        call = Call(asset_id, self.origin, body)
        answer = makers[self._next(operation) % len(makers)](call)
        if answer.delay:
            self._stop.wait(min(answer.delay, LONGEST))
        if answer.reset:
            break_connection(dict(environ), "reset")
            start_response("500 Internal Server Error", [])
            return []
        return self._send(start_response, answer)

    def _asset_in(self, body: bytes) -> str:
        try:
            found = orjson.loads(body).get("asset_id")
        except (orjson.JSONDecodeError, AttributeError):
            found = None
        return found if isinstance(found, str) else f"re_{700000000000 + next(self._ids)}"

    @staticmethod
    def _send(start_response: StartResponse, answer: Answer) -> list[bytes]:
        headers = [("Content-Length", str(len(answer.body))), *answer.headers]
        if answer.content_type:
            headers.append(("Content-Type", answer.content_type))
        start_response(f"{answer.status} {HTTPStatus(answer.status).phrase}", headers)
        return [answer.body]
