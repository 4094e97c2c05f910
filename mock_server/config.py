"""Every setting of the mock, in one table: its flag, its environment variable and its default.

``python -m mock_server --help`` and ``MockConfig.from_env()`` are both built from ``SETTINGS``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
import os
import re
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

#: Where the provider's operations live, on the mock as on the provider (openapi.yaml's server).
BASE_PATH = "/serve/api/v2"
#: The header that carries each answer's request id (the client's own, when it sends one).
REQUEST_ID_HEADER = "X-Request-Id"


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


def parse_rate(value: str) -> float | None:
    """``"1/s"``, ``"10/min"``, ``"off"``: the number of requests allowed per second."""
    lowered = value.strip().lower()
    if lowered in ("", "0", "off", "none"):
        return None
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*/\s*(s|sec|second|m|min|minute)", lowered)
    if not match or float(match.group(1)) <= 0:
        raise ValueError(f"expected a rate like 1/s or 30/min, or off; got {value!r}")
    per = 1.0 if match.group(2).startswith("s") else 60.0
    return float(match.group(1)) / per


def parse_fraction(value: str) -> float:
    number = _number(value)
    if not 0.0 <= number <= 1.0:
        raise ValueError(f"expected a number between 0 and 1, got {value!r}")
    return number


def _number(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise ValueError(f"expected a number, got {value!r}") from None
    if not math.isfinite(number):
        raise ValueError(f"expected a finite number, got {value!r}")
    return number


def parse_choice(*choices: str) -> Callable[[str], str]:
    def parse(value: str) -> str:
        if value not in choices:
            raise ValueError(f"expected one of {', '.join(choices)}; got {value!r}")
        return value

    setattr(parse, "choices", choices)  # noqa: B010  (read by --help)
    return parse


def _integer(value: str, expected: str, low: int | None = None, high: int | None = None) -> int:
    """``value`` as an integer from ``low`` to ``high``; ValueError saying ``expected`` if not."""
    try:
        number = int(value.strip())
    except ValueError:
        raise ValueError(f"expected {expected}, got {value!r}") from None
    if (low is not None and number < low) or (high is not None and number > high):
        raise ValueError(f"expected {expected}, got {value!r}")
    return number


def parse_integer(value: str) -> int:
    return _integer(value, "an integer")


def parse_positive_int(value: str) -> int:
    return _integer(value, "a positive integer", low=1)


def parse_non_negative_int(value: str) -> int:
    return _integer(value, "an integer >= 0", low=0)


def parse_port(value: str) -> int:
    return _integer(value, "a port from 0 to 65535", low=0, high=65535)


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


#: The longest wait a setting may ask for: a day.
MAX_SECONDS = 86_400.0


def parse_seconds(value: str) -> float:
    number = _number(value)
    if not 0 <= number <= MAX_SECONDS:
        raise ValueError(f"expected seconds from 0 to {MAX_SECONDS:g}, got {value!r}")
    return number


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    parse: Callable[[str], Any]
    help: str

    @property
    def metavar(self) -> str:
        """What --help shows for the value."""
        return METAVARS.get(self.parse, self.name.split("_")[-1].upper())


#: The ways ``transport_fault`` can break a connection ("none": it does not).
TRANSPORT_FAULTS = ("none", "reset", "empty", "truncate")

#: The setting before the dialects, kept as an alias of ``MOCK_DIALECT``.

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


SETTINGS: tuple[Setting, ...] = (
    Setting("host", "MOCK_HOST", str, "address to bind"),
    Setting("port", "PORT", parse_port, "port to bind (0: any free port)"),
    Setting("workers", "MOCK_WORKERS", parse_positive_int, "worker processes (default: one per core)"),
    Setting("threads", "MOCK_THREADS", parse_positive_int, "threads per worker that run the app (default: granian's, 512 / workers)"),
    Setting("data_dir", "MOCK_DATA_DIR", Path, "where the SQLite files live (default: .mock-data/port-PORT; a new temporary directory for port 0)"),
    Setting("api_keys", "MOCK_API_KEYS", parse_keys, "comma-separated keys to accept (default: any sk-...)"),
    Setting("dialect", "MOCK_DIALECT", parse_choice("seed", "modern", "legacy"), "how answers are spelled: seed, modern or legacy (see README)"),
    Setting("dimension", "MOCK_DIMENSION", parse_positive_int, "vector length for multimodalembedding@001"),
    Setting("vectors", "MOCK_VECTORS", parse_choice("v2", "v1"), "how vectors are made from a file: v2 (shared content gives near vectors) or v1 (any other bytes, an unrelated vector)"),
    Setting("label_cosine", "MOCK_LABEL_COSINE", parse_fraction, "the cosine between two assets given the same label"),
    Setting("max_body", "MOCK_MAX_BODY", parse_size, "largest JSON request body: bytes, or a size like 64KiB or 1MB"),
    Setting("max_upload", "MOCK_MAX_UPLOAD", parse_size, "largest upload request: bytes, or a size like 512MiB or 10MB"),
    Setting("processing_delay", "MOCK_PROCESSING_DELAY", parse_seconds, "seconds from upload to SUCCESS"),
    Setting("accept_any_asset", "MOCK_ACCEPT_ANY_ASSET", parse_bool, "treat any well-formed asset id as a ready asset"),
    Setting("rate_limit", "MOCK_RATE_LIMIT", parse_rate, "per-key rate limit, e.g. 1/s (default: off)"),
    Setting("latency", "MOCK_LATENCY", parse_latency, "added latency in ms: 250 or 100-300"),
    Setting("failure_rate", "MOCK_FAILURE_RATE", parse_fraction, "fraction of requests answered 500/503"),
    Setting("transport_fault", "MOCK_TRANSPORT_FAULT", parse_choice(*TRANSPORT_FAULTS), "break the connection"),
    Setting("transport_fault_rate", "MOCK_TRANSPORT_FAULT_RATE", parse_fraction, "fraction of requests that get the transport fault"),
    Setting("gateway_rate", "MOCK_GATEWAY_RATE", parse_fraction, "fraction of requests answered by the 'gateway' (non-envelope 502/503/404)"),
    Setting("unlisted_formats", "MOCK_UNLISTED_FORMATS", parse_choice("reject", "accept"), "uploads outside the documented formats (e.g. text/plain): reject (415) or accept"),
    Setting("signed_url_ttl", "MOCK_SIGNED_URL_TTL", parse_positive_int, "seconds a signed upload URL lives"),
    Setting("seed", "MOCK_SEED", parse_integer, "seed of the fault RNG, so that runs repeat"),
    Setting("journal_size", "MOCK_JOURNAL_SIZE", parse_non_negative_int, "requests kept in the journal (0: off)"),
    Setting("access_log", "MOCK_ACCESS_LOG", parse_bool, "log every request (method, path, status, time, request id) to stderr"),
    Setting("log_format", "MOCK_LOG_FORMAT", parse_choice("text", "json"), "log lines as text or as one JSON object each"),
    Setting("log_level", "MOCK_LOG_LEVEL", parse_choice("debug", "info", "warning", "error"), "the server's log level"),
    Setting("cors", "MOCK_CORS", parse_bool, "answer CORS preflights and allow any origin on the provider routes"),
    Setting("admin_token", "MOCK_ADMIN_TOKEN", str, "token for /__mock/ endpoints (required off loopback)"),
    Setting("allowed_hosts", "MOCK_ALLOWED_HOSTS", parse_hosts, "comma-separated Host names /__mock/ answers beside loopback names and IP addresses (.name: and its subdomains; *: any). Bound off loopback, any Host unless this is set"),
)  # fmt: skip


@dataclass(frozen=True)
class MockConfig:
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    threads: int | None = None
    #: None: ``default_data_dir(port)``, so that two mocks on two ports never share state.
    data_dir: Path = None  # type: ignore[assignment]
    api_keys: tuple[str, ...] = ()
    dialect: str = "seed"
    #: Deprecated: the setting before the dialects ("string": seed, "integer": modern).
    dimension: int = 1408
    vectors: str = "v2"
    label_cosine: float = 0.8
    max_body: int = 64 * 1024
    max_upload: int = 512 * 1024 * 1024
    processing_delay: float = 0.0
    accept_any_asset: bool = False
    rate_limit: float | None = None
    latency: tuple[float, float] = (0.0, 0.0)
    failure_rate: float = 0.0
    transport_fault: str = "none"
    transport_fault_rate: float = 1.0
    gateway_rate: float = 0.0
    unlisted_formats: str = "reject"
    signed_url_ttl: int = 93_600
    seed: int = 0
    journal_size: int = 10_000
    admin_token: str | None = None
    #: Host names (besides loopback's and IP addresses) the admin endpoints accept; "*": any.
    allowed_hosts: tuple[str, ...] = ()
    cors: bool = True
    access_log: bool = False
    log_format: str = "text"
    log_level: str = "info"

    def __post_init__(self) -> None:
        if self.data_dir is None:
            object.__setattr__(self, "data_dir", default_data_dir(self.port))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> MockConfig:
        """Defaults, then the environment, then ``overrides`` (already parsed values)."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for setting in SETTINGS:
            raw = environ.get(setting.env)
            if raw is not None and raw != "":
                values[setting.name] = parse_setting(setting, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    @property
    def body_limit(self) -> int:
        """The largest body any route accepts (each route lowers it: uploads, JSON bodies)."""
        return max(self.max_upload, self.max_body)

    def replace(self, **changes: Any) -> MockConfig:
        return dataclasses.replace(self, **changes)


def default_data_dir(port: int) -> Path:
    """Where a mock keeps its state when ``MOCK_DATA_DIR`` is not set.

    One directory per port under ``.mock-data`` in the current directory: two mocks on two ports
    share nothing (assets, scenario, journal, rate counters), and a mock restarted on the same
    port finds its assets again. Port 0 (any free port) cannot be restarted the same way, so it
    gets a new temporary directory.
    """
    if port == 0:
        return Path(tempfile.mkdtemp(prefix="mavi-mock-"))
    return DEFAULT_DATA_ROOT / f"port-{port}"


#: Where the per-port data directories live, under the current directory.
DEFAULT_DATA_ROOT = Path(".mock-data")


def ignore_in_git(data_dir: Path) -> None:
    """Give the default data root a ``.gitignore`` of ``*`` (as ``.pytest_cache`` has), so that a
    project running the mock never needs to ignore it itself. Other directories are left alone:
    they were chosen on purpose."""
    root = data_dir.parent
    if root.name != DEFAULT_DATA_ROOT.name:
        return
    marker = root / ".gitignore"
    # A read-only or full disk: the mock still runs, and git may show the directory.
    with contextlib.suppress(OSError):
        if not marker.exists():
            marker.write_text("# Made by mavi-mock: its state never belongs in git.\n*\n")


METAVARS: dict[Callable[[str], Any], str] = {
    parse_fraction: "FRACTION",
    parse_seconds: "SECONDS",
    parse_latency: "MS",
    parse_rate: "RATE",
    parse_keys: "KEYS",
    parse_positive_int: "N",
    parse_port: "N",
    parse_integer: "N",
    parse_size: "SIZE",
    parse_non_negative_int: "N",
}


def parse_setting(setting: Setting, raw: str) -> Any:
    try:
        return setting.parse(raw)
    except ValueError as exc:
        raise ConfigError(f"{setting.env} / --{setting.name.replace('_', '-')}: {exc}") from None
