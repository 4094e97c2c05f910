"""Schemathesis checks for what this API promises beyond JSON Schema.

Registered with ``@schemathesis.check`` when this module is imported: by the CLI through
``hooks = "contract_tests.checks"`` in schemathesis.toml, and by the pytest suites directly.
Each check raises AssertionError with a message that names the broken promise.
"""

from __future__ import annotations

import math
import threading
from pathlib import Path
from typing import Any

import orjson
import schemathesis
import yaml
from schemathesis import CheckContext, Response
from schemathesis.generation.case import Case

SPEC = yaml.safe_load((Path(__file__).resolve().parent.parent / "openapi.yaml").read_text())
DIMENSIONS: dict[str, int] = SPEC["info"]["x-embedding-dimensions"]
NORM_TOLERANCE = 1e-3

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
    """``success`` and ``failed`` negate each other and agree with the HTTP status."""
    body = _envelope(response)
    if body is None:
        raise AssertionError("The answer is not a JSON envelope")
    success, failed = body.get("success"), body.get("failed")
    if not isinstance(success, bool) or not isinstance(failed, bool):
        raise AssertionError(f"success/failed are not booleans: {success!r}/{failed!r}")
    if success == failed:
        raise AssertionError(f"success={success} and failed={failed} disagree")
    if success != (200 <= response.status_code < 300):
        raise AssertionError(f"success={success} on HTTP {response.status_code}")
    return None


@schemathesis.check
def error_data_is_null(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """Error envelopes carry ``data: null``."""
    body = _envelope(response)
    if response.status_code >= 400 and body is not None and body.get("data") is not None:
        raise AssertionError(f"HTTP {response.status_code} envelope has data={body['data']!r}")
    return None


@schemathesis.check
def embedding_vector_is_sound(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """A 200 embedding has the model's documented dimension, finite values and unit norm, and the
    same request always gets the same vector."""
    if case.operation.path != "/embeddings/video" or response.status_code != 200:
        return None
    request = _request_json(case)
    body = _envelope(response)
    if request is None or body is None:
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
