"""``mavi-mock`` / ``python -m mock_server``: the mock under granian (``serve.py``). Every flag also
has an environment variable.

Flags win over the environment, which wins over the defaults (see ``config.SETTINGS``).
``mavi-mock proxy ...`` goes to the proxy's own parser (``build_proxy_parser``; ``proxy.py``).
"""

from __future__ import annotations

import argparse
import importlib.util
import ipaddress
import json
import os
import secrets
import socket
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import urlsplit

from . import MISSING_EXTRA
from .config import BASE_PATH, SETTINGS, ConfigError, MockConfig
from .datadir_lock import DataDirInUse, hold_data_dir
from .dialects import describe_dialects
from .settings import Setting, parse_bool, parse_port, parse_seconds

SIZES = (
    "A SIZE is a number of bytes, or one with a unit (case does not matter): KB, MB, GB:"
    " powers of 1000; KiB, MiB, GiB: of 1024. So 10MB is 10,000,000 bytes and 512MiB"
    " 536,870,912."
)


class ArgumentParser(argparse.ArgumentParser):
    """argparse whose errors are a ConfigError, which ``main`` prints as one line (exit 2)."""

    def error(self, message: str) -> NoReturn:
        raise ConfigError(message)


def flag_reader(setting: Setting) -> Callable[[str], Any]:
    """``setting.read`` as argparse's ``type``: a refused value is argparse's error, in the words
    the environment and ``PUT /__mock/scenario`` use ("argument --port: expected ...")."""

    def read(text: str) -> Any:
        try:
            return setting.read(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    read.__name__ = setting.name
    return read


def build_parser(prog: str | None = None) -> argparse.ArgumentParser:
    """One flag per row of ``config.SETTINGS``: its help, default, variable and choices."""
    parser = ArgumentParser(
        prog=prog or program_name(),
        description="An offline mock of the memories.ai video-embedding API, served by granian."
        " Every flag has an environment variable (shown in brackets); flags win.",
        epilog=SIZES,
    )
    groups = {
        False: parser.add_argument_group("the server"),
        True: parser.add_argument_group(
            "the scenario (PUT /__mock/scenario changes it while the mock runs)"
        ),
    }
    for setting in SETTINGS:
        shown = setting.shown_default
        default = f" (default: {shown})" if shown else ""
        help_text = f"{setting.help}{default} [{setting.env}]"
        group = groups[setting.scenario]
        if setting.parse is parse_bool:
            group.add_argument(
                setting.flag,
                dest=setting.name,
                action=argparse.BooleanOptionalAction,
                help=help_text,
            )
            continue
        group.add_argument(
            setting.flag,
            dest=setting.name,
            metavar=setting.metavar,
            type=flag_reader(setting),
            help=help_text,
        )
    return parser


def program_name() -> str:
    return "mavi-mock" if os.path.basename(sys.argv[0]) == "mavi-mock" else "python -m mock_server"


def config_from_args(argv: Sequence[str] | None = None) -> tuple[MockConfig, argparse.Namespace]:
    """The configuration: defaults, then the environment, then the flags."""
    args = build_parser().parse_args(argv)
    flags = {s.name: getattr(args, s.name) for s in SETTINGS}
    return MockConfig.from_env(**flags), args


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def missing_dependency() -> str | None:
    """The first of the server's dependencies (the [mock] extra) that is not installed."""
    for module in ("flask", "werkzeug", "granian", "numpy", "jsonschema", "jsonschema_rs", "yaml"):
        if importlib.util.find_spec(module) is None:
            return module
    return None


def bind_error(host: str, port: int) -> str | None:
    """Why ``host:port`` cannot be listened on, or None.

    Checked before the server starts, so that a second mock on a port that a first one holds is
    refused with a clear message, never started beside it.
    """
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        with socket.create_server((host, port), family=family):
            return None
    except OSError as exc:
        return f"cannot listen on {host}:{port}: {exc.strerror or exc}"


def banner(config: MockConfig) -> str:
    """What a user needs on start: where the API is, the dialect, the scenario, the admin URLs;
    with ``--replay``, the dialects the recording gives (``recorded_config``) and the replay."""
    from .replay import describe_replay, recorded_config  # noqa: PLC0415  (the [mock] extra)
    from .scenarios import Scenario  # noqa: PLC0415
    from .serve import threads_per_worker  # noqa: PLC0415

    config = recorded_config(config)
    origin = f"http://{config.host}:{config.port}"
    scenario = Scenario.from_config(config).to_json()
    shown = ", ".join(
        f"{key} {'off' if value is None else value}"
        for key, value in scenario.items()
        if key != "dialect"
    )
    return "\n".join(
        [
            f"mavi-mock: {origin}{BASE_PATH} ({describe_dialects(config.dialect)};"
            f" {config.workers} worker{'s' if config.workers != 1 else ''}, granian;"
            f" data in {config.data_dir})",
            f"mavi-mock: scenario: {shown}",
            f"mavi-mock: {threads_per_worker(config)} threads per worker run the app, many on"
            " purpose: a client trickling its body holds one, and the others are still answered"
            " (--threads)",
            f"mavi-mock: admin: {origin}/__mock/health, /__mock/scenario (GET, PUT),"
            " /__mock/journal (GET, DELETE), /__mock/journal/count, /__mock/reset,"
            " /__mock/scripts (POST, GET, DELETE), /__mock/assets/<id>/status (PUT),"
            " /__mock/assets/<id>/vector (GET, PUT), /__mock/contract/openapi.yaml,"
            " /__mock/openapi.yaml (this API)",
            *describe_replay(config),
        ]
    )


def parsed(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    """A parser of ``settings`` as argparse's ``type`` (its words in argparse's error)."""

    def read(text: str) -> Any:
        try:
            return parse(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    read.__name__ = parse.__name__
    return read


def upstream_url(text: str) -> str:
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query:
        raise argparse.ArgumentTypeError(
            f"expected the provider's http(s) URL with its base path, e.g."
            f" https://mavi-backend.memories.ai{BASE_PATH}, got {text!r}"
        )
    return text.rstrip("/")


def upstream_timeout(text: str) -> float:
    seconds = parse_seconds(text)
    if seconds <= 0:
        raise ValueError(f"expected seconds above 0 (the upstream's time to answer), got {text!r}")
    return seconds


def build_proxy_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
        prog=f"{program_name()} proxy",
        description="Forward the provider's routes (under"
        f" {BASE_PATH}) to --upstream with the caller's key, check every exchange against the"
        " contract in each dialect (GET /__mock/drift), and with --record write each as HAR."
        " At exit: DIR/drift.md and the --dialect line for the mock.",
    )
    parser.add_argument(
        "--upstream",
        required=True,
        type=upstream_url,
        metavar="URL",
        help=f"the provider with its base path, e.g. https://mavi-backend.memories.ai{BASE_PATH}",
    )
    parser.add_argument("--record", metavar="DIR", type=Path, help="write DIR/recording.har")
    parser.add_argument(
        "--port", type=parsed(parse_port), default=8000, metavar="N", help="(default: 8000)"
    )
    parser.add_argument("--host", default="127.0.0.1", metavar="H", help="(default: 127.0.0.1)")
    parser.add_argument(
        "--timeout",
        type=parsed(upstream_timeout),
        default=60.0,
        metavar="SECONDS",
        help="how long the upstream may take to answer (default: 60)",
    )
    return parser


def proxy_main(argv: Sequence[str]) -> int:
    """``mavi-mock proxy``: errors as one line (exit 2), like ``main``'s."""
    if (missing := missing_dependency()) is not None:
        print(f"mavi-mock proxy: {MISSING_EXTRA.format(name=missing)}", file=sys.stderr)
        return 2
    from .har import HAR_NAME, HarFormatError, HarWriter  # noqa: PLC0415

    try:
        args = build_proxy_parser().parse_args(argv)
    except ConfigError as exc:
        print(f"mavi-mock proxy: {exc} (see --help)", file=sys.stderr)
        return 2
    if args.port != 0 and (error := bind_error(args.host, args.port)):
        print(f"mavi-mock proxy: {error}", file=sys.stderr)
        return 2
    if args.record is not None and args.record.exists() and not args.record.is_dir():
        print(f"mavi-mock proxy: cannot record in {args.record}: not a directory", file=sys.stderr)
        return 2
    if args.record is not None:
        import warnings  # noqa: PLC0415

        try:  # a last entry cut short by a crash is dropped: said in one line
            with warnings.catch_warnings(record=True) as said:
                warnings.simplefilter("always")
                HarWriter(args.record / HAR_NAME).close()
        except (HarFormatError, OSError) as exc:
            print(f"mavi-mock proxy: cannot record in {args.record}: {exc}", file=sys.stderr)
            return 2
        for warning in said:
            print(f"mavi-mock proxy: {warning.message}", file=sys.stderr)
    from .proxy import ProxyConfig, run  # noqa: PLC0415

    if urlsplit(args.upstream).path in ("", "/"):
        print(
            f"mavi-mock proxy: --upstream has no path: the provider's operations are under"
            f" {BASE_PATH} (https://mavi-backend.memories.ai{BASE_PATH}); forwarding as given",
            file=sys.stderr,
        )
    print(
        f"mavi-mock proxy: http://{args.host}:{args.port}{BASE_PATH} -> {args.upstream}"
        f" (drift: /__mock/drift; recording: {args.record or 'off'})",
        file=sys.stderr,
    )
    record = str(args.record) if args.record else None
    return run(ProxyConfig(args.upstream, record, args.timeout), args.host, args.port)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["proxy"]:
        return proxy_main(arguments[1:])
    if (missing := missing_dependency()) is not None:
        print(f"mavi-mock: {MISSING_EXTRA.format(name=missing)}", file=sys.stderr)
        return 2
    try:
        config, _ = config_from_args(argv)
    except ConfigError as exc:
        print(f"mavi-mock: {exc} (see --help)", file=sys.stderr)
        return 2
    if config.port != 0 and (error := bind_error(config.host, config.port)):
        print(
            f"mavi-mock: {error} (is another mock running? set PORT to use another port)",
            file=sys.stderr,
        )
        return 2
    try:  # held by this process (the master) and its workers, until the last of them is gone
        data_dir_lock = hold_data_dir(config.data_dir, config.host, config.port)
    except DataDirInUse as exc:
        print(f"mavi-mock: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"mavi-mock: cannot use the data directory {config.data_dir}: {exc}", file=sys.stderr)
        return 2
    with data_dir_lock:
        return serve(config)


def serve(config: MockConfig) -> int:
    """Print the banner and serve (``main``'s checks passed)."""
    if not is_loopback(config.host) and not config.admin_token:
        token = secrets.token_urlsafe(24)
        config = config.replace(admin_token=token)
        print(
            f"mavi-mock: binding {config.host}, so /__mock/ needs a token;"
            f" send 'X-Mock-Admin-Token: {token}' (or set MOCK_ADMIN_TOKEN)",
            file=sys.stderr,
        )
    for line in banner(config).splitlines():
        if config.log_format == "json":  # one JSON object per line, like every other line
            print(
                json.dumps({"level": "info", "logger": "mavi-mock", "message": line}),
                file=sys.stderr,
            )
        else:
            print(line, file=sys.stderr)
    from .serve import run  # noqa: PLC0415  (the [mock] extra)

    run(config)
    return 0


if __name__ == "__main__":
    sys.exit(main())
