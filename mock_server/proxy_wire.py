"""What ``mavi-mock proxy`` changes on the wire, and what it leaves as sent (``proxy.py``).

- The caller's headers go upstream without Host and the hop-by-hop ones (``har.HOP_BY_HOP`` and
  those its ``Connection`` names), with ``Accept-Encoding`` narrowed to the codings the proxy can
  decode to check the answer (``DECODABLE``; ``identity`` if the caller names none of them).
- The request target goes as sent, still percent-encoded (``upstream_target``).
- The answer's headers come back as they came, less the hop-by-hop ones; its body is decoded
  (gzip, deflate; at most ``MAX_ANSWER`` bytes) only to be checked and recorded.
"""

from __future__ import annotations

import zlib
from typing import TYPE_CHECKING
from urllib.parse import quote

import httpx

from .config import BASE_PATH
from .har import HOP_BY_HOP

if TYPE_CHECKING:
    from _typeshed.wsgi import WSGIEnvironment

#: The Content-Encodings the proxy decodes to check an answer: the caller's ``Accept-Encoding``
#: is narrowed to them.
DECODABLE = frozenset({"gzip", "x-gzip", "deflate", "identity"})
#: What a path segment may hold unencoded (RFC 3986 pchar but ``%``, and ``/``).
PATH_SAFE = "/:@!$&'()*+,;=-._~"
#: The most of an answer the proxy reads (a bigger one is the gateway's 502).
MAX_ANSWER = 64 * 1024 * 1024


def request_headers(environ: WSGIEnvironment) -> list[tuple[str, str]]:
    """The caller's headers as the upstream gets them: no Host, no hop-by-hop ones."""
    listed = {
        name.strip().lower() for name in environ.get("HTTP_CONNECTION", "").split(",") if name
    }
    headers: list[tuple[str, str]] = [("Accept-Encoding", "identity")]  # if the caller says none
    for key, value in environ.items():
        if key.startswith("HTTP_"):
            name = key[5:].replace("_", "-").title()
        elif key in ("CONTENT_TYPE", "CONTENT_LENGTH") and value:
            name = key.replace("_", "-").title()
        else:
            continue
        lowered = name.lower()
        if lowered == "host" or lowered in HOP_BY_HOP or lowered in listed:
            continue
        if lowered == "accept-encoding":
            headers[0] = (name, narrowed(value))
            continue
        headers.append((name, value))
    return headers


def narrowed(accept_encoding: str) -> str:
    """The caller's ``Accept-Encoding`` without the codings the proxy cannot decode (br, zstd)."""
    kept = [
        coding.strip()
        for coding in accept_encoding.split(",")
        if coding.split(";")[0].strip().lower() in DECODABLE
    ]
    return ", ".join(kept) or "identity"


def upstream_target(environ: WSGIEnvironment) -> tuple[str, str]:
    """(api path, query) as the caller sent them, still percent-encoded: ``RAW_URI`` (or
    ``REQUEST_URI``) where the server gives it; else PATH_INFO (its bytes as latin-1, as WSGI
    says) percent-encoded again (a ``%2F`` the caller sent is then a ``/``)."""
    raw = environ.get("RAW_URI") or environ.get("REQUEST_URI")
    if raw and raw.startswith(BASE_PATH + "/"):
        path, _, query = raw.partition("?")
        return path[len(BASE_PATH) :], query
    path = environ.get("PATH_INFO", "")[len(BASE_PATH) :]
    try:
        data = path.encode("latin-1")
    except UnicodeEncodeError:  # a server that decoded the path as UTF-8
        data = path.encode()
    return quote(data, safe=PATH_SAFE), environ.get("QUERY_STRING", "")


def answer_headers(headers: httpx.Headers) -> list[tuple[str, str]]:
    """The answer's headers as they came (bytes read as latin-1, as WSGI wants), no hop-by-hop."""
    listed = {name.strip().lower() for name in headers.get("connection", "").split(",") if name}
    pairs = [(name.decode("latin-1"), value.decode("latin-1")) for name, value in headers.raw]
    return [
        (name, value)
        for name, value in pairs
        if name.lower() not in HOP_BY_HOP and name.lower() not in listed
    ]


def decoded(raw: bytes, encoding: str | None) -> bytes | None:
    """The answer's body without its Content-Encoding (gzip, deflate), at most ``MAX_ANSWER``;
    None for an encoding the proxy does not decode (or bytes that do not decode)."""
    if not encoding or encoding.strip().lower() == "identity":
        return raw
    if encoding.strip().lower() in ("gzip", "x-gzip", "deflate"):
        for wbits in (47, -15):  # gzip or zlib; raw deflate
            try:
                return zlib.decompressobj(wbits=wbits).decompress(raw, MAX_ANSWER)
            except zlib.error:
                continue
    return None
