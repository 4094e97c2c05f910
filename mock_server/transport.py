"""Connection-level faults, made outside Flask: a raw WSGI wrapper around the app.

The pipeline (``pipeline.pipeline``) decides that a request gets a transport fault and records it on
the request's ``Exchange``; this wrapper then breaks the connection the way the fault names:
``reset`` (an RST, no answer), ``empty`` (the connection closes with no answer) or ``truncate``
(half the body under the full Content-Length).
"""

from __future__ import annotations

import os
import socket
import struct
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .exchange import EXCHANGE_KEY

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment


def transport_faults(wsgi_app: WSGIApplication) -> WSGIApplication:
    """Wrap the app: a request marked with a reset/empty fault gets its connection broken."""

    def app(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        captured: list[Any] = []

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            captured[:] = [status, headers]
            return lambda data: None

        result = wsgi_app(environ, capture)
        exchange = environ.get(EXCHANGE_KEY)
        kind = exchange.transport_fault if exchange is not None else None
        if kind is None:
            start_response(*captured)
            return result
        if connection_socket(environ) is None and environ.get("SERVER_SOFTWARE", "").startswith(
            "Granian"
        ):
            return _granian_fault(kind, captured, b"".join(result), start_response)
        if kind != "truncate":
            break_connection(environ, kind)
            start_response(*captured)  # the server still wants a status; its writes now fail
            return []
        body = b"".join(result)
        start_response(
            captured[0],
            [(k, v) for k, v in captured[1] if k.lower() != "content-length"]
            + [("Content-Length", str(len(body)))],
        )
        return _half_then_close(environ, body)

    return app


def _granian_fault(
    kind: str, captured: list[Any], body: bytes, start_response: StartResponse
) -> Iterator[bytes]:
    """Under granian, which gives the app no socket: a body iterator that fails.

    granian sends nothing when the first chunk fails (``reset`` and ``empty``: the connection
    closes with no answer; there is no RST without the socket), and closes the connection after
    the chunks already sent when a later one fails (``truncate``: half the body under the full
    Content-Length).
    """
    headers = [(k, v) for k, v in captured[1] if k.lower() != "content-length"]
    start_response(captured[0], [*headers, ("Content-Length", str(len(body)))])
    if kind == "truncate":
        yield body[: len(body) // 2]
    raise ConnectionAbortedError(f"mock transport fault: {kind}")


def _half_then_close(environ: WSGIEnvironment, body: bytes) -> Iterator[bytes]:
    """Half the body under the full Content-Length, then the connection ends."""
    yield body[: len(body) // 2]
    sock = connection_socket(environ)
    if sock is not None:
        sock.shutdown(socket.SHUT_RDWR)


def connection_socket(environ: dict[str, Any]) -> socket.socket | None:
    """The client's socket, where the server exposes it (gunicorn and werkzeug both do)."""
    sock = environ.get("gunicorn.socket") or environ.get("werkzeug.socket")
    return sock if isinstance(sock, socket.socket) else None


def break_connection(environ: dict[str, Any], kind: str) -> None:
    """``reset``: an RST with no answer; ``empty``: the connection closes with no answer.

    With no socket (an in-process WSGI transport), ConnectionResetError is raised to the caller.
    """
    sock = connection_socket(environ)
    if sock is None:
        raise ConnectionResetError(f"mock transport fault: {kind}")
    if kind == "reset":
        # Closing with a zero linger time sends RST instead of FIN. The connection's descriptor
        # is closed by dup2-ing a dead socketpair end over it: the server's later writes then
        # fail with EPIPE, which it ignores quietly, instead of hitting a closed descriptor.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        alive, dead = socket.socketpair()
        dead.close()
        os.dup2(alive.fileno(), sock.fileno())
        alive.close()
    else:
        sock.shutdown(socket.SHUT_RDWR)
