"""The mock's logs: server messages and, when asked for, one access line per request.

``MOCK_ACCESS_LOG=1`` (``--access-log``) logs each request on the ``mock_server.access`` logger;
``MOCK_LOG_FORMAT=json`` (``--log-format json``) writes every line, granian's own included, as one
JSON object: ``{"time", "level", "logger", "message", ...}`` plus, for an access line, ``method``,
``path``, ``status``, ``duration_ms``, ``request_id`` and ``remote``.
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
        return json.dumps(line, ensure_ascii=False)


TEXT_FORMAT = "%(asctime)s [%(process)d] [%(levelname)s] %(name)s: %(message)s"


class InjectedFaults(logging.Filter):
    """Drop the server's report of a transport fault the mock was asked to inject."""

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            text += str(record.exc_info[1])
        return "mock transport fault" not in text


def logging_config(log_format: str, level: str) -> dict[str, Any]:
    """A ``logging.config.dictConfig`` for the mock and granian, both on stderr."""
    formatter: dict[str, Any] = (
        {"()": f"{__name__}.JsonFormatter"} if log_format == "json" else {"format": TEXT_FORMAT}
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
        "filters": {"faults": {"()": f"{__name__}.InjectedFaults"}},
        "handlers": {"stderr": handler},
        "root": {"handlers": ["stderr"], "level": "WARNING"},
        "loggers": {
            "mock_server": logger,
            "_granian": logger,
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
