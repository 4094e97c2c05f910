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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True)
class Prefer:
    code: int | None = None
    delay_ms: float = 0.0
    upload_status: str | None = None
    dialect: str | None = None
    gateway: int | None = None


MAX_PREFER_DELAY_MS = 60_000
mutants_x_parse_prefer__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_prefer__mutmut)
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


def x_parse_prefer__mutmut_orig(header: str | None) -> Prefer:
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


def x_parse_prefer__mutmut_1(header: str | None) -> Prefer:
    """``code=429, delay=250, upload_status=FAILED, dialect=legacy, gateway=502``; ValueError
    with a clear message if a value is bad."""
    if header:
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


def x_parse_prefer__mutmut_2(header: str | None) -> Prefer:
    """``code=429, delay=250, upload_status=FAILED, dialect=legacy, gateway=502``; ValueError
    with a clear message if a value is bad."""
    if not header:
        return Prefer()
    code: int | None = ""
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


def x_parse_prefer__mutmut_3(header: str | None) -> Prefer:
    """``code=429, delay=250, upload_status=FAILED, dialect=legacy, gateway=502``; ValueError
    with a clear message if a value is bad."""
    if not header:
        return Prefer()
    code: int | None = None
    delay = None
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


def x_parse_prefer__mutmut_4(header: str | None) -> Prefer:
    """``code=429, delay=250, upload_status=FAILED, dialect=legacy, gateway=502``; ValueError
    with a clear message if a value is bad."""
    if not header:
        return Prefer()
    code: int | None = None
    delay = 1.0
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


def x_parse_prefer__mutmut_5(header: str | None) -> Prefer:
    """``code=429, delay=250, upload_status=FAILED, dialect=legacy, gateway=502``; ValueError
    with a clear message if a value is bad."""
    if not header:
        return Prefer()
    code: int | None = None
    delay = 0.0
    upload_status: str | None = ""
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


def x_parse_prefer__mutmut_6(header: str | None) -> Prefer:
    """``code=429, delay=250, upload_status=FAILED, dialect=legacy, gateway=502``; ValueError
    with a clear message if a value is bad."""
    if not header:
        return Prefer()
    code: int | None = None
    delay = 0.0
    upload_status: str | None = None
    dialect: str | None = ""
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


def x_parse_prefer__mutmut_7(header: str | None) -> Prefer:
    """``code=429, delay=250, upload_status=FAILED, dialect=legacy, gateway=502``; ValueError
    with a clear message if a value is bad."""
    if not header:
        return Prefer()
    code: int | None = None
    delay = 0.0
    upload_status: str | None = None
    dialect: str | None = None
    gateway: int | None = ""
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


def x_parse_prefer__mutmut_8(header: str | None) -> Prefer:
    """``code=429, delay=250, upload_status=FAILED, dialect=legacy, gateway=502``; ValueError
    with a clear message if a value is bad."""
    if not header:
        return Prefer()
    code: int | None = None
    delay = 0.0
    upload_status: str | None = None
    dialect: str | None = None
    gateway: int | None = None
    for item in header.replace(";", ",").split(None):
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


def x_parse_prefer__mutmut_9(header: str | None) -> Prefer:
    """``code=429, delay=250, upload_status=FAILED, dialect=legacy, gateway=502``; ValueError
    with a clear message if a value is bad."""
    if not header:
        return Prefer()
    code: int | None = None
    delay = 0.0
    upload_status: str | None = None
    dialect: str | None = None
    gateway: int | None = None
    for item in header.replace(None, ",").split(","):
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


def x_parse_prefer__mutmut_10(header: str | None) -> Prefer:
    """``code=429, delay=250, upload_status=FAILED, dialect=legacy, gateway=502``; ValueError
    with a clear message if a value is bad."""
    if not header:
        return Prefer()
    code: int | None = None
    delay = 0.0
    upload_status: str | None = None
    dialect: str | None = None
    gateway: int | None = None
    for item in header.replace(";", None).split(","):
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


def x_parse_prefer__mutmut_11(header: str | None) -> Prefer:
    """``code=429, delay=250, upload_status=FAILED, dialect=legacy, gateway=502``; ValueError
    with a clear message if a value is bad."""
    if not header:
        return Prefer()
    code: int | None = None
    delay = 0.0
    upload_status: str | None = None
    dialect: str | None = None
    gateway: int | None = None
    for item in header.replace(",").split(","):
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


def x_parse_prefer__mutmut_12(header: str | None) -> Prefer:
    """``code=429, delay=250, upload_status=FAILED, dialect=legacy, gateway=502``; ValueError
    with a clear message if a value is bad."""
    if not header:
        return Prefer()
    code: int | None = None
    delay = 0.0
    upload_status: str | None = None
    dialect: str | None = None
    gateway: int | None = None
    for item in header.replace(";", ).split(","):
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


def x_parse_prefer__mutmut_13(header: str | None) -> Prefer:
    """``code=429, delay=250, upload_status=FAILED, dialect=legacy, gateway=502``; ValueError
    with a clear message if a value is bad."""
    if not header:
        return Prefer()
    code: int | None = None
    delay = 0.0
    upload_status: str | None = None
    dialect: str | None = None
    gateway: int | None = None
    for item in header.replace("XX;XX", ",").split(","):
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


def x_parse_prefer__mutmut_14(header: str | None) -> Prefer:
    """``code=429, delay=250, upload_status=FAILED, dialect=legacy, gateway=502``; ValueError
    with a clear message if a value is bad."""
    if not header:
        return Prefer()
    code: int | None = None
    delay = 0.0
    upload_status: str | None = None
    dialect: str | None = None
    gateway: int | None = None
    for item in header.replace(";", "XX,XX").split(","):
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


def x_parse_prefer__mutmut_15(header: str | None) -> Prefer:
    """``code=429, delay=250, upload_status=FAILED, dialect=legacy, gateway=502``; ValueError
    with a clear message if a value is bad."""
    if not header:
        return Prefer()
    code: int | None = None
    delay = 0.0
    upload_status: str | None = None
    dialect: str | None = None
    gateway: int | None = None
    for item in header.replace(";", ",").split("XX,XX"):
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


def x_parse_prefer__mutmut_16(header: str | None) -> Prefer:
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
        if item.strip():
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


def x_parse_prefer__mutmut_17(header: str | None) -> Prefer:
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
            break
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


def x_parse_prefer__mutmut_18(header: str | None) -> Prefer:
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
        name, sep, value = None
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


def x_parse_prefer__mutmut_19(header: str | None) -> Prefer:
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
        name, sep, value = item.partition(None)
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


def x_parse_prefer__mutmut_20(header: str | None) -> Prefer:
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
        name, sep, value = item.rpartition("=")
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


def x_parse_prefer__mutmut_21(header: str | None) -> Prefer:
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
        name, sep, value = item.partition("XX=XX")
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


def x_parse_prefer__mutmut_22(header: str | None) -> Prefer:
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
        name, value = None
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


def x_parse_prefer__mutmut_23(header: str | None) -> Prefer:
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
        name, value = name.strip().upper(), value.strip().strip('"')
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


def x_parse_prefer__mutmut_24(header: str | None) -> Prefer:
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
        name, value = name.strip().lower(), value.strip().strip(None)
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


def x_parse_prefer__mutmut_25(header: str | None) -> Prefer:
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
        name, value = name.strip().lower(), value.strip().strip('XX"XX')
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


def x_parse_prefer__mutmut_26(header: str | None) -> Prefer:
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
        if sep:
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


def x_parse_prefer__mutmut_27(header: str | None) -> Prefer:
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
            break  # Prefer preferences we do not know (e.g. "return=minimal") are ignored
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


def x_parse_prefer__mutmut_28(header: str | None) -> Prefer:
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
        if name != "code":
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


def x_parse_prefer__mutmut_29(header: str | None) -> Prefer:
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
        if name == "XXcodeXX":
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


def x_parse_prefer__mutmut_30(header: str | None) -> Prefer:
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
        if name == "CODE":
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


def x_parse_prefer__mutmut_31(header: str | None) -> Prefer:
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
            if not value.isdigit() and not 100 <= int(value) <= 599:
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


def x_parse_prefer__mutmut_32(header: str | None) -> Prefer:
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
            if value.isdigit() or not 100 <= int(value) <= 599:
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


def x_parse_prefer__mutmut_33(header: str | None) -> Prefer:
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
            if not value.isdigit() or 100 <= int(value) <= 599:
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


def x_parse_prefer__mutmut_34(header: str | None) -> Prefer:
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
            if not value.isdigit() or not 101 <= int(value) <= 599:
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


def x_parse_prefer__mutmut_35(header: str | None) -> Prefer:
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
            if not value.isdigit() or not 100 < int(value) <= 599:
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


def x_parse_prefer__mutmut_36(header: str | None) -> Prefer:
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
            if not value.isdigit() or not 100 <= int(None) <= 599:
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


def x_parse_prefer__mutmut_37(header: str | None) -> Prefer:
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
            if not value.isdigit() or not 100 <= int(value) < 599:
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


def x_parse_prefer__mutmut_38(header: str | None) -> Prefer:
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
            if not value.isdigit() or not 100 <= int(value) <= 600:
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


def x_parse_prefer__mutmut_39(header: str | None) -> Prefer:
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
                raise ValueError(None)
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


def x_parse_prefer__mutmut_40(header: str | None) -> Prefer:
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
            code = None
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


def x_parse_prefer__mutmut_41(header: str | None) -> Prefer:
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
            code = int(None)
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


def x_parse_prefer__mutmut_42(header: str | None) -> Prefer:
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
        elif name != "delay":
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


def x_parse_prefer__mutmut_43(header: str | None) -> Prefer:
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
        elif name == "XXdelayXX":
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


def x_parse_prefer__mutmut_44(header: str | None) -> Prefer:
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
        elif name == "DELAY":
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


def x_parse_prefer__mutmut_45(header: str | None) -> Prefer:
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
                delay = None
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


def x_parse_prefer__mutmut_46(header: str | None) -> Prefer:
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
                delay = float(None)
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


def x_parse_prefer__mutmut_47(header: str | None) -> Prefer:
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
                raise ValueError(None) from None
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


def x_parse_prefer__mutmut_48(header: str | None) -> Prefer:
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
            if 0 <= delay <= MAX_PREFER_DELAY_MS:
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


def x_parse_prefer__mutmut_49(header: str | None) -> Prefer:
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
            if not 1 <= delay <= MAX_PREFER_DELAY_MS:
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


def x_parse_prefer__mutmut_50(header: str | None) -> Prefer:
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
            if not 0 < delay <= MAX_PREFER_DELAY_MS:
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


def x_parse_prefer__mutmut_51(header: str | None) -> Prefer:
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
            if not 0 <= delay < MAX_PREFER_DELAY_MS:
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


def x_parse_prefer__mutmut_52(header: str | None) -> Prefer:
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
                raise ValueError(None)
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


def x_parse_prefer__mutmut_53(header: str | None) -> Prefer:
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
        elif name != "upload_status":
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


def x_parse_prefer__mutmut_54(header: str | None) -> Prefer:
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
        elif name == "XXupload_statusXX":
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


def x_parse_prefer__mutmut_55(header: str | None) -> Prefer:
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
        elif name == "UPLOAD_STATUS":
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


def x_parse_prefer__mutmut_56(header: str | None) -> Prefer:
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
            if value.lower() not in ("SUCCESS", "FAILED"):
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


def x_parse_prefer__mutmut_57(header: str | None) -> Prefer:
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
            if value.upper() in ("SUCCESS", "FAILED"):
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


def x_parse_prefer__mutmut_58(header: str | None) -> Prefer:
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
            if value.upper() not in ("XXSUCCESSXX", "FAILED"):
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


def x_parse_prefer__mutmut_59(header: str | None) -> Prefer:
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
            if value.upper() not in ("success", "FAILED"):
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


def x_parse_prefer__mutmut_60(header: str | None) -> Prefer:
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
            if value.upper() not in ("SUCCESS", "XXFAILEDXX"):
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


def x_parse_prefer__mutmut_61(header: str | None) -> Prefer:
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
            if value.upper() not in ("SUCCESS", "failed"):
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


def x_parse_prefer__mutmut_62(header: str | None) -> Prefer:
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
                raise ValueError(None)
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


def x_parse_prefer__mutmut_63(header: str | None) -> Prefer:
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
                raise ValueError("XXPrefer: upload_status must be SUCCESS or FAILEDXX")
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


def x_parse_prefer__mutmut_64(header: str | None) -> Prefer:
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
                raise ValueError("prefer: upload_status must be success or failed")
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


def x_parse_prefer__mutmut_65(header: str | None) -> Prefer:
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
                raise ValueError("PREFER: UPLOAD_STATUS MUST BE SUCCESS OR FAILED")
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


def x_parse_prefer__mutmut_66(header: str | None) -> Prefer:
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
            upload_status = None
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


def x_parse_prefer__mutmut_67(header: str | None) -> Prefer:
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
            upload_status = value.lower()
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


def x_parse_prefer__mutmut_68(header: str | None) -> Prefer:
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
        elif name != "dialect":
            if value.lower() not in DIALECTS:
                raise ValueError(f"Prefer: dialect must be one of {', '.join(DIALECTS)}")
            dialect = value.lower()
        elif name == "gateway":
            if not value.isdigit() or int(value) not in GATEWAY_ANSWERS:
                allowed = ", ".join(str(s) for s in GATEWAY_ANSWERS)
                raise ValueError(f"Prefer: gateway must be one of {allowed}")
            gateway = int(value)
    return Prefer(code, delay, upload_status, dialect, gateway)


def x_parse_prefer__mutmut_69(header: str | None) -> Prefer:
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
        elif name == "XXdialectXX":
            if value.lower() not in DIALECTS:
                raise ValueError(f"Prefer: dialect must be one of {', '.join(DIALECTS)}")
            dialect = value.lower()
        elif name == "gateway":
            if not value.isdigit() or int(value) not in GATEWAY_ANSWERS:
                allowed = ", ".join(str(s) for s in GATEWAY_ANSWERS)
                raise ValueError(f"Prefer: gateway must be one of {allowed}")
            gateway = int(value)
    return Prefer(code, delay, upload_status, dialect, gateway)


def x_parse_prefer__mutmut_70(header: str | None) -> Prefer:
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
        elif name == "DIALECT":
            if value.lower() not in DIALECTS:
                raise ValueError(f"Prefer: dialect must be one of {', '.join(DIALECTS)}")
            dialect = value.lower()
        elif name == "gateway":
            if not value.isdigit() or int(value) not in GATEWAY_ANSWERS:
                allowed = ", ".join(str(s) for s in GATEWAY_ANSWERS)
                raise ValueError(f"Prefer: gateway must be one of {allowed}")
            gateway = int(value)
    return Prefer(code, delay, upload_status, dialect, gateway)


def x_parse_prefer__mutmut_71(header: str | None) -> Prefer:
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
            if value.upper() not in DIALECTS:
                raise ValueError(f"Prefer: dialect must be one of {', '.join(DIALECTS)}")
            dialect = value.lower()
        elif name == "gateway":
            if not value.isdigit() or int(value) not in GATEWAY_ANSWERS:
                allowed = ", ".join(str(s) for s in GATEWAY_ANSWERS)
                raise ValueError(f"Prefer: gateway must be one of {allowed}")
            gateway = int(value)
    return Prefer(code, delay, upload_status, dialect, gateway)


def x_parse_prefer__mutmut_72(header: str | None) -> Prefer:
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
            if value.lower() in DIALECTS:
                raise ValueError(f"Prefer: dialect must be one of {', '.join(DIALECTS)}")
            dialect = value.lower()
        elif name == "gateway":
            if not value.isdigit() or int(value) not in GATEWAY_ANSWERS:
                allowed = ", ".join(str(s) for s in GATEWAY_ANSWERS)
                raise ValueError(f"Prefer: gateway must be one of {allowed}")
            gateway = int(value)
    return Prefer(code, delay, upload_status, dialect, gateway)


def x_parse_prefer__mutmut_73(header: str | None) -> Prefer:
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
                raise ValueError(None)
            dialect = value.lower()
        elif name == "gateway":
            if not value.isdigit() or int(value) not in GATEWAY_ANSWERS:
                allowed = ", ".join(str(s) for s in GATEWAY_ANSWERS)
                raise ValueError(f"Prefer: gateway must be one of {allowed}")
            gateway = int(value)
    return Prefer(code, delay, upload_status, dialect, gateway)


def x_parse_prefer__mutmut_74(header: str | None) -> Prefer:
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
                raise ValueError(f"Prefer: dialect must be one of {', '.join(None)}")
            dialect = value.lower()
        elif name == "gateway":
            if not value.isdigit() or int(value) not in GATEWAY_ANSWERS:
                allowed = ", ".join(str(s) for s in GATEWAY_ANSWERS)
                raise ValueError(f"Prefer: gateway must be one of {allowed}")
            gateway = int(value)
    return Prefer(code, delay, upload_status, dialect, gateway)


def x_parse_prefer__mutmut_75(header: str | None) -> Prefer:
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
                raise ValueError(f"Prefer: dialect must be one of {'XX, XX'.join(DIALECTS)}")
            dialect = value.lower()
        elif name == "gateway":
            if not value.isdigit() or int(value) not in GATEWAY_ANSWERS:
                allowed = ", ".join(str(s) for s in GATEWAY_ANSWERS)
                raise ValueError(f"Prefer: gateway must be one of {allowed}")
            gateway = int(value)
    return Prefer(code, delay, upload_status, dialect, gateway)


def x_parse_prefer__mutmut_76(header: str | None) -> Prefer:
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
            dialect = None
        elif name == "gateway":
            if not value.isdigit() or int(value) not in GATEWAY_ANSWERS:
                allowed = ", ".join(str(s) for s in GATEWAY_ANSWERS)
                raise ValueError(f"Prefer: gateway must be one of {allowed}")
            gateway = int(value)
    return Prefer(code, delay, upload_status, dialect, gateway)


def x_parse_prefer__mutmut_77(header: str | None) -> Prefer:
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
            dialect = value.upper()
        elif name == "gateway":
            if not value.isdigit() or int(value) not in GATEWAY_ANSWERS:
                allowed = ", ".join(str(s) for s in GATEWAY_ANSWERS)
                raise ValueError(f"Prefer: gateway must be one of {allowed}")
            gateway = int(value)
    return Prefer(code, delay, upload_status, dialect, gateway)


def x_parse_prefer__mutmut_78(header: str | None) -> Prefer:
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
        elif name != "gateway":
            if not value.isdigit() or int(value) not in GATEWAY_ANSWERS:
                allowed = ", ".join(str(s) for s in GATEWAY_ANSWERS)
                raise ValueError(f"Prefer: gateway must be one of {allowed}")
            gateway = int(value)
    return Prefer(code, delay, upload_status, dialect, gateway)


def x_parse_prefer__mutmut_79(header: str | None) -> Prefer:
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
        elif name == "XXgatewayXX":
            if not value.isdigit() or int(value) not in GATEWAY_ANSWERS:
                allowed = ", ".join(str(s) for s in GATEWAY_ANSWERS)
                raise ValueError(f"Prefer: gateway must be one of {allowed}")
            gateway = int(value)
    return Prefer(code, delay, upload_status, dialect, gateway)


def x_parse_prefer__mutmut_80(header: str | None) -> Prefer:
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
        elif name == "GATEWAY":
            if not value.isdigit() or int(value) not in GATEWAY_ANSWERS:
                allowed = ", ".join(str(s) for s in GATEWAY_ANSWERS)
                raise ValueError(f"Prefer: gateway must be one of {allowed}")
            gateway = int(value)
    return Prefer(code, delay, upload_status, dialect, gateway)


def x_parse_prefer__mutmut_81(header: str | None) -> Prefer:
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
            if not value.isdigit() and int(value) not in GATEWAY_ANSWERS:
                allowed = ", ".join(str(s) for s in GATEWAY_ANSWERS)
                raise ValueError(f"Prefer: gateway must be one of {allowed}")
            gateway = int(value)
    return Prefer(code, delay, upload_status, dialect, gateway)


def x_parse_prefer__mutmut_82(header: str | None) -> Prefer:
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
            if value.isdigit() or int(value) not in GATEWAY_ANSWERS:
                allowed = ", ".join(str(s) for s in GATEWAY_ANSWERS)
                raise ValueError(f"Prefer: gateway must be one of {allowed}")
            gateway = int(value)
    return Prefer(code, delay, upload_status, dialect, gateway)


def x_parse_prefer__mutmut_83(header: str | None) -> Prefer:
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
            if not value.isdigit() or int(None) not in GATEWAY_ANSWERS:
                allowed = ", ".join(str(s) for s in GATEWAY_ANSWERS)
                raise ValueError(f"Prefer: gateway must be one of {allowed}")
            gateway = int(value)
    return Prefer(code, delay, upload_status, dialect, gateway)


def x_parse_prefer__mutmut_84(header: str | None) -> Prefer:
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
            if not value.isdigit() or int(value) in GATEWAY_ANSWERS:
                allowed = ", ".join(str(s) for s in GATEWAY_ANSWERS)
                raise ValueError(f"Prefer: gateway must be one of {allowed}")
            gateway = int(value)
    return Prefer(code, delay, upload_status, dialect, gateway)


def x_parse_prefer__mutmut_85(header: str | None) -> Prefer:
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
                allowed = None
                raise ValueError(f"Prefer: gateway must be one of {allowed}")
            gateway = int(value)
    return Prefer(code, delay, upload_status, dialect, gateway)


def x_parse_prefer__mutmut_86(header: str | None) -> Prefer:
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
                allowed = ", ".join(None)
                raise ValueError(f"Prefer: gateway must be one of {allowed}")
            gateway = int(value)
    return Prefer(code, delay, upload_status, dialect, gateway)


def x_parse_prefer__mutmut_87(header: str | None) -> Prefer:
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
                allowed = "XX, XX".join(str(s) for s in GATEWAY_ANSWERS)
                raise ValueError(f"Prefer: gateway must be one of {allowed}")
            gateway = int(value)
    return Prefer(code, delay, upload_status, dialect, gateway)


def x_parse_prefer__mutmut_88(header: str | None) -> Prefer:
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
                allowed = ", ".join(str(None) for s in GATEWAY_ANSWERS)
                raise ValueError(f"Prefer: gateway must be one of {allowed}")
            gateway = int(value)
    return Prefer(code, delay, upload_status, dialect, gateway)


def x_parse_prefer__mutmut_89(header: str | None) -> Prefer:
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
                raise ValueError(None)
            gateway = int(value)
    return Prefer(code, delay, upload_status, dialect, gateway)


def x_parse_prefer__mutmut_90(header: str | None) -> Prefer:
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
            gateway = None
    return Prefer(code, delay, upload_status, dialect, gateway)


def x_parse_prefer__mutmut_91(header: str | None) -> Prefer:
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
            gateway = int(None)
    return Prefer(code, delay, upload_status, dialect, gateway)


def x_parse_prefer__mutmut_92(header: str | None) -> Prefer:
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
    return Prefer(None, delay, upload_status, dialect, gateway)


def x_parse_prefer__mutmut_93(header: str | None) -> Prefer:
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
    return Prefer(code, None, upload_status, dialect, gateway)


def x_parse_prefer__mutmut_94(header: str | None) -> Prefer:
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
    return Prefer(code, delay, None, dialect, gateway)


def x_parse_prefer__mutmut_95(header: str | None) -> Prefer:
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
    return Prefer(code, delay, upload_status, None, gateway)


def x_parse_prefer__mutmut_96(header: str | None) -> Prefer:
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
    return Prefer(code, delay, upload_status, dialect, None)


def x_parse_prefer__mutmut_97(header: str | None) -> Prefer:
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
    return Prefer(delay, upload_status, dialect, gateway)


def x_parse_prefer__mutmut_98(header: str | None) -> Prefer:
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
    return Prefer(code, upload_status, dialect, gateway)


def x_parse_prefer__mutmut_99(header: str | None) -> Prefer:
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
    return Prefer(code, delay, dialect, gateway)


def x_parse_prefer__mutmut_100(header: str | None) -> Prefer:
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
    return Prefer(code, delay, upload_status, gateway)


def x_parse_prefer__mutmut_101(header: str | None) -> Prefer:
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
    return Prefer(code, delay, upload_status, dialect, )

mutants_x_parse_prefer__mutmut['_mutmut_orig'] = x_parse_prefer__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_1'] = x_parse_prefer__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_2'] = x_parse_prefer__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_3'] = x_parse_prefer__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_4'] = x_parse_prefer__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_5'] = x_parse_prefer__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_6'] = x_parse_prefer__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_7'] = x_parse_prefer__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_8'] = x_parse_prefer__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_9'] = x_parse_prefer__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_10'] = x_parse_prefer__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_11'] = x_parse_prefer__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_12'] = x_parse_prefer__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_13'] = x_parse_prefer__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_14'] = x_parse_prefer__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_15'] = x_parse_prefer__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_16'] = x_parse_prefer__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_17'] = x_parse_prefer__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_18'] = x_parse_prefer__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_19'] = x_parse_prefer__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_20'] = x_parse_prefer__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_21'] = x_parse_prefer__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_22'] = x_parse_prefer__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_23'] = x_parse_prefer__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_24'] = x_parse_prefer__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_25'] = x_parse_prefer__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_26'] = x_parse_prefer__mutmut_26 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_27'] = x_parse_prefer__mutmut_27 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_28'] = x_parse_prefer__mutmut_28 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_29'] = x_parse_prefer__mutmut_29 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_30'] = x_parse_prefer__mutmut_30 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_31'] = x_parse_prefer__mutmut_31 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_32'] = x_parse_prefer__mutmut_32 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_33'] = x_parse_prefer__mutmut_33 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_34'] = x_parse_prefer__mutmut_34 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_35'] = x_parse_prefer__mutmut_35 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_36'] = x_parse_prefer__mutmut_36 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_37'] = x_parse_prefer__mutmut_37 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_38'] = x_parse_prefer__mutmut_38 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_39'] = x_parse_prefer__mutmut_39 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_40'] = x_parse_prefer__mutmut_40 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_41'] = x_parse_prefer__mutmut_41 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_42'] = x_parse_prefer__mutmut_42 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_43'] = x_parse_prefer__mutmut_43 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_44'] = x_parse_prefer__mutmut_44 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_45'] = x_parse_prefer__mutmut_45 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_46'] = x_parse_prefer__mutmut_46 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_47'] = x_parse_prefer__mutmut_47 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_48'] = x_parse_prefer__mutmut_48 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_49'] = x_parse_prefer__mutmut_49 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_50'] = x_parse_prefer__mutmut_50 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_51'] = x_parse_prefer__mutmut_51 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_52'] = x_parse_prefer__mutmut_52 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_53'] = x_parse_prefer__mutmut_53 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_54'] = x_parse_prefer__mutmut_54 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_55'] = x_parse_prefer__mutmut_55 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_56'] = x_parse_prefer__mutmut_56 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_57'] = x_parse_prefer__mutmut_57 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_58'] = x_parse_prefer__mutmut_58 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_59'] = x_parse_prefer__mutmut_59 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_60'] = x_parse_prefer__mutmut_60 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_61'] = x_parse_prefer__mutmut_61 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_62'] = x_parse_prefer__mutmut_62 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_63'] = x_parse_prefer__mutmut_63 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_64'] = x_parse_prefer__mutmut_64 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_65'] = x_parse_prefer__mutmut_65 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_66'] = x_parse_prefer__mutmut_66 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_67'] = x_parse_prefer__mutmut_67 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_68'] = x_parse_prefer__mutmut_68 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_69'] = x_parse_prefer__mutmut_69 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_70'] = x_parse_prefer__mutmut_70 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_71'] = x_parse_prefer__mutmut_71 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_72'] = x_parse_prefer__mutmut_72 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_73'] = x_parse_prefer__mutmut_73 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_74'] = x_parse_prefer__mutmut_74 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_75'] = x_parse_prefer__mutmut_75 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_76'] = x_parse_prefer__mutmut_76 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_77'] = x_parse_prefer__mutmut_77 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_78'] = x_parse_prefer__mutmut_78 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_79'] = x_parse_prefer__mutmut_79 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_80'] = x_parse_prefer__mutmut_80 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_81'] = x_parse_prefer__mutmut_81 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_82'] = x_parse_prefer__mutmut_82 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_83'] = x_parse_prefer__mutmut_83 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_84'] = x_parse_prefer__mutmut_84 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_85'] = x_parse_prefer__mutmut_85 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_86'] = x_parse_prefer__mutmut_86 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_87'] = x_parse_prefer__mutmut_87 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_88'] = x_parse_prefer__mutmut_88 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_89'] = x_parse_prefer__mutmut_89 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_90'] = x_parse_prefer__mutmut_90 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_91'] = x_parse_prefer__mutmut_91 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_92'] = x_parse_prefer__mutmut_92 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_93'] = x_parse_prefer__mutmut_93 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_94'] = x_parse_prefer__mutmut_94 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_95'] = x_parse_prefer__mutmut_95 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_96'] = x_parse_prefer__mutmut_96 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_97'] = x_parse_prefer__mutmut_97 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_98'] = x_parse_prefer__mutmut_98 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_99'] = x_parse_prefer__mutmut_99 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_100'] = x_parse_prefer__mutmut_100 # type: ignore # mutmut generated
mutants_x_parse_prefer__mutmut['x_parse_prefer__mutmut_101'] = x_parse_prefer__mutmut_101 # type: ignore # mutmut generated
