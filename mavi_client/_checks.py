"""What the client refuses before anything reaches the wire, and what it never prints.

- an API key that cannot travel as a header value (a trailing newline read from a file, a
  control character, a non-ASCII letter): ``check_key``;
- an asset id that would leave its place in the path (``..``, ``/``, ``?``, ``#``, ``%``,
  ``\\``, whitespace or control characters) or is empty: ``check_asset_id``;
- a model the contract does not list: ``check_model``;
- the secret parts of a URL (a signed URL's signature, a token in its query): ``redact``.

Each refusal is a ``ConfigurationError`` (a ``MaviError`` and a ``ValueError``), raised before
any request is sent.
"""

from __future__ import annotations

import re

import httpx

from generated_client.models import EmbeddingModel

from ._errors import ConfigurationError

#: Characters that would end or escape the id's path segment, or break the request line.
_UNSAFE_ID = re.compile(r"[/?#%\\\s\x00-\x1f\x7f-\x9f]")
#: Query parameters whose values are secrets: signatures, tokens, credentials, keys.
_SECRET_PARAM = re.compile(r"sig|signature|token|key|secret|credential|auth|password", re.I)
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


def _secrets(url: httpx.URL) -> list[str]:
    return [v for k, v in url.params.multi_items() if _SECRET_PARAM.search(k) and v]


def redact_url(url: httpx.URL | str) -> str:
    """``url`` with the values of secret-looking query parameters replaced by REDACTED."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        return str(url)
    return redact(str(url), parsed)


def redact(text: str, url: httpx.URL | None) -> str:
    """``text`` with every secret-looking query value of ``url`` replaced by REDACTED.

    The raw values and their percent-encoded forms are both replaced, wherever they appear (in
    the URL itself or in an exception's message that quotes it).
    """
    if url is None:
        return text
    for value in sorted(_secrets(url), key=len, reverse=True):
        for form in {value, httpx.URL(params={"v": value}).query.decode()[2:]}:
            text = text.replace(form, REDACTED)
    return text
