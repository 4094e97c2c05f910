"""``python -m mock_server``: the mock under gunicorn. Every flag also has an environment variable.

Flags win over the environment, which wins over the defaults (see ``config.SETTINGS``).
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import ipaddress
import os
import secrets
import socket
import sys
from collections.abc import Sequence
from typing import Any

from . import MISSING_EXTRA
from .config import (
    CODE_STYLE_ENV,
    SETTINGS,
    ConfigError,
    MockConfig,
    parse_bool,
    parse_setting,
)
from .logs import logging_config

BASE_PATH = "/serve/api/v2"


def build_parser(prog: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog or program_name(),
        description="An offline mock of the memories.ai video-embedding API, under gunicorn."
        " Every flag has an environment variable (shown in brackets); flags win.",
    )
    defaults = {f.name: f.default for f in dataclasses.fields(MockConfig)}
    for setting in SETTINGS:
        flag = "--" + setting.name.replace("_", "-")
        shown = setting_default(defaults.get(setting.name, dataclasses.MISSING))
        help_text = (
            f"{setting.help} (default: {shown}) [{setting.env}]"
            if shown
            else (f"{setting.help} [{setting.env}]")
        )
        if setting.parse is parse_bool:
            parser.add_argument(
                flag, dest=setting.name, action=argparse.BooleanOptionalAction, help=help_text
            )
            continue
        choices = getattr(setting.parse, "choices", None)
        parser.add_argument(
            flag,
            dest=setting.name,
            metavar=None if choices else setting.metavar,
            choices=choices,
            help=help_text,
        )
    return parser


def program_name() -> str:
    return "mavi-mock" if os.path.basename(sys.argv[0]) == "mavi-mock" else "python -m mock_server"


def setting_default(value: object) -> str:
    """A default as --help shows it ("" when it is computed, e.g. one worker per core)."""
    if value is dataclasses.MISSING or value is None:
        return ""
    if isinstance(value, bool):
        return "on" if value else "off"
    if value == ():
        return ""
    if isinstance(value, tuple):  # latency (low, high)
        low, high = value
        return f"{low:g}" if low == high else f"{low:g}-{high:g}"
    return str(value)


def config_from_args(argv: Sequence[str] | None = None) -> tuple[MockConfig, argparse.Namespace]:
    args = build_parser().parse_args(argv)
    overrides: dict[str, Any] = {}
    for setting in SETTINGS:
        raw = getattr(args, setting.name)
        if isinstance(raw, bool):
            overrides[setting.name] = raw
        elif raw is not None:
            overrides[setting.name] = parse_setting(setting, raw)
    return MockConfig.from_env(**overrides), args


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _server(config: MockConfig, options: dict[str, Any]) -> Any:
    """gunicorn with our settings, not its command line (imported here: the [mock] extra)."""
    from gunicorn.app.base import BaseApplication  # noqa: PLC0415

    from .app import create_app  # noqa: PLC0415

    class MockServer(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            return create_app(config)

    return MockServer()


def missing_dependency() -> str | None:
    """The first of the server's dependencies (the [mock] extra) that is not installed."""
    for module in ("flask", "werkzeug", "gunicorn", "numpy", "jsonschema", "jsonschema_rs", "yaml"):
        if importlib.util.find_spec(module) is None:
            return module
    return None


def gunicorn_options(config: MockConfig) -> dict[str, Any]:
    return {
        "bind": f"{config.host}:{config.port}",
        "workers": config.workers,
        "threads": config.threads,
        "worker_class": "gthread",
        # Build the app once in the master, so that start-up work (schema creation, the example
        # assets, the control file) happens once and every worker forks from it.
        "preload_app": True,
        "graceful_timeout": 30,
        "timeout": 120,
        "keepalive": 5,
        "loglevel": config.log_level,
        "logconfig_dict": logging_config(config.log_format, config.log_level),
        "proc_name": "mavi-mock",
        # Several mocks may run at once (tests, CI); gunicorn's control socket has one fixed path.
        "control_socket_disable": True,
        # One listening socket per worker (SO_REUSEPORT), so that the kernel spreads connections
        # over the workers. With one shared socket, a burst of keep-alive connections (a client
        # pool, wrk) could all be accepted by whichever worker woke first and stay there, leaving
        # the other idle: 870 req/s instead of 2,400-2,900 on this 2-core machine. Only with a
        # fixed port: with port 0 each worker would be given a different one.
        "reuse_port": config.port != 0 and config.workers > 1,
    }


def bind_error(host: str, port: int) -> str | None:
    """Why ``host:port`` cannot be listened on, or None.

    Checked before gunicorn starts: with SO_REUSEPORT, a second mock started on a port that a
    first one still holds would otherwise share it silently instead of failing.
    """
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        with socket.create_server((host, port), family=family):
            return None
    except OSError as exc:
        return f"cannot listen on {host}:{port}: {exc.strerror or exc}"


def banner(config: MockConfig) -> str:
    """What a user needs on start: where the API is, the dialect, the scenario, the admin URLs."""
    from .scenarios import Scenario  # noqa: PLC0415  (the [mock] extra)

    origin = f"http://{config.host}:{config.port}"
    scenario = Scenario.from_config(config).to_json()
    shown = ", ".join(
        f"{key} {'off' if value is None else value}"
        for key, value in scenario.items()
        if key != "dialect"
    )
    return "\n".join(
        [
            f"mavi-mock: {origin}{BASE_PATH} ({config.dialect} dialect;"
            f" {config.workers} workers x {config.threads} threads; data in {config.data_dir})",
            f"mavi-mock: scenario: {shown}",
            f"mavi-mock: admin: {origin}/__mock/health, /__mock/scenario (GET, PUT),"
            " /__mock/journal, /__mock/reset, /__mock/contract/openapi.yaml,"
            " /__mock/openapi.yaml (this API)",
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    if (missing := missing_dependency()) is not None:
        print(f"mavi-mock: {MISSING_EXTRA.format(name=missing)}", file=sys.stderr)
        return 2
    try:
        config, _ = config_from_args(argv)
    except ConfigError as exc:
        print(f"mavi-mock: {exc}", file=sys.stderr)
        return 2
    if config.port != 0 and (error := bind_error(config.host, config.port)):
        print(
            f"mavi-mock: {error} (is another mock running? set PORT to use another port)",
            file=sys.stderr,
        )
        return 2
    if not is_loopback(config.host) and not config.admin_token:
        token = secrets.token_urlsafe(24)
        config = config.replace(admin_token=token)
        print(
            f"mavi-mock: binding {config.host}, so /__mock/ needs a token;"
            f" send 'X-Mock-Admin-Token: {token}' (or set MOCK_ADMIN_TOKEN)",
            file=sys.stderr,
        )
    if os.environ.get(CODE_STYLE_ENV):
        print(
            f"mavi-mock: {CODE_STYLE_ENV} is an alias kept for old setups; use MOCK_DIALECT"
            f" (now {config.dialect})",
            file=sys.stderr,
        )
    print(banner(config), file=sys.stderr)
    _server(config, gunicorn_options(config)).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
