"""What one setting of the mock is (``Setting``), how its text is read and written back.

The table of settings itself is ``config.py``'s: each field of ``MockConfig`` is declared with
``setting(...)``, which keeps the row (variable, parser, help, choices) in the field's metadata.
A value is read by ``Setting.read``, whether it comes from the environment, a flag or a
``PUT /__mock/scenario`` body, so that each source accepts the same values and refuses the same
ones in the same words; only the prefix, which names where the value came from, differs.

Standard library only: ``mock_server.config`` is imported where only the client is installed.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar, Union, get_args, get_origin

# The ``dialect`` row's parser (per-operation dialects), kept in a module of its own; its names
# are re-exported from here (issue 22's interface).
from .dialects import METAVAR as DIALECTS_METAVAR
from .dialects import dialect_for as dialect_for  # noqa: PLC0414
from .dialects import parse_dialects as parse_dialects  # noqa: PLC0414
from .dialects import show_dialects as show_dialects  # noqa: PLC0414

T = TypeVar("T")


class ConfigError(ValueError):
    """A setting has a value the mock cannot use; the message names the setting."""


def parse_bool(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off", ""):
        return False
    raise ValueError(f"expected 1/0, true/false, yes/no or on/off, got {value!r}")


def parse_keys(value: str) -> tuple[str, ...]:
    return tuple(k.strip() for k in value.split(",") if k.strip())


def parse_latency(value: str) -> tuple[float, float]:
    """``"250"`` (fixed) or ``"100-300"`` (uniform), in milliseconds."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:-\s*(\d+(?:\.\d+)?)\s*)?", value)
    if not match:
        raise ValueError(f"expected milliseconds like 250 or 100-300, got {value!r}")
    low = float(match.group(1))
    high = float(match.group(2)) if match.group(2) else low
    if high < low:
        raise ValueError(f"the range {value!r} runs backwards")
    return low, high


def show_latency(value: tuple[float, float]) -> str:
    low, high = value
    return f"{low:g}" if low == high else f"{low:g}-{high:g}"


def parse_rate(value: str) -> float | None:
    """``"1/s"``, ``"10/min"``, ``"off"`` (or JSON's ``null``): requests allowed per second."""
    lowered = value.strip().lower()
    if lowered in ("", "0", "off", "none", "null"):
        return None
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*/\s*(s|sec|second|m|min|minute)", lowered)
    if not match or float(match.group(1)) <= 0:
        raise ValueError(f"expected a rate like 1/s or 30/min, or off; got {value!r}")
    per = 1.0 if match.group(2).startswith("s") else 60.0
    return float(match.group(1)) / per


def format_rate(per_second: float | None) -> str | None:
    """A rate as ``parse_rate`` reads it: ``"1/s"``, ``"30/min"``; None when off."""
    if per_second is None:
        return None
    if per_second >= 1:
        return f"{per_second:g}/s"
    return f"{per_second * 60:g}/min"


def _number(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise ValueError(f"expected a number, got {value!r}") from None
    if not math.isfinite(number):
        raise ValueError(f"expected a finite number, got {value!r}")
    return number


def parse_fraction(value: str) -> float:
    number = _number(value)
    if not 0.0 <= number <= 1.0:
        raise ValueError(f"expected a number between 0 and 1, got {value!r}")
    return number


def _integer(value: str, expected: str, low: int | None = None, high: int | None = None) -> int:
    """``value`` as an integer from ``low`` to ``high``; ValueError saying ``expected`` if not."""
    try:
        number = int(value.strip())
    except ValueError:
        raise ValueError(f"expected {expected}, got {value!r}") from None
    if (low is not None and number < low) or (high is not None and number > high):
        raise ValueError(f"expected {expected}, got {value!r}")
    return number


def parse_positive_int(value: str) -> int:
    return _integer(value, "a positive integer", low=1)


def parse_non_negative_int(value: str) -> int:
    return _integer(value, "an integer >= 0", low=0)


def parse_port(value: str) -> int:
    return _integer(value, "a port from 0 to 65535", low=0, high=65535)


#: The largest seed: the largest integer that every JSON reader of ``GET /__mock/scenario`` keeps
#: exactly (JavaScript's ``Number.MAX_SAFE_INTEGER``), so that a seed read there and sent back
#: repeats the run. orjson, which writes the answers, stops at 2**64-1 (a larger seed was a 500);
#: the draws (``scenarios.Draws``) take any integer.
MAX_SEED = 2**53 - 1


def parse_seed(value: str) -> int:
    return _integer(value, "an integer from 0 to 2**53-1", low=0, high=MAX_SEED)


#: Size units, case-insensitive: KB, MB, GB are powers of 1000; KiB, MiB, GiB of 1024.
SIZE_UNITS = {"b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9}
SIZE_UNITS.update({"kib": 2**10, "mib": 2**20, "gib": 2**30})


def parse_size(value: str) -> int:
    """Bytes: ``"1048576"``, ``"10MB"`` (10,000,000), ``"512MiB"``, ``"1.5 GB"``."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*", value, re.IGNORECASE)
    unit = SIZE_UNITS.get(match[2].lower() or "b") if match else None
    if match is None or unit is None:
        raise ValueError(f"expected a size like 1048576, 10MB or 512MiB, got {value!r}")
    size = int(Decimal(match[1]) * unit)
    if size < 1:
        raise ValueError(f"expected a size above 0 bytes, got {value!r}")
    return size


def show_size(size: int) -> str:
    """A size as ``parse_size`` reads it, in the largest binary unit that divides it: 512MiB."""
    for unit, scale in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if size and size % scale == 0:
            return f"{size // scale}{unit}"
    return str(size)


#: The longest wait a setting may ask for: a day.
MAX_SECONDS = 86_400.0


def parse_seconds(value: str) -> float:
    number = _number(value)
    if not 0 <= number <= MAX_SECONDS:
        raise ValueError(f"expected seconds from 0 to {MAX_SECONDS:g}, got {value!r}")
    return number


_HOST_ENTRY = re.compile(
    r"(?P<name>\.?[a-z0-9_-]+(?:\.[a-z0-9_-]+)*|\[(?P<ip6>[0-9a-f:.]+)\])(?::\d{1,5})?"
)


def parse_hosts(value: str) -> tuple[str, ...]:
    """``"mock.internal, .corp.example"`` (a port is ignored; ``.name`` takes its subdomains too)
    or ``*`` (any): the Host names the admin endpoints accept (``cors.admin_refusal``)."""
    hosts: list[str] = []
    for entry in filter(None, (e.strip().lower() for e in value.split(","))):
        match = _HOST_ENTRY.fullmatch(entry)
        if entry != "*" and match is None:
            raise ValueError(
                f"expected host names like mock.internal or .corp.example, or *; got {entry!r}"
            )
        hosts.append((match["ip6"] or match["name"]) if match else "*")
    return tuple(hosts)


def show_hosts(hosts: tuple[str, ...]) -> str:
    """Host names as ``parse_hosts`` reads them (an IPv6 address in brackets)."""
    return ",".join(f"[{host}]" if ":" in host else host for host in hosts)


def show_keys(keys: tuple[str, ...]) -> str:
    return ",".join(keys)


#: What --help shows for a value, by parser (otherwise the name's last word, upper-cased).
METAVARS: dict[Callable[[str], Any], str] = {
    parse_fraction: "FRACTION",
    parse_seconds: "SECONDS",
    parse_latency: "MS",
    parse_rate: "RATE",
    parse_keys: "KEYS",
    parse_positive_int: "N",
    parse_port: "N",
    parse_seed: "N",
    parse_size: "SIZE",
    parse_non_negative_int: "N",
    parse_dialects: DIALECTS_METAVAR,
}


def json_text(value: object) -> str:
    """A ``PUT /__mock/scenario`` value as the text a parser reads: a string as it is, anything
    else as JSON writes it (``7``, ``0.5``, ``true``, ``null``, ``[1]``)."""
    return value if isinstance(value, str) else json.dumps(value)


#: How a refusal names the kind of value a setting holds, for a value of another kind.
KINDS: dict[type, str] = {
    bool: "True or False",
    int: "an integer",
    float: "a number",
    str: "a string",
    tuple: "a tuple",
    Path: "a path",
}


def _kinds(annotation: Any) -> tuple[type, ...]:
    """The classes a value of ``annotation`` may be (``float | None``: float; int for float)."""
    options = get_args(annotation) if get_origin(annotation) in (Union, type(int | None)) else ()
    classes = tuple(get_origin(a) or a for a in options or (annotation,) if a is not type(None))
    return (*classes, int) if float in classes else classes


@dataclass(frozen=True)
class Setting:
    """One row of the table: a field of ``MockConfig`` and how it is given and shown.

    ``name``, ``default``, ``computed`` and ``scenario`` come from the field (``config.py``
    fills them in); the rest is written in the field's ``setting(...)``.
    """

    env: str
    help: str
    parse: Callable[[str], Any] = str
    #: The values allowed, if only a few are (the one list of them: --help shows it).
    choices: tuple[str, ...] = ()
    #: A value written back as the parser reads it (for --help, GET /__mock/scenario, banner).
    show: Callable[[Any], str | None] | None = None
    #: The key in ``GET``/``PUT /__mock/scenario`` ("": the name).
    json_key: str = ""
    name: str = ""
    default: Any = None
    #: The default is worked out when the mock starts (e.g. one worker per core).
    computed: bool = False
    #: A scenario may change it at run time (``PUT /__mock/scenario``).
    scenario: bool = False
    #: The field's type annotation, resolved (``config.py`` fills it in): what ``check`` takes.
    annotation: Any = None

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")

    @property
    def key(self) -> str:
        return self.json_key or self.name

    @property
    def metavar(self) -> str:
        """What --help shows for the value."""
        if self.choices:
            return "{" + ",".join(self.choices) + "}"
        return METAVARS.get(self.parse, self.name.split("_")[-1].upper())

    def read(self, text: str) -> Any:
        """The value ``text`` gives; ValueError (saying what was expected) if it gives none."""
        if self.choices and text not in self.choices:
            raise ValueError(
                f"invalid choice: {text!r}; {self.name} must be one of {', '.join(self.choices)}"
            )
        return self.parse(text)

    def from_env(self, text: str) -> Any:
        """``read``, refusing with a ConfigError that names the variable and the flag."""
        try:
            return self.read(text)
        except ValueError as exc:
            raise ConfigError(f"{self.env} / {self.flag}: {exc}") from None

    def from_json(self, value: object) -> Any:
        """``read`` for a ``PUT /__mock/scenario`` value; ValueError that names the key."""
        try:
            return self.read(json_text(value))
        except ValueError as exc:
            raise ValueError(f"{self.key}: {exc}") from None

    def check(self, value: Any) -> None:
        """Refuse a value given in Python (a ``MockConfig``'s or ``Scenario``'s) as ``read`` refuses
        its text, in the same words: a value of the field's type is written as text (``show``, or as
        JSON writes it) and read back by the parser. ValueError saying what was expected."""
        if value is None and self.default is None and not self.computed:
            return  # None is the default: off, or worked out when the mock starts
        kinds = _kinds(self.annotation)
        if kinds and (isinstance(value, bool) > (bool in kinds) or not isinstance(value, kinds)):
            raise ValueError(f"expected {KINDS.get(kinds[0], kinds[0].__name__)}, got {value!r}")
        try:
            text = self.show(value) if self.show else None
        except (TypeError, ValueError):  # e.g. a tuple of three, or of strings, for latency
            raise ValueError(f"expected a value like {self.shown_default}, got {value!r}") from None
        if text is None:
            text = os.fspath(value) if isinstance(value, os.PathLike) else json_text(value)
        self.read(text)

    def to_json(self, value: Any) -> Any:
        return self.show(value) if self.show else value

    @property
    def shown_default(self) -> str:
        """The default as --help and README show it ("": none, or worked out at start)."""
        value = self.default
        if self.computed or value is None or value == ():
            return ""
        if self.show:
            return self.show(value) or ""
        if isinstance(value, bool):
            return "on" if value else "off"
        if isinstance(value, float):
            return f"{value:g}"
        return str(value)


def setting(
    default: T,
    env: str,
    help: str,
    parse: Callable[[str], Any] = str,
    *,
    choices: tuple[str, ...] = (),
    show: Callable[[Any], str | None] | None = None,
    json_key: str = "",
) -> T:
    """A dataclass field of ``MockConfig`` that is a setting: its row kept in the metadata."""
    row = Setting(env, help, parse, choices, show, json_key)
    return field(default=default, metadata={"setting": row})


def computed_setting(
    factory: Callable[[], T],
    env: str,
    help: str,
    parse: Callable[[str], Any] = str,
) -> T:
    """``setting`` whose default is worked out when a ``MockConfig`` is made."""
    row = Setting(env, help, parse, computed=True)
    return field(default_factory=factory, metadata={"setting": row})
