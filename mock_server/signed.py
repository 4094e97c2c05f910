"""``SignedUpload``: an asset id that ``POST /upload/signed-url`` reserved, as ``store.py`` keeps it
until its file arrives on the signed URL (``handlers.py``); and the signed URLs of a replayed
recording (``replay.py``): a recorded asset's, fresh for each replayed answer (``reserve``), taken
once by its upload (``take``), which leaves the recorded asset as it was recorded."""

from __future__ import annotations

import dataclasses
import hmac
import secrets
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .store import Store


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


def reserve(store: Store, asset_id: str, filename: str, ttl: int) -> SignedUpload:
    """A fresh signed URL's reservation for a recorded asset (a replayed signed URL answer): a new
    signature, unused, over the one a previous answer gave."""
    created = time.time_ns() // 1_000_000
    signed = SignedUpload(
        asset_id, filename, secrets.token_hex(16), created + ttl * 1000, "SUCCESS", created, False
    )
    with store._room(), store._assets() as db:  # the store's own connection and disk check
        db.execute(
            "REPLACE INTO signed_uploads (asset_id, original_filename, signature, expires_ms,"
            " final_status, create_time, used, declaration) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            dataclasses.astuple(signed),
        )
    return signed


def take(store: Store, asset_id: str, signature: str, expires: str) -> bool:
    """Use a recorded asset's signed URL: True if it is the one issued, alive and unused (it is
    used now); False otherwise (the storage's own route says why)."""
    signed = store.get_signed(asset_id)
    if (
        signed is None
        or signed.used
        or not hmac.compare_digest(signature.encode(), signed.signature.encode())
        or expires != str(signed.expires_ms // 1000)
        or time.time_ns() // 1_000_000 > signed.expires_ms
    ):
        return False
    with store._room(), store._assets() as db:
        return bool(
            db.execute(
                "UPDATE signed_uploads SET used = 1 WHERE asset_id = ? AND used = 0", (asset_id,)
            ).rowcount
            == 1
        )
