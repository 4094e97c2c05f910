"""The mock for tests: what the pytest plugin's fixtures (``pytest_plugin.py``) are made of.

Needs the ``[mock]`` extra. ``serve(config)`` runs the mock on a free loopback port for a block;
``MockHandle`` is what a test gets as ``mavi_mock``.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx
import orjson
from werkzeug.serving import BaseWSGIServer, make_server

from mavi_client import MaviClient, RetryPolicy

from .admin import TOKEN_HEADER
from .app import create_app
from .config import BASE_PATH, MockConfig
from .state import EXTENSION, MockState

TEST_KEY = "sk-mavi-pytest-0000000000000000"
#: How often the in-thread server looks for its shutdown: a test's mock stops within this.
POLL = 0.02


class MockRefusedError(ValueError):
    """The mock refused an admin request (a script, a lifecycle, a vector): its message."""


@dataclass(frozen=True)
class RecordedRequest:
    """One journal entry (README: "Journal entries")."""

    method: str
    path: str
    #: The HTTP status sent (0: no complete answer arrived).
    status: int
    headers: dict[str, str]
    body: str
    request_id: str
    #: The contract's operationId, or None for a path that is none.
    operation: str | None = None
    asset_id: str | None = None
    dialect: str | None = None
    #: The envelope's code as sent ("0503", 503), or None for an answer without an envelope.
    code: str | int | None = None
    #: The HTTP status the answer means, whatever status carried it (a legacy error's is 200).
    outcome: int = 0
    #: Whether a script (``mavi_mock.script``) answered.
    scripted: bool = False

    def describe(self) -> str:
        """One line: what was asked and what the answer meant."""
        shown = (
            f"{self.operation or '(no operation)'} {self.method} {self.path}"
            f" asset_id={self.asset_id} outcome={self.outcome}"
        )
        extra = [f"code {self.code!r}", f"HTTP {self.status}", str(self.dialect)]
        if self.scripted:
            extra.append("scripted")
        return f"{shown} ({', '.join(extra)})"


class Requests(list[RecordedRequest]):
    """``mavi_mock.requests``: the journal, oldest first, as a list; called, the entries that
    match every filter given (``mavi_mock.requests("createVideoEmbedding", outcome=503)``)."""

    def __init__(self, entries: Iterable[RecordedRequest], operations: Collection[str]) -> None:
        super().__init__(entries)
        self.operations = operations

    def __call__(
        self,
        operation: str | None = None,
        *,
        asset_id: str | None = None,
        outcome: int | None = None,
    ) -> Requests:
        criteria = self._criteria(operation, asset_id, outcome)
        return Requests((r for r in self if not _differences(r, criteria)), self.operations)

    def _criteria(
        self, operation: str | None, asset_id: str | None, outcome: int | None
    ) -> dict[str, Any]:
        """The criteria given, checked: a TypeError names one of a type that could never match
        (``outcome="503"``), a ValueError an operation the API lacks."""
        _check_type("operation", operation, str)
        _check_type("asset_id", asset_id, str)
        _check_type("outcome", outcome, int)
        if operation is not None and operation not in self.operations:
            valid = ", ".join(sorted(self.operations))
            raise ValueError(f"operation {operation!r} is not one of the API's: {valid}")
        given = {"operation": operation, "asset_id": asset_id, "outcome": outcome}
        return {name: value for name, value in given.items() if value is not None}


def _check_type(name: str, value: object, kind: type) -> None:
    """TypeError unless ``value`` is None or a ``kind`` (a bool is no int here)."""
    if value is not None and (not isinstance(value, kind) or isinstance(value, bool)):
        wanted = {int: "an int", str: "a str"}[kind]
        raise TypeError(f"{name} must be {wanted} or None, not {value!r}")


def _differences(request: RecordedRequest, criteria: dict[str, Any]) -> list[str]:
    """The criteria ``request`` does not meet, as "name got (expected wanted)" (empty: it
    matches)."""
    return [
        f"{name} {getattr(request, name)} (expected {value})"
        for name, value in criteria.items()
        if getattr(request, name) != value
    ]


#: How many near misses a failed ``verify`` lists at most.
NEAR_MISSES = 10


def mismatch_report(
    requests: Requests, operation: str, criteria: dict[str, Any], times: int | None
) -> str:
    """What ``verify`` says when the count is not the one expected: the requests for the
    operation (each with what differs), or, when there were none, the closest others."""
    wanted = "".join(f" with {k}={v}" for k, v in criteria.items() if k != "operation")
    matched = sum(1 for r in requests if not _differences(r, criteria))
    expected = "at least 1" if times is None else str(times)
    lines = [
        f"expected {expected} {operation} requests{wanted}, received {matched}"
        f" ({len(requests)} requests in all)."
    ]
    same = [r for r in requests if r.operation == operation]
    if same:
        lines.append(f"{len(same)} requests for {operation}, oldest first:")
        shown = same[-NEAR_MISSES:]
    else:
        lines.append(f"There was no request for {operation}; the closest, closest first:")
        shown = sorted(requests, key=lambda r: len(_differences(r, criteria)))[:NEAR_MISSES]
    for request in shown:
        differs = _differences(request, criteria)
        verdict = f"differs: {', '.join(differs)}" if differs else "matches"
        lines.append(f"  {request.describe()}; {verdict}")
    return "\n".join(lines)


class MockHandle:
    """What a test gets as ``mavi_mock``."""

    def __init__(self, server: BaseWSGIServer, state: MockState) -> None:
        self._server = server
        self._state = state
        self.url = f"http://127.0.0.1:{server.server_port}"
        self.base_url = self.url + BASE_PATH
        self.api_key = TEST_KEY

    @property
    def requests(self) -> Requests:
        """Every provider request received since the last reset, oldest first (keys masked);
        call it to filter: ``mavi_mock.requests("createVideoEmbedding", outcome=503)``."""
        return Requests(
            (
                RecordedRequest(
                    method=row["method"],
                    path=row["path"],
                    status=row["status"],
                    headers=orjson.loads(row["headers"]),
                    body=row["body"],
                    request_id=row["request_id"],
                    operation=row["operation"],
                    asset_id=row["asset_id"],
                    dialect=row["dialect"],
                    code=row["code"],
                    outcome=row["outcome"],
                    scripted=row["scripted"],
                )
                for row in self._state.journal.entries(limit=100_000)
            ),
            self._state.contract.operations,
        )

    def verify(
        self,
        operation: str,
        times: int | None = None,
        *,
        asset_id: str | None = None,
        outcome: int | None = None,
    ) -> Requests:
        """Check that ``operation`` was requested ``times`` times (at least once if None) with
        the ``asset_id`` and ``outcome`` given; the matching requests. On a mismatch, an
        AssertionError that lists what was received ("near misses")."""
        _check_type("times", times, int)
        if times is not None and times < 0:
            raise ValueError(f"times must be at least 0 (got {times})")
        requests = self.requests
        criteria = requests._criteria(operation, asset_id, outcome)
        matched = requests(operation, asset_id=asset_id, outcome=outcome)
        if (len(matched) != times) if times is not None else not matched:
            raise AssertionError(mismatch_report(requests, operation, criteria, times))
        return matched

    def script(
        self, operation: str, answers: Sequence[Any], *, asset_id: str | None = None
    ) -> dict[str, Any]:
        """Answer the next requests for ``operation`` (for ``asset_id`` only, if given) with
        ``answers`` in order (``POST /__mock/scripts``): an error status, ``"pass"``, or a dict
        (``{"status": 503, "retry_after": 2}``, ``{"gateway": 502}``, ``{"fault": "reset"}``,
        ``{"delay_ms": 300}``). The script as the mock stored it (its ``id``, ``remaining``)."""
        body: dict[str, Any] = {"operation": operation, "answers": list(answers)}
        if asset_id is not None:
            body["asset_id"] = asset_id
        data: dict[str, Any] = self._admin("POST", "/__mock/scripts", body, "the script")
        return data

    def lifecycle(self, asset_id: str, sequence: Sequence[str]) -> dict[str, Any]:
        """Each metadata read of ``asset_id`` answers the next status of ``sequence``; the last
        one stays (``PUT /__mock/assets/<id>/status``)."""
        path = f"/__mock/assets/{quote(asset_id, safe='')}/status"
        data: dict[str, Any] = self._admin(
            "PUT", path, {"sequence": list(sequence)}, "the lifecycle"
        )
        return data

    def _admin(self, method: str, path: str, body: object, what: str) -> Any:
        """An admin request's ``data``; MockRefusedError with the mock's message if refused."""
        token = self._state.config.admin_token
        answer = httpx.request(
            method,
            self.url + path,
            json=body,
            headers={TOKEN_HEADER: token} if token else None,
            timeout=30,
        )
        try:
            envelope = answer.json()
        except ValueError:
            envelope = {"msg": answer.text[:200]}
        if not answer.is_success:
            raise MockRefusedError(
                f"the mock refused {what} ({answer.status_code}): {envelope.get('msg')}"
            )
        return envelope["data"]

    def reset(self) -> None:
        """Forget uploads, the journal, rate counters and scenario changes."""
        self._state.reset()

    def upload(
        self,
        data: bytes,
        filename: str = "clip.mp4",
        *,
        label: str | None = None,
        similar_to: str | None = None,
        cosine: float | None = None,
    ) -> str:
        """Upload ``data`` over HTTP, as a client does; the new asset id.

        ``label=`` puts its vector in that label's cluster; ``similar_to=`` and ``cosine=`` make
        it exactly that cosine from another asset's. (The declaration is sent to the admin
        endpoint right after the upload, which gives the vector ``Prefer`` on the upload would,
        for any label, commas and non-ASCII text included.)
        """
        with fast_client(self) as client:
            asset_id = client.upload(io.BytesIO(data), filename=filename)
        if label is not None or similar_to is not None or cosine is not None:
            self.declare_vector(asset_id, label=label, similar_to=similar_to, cosine=cosine)
        return asset_id

    def declare_vector(
        self,
        asset_id: str,
        *,
        vector: Sequence[float] | None = None,
        label: str | None = None,
        similar_to: str | None = None,
        cosine: float | None = None,
    ) -> list[float]:
        """Set the vector an existing asset's embedding answers (``PUT
        /__mock/assets/<id>/vector``): exactly ``vector``, or by ``label``, or ``cosine`` from
        ``similar_to``'s. The new vector; MockRefusedError (a ValueError) with the mock's message
        if refused."""
        body: dict[str, Any] = {}
        if vector is not None:
            body["vector"] = [float(x) for x in vector]
        if label is not None:
            body["label"] = label
        if similar_to is not None:
            body["similar_to"] = similar_to
        if cosine is not None:
            body["cosine"] = cosine
        data = self._admin("PUT", f"/__mock/assets/{asset_id}/vector", body, "the vector")
        values: list[float] = data["vector"]
        return values

    @contextmanager
    def scenario(self, **changes: Any) -> Iterator[None]:
        """Change the server scenario for the block (keys as in ``PUT /__mock/scenario``)."""
        before = self._state.scenarios.current()
        self._state.scenarios.write(before.updated(changes))
        try:
            yield
        finally:
            self._state.scenarios.write(before)


@contextmanager
def serve(config: MockConfig) -> Iterator[MockHandle]:
    """The mock on a free loopback port (werkzeug, threaded, real HTTP) for as long as the block."""
    app = create_app(config)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(
        target=server.serve_forever, args=(POLL,), name="mavi-mock", daemon=True
    )
    thread.start()
    try:
        yield MockHandle(server, app.extensions[EXTENSION])
    finally:
        server.shutdown()
        thread.join(timeout=10)


def fast_client(handle: MockHandle) -> MaviClient:
    """A client on the mock, with retries short enough for tests."""
    return MaviClient(
        handle.api_key,
        base_url=handle.base_url,
        retry=RetryPolicy(max_retries=3, base_delay=0.01, max_delay=0.05),
        timeout=10,
    )
