"""Schemathesis checks and hooks for what this API promises beyond JSON Schema.

Registered when this module is imported: by the CLI through ``hooks = "contract_tests.checks"`` in
schemathesis.toml, and by the pytest suites directly. Each check raises AssertionError with a
message that names the broken promise.

The dialect under test is the document's ``info.x-dialect`` (openapi.yaml: seed;
mavi_contract/dialects/openapi.<dialect>.yaml: modern, legacy). In the legacy dialect every envelope travels at
HTTP 200, so the stock checks that judge by status (``negative_data_rejection``,
``unsupported_method``, ``missing_required_header``, ``ignored_auth``) are replaced by
``legacy_*`` checks that judge the status the body's code stands for (``LEGACY_EXCLUDED_CHECKS``
lists the stock ones to turn off). ``positive_data_acceptance`` is replaced under its own name,
in every dialect: it judges by that status too, and lets through the one refusal of valid data
the provider documents, 400 "Asset not found" for a well-formed id that no asset has.

Two hooks carry the signed-URL flow: ``after_call`` keeps each ``signed_url`` the API answers, and
``before_call`` sends an upload to a signed URL where that URL says (the storage lives at the
server's origin, outside the API's base path, and its signature travels in the query).
"""

from __future__ import annotations

import copy
import math
import threading
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import orjson
import schemathesis
import yaml
from schemathesis import CheckContext, HookContext, Response
from schemathesis.checks import CHECKS
from schemathesis.generation.case import Case
from schemathesis.specs.openapi import checks as stock

import mavi_contract

SPEC = yaml.safe_load(mavi_contract.SPEC_PATH.read_text())
DIMENSIONS: dict[str, int] = SPEC["info"]["x-embedding-dimensions"]
NORM_TOLERANCE = 1e-3
STORAGE_OPERATION = "uploadToSignedUrl"
#: The stock checks a legacy-dialect run turns off (``--exclude-checks``); ``legacy_*`` replace them.
LEGACY_EXCLUDED_CHECKS = (
    "negative_data_rejection",
    "unsupported_method",
    "missing_required_header",
    "ignored_auth",
)
_TABLE: list[dict[str, Any]] = SPEC["x-dialect-table"]
#: Every string code of the table (seed, legacy and ``also`` columns) -> the status it stands for.
STATUS_OF_CODE: dict[str, int] = {
    code: row["status"] for row in _TABLE for code in {row["seed"], row["legacy"], *row["also"]}
}
ROWS: dict[int, dict[str, Any]] = {row["status"]: row for row in _TABLE}


def dialect_of(case: Case) -> str:
    info = case.operation.schema.raw_schema.get("info", {})
    return str(info.get("x-dialect", "seed"))


def _is_api(case: Case) -> bool:
    """An operation of the API (answers envelopes), not the storage behind signed URLs."""
    return case.operation.definition.raw.get("operationId") != STORAGE_OPERATION


def _is_error(dialect: str, response: Response, body: dict[str, Any]) -> bool:
    if dialect == "legacy":
        return body.get("code") != ROWS[200]["legacy"]
    return response.status_code >= 400


# (base URL, asset id, model) -> the first vector seen, to check that a request repeats exactly.
_seen_vectors: dict[tuple[str, str, str], tuple[float, ...]] = {}
_seen_lock = threading.Lock()


def _envelope(response: Response) -> dict[str, Any] | None:
    try:
        body = orjson.loads(response.content)
    except orjson.JSONDecodeError:
        return None
    return body if isinstance(body, dict) else None


def _request_json(case: Case) -> dict[str, Any] | None:
    return case.body if isinstance(case.body, dict) else None


@schemathesis.check
def envelope_flags_agree(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """``success`` and ``failed`` negate each other and agree with the answer being an error
    (its HTTP status; in the legacy dialect, its code). Modern errors carry neither."""
    if not _is_api(case):
        return None
    body = _envelope(response)
    if body is None:
        raise AssertionError("The answer is not a JSON envelope")
    dialect = dialect_of(case)
    error = _is_error(dialect, response, body)
    if dialect == "modern" and error:
        if "success" in body or "failed" in body:
            raise AssertionError("A modern error carries success/failed")
        return None
    success, failed = body.get("success"), body.get("failed")
    if dialect == "modern" and success is None and failed is None:
        return None  # a modern success may leave both out
    if not isinstance(success, bool) or not isinstance(failed, bool):
        raise AssertionError(f"success/failed are not booleans: {success!r}/{failed!r}")
    if success == failed:
        raise AssertionError(f"success={success} and failed={failed} disagree")
    if success == error:
        raise AssertionError(
            f"success={success} on HTTP {response.status_code}, code {body.get('code')!r}"
        )
    return None


@schemathesis.check
def code_follows_dialect_table(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """``code`` is the one ``x-dialect-table`` gives for the answer, in the document's dialect."""
    if not _is_api(case):
        return None
    body = _envelope(response)
    if body is None or "code" not in body:
        return None  # envelope_flags_agree and the schema report it
    dialect, code, status = dialect_of(case), body["code"], response.status_code
    if dialect == "modern":
        if type(code) is not int or code != status:
            raise AssertionError(f"modern code {code!r} on HTTP {status}: must be {status}")
        return None
    if not isinstance(code, str):
        raise AssertionError(f"{dialect} code {code!r} is not a string")
    if dialect == "legacy":
        if status != 200:
            raise AssertionError(f"legacy answer at HTTP {status}: every envelope travels at 200")
        if code not in STATUS_OF_CODE:
            raise AssertionError(f"legacy code {code!r} is not in x-dialect-table")
        return None
    row = ROWS.get(status)
    allowed = {row["seed"], *row["also"]} if row else {f"{status:04d}"}
    if code not in allowed:
        raise AssertionError(
            f"seed code {code!r} on HTTP {status}: expected one of {sorted(allowed)}"
        )
    return None


@schemathesis.check
def embedding_vector_is_sound(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """A 200 embedding has the model's documented dimension, finite values and unit norm, and the
    same request always gets the same vector."""
    if case.operation.path != "/embeddings/video" or response.status_code != 200:
        return None
    request = _request_json(case)
    body = _envelope(response)
    if request is None or body is None or _is_error(dialect_of(case), response, body):
        return None
    vector = (body.get("data") or {}).get("embedding")
    model = request.get("model")
    expected = DIMENSIONS.get(str(model))
    if not isinstance(vector, list):
        raise AssertionError("data.embedding is not an array")
    if expected is not None and len(vector) != expected:
        raise AssertionError(f"{model} vector has {len(vector)} values, documented {expected}")
    if not all(type(x) in (int, float) and math.isfinite(x) for x in vector):
        raise AssertionError("data.embedding holds a non-finite or non-numeric value")
    norm = math.sqrt(math.fsum(x * x for x in vector))
    if abs(norm - 1.0) > NORM_TOLERANCE:
        raise AssertionError(f"vector norm is {norm:.6f}, not 1")
    key = (
        str(response.request.url).split("/embeddings")[0],
        str(request.get("asset_id")),
        str(model),
    )
    with _seen_lock:
        first = _seen_vectors.setdefault(key, tuple(vector))
    if first != tuple(vector):
        raise AssertionError(f"the same request gave a different vector for {key[1]}")
    return None


@schemathesis.check
def bearer_prefix_is_rejected(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """The provider takes the raw key: a request sent with ``Bearer`` must not succeed."""
    auth = response.request.headers.get("Authorization", "")
    if isinstance(auth, list):
        auth = auth[0] if auth else ""
    if auth.lower().startswith("bearer ") and 200 <= response.status_code < 300:
        raise AssertionError(f"HTTP {response.status_code} for a request sent as 'Bearer ...'")
    return None


# --- the legacy dialect: judge by the status the code stands for ------------------------------


def _as_status(response: Response, case: Case) -> Response:
    """The response as the seed dialect would send it: a legacy error at its code's status."""
    body = _envelope(response)
    if dialect_of(case) != "legacy" or not _is_api(case) or body is None:
        return response
    status = STATUS_OF_CODE.get(str(body.get("code")))
    if status is None or status == 200:
        return response
    mapped = copy.copy(response)
    mapped.status_code = status
    return mapped


def _legacy_only(case: Case) -> bool:
    return dialect_of(case) == "legacy"


@schemathesis.check
def legacy_negative_data_rejection(
    ctx: CheckContext, response: Response, case: Case
) -> bool | None:
    """``negative_data_rejection``, judged by the legacy code's status."""
    if not _legacy_only(case):
        return None
    return stock.negative_data_rejection(ctx, _as_status(response, case), case)


# The stock check, replaced under its own name, so that `--checks all` and the configuration's
# [checks.positive_data_acceptance] reach this one.
_STOCK_POSITIVE_DATA_ACCEPTANCE = stock.positive_data_acceptance
CHECKS.unregister("positive_data_acceptance")
ASSET_OPERATIONS = ("createVideoEmbedding", "getAssetMetadata")
ASSET_NOT_FOUND = "Asset not found"


@schemathesis.check
def positive_data_acceptance(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """Schema-valid requests are accepted: the stock check, judged by the status the code stands
    for (the legacy dialect's errors travel at 200), with the refusals the provider documents for
    a well-formed asset id: 400 "Asset not found" when no asset has it, and 400 for an asset that
    is not yet SUCCESS.

    They hold only for the two operations that take an asset id, and only when the asset's state
    says so: a metadata request refused with "Asset not found" is its own proof; for an
    embedding, the asset's metadata is asked for and must be refused the same way, or show an
    upload_status other than SUCCESS. Any other refusal of valid data, a 400 "Invalid parameters"
    for an asset that is ready included, fails as the stock check fails it.
    """
    judged = _as_status(response, case)
    if judged.status_code == 400 and _asset_not_usable(case, response):
        return None
    return _STOCK_POSITIVE_DATA_ACCEPTANCE(ctx, judged, case)


def _probe(
    case: Case, method: str, url: str, headers: dict[str, str], content: Any = None
) -> httpx.Response:
    """One more request to the server under test: over HTTP, or in-process to its WSGI app."""
    app = case.operation.app
    transport = httpx.WSGITransport(app=app) if app is not None else None
    with httpx.Client(transport=transport, timeout=30) as client:
        return client.request(method, url, headers=headers, content=content)


def _asset_not_usable(case: Case, response: Response) -> bool:
    operation = case.operation.definition.raw.get("operationId")
    body = _envelope(response)
    if operation not in ASSET_OPERATIONS or body is None:
        return False
    if operation == "getAssetMetadata":
        return body.get("msg") == ASSET_NOT_FOUND
    asset_id = (_request_json(case) or {}).get("asset_id")
    if not isinstance(asset_id, str):
        return False
    sent = response.request
    base = str(sent.url).rsplit("/embeddings/video", 1)[0]
    headers = {k: v for k, v in sent.headers.items() if k.lower() == "authorization"}
    probe = _probe(case, "GET", f"{base}/{asset_id}/metadata", headers=headers)
    answer = orjson.loads(probe.content) if probe.content.startswith(b"{") else {}
    if answer.get("msg") == ASSET_NOT_FOUND and answer.get("data") is None:
        return body.get("msg") == ASSET_NOT_FOUND
    resource = (answer.get("data") or {}).get("resource") or [{}]
    return resource[0].get("upload_status") not in (None, "SUCCESS")


@schemathesis.check
def legacy_unsupported_method(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """``unsupported_method``: an undeclared method gets the legacy 405 code (at HTTP 200)."""
    if not _legacy_only(case):
        return None
    return stock.unsupported_method(ctx, _as_status(response, case), case)


@schemathesis.check
def legacy_missing_required_header(
    ctx: CheckContext, response: Response, case: Case
) -> bool | None:
    """``missing_required_header``: no key gets the legacy 401 code (at HTTP 200)."""
    if not _legacy_only(case):
        return None
    return stock.missing_required_header(ctx, _as_status(response, case), case)


_auth_checked: set[str] = set()


@schemathesis.check
def legacy_auth_is_enforced(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """``ignored_auth`` for the legacy dialect: once per operation, the request that succeeded is
    sent again with no key and with a wrong one; each must get the legacy 401 code."""
    body = _envelope(response)
    if (
        not _legacy_only(case)
        or not _is_api(case)
        or body is None
        or _is_error("legacy", response, body)
    ):
        return None
    label = case.operation.label
    with _seen_lock:
        if label in _auth_checked:
            return None
        _auth_checked.add(label)
    sent = response.request
    headers = {k: v for k, v in sent.headers.items() if k.lower() != "authorization"}
    for key in (None, "not-a-key"):
        probe_headers = dict(headers) if key is None else {**headers, "Authorization": key}
        answer = _probe(case, str(sent.method), str(sent.url), probe_headers, sent.body)
        probe = orjson.loads(answer.content) if answer.content.startswith(b"{") else {}
        if STATUS_OF_CODE.get(str(probe.get("code"))) != 401:
            raise AssertionError(
                f"{label} with {'no key' if key is None else 'a wrong key'} answered"
                f" HTTP {answer.status_code} {answer.content[:120]!r}, not the legacy 401 code"
            )
    return None


# --- hooks: the signed-URL flow ---------------------------------------------------------------

#: asset id -> the signed URL the API answered for it.
_signed_urls: dict[str, str] = {}


@schemathesis.hook
def after_call(context: HookContext, case: Case, response: Response) -> None:
    if case.operation.definition.raw.get("operationId") != "createSignedUploadUrl":
        return
    data = (_envelope(response) or {}).get("data")
    if isinstance(data, dict) and isinstance(data.get("signed_url"), str):
        with _seen_lock:
            _signed_urls[str(data.get("asset_id"))] = data["signed_url"]


@schemathesis.hook
def before_call(context: HookContext, case: Case, kwargs: dict[str, Any]) -> None:
    if _is_api(case):
        return
    asset_id = str((case.path_parameters or {}).get("asset_id", ""))
    with _seen_lock:
        issued = _signed_urls.get(asset_id)
    if issued is not None and (case.meta is None or case.meta.generation.mode.is_positive):
        url = urlsplit(issued)
        case.query = {**(case.query or {}), **dict(parse_qsl(url.query))}
        if case.operation.app is None:  # over HTTP (in-process, the caller passes base_url)
            kwargs["url"] = f"{url.scheme}://{url.netloc}{url.path}"
        return
    if case.operation.app is not None:
        return
    base = urlsplit(case.operation.base_url or "")
    path = case.formatted_path
    kwargs["url"] = f"{base.scheme}://{base.netloc}{path}"
