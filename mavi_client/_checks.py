"""What the client refuses before anything reaches the wire, and what it never prints.

- an API key that cannot travel as a header value (a trailing newline read from a file, a
  control character, a non-ASCII letter): ``check_key``;
- an asset id that would leave its place in the path (``..``, ``/``, ``?``, ``#``, ``%``,
  ``\\``, whitespace or control characters) or is empty: ``check_asset_id``;
- a model the contract does not list: ``check_model``;
- the secret parts of a URL (a signed URL's signature, a token in its query): ``redact``, in the
  client's messages and, through ``RedactingFilter``, in httpx's own log of each request.

Each refusal is a ``ConfigurationError`` (a ``MaviError`` and a ``ValueError``), raised before
any request is sent.
"""

from __future__ import annotations

import logging
import re

import httpx

from generated_client.models import EmbeddingModel

from ._errors import ConfigurationError

#: Characters that would end or escape the id's path segment, or break the request line.
_UNSAFE_ID = re.compile(r"[/?#%\\\s\x00-\x1f\x7f-\x9f]")
#: A query parameter whose name says its value is a secret (a signature, token, key,
#: credential), with its value as written: percent-encoded or not, whatever its case.
_SECRET_PARAM = re.compile(
    r"(?P<name>[?&;][^=&#\s\"'<>]*?(?:sig|signature|token|key|secret|credential|auth|password)"
    r"[^=&#\s\"'<>]*=)(?P<value>[^&#\s\"'<>]*)",
    re.IGNORECASE,
)
REDACTED = "REDACTED"


def check_key(api_key: object) -> str:
    """The key as given, or a ConfigurationError that says what is wrong (never the key)."""
    if not isinstance(api_key, str) or not api_key.strip():
        raise ConfigurationError("api_key is empty: pass the raw key, e.g. 'sk-...'")
    if api_key.lower().startswith("bearer "):
        raise ConfigurationError(
            "pass the raw key, e.g. 'sk-...', without 'Bearer ': the provider rejects it"
        )
    if api_key != api_key.strip():
        end = "a newline" if api_key.rstrip(" \t") != api_key.rstrip() else "whitespace"
        raise ConfigurationError(
            f"api_key has leading or trailing whitespace ({end}), which cannot be sent in a"
            " header: strip it (a key read from a file or `echo` often ends in a newline)"
        )
    for index, char in enumerate(api_key):
        if ord(char) < 0x20 or ord(char) == 0x7F:
            raise ConfigurationError(
                f"api_key holds a control character (U+{ord(char):04X}) at position {index},"
                " which cannot be sent in a header"
            )
        if ord(char) > 0x7E:
            raise ConfigurationError(
                f"api_key holds a non-ASCII character at position {index}: keys are ASCII;"
                " check that it was copied whole"
            )
    return api_key


def check_asset_id(asset_id: object) -> str:
    """The id as given, or a ConfigurationError if it is empty or would leave its path."""
    if not isinstance(asset_id, str) or not asset_id:
        raise ConfigurationError(f"asset_id must be a non-empty string, not {asset_id!r}")
    if _UNSAFE_ID.search(asset_id) or ".." in asset_id or asset_id == ".":
        raise ConfigurationError(
            f"asset_id {asset_id!r} holds characters that cannot be part of an asset id"
            " ('/', '?', '#', '%', '\\', '..', whitespace or control characters); ids look like"
            " 're_657745568997527552'"
        )
    return asset_id


def check_model(model: object) -> EmbeddingModel:
    """The contract's model named ``model``, or a ConfigurationError naming the known ones."""
    try:
        return EmbeddingModel(str(model))
    except ValueError:
        known = ", ".join(repr(member.value) for member in EmbeddingModel)
        raise ConfigurationError(f"unknown model {model!r}: the API knows {known}") from None


def redact(text: str) -> str:
    """``text`` with the value of every secret-looking query parameter of every URL in it
    replaced by REDACTED: judged by the parameter's name, so the value's spelling (encoded or
    not) does not matter, and nothing else in the text is touched."""
    return _SECRET_PARAM.sub(lambda match: match.group("name") + REDACTED, text)


def redact_url(url: httpx.URL | str) -> str:
    """``url`` as text, its secret-looking query values replaced by REDACTED."""
    return redact(str(url))


class RedactingFilter(logging.Filter):
    """Redacts URLs in the records of the logger it is added to: httpx logs every request's
    full URL at INFO (``HTTP Request: POST https://...?signature=...``)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(
                redact(str(arg)) if isinstance(arg, (str, httpx.URL)) else arg for arg in args
            )
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        return True


def redact_httpx_logs() -> None:
    """Add a ``RedactingFilter`` to httpx's logger (once)."""
    logger = logging.getLogger("httpx")
    if not any(isinstance(f, RedactingFilter) for f in logger.filters):
        logger.addFilter(RedactingFilter())
