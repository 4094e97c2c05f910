"""A hostile HTTP server on loopback, for tests of the client under a misbehaving provider.

Each connection reads one request (headers, and a body when it has a Content-Length) and hands
the socket to a *behaviour*: a function ``(sock, method, target, stop)`` that writes whatever it
likes. The behaviours below trickle their headers or body, send bodies that never end or that
explode when decompressed, or answer well enough to lead a client on (a signed URL pointing back
at the peer). Every behaviour is bounded in time and stops when the peer is closed, so that a
test that fails never leaves a thread writing.
"""

from __future__ import annotations

import contextlib
import functools
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator

import orjson

Behaviour = Callable[[socket.socket, str, str, threading.Event], None]

#: No behaviour writes for longer than this, whatever the client does.
LONGEST = 30.0


class HostilePeer:
    """``with HostilePeer(route) as peer:`` serves on ``peer.url``; ``route(method, target)``
    picks the behaviour for each request."""

    def __init__(self, route: Callable[[str, str], Behaviour]) -> None:
        self.route = route
        self.stop = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.port = self.listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.requests: list[tuple[str, str]] = []
        self._threads: list[threading.Thread] = []

    def __enter__(self) -> HostilePeer:
        thread = threading.Thread(target=self._accept, daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        for thread in list(self._threads):
            thread.join(timeout=5)
        self.listener.close()

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                sock, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(sock,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self, sock: socket.socket) -> None:
        with contextlib.closing(sock):
            sock.settimeout(5)
            try:
                while not self.stop.is_set():
                    request = _read_request(sock)
                    if request is None:
                        return
                    self.requests.append(request)
                    self.route(*request)(sock, *request, self.stop)
            except OSError:
                return  # the client went away: that is what it should do


def _read_request(sock: socket.socket) -> tuple[str, str] | None:
    """(method, target) of the next request, its body read and dropped; None at the end."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value)
    left = length - len(rest)
    while left > 0:
        chunk = sock.recv(min(left, 65536))
        if not chunk:
            return None
        left -= len(chunk)
    return method, target


def _trickle(sock: socket.socket, data: bytes, every: float, stop: threading.Event) -> None:
    ends = time.monotonic() + LONGEST
    for byte in data:
        if stop.wait(every) or time.monotonic() > ends:
            return
        sock.sendall(bytes([byte]))


def head(status: str = "200 OK", **headers: str | int) -> bytes:
    lines = [f"HTTP/1.1 {status}"] + [f"{k.replace('_', '-')}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def envelope(data: object) -> bytes:
    return orjson.dumps({"code": "0000", "msg": "success", "data": data})


def trickle_headers(every: float = 0.25) -> Behaviour:
    """The status line and headers, one byte every ``every`` seconds (never finished in time)."""

    def behave(sock: socket.socket, method: str, target: str, stop: threading.Event) -> None:
        _trickle(sock, head(Content_Type="application/json", X_Padding="x" * 200), every, stop)

    return behave


def trickle_body(body: bytes, every: float = 0.25) -> Behaviour:
    """Headers at once, then ``body`` one byte every ``every`` seconds."""

    def behave(sock: socket.socket, method: str, target: str, stop: threading.Event) -> None:
        sock.sendall(head(Content_Type="application/json", Content_Length=len(body)))
        _trickle(sock, body, every, stop)

    return behave


def _stream(sock: socket.socket, chunks: Iterator[bytes], stop: threading.Event) -> None:
    ends = time.monotonic() + LONGEST
    for chunk in chunks:
        if stop.is_set() or time.monotonic() > ends:
            return
        sock.sendall(chunk)


def endless_chunked() -> Behaviour:
    """A chunked body of JSON-looking bytes that never ends (64 KiB chunks)."""
    block = b"[" + b"0.125," * 10_000
    frame = f"{len(block):x}\r\n".encode() + block + b"\r\n"

    def behave(sock: socket.socket, method: str, target: str, stop: threading.Event) -> None:
        sock.sendall(head(Content_Type="application/json", Transfer_Encoding="chunked"))
        _stream(sock, iter(lambda: frame, None), stop)

    return behave


@functools.cache
def gzip_bomb(megabytes: int = 256) -> bytes:
    """``megabytes`` MiB of zeros, gzip-compressed (about a thousandth of that on the wire)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1 << 20)
    parts = [packer.compress(block) for _ in range(megabytes)]
    parts.append(packer.flush())
    return b"".join(parts)


def send_gzip_bomb(megabytes: int = 256) -> Behaviour:
    """A small gzip body that decompresses to ``megabytes`` MiB."""
    bomb = gzip_bomb(megabytes)

    def behave(sock: socket.socket, method: str, target: str, stop: threading.Event) -> None:
        sock.sendall(
            head(
                Content_Type="application/json",
                Content_Encoding="gzip",
                Content_Length=len(bomb),
            )
        )
        sock.sendall(bomb)

    return behave


def huge_json(megabytes: int) -> Behaviour:
    """A well-formed success envelope of about ``megabytes`` MB, chunked (so the client cannot
    refuse it by its Content-Length: it must count what it reads)."""
    opening = b'{"code":"0000","msg":"success","data":{"embedding":[0.5'
    block = b",0.5" * 16_384
    closing = b"]}}"
    count = megabytes * 1_000_000 // len(block)

    def chunks() -> Iterator[bytes]:
        for part in (opening, *([block] * count), closing):
            yield f"{len(part):x}\r\n".encode() + part + b"\r\n"
        yield b"0\r\n\r\n"

    def behave(sock: socket.socket, method: str, target: str, stop: threading.Event) -> None:
        sock.sendall(head(Content_Type="application/json", Transfer_Encoding="chunked"))
        _stream(sock, chunks(), stop)

    return behave


def answer(status: str, body: bytes, **headers: str | int) -> Behaviour:
    """A plain, complete answer."""

    def behave(sock: socket.socket, method: str, target: str, stop: threading.Event) -> None:
        sock.sendall(head(status, Content_Length=len(body), **headers) + body)

    return behave
