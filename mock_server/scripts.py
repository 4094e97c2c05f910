"""Scripted answers and asset lifecycles (issue 21): what a test says the next requests get.

- A script (``POST /__mock/scripts``) names an operation, optionally an asset, and a list of
  answers. Each request for that operation (and asset) takes the next answer of the oldest
  script that has one left (``judge``, a step of ``pipeline.py``): a request with a valid key
  that a script matches (``matches``) skips the scenario's latency, faults and rate limit. A HEAD
  answers as a GET would without using an answer. A used-up script leaves normal behaviour.
- A lifecycle (``PUT /__mock/assets/<id>/status``) is a list of upload statuses: each metadata
  GET of the asset answers the next one, and the last one stays, written to the asset and the
  lifecycle removed (``metadata_status``); an embed or a HEAD sees the status in force without
  moving it (``status_in_force``).

Both live in ``runtime.sqlite`` (``store.py``), shared by every worker: each answer or step is
taken in one ``BEGIN IMMEDIATE`` transaction (``UPDATE ... RETURNING``), so that ten scripted
answers are ten answers however many workers take them. Whether any may be set is a flag in the
control file (``ScenarioState.mark_scripts``), which each request reads with its scenario
(``Exchange.scripts_set``): raised when one is stored, lowered when nothing is left (a script's
last answer used, a lifecycle's last step, the scripts deleted, a reset). While it is down no
request looks at their tables, and only then does the embedding shortcut (``wsgi.py``) answer.
"""

from __future__ import annotations

import contextlib
import time
from typing import Any

import orjson
from flask import Response, request

from .disk import StoreFull
from .envelope import fail
from .exchange import Exchange
from .infrastructure import gateway_response
from .journal import body_asset_id
from .prefer import GATEWAY_ANSWERS, MAX_PREFER_DELAY_MS
from .state import MockState

#: How a script's answer may be written (the 400 for any other lists these).
ANSWER_FORMS = (
    "an integer status from 400-599 (the provider's error for it)",
    '"pass" (the normal answer)',
    '{"status": 503, "retry_after": 2} (a 429 without retry_after sends Retry-After: 1)',
    '{"gateway": 502}',
    '{"fault": "reset" | "empty" | "truncate"}',
    '{"delay_ms": 300} (then the normal answer)',
)
FAULTS = ("reset", "empty", "truncate")
#: The operations whose requests name an asset a script can match (path or JSON body).
ASSET_OPERATIONS = ("createVideoEmbedding", "getAssetMetadata")


class ScriptError(ValueError):
    """A script or lifecycle that cannot be stored (the admin endpoint's 400)."""


def _forms() -> str:
    return "; ".join(ANSWER_FORMS)


def operations(mock: MockState) -> list[str]:
    """The operations a script can name: the API's (the storage's has no pipeline)."""
    return sorted(o.operation_id for o in mock.contract.operations.values() if o.server is None)


def upload_statuses(mock: MockState) -> list[str]:
    """The contract's asset statuses, in its order."""
    return list(mock.contract.spec["components"]["schemas"]["UploadStatus"]["enum"])


def _status(value: Any, where: str) -> int:
    """An error status: 1xx, 2xx and 3xx would be broken answers (no envelope, no body)."""
    if type(value) is not int or not 400 <= value <= 599:
        raise ScriptError(
            f"{where}: the status {value!r} is not an error status (an integer in 400-599);"
            f" the forms: {_forms()}"
        )
    return value


def parse_answer(value: Any, where: str) -> Any:
    """The answer as stored (``value`` itself, checked); ScriptError if it is no answer."""
    if type(value) is int:
        return _status(value, where)
    if value == "pass":
        return value
    keys = set(value) if isinstance(value, dict) else set()
    if keys == {"gateway"}:
        if type(value["gateway"]) is not int or value["gateway"] not in GATEWAY_ANSWERS:
            gateways = ", ".join(str(s) for s in GATEWAY_ANSWERS)
            raise ScriptError(f"{where}: gateway must be one of {gateways}")
        return value
    if keys == {"fault"}:
        if value["fault"] not in FAULTS:
            raise ScriptError(f"{where}: fault must be one of {', '.join(FAULTS)}")
        return value
    if keys == {"delay_ms"}:
        delay = value["delay_ms"]
        if type(delay) not in (int, float) or not 0 <= delay <= MAX_PREFER_DELAY_MS:
            raise ScriptError(f"{where}: delay_ms must be from 0 to {MAX_PREFER_DELAY_MS}")
        return value
    if keys in ({"status"}, {"status", "retry_after"}):
        _status(value["status"], where)
        wait = value.get("retry_after", 0)
        if type(wait) is not int or not 0 <= wait <= 86_400:
            raise ScriptError(f"{where}: retry_after must be an integer of seconds, 0-86400")
        return value
    raise ScriptError(
        f"{where}: {orjson.dumps(value).decode()} is no answer; the forms: {_forms()}"
    )


def parse_script(mock: MockState, body: Any) -> tuple[str, str | None, list[Any]]:
    """(operation, asset id, answers) of a ``POST /__mock/scripts`` body; ScriptError if bad."""
    if not isinstance(body, dict):
        raise ScriptError("the body must be a JSON object: {operation, asset_id, answers}")
    if unknown := set(body) - {"operation", "asset_id", "answers"}:
        raise ScriptError(
            f"unknown keys {', '.join(sorted(map(str, unknown)))}; a script has operation,"
            " asset_id (optional) and answers"
        )
    operation, asset_id, answers = body.get("operation"), body.get("asset_id"), body.get("answers")
    if operation not in operations(mock):
        raise ScriptError(
            f"unknown operation {operation!r}; the operations are {', '.join(operations(mock))}"
        )
    if asset_id is not None and not isinstance(asset_id, str):
        raise ScriptError("asset_id must be a string (an asset id) or null")
    if asset_id is not None and operation not in ASSET_OPERATIONS:
        raise ScriptError(
            f"{operation} names no asset: asset_id is for {', '.join(ASSET_OPERATIONS)} only"
        )
    if not isinstance(answers, list) or not answers:
        raise ScriptError(f"answers must be a non-empty list of answers; the forms: {_forms()}")
    parsed = [parse_answer(value, f"answers[{i}]") for i, value in enumerate(answers)]
    return operation, asset_id, parsed


def _transaction(mock: MockState, sql: str, parameters: tuple[Any, ...]) -> Any:
    """The first row ``sql`` returns, run alone in a write transaction (``BEGIN IMMEDIATE``:
    every worker's takes are one after the other)."""
    with mock.store.runtime() as db:
        db.execute("BEGIN IMMEDIATE")
        try:
            row = db.execute(sql, parameters).fetchone()
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
    return row


def _script_json(row: tuple[Any, ...]) -> dict[str, Any]:
    script_id, operation, asset_id, answers, used = row
    answers = orjson.loads(answers)
    return {
        "id": script_id,
        "operation": operation,
        "asset_id": asset_id,
        "answers": answers,
        "used": used,
        "remaining": answers[used:],
    }


def add_script(mock: MockState, operation: str, asset_id: str | None, answers: list[Any]) -> Any:
    """Store a script (checked by ``parse_script``); it as ``list_scripts`` shows it."""
    row = _transaction(
        mock,
        "INSERT INTO scripts (operation, asset_id, answers, total, used) VALUES (?, ?, ?, ?, 0)"
        " RETURNING id, operation, asset_id, answers, used",
        (operation, asset_id, orjson.dumps(answers).decode(), len(answers)),
    )
    _mark(mock, "DELETE FROM scripts WHERE id = ?", row[0])
    return _script_json(row)


def _mark(mock: MockState, undo: str, key: object) -> None:
    """Raise the control file's flag for what was just stored (stored first: a clearing that
    reads the tables under the flag's lock then sees it); if the flag cannot be written (a full
    disk), forget it again, so that the 503 stores nothing."""
    try:
        mock.scenarios.mark_scripts(lambda: True)
    except StoreFull:
        with mock.store.runtime() as db:
            db.execute(undo, (key,))
        raise


def list_scripts(mock: MockState) -> dict[str, list[dict[str, Any]]]:
    with mock.store.runtime() as db:
        scripts = db.execute(
            "SELECT id, operation, asset_id, answers, used FROM scripts ORDER BY id"
        ).fetchall()
        lifecycles = db.execute(
            "SELECT asset_id, sequence, step FROM lifecycles ORDER BY asset_id"
        ).fetchall()
    return {
        "scripts": [_script_json(row) for row in scripts],
        "lifecycles": [_lifecycle_json(*row) for row in lifecycles],
    }


def clear_scripts(mock: MockState) -> None:
    """Forget every script (lifecycles stay); the flag is lowered if no lifecycle is left."""
    with mock.store.runtime() as db:
        db.execute("DELETE FROM scripts")
    mock.scenarios.mark_scripts(lambda: _any_set(mock))


def _any_set(mock: MockState) -> bool:
    """Whether a script has answers left, or an asset has a lifecycle."""
    with mock.store.runtime() as db:
        row = db.execute(
            "SELECT EXISTS (SELECT 1 FROM scripts WHERE used < total)"
            " OR EXISTS (SELECT 1 FROM lifecycles)"
        ).fetchone()
    return bool(row[0])


#: The oldest script for a request (operation, asset id) that has an answer left.
_MATCH = (
    "SELECT id FROM scripts WHERE operation = ? AND (asset_id IS NULL OR asset_id = ?)"
    " AND used < total ORDER BY id LIMIT 1"
)


def peek(mock: MockState, operation: str, asset_id: str | None) -> Any | None:
    """The answer ``take`` would give, without using it; None if no script has one."""
    with mock.store.runtime() as db:
        row = db.execute(
            f"SELECT answers, used FROM scripts WHERE id = ({_MATCH})",  # noqa: S608 (constant)
            (operation, asset_id),
        ).fetchone()
    return None if row is None else orjson.loads(row[0])[row[1]]


def take(mock: MockState, operation: str, asset_id: str | None) -> Any | None:
    """The next answer of the oldest script for this request that has one, used up now; None if
    no script has one. The script's last answer lowers the flag if nothing else is left."""
    row = _transaction(
        mock,
        f"UPDATE scripts SET used = used + 1 WHERE id = ({_MATCH})"  # noqa: S608 (constant)
        " RETURNING answers, used, total",
        (operation, asset_id),
    )
    if row is None:
        return None
    answers, used, total = row
    if used == total:
        with contextlib.suppress(StoreFull):  # (only a saving: the flag may stay up)
            mock.scenarios.mark_scripts(lambda: _any_set(mock))
    return orjson.loads(answers)[used - 1]


def _body_asset_id(mock: MockState, exchange: Exchange) -> str | None:
    """The asset id of an embedding request's JSON body (read now, and kept in ``raw_body`` for
    the handler), or None when there is none to read."""
    length = request.content_length
    if request.mimetype != "application/json" or length is None or length > mock.config.max_body:
        return None
    raw = exchange.raw_body = request.get_data(cache=True)
    return body_asset_id(raw)


def _target(mock: MockState, exchange: Exchange) -> tuple[str, str | None]:
    """(operation, asset id) of the request, as a script names them."""
    operation = str(request.endpoint).removeprefix("api.")  # routes.py's Blueprint
    asset_id: str | None = (request.view_args or {}).get("asset_id")
    if operation == "createVideoEmbedding":
        asset_id = _body_asset_id(mock, exchange)
        if asset_id is not None:
            exchange.asset_id = asset_id
    return operation, asset_id


def matches(mock: MockState, exchange: Exchange) -> bool:
    """Whether a script has an answer for this request (nothing used: ``pipeline.py`` asks it of
    a request with a valid key, to skip the scenario's latency and fault rates)."""
    return peek(mock, *_target(mock, exchange)) is not None


def judge(mock: MockState, exchange: Exchange) -> Response | None:
    """The pipeline's script step: the scripted answer, or None for the handler's. Sets
    ``exchange.scripted`` when a script answered (then the rate limit and the fault rates are
    not judged). A HEAD answers as a GET would, without using the answer."""
    target = _target(mock, exchange)
    answer = peek(mock, *target) if request.method == "HEAD" else take(mock, *target)
    if answer is None:
        return None
    exchange.scripted = True
    if answer == "pass":
        return None
    if type(answer) is int:
        answer = {"status": answer}
    if "status" in answer:  # a 429 says when to retry: Retry-After 1 unless the script says
        wait = answer.get("retry_after", 1 if answer["status"] == 429 else None)
        fail(answer["status"], None, **({} if wait is None else {"Retry-After": str(wait)}))
    if "gateway" in answer:
        return gateway_response(answer["gateway"], exchange.path, exchange.request_id)
    if "fault" in answer:
        exchange.journal_status = 0  # no complete HTTP answer reaches the client
        exchange.transport_fault = answer["fault"]  # made by transport.py
        return None if answer["fault"] == "truncate" else Response()
    time.sleep(answer["delay_ms"] / 1000)
    return None


# --- lifecycles ------------------------------------------------------------------------------


def parse_lifecycle(mock: MockState, asset_id: str, body: Any) -> list[str]:
    """The sequence of a ``PUT /__mock/assets/<id>/status`` body; ScriptError if bad."""
    statuses = upload_statuses(mock)
    listed = ", ".join(statuses)
    if not isinstance(body, dict) or set(body) != {"sequence"}:
        raise ScriptError(
            f"the body must be a JSON object with one key, sequence: a list of statuses ({listed})"
        )
    sequence = body["sequence"]
    if not isinstance(sequence, list) or not sequence:
        raise ScriptError(f"sequence must be a non-empty list of statuses ({listed})")
    for i, value in enumerate(sequence):
        if value not in statuses:
            raise ScriptError(f"sequence[{i}]: {value!r} is not an upload status ({listed})")
    if (
        mock.store.get_asset(asset_id) is None
        and mock.store.get_signed(asset_id) is None
        and not mock.config.accept_any_asset
    ):  # (any asset its metadata answers for)
        raise ScriptError(f"no asset {asset_id} on this mock: upload it first (or its signed URL)")
    return list(sequence)


def _lifecycle_json(asset_id: str, sequence: str, step: int) -> dict[str, Any]:
    statuses: list[str] = orjson.loads(sequence)
    return {
        "asset_id": asset_id,
        "sequence": statuses,
        "step": step,
        "status": statuses[max(step, 1) - 1],
    }


def set_lifecycle(mock: MockState, asset_id: str, sequence: list[str]) -> dict[str, Any]:
    """Store the asset's lifecycle (replacing any), from its first status."""
    row = _transaction(
        mock,
        "INSERT OR REPLACE INTO lifecycles (asset_id, sequence, total, step) VALUES (?, ?, ?, 0)"
        " RETURNING asset_id, sequence, step",
        (asset_id, orjson.dumps(sequence).decode(), len(sequence)),
    )
    _mark(mock, "DELETE FROM lifecycles WHERE asset_id = ?", asset_id)
    return _lifecycle_json(*row)


def metadata_status(mock: MockState, asset_id: str) -> str | None:
    """The status a metadata GET of the asset answers (a step of its lifecycle, taken now; a
    HEAD takes none), or None when it has no lifecycle. The last step settles it (``_settle``)."""
    if request.method != "GET":
        return status_in_force(mock, asset_id)
    row = _transaction(
        mock,
        "UPDATE lifecycles SET step = MIN(step + 1, total) WHERE asset_id = ?"
        " RETURNING sequence, step, total",
        (asset_id,),
    )
    if row is None:
        return None
    sequence, step, total = row
    status = str(orjson.loads(sequence)[step - 1])
    if step == total:
        _settle(mock, asset_id, status)
    return status


def _settle(mock: MockState, asset_id: str, status: str) -> None:
    """A lifecycle's last step taken: its status becomes the asset's own (``store.py``; written
    first, so that a read without the lifecycle sees it), the lifecycle goes, and the flag drops
    if nothing else is left. A signed-URL asset still waiting for its file has no row to write
    to: its lifecycle stays (until a reset, or a new one)."""
    create = mock.config.accept_any_asset and mock.store.get_signed(asset_id) is None
    with contextlib.suppress(StoreFull):  # (only a saving: the lifecycle answers the same)
        if not mock.store.settle_status(asset_id, status, create=create):
            return
        mock.scenarios.touch()  # every worker's asset cache drops the row it read
        with mock.store.runtime() as db:  # (not one set again since: that one is at step 0)
            db.execute("DELETE FROM lifecycles WHERE asset_id = ? AND step = total", (asset_id,))
        mock.scenarios.mark_scripts(lambda: _any_set(mock))


def status_in_force(mock: MockState, asset_id: str) -> str | None:
    """The status of the asset's lifecycle now (its first before any metadata read), without
    taking a step; None when it has no lifecycle."""
    with mock.store.runtime() as db:
        row = db.execute(
            "SELECT sequence, step FROM lifecycles WHERE asset_id = ?", (asset_id,)
        ).fetchone()
    return None if row is None else str(orjson.loads(row[0])[max(row[1], 1) - 1])
