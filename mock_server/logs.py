r"""The mock's logs: server messages and, when asked for, one access line per request.

``MOCK_ACCESS_LOG=1`` (``--access-log``) logs each request on the ``mock_server.access`` logger;
``MOCK_LOG_FORMAT=json`` (``--log-format json``) writes every line, granian's own included, as one
JSON object: ``{"time", "level", "logger", "message", ...}`` plus, for an access line, ``method``,
``path``, ``status``, ``duration_ms``, ``request_id`` and ``remote``.

No request can forge a line: the text format escapes every field of a line (each argument of
the message, or the whole message when it has none) as a Python string literal would (``\\``,
``\"``, ``\n``, ``\x1b``, ``\u2028``), and the JSON format escapes, beyond what JSON must, the
characters that ``str.splitlines`` or a terminal takes for a line break or a control (C1,
U+2028, U+2029). A traceback still follows its line, as usual.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import Any

ACCESS = logging.getLogger("mock_server.access")
#: The fields an access line carries (``extra=`` on the log record).
ACCESS_FIELDS = ("method", "path", "status", "duration_ms", "request_id", "remote")


class JsonFormatter(logging.Formatter):
    """One JSON object per line."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in ACCESS_FIELDS:
            if hasattr(record, name):
                line[name] = getattr(record, name)
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False).translate(_JSON_ESCAPES)


TEXT_FORMAT = "%(asctime)s [%(process)d] [%(levelname)s] %(name)s: %(message)s"

_C0 = dict.fromkeys(range(0x20))
_C1 = dict.fromkeys(range(0x7F, 0xA0))
#: What JSON leaves raw that still breaks a line or drives a terminal (a JSON string escape).
_JSON_ESCAPES = {c: f"\\u{c:04x}" for c in (*_C1, 0x2028, 0x2029)}
#: The text format's escapes: a backslash first, so that every escape reads one way back.
_TEXT_ESCAPES = {
    **{c: f"\\x{c:02x}" for c in (*_C0, *_C1)},
    **{c: f"\\u{c:04x}" for c in (0x2028, 0x2029)},
    **{
        ord(c): "\\" + e
        for c, e in (("\\", "\\"), ('"', '"'), ("\n", "n"), ("\r", "r"), ("\t", "t"))
    },
}


def escape(value: object) -> str:
    """``value`` as one line of printable text that reads back one way (see the module's doc)."""
    return str(value).translate(_TEXT_ESCAPES)


class TextFormatter(logging.Formatter):
    """``TEXT_FORMAT``, with every field escaped: numbers are kept for ``%d`` and ``%.1f``."""

    def format(self, record: logging.LogRecord) -> str:
        safe = logging.makeLogRecord(record.__dict__)
        if isinstance(record.args, tuple) and record.args:
            safe.args = tuple(_field(arg) for arg in record.args)
        elif isinstance(record.args, dict) and record.args:
            safe.args = {key: _field(arg) for key, arg in record.args.items()}
        else:
            safe.msg, safe.args = escape(record.getMessage()), None
        return super().format(safe)


def _field(arg: object) -> object:
    return arg if isinstance(arg, int | float) else escape(arg)


class InjectedFaults(logging.Filter):
    """Drop the server's report of a transport fault the mock was asked to inject."""

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            text += str(record.exc_info[1])
        return "mock transport fault" not in text


class QuietThreads(logging.Filter):
    """Drops granian's warning that the thread count "seems quite high": the mock chose it on
    purpose (``serve.threads_per_worker``) and its banner says why."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("Configuration allows spawning up to")


def logging_config(log_format: str, level: str) -> dict[str, Any]:
    """A ``logging.config.dictConfig`` for the mock and granian, both on stderr."""
    formatter: dict[str, Any] = (
        {"()": f"{__name__}.JsonFormatter"}
        if log_format == "json"
        else {"()": f"{__name__}.TextFormatter", "fmt": TEXT_FORMAT}
    )
    handler = {
        "class": "logging.StreamHandler",
        "formatter": "mock",
        "stream": "ext://sys.stderr",
        "filters": ["faults"],
    }
    logger = {"handlers": ["stderr"], "level": level.upper(), "propagate": False}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"mock": formatter},
        "filters": {
            "faults": {"()": f"{__name__}.InjectedFaults"},
            "threads": {"()": f"{__name__}.QuietThreads"},
        },
        "handlers": {"stderr": handler},
        "root": {"handlers": ["stderr"], "level": "WARNING"},
        "loggers": {
            "mock_server": logger,
            "_granian": {**logger, "filters": ["threads"]},
            "granian.access": {**logger, "level": "CRITICAL"},  # the mock logs access itself
        },
    }


def access(
    *, method: str, path: str, status: int, duration_ms: float, request_id: str, remote: str
) -> None:
    fields = {
        "method": method,
        "path": path,
        "status": status,
        "duration_ms": duration_ms,
        "request_id": request_id,
        "remote": remote,
    }
    line = '%s "%s %s" %s %.1f ms %s'
    ACCESS.info(line, remote, method, path, status, duration_ms, request_id, extra=fields)
