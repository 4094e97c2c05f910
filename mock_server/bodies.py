"""The WSGI layer that keeps keep-alive connections sound when an answer leaves a body unread.

The mock answers many requests (401, 413, 415, Prefer: code) without reading their bodies; see
``guard_bodies``. It is the outermost layer of the WSGI stack (``wsgi.py``), as it needs the
server's own ``start_response``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment


class _RequestBody:
    """``wsgi.input`` as the app reads it, counted, so that ``guard_bodies`` knows what is left.

    (The size limit is not enforced here: every server the mock runs under sets
    ``wsgi.input_terminated``, so werkzeug reads any body, chunked ones included, through a
    stream that stops at ``MAX_CONTENT_LENGTH`` with a 413.)
    """

    def __init__(self, stream: Any, length: int | None) -> None:
        self._stream = stream
        self._length = length  # None: chunked
        self._read = 0
        self.finished = False

    def _count(self, data: bytes, size: int | None) -> bytes:
        self._read += len(data)
        if self._length is None:
            if not data and size != 0:
                self.finished = True
        elif self._read >= self._length:
            self.finished = True
        return data

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            return self._count(self._stream.read(), size)
        return self._count(self._stream.read(size), size)

    def readline(self, size: int | None = -1) -> bytes:
        return self._count(self._stream.readline(size), size)

    def drain(self, most: int) -> bool:
        """Read and drop the rest of a body of known length, if at most ``most`` bytes remain;
        whether the body is now read to its end."""
        if self._length is None or self._length - self._read > most:
            return False
        while not self.finished and self.read(min(65536, self._length - self._read)):
            pass
        return self.finished


#: The most of an unread body that is read and dropped rather than closing the connection.
DRAIN_LIMIT = 64 * 1024


def guard_bodies(wsgi_app: WSGIApplication) -> WSGIApplication:
    """Close the connection after an answer given before the body was read (or drain it).

    The mock answers many requests (401, 413, 415, Prefer: code) without reading their bodies. The
    unread bytes would be taken for the next request on a keep-alive connection, so servers drain
    them, but only so far (gunicorn 64 KiB; granian less); past that they close the connection
    after an answer that said "keep-alive", and a client that sends its next request meanwhile
    sees the connection drop (found by ``make soak``). So a rest of up to ``DRAIN_LIMIT`` is read
    and dropped here; past that the answer says ``Connection: close``, which granian passes on
    before it closes the connection. werkzeug's server closes every connection. (Under gunicorn,
    which only the bench runs the mock on, the header is dropped and gunicorn closes by itself.)
    """

    def app(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        body = _wrap_body(environ)
        if body is None:
            return wsgi_app(environ, start_response)

        def start(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            # A small rest is read and dropped, so that the connection can be kept (and the
            # server never closes it with unread bytes, which would reset it under the answer).
            granian = environ.get("SERVER_SOFTWARE", "").startswith("Granian")
            if not body.finished and not body.drain(DRAIN_LIMIT) and granian:
                headers = [*headers, ("Connection", "close")]
            return start_response(status, headers, exc_info)

        return wsgi_app(environ, start)

    return app


def _wrap_body(environ: dict[str, Any]) -> _RequestBody | None:
    """Put a counting wrapper around ``wsgi.input`` if the request has a body."""
    if "wsgi.input" not in environ:
        return None
    if "chunked" in environ.get("HTTP_TRANSFER_ENCODING", "").lower():
        length = None
    else:
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return None
        if length <= 0:
            return None
    body = _RequestBody(environ["wsgi.input"], length)
    environ["wsgi.input"] = body
    return body
