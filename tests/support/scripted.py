"""What the tests of scripted answers and asset lifecycles share (issue 21): in-process calls
of the embedding and metadata operations, a script's creation, and what an answer means."""

from __future__ import annotations

from typing import Any

from flask.testing import FlaskClient

from kit_testing import BASE_PATH, KEY, MODEL, SEED_ASSET

AUTH = {"Authorization": KEY}
EMBED = BASE_PATH + "/embeddings/video"
DIALECTS = ("seed", "modern", "legacy")


def embed(client: FlaskClient, asset_id: str = SEED_ASSET) -> Any:
    return client.post(EMBED, json={"model": MODEL, "asset_id": asset_id}, headers=AUTH)


def metadata(client: FlaskClient, asset_id: str = SEED_ASSET) -> Any:
    return client.get(f"{BASE_PATH}/{asset_id}/metadata", headers=AUTH)


def script(client: FlaskClient, answers: list[Any], **more: Any) -> Any:
    body = {"operation": "createVideoEmbedding", "answers": answers, **more}
    return client.post("/__mock/scripts", json=body)


def outcome(answer: Any) -> int:
    """The status an answer means: the HTTP status, or the legacy envelope's code ("0001" is
    the provider's 400, the others are the status's digits)."""
    body = answer.get_json(silent=True)
    if answer.status_code == 200 and isinstance(body, dict) and body.get("code") not in (0, "0000"):
        return 400 if body["code"] == "0001" else int(body["code"])
    return int(answer.status_code)
