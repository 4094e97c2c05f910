"""How the mock misbehaves for the whole server: the scenario, its fault RNG, transport faults.

(Per request, the ``Prefer`` header asks for more: ``prefer.py``.) The ``Scenario`` is set from
the configuration at start-up and changed at run time through ``PUT /__mock/scenario``. It lives in
``control.json`` in the data directory, so that every worker process sees a change at once (each
request costs one ``stat`` to notice it).
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import socket
import struct
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .config import MockConfig, parse_fraction, parse_latency, parse_rate
from .contract import DIALECTS

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

TRANSPORT_FAULTS = ("none", "reset", "empty", "truncate")
UNLISTED_FORMATS = ("reject", "accept")


@dataclass(frozen=True)
class Scenario:
    latency: tuple[float, float] = (0.0, 0.0)
    failure_rate: float = 0.0
    rate_limit: float | None = None
    transport_fault: str = "none"
    transport_fault_rate: float = 1.0
    seed: int = 0
    dialect: str = "seed"
    gateway_rate: float = 0.0
    unlisted_formats: str = "reject"

    @classmethod
    def from_config(cls, config: MockConfig) -> Scenario:
        return cls(
            latency=config.latency,
            failure_rate=config.failure_rate,
            rate_limit=config.rate_limit,
            transport_fault=config.transport_fault,
            transport_fault_rate=config.transport_fault_rate,
            seed=config.seed,
            dialect=config.dialect,
            gateway_rate=config.gateway_rate,
            unlisted_formats=config.unlisted_formats,
        )

    def to_json(self) -> dict[str, Any]:
        low, high = self.latency
        return {
            "latency_ms": f"{low:g}" if low == high else f"{low:g}-{high:g}",
            "failure_rate": self.failure_rate,
            "rate_limit": format_rate(self.rate_limit),
            "transport_fault": self.transport_fault,
            "transport_fault_rate": self.transport_fault_rate,
            "seed": self.seed,
            "dialect": self.dialect,
            "gateway_rate": self.gateway_rate,
            "unlisted_formats": self.unlisted_formats,
        }

    def updated(self, changes: dict[str, Any]) -> Scenario:
        """A copy with the changes of a ``PUT /__mock/scenario`` body; ValueError if invalid."""
        values: dict[str, Any] = {}
        for key, value in changes.items():
            if key == "latency_ms":
                values["latency"] = parse_latency(str(value))
            elif key == "failure_rate":
                values["failure_rate"] = parse_fraction(str(value))
            elif key == "rate_limit":
                values["rate_limit"] = parse_rate(str(value) if value is not None else "off")
            elif key == "transport_fault":
                if value not in TRANSPORT_FAULTS:
                    raise ValueError(
                        f"transport_fault must be one of {', '.join(TRANSPORT_FAULTS)}"
                    )
                values["transport_fault"] = value
            elif key == "transport_fault_rate":
                values["transport_fault_rate"] = parse_fraction(str(value))
            elif key == "seed":
                if isinstance(value, bool) or not isinstance(value, int):
                    raise ValueError("seed must be an integer")
                values["seed"] = value
            elif key == "dialect":
                if value not in DIALECTS:
                    raise ValueError(f"dialect must be one of {', '.join(DIALECTS)}")
                values["dialect"] = value
            elif key == "gateway_rate":
                values["gateway_rate"] = parse_fraction(str(value))
            elif key == "unlisted_formats":
                if value not in UNLISTED_FORMATS:
                    raise ValueError(
                        f"unlisted_formats must be one of {', '.join(UNLISTED_FORMATS)}"
                    )
                values["unlisted_formats"] = value
            else:
                raise ValueError(
                    f"unknown scenario setting {key!r}; the settings are {', '.join(SCENARIO_KEYS)}"
                )
        return dataclasses.replace(self, **values)


#: The keys of ``GET``/``PUT /__mock/scenario``: what ``to_json`` gives, ``updated`` takes.
SCENARIO_KEYS = (
    "latency_ms",
    "failure_rate",
    "rate_limit",
    "transport_fault",
    "transport_fault_rate",
    "seed",
    "dialect",
    "gateway_rate",
    "unlisted_formats",
)


def format_rate(per_second: float | None) -> str | None:
    """A rate as ``parse_rate`` reads it: ``"1/s"``, ``"30/min"``; None when off."""
    if per_second is None:
        return None
    if per_second >= 1:
        return f"{per_second:g}/s"
    return f"{per_second * 60:g}/min"


class ScenarioState:
    """The current scenario, shared through a file, and the seeded RNG that draws faults."""

    def __init__(self, path: Path, initial: Scenario) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._stamp: tuple[int, int, int] | None = None
        self._scenario = initial
        #: Counts the scenario changes this process has seen (a reset is one): caches of shared
        #: state compare it to know they must be dropped.
        self.generation = 0
        self.rng = random.Random(initial.seed)
        self.write(initial)

    def _file_stamp(self) -> tuple[int, int, int] | None:
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return None
        return (st.st_mtime_ns, st.st_ino, st.st_size)

    def current(self) -> Scenario:
        stamp = self._file_stamp()
        if stamp == self._stamp or stamp is None:
            return self._scenario
        with self._lock:
            try:
                data = json.loads(self.path.read_text())
                scenario = Scenario(**{**data, "latency": tuple(data["latency"])})
            except (OSError, ValueError, TypeError, KeyError):
                return self._scenario  # a half-written file: keep what we had
            if scenario.seed != self._scenario.seed:
                self.rng.seed(scenario.seed)
            self._scenario, self._stamp = scenario, stamp
            self.generation += 1
            return scenario

    def write(self, scenario: Scenario) -> None:
        """Atomically replace the shared scenario (and re-seed the RNG)."""
        with self._lock:
            tmp = self.path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
            tmp.write_text(json.dumps(dataclasses.asdict(scenario)))
            os.replace(tmp, self.path)
            self._scenario, self._stamp = scenario, self._file_stamp()
            self.generation += 1
            self.rng.seed(scenario.seed)

    def draw(self) -> float:
        with self._lock:
            return self.rng.random()

    def latency_seconds(self, scenario: Scenario) -> float:
        low, high = scenario.latency
        if high <= 0:
            return 0.0
        with self._lock:
            return self.rng.uniform(low, high) / 1000


FAULT_KEY = "mavi_mock.transport_fault"


def transport_faults(wsgi_app: WSGIApplication) -> WSGIApplication:
    """Wrap the app: a request marked with a reset/empty fault gets its connection broken."""

    def app(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        captured: list[Any] = []

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            captured[:] = [status, headers]
            return lambda data: None

        result = wsgi_app(environ, capture)
        kind = environ.get(FAULT_KEY)
        if kind is None:
            start_response(*captured)
            return result
        if connection_socket(environ) is None and environ.get("SERVER_SOFTWARE", "").startswith(
            "Granian"
        ):
            return _granian_fault(kind, captured, b"".join(result), start_response)
        if kind != "truncate":
            break_connection(environ, kind)
            start_response(*captured)  # the server still wants a status; its writes now fail
            return []
        body = b"".join(result)
        start_response(
            captured[0],
            [(k, v) for k, v in captured[1] if k.lower() != "content-length"]
            + [("Content-Length", str(len(body)))],
        )
        return _half_then_close(environ, body)

    return app


def _granian_fault(
    kind: str, captured: list[Any], body: bytes, start_response: StartResponse
) -> Iterator[bytes]:
    """Under granian, which gives the app no socket: a body iterator that fails.

    granian sends nothing when the first chunk fails (``reset`` and ``empty``: the connection
    closes with no answer; there is no RST without the socket), and closes the connection after
    the chunks already sent when a later one fails (``truncate``: half the body under the full
    Content-Length).
    """
    headers = [(k, v) for k, v in captured[1] if k.lower() != "content-length"]
    start_response(captured[0], [*headers, ("Content-Length", str(len(body)))])
    if kind == "truncate":
        yield body[: len(body) // 2]
    raise ConnectionAbortedError(f"mock transport fault: {kind}")


def _half_then_close(environ: WSGIEnvironment, body: bytes) -> Iterator[bytes]:
    """Half the body under the full Content-Length, then the connection ends."""
    yield body[: len(body) // 2]
    sock = connection_socket(environ)
    if sock is not None:
        sock.shutdown(socket.SHUT_RDWR)


def connection_socket(environ: dict[str, Any]) -> socket.socket | None:
    """The client's socket, where the server exposes it (gunicorn and werkzeug both do)."""
    sock = environ.get("gunicorn.socket") or environ.get("werkzeug.socket")
    return sock if isinstance(sock, socket.socket) else None


def break_connection(environ: dict[str, Any], kind: str) -> None:
    """``reset``: an RST with no answer; ``empty``: the connection closes with no answer.

    With no socket (an in-process WSGI transport), ConnectionResetError is raised to the caller.
    """
    sock = connection_socket(environ)
    if sock is None:
        raise ConnectionResetError(f"mock transport fault: {kind}")
    if kind == "reset":
        # Closing with a zero linger time sends RST instead of FIN. The connection's descriptor
        # is closed by dup2-ing a dead socketpair end over it: the server's later writes then
        # fail with EPIPE, which it ignores quietly, instead of hitting a closed descriptor.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        alive, dead = socket.socketpair()
        dead.close()
        os.dup2(alive.fileno(), sock.fileno())
        alive.close()
    else:
        sock.shutdown(socket.SHUT_RDWR)
