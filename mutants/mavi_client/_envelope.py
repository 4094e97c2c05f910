"""Turns one raw HTTP answer into a value or a typed error: the only place that reads envelopes.

It is pure (no I/O), so the sync and async clients share it, and it can be tested on any
``httpx.Response``.

The provider answers in three dialects (see ``info.description`` and ``x-dialect-table`` in
openapi.yaml), and all three are read here:

- **seed**: ``code`` a four-digit string (``"0000"`` on success), ``success``/``failed`` on every
  body, errors at their HTTP status;
- **modern**: ``code`` an integer equal to the HTTP status, ``success``/``failed`` optional
  (errors are just ``{code, msg, data}``), errors at their HTTP status;
- **legacy**: the seed's string codes, but errors travel in an **HTTP 200** answer.

The exception class is chosen from the HTTP status when it is not 200, and from ``code`` (through
``CODE_STATUS``) when an error travels in a 200; never from ``msg``. Answers that are no envelope at
all (a gateway's HTML page, a Spring-style JSON error, the storage's XML error) are judged by their
status alone.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import MappingProxyType
from typing import Any, TypeVar

import httpx
import orjson

from ._errors import (
    AuthError,
    Code,
    InsufficientCreditsError,
    InvalidRequestError,
    MaviError,
    NotFoundError,
    ProtocolError,
    RateLimitedError,
    ServerError,
)

T = TypeVar("T")

#: The two spellings of success the provider has published (``status: 200`` in x-dialect-table).
SUCCESS_CODES: frozenset[str | int] = frozenset({"0000", 200})

#: Every string code of openapi.yaml's ``x-dialect-table`` (its ``seed``, ``legacy`` and ``also``
#: columns) -> the HTTP status its row stands for. An integer code (modern dialect) stands for
#: itself. tests/test_client_dialects.py checks this copy against openapi.yaml.
CODE_STATUS: Mapping[str, int] = MappingProxyType(
    {
        "0000": 200,
        "0001": 400,
        "0003": 400,
        "0401": 401,
        "0402": 402,
        "0403": 403,
        "9009": 403,
        "0404": 404,
        "0405": 405,
        "0409": 409,
        "0413": 413,
        "0415": 415,
        "0429": 429,
        "0500": 500,
        "0503": 503,
    }
)

#: Vector length per model, as in ``info.x-embedding-dimensions`` of openapi.yaml.
MODEL_DIMENSIONS: Mapping[str, int] = {"multimodalembedding@001": 1408}

_STRING_CODE = re.compile(r"[0-9]{4}")
_EXCERPT = 160
_XML_CODE = re.compile(r"<Code>\s*(.*?)\s*</Code>", re.DOTALL | re.IGNORECASE)
_XML_MESSAGE = re.compile(r"<Message>\s*(.*?)\s*</Message>", re.DOTALL | re.IGNORECASE)
_HTML_TITLE = re.compile(r"<title[^>]*>\s*(.*?)\s*</title>", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_error_class__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_error_class__mutmut)
def error_class(status: int) -> type[MaviError]:
    """The exception class for an error answer, chosen by HTTP status alone."""
    if status in (401, 403):
        return AuthError
    if status == 402:
        return InsufficientCreditsError
    if status == 404:
        return NotFoundError
    if status == 429:
        return RateLimitedError
    if status >= 500:
        return ServerError
    if 400 <= status < 500:
        return InvalidRequestError
    return ProtocolError


def x_error_class__mutmut_orig(status: int) -> type[MaviError]:
    """The exception class for an error answer, chosen by HTTP status alone."""
    if status in (401, 403):
        return AuthError
    if status == 402:
        return InsufficientCreditsError
    if status == 404:
        return NotFoundError
    if status == 429:
        return RateLimitedError
    if status >= 500:
        return ServerError
    if 400 <= status < 500:
        return InvalidRequestError
    return ProtocolError


def x_error_class__mutmut_1(status: int) -> type[MaviError]:
    """The exception class for an error answer, chosen by HTTP status alone."""
    if status not in (401, 403):
        return AuthError
    if status == 402:
        return InsufficientCreditsError
    if status == 404:
        return NotFoundError
    if status == 429:
        return RateLimitedError
    if status >= 500:
        return ServerError
    if 400 <= status < 500:
        return InvalidRequestError
    return ProtocolError


def x_error_class__mutmut_2(status: int) -> type[MaviError]:
    """The exception class for an error answer, chosen by HTTP status alone."""
    if status in (402, 403):
        return AuthError
    if status == 402:
        return InsufficientCreditsError
    if status == 404:
        return NotFoundError
    if status == 429:
        return RateLimitedError
    if status >= 500:
        return ServerError
    if 400 <= status < 500:
        return InvalidRequestError
    return ProtocolError


def x_error_class__mutmut_3(status: int) -> type[MaviError]:
    """The exception class for an error answer, chosen by HTTP status alone."""
    if status in (401, 404):
        return AuthError
    if status == 402:
        return InsufficientCreditsError
    if status == 404:
        return NotFoundError
    if status == 429:
        return RateLimitedError
    if status >= 500:
        return ServerError
    if 400 <= status < 500:
        return InvalidRequestError
    return ProtocolError


def x_error_class__mutmut_4(status: int) -> type[MaviError]:
    """The exception class for an error answer, chosen by HTTP status alone."""
    if status in (401, 403):
        return AuthError
    if status != 402:
        return InsufficientCreditsError
    if status == 404:
        return NotFoundError
    if status == 429:
        return RateLimitedError
    if status >= 500:
        return ServerError
    if 400 <= status < 500:
        return InvalidRequestError
    return ProtocolError


def x_error_class__mutmut_5(status: int) -> type[MaviError]:
    """The exception class for an error answer, chosen by HTTP status alone."""
    if status in (401, 403):
        return AuthError
    if status == 403:
        return InsufficientCreditsError
    if status == 404:
        return NotFoundError
    if status == 429:
        return RateLimitedError
    if status >= 500:
        return ServerError
    if 400 <= status < 500:
        return InvalidRequestError
    return ProtocolError


def x_error_class__mutmut_6(status: int) -> type[MaviError]:
    """The exception class for an error answer, chosen by HTTP status alone."""
    if status in (401, 403):
        return AuthError
    if status == 402:
        return InsufficientCreditsError
    if status != 404:
        return NotFoundError
    if status == 429:
        return RateLimitedError
    if status >= 500:
        return ServerError
    if 400 <= status < 500:
        return InvalidRequestError
    return ProtocolError


def x_error_class__mutmut_7(status: int) -> type[MaviError]:
    """The exception class for an error answer, chosen by HTTP status alone."""
    if status in (401, 403):
        return AuthError
    if status == 402:
        return InsufficientCreditsError
    if status == 405:
        return NotFoundError
    if status == 429:
        return RateLimitedError
    if status >= 500:
        return ServerError
    if 400 <= status < 500:
        return InvalidRequestError
    return ProtocolError


def x_error_class__mutmut_8(status: int) -> type[MaviError]:
    """The exception class for an error answer, chosen by HTTP status alone."""
    if status in (401, 403):
        return AuthError
    if status == 402:
        return InsufficientCreditsError
    if status == 404:
        return NotFoundError
    if status != 429:
        return RateLimitedError
    if status >= 500:
        return ServerError
    if 400 <= status < 500:
        return InvalidRequestError
    return ProtocolError


def x_error_class__mutmut_9(status: int) -> type[MaviError]:
    """The exception class for an error answer, chosen by HTTP status alone."""
    if status in (401, 403):
        return AuthError
    if status == 402:
        return InsufficientCreditsError
    if status == 404:
        return NotFoundError
    if status == 430:
        return RateLimitedError
    if status >= 500:
        return ServerError
    if 400 <= status < 500:
        return InvalidRequestError
    return ProtocolError


def x_error_class__mutmut_10(status: int) -> type[MaviError]:
    """The exception class for an error answer, chosen by HTTP status alone."""
    if status in (401, 403):
        return AuthError
    if status == 402:
        return InsufficientCreditsError
    if status == 404:
        return NotFoundError
    if status == 429:
        return RateLimitedError
    if status > 500:
        return ServerError
    if 400 <= status < 500:
        return InvalidRequestError
    return ProtocolError


def x_error_class__mutmut_11(status: int) -> type[MaviError]:
    """The exception class for an error answer, chosen by HTTP status alone."""
    if status in (401, 403):
        return AuthError
    if status == 402:
        return InsufficientCreditsError
    if status == 404:
        return NotFoundError
    if status == 429:
        return RateLimitedError
    if status >= 501:
        return ServerError
    if 400 <= status < 500:
        return InvalidRequestError
    return ProtocolError


def x_error_class__mutmut_12(status: int) -> type[MaviError]:
    """The exception class for an error answer, chosen by HTTP status alone."""
    if status in (401, 403):
        return AuthError
    if status == 402:
        return InsufficientCreditsError
    if status == 404:
        return NotFoundError
    if status == 429:
        return RateLimitedError
    if status >= 500:
        return ServerError
    if 401 <= status < 500:
        return InvalidRequestError
    return ProtocolError


def x_error_class__mutmut_13(status: int) -> type[MaviError]:
    """The exception class for an error answer, chosen by HTTP status alone."""
    if status in (401, 403):
        return AuthError
    if status == 402:
        return InsufficientCreditsError
    if status == 404:
        return NotFoundError
    if status == 429:
        return RateLimitedError
    if status >= 500:
        return ServerError
    if 400 < status < 500:
        return InvalidRequestError
    return ProtocolError


def x_error_class__mutmut_14(status: int) -> type[MaviError]:
    """The exception class for an error answer, chosen by HTTP status alone."""
    if status in (401, 403):
        return AuthError
    if status == 402:
        return InsufficientCreditsError
    if status == 404:
        return NotFoundError
    if status == 429:
        return RateLimitedError
    if status >= 500:
        return ServerError
    if 400 <= status <= 500:
        return InvalidRequestError
    return ProtocolError


def x_error_class__mutmut_15(status: int) -> type[MaviError]:
    """The exception class for an error answer, chosen by HTTP status alone."""
    if status in (401, 403):
        return AuthError
    if status == 402:
        return InsufficientCreditsError
    if status == 404:
        return NotFoundError
    if status == 429:
        return RateLimitedError
    if status >= 500:
        return ServerError
    if 400 <= status < 501:
        return InvalidRequestError
    return ProtocolError

mutants_x_error_class__mutmut['_mutmut_orig'] = x_error_class__mutmut_orig # type: ignore # mutmut generated
mutants_x_error_class__mutmut['x_error_class__mutmut_1'] = x_error_class__mutmut_1 # type: ignore # mutmut generated
mutants_x_error_class__mutmut['x_error_class__mutmut_2'] = x_error_class__mutmut_2 # type: ignore # mutmut generated
mutants_x_error_class__mutmut['x_error_class__mutmut_3'] = x_error_class__mutmut_3 # type: ignore # mutmut generated
mutants_x_error_class__mutmut['x_error_class__mutmut_4'] = x_error_class__mutmut_4 # type: ignore # mutmut generated
mutants_x_error_class__mutmut['x_error_class__mutmut_5'] = x_error_class__mutmut_5 # type: ignore # mutmut generated
mutants_x_error_class__mutmut['x_error_class__mutmut_6'] = x_error_class__mutmut_6 # type: ignore # mutmut generated
mutants_x_error_class__mutmut['x_error_class__mutmut_7'] = x_error_class__mutmut_7 # type: ignore # mutmut generated
mutants_x_error_class__mutmut['x_error_class__mutmut_8'] = x_error_class__mutmut_8 # type: ignore # mutmut generated
mutants_x_error_class__mutmut['x_error_class__mutmut_9'] = x_error_class__mutmut_9 # type: ignore # mutmut generated
mutants_x_error_class__mutmut['x_error_class__mutmut_10'] = x_error_class__mutmut_10 # type: ignore # mutmut generated
mutants_x_error_class__mutmut['x_error_class__mutmut_11'] = x_error_class__mutmut_11 # type: ignore # mutmut generated
mutants_x_error_class__mutmut['x_error_class__mutmut_12'] = x_error_class__mutmut_12 # type: ignore # mutmut generated
mutants_x_error_class__mutmut['x_error_class__mutmut_13'] = x_error_class__mutmut_13 # type: ignore # mutmut generated
mutants_x_error_class__mutmut['x_error_class__mutmut_14'] = x_error_class__mutmut_14 # type: ignore # mutmut generated
mutants_x_error_class__mutmut['x_error_class__mutmut_15'] = x_error_class__mutmut_15 # type: ignore # mutmut generated
mutants_x_code_status__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_code_status__mutmut)
def code_status(code: str | int) -> int | None:
    """The HTTP status an envelope ``code`` stands for, or None for a code the table lacks."""
    if isinstance(code, int):
        return code
    return CODE_STATUS.get(code)


def x_code_status__mutmut_orig(code: str | int) -> int | None:
    """The HTTP status an envelope ``code`` stands for, or None for a code the table lacks."""
    if isinstance(code, int):
        return code
    return CODE_STATUS.get(code)


def x_code_status__mutmut_1(code: str | int) -> int | None:
    """The HTTP status an envelope ``code`` stands for, or None for a code the table lacks."""
    if isinstance(code, int):
        return code
    return CODE_STATUS.get(None)

mutants_x_code_status__mutmut['_mutmut_orig'] = x_code_status__mutmut_orig # type: ignore # mutmut generated
mutants_x_code_status__mutmut['x_code_status__mutmut_1'] = x_code_status__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_retry_after__mutmut)
def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date); None if absent or bad."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_orig(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date); None if absent or bad."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_1(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date); None if absent or bad."""
    if value is not None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_2(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date); None if absent or bad."""
    if value is None:
        return None
    value = None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_3(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date); None if absent or bad."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = None
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_4(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date); None if absent or bad."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(None)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_5(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date); None if absent or bad."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = None
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_6(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date); None if absent or bad."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(None)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_7(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date); None if absent or bad."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is not None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_8(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date); None if absent or bad."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = None
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_9(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date); None if absent or bad."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=None)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_10(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date); None if absent or bad."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = None
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_11(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date); None if absent or bad."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when + (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_12(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date); None if absent or bad."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now and datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_13(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date); None if absent or bad."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(None))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_14(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date); None if absent or bad."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_15(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date); None if absent or bad."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(None):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_16(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date); None if absent or bad."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(None, seconds)


def x_parse_retry_after__mutmut_17(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date); None if absent or bad."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(0.0, None)


def x_parse_retry_after__mutmut_18(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date); None if absent or bad."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(seconds)


def x_parse_retry_after__mutmut_19(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date); None if absent or bad."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(0.0, )


def x_parse_retry_after__mutmut_20(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date); None if absent or bad."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(1.0, seconds)

mutants_x_parse_retry_after__mutmut['_mutmut_orig'] = x_parse_retry_after__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_1'] = x_parse_retry_after__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_2'] = x_parse_retry_after__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_3'] = x_parse_retry_after__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_4'] = x_parse_retry_after__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_5'] = x_parse_retry_after__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_6'] = x_parse_retry_after__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_7'] = x_parse_retry_after__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_8'] = x_parse_retry_after__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_9'] = x_parse_retry_after__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_10'] = x_parse_retry_after__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_11'] = x_parse_retry_after__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_12'] = x_parse_retry_after__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_13'] = x_parse_retry_after__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_14'] = x_parse_retry_after__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_15'] = x_parse_retry_after__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_16'] = x_parse_retry_after__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_17'] = x_parse_retry_after__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_18'] = x_parse_retry_after__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_19'] = x_parse_retry_after__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_20'] = x_parse_retry_after__mutmut_20 # type: ignore # mutmut generated
mutants_x__is_code__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__is_code__mutmut)
def _is_code(code: object) -> bool:
    if isinstance(code, bool):
        return False
    if isinstance(code, int):
        return 100 <= code <= 599
    return isinstance(code, str) and _STRING_CODE.fullmatch(code) is not None


def x__is_code__mutmut_orig(code: object) -> bool:
    if isinstance(code, bool):
        return False
    if isinstance(code, int):
        return 100 <= code <= 599
    return isinstance(code, str) and _STRING_CODE.fullmatch(code) is not None


def x__is_code__mutmut_1(code: object) -> bool:
    if isinstance(code, bool):
        return True
    if isinstance(code, int):
        return 100 <= code <= 599
    return isinstance(code, str) and _STRING_CODE.fullmatch(code) is not None


def x__is_code__mutmut_2(code: object) -> bool:
    if isinstance(code, bool):
        return False
    if isinstance(code, int):
        return 101 <= code <= 599
    return isinstance(code, str) and _STRING_CODE.fullmatch(code) is not None


def x__is_code__mutmut_3(code: object) -> bool:
    if isinstance(code, bool):
        return False
    if isinstance(code, int):
        return 100 < code <= 599
    return isinstance(code, str) and _STRING_CODE.fullmatch(code) is not None


def x__is_code__mutmut_4(code: object) -> bool:
    if isinstance(code, bool):
        return False
    if isinstance(code, int):
        return 100 <= code < 599
    return isinstance(code, str) and _STRING_CODE.fullmatch(code) is not None


def x__is_code__mutmut_5(code: object) -> bool:
    if isinstance(code, bool):
        return False
    if isinstance(code, int):
        return 100 <= code <= 600
    return isinstance(code, str) and _STRING_CODE.fullmatch(code) is not None


def x__is_code__mutmut_6(code: object) -> bool:
    if isinstance(code, bool):
        return False
    if isinstance(code, int):
        return 100 <= code <= 599
    return isinstance(code, str) or _STRING_CODE.fullmatch(code) is not None


def x__is_code__mutmut_7(code: object) -> bool:
    if isinstance(code, bool):
        return False
    if isinstance(code, int):
        return 100 <= code <= 599
    return isinstance(code, str) and _STRING_CODE.fullmatch(None) is not None


def x__is_code__mutmut_8(code: object) -> bool:
    if isinstance(code, bool):
        return False
    if isinstance(code, int):
        return 100 <= code <= 599
    return isinstance(code, str) and _STRING_CODE.fullmatch(code) is None

mutants_x__is_code__mutmut['_mutmut_orig'] = x__is_code__mutmut_orig # type: ignore # mutmut generated
mutants_x__is_code__mutmut['x__is_code__mutmut_1'] = x__is_code__mutmut_1 # type: ignore # mutmut generated
mutants_x__is_code__mutmut['x__is_code__mutmut_2'] = x__is_code__mutmut_2 # type: ignore # mutmut generated
mutants_x__is_code__mutmut['x__is_code__mutmut_3'] = x__is_code__mutmut_3 # type: ignore # mutmut generated
mutants_x__is_code__mutmut['x__is_code__mutmut_4'] = x__is_code__mutmut_4 # type: ignore # mutmut generated
mutants_x__is_code__mutmut['x__is_code__mutmut_5'] = x__is_code__mutmut_5 # type: ignore # mutmut generated
mutants_x__is_code__mutmut['x__is_code__mutmut_6'] = x__is_code__mutmut_6 # type: ignore # mutmut generated
mutants_x__is_code__mutmut['x__is_code__mutmut_7'] = x__is_code__mutmut_7 # type: ignore # mutmut generated
mutants_x__is_code__mutmut['x__is_code__mutmut_8'] = x__is_code__mutmut_8 # type: ignore # mutmut generated


#: What ``_load`` gives for a body that is not JSON.
_NOT_JSON = object()
mutants_x__load__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__load__mutmut)
def _load(response: httpx.Response) -> object:
    """The body as JSON, or ``_NOT_JSON``."""
    try:
        return orjson.loads(response.content)
    except orjson.JSONDecodeError:
        return _NOT_JSON


def x__load__mutmut_orig(response: httpx.Response) -> object:
    """The body as JSON, or ``_NOT_JSON``."""
    try:
        return orjson.loads(response.content)
    except orjson.JSONDecodeError:
        return _NOT_JSON


def x__load__mutmut_1(response: httpx.Response) -> object:
    """The body as JSON, or ``_NOT_JSON``."""
    try:
        return orjson.loads(None)
    except orjson.JSONDecodeError:
        return _NOT_JSON

mutants_x__load__mutmut['_mutmut_orig'] = x__load__mutmut_orig # type: ignore # mutmut generated
mutants_x__load__mutmut['x__load__mutmut_1'] = x__load__mutmut_1 # type: ignore # mutmut generated
mutants_x__excerpt__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__excerpt__mutmut)
def _excerpt(text: str) -> str:
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 3] + "..."


def x__excerpt__mutmut_orig(text: str) -> str:
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 3] + "..."


def x__excerpt__mutmut_1(text: str) -> str:
    text = None
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 3] + "..."


def x__excerpt__mutmut_2(text: str) -> str:
    text = _SPACE.sub(None, text).strip()
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 3] + "..."


def x__excerpt__mutmut_3(text: str) -> str:
    text = _SPACE.sub(" ", None).strip()
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 3] + "..."


def x__excerpt__mutmut_4(text: str) -> str:
    text = _SPACE.sub(text).strip()
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 3] + "..."


def x__excerpt__mutmut_5(text: str) -> str:
    text = _SPACE.sub(" ", ).strip()
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 3] + "..."


def x__excerpt__mutmut_6(text: str) -> str:
    text = _SPACE.sub("XX XX", text).strip()
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 3] + "..."


def x__excerpt__mutmut_7(text: str) -> str:
    text = _SPACE.sub(" ", text).strip()
    return text if (len(text) <= _EXCERPT) and False else text[: _EXCERPT - 3] + "..."


def x__excerpt__mutmut_8(text: str) -> str:
    text = _SPACE.sub(" ", text).strip()
    return text if (len(text) <= _EXCERPT) or True else text[: _EXCERPT - 3] + "..."


def x__excerpt__mutmut_9(text: str) -> str:
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) < _EXCERPT else text[: _EXCERPT - 3] + "..."


def x__excerpt__mutmut_10(text: str) -> str:
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 3] - "..."


def x__excerpt__mutmut_11(text: str) -> str:
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= _EXCERPT else text[: _EXCERPT + 3] + "..."


def x__excerpt__mutmut_12(text: str) -> str:
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 4] + "..."


def x__excerpt__mutmut_13(text: str) -> str:
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 3] + "XX...XX"

mutants_x__excerpt__mutmut['_mutmut_orig'] = x__excerpt__mutmut_orig # type: ignore # mutmut generated
mutants_x__excerpt__mutmut['x__excerpt__mutmut_1'] = x__excerpt__mutmut_1 # type: ignore # mutmut generated
mutants_x__excerpt__mutmut['x__excerpt__mutmut_2'] = x__excerpt__mutmut_2 # type: ignore # mutmut generated
mutants_x__excerpt__mutmut['x__excerpt__mutmut_3'] = x__excerpt__mutmut_3 # type: ignore # mutmut generated
mutants_x__excerpt__mutmut['x__excerpt__mutmut_4'] = x__excerpt__mutmut_4 # type: ignore # mutmut generated
mutants_x__excerpt__mutmut['x__excerpt__mutmut_5'] = x__excerpt__mutmut_5 # type: ignore # mutmut generated
mutants_x__excerpt__mutmut['x__excerpt__mutmut_6'] = x__excerpt__mutmut_6 # type: ignore # mutmut generated
mutants_x__excerpt__mutmut['x__excerpt__mutmut_7'] = x__excerpt__mutmut_7 # type: ignore # mutmut generated
mutants_x__excerpt__mutmut['x__excerpt__mutmut_8'] = x__excerpt__mutmut_8 # type: ignore # mutmut generated
mutants_x__excerpt__mutmut['x__excerpt__mutmut_9'] = x__excerpt__mutmut_9 # type: ignore # mutmut generated
mutants_x__excerpt__mutmut['x__excerpt__mutmut_10'] = x__excerpt__mutmut_10 # type: ignore # mutmut generated
mutants_x__excerpt__mutmut['x__excerpt__mutmut_11'] = x__excerpt__mutmut_11 # type: ignore # mutmut generated
mutants_x__excerpt__mutmut['x__excerpt__mutmut_12'] = x__excerpt__mutmut_12 # type: ignore # mutmut generated
mutants_x__excerpt__mutmut['x__excerpt__mutmut_13'] = x__excerpt__mutmut_13 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_describe_body__mutmut)
def describe_body(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_orig(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_1(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = None
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_2(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(None)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_3(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = None
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_4(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get(None), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_5(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("XXerrorXX"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_6(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("ERROR"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_7(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get(None), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_8(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("XXpathXX"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_9(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("PATH"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_10(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get(None)
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_11(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("XXmessageXX")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_12(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("MESSAGE")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_13(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) or error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_14(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = None
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_15(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message or message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_16(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) or message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_17(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message == error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_18(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text = f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_19(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text -= f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_20(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) or path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_21(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text = f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_22(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text -= f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_23(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(None)
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_24(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("XXmsgXX", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_25(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("MSG", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_26(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "XXmessageXX"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_27(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "MESSAGE"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_28(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = None
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_29(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(None)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_30(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) or value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_31(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(None)
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_32(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(None)
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_33(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_34(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(None)
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_35(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_36(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "XXempty bodyXX"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_37(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "EMPTY BODY"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_38(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = None
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_39(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode(None, errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_40(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors=None)
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_41(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode(errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_42(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", )
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_43(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("XXutf-8XX", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_44(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("UTF-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_45(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="XXreplaceXX")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_46(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="REPLACE")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_47(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = None
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_48(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(None), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_49(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(None)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_50(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code and message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_51(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = None
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_52(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(None) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_53(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(None)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_54(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(2)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_55(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m or m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_56(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(None)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_57(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(2)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_58(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt(None)
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_59(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " - ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_60(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("XXstorage error XX" + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_61(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("STORAGE ERROR " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_62(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(None))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_63(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + "XX: XX".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_64(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = None
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_65(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(None)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_66(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title or title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_67(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(None):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_68(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(2):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_69(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt(None)
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_70(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " - html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_71(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("XXHTML page: XX" + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_72(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("html page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_73(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML PAGE: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_74(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(None))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_75(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub(None, title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_76(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", None)))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_77(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub(title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_78(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", )))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_79(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("XXXX", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_80(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(None))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_81(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(2))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_82(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt(None)


def x_describe_body__mutmut_83(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " - html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_84(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("XXbody not JSON: XX" + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_85(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not json: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_86(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("BODY NOT JSON: " + html.unescape(_TAG.sub(" ", text)))


def x_describe_body__mutmut_87(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(None))


def x_describe_body__mutmut_88(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(None, text)))


def x_describe_body__mutmut_89(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", None)))


def x_describe_body__mutmut_90(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(text)))


def x_describe_body__mutmut_91(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub(" ", )))


def x_describe_body__mutmut_92(response: httpx.Response) -> str:
    """A short description of a body that is not the API's envelope, for an error's ``msg``.

    Spring-style JSON gives its ``error`` (and ``message``, ``path``); a storage XML error its
    ``Code`` and ``Message``; an HTML page its title; anything else a short excerpt.
    """
    body = _load(response)
    if isinstance(body, dict):
        error, path, message = body.get("error"), body.get("path"), body.get("message")
        if isinstance(error, str) and error:
            text = error
            if isinstance(message, str) and message and message != error:
                text += f": {message}"
            if isinstance(path, str) and path:
                text += f" at {path}"
            return _excerpt(f"JSON, not an envelope: {text}")
        for key in ("msg", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _excerpt(f"JSON, not an envelope: {value}")
        return _excerpt(f"JSON, not an envelope: {response.text}")
    if body is not _NOT_JSON:
        return _excerpt(f"JSON not an object: {response.text}")
    if not response.content:
        return "empty body"
    text = response.content.decode("utf-8", errors="replace")
    code, message = _XML_CODE.search(text), _XML_MESSAGE.search(text)
    if code or message:
        found = [html.unescape(m.group(1)) for m in (code, message) if m and m.group(1)]
        return _excerpt("storage error " + ": ".join(found))
    title = _HTML_TITLE.search(text)
    if title and title.group(1):
        return _excerpt("HTML page: " + html.unescape(_TAG.sub("", title.group(1))))
    return _excerpt("body not JSON: " + html.unescape(_TAG.sub("XX XX", text)))

mutants_x_describe_body__mutmut['_mutmut_orig'] = x_describe_body__mutmut_orig # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_1'] = x_describe_body__mutmut_1 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_2'] = x_describe_body__mutmut_2 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_3'] = x_describe_body__mutmut_3 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_4'] = x_describe_body__mutmut_4 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_5'] = x_describe_body__mutmut_5 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_6'] = x_describe_body__mutmut_6 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_7'] = x_describe_body__mutmut_7 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_8'] = x_describe_body__mutmut_8 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_9'] = x_describe_body__mutmut_9 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_10'] = x_describe_body__mutmut_10 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_11'] = x_describe_body__mutmut_11 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_12'] = x_describe_body__mutmut_12 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_13'] = x_describe_body__mutmut_13 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_14'] = x_describe_body__mutmut_14 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_15'] = x_describe_body__mutmut_15 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_16'] = x_describe_body__mutmut_16 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_17'] = x_describe_body__mutmut_17 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_18'] = x_describe_body__mutmut_18 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_19'] = x_describe_body__mutmut_19 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_20'] = x_describe_body__mutmut_20 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_21'] = x_describe_body__mutmut_21 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_22'] = x_describe_body__mutmut_22 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_23'] = x_describe_body__mutmut_23 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_24'] = x_describe_body__mutmut_24 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_25'] = x_describe_body__mutmut_25 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_26'] = x_describe_body__mutmut_26 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_27'] = x_describe_body__mutmut_27 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_28'] = x_describe_body__mutmut_28 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_29'] = x_describe_body__mutmut_29 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_30'] = x_describe_body__mutmut_30 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_31'] = x_describe_body__mutmut_31 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_32'] = x_describe_body__mutmut_32 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_33'] = x_describe_body__mutmut_33 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_34'] = x_describe_body__mutmut_34 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_35'] = x_describe_body__mutmut_35 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_36'] = x_describe_body__mutmut_36 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_37'] = x_describe_body__mutmut_37 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_38'] = x_describe_body__mutmut_38 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_39'] = x_describe_body__mutmut_39 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_40'] = x_describe_body__mutmut_40 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_41'] = x_describe_body__mutmut_41 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_42'] = x_describe_body__mutmut_42 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_43'] = x_describe_body__mutmut_43 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_44'] = x_describe_body__mutmut_44 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_45'] = x_describe_body__mutmut_45 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_46'] = x_describe_body__mutmut_46 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_47'] = x_describe_body__mutmut_47 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_48'] = x_describe_body__mutmut_48 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_49'] = x_describe_body__mutmut_49 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_50'] = x_describe_body__mutmut_50 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_51'] = x_describe_body__mutmut_51 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_52'] = x_describe_body__mutmut_52 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_53'] = x_describe_body__mutmut_53 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_54'] = x_describe_body__mutmut_54 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_55'] = x_describe_body__mutmut_55 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_56'] = x_describe_body__mutmut_56 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_57'] = x_describe_body__mutmut_57 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_58'] = x_describe_body__mutmut_58 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_59'] = x_describe_body__mutmut_59 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_60'] = x_describe_body__mutmut_60 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_61'] = x_describe_body__mutmut_61 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_62'] = x_describe_body__mutmut_62 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_63'] = x_describe_body__mutmut_63 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_64'] = x_describe_body__mutmut_64 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_65'] = x_describe_body__mutmut_65 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_66'] = x_describe_body__mutmut_66 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_67'] = x_describe_body__mutmut_67 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_68'] = x_describe_body__mutmut_68 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_69'] = x_describe_body__mutmut_69 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_70'] = x_describe_body__mutmut_70 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_71'] = x_describe_body__mutmut_71 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_72'] = x_describe_body__mutmut_72 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_73'] = x_describe_body__mutmut_73 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_74'] = x_describe_body__mutmut_74 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_75'] = x_describe_body__mutmut_75 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_76'] = x_describe_body__mutmut_76 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_77'] = x_describe_body__mutmut_77 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_78'] = x_describe_body__mutmut_78 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_79'] = x_describe_body__mutmut_79 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_80'] = x_describe_body__mutmut_80 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_81'] = x_describe_body__mutmut_81 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_82'] = x_describe_body__mutmut_82 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_83'] = x_describe_body__mutmut_83 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_84'] = x_describe_body__mutmut_84 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_85'] = x_describe_body__mutmut_85 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_86'] = x_describe_body__mutmut_86 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_87'] = x_describe_body__mutmut_87 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_88'] = x_describe_body__mutmut_88 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_89'] = x_describe_body__mutmut_89 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_90'] = x_describe_body__mutmut_90 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_91'] = x_describe_body__mutmut_91 # type: ignore # mutmut generated
mutants_x_describe_body__mutmut['x_describe_body__mutmut_92'] = x_describe_body__mutmut_92 # type: ignore # mutmut generated
mutants_x_not_an_envelope__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_not_an_envelope__mutmut)
def not_an_envelope(response: httpx.Response) -> MaviError:
    """The error for an answer that is not the API's envelope, judged by its status alone.

    5xx is a ServerError (retried), 4xx the class of its status, anything else (a 2xx where an
    envelope or nothing was expected, a 1xx or 3xx) a ProtocolError. ``msg`` describes the body
    (``describe_body``); ``code`` is None.
    """
    status = response.status_code
    cls = error_class(status) if 400 <= status <= 599 else ProtocolError
    return cls(describe_body(response), status=status)


def x_not_an_envelope__mutmut_orig(response: httpx.Response) -> MaviError:
    """The error for an answer that is not the API's envelope, judged by its status alone.

    5xx is a ServerError (retried), 4xx the class of its status, anything else (a 2xx where an
    envelope or nothing was expected, a 1xx or 3xx) a ProtocolError. ``msg`` describes the body
    (``describe_body``); ``code`` is None.
    """
    status = response.status_code
    cls = error_class(status) if 400 <= status <= 599 else ProtocolError
    return cls(describe_body(response), status=status)


def x_not_an_envelope__mutmut_1(response: httpx.Response) -> MaviError:
    """The error for an answer that is not the API's envelope, judged by its status alone.

    5xx is a ServerError (retried), 4xx the class of its status, anything else (a 2xx where an
    envelope or nothing was expected, a 1xx or 3xx) a ProtocolError. ``msg`` describes the body
    (``describe_body``); ``code`` is None.
    """
    status = None
    cls = error_class(status) if 400 <= status <= 599 else ProtocolError
    return cls(describe_body(response), status=status)


def x_not_an_envelope__mutmut_2(response: httpx.Response) -> MaviError:
    """The error for an answer that is not the API's envelope, judged by its status alone.

    5xx is a ServerError (retried), 4xx the class of its status, anything else (a 2xx where an
    envelope or nothing was expected, a 1xx or 3xx) a ProtocolError. ``msg`` describes the body
    (``describe_body``); ``code`` is None.
    """
    status = response.status_code
    cls = None
    return cls(describe_body(response), status=status)


def x_not_an_envelope__mutmut_3(response: httpx.Response) -> MaviError:
    """The error for an answer that is not the API's envelope, judged by its status alone.

    5xx is a ServerError (retried), 4xx the class of its status, anything else (a 2xx where an
    envelope or nothing was expected, a 1xx or 3xx) a ProtocolError. ``msg`` describes the body
    (``describe_body``); ``code`` is None.
    """
    status = response.status_code
    cls = error_class(status) if (400 <= status <= 599) and False else ProtocolError
    return cls(describe_body(response), status=status)


def x_not_an_envelope__mutmut_4(response: httpx.Response) -> MaviError:
    """The error for an answer that is not the API's envelope, judged by its status alone.

    5xx is a ServerError (retried), 4xx the class of its status, anything else (a 2xx where an
    envelope or nothing was expected, a 1xx or 3xx) a ProtocolError. ``msg`` describes the body
    (``describe_body``); ``code`` is None.
    """
    status = response.status_code
    cls = error_class(status) if (400 <= status <= 599) or True else ProtocolError
    return cls(describe_body(response), status=status)


def x_not_an_envelope__mutmut_5(response: httpx.Response) -> MaviError:
    """The error for an answer that is not the API's envelope, judged by its status alone.

    5xx is a ServerError (retried), 4xx the class of its status, anything else (a 2xx where an
    envelope or nothing was expected, a 1xx or 3xx) a ProtocolError. ``msg`` describes the body
    (``describe_body``); ``code`` is None.
    """
    status = response.status_code
    cls = error_class(None) if 400 <= status <= 599 else ProtocolError
    return cls(describe_body(response), status=status)


def x_not_an_envelope__mutmut_6(response: httpx.Response) -> MaviError:
    """The error for an answer that is not the API's envelope, judged by its status alone.

    5xx is a ServerError (retried), 4xx the class of its status, anything else (a 2xx where an
    envelope or nothing was expected, a 1xx or 3xx) a ProtocolError. ``msg`` describes the body
    (``describe_body``); ``code`` is None.
    """
    status = response.status_code
    cls = error_class(status) if 401 <= status <= 599 else ProtocolError
    return cls(describe_body(response), status=status)


def x_not_an_envelope__mutmut_7(response: httpx.Response) -> MaviError:
    """The error for an answer that is not the API's envelope, judged by its status alone.

    5xx is a ServerError (retried), 4xx the class of its status, anything else (a 2xx where an
    envelope or nothing was expected, a 1xx or 3xx) a ProtocolError. ``msg`` describes the body
    (``describe_body``); ``code`` is None.
    """
    status = response.status_code
    cls = error_class(status) if 400 < status <= 599 else ProtocolError
    return cls(describe_body(response), status=status)


def x_not_an_envelope__mutmut_8(response: httpx.Response) -> MaviError:
    """The error for an answer that is not the API's envelope, judged by its status alone.

    5xx is a ServerError (retried), 4xx the class of its status, anything else (a 2xx where an
    envelope or nothing was expected, a 1xx or 3xx) a ProtocolError. ``msg`` describes the body
    (``describe_body``); ``code`` is None.
    """
    status = response.status_code
    cls = error_class(status) if 400 <= status < 599 else ProtocolError
    return cls(describe_body(response), status=status)


def x_not_an_envelope__mutmut_9(response: httpx.Response) -> MaviError:
    """The error for an answer that is not the API's envelope, judged by its status alone.

    5xx is a ServerError (retried), 4xx the class of its status, anything else (a 2xx where an
    envelope or nothing was expected, a 1xx or 3xx) a ProtocolError. ``msg`` describes the body
    (``describe_body``); ``code`` is None.
    """
    status = response.status_code
    cls = error_class(status) if 400 <= status <= 600 else ProtocolError
    return cls(describe_body(response), status=status)


def x_not_an_envelope__mutmut_10(response: httpx.Response) -> MaviError:
    """The error for an answer that is not the API's envelope, judged by its status alone.

    5xx is a ServerError (retried), 4xx the class of its status, anything else (a 2xx where an
    envelope or nothing was expected, a 1xx or 3xx) a ProtocolError. ``msg`` describes the body
    (``describe_body``); ``code`` is None.
    """
    status = response.status_code
    cls = error_class(status) if 400 <= status <= 599 else ProtocolError
    return cls(None, status=status)


def x_not_an_envelope__mutmut_11(response: httpx.Response) -> MaviError:
    """The error for an answer that is not the API's envelope, judged by its status alone.

    5xx is a ServerError (retried), 4xx the class of its status, anything else (a 2xx where an
    envelope or nothing was expected, a 1xx or 3xx) a ProtocolError. ``msg`` describes the body
    (``describe_body``); ``code`` is None.
    """
    status = response.status_code
    cls = error_class(status) if 400 <= status <= 599 else ProtocolError
    return cls(describe_body(response), status=None)


def x_not_an_envelope__mutmut_12(response: httpx.Response) -> MaviError:
    """The error for an answer that is not the API's envelope, judged by its status alone.

    5xx is a ServerError (retried), 4xx the class of its status, anything else (a 2xx where an
    envelope or nothing was expected, a 1xx or 3xx) a ProtocolError. ``msg`` describes the body
    (``describe_body``); ``code`` is None.
    """
    status = response.status_code
    cls = error_class(status) if 400 <= status <= 599 else ProtocolError
    return cls(status=status)


def x_not_an_envelope__mutmut_13(response: httpx.Response) -> MaviError:
    """The error for an answer that is not the API's envelope, judged by its status alone.

    5xx is a ServerError (retried), 4xx the class of its status, anything else (a 2xx where an
    envelope or nothing was expected, a 1xx or 3xx) a ProtocolError. ``msg`` describes the body
    (``describe_body``); ``code`` is None.
    """
    status = response.status_code
    cls = error_class(status) if 400 <= status <= 599 else ProtocolError
    return cls(describe_body(response), )


def x_not_an_envelope__mutmut_14(response: httpx.Response) -> MaviError:
    """The error for an answer that is not the API's envelope, judged by its status alone.

    5xx is a ServerError (retried), 4xx the class of its status, anything else (a 2xx where an
    envelope or nothing was expected, a 1xx or 3xx) a ProtocolError. ``msg`` describes the body
    (``describe_body``); ``code`` is None.
    """
    status = response.status_code
    cls = error_class(status) if 400 <= status <= 599 else ProtocolError
    return cls(describe_body(None), status=status)

mutants_x_not_an_envelope__mutmut['_mutmut_orig'] = x_not_an_envelope__mutmut_orig # type: ignore # mutmut generated
mutants_x_not_an_envelope__mutmut['x_not_an_envelope__mutmut_1'] = x_not_an_envelope__mutmut_1 # type: ignore # mutmut generated
mutants_x_not_an_envelope__mutmut['x_not_an_envelope__mutmut_2'] = x_not_an_envelope__mutmut_2 # type: ignore # mutmut generated
mutants_x_not_an_envelope__mutmut['x_not_an_envelope__mutmut_3'] = x_not_an_envelope__mutmut_3 # type: ignore # mutmut generated
mutants_x_not_an_envelope__mutmut['x_not_an_envelope__mutmut_4'] = x_not_an_envelope__mutmut_4 # type: ignore # mutmut generated
mutants_x_not_an_envelope__mutmut['x_not_an_envelope__mutmut_5'] = x_not_an_envelope__mutmut_5 # type: ignore # mutmut generated
mutants_x_not_an_envelope__mutmut['x_not_an_envelope__mutmut_6'] = x_not_an_envelope__mutmut_6 # type: ignore # mutmut generated
mutants_x_not_an_envelope__mutmut['x_not_an_envelope__mutmut_7'] = x_not_an_envelope__mutmut_7 # type: ignore # mutmut generated
mutants_x_not_an_envelope__mutmut['x_not_an_envelope__mutmut_8'] = x_not_an_envelope__mutmut_8 # type: ignore # mutmut generated
mutants_x_not_an_envelope__mutmut['x_not_an_envelope__mutmut_9'] = x_not_an_envelope__mutmut_9 # type: ignore # mutmut generated
mutants_x_not_an_envelope__mutmut['x_not_an_envelope__mutmut_10'] = x_not_an_envelope__mutmut_10 # type: ignore # mutmut generated
mutants_x_not_an_envelope__mutmut['x_not_an_envelope__mutmut_11'] = x_not_an_envelope__mutmut_11 # type: ignore # mutmut generated
mutants_x_not_an_envelope__mutmut['x_not_an_envelope__mutmut_12'] = x_not_an_envelope__mutmut_12 # type: ignore # mutmut generated
mutants_x_not_an_envelope__mutmut['x_not_an_envelope__mutmut_13'] = x_not_an_envelope__mutmut_13 # type: ignore # mutmut generated
mutants_x_not_an_envelope__mutmut['x_not_an_envelope__mutmut_14'] = x_not_an_envelope__mutmut_14 # type: ignore # mutmut generated
mutants_x__error__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__error__mutmut)
def _error(
    cls: type[MaviError], msg: str, status: int, code: Code, response: httpx.Response
) -> MaviError:
    if cls is RateLimitedError:
        return RateLimitedError(
            msg,
            status=status,
            code=code,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
        )
    return cls(msg, status=status, code=code)


def x__error__mutmut_orig(
    cls: type[MaviError], msg: str, status: int, code: Code, response: httpx.Response
) -> MaviError:
    if cls is RateLimitedError:
        return RateLimitedError(
            msg,
            status=status,
            code=code,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
        )
    return cls(msg, status=status, code=code)


def x__error__mutmut_1(
    cls: type[MaviError], msg: str, status: int, code: Code, response: httpx.Response
) -> MaviError:
    if cls is not RateLimitedError:
        return RateLimitedError(
            msg,
            status=status,
            code=code,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
        )
    return cls(msg, status=status, code=code)


def x__error__mutmut_2(
    cls: type[MaviError], msg: str, status: int, code: Code, response: httpx.Response
) -> MaviError:
    if cls is RateLimitedError:
        return RateLimitedError(
            None,
            status=status,
            code=code,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
        )
    return cls(msg, status=status, code=code)


def x__error__mutmut_3(
    cls: type[MaviError], msg: str, status: int, code: Code, response: httpx.Response
) -> MaviError:
    if cls is RateLimitedError:
        return RateLimitedError(
            msg,
            status=None,
            code=code,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
        )
    return cls(msg, status=status, code=code)


def x__error__mutmut_4(
    cls: type[MaviError], msg: str, status: int, code: Code, response: httpx.Response
) -> MaviError:
    if cls is RateLimitedError:
        return RateLimitedError(
            msg,
            status=status,
            code=None,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
        )
    return cls(msg, status=status, code=code)


def x__error__mutmut_5(
    cls: type[MaviError], msg: str, status: int, code: Code, response: httpx.Response
) -> MaviError:
    if cls is RateLimitedError:
        return RateLimitedError(
            msg,
            status=status,
            code=code,
            retry_after=None,
        )
    return cls(msg, status=status, code=code)


def x__error__mutmut_6(
    cls: type[MaviError], msg: str, status: int, code: Code, response: httpx.Response
) -> MaviError:
    if cls is RateLimitedError:
        return RateLimitedError(
            status=status,
            code=code,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
        )
    return cls(msg, status=status, code=code)


def x__error__mutmut_7(
    cls: type[MaviError], msg: str, status: int, code: Code, response: httpx.Response
) -> MaviError:
    if cls is RateLimitedError:
        return RateLimitedError(
            msg,
            code=code,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
        )
    return cls(msg, status=status, code=code)


def x__error__mutmut_8(
    cls: type[MaviError], msg: str, status: int, code: Code, response: httpx.Response
) -> MaviError:
    if cls is RateLimitedError:
        return RateLimitedError(
            msg,
            status=status,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
        )
    return cls(msg, status=status, code=code)


def x__error__mutmut_9(
    cls: type[MaviError], msg: str, status: int, code: Code, response: httpx.Response
) -> MaviError:
    if cls is RateLimitedError:
        return RateLimitedError(
            msg,
            status=status,
            code=code,
            )
    return cls(msg, status=status, code=code)


def x__error__mutmut_10(
    cls: type[MaviError], msg: str, status: int, code: Code, response: httpx.Response
) -> MaviError:
    if cls is RateLimitedError:
        return RateLimitedError(
            msg,
            status=status,
            code=code,
            retry_after=parse_retry_after(None),
        )
    return cls(msg, status=status, code=code)


def x__error__mutmut_11(
    cls: type[MaviError], msg: str, status: int, code: Code, response: httpx.Response
) -> MaviError:
    if cls is RateLimitedError:
        return RateLimitedError(
            msg,
            status=status,
            code=code,
            retry_after=parse_retry_after(response.headers.get(None)),
        )
    return cls(msg, status=status, code=code)


def x__error__mutmut_12(
    cls: type[MaviError], msg: str, status: int, code: Code, response: httpx.Response
) -> MaviError:
    if cls is RateLimitedError:
        return RateLimitedError(
            msg,
            status=status,
            code=code,
            retry_after=parse_retry_after(response.headers.get("XXRetry-AfterXX")),
        )
    return cls(msg, status=status, code=code)


def x__error__mutmut_13(
    cls: type[MaviError], msg: str, status: int, code: Code, response: httpx.Response
) -> MaviError:
    if cls is RateLimitedError:
        return RateLimitedError(
            msg,
            status=status,
            code=code,
            retry_after=parse_retry_after(response.headers.get("retry-after")),
        )
    return cls(msg, status=status, code=code)


def x__error__mutmut_14(
    cls: type[MaviError], msg: str, status: int, code: Code, response: httpx.Response
) -> MaviError:
    if cls is RateLimitedError:
        return RateLimitedError(
            msg,
            status=status,
            code=code,
            retry_after=parse_retry_after(response.headers.get("RETRY-AFTER")),
        )
    return cls(msg, status=status, code=code)


def x__error__mutmut_15(
    cls: type[MaviError], msg: str, status: int, code: Code, response: httpx.Response
) -> MaviError:
    if cls is RateLimitedError:
        return RateLimitedError(
            msg,
            status=status,
            code=code,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
        )
    return cls(None, status=status, code=code)


def x__error__mutmut_16(
    cls: type[MaviError], msg: str, status: int, code: Code, response: httpx.Response
) -> MaviError:
    if cls is RateLimitedError:
        return RateLimitedError(
            msg,
            status=status,
            code=code,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
        )
    return cls(msg, status=None, code=code)


def x__error__mutmut_17(
    cls: type[MaviError], msg: str, status: int, code: Code, response: httpx.Response
) -> MaviError:
    if cls is RateLimitedError:
        return RateLimitedError(
            msg,
            status=status,
            code=code,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
        )
    return cls(msg, status=status, code=None)


def x__error__mutmut_18(
    cls: type[MaviError], msg: str, status: int, code: Code, response: httpx.Response
) -> MaviError:
    if cls is RateLimitedError:
        return RateLimitedError(
            msg,
            status=status,
            code=code,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
        )
    return cls(status=status, code=code)


def x__error__mutmut_19(
    cls: type[MaviError], msg: str, status: int, code: Code, response: httpx.Response
) -> MaviError:
    if cls is RateLimitedError:
        return RateLimitedError(
            msg,
            status=status,
            code=code,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
        )
    return cls(msg, code=code)


def x__error__mutmut_20(
    cls: type[MaviError], msg: str, status: int, code: Code, response: httpx.Response
) -> MaviError:
    if cls is RateLimitedError:
        return RateLimitedError(
            msg,
            status=status,
            code=code,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
        )
    return cls(msg, status=status, )

mutants_x__error__mutmut['_mutmut_orig'] = x__error__mutmut_orig # type: ignore # mutmut generated
mutants_x__error__mutmut['x__error__mutmut_1'] = x__error__mutmut_1 # type: ignore # mutmut generated
mutants_x__error__mutmut['x__error__mutmut_2'] = x__error__mutmut_2 # type: ignore # mutmut generated
mutants_x__error__mutmut['x__error__mutmut_3'] = x__error__mutmut_3 # type: ignore # mutmut generated
mutants_x__error__mutmut['x__error__mutmut_4'] = x__error__mutmut_4 # type: ignore # mutmut generated
mutants_x__error__mutmut['x__error__mutmut_5'] = x__error__mutmut_5 # type: ignore # mutmut generated
mutants_x__error__mutmut['x__error__mutmut_6'] = x__error__mutmut_6 # type: ignore # mutmut generated
mutants_x__error__mutmut['x__error__mutmut_7'] = x__error__mutmut_7 # type: ignore # mutmut generated
mutants_x__error__mutmut['x__error__mutmut_8'] = x__error__mutmut_8 # type: ignore # mutmut generated
mutants_x__error__mutmut['x__error__mutmut_9'] = x__error__mutmut_9 # type: ignore # mutmut generated
mutants_x__error__mutmut['x__error__mutmut_10'] = x__error__mutmut_10 # type: ignore # mutmut generated
mutants_x__error__mutmut['x__error__mutmut_11'] = x__error__mutmut_11 # type: ignore # mutmut generated
mutants_x__error__mutmut['x__error__mutmut_12'] = x__error__mutmut_12 # type: ignore # mutmut generated
mutants_x__error__mutmut['x__error__mutmut_13'] = x__error__mutmut_13 # type: ignore # mutmut generated
mutants_x__error__mutmut['x__error__mutmut_14'] = x__error__mutmut_14 # type: ignore # mutmut generated
mutants_x__error__mutmut['x__error__mutmut_15'] = x__error__mutmut_15 # type: ignore # mutmut generated
mutants_x__error__mutmut['x__error__mutmut_16'] = x__error__mutmut_16 # type: ignore # mutmut generated
mutants_x__error__mutmut['x__error__mutmut_17'] = x__error__mutmut_17 # type: ignore # mutmut generated
mutants_x__error__mutmut['x__error__mutmut_18'] = x__error__mutmut_18 # type: ignore # mutmut generated
mutants_x__error__mutmut['x__error__mutmut_19'] = x__error__mutmut_19 # type: ignore # mutmut generated
mutants_x__error__mutmut['x__error__mutmut_20'] = x__error__mutmut_20 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__claims_success__mutmut)
def _claims_success(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_orig(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_1(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = None
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_2(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("XXsuccessXX", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_3(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("SUCCESS", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_4(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "XXfailedXX") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_5(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "FAILED") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_6(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name not in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_7(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_8(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(None, status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_9(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=None, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_10(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=None)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_11(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_12(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_13(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, )
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_14(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 or flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_15(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) != 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_16(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 3 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_17(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["XXsuccessXX"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_18(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["SUCCESS"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_19(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] != flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_20(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["XXfailedXX"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_21(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["FAILED"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_22(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            None,
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_23(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=None,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_24(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=None,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_25(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_26(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_27(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_28(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['XXsuccessXX']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_29(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['SUCCESS']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_30(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['XXfailedXX']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_31(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['FAILED']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_32(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "XXsuccessXX" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_33(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "SUCCESS" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_34(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" not in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_35(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(None)
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_36(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["XXsuccessXX"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_37(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["SUCCESS"])
    if "failed" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_38(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "XXfailedXX" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_39(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "FAILED" in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_40(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" not in flags:
        return not flags["failed"]
    return None


def x__claims_success__mutmut_41(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return flags["failed"]
    return None


def x__claims_success__mutmut_42(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["XXfailedXX"]
    return None


def x__claims_success__mutmut_43(body: Mapping[str, Any], status: int, code: Code) -> bool | None:
    """What ``success``/``failed`` say (True: success), None when both are absent."""
    flags = {name: body[name] for name in ("success", "failed") if name in body}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ProtocolError(f"{name} is not a boolean: {value!r}", status=status, code=code)
    if len(flags) == 2 and flags["success"] == flags["failed"]:
        raise ProtocolError(
            f"success={flags['success']} and failed={flags['failed']} disagree",
            status=status,
            code=code,
        )
    if "success" in flags:
        return bool(flags["success"])
    if "failed" in flags:
        return not flags["FAILED"]
    return None

mutants_x__claims_success__mutmut['_mutmut_orig'] = x__claims_success__mutmut_orig # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_1'] = x__claims_success__mutmut_1 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_2'] = x__claims_success__mutmut_2 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_3'] = x__claims_success__mutmut_3 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_4'] = x__claims_success__mutmut_4 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_5'] = x__claims_success__mutmut_5 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_6'] = x__claims_success__mutmut_6 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_7'] = x__claims_success__mutmut_7 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_8'] = x__claims_success__mutmut_8 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_9'] = x__claims_success__mutmut_9 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_10'] = x__claims_success__mutmut_10 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_11'] = x__claims_success__mutmut_11 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_12'] = x__claims_success__mutmut_12 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_13'] = x__claims_success__mutmut_13 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_14'] = x__claims_success__mutmut_14 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_15'] = x__claims_success__mutmut_15 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_16'] = x__claims_success__mutmut_16 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_17'] = x__claims_success__mutmut_17 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_18'] = x__claims_success__mutmut_18 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_19'] = x__claims_success__mutmut_19 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_20'] = x__claims_success__mutmut_20 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_21'] = x__claims_success__mutmut_21 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_22'] = x__claims_success__mutmut_22 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_23'] = x__claims_success__mutmut_23 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_24'] = x__claims_success__mutmut_24 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_25'] = x__claims_success__mutmut_25 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_26'] = x__claims_success__mutmut_26 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_27'] = x__claims_success__mutmut_27 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_28'] = x__claims_success__mutmut_28 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_29'] = x__claims_success__mutmut_29 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_30'] = x__claims_success__mutmut_30 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_31'] = x__claims_success__mutmut_31 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_32'] = x__claims_success__mutmut_32 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_33'] = x__claims_success__mutmut_33 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_34'] = x__claims_success__mutmut_34 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_35'] = x__claims_success__mutmut_35 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_36'] = x__claims_success__mutmut_36 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_37'] = x__claims_success__mutmut_37 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_38'] = x__claims_success__mutmut_38 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_39'] = x__claims_success__mutmut_39 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_40'] = x__claims_success__mutmut_40 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_41'] = x__claims_success__mutmut_41 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_42'] = x__claims_success__mutmut_42 # type: ignore # mutmut generated
mutants_x__claims_success__mutmut['x__claims_success__mutmut_43'] = x__claims_success__mutmut_43 # type: ignore # mutmut generated
mutants_x_interpret__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_interpret__mutmut)
def interpret(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_orig(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_1(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = None
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_2(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = None
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_3(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(None)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_4(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) and "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_5(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_6(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "XXcodeXX" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_7(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "CODE" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_8(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_9(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(None)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_10(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = None
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_11(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["XXcodeXX"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_12(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["CODE"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_13(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status > 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_14(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 501:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_15(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = None
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_16(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get(None)
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_17(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("XXmsgXX")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_18(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("MSG")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_19(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            None,
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_20(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=None,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_21(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_22(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_23(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_24(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_25(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if (isinstance(msg, str)) and False else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_26(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if (isinstance(msg, str)) or True else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_27(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(None),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_28(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if (_is_code(code)) and False else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_29(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if (_is_code(code)) or True else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_30(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(None) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_31(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 or (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_32(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status == 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_33(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 201 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_34(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) and not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_35(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (_is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_36(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(None) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_37(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_38(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(None)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_39(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_40(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(None):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_41(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            None, status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_42(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=None
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_43(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_44(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_45(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = None
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_46(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get(None)
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_47(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("XXmsgXX")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_48(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("MSG")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_49(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_50(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            None,
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_51(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=None,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_52(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=None,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_53(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_54(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_55(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_56(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if ("msg" not in body) and False else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_57(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if ("msg" not in body) or True else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_58(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "XXmsg is missingXX" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_59(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "MSG IS MISSING" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_60(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "XXmsgXX" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_61(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "MSG" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_62(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_63(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = None
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_64(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(None, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_65(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, None, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_66(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, None)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_67(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_68(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_69(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, )
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_70(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = None
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_71(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code not in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_72(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None or claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_73(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_74(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success == success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_75(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            None, status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_76(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=None, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_77(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=None
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_78(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_79(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_80(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_81(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status == 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_82(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 201:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_83(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(None, status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_84(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=None, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_85(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=None)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_86(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_87(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_88(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, )
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_89(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(None, msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_90(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), None, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_91(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, None, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_92(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, None, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_93(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, None)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_94(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_95(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_96(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_97(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_98(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, )
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_99(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(None), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_100(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_101(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = None
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_102(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(None)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_103(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = None
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_104(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if (mapped is not None and mapped >= 400) and False else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_105(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if (mapped is not None and mapped >= 400) or True else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_106(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(None) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_107(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None or mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_108(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_109(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped > 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_110(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 401 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_111(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(None, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_112(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, None, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_113(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, None, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_114(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, None, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_115(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, None)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_116(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_117(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_118(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_119(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_120(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, )
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_121(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "XXdataXX" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_122(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "DATA" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_123(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_124(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError(None, status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_125(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=None, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_126(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=None)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_127(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError(status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_128(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_129(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, )
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_130(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("XXa success without dataXX", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_131(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("A SUCCESS WITHOUT DATA", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_132(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = None
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_133(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["XXdataXX"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_134(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["DATA"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_135(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_136(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            None,
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_137(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=None,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_138(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=None,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_139(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_140(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_141(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_142(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(None).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_143(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(None)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_144(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is not None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_145(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = None
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=code
        ) from exc


def x_interpret__mutmut_146(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            None, status=status, code=code
        ) from exc


def x_interpret__mutmut_147(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=None, code=code
        ) from exc


def x_interpret__mutmut_148(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, code=None
        ) from exc


def x_interpret__mutmut_149(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            status=status, code=code
        ) from exc


def x_interpret__mutmut_150(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", code=code
        ) from exc


def x_interpret__mutmut_151(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """Return ``parse(data)`` for a success in any dialect; raise the matching MaviError otherwise.

    ``parse`` gets the envelope's ``data`` (an object); any KeyError, TypeError, ValueError or
    AttributeError it raises means the payload did not have the contract's shape and becomes a
    ProtocolError. A MaviError it raises gets the answer's ``code`` if it has none.

    - HTTP 200 with code ``"0000"`` or ``200`` (``success``/``failed`` optional, but true/false
      when present): the payload.
    - Any other status: the class of that status (``error_class``), whatever the dialect; a 5xx
      is a ServerError whatever its body holds.
    - HTTP 200 with an error code (legacy dialect): the class of the status the code stands for
      (``CODE_STATUS``; an integer code stands for itself); an unknown code is a plain MaviError.
      The error's ``status`` stays 200.
    - A body that is no envelope (not JSON, or JSON without ``code``): see ``not_an_envelope``.
    - Anything else that breaks the contract: ProtocolError.
    """
    status = response.status_code
    body = _load(response)
    if not isinstance(body, dict) or "code" not in body:
        raise not_an_envelope(response)
    code = body["code"]
    if status >= 500:
        # A server-side failure whatever its body says (even a malformed envelope): retried.
        msg = body.get("msg")
        raise ServerError(
            msg if isinstance(msg, str) else describe_body(response),
            status=status,
            code=code if _is_code(code) else None,
        )
    if status != 200 and (not _is_code(code) or not isinstance(body.get("msg"), str)):
        # An error status with a body that is not quite an envelope (a proxy's own JSON, a
        # missing msg): the status decides, as for any error, so that a 429 is still retried.
        raise not_an_envelope(response)
    if not _is_code(code):
        raise ProtocolError(
            f"code {code!r} is neither a 4-digit string nor an HTTP status", status=status
        )
    msg = body.get("msg")
    if not isinstance(msg, str):
        raise ProtocolError(
            "msg is missing" if "msg" not in body else f"msg is not a string: {msg!r}",
            status=status,
            code=code,
        )
    claims_success = _claims_success(body, status, code)
    success_code = code in SUCCESS_CODES
    if claims_success is not None and claims_success != success_code:
        raise ProtocolError(
            f"code {code!r} with success={claims_success}", status=status, code=code
        )
    if status != 200:
        if success_code:
            raise ProtocolError(f"success code {code!r} on HTTP {status}", status=status, code=code)
        raise _error(error_class(status), msg, status, code, response)
    if not success_code:
        # The legacy dialect: an error in an HTTP 200, judged by its code.
        mapped = code_status(code)
        cls = error_class(mapped) if mapped is not None and mapped >= 400 else MaviError
        raise _error(cls, msg, status, code, response)
    if "data" not in body:
        raise ProtocolError("a success without data", status=status, code=code)
    data = body["data"]
    if not isinstance(data, dict):
        raise ProtocolError(
            f"the success payload is not an object: {type(data).__name__}",
            status=status,
            code=code,
        )
    try:
        return parse(data)
    except MaviError as exc:
        if exc.code is None:
            exc.code = code
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(
            f"the success payload breaks the contract: {exc!r}", status=status, ) from exc

mutants_x_interpret__mutmut['_mutmut_orig'] = x_interpret__mutmut_orig # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_1'] = x_interpret__mutmut_1 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_2'] = x_interpret__mutmut_2 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_3'] = x_interpret__mutmut_3 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_4'] = x_interpret__mutmut_4 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_5'] = x_interpret__mutmut_5 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_6'] = x_interpret__mutmut_6 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_7'] = x_interpret__mutmut_7 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_8'] = x_interpret__mutmut_8 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_9'] = x_interpret__mutmut_9 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_10'] = x_interpret__mutmut_10 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_11'] = x_interpret__mutmut_11 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_12'] = x_interpret__mutmut_12 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_13'] = x_interpret__mutmut_13 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_14'] = x_interpret__mutmut_14 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_15'] = x_interpret__mutmut_15 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_16'] = x_interpret__mutmut_16 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_17'] = x_interpret__mutmut_17 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_18'] = x_interpret__mutmut_18 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_19'] = x_interpret__mutmut_19 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_20'] = x_interpret__mutmut_20 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_21'] = x_interpret__mutmut_21 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_22'] = x_interpret__mutmut_22 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_23'] = x_interpret__mutmut_23 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_24'] = x_interpret__mutmut_24 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_25'] = x_interpret__mutmut_25 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_26'] = x_interpret__mutmut_26 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_27'] = x_interpret__mutmut_27 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_28'] = x_interpret__mutmut_28 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_29'] = x_interpret__mutmut_29 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_30'] = x_interpret__mutmut_30 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_31'] = x_interpret__mutmut_31 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_32'] = x_interpret__mutmut_32 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_33'] = x_interpret__mutmut_33 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_34'] = x_interpret__mutmut_34 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_35'] = x_interpret__mutmut_35 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_36'] = x_interpret__mutmut_36 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_37'] = x_interpret__mutmut_37 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_38'] = x_interpret__mutmut_38 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_39'] = x_interpret__mutmut_39 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_40'] = x_interpret__mutmut_40 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_41'] = x_interpret__mutmut_41 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_42'] = x_interpret__mutmut_42 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_43'] = x_interpret__mutmut_43 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_44'] = x_interpret__mutmut_44 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_45'] = x_interpret__mutmut_45 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_46'] = x_interpret__mutmut_46 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_47'] = x_interpret__mutmut_47 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_48'] = x_interpret__mutmut_48 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_49'] = x_interpret__mutmut_49 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_50'] = x_interpret__mutmut_50 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_51'] = x_interpret__mutmut_51 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_52'] = x_interpret__mutmut_52 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_53'] = x_interpret__mutmut_53 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_54'] = x_interpret__mutmut_54 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_55'] = x_interpret__mutmut_55 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_56'] = x_interpret__mutmut_56 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_57'] = x_interpret__mutmut_57 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_58'] = x_interpret__mutmut_58 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_59'] = x_interpret__mutmut_59 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_60'] = x_interpret__mutmut_60 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_61'] = x_interpret__mutmut_61 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_62'] = x_interpret__mutmut_62 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_63'] = x_interpret__mutmut_63 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_64'] = x_interpret__mutmut_64 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_65'] = x_interpret__mutmut_65 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_66'] = x_interpret__mutmut_66 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_67'] = x_interpret__mutmut_67 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_68'] = x_interpret__mutmut_68 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_69'] = x_interpret__mutmut_69 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_70'] = x_interpret__mutmut_70 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_71'] = x_interpret__mutmut_71 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_72'] = x_interpret__mutmut_72 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_73'] = x_interpret__mutmut_73 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_74'] = x_interpret__mutmut_74 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_75'] = x_interpret__mutmut_75 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_76'] = x_interpret__mutmut_76 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_77'] = x_interpret__mutmut_77 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_78'] = x_interpret__mutmut_78 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_79'] = x_interpret__mutmut_79 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_80'] = x_interpret__mutmut_80 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_81'] = x_interpret__mutmut_81 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_82'] = x_interpret__mutmut_82 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_83'] = x_interpret__mutmut_83 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_84'] = x_interpret__mutmut_84 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_85'] = x_interpret__mutmut_85 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_86'] = x_interpret__mutmut_86 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_87'] = x_interpret__mutmut_87 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_88'] = x_interpret__mutmut_88 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_89'] = x_interpret__mutmut_89 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_90'] = x_interpret__mutmut_90 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_91'] = x_interpret__mutmut_91 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_92'] = x_interpret__mutmut_92 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_93'] = x_interpret__mutmut_93 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_94'] = x_interpret__mutmut_94 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_95'] = x_interpret__mutmut_95 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_96'] = x_interpret__mutmut_96 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_97'] = x_interpret__mutmut_97 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_98'] = x_interpret__mutmut_98 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_99'] = x_interpret__mutmut_99 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_100'] = x_interpret__mutmut_100 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_101'] = x_interpret__mutmut_101 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_102'] = x_interpret__mutmut_102 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_103'] = x_interpret__mutmut_103 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_104'] = x_interpret__mutmut_104 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_105'] = x_interpret__mutmut_105 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_106'] = x_interpret__mutmut_106 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_107'] = x_interpret__mutmut_107 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_108'] = x_interpret__mutmut_108 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_109'] = x_interpret__mutmut_109 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_110'] = x_interpret__mutmut_110 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_111'] = x_interpret__mutmut_111 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_112'] = x_interpret__mutmut_112 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_113'] = x_interpret__mutmut_113 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_114'] = x_interpret__mutmut_114 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_115'] = x_interpret__mutmut_115 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_116'] = x_interpret__mutmut_116 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_117'] = x_interpret__mutmut_117 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_118'] = x_interpret__mutmut_118 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_119'] = x_interpret__mutmut_119 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_120'] = x_interpret__mutmut_120 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_121'] = x_interpret__mutmut_121 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_122'] = x_interpret__mutmut_122 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_123'] = x_interpret__mutmut_123 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_124'] = x_interpret__mutmut_124 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_125'] = x_interpret__mutmut_125 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_126'] = x_interpret__mutmut_126 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_127'] = x_interpret__mutmut_127 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_128'] = x_interpret__mutmut_128 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_129'] = x_interpret__mutmut_129 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_130'] = x_interpret__mutmut_130 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_131'] = x_interpret__mutmut_131 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_132'] = x_interpret__mutmut_132 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_133'] = x_interpret__mutmut_133 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_134'] = x_interpret__mutmut_134 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_135'] = x_interpret__mutmut_135 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_136'] = x_interpret__mutmut_136 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_137'] = x_interpret__mutmut_137 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_138'] = x_interpret__mutmut_138 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_139'] = x_interpret__mutmut_139 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_140'] = x_interpret__mutmut_140 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_141'] = x_interpret__mutmut_141 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_142'] = x_interpret__mutmut_142 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_143'] = x_interpret__mutmut_143 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_144'] = x_interpret__mutmut_144 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_145'] = x_interpret__mutmut_145 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_146'] = x_interpret__mutmut_146 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_147'] = x_interpret__mutmut_147 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_148'] = x_interpret__mutmut_148 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_149'] = x_interpret__mutmut_149 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_150'] = x_interpret__mutmut_150 # type: ignore # mutmut generated
mutants_x_interpret__mutmut['x_interpret__mutmut_151'] = x_interpret__mutmut_151 # type: ignore # mutmut generated
mutants_x_check_storage_answer__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_storage_answer__mutmut)
def check_storage_answer(response: httpx.Response) -> None:
    """Return for the storage's success (204 or 200, whatever the body); raise otherwise.

    The storage behind a signed URL answers no envelope: its errors are XML (or a gateway's page)
    and are judged by status alone, as in ``not_an_envelope``.
    """
    if response.status_code in (200, 204):
        return
    raise not_an_envelope(response)


def x_check_storage_answer__mutmut_orig(response: httpx.Response) -> None:
    """Return for the storage's success (204 or 200, whatever the body); raise otherwise.

    The storage behind a signed URL answers no envelope: its errors are XML (or a gateway's page)
    and are judged by status alone, as in ``not_an_envelope``.
    """
    if response.status_code in (200, 204):
        return
    raise not_an_envelope(response)


def x_check_storage_answer__mutmut_1(response: httpx.Response) -> None:
    """Return for the storage's success (204 or 200, whatever the body); raise otherwise.

    The storage behind a signed URL answers no envelope: its errors are XML (or a gateway's page)
    and are judged by status alone, as in ``not_an_envelope``.
    """
    if response.status_code not in (200, 204):
        return
    raise not_an_envelope(response)


def x_check_storage_answer__mutmut_2(response: httpx.Response) -> None:
    """Return for the storage's success (204 or 200, whatever the body); raise otherwise.

    The storage behind a signed URL answers no envelope: its errors are XML (or a gateway's page)
    and are judged by status alone, as in ``not_an_envelope``.
    """
    if response.status_code in (201, 204):
        return
    raise not_an_envelope(response)


def x_check_storage_answer__mutmut_3(response: httpx.Response) -> None:
    """Return for the storage's success (204 or 200, whatever the body); raise otherwise.

    The storage behind a signed URL answers no envelope: its errors are XML (or a gateway's page)
    and are judged by status alone, as in ``not_an_envelope``.
    """
    if response.status_code in (200, 205):
        return
    raise not_an_envelope(response)


def x_check_storage_answer__mutmut_4(response: httpx.Response) -> None:
    """Return for the storage's success (204 or 200, whatever the body); raise otherwise.

    The storage behind a signed URL answers no envelope: its errors are XML (or a gateway's page)
    and are judged by status alone, as in ``not_an_envelope``.
    """
    if response.status_code in (200, 204):
        return
    raise not_an_envelope(None)

mutants_x_check_storage_answer__mutmut['_mutmut_orig'] = x_check_storage_answer__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_storage_answer__mutmut['x_check_storage_answer__mutmut_1'] = x_check_storage_answer__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_storage_answer__mutmut['x_check_storage_answer__mutmut_2'] = x_check_storage_answer__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_storage_answer__mutmut['x_check_storage_answer__mutmut_3'] = x_check_storage_answer__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_storage_answer__mutmut['x_check_storage_answer__mutmut_4'] = x_check_storage_answer__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_vector__mutmut)
def check_vector(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_orig(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_1(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) and not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_2(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_3(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_4(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError(None, status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_5(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=None)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_6(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError(status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_7(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", )
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_8(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("XXdata.embedding is not a non-empty arrayXX", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_9(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("DATA.EMBEDDING IS NOT A NON-EMPTY ARRAY", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_10(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=201)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_11(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float or type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_12(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(None) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_13(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_14(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(None) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_15(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_16(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(None, status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_17(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=None)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_18(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_19(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", )
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_20(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(None).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_21(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=201)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_22(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_23(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(None):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_24(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError(None, status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_25(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=None)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_26(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError(status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_27(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", )
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_28(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("XXdata.embedding holds a non-finite valueXX", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_29(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("DATA.EMBEDDING HOLDS A NON-FINITE VALUE", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_30(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=201)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_31(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None or len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_32(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_33(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) == dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_34(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            None, status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_35(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=None
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_36(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            status=200
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_37(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", )
    return [float(x) for x in value]


def x_check_vector__mutmut_38(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=201
        )
    return [float(x) for x in value]


def x_check_vector__mutmut_39(value: object, *, dimension: int | None) -> list[float]:
    """The embedding as a list of finite floats of the expected length, or ProtocolError."""
    if not isinstance(value, list) or not value:
        raise ProtocolError("data.embedding is not a non-empty array", status=200)
    for item in value:
        # bool is an int subclass, but true/false in a vector breaks the contract.
        if type(item) is not float and type(item) is not int:
            raise ProtocolError(f"data.embedding holds a {type(item).__name__}", status=200)
        if not math.isfinite(item):
            raise ProtocolError("data.embedding holds a non-finite value", status=200)
    if dimension is not None and len(value) != dimension:
        raise ProtocolError(
            f"data.embedding has {len(value)} values, expected {dimension}", status=200
        )
    return [float(None) for x in value]

mutants_x_check_vector__mutmut['_mutmut_orig'] = x_check_vector__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_1'] = x_check_vector__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_2'] = x_check_vector__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_3'] = x_check_vector__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_4'] = x_check_vector__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_5'] = x_check_vector__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_6'] = x_check_vector__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_7'] = x_check_vector__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_8'] = x_check_vector__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_9'] = x_check_vector__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_10'] = x_check_vector__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_11'] = x_check_vector__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_12'] = x_check_vector__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_13'] = x_check_vector__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_14'] = x_check_vector__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_15'] = x_check_vector__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_16'] = x_check_vector__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_17'] = x_check_vector__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_18'] = x_check_vector__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_19'] = x_check_vector__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_20'] = x_check_vector__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_21'] = x_check_vector__mutmut_21 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_22'] = x_check_vector__mutmut_22 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_23'] = x_check_vector__mutmut_23 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_24'] = x_check_vector__mutmut_24 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_25'] = x_check_vector__mutmut_25 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_26'] = x_check_vector__mutmut_26 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_27'] = x_check_vector__mutmut_27 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_28'] = x_check_vector__mutmut_28 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_29'] = x_check_vector__mutmut_29 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_30'] = x_check_vector__mutmut_30 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_31'] = x_check_vector__mutmut_31 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_32'] = x_check_vector__mutmut_32 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_33'] = x_check_vector__mutmut_33 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_34'] = x_check_vector__mutmut_34 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_35'] = x_check_vector__mutmut_35 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_36'] = x_check_vector__mutmut_36 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_37'] = x_check_vector__mutmut_37 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_38'] = x_check_vector__mutmut_38 # type: ignore # mutmut generated
mutants_x_check_vector__mutmut['x_check_vector__mutmut_39'] = x_check_vector__mutmut_39 # type: ignore # mutmut generated
