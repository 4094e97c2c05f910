"""The ``Prefer`` header of one request, in Prism's style: what it asks of the mock.

    Prefer: code=429, delay=250, upload_status=FAILED, dialect=legacy, gateway=502

Preferences the mock does not know (``return=minimal``) are ignored; a known one with a bad value
is a ValueError whose message the 400 answer carries.
"""

from __future__ import annotations

from dataclasses import dataclass

from .contract import DIALECTS

#: What the infrastructure in front of the provider answers with (not envelopes).
GATEWAY_ANSWERS = (503, 404, 502)


@dataclass(frozen=True)
class Prefer:
    code: int | None = None
    delay_ms: float = 0.0
    upload_status: str | None = None
    dialect: str | None = None
    gateway: int | None = None


MAX_PREFER_DELAY_MS = 60_000


def parse_prefer(header: str | None) -> Prefer:
    """``code=429, delay=250, upload_status=FAILED, dialect=legacy, gateway=502``; ValueError
    with a clear message if a value is bad."""
    if not header:
        return Prefer()
    code: int | None = None
    delay = 0.0
    upload_status: str | None = None
    dialect: str | None = None
    gateway: int | None = None
    for item in header.replace(";", ",").split(","):
        if not item.strip():
            continue
        name, sep, value = item.partition("=")
        name, value = name.strip().lower(), value.strip().strip('"')
        if not sep:
            continue  # Prefer preferences we do not know (e.g. "return=minimal") are ignored
        if name == "code":
            if not value.isdigit() or not 100 <= int(value) <= 599:
                raise ValueError(f"Prefer: code={value} is not an HTTP status")
            code = int(value)
        elif name == "delay":
            try:
                delay = float(value)
            except ValueError:
                raise ValueError(f"Prefer: delay={value} is not a number of ms") from None
            if not 0 <= delay <= MAX_PREFER_DELAY_MS:
                raise ValueError(f"Prefer: delay must be between 0 and {MAX_PREFER_DELAY_MS} ms")
        elif name == "upload_status":
            if value.upper() not in ("SUCCESS", "FAILED"):
                raise ValueError("Prefer: upload_status must be SUCCESS or FAILED")
            upload_status = value.upper()
        elif name == "dialect":
            if value.lower() not in DIALECTS:
                raise ValueError(f"Prefer: dialect must be one of {', '.join(DIALECTS)}")
            dialect = value.lower()
        elif name == "gateway":
            if not value.isdigit() or int(value) not in GATEWAY_ANSWERS:
                allowed = ", ".join(str(s) for s in GATEWAY_ANSWERS)
                raise ValueError(f"Prefer: gateway must be one of {allowed}")
            gateway = int(value)
    return Prefer(code, delay, upload_status, dialect, gateway)


def requested_dialect(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer or "dialect" not in prefer.lower():
        return None
    for item in prefer.replace(";", ",").split(","):
        name, _, value = item.partition("=")
        if name.strip().lower() == "dialect":
            value = value.strip().strip('"').lower()
            return value if value in DIALECTS else None
    return None
