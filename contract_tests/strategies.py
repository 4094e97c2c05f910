"""Hypothesis strategies for provider answers, built from the contract's schemas.

The shapes (required envelope fields, the two code spellings, the declared statuses, the vector
length per model) are read from openapi.yaml, and every "valid" answer drawn here is checked
against the contract's own JSON Schema before it is used.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import orjson
import yaml
from hypothesis import strategies as st

SPEC: dict[str, Any] = yaml.safe_load(
    (Path(__file__).resolve().parent.parent / "openapi.yaml").read_text()
)
SCHEMAS = SPEC["components"]["schemas"]
CODE_TABLE: list[dict[str, Any]] = SCHEMAS["ResponseCode"]["x-code-table"]
ENVELOPE_FIELDS: list[str] = SCHEMAS["Envelope"]["required"]
DIMENSIONS: dict[str, int] = SPEC["info"]["x-embedding-dimensions"]
MODEL = SCHEMAS["EmbeddingModel"]["enum"][0]
DIMENSION = DIMENSIONS[MODEL]
ERROR_STATUSES: list[int] = sorted(
    {
        int(status)
        for item in SPEC["paths"].values()
        for op in item.values()
        for status in op["responses"]
        if status != "200"
    }
)


def validator(name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        {"$ref": f"#/components/schemas/{name}", "components": SPEC["components"]}
    )


EMBEDDING_ENVELOPE = validator("VideoEmbeddingEnvelope")
ERROR_ENVELOPE = validator("ErrorEnvelope")
EMBEDDING_REQUEST = validator("VideoEmbeddingRequest")


def code_spellings(status: int) -> st.SearchStrategy[str | int]:
    """Every spelling of ``code`` the contract gives for ``status``: string(s) and integer."""
    strings = [
        code
        for row in CODE_TABLE
        if row["status"] == status
        for code in [row["code"], *row.get("also", [])]
    ]
    return st.sampled_from([*strings, status])


extra_fields = st.dictionaries(
    st.text(min_size=1, max_size=8).filter(lambda k: k not in ENVELOPE_FIELDS),
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=8),
    max_size=2,
)

#: Finite float32-representable components; a short pattern is tiled to the full length so that
#: each example stays cheap to draw and to shrink.
vectors = st.lists(
    st.floats(min_value=-1, max_value=1, width=32, allow_nan=False), min_size=1, max_size=16
).map(lambda pattern: (pattern * (DIMENSION // len(pattern) + 1))[:DIMENSION])


@st.composite
def success_envelopes(draw: st.DrawFn) -> dict[str, Any]:
    envelope = {
        **draw(extra_fields),
        "code": draw(code_spellings(200)),
        "msg": draw(st.text(max_size=20)),
        "data": {"embedding": draw(vectors)},
        "success": True,
        "failed": False,
    }
    EMBEDDING_ENVELOPE.validate(envelope)
    return envelope


@st.composite
def error_answers(draw: st.DrawFn) -> tuple[int, dict[str, Any]]:
    status = draw(st.sampled_from(ERROR_STATUSES))
    envelope = {
        **draw(extra_fields),
        "code": draw(code_spellings(status)),
        "msg": draw(st.text(max_size=40)),
        "data": None,
        "success": False,
        "failed": True,
    }
    ERROR_ENVELOPE.validate(envelope)
    return status, envelope


def _drop(field: str) -> Any:
    def mutate(envelope: dict[str, Any]) -> bytes:
        return orjson.dumps({k: v for k, v in envelope.items() if k != field})

    return mutate


def _set(path: tuple[str, ...], value: Any) -> Any:
    def mutate(envelope: dict[str, Any]) -> bytes:
        copy = orjson.loads(orjson.dumps(envelope))
        target = copy
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        return orjson.dumps(copy)

    return mutate


def _vector(edit: Any) -> Any:
    def mutate(envelope: dict[str, Any]) -> bytes:
        copy = orjson.loads(orjson.dumps(envelope))
        copy["data"]["embedding"] = edit(copy["data"]["embedding"])
        return orjson.dumps(copy)

    return mutate


def _raw(edit: Any) -> Any:
    return lambda envelope: edit(orjson.dumps(envelope))


#: Ways to break a valid success so that it no longer keeps the contract (name -> mutation).
BREAKAGES: dict[str, Any] = {
    **{f"drop {field}": _drop(field) for field in ENVELOPE_FIELDS},
    "failed true": _set(("failed",), True),
    "success false": _set(("success",), False),
    "success and failed swapped": lambda e: orjson.dumps({**e, "success": False, "failed": True}),
    "success as string": _set(("success",), "true"),
    "code as list": _set(("code",), ["0000"]),
    "code an error": _set(("code",), "0401"),
    "code free text": _set(("code",), "OK"),
    "msg not a string": _set(("msg",), 0),
    "data null": _set(("data",), None),
    "data a list": _set(("data",), []),
    "no embedding": _set(("data",), {"vectors": [0.1]}),
    "embedding a string": _set(("data", "embedding"), "0.1,0.2"),
    "one value short": _vector(lambda v: v[:-1]),
    "one value extra": _vector(lambda v: [*v, 0.0]),
    "empty vector": _vector(lambda v: []),
    "string in vector": _vector(lambda v: ["0.5", *v[1:]]),
    "null in vector": _vector(lambda v: [None, *v[1:]]),
    "bool in vector": _vector(lambda v: [True, *v[1:]]),
    "NaN in vector": _raw(lambda b: b.replace(b'"embedding":[', b'"embedding":[NaN,', 1)),
    "Infinity in vector": _raw(lambda b: b.replace(b'"embedding":[', b'"embedding":[1e400,', 1)),
    "truncated body": _raw(lambda b: b[: len(b) // 2]),
    "not JSON": _raw(lambda b: b"<html>" + b[:10]),
    "JSON array": _raw(lambda b: b"[" + b + b"]"),
}
