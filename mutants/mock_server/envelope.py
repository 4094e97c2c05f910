"""The only place that builds the provider's envelope, for successes and errors, in each dialect.

The dialect of an answer is the server's scenario (``MOCK_DIALECT``, ``PUT /__mock/scenario``),
unless the request asks for another with ``Prefer: dialect=...``. Codes come from the contract's
``x-dialect-table``:

- ``seed``: string codes, ``success``/``failed`` on every body, errors at their HTTP status;
- ``modern``: ``code`` is the HTTP status; errors are exactly ``{code, msg, data}``;
- ``legacy``: string codes, every answer at HTTP 200, errors included.
"""

from __future__ import annotations

from typing import Any, NoReturn

import orjson
from flask import Response, abort, g, request

from .contract import DIALECTS
from .state import state

JSON = "application/json"


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_requested_dialect__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_requested_dialect__mutmut)
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


def x_requested_dialect__mutmut_orig(prefer: str | None) -> str | None:
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


def x_requested_dialect__mutmut_1(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer and "dialect" not in prefer.lower():
        return None
    for item in prefer.replace(";", ",").split(","):
        name, _, value = item.partition("=")
        if name.strip().lower() == "dialect":
            value = value.strip().strip('"').lower()
            return value if value in DIALECTS else None
    return None


def x_requested_dialect__mutmut_2(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if prefer or "dialect" not in prefer.lower():
        return None
    for item in prefer.replace(";", ",").split(","):
        name, _, value = item.partition("=")
        if name.strip().lower() == "dialect":
            value = value.strip().strip('"').lower()
            return value if value in DIALECTS else None
    return None


def x_requested_dialect__mutmut_3(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer or "XXdialectXX" not in prefer.lower():
        return None
    for item in prefer.replace(";", ",").split(","):
        name, _, value = item.partition("=")
        if name.strip().lower() == "dialect":
            value = value.strip().strip('"').lower()
            return value if value in DIALECTS else None
    return None


def x_requested_dialect__mutmut_4(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer or "DIALECT" not in prefer.lower():
        return None
    for item in prefer.replace(";", ",").split(","):
        name, _, value = item.partition("=")
        if name.strip().lower() == "dialect":
            value = value.strip().strip('"').lower()
            return value if value in DIALECTS else None
    return None


def x_requested_dialect__mutmut_5(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer or "dialect" in prefer.lower():
        return None
    for item in prefer.replace(";", ",").split(","):
        name, _, value = item.partition("=")
        if name.strip().lower() == "dialect":
            value = value.strip().strip('"').lower()
            return value if value in DIALECTS else None
    return None


def x_requested_dialect__mutmut_6(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer or "dialect" not in prefer.upper():
        return None
    for item in prefer.replace(";", ",").split(","):
        name, _, value = item.partition("=")
        if name.strip().lower() == "dialect":
            value = value.strip().strip('"').lower()
            return value if value in DIALECTS else None
    return None


def x_requested_dialect__mutmut_7(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer or "dialect" not in prefer.lower():
        return None
    for item in prefer.replace(";", ",").split(None):
        name, _, value = item.partition("=")
        if name.strip().lower() == "dialect":
            value = value.strip().strip('"').lower()
            return value if value in DIALECTS else None
    return None


def x_requested_dialect__mutmut_8(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer or "dialect" not in prefer.lower():
        return None
    for item in prefer.replace(None, ",").split(","):
        name, _, value = item.partition("=")
        if name.strip().lower() == "dialect":
            value = value.strip().strip('"').lower()
            return value if value in DIALECTS else None
    return None


def x_requested_dialect__mutmut_9(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer or "dialect" not in prefer.lower():
        return None
    for item in prefer.replace(";", None).split(","):
        name, _, value = item.partition("=")
        if name.strip().lower() == "dialect":
            value = value.strip().strip('"').lower()
            return value if value in DIALECTS else None
    return None


def x_requested_dialect__mutmut_10(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer or "dialect" not in prefer.lower():
        return None
    for item in prefer.replace(",").split(","):
        name, _, value = item.partition("=")
        if name.strip().lower() == "dialect":
            value = value.strip().strip('"').lower()
            return value if value in DIALECTS else None
    return None


def x_requested_dialect__mutmut_11(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer or "dialect" not in prefer.lower():
        return None
    for item in prefer.replace(";", ).split(","):
        name, _, value = item.partition("=")
        if name.strip().lower() == "dialect":
            value = value.strip().strip('"').lower()
            return value if value in DIALECTS else None
    return None


def x_requested_dialect__mutmut_12(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer or "dialect" not in prefer.lower():
        return None
    for item in prefer.replace("XX;XX", ",").split(","):
        name, _, value = item.partition("=")
        if name.strip().lower() == "dialect":
            value = value.strip().strip('"').lower()
            return value if value in DIALECTS else None
    return None


def x_requested_dialect__mutmut_13(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer or "dialect" not in prefer.lower():
        return None
    for item in prefer.replace(";", "XX,XX").split(","):
        name, _, value = item.partition("=")
        if name.strip().lower() == "dialect":
            value = value.strip().strip('"').lower()
            return value if value in DIALECTS else None
    return None


def x_requested_dialect__mutmut_14(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer or "dialect" not in prefer.lower():
        return None
    for item in prefer.replace(";", ",").split("XX,XX"):
        name, _, value = item.partition("=")
        if name.strip().lower() == "dialect":
            value = value.strip().strip('"').lower()
            return value if value in DIALECTS else None
    return None


def x_requested_dialect__mutmut_15(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer or "dialect" not in prefer.lower():
        return None
    for item in prefer.replace(";", ",").split(","):
        name, _, value = None
        if name.strip().lower() == "dialect":
            value = value.strip().strip('"').lower()
            return value if value in DIALECTS else None
    return None


def x_requested_dialect__mutmut_16(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer or "dialect" not in prefer.lower():
        return None
    for item in prefer.replace(";", ",").split(","):
        name, _, value = item.partition(None)
        if name.strip().lower() == "dialect":
            value = value.strip().strip('"').lower()
            return value if value in DIALECTS else None
    return None


def x_requested_dialect__mutmut_17(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer or "dialect" not in prefer.lower():
        return None
    for item in prefer.replace(";", ",").split(","):
        name, _, value = item.rpartition("=")
        if name.strip().lower() == "dialect":
            value = value.strip().strip('"').lower()
            return value if value in DIALECTS else None
    return None


def x_requested_dialect__mutmut_18(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer or "dialect" not in prefer.lower():
        return None
    for item in prefer.replace(";", ",").split(","):
        name, _, value = item.partition("XX=XX")
        if name.strip().lower() == "dialect":
            value = value.strip().strip('"').lower()
            return value if value in DIALECTS else None
    return None


def x_requested_dialect__mutmut_19(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer or "dialect" not in prefer.lower():
        return None
    for item in prefer.replace(";", ",").split(","):
        name, _, value = item.partition("=")
        if name.strip().upper() == "dialect":
            value = value.strip().strip('"').lower()
            return value if value in DIALECTS else None
    return None


def x_requested_dialect__mutmut_20(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer or "dialect" not in prefer.lower():
        return None
    for item in prefer.replace(";", ",").split(","):
        name, _, value = item.partition("=")
        if name.strip().lower() != "dialect":
            value = value.strip().strip('"').lower()
            return value if value in DIALECTS else None
    return None


def x_requested_dialect__mutmut_21(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer or "dialect" not in prefer.lower():
        return None
    for item in prefer.replace(";", ",").split(","):
        name, _, value = item.partition("=")
        if name.strip().lower() == "XXdialectXX":
            value = value.strip().strip('"').lower()
            return value if value in DIALECTS else None
    return None


def x_requested_dialect__mutmut_22(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer or "dialect" not in prefer.lower():
        return None
    for item in prefer.replace(";", ",").split(","):
        name, _, value = item.partition("=")
        if name.strip().lower() == "DIALECT":
            value = value.strip().strip('"').lower()
            return value if value in DIALECTS else None
    return None


def x_requested_dialect__mutmut_23(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer or "dialect" not in prefer.lower():
        return None
    for item in prefer.replace(";", ",").split(","):
        name, _, value = item.partition("=")
        if name.strip().lower() == "dialect":
            value = None
            return value if value in DIALECTS else None
    return None


def x_requested_dialect__mutmut_24(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer or "dialect" not in prefer.lower():
        return None
    for item in prefer.replace(";", ",").split(","):
        name, _, value = item.partition("=")
        if name.strip().lower() == "dialect":
            value = value.strip().strip('"').upper()
            return value if value in DIALECTS else None
    return None


def x_requested_dialect__mutmut_25(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer or "dialect" not in prefer.lower():
        return None
    for item in prefer.replace(";", ",").split(","):
        name, _, value = item.partition("=")
        if name.strip().lower() == "dialect":
            value = value.strip().strip(None).lower()
            return value if value in DIALECTS else None
    return None


def x_requested_dialect__mutmut_26(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer or "dialect" not in prefer.lower():
        return None
    for item in prefer.replace(";", ",").split(","):
        name, _, value = item.partition("=")
        if name.strip().lower() == "dialect":
            value = value.strip().strip('XX"XX').lower()
            return value if value in DIALECTS else None
    return None


def x_requested_dialect__mutmut_27(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer or "dialect" not in prefer.lower():
        return None
    for item in prefer.replace(";", ",").split(","):
        name, _, value = item.partition("=")
        if name.strip().lower() == "dialect":
            value = value.strip().strip('"').lower()
            return value if (value in DIALECTS) and False else None
    return None


def x_requested_dialect__mutmut_28(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer or "dialect" not in prefer.lower():
        return None
    for item in prefer.replace(";", ",").split(","):
        name, _, value = item.partition("=")
        if name.strip().lower() == "dialect":
            value = value.strip().strip('"').lower()
            return value if (value in DIALECTS) or True else None
    return None


def x_requested_dialect__mutmut_29(prefer: str | None) -> str | None:
    """The ``dialect=`` of a Prefer header if it names a known dialect, else None (lenient: the
    strict parse, with its 400 for a bad value, is ``prefer.parse_prefer``)."""
    if not prefer or "dialect" not in prefer.lower():
        return None
    for item in prefer.replace(";", ",").split(","):
        name, _, value = item.partition("=")
        if name.strip().lower() == "dialect":
            value = value.strip().strip('"').lower()
            return value if value not in DIALECTS else None
    return None

mutants_x_requested_dialect__mutmut['_mutmut_orig'] = x_requested_dialect__mutmut_orig # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_1'] = x_requested_dialect__mutmut_1 # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_2'] = x_requested_dialect__mutmut_2 # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_3'] = x_requested_dialect__mutmut_3 # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_4'] = x_requested_dialect__mutmut_4 # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_5'] = x_requested_dialect__mutmut_5 # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_6'] = x_requested_dialect__mutmut_6 # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_7'] = x_requested_dialect__mutmut_7 # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_8'] = x_requested_dialect__mutmut_8 # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_9'] = x_requested_dialect__mutmut_9 # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_10'] = x_requested_dialect__mutmut_10 # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_11'] = x_requested_dialect__mutmut_11 # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_12'] = x_requested_dialect__mutmut_12 # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_13'] = x_requested_dialect__mutmut_13 # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_14'] = x_requested_dialect__mutmut_14 # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_15'] = x_requested_dialect__mutmut_15 # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_16'] = x_requested_dialect__mutmut_16 # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_17'] = x_requested_dialect__mutmut_17 # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_18'] = x_requested_dialect__mutmut_18 # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_19'] = x_requested_dialect__mutmut_19 # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_20'] = x_requested_dialect__mutmut_20 # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_21'] = x_requested_dialect__mutmut_21 # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_22'] = x_requested_dialect__mutmut_22 # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_23'] = x_requested_dialect__mutmut_23 # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_24'] = x_requested_dialect__mutmut_24 # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_25'] = x_requested_dialect__mutmut_25 # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_26'] = x_requested_dialect__mutmut_26 # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_27'] = x_requested_dialect__mutmut_27 # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_28'] = x_requested_dialect__mutmut_28 # type: ignore # mutmut generated
mutants_x_requested_dialect__mutmut['x_requested_dialect__mutmut_29'] = x_requested_dialect__mutmut_29 # type: ignore # mutmut generated
mutants_x_current_dialect__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_current_dialect__mutmut)
def current_dialect() -> str:
    """The dialect this request is answered in (decided once per request)."""
    dialect: str | None = g.get("dialect")
    if dialect is None:
        dialect = requested_dialect(request.headers.get("Prefer"))
        if dialect is None:
            dialect = state().scenarios.current().dialect
        g.dialect = dialect
    return dialect


def x_current_dialect__mutmut_orig() -> str:
    """The dialect this request is answered in (decided once per request)."""
    dialect: str | None = g.get("dialect")
    if dialect is None:
        dialect = requested_dialect(request.headers.get("Prefer"))
        if dialect is None:
            dialect = state().scenarios.current().dialect
        g.dialect = dialect
    return dialect


def x_current_dialect__mutmut_1() -> str:
    """The dialect this request is answered in (decided once per request)."""
    dialect: str | None = None
    if dialect is None:
        dialect = requested_dialect(request.headers.get("Prefer"))
        if dialect is None:
            dialect = state().scenarios.current().dialect
        g.dialect = dialect
    return dialect


def x_current_dialect__mutmut_2() -> str:
    """The dialect this request is answered in (decided once per request)."""
    dialect: str | None = g.get(None)
    if dialect is None:
        dialect = requested_dialect(request.headers.get("Prefer"))
        if dialect is None:
            dialect = state().scenarios.current().dialect
        g.dialect = dialect
    return dialect


def x_current_dialect__mutmut_3() -> str:
    """The dialect this request is answered in (decided once per request)."""
    dialect: str | None = g.get("XXdialectXX")
    if dialect is None:
        dialect = requested_dialect(request.headers.get("Prefer"))
        if dialect is None:
            dialect = state().scenarios.current().dialect
        g.dialect = dialect
    return dialect


def x_current_dialect__mutmut_4() -> str:
    """The dialect this request is answered in (decided once per request)."""
    dialect: str | None = g.get("DIALECT")
    if dialect is None:
        dialect = requested_dialect(request.headers.get("Prefer"))
        if dialect is None:
            dialect = state().scenarios.current().dialect
        g.dialect = dialect
    return dialect


def x_current_dialect__mutmut_5() -> str:
    """The dialect this request is answered in (decided once per request)."""
    dialect: str | None = g.get("dialect")
    if dialect is not None:
        dialect = requested_dialect(request.headers.get("Prefer"))
        if dialect is None:
            dialect = state().scenarios.current().dialect
        g.dialect = dialect
    return dialect


def x_current_dialect__mutmut_6() -> str:
    """The dialect this request is answered in (decided once per request)."""
    dialect: str | None = g.get("dialect")
    if dialect is None:
        dialect = None
        if dialect is None:
            dialect = state().scenarios.current().dialect
        g.dialect = dialect
    return dialect


def x_current_dialect__mutmut_7() -> str:
    """The dialect this request is answered in (decided once per request)."""
    dialect: str | None = g.get("dialect")
    if dialect is None:
        dialect = requested_dialect(None)
        if dialect is None:
            dialect = state().scenarios.current().dialect
        g.dialect = dialect
    return dialect


def x_current_dialect__mutmut_8() -> str:
    """The dialect this request is answered in (decided once per request)."""
    dialect: str | None = g.get("dialect")
    if dialect is None:
        dialect = requested_dialect(request.headers.get(None))
        if dialect is None:
            dialect = state().scenarios.current().dialect
        g.dialect = dialect
    return dialect


def x_current_dialect__mutmut_9() -> str:
    """The dialect this request is answered in (decided once per request)."""
    dialect: str | None = g.get("dialect")
    if dialect is None:
        dialect = requested_dialect(request.headers.get("XXPreferXX"))
        if dialect is None:
            dialect = state().scenarios.current().dialect
        g.dialect = dialect
    return dialect


def x_current_dialect__mutmut_10() -> str:
    """The dialect this request is answered in (decided once per request)."""
    dialect: str | None = g.get("dialect")
    if dialect is None:
        dialect = requested_dialect(request.headers.get("prefer"))
        if dialect is None:
            dialect = state().scenarios.current().dialect
        g.dialect = dialect
    return dialect


def x_current_dialect__mutmut_11() -> str:
    """The dialect this request is answered in (decided once per request)."""
    dialect: str | None = g.get("dialect")
    if dialect is None:
        dialect = requested_dialect(request.headers.get("PREFER"))
        if dialect is None:
            dialect = state().scenarios.current().dialect
        g.dialect = dialect
    return dialect


def x_current_dialect__mutmut_12() -> str:
    """The dialect this request is answered in (decided once per request)."""
    dialect: str | None = g.get("dialect")
    if dialect is None:
        dialect = requested_dialect(request.headers.get("Prefer"))
        if dialect is not None:
            dialect = state().scenarios.current().dialect
        g.dialect = dialect
    return dialect


def x_current_dialect__mutmut_13() -> str:
    """The dialect this request is answered in (decided once per request)."""
    dialect: str | None = g.get("dialect")
    if dialect is None:
        dialect = requested_dialect(request.headers.get("Prefer"))
        if dialect is None:
            dialect = None
        g.dialect = dialect
    return dialect


def x_current_dialect__mutmut_14() -> str:
    """The dialect this request is answered in (decided once per request)."""
    dialect: str | None = g.get("dialect")
    if dialect is None:
        dialect = requested_dialect(request.headers.get("Prefer"))
        if dialect is None:
            dialect = state().scenarios.current().dialect
        g.dialect = None
    return dialect

mutants_x_current_dialect__mutmut['_mutmut_orig'] = x_current_dialect__mutmut_orig # type: ignore # mutmut generated
mutants_x_current_dialect__mutmut['x_current_dialect__mutmut_1'] = x_current_dialect__mutmut_1 # type: ignore # mutmut generated
mutants_x_current_dialect__mutmut['x_current_dialect__mutmut_2'] = x_current_dialect__mutmut_2 # type: ignore # mutmut generated
mutants_x_current_dialect__mutmut['x_current_dialect__mutmut_3'] = x_current_dialect__mutmut_3 # type: ignore # mutmut generated
mutants_x_current_dialect__mutmut['x_current_dialect__mutmut_4'] = x_current_dialect__mutmut_4 # type: ignore # mutmut generated
mutants_x_current_dialect__mutmut['x_current_dialect__mutmut_5'] = x_current_dialect__mutmut_5 # type: ignore # mutmut generated
mutants_x_current_dialect__mutmut['x_current_dialect__mutmut_6'] = x_current_dialect__mutmut_6 # type: ignore # mutmut generated
mutants_x_current_dialect__mutmut['x_current_dialect__mutmut_7'] = x_current_dialect__mutmut_7 # type: ignore # mutmut generated
mutants_x_current_dialect__mutmut['x_current_dialect__mutmut_8'] = x_current_dialect__mutmut_8 # type: ignore # mutmut generated
mutants_x_current_dialect__mutmut['x_current_dialect__mutmut_9'] = x_current_dialect__mutmut_9 # type: ignore # mutmut generated
mutants_x_current_dialect__mutmut['x_current_dialect__mutmut_10'] = x_current_dialect__mutmut_10 # type: ignore # mutmut generated
mutants_x_current_dialect__mutmut['x_current_dialect__mutmut_11'] = x_current_dialect__mutmut_11 # type: ignore # mutmut generated
mutants_x_current_dialect__mutmut['x_current_dialect__mutmut_12'] = x_current_dialect__mutmut_12 # type: ignore # mutmut generated
mutants_x_current_dialect__mutmut['x_current_dialect__mutmut_13'] = x_current_dialect__mutmut_13 # type: ignore # mutmut generated
mutants_x_current_dialect__mutmut['x_current_dialect__mutmut_14'] = x_current_dialect__mutmut_14 # type: ignore # mutmut generated
mutants_x_success_body__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_success_body__mutmut)
def success_body(dialect: str, data: Any) -> bytes:
    """``data`` may hold numpy arrays: they serialise as their shortest round-trip reprs."""
    code = state().contract.code_for(200, dialect)
    return orjson.dumps(
        {"code": code, "msg": "success", "data": data, "success": True, "failed": False},
        option=orjson.OPT_SERIALIZE_NUMPY,
    )


def x_success_body__mutmut_orig(dialect: str, data: Any) -> bytes:
    """``data`` may hold numpy arrays: they serialise as their shortest round-trip reprs."""
    code = state().contract.code_for(200, dialect)
    return orjson.dumps(
        {"code": code, "msg": "success", "data": data, "success": True, "failed": False},
        option=orjson.OPT_SERIALIZE_NUMPY,
    )


def x_success_body__mutmut_1(dialect: str, data: Any) -> bytes:
    """``data`` may hold numpy arrays: they serialise as their shortest round-trip reprs."""
    code = None
    return orjson.dumps(
        {"code": code, "msg": "success", "data": data, "success": True, "failed": False},
        option=orjson.OPT_SERIALIZE_NUMPY,
    )


def x_success_body__mutmut_2(dialect: str, data: Any) -> bytes:
    """``data`` may hold numpy arrays: they serialise as their shortest round-trip reprs."""
    code = state().contract.code_for(None, dialect)
    return orjson.dumps(
        {"code": code, "msg": "success", "data": data, "success": True, "failed": False},
        option=orjson.OPT_SERIALIZE_NUMPY,
    )


def x_success_body__mutmut_3(dialect: str, data: Any) -> bytes:
    """``data`` may hold numpy arrays: they serialise as their shortest round-trip reprs."""
    code = state().contract.code_for(200, None)
    return orjson.dumps(
        {"code": code, "msg": "success", "data": data, "success": True, "failed": False},
        option=orjson.OPT_SERIALIZE_NUMPY,
    )


def x_success_body__mutmut_4(dialect: str, data: Any) -> bytes:
    """``data`` may hold numpy arrays: they serialise as their shortest round-trip reprs."""
    code = state().contract.code_for(dialect)
    return orjson.dumps(
        {"code": code, "msg": "success", "data": data, "success": True, "failed": False},
        option=orjson.OPT_SERIALIZE_NUMPY,
    )


def x_success_body__mutmut_5(dialect: str, data: Any) -> bytes:
    """``data`` may hold numpy arrays: they serialise as their shortest round-trip reprs."""
    code = state().contract.code_for(200, )
    return orjson.dumps(
        {"code": code, "msg": "success", "data": data, "success": True, "failed": False},
        option=orjson.OPT_SERIALIZE_NUMPY,
    )


def x_success_body__mutmut_6(dialect: str, data: Any) -> bytes:
    """``data`` may hold numpy arrays: they serialise as their shortest round-trip reprs."""
    code = state().contract.code_for(201, dialect)
    return orjson.dumps(
        {"code": code, "msg": "success", "data": data, "success": True, "failed": False},
        option=orjson.OPT_SERIALIZE_NUMPY,
    )


def x_success_body__mutmut_7(dialect: str, data: Any) -> bytes:
    """``data`` may hold numpy arrays: they serialise as their shortest round-trip reprs."""
    code = state().contract.code_for(200, dialect)
    return orjson.dumps(
        None,
        option=orjson.OPT_SERIALIZE_NUMPY,
    )


def x_success_body__mutmut_8(dialect: str, data: Any) -> bytes:
    """``data`` may hold numpy arrays: they serialise as their shortest round-trip reprs."""
    code = state().contract.code_for(200, dialect)
    return orjson.dumps(
        {"code": code, "msg": "success", "data": data, "success": True, "failed": False},
        option=None,
    )


def x_success_body__mutmut_9(dialect: str, data: Any) -> bytes:
    """``data`` may hold numpy arrays: they serialise as their shortest round-trip reprs."""
    code = state().contract.code_for(200, dialect)
    return orjson.dumps(
        option=orjson.OPT_SERIALIZE_NUMPY,
    )


def x_success_body__mutmut_10(dialect: str, data: Any) -> bytes:
    """``data`` may hold numpy arrays: they serialise as their shortest round-trip reprs."""
    code = state().contract.code_for(200, dialect)
    return orjson.dumps(
        {"code": code, "msg": "success", "data": data, "success": True, "failed": False},
        )


def x_success_body__mutmut_11(dialect: str, data: Any) -> bytes:
    """``data`` may hold numpy arrays: they serialise as their shortest round-trip reprs."""
    code = state().contract.code_for(200, dialect)
    return orjson.dumps(
        {"XXcodeXX": code, "msg": "success", "data": data, "success": True, "failed": False},
        option=orjson.OPT_SERIALIZE_NUMPY,
    )


def x_success_body__mutmut_12(dialect: str, data: Any) -> bytes:
    """``data`` may hold numpy arrays: they serialise as their shortest round-trip reprs."""
    code = state().contract.code_for(200, dialect)
    return orjson.dumps(
        {"CODE": code, "msg": "success", "data": data, "success": True, "failed": False},
        option=orjson.OPT_SERIALIZE_NUMPY,
    )


def x_success_body__mutmut_13(dialect: str, data: Any) -> bytes:
    """``data`` may hold numpy arrays: they serialise as their shortest round-trip reprs."""
    code = state().contract.code_for(200, dialect)
    return orjson.dumps(
        {"code": code, "XXmsgXX": "success", "data": data, "success": True, "failed": False},
        option=orjson.OPT_SERIALIZE_NUMPY,
    )


def x_success_body__mutmut_14(dialect: str, data: Any) -> bytes:
    """``data`` may hold numpy arrays: they serialise as their shortest round-trip reprs."""
    code = state().contract.code_for(200, dialect)
    return orjson.dumps(
        {"code": code, "MSG": "success", "data": data, "success": True, "failed": False},
        option=orjson.OPT_SERIALIZE_NUMPY,
    )


def x_success_body__mutmut_15(dialect: str, data: Any) -> bytes:
    """``data`` may hold numpy arrays: they serialise as their shortest round-trip reprs."""
    code = state().contract.code_for(200, dialect)
    return orjson.dumps(
        {"code": code, "msg": "XXsuccessXX", "data": data, "success": True, "failed": False},
        option=orjson.OPT_SERIALIZE_NUMPY,
    )


def x_success_body__mutmut_16(dialect: str, data: Any) -> bytes:
    """``data`` may hold numpy arrays: they serialise as their shortest round-trip reprs."""
    code = state().contract.code_for(200, dialect)
    return orjson.dumps(
        {"code": code, "msg": "SUCCESS", "data": data, "success": True, "failed": False},
        option=orjson.OPT_SERIALIZE_NUMPY,
    )


def x_success_body__mutmut_17(dialect: str, data: Any) -> bytes:
    """``data`` may hold numpy arrays: they serialise as their shortest round-trip reprs."""
    code = state().contract.code_for(200, dialect)
    return orjson.dumps(
        {"code": code, "msg": "success", "XXdataXX": data, "success": True, "failed": False},
        option=orjson.OPT_SERIALIZE_NUMPY,
    )


def x_success_body__mutmut_18(dialect: str, data: Any) -> bytes:
    """``data`` may hold numpy arrays: they serialise as their shortest round-trip reprs."""
    code = state().contract.code_for(200, dialect)
    return orjson.dumps(
        {"code": code, "msg": "success", "DATA": data, "success": True, "failed": False},
        option=orjson.OPT_SERIALIZE_NUMPY,
    )


def x_success_body__mutmut_19(dialect: str, data: Any) -> bytes:
    """``data`` may hold numpy arrays: they serialise as their shortest round-trip reprs."""
    code = state().contract.code_for(200, dialect)
    return orjson.dumps(
        {"code": code, "msg": "success", "data": data, "XXsuccessXX": True, "failed": False},
        option=orjson.OPT_SERIALIZE_NUMPY,
    )


def x_success_body__mutmut_20(dialect: str, data: Any) -> bytes:
    """``data`` may hold numpy arrays: they serialise as their shortest round-trip reprs."""
    code = state().contract.code_for(200, dialect)
    return orjson.dumps(
        {"code": code, "msg": "success", "data": data, "SUCCESS": True, "failed": False},
        option=orjson.OPT_SERIALIZE_NUMPY,
    )


def x_success_body__mutmut_21(dialect: str, data: Any) -> bytes:
    """``data`` may hold numpy arrays: they serialise as their shortest round-trip reprs."""
    code = state().contract.code_for(200, dialect)
    return orjson.dumps(
        {"code": code, "msg": "success", "data": data, "success": False, "failed": False},
        option=orjson.OPT_SERIALIZE_NUMPY,
    )


def x_success_body__mutmut_22(dialect: str, data: Any) -> bytes:
    """``data`` may hold numpy arrays: they serialise as their shortest round-trip reprs."""
    code = state().contract.code_for(200, dialect)
    return orjson.dumps(
        {"code": code, "msg": "success", "data": data, "success": True, "XXfailedXX": False},
        option=orjson.OPT_SERIALIZE_NUMPY,
    )


def x_success_body__mutmut_23(dialect: str, data: Any) -> bytes:
    """``data`` may hold numpy arrays: they serialise as their shortest round-trip reprs."""
    code = state().contract.code_for(200, dialect)
    return orjson.dumps(
        {"code": code, "msg": "success", "data": data, "success": True, "FAILED": False},
        option=orjson.OPT_SERIALIZE_NUMPY,
    )


def x_success_body__mutmut_24(dialect: str, data: Any) -> bytes:
    """``data`` may hold numpy arrays: they serialise as their shortest round-trip reprs."""
    code = state().contract.code_for(200, dialect)
    return orjson.dumps(
        {"code": code, "msg": "success", "data": data, "success": True, "failed": True},
        option=orjson.OPT_SERIALIZE_NUMPY,
    )

mutants_x_success_body__mutmut['_mutmut_orig'] = x_success_body__mutmut_orig # type: ignore # mutmut generated
mutants_x_success_body__mutmut['x_success_body__mutmut_1'] = x_success_body__mutmut_1 # type: ignore # mutmut generated
mutants_x_success_body__mutmut['x_success_body__mutmut_2'] = x_success_body__mutmut_2 # type: ignore # mutmut generated
mutants_x_success_body__mutmut['x_success_body__mutmut_3'] = x_success_body__mutmut_3 # type: ignore # mutmut generated
mutants_x_success_body__mutmut['x_success_body__mutmut_4'] = x_success_body__mutmut_4 # type: ignore # mutmut generated
mutants_x_success_body__mutmut['x_success_body__mutmut_5'] = x_success_body__mutmut_5 # type: ignore # mutmut generated
mutants_x_success_body__mutmut['x_success_body__mutmut_6'] = x_success_body__mutmut_6 # type: ignore # mutmut generated
mutants_x_success_body__mutmut['x_success_body__mutmut_7'] = x_success_body__mutmut_7 # type: ignore # mutmut generated
mutants_x_success_body__mutmut['x_success_body__mutmut_8'] = x_success_body__mutmut_8 # type: ignore # mutmut generated
mutants_x_success_body__mutmut['x_success_body__mutmut_9'] = x_success_body__mutmut_9 # type: ignore # mutmut generated
mutants_x_success_body__mutmut['x_success_body__mutmut_10'] = x_success_body__mutmut_10 # type: ignore # mutmut generated
mutants_x_success_body__mutmut['x_success_body__mutmut_11'] = x_success_body__mutmut_11 # type: ignore # mutmut generated
mutants_x_success_body__mutmut['x_success_body__mutmut_12'] = x_success_body__mutmut_12 # type: ignore # mutmut generated
mutants_x_success_body__mutmut['x_success_body__mutmut_13'] = x_success_body__mutmut_13 # type: ignore # mutmut generated
mutants_x_success_body__mutmut['x_success_body__mutmut_14'] = x_success_body__mutmut_14 # type: ignore # mutmut generated
mutants_x_success_body__mutmut['x_success_body__mutmut_15'] = x_success_body__mutmut_15 # type: ignore # mutmut generated
mutants_x_success_body__mutmut['x_success_body__mutmut_16'] = x_success_body__mutmut_16 # type: ignore # mutmut generated
mutants_x_success_body__mutmut['x_success_body__mutmut_17'] = x_success_body__mutmut_17 # type: ignore # mutmut generated
mutants_x_success_body__mutmut['x_success_body__mutmut_18'] = x_success_body__mutmut_18 # type: ignore # mutmut generated
mutants_x_success_body__mutmut['x_success_body__mutmut_19'] = x_success_body__mutmut_19 # type: ignore # mutmut generated
mutants_x_success_body__mutmut['x_success_body__mutmut_20'] = x_success_body__mutmut_20 # type: ignore # mutmut generated
mutants_x_success_body__mutmut['x_success_body__mutmut_21'] = x_success_body__mutmut_21 # type: ignore # mutmut generated
mutants_x_success_body__mutmut['x_success_body__mutmut_22'] = x_success_body__mutmut_22 # type: ignore # mutmut generated
mutants_x_success_body__mutmut['x_success_body__mutmut_23'] = x_success_body__mutmut_23 # type: ignore # mutmut generated
mutants_x_success_body__mutmut['x_success_body__mutmut_24'] = x_success_body__mutmut_24 # type: ignore # mutmut generated
mutants_x_error_body__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_error_body__mutmut)
def error_body(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "success": False, "failed": True})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_orig(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "success": False, "failed": True})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_1(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = None
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "success": False, "failed": True})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_2(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(None, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "success": False, "failed": True})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_3(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, None)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "success": False, "failed": True})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_4(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "success": False, "failed": True})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_5(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, )
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "success": False, "failed": True})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_6(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect != "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "success": False, "failed": True})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_7(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "XXmodernXX":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "success": False, "failed": True})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_8(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "MODERN":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "success": False, "failed": True})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_9(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps(None)
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "success": False, "failed": True})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_10(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"XXcodeXX": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "success": False, "failed": True})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_11(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"CODE": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "success": False, "failed": True})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_12(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "XXmsgXX": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "success": False, "failed": True})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_13(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "MSG": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "success": False, "failed": True})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_14(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "XXdataXX": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "success": False, "failed": True})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_15(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "DATA": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "success": False, "failed": True})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_16(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = None
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_17(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps(None)
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_18(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"XXcodeXX": code, "msg": msg, "data": None, "success": False, "failed": True})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_19(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"CODE": code, "msg": msg, "data": None, "success": False, "failed": True})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_20(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "XXmsgXX": msg, "data": None, "success": False, "failed": True})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_21(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "MSG": msg, "data": None, "success": False, "failed": True})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_22(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "XXdataXX": None, "success": False, "failed": True})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_23(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "DATA": None, "success": False, "failed": True})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_24(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "XXsuccessXX": False, "failed": True})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_25(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "SUCCESS": False, "failed": True})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_26(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "success": True, "failed": True})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_27(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "success": False, "XXfailedXX": True})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_28(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "success": False, "FAILED": True})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_29(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "success": False, "failed": False})
    return (200 if dialect == "legacy" else status), body


def x_error_body__mutmut_30(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "success": False, "failed": True})
    return (200 if (dialect == "legacy") and False else status), body


def x_error_body__mutmut_31(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "success": False, "failed": True})
    return (200 if (dialect == "legacy") or True else status), body


def x_error_body__mutmut_32(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "success": False, "failed": True})
    return (201 if dialect == "legacy" else status), body


def x_error_body__mutmut_33(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "success": False, "failed": True})
    return (200 if dialect != "legacy" else status), body


def x_error_body__mutmut_34(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "success": False, "failed": True})
    return (200 if dialect == "XXlegacyXX" else status), body


def x_error_body__mutmut_35(dialect: str, status: int, msg: str) -> tuple[int, bytes]:
    """(HTTP status, body) of an error in ``dialect``."""
    code = state().contract.code_for(status, dialect)
    if dialect == "modern":
        return status, orjson.dumps({"code": code, "msg": msg, "data": None})
    body = orjson.dumps({"code": code, "msg": msg, "data": None, "success": False, "failed": True})
    return (200 if dialect == "LEGACY" else status), body

mutants_x_error_body__mutmut['_mutmut_orig'] = x_error_body__mutmut_orig # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_1'] = x_error_body__mutmut_1 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_2'] = x_error_body__mutmut_2 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_3'] = x_error_body__mutmut_3 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_4'] = x_error_body__mutmut_4 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_5'] = x_error_body__mutmut_5 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_6'] = x_error_body__mutmut_6 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_7'] = x_error_body__mutmut_7 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_8'] = x_error_body__mutmut_8 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_9'] = x_error_body__mutmut_9 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_10'] = x_error_body__mutmut_10 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_11'] = x_error_body__mutmut_11 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_12'] = x_error_body__mutmut_12 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_13'] = x_error_body__mutmut_13 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_14'] = x_error_body__mutmut_14 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_15'] = x_error_body__mutmut_15 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_16'] = x_error_body__mutmut_16 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_17'] = x_error_body__mutmut_17 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_18'] = x_error_body__mutmut_18 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_19'] = x_error_body__mutmut_19 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_20'] = x_error_body__mutmut_20 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_21'] = x_error_body__mutmut_21 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_22'] = x_error_body__mutmut_22 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_23'] = x_error_body__mutmut_23 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_24'] = x_error_body__mutmut_24 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_25'] = x_error_body__mutmut_25 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_26'] = x_error_body__mutmut_26 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_27'] = x_error_body__mutmut_27 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_28'] = x_error_body__mutmut_28 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_29'] = x_error_body__mutmut_29 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_30'] = x_error_body__mutmut_30 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_31'] = x_error_body__mutmut_31 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_32'] = x_error_body__mutmut_32 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_33'] = x_error_body__mutmut_33 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_34'] = x_error_body__mutmut_34 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_35'] = x_error_body__mutmut_35 # type: ignore # mutmut generated
mutants_x_json_response__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_json_response__mutmut)
def json_response(
    body: bytes, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    return Response(body, status=status, mimetype=JSON, headers=headers)


def x_json_response__mutmut_orig(
    body: bytes, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    return Response(body, status=status, mimetype=JSON, headers=headers)


def x_json_response__mutmut_1(
    body: bytes, status: int = 201, headers: dict[str, str] | None = None
) -> Response:
    return Response(body, status=status, mimetype=JSON, headers=headers)


def x_json_response__mutmut_2(
    body: bytes, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    return Response(None, status=status, mimetype=JSON, headers=headers)


def x_json_response__mutmut_3(
    body: bytes, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    return Response(body, status=None, mimetype=JSON, headers=headers)


def x_json_response__mutmut_4(
    body: bytes, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    return Response(body, status=status, mimetype=None, headers=headers)


def x_json_response__mutmut_5(
    body: bytes, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    return Response(body, status=status, mimetype=JSON, headers=None)


def x_json_response__mutmut_6(
    body: bytes, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    return Response(status=status, mimetype=JSON, headers=headers)


def x_json_response__mutmut_7(
    body: bytes, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    return Response(body, mimetype=JSON, headers=headers)


def x_json_response__mutmut_8(
    body: bytes, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    return Response(body, status=status, headers=headers)


def x_json_response__mutmut_9(
    body: bytes, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    return Response(body, status=status, mimetype=JSON, )

mutants_x_json_response__mutmut['_mutmut_orig'] = x_json_response__mutmut_orig # type: ignore # mutmut generated
mutants_x_json_response__mutmut['x_json_response__mutmut_1'] = x_json_response__mutmut_1 # type: ignore # mutmut generated
mutants_x_json_response__mutmut['x_json_response__mutmut_2'] = x_json_response__mutmut_2 # type: ignore # mutmut generated
mutants_x_json_response__mutmut['x_json_response__mutmut_3'] = x_json_response__mutmut_3 # type: ignore # mutmut generated
mutants_x_json_response__mutmut['x_json_response__mutmut_4'] = x_json_response__mutmut_4 # type: ignore # mutmut generated
mutants_x_json_response__mutmut['x_json_response__mutmut_5'] = x_json_response__mutmut_5 # type: ignore # mutmut generated
mutants_x_json_response__mutmut['x_json_response__mutmut_6'] = x_json_response__mutmut_6 # type: ignore # mutmut generated
mutants_x_json_response__mutmut['x_json_response__mutmut_7'] = x_json_response__mutmut_7 # type: ignore # mutmut generated
mutants_x_json_response__mutmut['x_json_response__mutmut_8'] = x_json_response__mutmut_8 # type: ignore # mutmut generated
mutants_x_json_response__mutmut['x_json_response__mutmut_9'] = x_json_response__mutmut_9 # type: ignore # mutmut generated
mutants_x_error_response__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_error_response__mutmut)
def error_response(status: int, msg: str | None = None, **headers: str) -> Response:
    """The error envelope for ``status``, in this request's dialect."""
    http_status, body = error_body(
        current_dialect(), status, msg or state().contract.message_for(status)
    )
    return json_response(body, http_status, headers or None)


def x_error_response__mutmut_orig(status: int, msg: str | None = None, **headers: str) -> Response:
    """The error envelope for ``status``, in this request's dialect."""
    http_status, body = error_body(
        current_dialect(), status, msg or state().contract.message_for(status)
    )
    return json_response(body, http_status, headers or None)


def x_error_response__mutmut_1(status: int, msg: str | None = None, **headers: str) -> Response:
    """The error envelope for ``status``, in this request's dialect."""
    http_status, body = None
    return json_response(body, http_status, headers or None)


def x_error_response__mutmut_2(status: int, msg: str | None = None, **headers: str) -> Response:
    """The error envelope for ``status``, in this request's dialect."""
    http_status, body = error_body(
        None, status, msg or state().contract.message_for(status)
    )
    return json_response(body, http_status, headers or None)


def x_error_response__mutmut_3(status: int, msg: str | None = None, **headers: str) -> Response:
    """The error envelope for ``status``, in this request's dialect."""
    http_status, body = error_body(
        current_dialect(), None, msg or state().contract.message_for(status)
    )
    return json_response(body, http_status, headers or None)


def x_error_response__mutmut_4(status: int, msg: str | None = None, **headers: str) -> Response:
    """The error envelope for ``status``, in this request's dialect."""
    http_status, body = error_body(
        current_dialect(), status, None
    )
    return json_response(body, http_status, headers or None)


def x_error_response__mutmut_5(status: int, msg: str | None = None, **headers: str) -> Response:
    """The error envelope for ``status``, in this request's dialect."""
    http_status, body = error_body(
        status, msg or state().contract.message_for(status)
    )
    return json_response(body, http_status, headers or None)


def x_error_response__mutmut_6(status: int, msg: str | None = None, **headers: str) -> Response:
    """The error envelope for ``status``, in this request's dialect."""
    http_status, body = error_body(
        current_dialect(), msg or state().contract.message_for(status)
    )
    return json_response(body, http_status, headers or None)


def x_error_response__mutmut_7(status: int, msg: str | None = None, **headers: str) -> Response:
    """The error envelope for ``status``, in this request's dialect."""
    http_status, body = error_body(
        current_dialect(), status, )
    return json_response(body, http_status, headers or None)


def x_error_response__mutmut_8(status: int, msg: str | None = None, **headers: str) -> Response:
    """The error envelope for ``status``, in this request's dialect."""
    http_status, body = error_body(
        current_dialect(), status, msg and state().contract.message_for(status)
    )
    return json_response(body, http_status, headers or None)


def x_error_response__mutmut_9(status: int, msg: str | None = None, **headers: str) -> Response:
    """The error envelope for ``status``, in this request's dialect."""
    http_status, body = error_body(
        current_dialect(), status, msg or state().contract.message_for(None)
    )
    return json_response(body, http_status, headers or None)


def x_error_response__mutmut_10(status: int, msg: str | None = None, **headers: str) -> Response:
    """The error envelope for ``status``, in this request's dialect."""
    http_status, body = error_body(
        current_dialect(), status, msg or state().contract.message_for(status)
    )
    return json_response(None, http_status, headers or None)


def x_error_response__mutmut_11(status: int, msg: str | None = None, **headers: str) -> Response:
    """The error envelope for ``status``, in this request's dialect."""
    http_status, body = error_body(
        current_dialect(), status, msg or state().contract.message_for(status)
    )
    return json_response(body, None, headers or None)


def x_error_response__mutmut_12(status: int, msg: str | None = None, **headers: str) -> Response:
    """The error envelope for ``status``, in this request's dialect."""
    http_status, body = error_body(
        current_dialect(), status, msg or state().contract.message_for(status)
    )
    return json_response(body, http_status, None)


def x_error_response__mutmut_13(status: int, msg: str | None = None, **headers: str) -> Response:
    """The error envelope for ``status``, in this request's dialect."""
    http_status, body = error_body(
        current_dialect(), status, msg or state().contract.message_for(status)
    )
    return json_response(http_status, headers or None)


def x_error_response__mutmut_14(status: int, msg: str | None = None, **headers: str) -> Response:
    """The error envelope for ``status``, in this request's dialect."""
    http_status, body = error_body(
        current_dialect(), status, msg or state().contract.message_for(status)
    )
    return json_response(body, headers or None)


def x_error_response__mutmut_15(status: int, msg: str | None = None, **headers: str) -> Response:
    """The error envelope for ``status``, in this request's dialect."""
    http_status, body = error_body(
        current_dialect(), status, msg or state().contract.message_for(status)
    )
    return json_response(body, http_status, )


def x_error_response__mutmut_16(status: int, msg: str | None = None, **headers: str) -> Response:
    """The error envelope for ``status``, in this request's dialect."""
    http_status, body = error_body(
        current_dialect(), status, msg or state().contract.message_for(status)
    )
    return json_response(body, http_status, headers and None)

mutants_x_error_response__mutmut['_mutmut_orig'] = x_error_response__mutmut_orig # type: ignore # mutmut generated
mutants_x_error_response__mutmut['x_error_response__mutmut_1'] = x_error_response__mutmut_1 # type: ignore # mutmut generated
mutants_x_error_response__mutmut['x_error_response__mutmut_2'] = x_error_response__mutmut_2 # type: ignore # mutmut generated
mutants_x_error_response__mutmut['x_error_response__mutmut_3'] = x_error_response__mutmut_3 # type: ignore # mutmut generated
mutants_x_error_response__mutmut['x_error_response__mutmut_4'] = x_error_response__mutmut_4 # type: ignore # mutmut generated
mutants_x_error_response__mutmut['x_error_response__mutmut_5'] = x_error_response__mutmut_5 # type: ignore # mutmut generated
mutants_x_error_response__mutmut['x_error_response__mutmut_6'] = x_error_response__mutmut_6 # type: ignore # mutmut generated
mutants_x_error_response__mutmut['x_error_response__mutmut_7'] = x_error_response__mutmut_7 # type: ignore # mutmut generated
mutants_x_error_response__mutmut['x_error_response__mutmut_8'] = x_error_response__mutmut_8 # type: ignore # mutmut generated
mutants_x_error_response__mutmut['x_error_response__mutmut_9'] = x_error_response__mutmut_9 # type: ignore # mutmut generated
mutants_x_error_response__mutmut['x_error_response__mutmut_10'] = x_error_response__mutmut_10 # type: ignore # mutmut generated
mutants_x_error_response__mutmut['x_error_response__mutmut_11'] = x_error_response__mutmut_11 # type: ignore # mutmut generated
mutants_x_error_response__mutmut['x_error_response__mutmut_12'] = x_error_response__mutmut_12 # type: ignore # mutmut generated
mutants_x_error_response__mutmut['x_error_response__mutmut_13'] = x_error_response__mutmut_13 # type: ignore # mutmut generated
mutants_x_error_response__mutmut['x_error_response__mutmut_14'] = x_error_response__mutmut_14 # type: ignore # mutmut generated
mutants_x_error_response__mutmut['x_error_response__mutmut_15'] = x_error_response__mutmut_15 # type: ignore # mutmut generated
mutants_x_error_response__mutmut['x_error_response__mutmut_16'] = x_error_response__mutmut_16 # type: ignore # mutmut generated
mutants_x_fail__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_fail__mutmut)
def fail(status: int, msg: str | None = None, **headers: str) -> NoReturn:
    """Stop the request here with an error envelope."""
    abort(error_response(status, msg, **headers))


def x_fail__mutmut_orig(status: int, msg: str | None = None, **headers: str) -> NoReturn:
    """Stop the request here with an error envelope."""
    abort(error_response(status, msg, **headers))


def x_fail__mutmut_1(status: int, msg: str | None = None, **headers: str) -> NoReturn:
    """Stop the request here with an error envelope."""
    abort(None)


def x_fail__mutmut_2(status: int, msg: str | None = None, **headers: str) -> NoReturn:
    """Stop the request here with an error envelope."""
    abort(error_response(None, msg, **headers))


def x_fail__mutmut_3(status: int, msg: str | None = None, **headers: str) -> NoReturn:
    """Stop the request here with an error envelope."""
    abort(error_response(status, None, **headers))


def x_fail__mutmut_4(status: int, msg: str | None = None, **headers: str) -> NoReturn:
    """Stop the request here with an error envelope."""
    abort(error_response(msg, **headers))


def x_fail__mutmut_5(status: int, msg: str | None = None, **headers: str) -> NoReturn:
    """Stop the request here with an error envelope."""
    abort(error_response(status, **headers))


def x_fail__mutmut_6(status: int, msg: str | None = None, **headers: str) -> NoReturn:
    """Stop the request here with an error envelope."""
    abort(error_response(status, msg, ))

mutants_x_fail__mutmut['_mutmut_orig'] = x_fail__mutmut_orig # type: ignore # mutmut generated
mutants_x_fail__mutmut['x_fail__mutmut_1'] = x_fail__mutmut_1 # type: ignore # mutmut generated
mutants_x_fail__mutmut['x_fail__mutmut_2'] = x_fail__mutmut_2 # type: ignore # mutmut generated
mutants_x_fail__mutmut['x_fail__mutmut_3'] = x_fail__mutmut_3 # type: ignore # mutmut generated
mutants_x_fail__mutmut['x_fail__mutmut_4'] = x_fail__mutmut_4 # type: ignore # mutmut generated
mutants_x_fail__mutmut['x_fail__mutmut_5'] = x_fail__mutmut_5 # type: ignore # mutmut generated
mutants_x_fail__mutmut['x_fail__mutmut_6'] = x_fail__mutmut_6 # type: ignore # mutmut generated
