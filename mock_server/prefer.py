"""The ``Prefer`` header of one request, in Prism's style: what it asks of the mock.

    Prefer: code=429, delay=250, upload_status=FAILED, dialect=legacy, gateway=502
    Prefer: label=cats                      (on POST /upload: the asset's vector joins a cluster)
    Prefer: similar_to=re_123, cosine=0.93  (on POST /upload: a vector at that cosine from re_123's)

Preferences the mock does not know (``return=minimal``) are ignored; a known one with a bad value
is a ValueError whose message the 400 answer carries.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from mavi_contract import DIALECTS

#: What the infrastructure in front of the provider answers with (not envelopes).
GATEWAY_ANSWERS = (503, 404, 502)


@dataclass(frozen=True)
class Prefer:
    code: int | None = None
    delay_ms: float = 0.0
    upload_status: str | None = None
    dialect: str | None = None
    gateway: int | None = None
    label: str | None = None
    similar_to: str | None = None
    cosine: float | None = None


MAX_PREFER_DELAY_MS = 60_000


def parse_prefer(header: str | None) -> Prefer:
    """``code=429, delay=250, upload_status=FAILED, dialect=legacy, gateway=502``; ValueError
    with a clear message if a value is bad."""
    if not header:
        return Prefer()
    values: dict[str, Any] = {}
    for item in _items(header):
        name, sep, value = item.partition("=")
        name, value = name.strip().lower(), value.strip().strip('"')
        # Preferences the mock does not know (e.g. "return=minimal") are ignored.
        if sep and name in _PARSERS:
            field, parse = _PARSERS[name]
            values[field] = parse(value)
    prefer = Prefer(**values)
    if (prefer.similar_to is None) != (prefer.cosine is None):
        raise ValueError(
            "Prefer: similar_to and cosine go together (similar_to=re_..., cosine=0.9)"
        )
    if prefer.label is not None and prefer.similar_to is not None:
        raise ValueError("Prefer: label and similar_to cannot both be given")
    return prefer


def _code(value: str) -> int:
    if not value.isdigit() or not 100 <= int(value) <= 599:
        raise ValueError(f"Prefer: code={value} is not an HTTP status")
    return int(value)


def _delay(value: str) -> float:
    try:
        delay = float(value)
    except ValueError:
        raise ValueError(f"Prefer: delay={value} is not a number of ms") from None
    if not 0 <= delay <= MAX_PREFER_DELAY_MS:
        raise ValueError(f"Prefer: delay must be between 0 and {MAX_PREFER_DELAY_MS} ms")
    return delay


def _upload_status(value: str) -> str:
    if value.upper() not in ("SUCCESS", "FAILED"):
        raise ValueError("Prefer: upload_status must be SUCCESS or FAILED")
    return value.upper()


def _dialect(value: str) -> str:
    if value.lower() not in DIALECTS:
        raise ValueError(f"Prefer: dialect must be one of {', '.join(DIALECTS)}")
    return value.lower()


def _gateway(value: str) -> int:
    if not value.isdigit() or int(value) not in GATEWAY_ANSWERS:
        allowed = ", ".join(str(s) for s in GATEWAY_ANSWERS)
        raise ValueError(f"Prefer: gateway must be one of {allowed}")
    return int(value)


def _label(value: str) -> str:
    if not value.isascii():
        raise ValueError(
            "Prefer: a label in a header must be ASCII; for others use"
            " PUT /__mock/assets/<id>/vector"
        )
    label: str = _in_header(check_label, value)
    return label


#: One preference: everything up to a comma or semicolon that is not inside double quotes.
_ITEM = re.compile(r'(?:[^,;"]|"[^"]*")+')


def _items(header: str) -> list[str]:
    """The preferences of a header: ``label="cats; indoor", cosine=0.5`` is two."""
    return _ITEM.findall(header)


MAX_LABEL = 100
_ASSET_ID = re.compile(r"re_[0-9]{1,30}")


def check_label(value: str) -> str:
    """A label: 1 to 100 characters, none of them a control character (C0, DEL or C1)."""
    if not 1 <= len(value) <= MAX_LABEL or any(unicodedata.category(c) == "Cc" for c in value):
        raise ValueError(f"label must be 1 to {MAX_LABEL} printable characters")
    return value


def check_asset_reference(value: str) -> str:
    if not _ASSET_ID.fullmatch(value):
        raise ValueError(f"similar_to must be an asset id (re_ and digits), not {value!r}")
    return value


def parse_cosine(value: object) -> float:
    """A cosine: a finite number from -1 to 1 (a string from a header, or a JSON number)."""
    if isinstance(value, bool):
        raise ValueError("cosine must be a number from -1 to 1")
    try:
        cosine = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValueError(f"cosine must be a number from -1 to 1, not {value!r}") from None
    if not -1.0 <= cosine <= 1.0:  # NaN fails this too
        raise ValueError(f"cosine must be between -1 and 1, not {value!r}")
    return cosine


def _in_header(check: Callable[[str], Any], value: str) -> Any:
    """A check shared with the admin API's JSON, its message marked as the header's."""
    try:
        return check(value)
    except ValueError as exc:
        raise ValueError(f"Prefer: {exc}") from None


#: Each preference the mock knows: the ``Prefer`` field it sets, and how its value is read.
_PARSERS: dict[str, tuple[str, Callable[[str], Any]]] = {
    "code": ("code", _code),
    "delay": ("delay_ms", _delay),
    "upload_status": ("upload_status", _upload_status),
    "dialect": ("dialect", _dialect),
    "gateway": ("gateway", _gateway),
    "label": ("label", _label),
    "similar_to": ("similar_to", lambda value: _in_header(check_asset_reference, value)),
    "cosine": ("cosine", lambda value: _in_header(parse_cosine, value)),
}
