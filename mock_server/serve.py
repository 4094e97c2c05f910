"""The mock as a server: granian runs ``create_app(config)`` in N worker processes.

granian was chosen by measurement over gunicorn (BENCHMARKS.md, "Choosing the server"): its
workers read request bodies in a pool of threads fed by an asynchronous HTTP layer, so clients
that trickle a body or their headers do not take the threads that answer everyone else, an
upload streams through in small chunks, and the same app runs faster.

The configuration reaches each worker through the environment (``CONFIG_ENV``, JSON), because
granian imports its target in every worker; the master builds the app once first, so that
start-up work (schema creation, the example assets, the control file) is done before any worker
answers.
"""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path
from typing import Any

from flask import Flask

from .app import create_app
from .config import MockConfig
from .logs import logging_config

CONFIG_ENV = "MAVI_MOCK_SERVED_CONFIG"
TARGET = "mock_server.serve:app_from_environment"


def config_to_json(config: MockConfig) -> str:
    values = dataclasses.asdict(config)
    values["data_dir"] = str(config.data_dir)
    return json.dumps(values)


def config_from_json(text: str) -> MockConfig:
    values: dict[str, Any] = json.loads(text)
    values["data_dir"] = Path(values["data_dir"])
    values["latency"] = tuple(values["latency"])
    values["api_keys"] = tuple(values["api_keys"])
    values["allowed_hosts"] = tuple(values["allowed_hosts"])
    return MockConfig(**values)


def app_from_environment() -> Flask:
    """granian's target in each worker (``factory=True``)."""
    return create_app(config_from_json(os.environ[CONFIG_ENV]), fresh=False)


def granian_options(config: MockConfig) -> dict[str, Any]:
    """The keyword arguments of ``granian.Granian`` for this configuration."""
    from granian.constants import HTTPModes, Interfaces  # noqa: PLC0415

    options: dict[str, Any] = {
        "target": TARGET,
        "factory": True,
        "address": config.host,
        "port": config.port,
        "interface": Interfaces.WSGI,
        "http": HTTPModes.http1,
        "workers": config.workers,
        "log_dictconfig": logging_config(config.log_format, config.log_level),
        "log_access": False,  # the mock writes its own access line (logs.py)
        # SIGTERM: granian stops accepting and lets in-flight requests finish; a worker still
        # busy after this many seconds is killed.
        "workers_kill_timeout": 30,
    }
    if config.threads is not None:
        options["blocking_threads"] = config.threads
    return options


def run(config: MockConfig) -> None:
    """Serve until SIGTERM or SIGINT."""
    from granian import Granian  # noqa: PLC0415

    create_app(config)  # the run starts (fresh state) once, before the workers join it
    os.environ[CONFIG_ENV] = config_to_json(config)
    Granian(**granian_options(config)).serve()
