"""The slow modules' background work (``AHEAD``): started with the session, at a lower priority,
on the core the in-process tests leave idle; each module's tests wait for its results."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import pytest

#: How much lower the priority of the background work (``AHEAD``) is: it takes the CPU the tests in
#: the foreground leave, and their timing stays as without it.
NICENESS = 10
#: The prefix of a command run in the background.
NICE = ["nice", "-n", str(NICENESS)] if shutil.which("nice") else []

#: A job of ``AHEAD``: given the session and its temporary-path factory, the module's results.
Job = Callable[[pytest.Session, pytest.TempPathFactory], Any]


class Ahead:
    """Slow, independent work that a module's tests then judge (a wheel and its virtualenvs, the
    Schemathesis CLI runs against their own servers), started ahead in the background, so that it
    overlaps with the tests in between, most of which keep one core busy and leave the other idle
    (the CLI runs at a lower priority: they take the CPU those tests leave).

    A module registers its job at import (``AHEAD.register(__name__, job)``). The session's first
    test (``tests/conftest.py``), or else the first fixture that asks for a result
    (``AHEAD.result(request, __name__)``), starts the jobs of every module with selected tests, two
    at a time, in the order the tests come; each result is waited for where it is judged, and a
    job's exception is raised there. A job runs only processes, every one at a lower priority
    (``NICE``; ``running_mocks(nice=...)``): nothing of it runs in this interpreter, where the
    in-process tests, timing ones among them, run in the meantime."""

    def __init__(self) -> None:
        self._jobs: dict[str, Job] = {}
        self._futures: dict[str, Future[Any]] = {}
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="ahead")

    def register(self, module: str, job: Job) -> None:
        self._jobs[module] = job

    def start(self, request: pytest.FixtureRequest) -> None:
        """Start the selected modules' jobs, in the order their tests come; each once."""
        # The session's temporary directory, made here: the jobs' threads each make theirs in it.
        request.getfixturevalue("tmp_path_factory").getbasetemp()
        selected = {
            item.module.__name__: None for item in request.session.items if hasattr(item, "module")
        }
        for name in selected:
            if name in self._jobs and name not in self._futures:
                self._futures[name] = self._submit(name, request)

    def result(self, request: pytest.FixtureRequest, module: str) -> Any:
        self.start(request)
        if module not in self._futures:  # asked for, though none of its tests was selected
            self._futures[module] = self._submit(module, request)
        return self._futures[module].result()

    def _submit(self, module: str, request: pytest.FixtureRequest) -> Future[Any]:
        factory = request.getfixturevalue("tmp_path_factory")
        return self._pool.submit(self._jobs[module], request.session, factory)


AHEAD = Ahead()
