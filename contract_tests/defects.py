"""Test fixtures only: the mock with one planted defect each, to prove the suites catch them.

The mock itself never contains these; each is a WSGI wrapper around a healthy ``create_app()``.
"""

from __future__ import annotations

import io
import logging
import select
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from threading import Thread
from typing import Any

import orjson
from werkzeug.serving import make_server

from mock_server import MockConfig, create_app

Environ = dict[str, Any]
WSGIApp = Callable[[Environ, Callable[..., Any]], Iterable[bytes]]


def _rewrite_response(app: WSGIApp, edit: Callable[[Environ, dict[str, Any]], None]) -> WSGIApp:
    """Apply ``edit`` to every 200 JSON envelope the app sends."""

    def wrapped(environ: Environ, start_response: Callable[..., Any]) -> Iterable[bytes]:
        captured: list[Any] = []

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            captured[:] = [status, headers]
            return lambda data: None

        body = b"".join(app(environ, capture))
        status, headers = captured
        if status.startswith("200") and body.startswith(b"{"):
            envelope = orjson.loads(body)
            edit(environ, envelope)
            body = orjson.dumps(envelope)
        headers = [(k, v) for k, v in headers if k.lower() != "content-length"]
        start_response(status, [*headers, ("Content-Length", str(len(body)))])
        return [body]

    return wrapped


def failed_left_true(app: WSGIApp) -> WSGIApp:
    def edit(environ: Environ, envelope: dict[str, Any]) -> None:
        envelope["failed"] = True

    return _rewrite_response(app, edit)


def vector_1407_long(app: WSGIApp) -> WSGIApp:
    def edit(environ: Environ, envelope: dict[str, Any]) -> None:
        data = envelope.get("data") or {}
        if isinstance(data, dict) and isinstance(data.get("embedding"), list):
            data["embedding"] = data["embedding"][:-1]

    return _rewrite_response(app, edit)


def bad_model_accepted(app: WSGIApp) -> WSGIApp:
    """Any model name is embedded as if it were the documented one."""

    def wrapped(environ: Environ, start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO", "").endswith("/embeddings/video"):
            raw = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
            try:
                body = orjson.loads(raw)
                if isinstance(body, dict) and "model" in body:
                    body["model"] = "multimodalembedding@001"
                    raw = orjson.dumps(body)
            except orjson.JSONDecodeError:
                pass
            environ["wsgi.input"] = io.BytesIO(raw)
            environ["CONTENT_LENGTH"] = str(len(raw))
        return app(environ, start_response)

    return wrapped


def bearer_accepted(app: WSGIApp) -> WSGIApp:
    def wrapped(environ: Environ, start_response: Callable[..., Any]) -> Iterable[bytes]:
        auth = environ.get("HTTP_AUTHORIZATION", "")
        if auth.lower().startswith("bearer "):
            environ["HTTP_AUTHORIZATION"] = auth[7:]
        return app(environ, start_response)

    return wrapped


def no_key_accepted(app: WSGIApp) -> WSGIApp:
    """A request without a key is served as if it carried one."""

    def wrapped(environ: Environ, start_response: Callable[..., Any]) -> Iterable[bytes]:
        if not environ.get("HTTP_AUTHORIZATION", "").startswith("sk-"):
            environ["HTTP_AUTHORIZATION"] = "sk-planted-0000000000000000"
        return app(environ, start_response)

    return wrapped


def valid_embedding_refused(app: WSGIApp) -> WSGIApp:
    """Every embedding request is refused as "Invalid parameters" (the legacy spelling at 200)."""
    return _refuse_embeddings(app, "200 OK")


def valid_embedding_refused_400(app: WSGIApp) -> WSGIApp:
    """Every embedding request is refused with 400 "Invalid parameters" (seed spelling)."""
    return _refuse_embeddings(app, "400 BAD REQUEST")


def _refuse_embeddings(app: WSGIApp, status: str) -> WSGIApp:
    def wrapped(environ: Environ, start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO", "").endswith("/embeddings/video"):
            body = b'{"code":"0001","msg":"Invalid parameters","data":null,"success":false,"failed":true}'
            start_response(status, [("Content-Type", "application/json")])
            return [body]
        return app(environ, start_response)

    return wrapped


DEFECTS: dict[str, Callable[[WSGIApp], WSGIApp]] = {
    "failed_left_true": failed_left_true,
    "vector_1407_long": vector_1407_long,
    "bad_model_accepted": bad_model_accepted,
    "bearer_accepted": bearer_accepted,
    "no_key_accepted": no_key_accepted,
    "valid_embedding_refused": valid_embedding_refused,
    "valid_embedding_refused_400": valid_embedding_refused_400,
}


@contextmanager
def serve_defective(
    defect: str, data_dir: Path, dialect: str = "seed", *, accept_any_asset: bool = True
) -> Iterator[str]:
    """The defective mock on a real loopback port (werkzeug); yields its base URL."""
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no access log per request
    config = MockConfig(data_dir=data_dir, accept_any_asset=accept_any_asset, dialect=dialect)
    app = create_app(config)
    server = make_server("127.0.0.1", 0, DEFECTS[defect](app), threaded=True)
    thread = Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/serve/api/v2"
    finally:
        server.shutdown()
        thread.join()


@contextmanager
def serve_defective_process(
    defect: str,
    data_dir: Path,
    dialect: str = "seed",
    *,
    accept_any_asset: bool = True,
    prefix: tuple[str, ...] = (),
) -> Iterator[str]:
    """``serve_defective`` in a subprocess of its own (``prefix``: e.g. ``nice -n 10``), so that
    serving takes nothing from the interpreter that started it; yields its base URL."""
    command = [sys.executable, "-m", "contract_tests.defects", defect, str(data_dir), dialect]
    data_dir.mkdir(parents=True, exist_ok=True)
    log = data_dir / "server.log"
    with log.open("w") as errors:
        process = subprocess.Popen(
            [*prefix, *command, *(["--accept-any-asset"] if accept_any_asset else [])],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
    assert process.stdin and process.stdout
    try:
        ready, _, _ = select.select([process.stdout], [], [], 60)
        url = process.stdout.readline().strip() if ready else ""
        if not url.startswith("http://"):
            process.kill()
            raise RuntimeError(f"{defect}: the defective mock did not start:\n{log.read_text()}")
        yield url
    finally:
        process.stdin.close()  # it stops when its standard input ends
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


if __name__ == "__main__":
    # python -m contract_tests.defects DEFECT DATA_DIR DIALECT [--accept-any-asset]: serve it,
    # print the base URL, stop when standard input ends.
    name, directory, language = sys.argv[1:4]
    with serve_defective(
        name, Path(directory), language, accept_any_asset="--accept-any-asset" in sys.argv[4:]
    ) as base_url:
        print(base_url, flush=True)
        sys.stdin.read()
