"""Test helpers: judge every response against openapi.yaml, and run the mock as `make mock` does."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import httpx
import jsonschema
import orjson
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
BASE_PATH = "/serve/api/v2"
KEY = "sk-8483027fe3abfe535f6ae01a9979b4f7"
SEED_ASSET = "re_657745568997527552"
MODEL = "multimodalembedding@001"


#: The ``make_app`` fixture (tests/conftest.py): ``make_app(**MockConfig settings) -> Flask``.
MakeApp = Callable[..., Any]

T = TypeVar("T")


class ContractViolation(AssertionError):
    pass


class ResponseContract:
    """Checks a response against the operation, status and schema that a dialect's document
    declares (openapi.yaml for the seed dialect, dialects/openapi.<dialect>.yaml otherwise)."""

    def __init__(self, spec_path: Path = ROOT / "openapi.yaml") -> None:
        self.spec: dict[str, Any] = yaml.safe_load(spec_path.read_text())
        self.storage = self.spec["paths"]["/storage/upload/{asset_id}"]["post"]
        self.routes: list[tuple[str, re.Pattern[str], dict[str, Any]]] = []
        for path, item in self.spec["paths"].items():
            pattern = re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$")
            for method, op in item.items():
                self.routes.append((method.upper(), pattern, op))
        self.checked = 0

    def _schema(self, schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
        return jsonschema.Draft202012Validator({**schema, "components": self.spec["components"]})

    def _check_storage(self, request: httpx.Request, response: httpx.Response) -> None:
        """The storage behind signed URLs: 204 with no body, or a declared XML error."""
        status = str(response.status_code)
        if status not in self.storage["responses"]:
            raise ContractViolation(f"uploadToSignedUrl: status {status} is not declared")
        body = response.read()
        if status == "204":
            if body:
                raise ContractViolation(f"uploadToSignedUrl 204 with a body: {body[:80]!r}")
            return
        if response.headers.get("content-type", "").split(";")[0] != "application/xml":
            raise ContractViolation(f"uploadToSignedUrl {status}: content-type is not XML")
        if not body.startswith(b"<?xml") or b"<Code>" not in body:
            raise ContractViolation(f"uploadToSignedUrl {status}: not a storage error: {body!r}")

    def find(self, method: str, path: str) -> dict[str, Any] | None:
        if not path.startswith(BASE_PATH):
            return None
        rest = path[len(BASE_PATH) :]
        for m, pattern, op in self.routes:
            if m == method and pattern.match(rest):
                return op
        return None

    def check(
        self, request: httpx.Request, response: httpx.Response, *, declared_only: bool = True
    ) -> None:
        """Raise ContractViolation if the response breaks the contract."""
        path = request.url.path
        if path.startswith("/__mock"):
            return
        if path.startswith("/storage/"):
            self._check_storage(request, response)
            self.checked += 1
            return
        body = response.read()
        try:
            data = orjson.loads(body)
        except orjson.JSONDecodeError:
            raise ContractViolation(
                f"{request.method} {path}: non-JSON body {body[:80]!r}"
            ) from None
        if response.headers.get("content-type", "").split(";")[0] != "application/json":
            raise ContractViolation(f"{request.method} {path}: content-type is not JSON")
        op = self.find(request.method, path)
        status = str(response.status_code)
        if op is None or status not in op["responses"]:
            if declared_only and op is not None:
                raise ContractViolation(f"{op['operationId']}: status {status} is not declared")
            errors = list(
                self._schema({"$ref": "#/components/schemas/ErrorEnvelope"}).iter_errors(data)
            )
        else:
            declared = op["responses"][status]
            if "$ref" in declared:
                declared = self.spec["components"]["responses"][declared["$ref"].split("/")[-1]]
            for header in declared.get("headers", {}):
                if header not in response.headers:
                    raise ContractViolation(f"{op['operationId']} {status}: no {header} header")
            schema = declared["content"]["application/json"]["schema"]
            errors = list(self._schema(schema).iter_errors(data))
        if errors:
            raise ContractViolation(f"{request.method} {path} {status}: {errors[0].message}")
        self.checked += 1


class ValidatingTransport(httpx.BaseTransport):
    """Passes requests to ``inner`` and checks every response against the contract."""

    def __init__(
        self, inner: httpx.BaseTransport, contract: ResponseContract, *, declared_only: bool = True
    ) -> None:
        self.inner = inner
        self.contract = contract
        self.declared_only = declared_only

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        self.contract.check(request, response, declared_only=self.declared_only)
        return response


def fresh_connections(**settings: Any) -> httpx.Client:
    """A client that opens a new connection for every request (no keep-alive), so that the kernel
    spreads them over a mock's workers; cheaper than ``httpx.get`` each time, which builds a new
    client and its TLS context (about 30 ms) for every request."""
    return httpx.Client(limits=httpx.Limits(max_keepalive_connections=0), **settings)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class MockProcess:
    """``python -m mock_server`` (granian) in a subprocess, as ``make mock`` runs it."""

    def __init__(self, data_dir: Path, **env: str) -> None:
        self.data_dir = data_dir
        self.env = env
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = data_dir / "server.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return self.url + BASE_PATH

    def start(self, timeout: float = 30.0) -> MockProcess:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        env = {
            **os.environ,
            "PORT": str(self.port),
            "MOCK_DATA_DIR": str(self.data_dir),
            "MOCK_WORKERS": "2",
            **self.env,
        }
        log = self.log.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "mock_server", "--log-level", "warning"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"mock exited with {self.proc.returncode}:\n{self.log_text()}")
            try:
                if httpx.get(self.url + "/__mock/health", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.05)
        self.kill()
        raise RuntimeError(f"mock did not become healthy:\n{self.log_text()}")

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def stop(self, timeout: float = 30.0) -> int:
        """SIGTERM (a graceful shutdown); the exit code."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise

    def kill(self) -> None:
        """SIGKILL the whole process group: master and workers, no chance to clean up."""
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()


@contextmanager
def running_mock(data_dir: Path, **env: str) -> Iterator[MockProcess]:
    mock = MockProcess(data_dir, **env).start()
    try:
        yield mock
    finally:
        if mock.proc is not None and mock.proc.poll() is None:
            mock.stop()


def concurrently(calls: Iterable[Callable[[], T]]) -> list[T]:
    """Run independent calls (each waits on a subprocess or a socket) all at once, in threads;
    their results in order. Every call finishes before the first exception, if any, is raised.
    (All at once: a few at a time was slower, as the last ones then run alone on the cores.)"""
    pending = list(calls)
    with ThreadPoolExecutor(max_workers=max(len(pending), 1)) as pool:
        futures = [pool.submit(call) for call in pending]
    return [future.result() for future in futures]


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


@contextmanager
def running_mocks(*mocks: MockProcess, nice: int = 0) -> Iterator[tuple[MockProcess, ...]]:
    """Start the mocks at once (each waits for its own health check); stop them all after.
    ``nice``: then lower their priority (master and workers) by that much."""
    try:
        concurrently(mock.start for mock in mocks)
        for mock in mocks:
            if nice and mock.proc is not None:
                os.setpriority(os.PRIO_PGRP, mock.proc.pid, nice)  # its own session and group
        yield mocks
    finally:
        concurrently(
            mock.stop for mock in mocks if mock.proc is not None and mock.proc.poll() is None
        )


def file_vector(data: bytes, dimension: int = 1408) -> Any:
    """The vector the mock gives an upload of ``data`` (the default recipe, v2: README)."""
    from mock_server.chunking import sketch  # noqa: PLC0415 (only the tests that embed files)
    from mock_server.vectors import content_vector  # noqa: PLC0415

    return content_vector(MODEL, dimension, sketch(data))
