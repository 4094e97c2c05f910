"""``mavi-mock proxy --upstream URL [--record DIR]``: the provider's routes, forwarded and checked.

``Proxy`` is a WSGI app. A request under ``BASE_PATH`` goes to ``upstream + rest`` (the request
target as it came on the wire: ``RAW_URI`` where the server gives it, werkzeug does; else, under
granian, the decoded path percent-encoded again, where a ``%2F`` cannot be told from a ``/``) with
the caller's headers (its key) minus hop-by-hop ones (``har.HOP_BY_HOP``), its ``Accept-Encoding``
narrowed to what the proxy decodes (gzip, deflate; else identity), through one pooled httpx client;
the answer comes back unchanged (status, body bytes, every header but hop-by-hop ones). A JSON
request's body is read whole (up to ``KEEP_BODY``); a multipart upload streams through in ``CHUNK``
pieces, its ``file`` part hashed on the way (nothing of it is kept); the answer is read up to
``MAX_ANSWER`` bytes. Each exchange is checked against the contract (``proxy_drift.checked``, its
messages masked), added to the ``drift.DriftBook`` that ``GET /__mock/drift`` answers, and, with
``--record``, written to ``DIR/recording.har`` (``har.HarWriter``) before its answer is returned: a
client that saw an answer has its entry on disk. An upstream that cannot be reached, resets the
connection or times out gets the mock's gateway page (HTML 502) and is counted in the drift.

Served by granian (``run``), with ONE worker so that there is one DriftBook. The report at exit
(``DIR/drift.md`` and ``mavi-mock: --dialect <setting>`` on stderr) is made by the master, which
outlives its worker (``proxy_drift.report_at_exit``): with ``--record`` it recomputes the drift
from the HAR the worker wrote, read back entry by entry, skipping the entries the file held
before this run (that survives a worker that died and was respawned, and needs no request to a
worker that is being stopped). Without ``--record`` nothing is recorded: the worker writes its
DriftBook's summary to one scratch file (at most once a second, and when it stops) that the
master reads, in a temporary directory removed at exit: bounded disk whatever the traffic.
"""

from __future__ import annotations

import atexit
import functools
import multiprocessing.util
import os
import ssl
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import certifi
import httpx
import orjson

from .config import BASE_PATH
from .drift import Conformance, DriftBook, Observed
from .har import (
    CHUNK,
    HAR_NAME,
    HOP_BY_HOP,
    HarWriter,
    Masker,
    Recorded,
    Upload,
    har_entry,
    iter_entries,
    key_secrets,
)
from .har import header as find_header
from .infrastructure import HTML_502
from .proxy_drift import Summary, checked, drift_since, report_at_exit, undecoded_content
from .proxy_wire import MAX_ANSWER, answer_headers, decoded, request_headers, upstream_target

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIEnvironment

CONFIG_ENV = "MAVI_MOCK_PROXY_CONFIG"
TARGET = "mock_server.proxy:app_from_environment"
__all__ = [
    "HOP_BY_HOP",
    "Proxy",
    "ProxyConfig",
    "drift_since",
    "report_at_exit",
    "run",
    "upstream_target",
]
#: A request body up to this size is kept (JSON: checked and written); a bigger one streams.
KEEP_BODY = 1024 * 1024
JSON_TYPE = "application/json"


@dataclass(frozen=True)
class ProxyConfig:
    upstream: str
    record: str | None = None
    #: Seconds to wait for the upstream's answer (and to connect: at most 10).
    timeout: float = 60.0
    #: Without ``record``: the scratch file the worker's drift summary goes to.
    summary: str | None = None


def envelope(status: int, message: str) -> dict[str, Any]:
    """The proxy's own errors, in the provider's (seed) envelope: the one place they are built."""
    return {"code": f"{status:04d}", "msg": message, "data": None, "success": False, "failed": True}


class UpstreamError(Exception):
    """The upstream gave no usable answer (unreachable, reset, timed out, too big)."""


@functools.cache
def tls_context() -> ssl.SSLContext:
    """httpx's default verification (certifi's roots), built once per process (about 50 ms)."""
    return ssl.create_default_context(cafile=certifi.where())


class Proxy:
    """The WSGI app (one per worker): forward, check, record."""

    def __init__(self, config: ProxyConfig) -> None:
        self.config = config
        self.upstream = config.upstream.rstrip("/")
        self.client = httpx.Client(
            timeout=httpx.Timeout(config.timeout, connect=min(10.0, config.timeout)),
            limits=httpx.Limits(max_connections=256, max_keepalive_connections=64),
            follow_redirects=False,
            trust_env=False,
            verify=tls_context(),
        )
        self.conformance = Conformance()
        self.book = DriftBook()
        self.writer = HarWriter(Path(config.record) / HAR_NAME) if config.record else None
        self.summary = (
            Summary(Path(config.summary), self.book)
            if config.summary and not config.record
            else None
        )
        #: Whether a HAR entry could not be written (said once on stderr).
        self.write_failed = False
        #: Whether the last exchange found the upstream failing (said once, then on recovery).
        self.upstream_failed = False

    def close(self) -> None:
        self.client.close()
        if self.writer is not None:
            self.writer.close()
        if self.summary is not None:
            self.summary.close()

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if path in ("/__mock/drift", "/__mock/health"):
            if environ["REQUEST_METHOD"] not in ("GET", "HEAD"):
                message = f"Method Not Allowed: {path} answers GET"
                return self._json(start_response, 405, envelope(405, message))
            if path == "/__mock/health":
                return self._json(start_response, 200, {"status": "ok", "mode": "proxy"})
            return self._json(start_response, 200, self.book.report())
        if not path.startswith(BASE_PATH + "/"):
            message = f"Not Found: the proxy forwards {BASE_PATH}/... and answers /__mock/drift"
            return self._json(start_response, 404, envelope(404, message))
        if not str(environ.get("CONTENT_LENGTH") or "0").isdigit():  # a server that let it by
            message = "Invalid parameters: Content-Length is not a number of bytes"
            return self._json(start_response, 400, envelope(400, message))
        return self.forward(environ, start_response)

    @staticmethod
    def _json(start_response: StartResponse, status: int, value: Any) -> list[bytes]:
        body = orjson.dumps(value)
        phrase = {200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed"}[
            status
        ]
        start_response(
            f"{status} {phrase}",
            [("Content-Type", JSON_TYPE), ("Content-Length", str(len(body)))],
        )
        return [body]

    def forward(self, environ: WSGIEnvironment, start_response: StartResponse) -> list[bytes]:
        started, begun = time.time(), time.perf_counter()
        method = environ["REQUEST_METHOD"]
        api_path, query = upstream_target(environ)
        url = self.upstream + api_path + (f"?{query}" if query else "")
        headers, content, kept, upload = self._request_body(environ)
        error: str | None = None
        try:
            status, reason, answer, raw, sent, waited = self._send(method, url, headers, content)
        except UpstreamError as exc:
            error = str(exc)
            self._say_upstream(error)
            status, reason, raw = 502, "Bad Gateway", HTML_502
            answer = [("Content-Type", "text/html"), ("Content-Length", str(len(raw)))]
            sent = waited = time.perf_counter()
        if error is None and self.upstream_failed:
            self._say_upstream(None)
        encoding = find_header(answer, "content-encoding") if error is None else None
        body = decoded(raw, encoding)
        undecoded = None if body is not None else (encoding or "?")
        content_type = environ.get("CONTENT_TYPE") or None
        request_body = kept if (content_type or "").lower().startswith(JSON_TYPE) else None
        masker = Masker(key_secrets(headers))
        seen_here = Observed(
            method,
            api_path,
            content_type,
            request_body,
            status,
            find_header(answer, "content-type"),
            raw if body is None else body,
            error,
        )
        finding = checked(self.conformance, seen_here, masker, undecoded)
        self.book.add(finding)
        if self.summary is not None:
            self.summary.changed()
        if self.writer is not None:
            ended = time.perf_counter()
            extra: dict[str, Any] = {
                "_operation": finding.operation,
                "_dialects": list(finding.dialects),
            }
            if error is not None:
                extra["_upstreamError"] = masker.text(error)
            length = int(environ.get("CONTENT_LENGTH") or 0)
            seen = Recorded(
                started=started,
                method=method,
                url=url,
                request_headers=headers,
                request_body=kept,
                request_size=upload.size if upload else len(kept or b"") or length,
                status=status,
                reason=reason,
                response_headers=answer,
                response_body=raw if body is None else body,
                response_size=len(raw),
                timings={
                    "send": (sent - begun) * 1000,
                    "wait": (waited - sent) * 1000,
                    "receive": (ended - waited) * 1000,
                },
                api_path=api_path,
                files=upload.files if upload else [],
                fields=upload.fields if upload else [],
                extra=extra,
            )
            entry = har_entry(seen, masker)
            if undecoded is not None:
                mime = find_header(answer, "content-type") or ""
                entry["response"]["content"] = undecoded_content(raw, mime, undecoded)
            self._record(entry)
        start_response(f"{status} {reason}", answer)
        return [raw]

    def _request_body(
        self, environ: WSGIEnvironment
    ) -> tuple[list[tuple[str, str]], bytes | Iterable[bytes], bytes | None, Upload | None]:
        """(headers to send, the body to send, the body kept or None, the upload's description):
        a multipart upload streams through, hashed; a body up to ``KEEP_BODY`` is read whole,
        a bigger one streams through and is not kept."""
        headers = request_headers(environ)
        content_type = environ.get("CONTENT_TYPE") or ""
        length = int(environ["CONTENT_LENGTH"]) if environ.get("CONTENT_LENGTH") else None
        chunked = "chunked" in environ.get("HTTP_TRANSFER_ENCODING", "").lower()
        stream = environ["wsgi.input"]
        if content_type.lower().startswith("multipart/form-data"):
            upload = Upload(content_type, stream, None if chunked else length)
            return headers, upload, None, upload
        if not chunked and (length or 0) <= KEEP_BODY:
            kept = stream.read(length) if length else b""
            return headers, kept, kept, None
        head = stream.read(KEEP_BODY + 1) if chunked else b""
        if chunked and len(head) <= KEEP_BODY:  # now of a known length
            headers = [h for h in headers if h[0].lower() != "content-length"]
            return [*headers, ("Content-Length", str(len(head)))], head, head, None
        return headers, self._rest(head, stream, None if chunked else length), None, None

    def _say_upstream(self, error: str | None) -> None:
        """One line on stderr when the upstream starts failing, and one when it answers again."""
        if (error is not None) == self.upstream_failed:
            return
        self.upstream_failed = error is not None
        if error is None:
            print("mavi-mock proxy: the upstream answers again", file=sys.stderr)
        else:
            print(
                f"mavi-mock proxy: the upstream failed ({error}): answered 502, counted in"
                " /__mock/drift (said again only after it answers)",
                file=sys.stderr,
            )

    def _record(self, entry: dict[str, Any]) -> None:
        assert self.writer is not None
        try:
            self.writer.write(entry)
        except OSError as exc:  # a full disk: the client still gets its answer
            if not self.write_failed:
                print(f"mavi-mock proxy: an exchange was not recorded: {exc}", file=sys.stderr)
            self.write_failed = True

    @staticmethod
    def _rest(head: bytes, stream: Any, length: int | None) -> Iterator[bytes]:
        if head:
            yield head
        left = None if length is None else length - len(head)
        while left is None or left > 0:
            chunk = stream.read(CHUNK if left is None else min(CHUNK, left))
            if not chunk:
                return
            left = None if left is None else left - len(chunk)
            yield chunk

    def _send(
        self, method: str, url: str, headers: list[tuple[str, str]], content: Any
    ) -> tuple[int, str, list[tuple[str, str]], bytes, float, float]:
        """(status, reason, headers, raw body, when sent, when the answer's headers came)."""
        sent = time.perf_counter()
        try:
            sent_headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers]
            request = self.client.build_request(method, url, headers=sent_headers, content=content)
            response = self.client.send(request, stream=True)
        except httpx.HTTPError as exc:
            raise UpstreamError(f"{type(exc).__name__}: {exc}") from None
        waited = time.perf_counter()
        try:
            parts: list[bytes] = []
            size = 0
            for chunk in response.iter_raw():
                size += len(chunk)
                if size > MAX_ANSWER:
                    raise UpstreamError(f"the answer is over {MAX_ANSWER} bytes")
                parts.append(chunk)
        except httpx.HTTPError as exc:
            raise UpstreamError(f"{type(exc).__name__}: {exc}") from None
        finally:
            response.close()
        return (
            response.status_code,
            response.reason_phrase,
            answer_headers(response.headers),
            b"".join(parts),
            sent,
            waited,
        )


def app_from_environment() -> Proxy:
    """granian's target in the worker (``factory=True``): the configuration from the master."""
    from .serve import MASTER_ENV, die_with_master, leave_ctrl_c_to_the_master  # noqa: PLC0415

    if os.environ.get(MASTER_ENV):
        leave_ctrl_c_to_the_master()
        die_with_master(int(os.environ[MASTER_ENV]))
    proxy = Proxy(ProxyConfig(**orjson.loads(os.environ[CONFIG_ENV])))
    # granian's worker is a multiprocessing Process (its exit runs Finalize, not atexit)
    multiprocessing.util.Finalize(None, proxy.close, exitpriority=10)
    atexit.register(proxy.close)
    return proxy


def run(config: ProxyConfig, host: str, port: int, log_format: str = "text") -> int:
    """Serve until SIGINT/SIGTERM under granian (one worker), then write the report."""
    from granian import Granian  # noqa: PLC0415
    from granian.constants import HTTPModes, Interfaces  # noqa: PLC0415

    from .logs import logging_config  # noqa: PLC0415
    from .serve import GRACE_SECONDS, MASTER_ENV  # noqa: PLC0415

    scratch = None if config.record else tempfile.TemporaryDirectory(prefix="mavi-proxy-")
    skip = 0
    if config.record:
        har = Path(config.record) / HAR_NAME
        HarWriter(har).close()  # made (or checked) before the worker starts: its errors are ours
        skip = sum(1 for _ in iter_entries(har))
    summary = str(Path(scratch.name) / "drift.json") if scratch else None
    config = ProxyConfig(config.upstream, config.record, config.timeout, summary)
    os.environ[CONFIG_ENV] = orjson.dumps(asdict(config)).decode()
    os.environ[MASTER_ENV] = str(os.getpid())
    server = Granian(
        target=TARGET,
        factory=True,
        address=host,
        port=port,
        interface=Interfaces.WSGI,
        http=HTTPModes.http1,
        workers=1,
        blocking_threads=64,
        log_dictconfig=logging_config(log_format, "info"),
        log_access=False,
        workers_kill_timeout=GRACE_SECONDS,
        respawn_failed_workers=True,
    )
    try:
        server.serve()
    finally:
        for line in report_at_exit(config.record, config.summary, skip):
            print(line, file=sys.stderr)
        if scratch is not None:
            scratch.cleanup()
    return 0
