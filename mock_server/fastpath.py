"""The embedding request at speed: a WSGI shortcut for the common case, before Flask.

Most requests a mock serves are the same: ``POST /embeddings/video`` for an asset that exists,
with nothing asked of the scenario. For that case only, this layer answers from what the app has
already made, without Flask's request and response machinery, which costs more than the work
itself. Anything else falls through to Flask, where every rule is (``app.pipeline``):

- the scenario adds nothing (no latency, failure rate, rate limit, transport fault or gateway);
- no ``Prefer`` header, no ``Origin`` (CORS), ``Content-Type: application/json``, a
  ``Content-Length`` within the body limit;
- the key is accepted (``auth.key_problem``), the body is valid (the contract's validator);
- the asset is one this process has already read from the store and is SUCCESS now, and its
  answer (the envelope with the vector) is already in the app's vector cache.

The answer is the one Flask's path gives: the same body bytes, ``Content-Type``,
``Content-Length`` and ``X-Request-Id``, and the same journal entry (tests/test_fastpath.py
compares them). A body read here and then handed to Flask is given back to it whole.

The asset cache holds only assets that were found. An asset changes only when a test declares
its vector (``PUT /__mock/assets/<id>/vector``), which counts up ``assets.gen``; that, or a reset
(a new control file), empties every worker's cache on its next request (one ``stat`` and one
8-byte read), and a row read while it happened is not kept. The answer
cache is keyed by what the vector depends on (``declared.served_key``), so it is never stale.
"""

from __future__ import annotations

import io
import secrets
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import orjson

from . import logs
from .auth import key_problem
from .config import BASE_PATH, REQUEST_ID_HEADER
from .declared import served_key
from .handlers import summarize_body
from .journal import journal_headers
from .store import now_ms

if TYPE_CHECKING:
    from .state import MockState

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
EMBED_PATH = BASE_PATH + "/embeddings/video"


def fast_embedding(mock: MockState, app: WSGIApp) -> WSGIApp:
    config = mock.config
    validator = mock.contract.embedding_request

    def shortcut(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if (
            environ.get("PATH_INFO") != EMBED_PATH
            or environ.get("REQUEST_METHOD") != "POST"
            or "HTTP_PREFER" in environ
            or "HTTP_ORIGIN" in environ
            or "HTTP_TRANSFER_ENCODING" in environ
            or environ.get("CONTENT_TYPE", "").partition(";")[0].strip().lower()
            != "application/json"
        ):
            return app(environ, start_response)
        started = time.perf_counter()
        scenario = mock.scenarios.current()
        length = environ.get("CONTENT_LENGTH", "")
        if (
            scenario.latency != (0.0, 0.0)
            or scenario.failure_rate
            or scenario.rate_limit
            or scenario.transport_fault != "none"
            or scenario.gateway_rate
            or not length.isdigit()
            or int(length) > config.max_body
            or key_problem(environ.get("HTTP_AUTHORIZATION", ""), config) is not None
        ):
            return app(environ, start_response)
        raw = environ["wsgi.input"].read(int(length))
        try:
            payload = _answer(mock, raw, scenario.dialect, validator)
        except Exception:  # anything unexpected: Flask's path answers it, errors included
            payload = None
        if payload is None:
            environ["wsgi.input"] = io.BytesIO(raw)
            return app(environ, start_response)
        request_id = environ.get("HTTP_X_REQUEST_ID", "")[:64] or secrets.token_hex(8)
        start_response(
            "200 OK",
            [
                ("Content-Type", "application/json"),
                ("Content-Length", str(len(payload))),
                (REQUEST_ID_HEADER, request_id),
            ],
        )
        duration_ms = round((time.perf_counter() - started) * 1000, 3)
        if config.access_log:
            logs.access(
                method="POST",
                path=EMBED_PATH,
                status=200,
                duration_ms=duration_ms,
                request_id=request_id,
                remote=environ.get("REMOTE_ADDR") or "-",
            )
        mock.journal.add(
            {
                "time_ms": now_ms(),
                "request_id": request_id,
                "method": "POST",
                "path": EMBED_PATH,
                "headers": orjson.dumps(journal_headers(environ)).decode(),
                "body": summarize_body(raw),
                "status": 200,
                "duration_ms": duration_ms,
            }
        )
        return [payload]

    return shortcut


def _answer(mock: MockState, raw: bytes, dialect: str, validator: Any) -> bytes | None:
    """The cached answer for this body, or None when Flask's path must make it."""
    body = orjson.loads(raw)
    if not validator.is_valid(body):
        return None
    asset = _asset(mock, body["asset_id"])
    if asset is None or asset.status_at(now_ms())[0] != "SUCCESS":
        return None
    return mock.vector_cache.get((body["model"], served_key(mock, asset, body["model"]), dialect))


def _asset(mock: MockState, asset_id: str) -> Any:
    """A stored asset from this process's cache, or the store; None if there is none."""
    generation = mock.scenarios.generation
    if mock.asset_cache_generation != generation:
        with mock.cache_lock:
            mock.asset_cache.clear()
            mock.asset_cache_generation = generation
    asset = mock.asset_cache.get(asset_id)
    if asset is None:
        asset = mock.store.get_asset(asset_id)
        if asset is not None:
            with mock.cache_lock:
                # Kept only if nothing changed while it was read: a row read before a declared
                # vector must not outlive the cache that the declaration emptied.
                if mock.asset_cache_generation == generation == mock.scenarios.generation:
                    mock.asset_cache[asset_id] = asset
    return asset
