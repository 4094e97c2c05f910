"""The mock as a server: granian runs ``create_app(config)`` in N worker processes.

granian was chosen by measurement over gunicorn (BENCHMARKS.md, "Choosing the server"): its
workers read request bodies in a pool of threads fed by an asynchronous HTTP layer, so clients
that trickle a body or their headers do not take the threads that answer everyone else, an
upload streams through in small chunks, and the same app runs faster.

The configuration reaches each worker through the environment (``CONFIG_ENV``, JSON), because
granian imports its target in every worker; the master builds the app once first, so that
start-up work (schema creation, the example assets, the control file) is done before any worker
answers.

Its life (README, "The mock"): a worker that dies is replaced by granian; the workers die with
their master, however it dies (``die_with_master``), so none is left holding the port; SIGINT or
SIGTERM gives requests in flight ``GRACE_SECONDS`` to finish, then kills the workers.
"""

from __future__ import annotations

import ctypes
import dataclasses
import json
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any

from flask import Flask

from .app import create_app
from .config import MockConfig
from .logs import logging_config
from .recorded import forget_recordings

CONFIG_ENV = "MAVI_MOCK_SERVED_CONFIG"
#: The master's pid, for its workers (``die_with_master``).
MASTER_ENV = "MAVI_MOCK_MASTER_PID"
TARGET = "mock_server.serve:app_from_environment"
#: On SIGINT/SIGTERM, how long the workers get to finish the requests in flight before they are
#: killed: bounded so that Ctrl-C stops the mock within a few seconds, a slow upload or not.
GRACE_SECONDS = 3
#: linux/prctl.h: ask the kernel for a signal when the parent (the master) dies.
PR_SET_PDEATHSIG = 1


def config_to_json(config: MockConfig) -> str:
    values = dataclasses.asdict(config)
    values["data_dir"] = str(config.data_dir)
    values["replay"] = None if config.replay is None else str(config.replay)
    return json.dumps(values)


def config_from_json(text: str) -> MockConfig:
    values: dict[str, Any] = json.loads(text)
    values["data_dir"] = Path(values["data_dir"])
    values["replay"] = None if values["replay"] is None else Path(values["replay"])
    values["latency"] = tuple(values["latency"])
    values["api_keys"] = tuple(values["api_keys"])
    values["allowed_hosts"] = tuple(values["allowed_hosts"])
    return MockConfig(**values)


def app_from_environment() -> Flask:
    """granian's target in each worker (``factory=True``)."""
    if os.environ.get(MASTER_ENV):  # a worker of ``run``'s (not another server's, as in bench)
        leave_ctrl_c_to_the_master()
        die_with_master(int(os.environ[MASTER_ENV]))
        stop_at_once_while_starting()
    return create_app(config_from_json(os.environ[CONFIG_ENV]), fresh=False)


def stop_at_once_while_starting() -> None:
    """A worker is forked with its master's SIGTERM handler, which only sets a flag in the
    worker's copy of the master, and granian installs the worker's own handler only once the app
    is loaded: a SIGTERM in between (a mock stopped just after it answered its first request,
    before its last worker was up) was lost, and the worker killed ``GRACE_SECONDS`` later. Until
    granian's handler replaces it, SIGTERM ends the worker at once: it serves nothing yet."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def leave_ctrl_c_to_the_master() -> None:
    """Ctrl-C sends SIGINT to the whole foreground process group, and the master then sends each
    worker SIGTERM: a granian worker that gets both signals at once can hang until it is killed
    (``GRACE_SECONDS`` later: 7 of 7 Ctrl-C tries here). Blocked here, before granian starts the
    worker's threads (which inherit the mask), SIGINT reaches the master only, and each worker
    stops on the master's one SIGTERM."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})


def die_with_master(master: int) -> None:
    """Make this worker die when its master does, even by ``kill -9`` (which no handler sees):
    otherwise the workers would keep serving, adopted by init, and hold the port.

    On Linux the kernel sends SIGKILL when the master dies (``PR_SET_PDEATHSIG``); elsewhere a
    thread watches for the worker's parent to change. Either way it is as if the whole mock had
    been killed: requests in flight get no answer, and SQLite's journal keeps what was committed.
    """
    if not (sys.platform == "linux" and _kill_me_with_parent()):
        threading.Thread(target=_watch_parent, args=(master,), daemon=True).start()
    if os.getppid() != master:  # the master died before the kernel was asked to tell us
        os.kill(os.getpid(), signal.SIGKILL)


def _kill_me_with_parent() -> bool:
    libc = ctypes.CDLL(None, use_errno=True)
    return bool(libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0)


def _watch_parent(master: int) -> None:  # pragma: no cover (not Linux)
    while os.getppid() == master:
        time.sleep(0.25)
    os.kill(os.getpid(), signal.SIGKILL)


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
        # SIGINT/SIGTERM: granian stops accepting and lets in-flight requests finish; a worker
        # still busy after this many seconds is killed.
        "workers_kill_timeout": GRACE_SECONDS,
        # A worker that dies (kill -9, the OOM killer) is replaced at once; one that dies again
        # within 5.5 s of its replacement stops the mock (granian's crash-loop rule, exit 1).
        "respawn_failed_workers": True,
    }
    options["blocking_threads"] = threads_per_worker(config)
    return options


def threads_per_worker(config: MockConfig) -> int:
    """The threads each worker runs the app in: ``--threads``, or granian's own default for
    WSGI (half its per-worker backpressure, 1024 / workers), 512 across all workers. That is
    many on purpose: a client that trickles its body holds a thread while it does, and the others
    must still be answered. granian warns of it as if it were a mistake; ``logs.QuietThreads``
    drops that warning and the banner says what the count is for."""
    if config.threads is not None:
        return config.threads
    return max(1, (1024 // config.workers) // 2)


def run(config: MockConfig) -> None:
    """Serve until SIGTERM or SIGINT."""
    from granian import Granian  # noqa: PLC0415

    create_app(config)  # the run starts (fresh state) once, before the workers join it
    forget_recordings()  # the workers read --replay's recording; the master needs none of it
    os.environ[CONFIG_ENV] = config_to_json(config)
    os.environ[MASTER_ENV] = str(os.getpid())
    Granian(**granian_options(config)).serve()
