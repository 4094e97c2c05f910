"""Hypothesis strategies for provider answers, built from the contract's schemas.

The codes come from openapi.yaml's root-level ``x-dialect-table`` (one row per status: its code in
the seed, modern and legacy dialects, and the other codes the provider has used for it); the vector
length per model from ``info.x-embedding-dimensions``. Answers are drawn in all three dialects, and
every answer a dialect's document describes is checked against that document's JSON Schema
(openapi.yaml for the seed, mavi_contract/dialects/openapi.{modern,legacy}.yaml for the others) before it is used.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import jsonschema
import orjson
import yaml
from hypothesis import strategies as st

from mavi_contract import DIALECTS, SPEC_PATH, document_path

SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
DIALECT_SPECS: dict[str, dict[str, Any]] = {
    "seed": SPEC,
    **{name: yaml.safe_load(document_path(name).read_text()) for name in ("modern", "legacy")},
}
SCHEMAS = SPEC["components"]["schemas"]
DIALECT_TABLE: list[dict[str, Any]] = SPEC["x-dialect-table"]
ROWS: dict[int, dict[str, Any]] = {row["status"]: row for row in DIALECT_TABLE}
ENVELOPE_FIELDS: list[str] = SCHEMAS["Envelope"]["required"]
DIMENSIONS: dict[str, int] = SPEC["info"]["x-embedding-dimensions"]
MODEL = SCHEMAS["EmbeddingModel"]["enum"][0]
DIMENSION = DIMENSIONS[MODEL]
#: Every error status of the table (the statuses the API answers with an envelope).
ERROR_STATUSES: list[int] = sorted(status for status in ROWS if status != 200)
#: Every error status an API operation declares (not the storage's: it has no API key, and its
#: answers are not envelopes).
DECLARED_STATUSES: set[int] = {
    int(status)
    for item in SPEC["paths"].values()
    for method, op in item.items()
    if method in ("get", "post", "put", "patch", "delete")
    and op.get("security", SPEC["security"]) != []
    for status in op["responses"]
    if status != "200"
}


def validator(name: str, dialect: str = "seed") -> jsonschema.Draft202012Validator:
    components = DIALECT_SPECS[dialect]["components"]
    return jsonschema.Draft202012Validator(
        {"$ref": f"#/components/schemas/{name}", "components": components}
    )


EMBEDDING_ENVELOPE = {dialect: validator("VideoEmbeddingEnvelope", dialect) for dialect in DIALECTS}
ERROR_ENVELOPE = {
    "seed": validator("ErrorEnvelope", "seed"),
    "modern": validator("ErrorEnvelope", "modern"),
    "legacy": validator("ErrorEnvelope", "legacy"),
}
EMBEDDING_REQUEST = validator("VideoEmbeddingRequest")


def codes(status: int, dialect: str) -> list[str | int]:
    """Every spelling of ``code`` for ``status`` in ``dialect``: its column, and for the string
    dialects the other codes the provider has used (``also``)."""
    row = ROWS[status]
    if dialect == "modern":
        return [row["modern"]]
    return [row[dialect], *row["also"]]


#: Every string code of the table (seed, legacy, also).
KNOWN_STRING_CODES: frozenset[str] = frozenset(
    code
    for status in ROWS
    for dialect in ("seed", "legacy")
    for code in codes(status, dialect)
    if isinstance(code, str)
)

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


@dataclass(frozen=True)
class Answer:
    """One answer of the API: its dialect, HTTP status and body, and the row it comes from."""

    dialect: str
    http_status: int
    envelope: dict[str, Any]
    #: The status of the x-dialect-table row (what the error stands for); 200 for a success.
    row_status: int


@st.composite
def success_answers(draw: st.DrawFn, dialect: str | None = None) -> Answer:
    """A valid embedding success in ``dialect`` (default: any; the modern one with or without
    success/failed, as its pages show both)."""
    dialect = dialect or draw(st.sampled_from(DIALECTS))
    envelope = {
        **draw(extra_fields),
        "code": draw(st.sampled_from(codes(200, dialect))),
        "msg": draw(st.text(max_size=20)),
        "data": {"embedding": draw(vectors)},
    }
    if dialect != "modern" or draw(st.booleans()):
        envelope |= {"success": True, "failed": False}
    EMBEDDING_ENVELOPE[dialect].validate(envelope)
    return Answer(dialect, 200, envelope, 200)


@st.composite
def error_answers(draw: st.DrawFn, dialect: str | None = None, status: int | None = None) -> Answer:
    """An error of the table for ``status`` in ``dialect`` (default: any): seed and modern at the
    row's status, legacy at HTTP 200 (with success/failed, or without them as the provider's own
    client's tests show)."""
    dialect = dialect or draw(st.sampled_from(DIALECTS))
    status = status or draw(st.sampled_from(ERROR_STATUSES))
    code = draw(st.sampled_from(codes(status, dialect)))
    msg = draw(st.text(max_size=40))
    if dialect == "modern":
        # The error-codes page's shape is exactly {code, msg, data}.
        envelope: dict[str, Any] = {"code": code, "msg": msg, "data": None}
        ERROR_ENVELOPE[dialect].validate(envelope)
        return Answer(dialect, status, envelope, status)
    envelope = {**draw(extra_fields), "code": code, "msg": msg, "data": None}
    if dialect == "seed" or draw(st.booleans()):
        envelope |= {"success": False, "failed": True}
        ERROR_ENVELOPE[dialect].validate(envelope)
    # else: a legacy error without success/failed, as {"code":"0429","msg":"Rate limit
    # exceeded","data":null} in the provider's client's tests (the legacy document allows it).
    return Answer(dialect, 200 if dialect == "legacy" else status, envelope, status)


#: An error code no row of the table has: a four-digit string other than the known ones.
unknown_codes = st.from_regex(r"\A[0-9]{4}\Z").filter(lambda code: code not in KNOWN_STRING_CODES)


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


def _update(**fields: Any) -> Any:
    return lambda envelope: orjson.dumps({**envelope, **fields})


def _bare(**fields: Any) -> Any:
    """Set ``fields`` and drop success/failed, so that only the code can tell what went wrong."""

    def mutate(envelope: dict[str, Any]) -> bytes:
        bare = {k: v for k, v in envelope.items() if k not in ("success", "failed")}
        return orjson.dumps({**bare, **fields})

    return mutate


def _vector(edit: Any) -> Any:
    def mutate(envelope: dict[str, Any]) -> bytes:
        copy = orjson.loads(orjson.dumps(envelope))
        copy["data"]["embedding"] = edit(copy["data"]["embedding"])
        return orjson.dumps(copy)

    return mutate


def _raw(edit: Any) -> Any:
    return lambda envelope: edit(orjson.dumps(envelope))


#: Ways to break a valid success (in any dialect, served at HTTP 200) so that it no longer keeps
#: the contract (name -> mutation). Dropping ``success`` or ``failed`` is no breakage: the modern
#: dialect documents successes without them.
BREAKAGES: dict[str, Any] = {
    "drop code": _drop("code"),
    "drop msg": _drop("msg"),
    "drop data": _drop("data"),
    "failed true": _set(("failed",), True),
    "success false": _set(("success",), False),
    "success and failed swapped": _update(success=False, failed=True),
    "success and failed both true": _update(success=True, failed=True),
    "success as string": _set(("success",), "true"),
    "failed null": _set(("failed",), None),
    "code as list": _set(("code",), ["0000"]),
    "code an error, success true": _update(code="0401", success=True),
    "code unknown, success true": _update(code="0777", success=True),
    "code free text": _set(("code",), "OK"),
    "code of five digits": _set(("code",), "00000"),
    "code 0": _set(("code",), 0),
    "code 1000": _set(("code",), 1000),
    "code true": _set(("code",), True),
    "code null": _set(("code",), None),
    "code free text, no success/failed": _bare(code="OK"),
    "code as list, no success/failed": _bare(code=["0000"]),
    "code 1000, no success/failed": _bare(code=1000),
    "code true, no success/failed": _bare(code=True),
    "code 0, no success/failed": _bare(code=0),
    "code empty, no success/failed": _bare(code=""),
    "code null, no success/failed": _bare(code=None),
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
    "Spring JSON": lambda e: orjson.dumps(
        {"timestamp": "2026-11-23T12:00:00Z", "path": "/x", "status": 200, "error": "OK"}
    ),
    "empty body": lambda e: b"",
}

#: Answers that are no envelope at all, as gateways and the storage send them (name -> body).
NON_ENVELOPE_BODIES: dict[str, st.SearchStrategy[bytes]] = {
    "Spring JSON": st.builds(
        lambda status, error, path: orjson.dumps(
            {
                "timestamp": "2026-11-23T12:00:00.000+00:00",
                "path": path,
                "status": status,
                "error": error,
                "requestId": "a1b2c3",
            }
        ),
        st.integers(400, 599),
        st.text(min_size=1, max_size=30),
        st.text(max_size=40),
    ),
    "HTML page": st.builds(
        lambda title: f"<html><head><title>{title}</title></head><body></body></html>".encode(),
        st.text(alphabet=st.characters(blacklist_characters="<>&"), max_size=30),
    ),
    "storage XML": st.builds(
        lambda code, message: (
            f"<Error><Code>{code}</Code><Message>{message}</Message></Error>".encode()
        ),
        st.sampled_from(["ExpiredToken", "AccessDenied", "EntityTooLarge", "InvalidArgument"]),
        st.text(alphabet=st.characters(blacklist_characters="<>&"), max_size=30),
    ),
    "empty": st.just(b""),
    "text": st.text(max_size=60).map(str.encode).filter(lambda b: b"code" not in b),
}
