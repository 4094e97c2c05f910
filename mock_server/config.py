"""The table of the mock's settings: each field of ``MockConfig`` is one setting, declared once
with its default, environment variable, parser, help text and choices (``settings.setting``).

``SETTINGS`` is read from these fields; the environment (``MockConfig.from_env``), the flags and
``--help`` (``__main__.py``) and the scenario (``scenarios.py``: the fields of
``ScenarioSettings``, which ``PUT /__mock/scenario`` may change) are all built from it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_type_hints

from .settings import (
    METAVARS,
    ConfigError,
    Setting,
    computed_setting,
    format_rate,
    parse_bool,
    parse_dialects,
    parse_fraction,
    parse_hosts,
    parse_keys,
    parse_latency,
    parse_non_negative_int,
    parse_port,
    parse_positive_int,
    parse_rate,
    parse_seconds,
    parse_seed,
    parse_size,
    setting,
    show_dialects,
    show_hosts,
    show_keys,
    show_latency,
    show_size,
)

__all__ = ["BASE_PATH", "REQUEST_ID_HEADER", "SETTINGS", "ConfigError", "MockConfig", "Setting"]

#: Where the provider's operations live, on the mock as on the provider (openapi.yaml's server).
BASE_PATH = "/serve/api/v2"
#: The header that carries each answer's request id (the client's own, when it sends one).
REQUEST_ID_HEADER = "X-Request-Id"

#: The ways ``transport_fault`` can break a connection ("none": it does not).
TRANSPORT_FAULTS = ("none", "reset", "empty", "truncate")
#: What an upload outside the documented formats gets.
UNLISTED_FORMATS = ("reject", "accept")


def parse_recording(text: str) -> Path:
    """``--replay DIR``: a directory whose recordings all read, or one recording file in it
    (``recorded.load_recording``, which keeps what it read); ValueError saying what is wrong."""
    from .recorded import load_recording  # noqa: PLC0415 (recorded.py imports this module)

    load_recording(Path(text))
    return Path(text)


METAVARS[parse_recording] = "DIR"


@dataclass(frozen=True)
class ScenarioSettings:
    """The settings a scenario may change at run time (``PUT /__mock/scenario``): a
    ``scenarios.Scenario`` holds these, a ``MockConfig`` holds them as the scenario it starts with."""

    # fmt: off
    latency: tuple[float, float] = setting((0.0, 0.0), "MOCK_LATENCY", "added latency in ms: 250 or 100-300", parse_latency, show=show_latency, json_key="latency_ms")
    failure_rate: float = setting(0.0, "MOCK_FAILURE_RATE", "fraction of requests answered 500/503", parse_fraction)
    rate_limit: float | None = setting(None, "MOCK_RATE_LIMIT", "per-key rate limit, e.g. 1/s (default: off)", parse_rate, show=format_rate)
    transport_fault: str = setting("none", "MOCK_TRANSPORT_FAULT", "break the connection", choices=TRANSPORT_FAULTS)
    transport_fault_rate: float = setting(1.0, "MOCK_TRANSPORT_FAULT_RATE", "fraction of requests that get the transport fault", parse_fraction)
    seed: int = setting(0, "MOCK_SEED", "seed of the fault draws, so that runs repeat", parse_seed)
    dialect: str = setting("seed", "MOCK_DIALECT", "how answers are spelled: seed, modern or legacy; or per operation, e.g. createVideoEmbedding=legacy,uploadAsset=seed, led by a default dialect if one is wanted (see README)", parse_dialects, show=show_dialects)
    gateway_rate: float = setting(0.0, "MOCK_GATEWAY_RATE", "fraction of requests answered by the 'gateway' (non-envelope 502/503/404)", parse_fraction)
    unlisted_formats: str = setting("reject", "MOCK_UNLISTED_FORMATS", "uploads outside the documented formats (e.g. text/plain): reject (415) or accept", choices=UNLISTED_FORMATS)
    # fmt: on

    def __post_init__(self) -> None:
        check_values(self)


@dataclass(frozen=True)
class MockConfig(ScenarioSettings):
    """Every setting of the mock: the server's (below) and the scenario it starts with."""

    # fmt: off
    host: str = setting("127.0.0.1", "MOCK_HOST", "address to bind")
    port: int = setting(8000, "PORT", "port to bind (0: any free port)", parse_port)
    workers: int = computed_setting(lambda: os.cpu_count() or 1, "MOCK_WORKERS", "worker processes (default: one per core)", parse_positive_int)
    threads: int | None = setting(None, "MOCK_THREADS", "threads per worker that run the app (default: granian's, 512 / workers)", parse_positive_int)
    #: None: ``default_data_dir(port)``, so that two mocks on two ports never share state.
    data_dir: Path = setting(None, "MOCK_DATA_DIR", "where the SQLite files live (default: .mock-data/port-PORT; a new temporary directory for port 0)", Path)  # type: ignore[assignment]  # noqa: RUF009
    api_keys: tuple[str, ...] = setting((), "MOCK_API_KEYS", "comma-separated keys to accept (default: any sk-...)", parse_keys, show=show_keys)
    dimension: int = setting(1408, "MOCK_DIMENSION", "vector length for multimodalembedding@001", parse_positive_int)
    vectors: str = setting("v2", "MOCK_VECTORS", "how vectors are made from a file: v2 (shared content gives near vectors) or v1 (any other bytes, an unrelated vector)", choices=("v2", "v1"))
    label_cosine: float = setting(0.8, "MOCK_LABEL_COSINE", "the cosine between two assets given the same label", parse_fraction)
    max_body: int = setting(64 * 1024, "MOCK_MAX_BODY", "largest JSON request body: bytes, or a size like 64KiB or 1MB", parse_size, show=show_size)
    max_upload: int = setting(512 * 1024 * 1024, "MOCK_MAX_UPLOAD", "largest upload request: bytes, or a size like 512MiB or 10MB", parse_size, show=show_size)
    processing_delay: float = setting(0.0, "MOCK_PROCESSING_DELAY", "seconds from upload to SUCCESS", parse_seconds)
    accept_any_asset: bool = setting(False, "MOCK_ACCEPT_ANY_ASSET", "treat any well-formed asset id as a ready asset", parse_bool)
    signed_url_ttl: int = setting(93_600, "MOCK_SIGNED_URL_TTL", "seconds a signed upload URL lives", parse_positive_int)
    journal_size: int = setting(10_000, "MOCK_JOURNAL_SIZE", "requests kept in the journal (0: off)", parse_non_negative_int)
    access_log: bool = setting(False, "MOCK_ACCESS_LOG", "log every request (method, path, status, time, request id) to stderr", parse_bool)
    log_format: str = setting("text", "MOCK_LOG_FORMAT", "log lines as text or as one JSON object each", choices=("text", "json"))
    log_level: str = setting("info", "MOCK_LOG_LEVEL", "the server's log level", choices=("debug", "info", "warning", "error"))
    cors: bool = setting(True, "MOCK_CORS", "answer CORS preflights and allow any origin on the provider routes", parse_bool)
    admin_token: str | None = setting(None, "MOCK_ADMIN_TOKEN", "token for /__mock/ endpoints (required off loopback)")
    #: Host names (besides loopback's and IP addresses) the admin endpoints accept; "*": any.
    allowed_hosts: tuple[str, ...] = setting((), "MOCK_ALLOWED_HOSTS", "comma-separated Host names /__mock/ answers beside loopback names and IP addresses (.name: and its subdomains; *: any). Bound off loopback, any Host unless this is set", parse_hosts, show=show_hosts)
    #: A directory of HAR recordings (``mavi-mock proxy --record DIR``) whose answers are served.
    replay: Path | None = setting(None, "MOCK_REPLAY", "serve the answers recorded in DIR (its *.har files; or one recording file) to the requests that match them; the mock's own answer to any other. Each operation the recording holds answers in its recorded dialect unless --dialect names that operation (a bare --dialect default applies to the others only)", parse_recording)  # noqa: RUF009
    replay_strict: bool = setting(False, "MOCK_REPLAY_STRICT", "with --replay: a request that matches no recording gets a 404 naming the nearest recorded one", parse_bool)

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.replay_strict and self.replay is None:
            raise ConfigError("replay_strict (--replay-strict, MOCK_REPLAY_STRICT) needs --replay DIR")
        if self.data_dir is None:
            object.__setattr__(self, "data_dir", default_data_dir(self.port))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> MockConfig:
        """Defaults, then the environment, then ``overrides`` (already parsed values)."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for row in SETTINGS:
            raw = environ.get(row.env)
            if raw is not None and raw != "":
                values[row.name] = row.from_env(raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    @property
    def body_limit(self) -> int:
        """The largest body any route accepts (each route lowers it: uploads, JSON bodies)."""
        return max(self.max_upload, self.max_body)

    def replace(self, **changes: Any) -> MockConfig:
        return dataclasses.replace(self, **changes)


def _rows(cls: type[Any], *, scenario: bool) -> tuple[Setting, ...]:
    """The settings ``cls`` declares itself (not those it inherits), in their order."""
    inherited = {
        f.name
        for base in cls.__mro__[1:]
        for f in getattr(base, "__dataclass_fields__", {}).values()
    }
    annotations = get_type_hints(cls)
    return tuple(
        dataclasses.replace(
            f.metadata["setting"],
            name=f.name,
            default=None if f.default is dataclasses.MISSING else f.default,
            scenario=scenario,
            annotation=annotations[f.name],
        )
        for f in dataclasses.fields(cls)
        if f.name not in inherited
    )


#: Every setting: the server's, then the scenario's; the order of --help and README's table.
SETTINGS: tuple[Setting, ...] = _rows(MockConfig, scenario=False) + _rows(
    ScenarioSettings, scenario=True
)
#: The settings a scenario may change, in the order of ``GET /__mock/scenario``.
SCENARIO_SETTINGS: tuple[Setting, ...] = tuple(s for s in SETTINGS if s.scenario)


def check_values(instance: ScenarioSettings) -> None:
    """A ``MockConfig`` or ``Scenario`` made in Python (a test's, the plugin's
    ``mavi_mock_config``) gets only the values the environment would give: each row's
    ``Setting.check``, a ConfigError in the environment's words if not."""
    for row in SETTINGS:
        if hasattr(instance, row.name):
            try:
                row.check(getattr(instance, row.name))
            except ValueError as exc:
                raise ConfigError(f"{type(instance).__name__}: {row.name}: {exc}") from None


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
