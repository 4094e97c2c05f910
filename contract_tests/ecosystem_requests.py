"""The realistic request set that `make ecosystem` has openapi-core judge, in each dialect.

Every error status each operation documents (asked for with ``Prefer: code=N``), errors the mock
gives on its own (no key, a ``Bearer`` key, an unknown asset, a bad body, an unlisted format, a
forged or reused signed URL), and the upload, signed-URL and embed
flows. Each exchange is recorded as sent and received, for tools/ecosystem/openapi_core_check.py,
which runs in its own virtualenv (openapi-core 0.23 needs older openapi-spec-validator and
jsonschema-path releases than requirements.lock pins).
"""

from __future__ import annotations

import base64
import time
from typing import Any

import httpx
import yaml

from mavi_contract import SPEC_PATH

MODEL = "multimodalembedding@001"
CLIP = b"\x00\x00\x00\x18ftypmp42 ecosystem clip"
Exchange = dict[str, Any]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def record(label: str, response: httpx.Response, *, valid_request: bool = True) -> Exchange:
    """One request and its answer, as the checker reads them."""
    request = response.request
    return {
        "label": label,
        "valid_request": valid_request,
        "method": request.method,
        "url": str(request.url),
        "request_headers": dict(request.headers),
        "request_body": _b64(request.read()),
        "status": response.status_code,
        "response_headers": dict(response.headers),
        "response_body": _b64(response.read()),
    }


def documented_errors() -> list[tuple[str, str, int]]:
    """(method, path, status) for every error status the seed document declares on the API.

    The dialects share the statuses (the legacy one sends them all at HTTP 200)."""
    spec = yaml.safe_load(SPEC_PATH.read_text())
    return [
        (method.upper(), path, int(status))
        for path, item in spec["paths"].items()
        if not path.startswith("/storage/")
        for method, op in item.items()
        for status in op["responses"]
        if int(status) >= 400
    ]


def _call(
    api: httpx.Client, method: str, path: str, asset_id: str, **kwargs: Any
) -> httpx.Response:
    """A valid request to one of the API's operations."""
    if path == "/upload":
        return api.post(path, files={"file": ("clip.mp4", CLIP, "video/mp4")}, **kwargs)
    if path == "/upload/signed-url":
        return api.post(path, json={"original_filename": "clip.mp4"}, **kwargs)
    if path == "/embeddings/video":
        return api.post(path, json={"asset_id": asset_id, "model": MODEL}, **kwargs)
    return api.request(method, path.replace("{asset_id}", asset_id), **kwargs)


def _ready(api: httpx.Client, asset_id: str, out: list[Exchange], label: str) -> None:
    deadline = time.monotonic() + 15
    while True:
        answer = api.get(f"/{asset_id}/metadata")
        out.append(record(f"{label}: metadata", answer))
        resource = (answer.json().get("data") or {}).get("resource") or [{}]
        if resource[0].get("upload_status") in ("SUCCESS", "FAILED"):
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"{asset_id} is not ready after 15 s")
        time.sleep(0.05)


def _flows(api: httpx.Client, storage: httpx.Client, out: list[Exchange]) -> None:
    upload = api.post("/upload", files={"file": ("clip.mp4", CLIP, "video/mp4")})
    out.append(record("flow: upload", upload))
    asset_id = upload.json()["data"]["asset_id"]
    _ready(api, asset_id, out, "flow")
    out.append(record("flow: embed", _call(api, "POST", "/embeddings/video", asset_id)))

    signed = api.post("/upload/signed-url", json={"original_filename": "big.mp4"})
    out.append(record("signed URL: ask", signed))
    data = signed.json()["data"]
    files = {"file": ("big.mp4", CLIP + b" big", "video/mp4")}
    out.append(record("signed URL: store", storage.post(data["signed_url"], files=files)))
    again = storage.post(data["signed_url"], files=files)
    out.append(record("signed URL: reused (403 AccessDenied)", again))
    _ready(api, data["asset_id"], out, "signed URL")
    out.append(
        record("signed URL: embed", _call(api, "POST", "/embeddings/video", data["asset_id"]))
    )
    forged = data["signed_url"].replace("signature=", "signature=0")
    out.append(record("storage: forged (403)", storage.post(forged, files=files)))


def _own_errors(api: httpx.Client, out: list[Exchange]) -> None:
    """Errors the mock gives by itself, not on request."""
    embed = "/embeddings/video"
    body = {"asset_id": "re_1", "model": MODEL}
    out.append(record("unknown asset (400)", api.post(embed, json=body)))
    out.append(
        record("no model (400)", api.post(embed, json={"asset_id": "re_1"}), valid_request=False)
    )
    no_key = api.post(embed, json=body, headers={"Authorization": ""})
    out.append(record("no key (401)", no_key, valid_request=False))
    bearer = api.post(embed, json=body, headers={"Authorization": "Bearer sk-ecosystem"})
    out.append(record("Bearer key (401)", bearer))
    text = api.post("/upload", files={"file": ("notes.txt", b"text", "text/plain")})
    out.append(record("unlisted format (415)", text))
    form = api.post(embed, data={"asset_id": "re_1"})
    out.append(record("form body (415)", form, valid_request=False))
    out.append(record("unknown asset metadata (400)", api.get("/re_1/metadata")))


def exchanges(base_url: str, origin: str, key: str) -> list[Exchange]:
    """Send the whole request set to a mock; every exchange, in order."""
    out: list[Exchange] = []
    headers = {"Authorization": key}
    with (
        httpx.Client(base_url=base_url, headers=headers, timeout=30) as api,
        httpx.Client(base_url=origin, timeout=30) as storage,
    ):
        _flows(api, storage, out)
        asset_id = "re_657745568997527552"  # one of the provider's example assets
        for method, path, status in documented_errors():
            answer = _call(api, method, path, asset_id, headers={"Prefer": f"code={status}"})
            out.append(record(f"{method} {path}: Prefer code={status}", answer))
        _own_errors(api, out)
    return out
