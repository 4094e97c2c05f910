"""The mock in-process gives every error each operation declares, in every dialect, on request
(``Prefer: code=``), with the dialect table's code and message."""

from __future__ import annotations

import httpx
import pytest

from mavi_contract import DIALECTS
from tests.support import SEED_ASSET, MakeApp
from tests.support.in_process import CONTRACT, OPERATIONS, auth, http_for

STRING_CODES = {row["status"]: row["seed"] for row in CONTRACT.spec["x-dialect-table"]}


#: openapi.yaml's x-dialect-table, written out by hand (not read from the document the mock reads):
#: status -> (seed code, legacy code, message). In the modern dialect the code is the status.
ERROR_ROWS: dict[int, tuple[str, str, str]] = {
    400: ("0001", "0001", "Invalid parameters"),
    401: ("0401", "0401", "Unauthorized"),
    402: ("0402", "0402", "Insufficient balance"),
    403: ("0403", "0403", "Forbidden"),
    404: ("0404", "0404", "No such endpoint"),
    405: ("0405", "0405", "Method not allowed"),
    409: ("0409", "0409", "Duplicate request not allowed"),
    413: ("0413", "0413", "Payload too large"),
    415: ("0415", "0415", "Unsupported media type"),
    429: ("0429", "0429", "Request has exceeded the limit."),
    500: ("0500", "0500", "Internal server error"),
    503: ("0503", "0503", "Service unavailable"),
}


def declared_errors() -> list[tuple[str, int]]:
    cases = []
    for operation in OPERATIONS:
        op = next(
            op
            for item in CONTRACT.spec["paths"].values()
            for op in item.values()
            if op["operationId"] == operation
        )
        cases += [(operation, int(s)) for s in op["responses"] if s != "200"]
    return cases


@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize(("operation", "status"), declared_errors())
def test_prefer_code_returns_every_declared_error(
    make_app: MakeApp, operation: str, status: int, dialect: str
) -> None:
    """Each answer is judged by its dialect's document (ValidatingTransport)."""
    app = make_app(dialect=dialect)
    method, path = OPERATIONS[operation]
    with http_for(app, dialect=dialect) as http:
        response = http.request(
            method, path, headers=auth(Prefer=f"code={status}"), json={"asset_id": SEED_ASSET}
        )
    body = response.json()
    seed_code, legacy_code, message = ERROR_ROWS[status]
    if dialect == "modern":
        assert (response.status_code, body) == (
            status,
            {"code": status, "msg": message, "data": None},
        )
    else:
        assert response.status_code == (200 if dialect == "legacy" else status)
        assert body == {
            "code": seed_code if dialect == "seed" else legacy_code,
            "msg": message,
            "data": None,
            "success": False,
            "failed": True,
        }
    if status == 429:
        assert int(response.headers["Retry-After"]) >= 1


def test_prefer_code_not_declared_for_the_operation(http: httpx.Client) -> None:
    response = http.get(f"/{SEED_ASSET}/metadata", headers=auth(Prefer="code=413"))
    assert response.status_code == 400
    assert "not declared" in response.json()["msg"]
    assert http.get(f"/{SEED_ASSET}/metadata", headers=auth(Prefer="code=abc")).status_code == 400


def test_prefer_code_is_applied_after_auth(http: httpx.Client) -> None:
    response = http.post("/embeddings/video", headers={"Prefer": "code=429"}, json={})
    assert response.status_code == 401
