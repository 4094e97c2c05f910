"""The checks every provider request passes before its handler: the API Blueprint's
``before_request`` (``routes.py``).

One request, in order (the scenario, ``Prefer`` and the dialect were decided when its
``Exchange`` was opened, ``exchange.py``):

    [unless a script matches a request with a valid key (``scripts.py``):
     latency → transport fault → gateway (non-envelope 502/503/404)]
    → authenticate (401) → Prefer (400 if malformed; then its delay and gateway)
    → the script's answer, if one matched (it skips the rest)
    → rate limit (429) → Prefer: code (any declared error) → failure rate (500/503)
    → the handler (validation: 413, 415, 400; then the operation)

A step that answers returns the answer (or stops with ``envelope.fail``); ``None`` lets the
request go on to its handler. The scenario's random choices are its ``Draws``
(``scenarios.py``), taken only when the scenario leaves something to chance.
"""

from __future__ import annotations

import hashlib
import math
import time

from flask import Response, request

from . import scripts
from .auth import key_problem
from .envelope import fail
from .exchange import current as current_exchange
from .infrastructure import gateway_response
from .prefer import GATEWAY_ANSWERS
from .scenarios import Scenario
from .state import MockState, state


def authenticate(mock: MockState) -> str:
    """The caller's key, or a 401 that tells them what to fix."""
    key: str = request.environ.get("HTTP_AUTHORIZATION") or ""
    if (problem := key_problem(key, mock.config)) is not None:
        fail(401, problem)
    return key


def pipeline() -> Response | None:
    """Run the steps before the handler of the operation Flask routed the request to."""
    mock = state()
    exchange = current_exchange()
    scenario = exchange.scenario
    # A script matches a request with a valid key: its answer, whatever the scenario's rates
    # (a request no script matches draws as it would without scripts).
    scripted = (
        exchange.scripts_set
        and key_problem(request.environ.get("HTTP_AUTHORIZATION") or "", mock.config) is None
        and scripts.matches(mock, exchange)
    )
    if not scripted:
        answer = scenario_faults(mock, scenario)
        if answer is not None:
            return answer
    key = authenticate(mock)
    # Prefer only after the key: a caller with no key gets its 401 whatever it prefers, and
    # cannot hold a thread with a delay.
    if exchange.prefer_problem is not None:
        fail(400, exchange.prefer_problem)
    prefer = exchange.prefer
    if prefer.delay_ms:
        time.sleep(prefer.delay_ms / 1000)
    if prefer.gateway is not None:
        return gateway_response(prefer.gateway, exchange.path, exchange.request_id)
    if scripted:
        answer = scripts.judge(mock, exchange)
        if exchange.scripted:  # its answer, or the handler's: no rate limit, no fault rates
            return answer
    return limits_and_failures(mock, scenario, key)


def scenario_faults(mock: MockState, scenario: Scenario) -> Response | None:
    """The scenario's latency, transport fault and gateway (before the key is read)."""
    exchange = current_exchange()
    if scenario_draws(scenario):
        exchange.draws = mock.scenarios.draws(scenario)
    draws = exchange.draws
    # Without draws the latency is fixed (or none), and a fresh Draws gives it without drawing.
    pause = (draws if draws is not None else mock.scenarios.draws(scenario)).latency_seconds(
        scenario
    )
    if pause:
        time.sleep(pause)
    if scenario.transport_fault != "none" and (
        draws is None or draws.uniform("transport") < scenario.transport_fault_rate
    ):
        exchange.journal_status = 0  # no complete HTTP answer reaches the client
        # Made by the WSGI wrapper (transport.py), outside Flask's error handling.
        exchange.transport_fault = scenario.transport_fault
        if scenario.transport_fault != "truncate":  # a truncated answer is made in full first
            return Response()
    if (
        draws is not None
        and scenario.gateway_rate
        and draws.uniform("gateway") < (scenario.gateway_rate)
    ):
        # uniform() is below 1, so the index is within the tuple.
        answer = GATEWAY_ANSWERS[int(draws.uniform("gateway-answer") * len(GATEWAY_ANSWERS))]
        return gateway_response(answer, exchange.path, exchange.request_id)
    return None


def limits_and_failures(mock: MockState, scenario: Scenario, key: str) -> Response | None:
    """The rate limit, ``Prefer: code`` and the failure rate (after the key and any script)."""
    exchange = current_exchange()
    prefer = exchange.prefer
    draws = exchange.draws
    if scenario.rate_limit:
        account = hashlib.sha256(key.encode()).hexdigest()
        wait = mock.store.rate_acquire(account, 1000 / scenario.rate_limit)
        if wait is not None:
            fail(429, None, **{"Retry-After": str(max(1, math.ceil(wait)))})
    if prefer.code is not None and prefer.code != 200:
        operation_id = str(request.endpoint).removeprefix("api.")  # routes.py's Blueprint
        declared = mock.contract.operations[operation_id].statuses
        if prefer.code not in declared:
            allowed = ", ".join(str(s) for s in sorted(declared))
            fail(400, f"Prefer: code={prefer.code} is not declared for {operation_id} ({allowed})")
        extra = {"Retry-After": "1"} if prefer.code == 429 else {}
        fail(prefer.code, None, **extra)
    if (
        draws is not None
        and scenario.failure_rate
        and draws.uniform("failure") < (scenario.failure_rate)
    ):
        status = 500 if draws.uniform("failure-status") < 0.5 else 503
        fail(status, "Internal server error (injected)")
    return None


def scenario_draws(scenario: Scenario) -> bool:
    """Whether the scenario leaves anything to chance (so that requests take a place in the
    shared sequence only when they need one)."""
    low, high = scenario.latency
    return bool(
        high > low
        or (scenario.transport_fault != "none" and scenario.transport_fault_rate < 1.0)
        or scenario.gateway_rate
        or scenario.failure_rate
    )


def quiet(scenario: Scenario) -> bool:
    """Whether the scenario asks nothing of a request (no latency, transport fault, gateway,
    rate limit or failure rate): then ``pipeline`` only authenticates and reads ``Prefer``,
    which is what lets the embedding shortcut (``wsgi.py``) answer without it."""
    return (
        scenario.latency == (0.0, 0.0)
        and not scenario.failure_rate
        and not scenario.rate_limit
        and scenario.transport_fault == "none"
        and not scenario.gateway_rate
    )
