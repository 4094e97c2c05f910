"""What a provider answered, held against the contract in each dialect: conformance and drift.

``Conformance().check(Observed(...))`` judges one exchange (an api path below the base path, the
request's JSON body, the answer) against the operation's schemas in all three dialect documents
(``mavi_contract.document_path``), with compiled validators cached per (dialect, operation,
status, media type). Its ``Finding`` says which dialects the answer conforms to, its violations
(the request against the operation's request body; an answer that conforms to no dialect against
the closest one, the dialect with the fewest errors) and its notes, drift that is no violation: a
vector whose length is not the model's ``x-embedding-dimensions``, a status no dialect declares,
an answer that is not JSON (an infrastructure page: a note, not a violation, since the contract
says such pages happen), an upstream that could not be reached.

``DriftBook`` adds findings up, thread-safe, in bounded memory (violations and notes counted by
their text, at most ``MAX_DISTINCT`` of each per operation, the rest counted as "and N more"). It
notes an operation whose answers came in dialects that no one dialect reads alike (a mix), gives
the report ``GET /__mock/drift`` answers, its Markdown (``drift.md``, the layout of
``make contract-live``'s report, ``markdown_report``) and the ``--dialect`` line that speaks what
the answers showed. Paths that are no operation of the contract count under ``UNKNOWN``.

Standard library, jsonschema_rs, yaml and orjson only: the proxy ships in the wheel.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import jsonschema_rs
import orjson
import yaml

from mavi_contract import DEFAULT_MODEL, DIALECTS, document_path

from .config import BASE_PATH
from .dialects import Router

#: The report's key for requests whose method and path are no operation of the contract.
UNKNOWN = "(not an operation)"
#: Distinct violations, and distinct notes, kept per operation; the rest are only counted.
MAX_DISTINCT = 50
#: A schema's message is cut to this many characters (a ``oneOf``'s quotes the whole body).
MAX_MESSAGE = 200
JSON = "application/json"
#: A finding's note for an exchange whose upstream could not be reached (counted, not kept).
UNREACHABLE = "upstream could not be reached"
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def answer_dialect(status: int, body: Any) -> str:
    """Which published dialect an answer is in (see ``x-dialect-table`` in openapi.yaml).

    ``modern``: an integer code. ``legacy``: a string error code on HTTP 200. ``seed``: a string
    code at any other status. A string-code success on 200 reads the same in the seed and legacy
    dialects: ``seed|legacy``. ``not an envelope``: no ``code`` (a gateway's or proxy's body).
    """
    if not isinstance(body, dict) or "code" not in body:
        return "not an envelope"
    code = body["code"]
    if isinstance(code, int) and not isinstance(code, bool):
        return "modern"
    if status == 200:
        return "seed|legacy" if code == "0000" else "legacy"
    return "seed"


def markdown_report(
    intro: Sequence[str], drift: bool, header: Sequence[str], rows: Iterable[Sequence[str]]
) -> str:
    """The drift reports' layout: heading, intro, "Drift found", one table row per operation."""
    lines = ["# Drift report", "", *intro, "", f"Drift found: **{'yes' if drift else 'no'}**", ""]
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "---|" * len(header))
    for row in rows:
        cells = (str(cell).replace("|", "\\|").replace("\n", " ") for cell in row)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


@dataclass
class Observed:
    """One proxied exchange, as the proxy saw it."""

    method: str
    api_path: str
    request_content_type: str | None
    request_body: bytes | None
    status: int
    response_content_type: str | None
    response_body: bytes
    upstream_error: str | None = None


@dataclass(frozen=True)
class Violation:
    where: str
    status: int
    pointer: str
    message: str
    dialect: str | None


@dataclass
class Finding:
    operation: str | None
    dialects: tuple[str, ...]
    violations: list[Violation] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def _is_json(kind: str) -> bool:
    return kind == JSON or kind.endswith("+json")


_NOT_JSON = object()


def _parsed(body: bytes) -> Any:
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError:
        return _NOT_JSON


def _pointer(path: Sequence[str | int]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def _leaves(errors: Iterable[jsonschema_rs.ValidationError]) -> list[tuple[str, str]]:
    """(pointer, message) of each error, a ``oneOf``/``anyOf`` replaced by its closest branch's."""
    found: list[tuple[str, str]] = []
    for error in errors:
        context = getattr(error.kind, "context", None)
        if context:
            closest: list[tuple[str, str]] = min(map(_leaves, context), key=len)
            found.extend(closest)
            continue
        message = error.message
        if len(message) > MAX_MESSAGE:
            message = message[:MAX_MESSAGE] + "..."
        found.append((_pointer(error.instance_path), message))
    return list(dict.fromkeys(found))


@dataclass(frozen=True)
class _Route:
    """An operation of the seed document, as ``dialects.Router`` reads one."""

    operation_id: str
    method: str
    path: str
    server: str | None


class Conformance:
    """The three dialect documents, read once; validators compiled on first use, then cached."""

    def __init__(self) -> None:
        self.documents: dict[str, dict[str, Any]] = {}
        for dialect in DIALECTS:
            with document_path(dialect).open("rb") as handle:
                self.documents[dialect] = yaml.load(handle, Loader=_Loader)  # noqa: S506
        seed = self.documents["seed"]
        self.dimensions: dict[str, int] = dict(seed["info"]["x-embedding-dimensions"])
        self.routes: dict[str, _Route] = {
            op["operationId"]: _Route(
                op["operationId"], method.upper(), path, (op.get("servers") or [{}])[0].get("url")
            )
            for path, item in seed["paths"].items()
            for method, op in item.items()
        }
        # The mock's own routing (the storage's operation, behind signed URLs, left out).
        self.router = Router(self.routes.values())
        self._validators: dict[tuple[str, str, str, str], jsonschema_rs.Validator | None] = {}
        self._lock = threading.Lock()

    def operation_of(self, method: str, api_path: str) -> str | None:
        """The operation the mock routes ``method`` and ``api_path`` (below the base path) to."""
        return self.router.find(method.upper(), BASE_PATH + api_path)

    def _operation_doc(self, dialect: str, operation: str) -> dict[str, Any]:
        route = self.routes[operation]
        doc: dict[str, Any] = self.documents[dialect]["paths"][route.path][route.method.lower()]
        return doc

    def _resolve(self, dialect: str, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = self.documents[dialect]
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    def declares(self, dialect: str, operation: str, status: int) -> bool:
        return str(status) in self._operation_doc(dialect, operation)["responses"]

    def validator(
        self, dialect: str, operation: str, status: str, kind: str
    ) -> jsonschema_rs.Validator | None:
        """The compiled schema of an operation's answer (``status``) or request (``"request"``)
        in a media type, None where the document declares none."""
        key = (dialect, operation, status, kind)
        with self._lock:
            if key in self._validators:
                return self._validators[key]
            doc = self._operation_doc(dialect, operation)
            if status == "request":
                declared = doc.get("requestBody", {})
            else:
                declared = doc["responses"].get(status, {})
            content = self._resolve(dialect, declared).get("content", {}).get(kind, {})
            compiled = None
            if "schema" in content:
                schema = {**content["schema"], "components": self.documents[dialect]["components"]}
                compiled = jsonschema_rs.Draft202012Validator(schema)
            self._validators[key] = compiled
            return compiled

    def check(self, seen: Observed) -> Finding:
        operation = self.operation_of(seen.method, seen.api_path)
        if operation is None:
            where = f"{seen.method} {seen.api_path}"[:MAX_MESSAGE]
            return Finding(None, (), [], [f"not an operation of the contract: {where}"])
        finding = Finding(operation, ())
        request = self._check_request(operation, seen, finding)
        if seen.upstream_error is not None:  # the answer is the proxy's own gateway page
            finding.notes.append(UNREACHABLE)
            return finding
        if seen.method.upper() == "HEAD":  # routed as GET, but an answer without a body
            return finding
        kind = media_type(seen.response_content_type)
        body = _parsed(seen.response_body) if _is_json(kind) else _NOT_JSON
        if body is _NOT_JSON:
            what = kind or "no media type"
            finding.notes.append(f"answer not JSON ({what}) at status {seen.status}")
            return finding
        declared = [d for d in DIALECTS if self.declares(d, operation, seen.status)]
        if not declared:
            finding.notes.append(f"status {seen.status} is not declared")
            return finding
        compiled = {d: self.validator(d, operation, str(seen.status), JSON) for d in declared}
        finding.dialects = tuple(d for d, v in compiled.items() if v and v.is_valid(body))
        if not finding.dialects:  # the errors only now: most answers conform to some dialect
            errors = {
                d: _leaves(v.iter_errors(body))
                if v
                else [("", f"{JSON} is not declared for status {seen.status}")]
                for d, v in compiled.items()
            }
            closest = min(declared, key=lambda d: len(errors[d]))
            finding.violations.extend(
                Violation("response", seen.status, pointer, message, closest)
                for pointer, message in errors[closest]
            )
        self._check_vector(request, body, finding)
        return finding

    def _check_request(self, operation: str, seen: Observed, finding: Finding) -> Any:
        """Check a JSON request body against the operation's; the parsed body, or None."""
        if seen.request_body is None or not _is_json(media_type(seen.request_content_type)):
            return None
        compiled = self.validator("seed", operation, "request", JSON)
        body = _parsed(seen.request_body)
        if body is _NOT_JSON:
            finding.violations.append(Violation("request", seen.status, "", "not JSON", None))
            return None
        if compiled is not None:
            finding.violations.extend(
                Violation("request", seen.status, pointer, message, None)
                for pointer, message in _leaves(compiled.iter_errors(body))
            )
        return body

    def _check_vector(self, request: Any, body: Any, finding: Finding) -> None:
        data = body.get("data") if isinstance(body, dict) else None
        vector = data.get("embedding") if isinstance(data, dict) else None
        if not isinstance(vector, list):
            return
        model = request.get("model") if isinstance(request, dict) else None
        model = model if isinstance(model, str) else DEFAULT_MODEL
        expected = self.dimensions.get(model)
        if expected is not None and len(vector) != expected:
            finding.notes.append(
                f"a vector of {len(vector)} numbers, not the {expected} of {model}"
            )


class _Tally:
    """What the book keeps of one operation: counts, and at most MAX_DISTINCT texts of each."""

    def __init__(self) -> None:
        self.exchanges = 0
        self.conforming: Counter[tuple[str, ...]] = Counter()
        self.violations: Counter[Violation] = Counter()
        self.more_violations = 0
        self.notes: Counter[str] = Counter()
        self.more_notes = 0
        self.unreachable = 0

    def add(self, finding: Finding) -> None:
        self.exchanges += 1
        if finding.dialects:
            self.conforming[finding.dialects] += 1
        for violation in finding.violations:
            if violation in self.violations or len(self.violations) < MAX_DISTINCT:
                self.violations[violation] += 1
            else:
                self.more_violations += 1
        for note in finding.notes:
            if note == UNREACHABLE:
                self.unreachable += 1
            elif note in self.notes or len(self.notes) < MAX_DISTINCT:
                self.notes[note] += 1
            else:
                self.more_notes += 1

    def dialects(self) -> list[str]:
        """The dialects every conforming answer reads in; if none does (a mix), all seen."""
        sets = [set(dialects) for dialects in self.conforming]
        if not sets:
            return []
        common = set.intersection(*sets) or set.union(*sets)
        return [d for d in DIALECTS if d in common]

    def mix(self) -> str | None:
        sets = [set(dialects) for dialects in self.conforming]
        if not sets or set.intersection(*sets):
            return None
        seen = sorted(self.conforming.items(), key=lambda item: (-item[1], item[0]))
        counts = ", ".join(f"{'|'.join(dialects)} x{n}" for dialects, n in seen)
        return f"answers in more than one dialect: {counts}"

    def choice(self) -> str | None:
        """The dialect most answers conformed to. A seed success reads in the seed and legacy
        dialects alike, so an error at 200 (legacy) or at its status (seed) tips the balance;
        a tie goes to the earlier in DIALECTS (seed first)."""
        votes: Counter[str] = Counter()
        for dialects, n in self.conforming.items():
            votes.update(dict.fromkeys(dialects, n))
        if not votes:
            return None
        return min(DIALECTS, key=lambda d: (-votes[d], DIALECTS.index(d)))

    def notes_report(self) -> list[str]:
        notes = [f"{note} (x{n})" for note, n in self.notes.most_common()]
        if self.more_notes:
            notes.append(f"and {self.more_notes} more notes")
        mix = self.mix()
        if mix:
            notes.insert(0, mix)
        if self.unreachable:
            notes.append(f"upstream could not be reached: {self.unreachable} exchanges")
        return notes

    def report(self) -> dict[str, Any]:
        violations: list[dict[str, Any]] = [
            {**violation.__dict__, "count": n} for violation, n in self.violations.most_common()
        ]
        if self.more_violations:
            violations.append({"more": self.more_violations})
        return {
            "exchanges": self.exchanges,
            "dialects": self.dialects(),
            "violations": violations,
            "notes": self.notes_report(),
        }


class DriftBook:
    """Findings added up per operation (``UNKNOWN`` for other paths); thread-safe, bounded."""

    def __init__(self) -> None:
        self._tallies: dict[str, _Tally] = {}
        self._lock = threading.Lock()

    def add(self, finding: Finding) -> None:
        key = finding.operation or UNKNOWN
        with self._lock:
            tally = self._tallies.get(key)
            if tally is None:
                tally = self._tallies[key] = _Tally()
            tally.add(finding)

    def entries(self) -> int:
        """How many distinct things the book holds (what bounds its memory)."""
        with self._lock:
            return sum(
                len(t.conforming) + len(t.violations) + len(t.notes) + 1
                for t in self._tallies.values()
            )

    def report(self) -> dict[str, Any]:
        """``{"operations": {"<operationId>": {"exchanges", "dialects", "violations",
        "notes"}}}``, ``UNKNOWN`` for paths that are no operation. ``dialects``: those every
        conforming answer reads in, or, when no one dialect reads them all (a note says so),
        every dialect seen. A violation is ``{"where", "status", "pointer", "message",
        "dialect", "count"}``, and ``{"more": n}`` counts those beyond ``MAX_DISTINCT``; a note
        ends with its count, ``(x3)``."""
        with self._lock:
            return {"operations": {k: t.report() for k, t in sorted(self._tallies.items())}}

    def markdown(self) -> str:
        operations = self.report()["operations"]
        rows = []
        for name, o in operations.items():
            violations = "; ".join(
                f"{v['where']} {v['status']} {v['pointer'] or '(body)'}"
                f"{' (' + v['dialect'] + ')' if v['dialect'] else ''}: {v['message']} x{v['count']}"
                if "more" not in v
                else f"and {v['more']} more"
                for v in o["violations"]
            )
            rows.append(
                [
                    name,
                    str(o["exchanges"]),
                    ", ".join(o["dialects"]) or "-",
                    violations or "-",
                    "; ".join(o["notes"]) or "-",
                ]
            )
        drift = any(o["violations"] or o["notes"] for o in operations.values())
        intro = [
            "What the provider answered through `mavi-mock proxy`, each request and answer checked",
            "against the contract in each of the provider's dialects (seed, modern, legacy; see",
            "README): the dialects each operation's answers conform to, every violation (where,",
            "status, JSON pointer, the schema's message, the closest dialect) and the notes.",
        ]
        header = ["operation", "exchanges", "dialects", "violations", "notes"]
        return markdown_report(intro, drift, header, rows)

    def dialect_setting(self) -> str:
        """The ``--dialect`` value that speaks, per operation, what most answers conformed to:
        ``createVideoEmbedding=legacy,uploadAsset=seed`` (``seed`` when nothing conformed)."""
        with self._lock:
            choices = {
                name: tally.choice() for name, tally in self._tallies.items() if name != UNKNOWN
            }
        entries = [f"{name}={choice}" for name, choice in sorted(choices.items()) if choice]
        return ",".join(entries) or "seed"
