"""``python -m mock_server``: the mock under gunicorn. Every flag also has an environment variable.

Flags win over the environment, which wins over the defaults (see ``config.SETTINGS``).
"""

from __future__ import annotations

import argparse
import importlib.util
import ipaddress
import os
import secrets
import socket
import sys
from collections.abc import Sequence
from typing import Any

from . import MISSING_EXTRA
from .config import CODE_STYLE_ENV, SETTINGS, ConfigError, MockConfig, parse_setting


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m mock_server",
        description="An offline mock of the memories.ai video-embedding API, under gunicorn.",
    )
    for setting in SETTINGS:
        parser.add_argument(
            "--" + setting.name.replace("_", "-"),
            dest=setting.name,
            metavar=setting.env,
            help=f"{setting.help} [env {setting.env}]",
        )
    parser.add_argument("--log-level", default="info", help="gunicorn log level")
    parser.add_argument("--access-log", action="store_true", help="log every request to stderr")
    return parser


def config_from_args(argv: Sequence[str] | None = None) -> tuple[MockConfig, argparse.Namespace]:
    args = build_parser().parse_args(argv)
    overrides: dict[str, Any] = {}
    by_name = {s.name: s for s in SETTINGS}
    for name, setting in by_name.items():
        raw = getattr(args, name)
        if raw is not None:
            overrides[name] = parse_setting(setting, raw)
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


def gunicorn_options(config: MockConfig, args: argparse.Namespace) -> dict[str, Any]:
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
        "loglevel": args.log_level,
        "accesslog": "-" if args.access_log else None,
        "errorlog": "-",
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


def main(argv: Sequence[str] | None = None) -> int:
    if (missing := missing_dependency()) is not None:
        print(f"mavi-mock: {MISSING_EXTRA.format(name=missing)}", file=sys.stderr)
        return 2
    try:
        config, args = config_from_args(argv)
    except ConfigError as exc:
        print(f"mock_server: {exc}", file=sys.stderr)
        return 2
    if config.port != 0 and (error := bind_error(config.host, config.port)):
        print(
            f"mock_server: {error} (is another mock running? set PORT to use another port)",
            file=sys.stderr,
        )
        return 2
    if not is_loopback(config.host) and not config.admin_token:
        token = secrets.token_urlsafe(24)
        config = config.replace(admin_token=token)
        print(
            f"mock_server: binding {config.host}, so /__mock/ needs a token;"
            f" send 'X-Mock-Admin-Token: {token}' (or set MOCK_ADMIN_TOKEN)",
            file=sys.stderr,
        )
    if os.environ.get(CODE_STYLE_ENV):
        print(
            f"mock_server: {CODE_STYLE_ENV} is an alias kept for old setups; use MOCK_DIALECT"
            f" (now {config.dialect})",
            file=sys.stderr,
        )
    print(
        f"mock_server: http://{config.host}:{config.port}/serve/api/v2"
        f" ({config.workers} workers x {config.threads} threads, data in {config.data_dir},"
        f" {config.dialect} dialect)",
        file=sys.stderr,
    )
    _server(config, gunicorn_options(config, args)).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
