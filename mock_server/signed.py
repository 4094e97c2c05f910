"""``SignedUpload``: an asset id that ``POST /upload/signed-url`` reserved, as ``store.py`` keeps it
until its file arrives on the signed URL (``handlers.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SignedUpload:
    """An asset id reserved by ``POST /upload/signed-url``, waiting for its file."""

    asset_id: str
    original_filename: str
    signature: str
    expires_ms: int
    final_status: str
    create_time: int
    used: bool
    #: A vector declared with the request (``Prefer: label=...``), applied when the file arrives.
    declaration: str | None = None

    def record(self) -> dict[str, Any]:
        """The contract's ``AssetRecord`` of an asset whose file has not arrived: WAITING."""
        name = self.original_filename
        return {
            "extension": name.rpartition(".")[2].lower() if "." in name else "",
            "asset_id": self.asset_id,
            "original_filename": name,
            "file_size": "0",
            "upload_status": "WAITING",
            "create_time": str(self.create_time),
            "modify_time": str(self.create_time),
        }
