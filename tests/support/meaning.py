"""The mock in-process as the vector-meaning tests drive it: upload, embed, declare."""

from __future__ import annotations

import io
from typing import Any

import numpy as np

from tests.support import BASE_PATH, KEY, MODEL

DIMENSION = 1408


class InProcess:
    """The app through Flask's test client: upload, embed, declare."""

    def __init__(self, app: Any) -> None:
        self.http = app.test_client()

    def upload(self, data: bytes, prefer: str | None = None) -> Any:
        headers = {"Authorization": KEY, **({"Prefer": prefer} if prefer else {})}
        files = {"file": (io.BytesIO(data), "clip.mp4", "video/mp4")}
        return self.http.post(BASE_PATH + "/upload", data=files, headers=headers)

    def upload_id(self, data: bytes, prefer: str | None = None) -> str:
        answer = self.upload(data, prefer)
        assert answer.status_code == 200, answer.get_json()
        asset_id: str = answer.get_json()["data"]["asset_id"]
        return asset_id

    def embed(self, asset_id: str) -> np.ndarray:
        answer = self.http.post(
            BASE_PATH + "/embeddings/video",
            json={"asset_id": asset_id, "model": MODEL},
            headers={"Authorization": KEY},
        )
        assert answer.status_code == 200, answer.get_json()
        return np.array(answer.get_json()["data"]["embedding"], dtype=np.float32)

    def declare(self, asset_id: str, body: Any) -> Any:
        return self.http.put(f"/__mock/assets/{asset_id}/vector", json=body)
