"""Per-operation dialects: the ``dialect`` setting's form, and which dialect a request gets.

The setting (``MOCK_DIALECT``, ``--dialect``, ``PUT /__mock/scenario {"dialect": ...}``) is one
dialect (``legacy``), or a comma list of ``operationId=dialect`` entries, led by a bare default
dialect if one is wanted (``modern,createVideoEmbedding=legacy``; without one the default is
``seed``), as ``mavi-mock proxy`` prints it from what a recording showed.

- ``parse_dialects`` is the row's parser (``config.py``): it refuses an unknown operation or
  dialect, an empty entry, an operation given twice, in the words every reader uses (naming what
  is accepted), and gives the canonical string: a plain dialect as it is (``"seed"``), otherwise
  the default, then the entries sorted by operationId
  (``seed,createVideoEmbedding=legacy,uploadAsset=seed``).
- ``dialect_for(setting, operation)``: the operation's dialect, the setting read once per string.
- ``operation_of(contract, method, path)``: the contract's operation a request is for, routed as
  Flask routes it (``Router``: a dict and a pattern, compiled once per contract; about 1 µs,
  where werkzeug's own router takes 15-20). ``exchange.open_exchange`` asks only when the setting
  has entries: a plain dialect costs a request nothing. A request routed to none whose path is
  an operation's (Flask's 405 for another method) is answered in that operation's dialect
  (``owner_of``); anything else (a 404 for an unknown path) in the default. ``drift.py`` routes
  what the proxy saw with a ``Router`` of its own operations: one routing for mock and drift.

The operations an entry may name are the API's: the contract's, but the storage's
(``uploadToSignedUrl``, which has no envelope). Standard library on import (``config.py`` is
imported where only the client is installed); the contract is read, with yaml, the first time
a setting has entries.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

from mavi_contract import DIALECTS, SPEC_PATH

if TYPE_CHECKING:
    from .contract import Contract

__all__ = [
    "METAVAR",
    "Router",
    "describe_dialects",
    "dialect_entries",
    "dialect_for",
    "operation_of",
    "owner_of",
    "parse_dialects",
]

#: What --help shows for the setting's value.
METAVAR = "{" + ",".join(DIALECTS) + "}[,OPERATION=DIALECT...]"
_FORM = (
    f"expected a dialect ({', '.join(DIALECTS)}), or operationId=dialect entries separated by"
    " commas, led by a default dialect if one is wanted"
)
#: The default of a setting made of entries only.
DEFAULT = "seed"
#: A path parameter of the contract, as routes.py writes it for werkzeug (any characters).
_PARAMETER = re.compile(r"\{([^}]+)\}")


@functools.cache
def api_operations() -> frozenset[str]:
    """The operationIds an entry may name: the contract's, but those with a server of their own."""
    import yaml  # noqa: PLC0415  (the [mock] extra; only a setting with entries needs it)

    with SPEC_PATH.open("rb") as handle:
        spec = yaml.safe_load(handle)
    return frozenset(
        op["operationId"]
        for item in spec["paths"].values()
        for op in item.values()
        if not op.get("servers")
    )


@functools.lru_cache(maxsize=64)
def _read(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The default and the entries (sorted by operationId) of a setting; ValueError if refused."""
    if "," not in text and "=" not in text:
        if text not in DIALECTS:
            raise ValueError(
                f"invalid choice: {text!r}; dialect must be one of {', '.join(DIALECTS)}"
            )
        return text, ()
    default = DEFAULT
    table: dict[str, str] = {}
    for place, item in enumerate(entry.strip() for entry in text.split(",")):
        if not item:
            raise ValueError(f"an empty entry in {text!r}; {_FORM}")
        operation, equals, dialect = (part.strip() for part in item.partition("="))
        if not equals:
            if place:
                raise ValueError(
                    f"{item!r} has no operationId=; only the first entry may be a bare default"
                    " dialect"
                )
            operation, dialect = "", item
        elif operation not in api_operations():
            raise ValueError(
                f"unknown operation {operation!r} in {item!r}; the operations are"
                f" {', '.join(sorted(api_operations()))}"
            )
        if dialect not in DIALECTS:
            raise ValueError(
                f"invalid dialect {dialect!r} in {item!r}; dialect must be one of"
                f" {', '.join(DIALECTS)}"
            )
        if not operation:
            default = dialect
        elif operation in table:
            raise ValueError(f"{operation} is given twice in {text!r}")
        else:
            table[operation] = dialect
    return default, tuple(sorted(table.items()))


def parse_dialects(text: str) -> str:
    """The ``dialect`` row's parser: the canonical string (see the module's docstring)."""
    default, entries = _read(text)
    if not entries and "=" not in text:
        return default
    return ",".join([default, *(f"{operation}={dialect}" for operation, dialect in entries)])


def show_dialects(value: str) -> str:
    """A setting as ``GET /__mock/scenario`` and the banner show it: canonical if it reads, else
    as it was given (so that the row's check refuses it in the parser's words)."""
    try:
        return parse_dialects(value)
    except ValueError:
        return value


def describe_dialects(setting: str) -> str:
    """The setting in words (the banner): ``legacy dialect``, or ``seed dialect,
    createVideoEmbedding=legacy``."""
    default, entries = _read(setting)
    return ", ".join([f"{default} dialect", *(f"{op}={dialect}" for op, dialect in entries)])


def dialect_entries(setting: str) -> tuple[str, dict[str, str]]:
    """The default dialect of a setting and its entries, operationId → dialect (a new dict)."""
    default, entries = _read(setting)
    return default, dict(entries)


@functools.lru_cache(maxsize=64)
def _table(setting: str) -> tuple[str, dict[str, str]]:
    return dialect_entries(setting)


def dialect_for(setting: str, operation: str | None) -> str:
    """The dialect ``operation`` (None: no operation of the API) is answered in."""
    default, table = _table(setting)
    return default if operation is None else table.get(operation, default)


class Routable(Protocol):
    """What routing reads of an operation (``contract.Operation``, and ``drift.py``'s own)."""

    @property
    def operation_id(self) -> str: ...
    @property
    def method(self) -> str: ...
    @property
    def path(self) -> str: ...
    @property
    def server(self) -> str | None: ...


class Router:
    """The API's operations by method and path, as Flask routes them (``routes.py`` declares each
    path parameter as werkzeug's ``path`` converter, any characters): a dict for the paths
    without a parameter (one trailing slash allowed, as ``app.py``'s url_map allows it), a
    compiled pattern for each of the others; HEAD is routed as GET. Operations with a server of
    their own (the storage's) are left out. Paths are full ones, the base path included."""

    def __init__(self, operations: Iterable[Routable]) -> None:
        from .config import BASE_PATH  # noqa: PLC0415  (config imports this module)

        self.static: dict[tuple[str, str], str] = {}
        #: The operations at each path without a parameter, whatever their method.
        self.at_path: dict[str, set[str]] = {}
        self.patterns: list[tuple[str, re.Pattern[str], str]] = []
        for op in operations:
            if op.server is not None:
                continue
            pieces = _PARAMETER.split(op.path)  # text, name, text, name, ..., text
            if len(pieces) == 1:
                self.static[op.method, BASE_PATH + op.path] = op.operation_id
                self.at_path.setdefault(BASE_PATH + op.path, set()).add(op.operation_id)
                continue
            pattern = "".join(
                re.escape(piece) if i % 2 == 0 else _PATH_CONVERTER
                for i, piece in enumerate(pieces)
            )
            self.patterns.append(
                (op.method, re.compile(re.escape(BASE_PATH) + pattern), op.operation_id)
            )

    def find(self, method: str, path: str) -> str | None:
        """The operation ``method`` and ``path`` are routed to; None for anything else."""
        if method == "HEAD":
            method = "GET"
        operation = self.static.get((method, path))
        if operation is None and path.endswith("/"):  # the app's url_map: strict_slashes off
            operation = self.static.get((method, path[:-1]))
        if operation is None:
            for wanted, pattern, operation_id in self.patterns:
                if method == wanted and pattern.fullmatch(path):
                    return operation_id
        return operation

    def owner(self, path: str) -> str | None:
        """The operation whose path ``path`` is, whatever the method (Flask's 405 for another
        method): None if no operation's, or if several operations share it."""
        found = set(self.at_path.get(path) or ())
        if path.endswith("/"):
            found |= self.at_path.get(path[:-1]) or set()
        found.update(op for _, pattern, op in self.patterns if pattern.fullmatch(path))
        return next(iter(found)) if len(found) == 1 else None


#: werkzeug's ``path`` converter (``werkzeug.routing.PathConverter.regex``), which routes.py uses.
_PATH_CONVERTER = "[^/].*?"


@functools.lru_cache(maxsize=8)
def _router(contract: Contract) -> Router:
    return Router(contract.operations.values())


def operation_of(contract: Contract, method: str, path: str) -> str | None:
    """The API operation of ``contract`` that ``method`` and ``path`` (the full path, base path
    included) are routed to; None for anything else."""
    return _router(contract).find(method, path)


def owner_of(contract: Contract, path: str) -> str | None:
    """The API operation of ``contract`` whose path ``path`` (the full path) is, whatever the
    method: the operation whose dialect a 405 for it is in. None: no one operation's."""
    return _router(contract).owner(path)
