"""The embedding answer from the app's caches: what lets the shortcut (``wsgi.py``) answer the
common embedding request without Flask, and what ``handlers.create_video_embedding`` fills.

``cached_answer`` gives the envelope already made for a valid body whose asset this process has
read and is SUCCESS now, or None (then Flask's path makes it, and caches it under ``answer_key``).

The asset cache holds only assets that were found. An asset changes only when a test declares
its vector (``PUT /__mock/assets/<id>/vector``), which counts up ``assets.gen``; that, or a reset
(a new control file), empties every worker's cache on its next request (one ``stat`` and one
8-byte read), and a row read while it happened is not kept. The answer cache is keyed by what
the vector depends on (``declared.served_key``), so it is never stale.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import orjson

from .declared import served_key
from .store import Asset, now_ms

if TYPE_CHECKING:
    from .state import MockState


def answer_key(mock: MockState, asset: Asset, model: str, dialect: str) -> tuple[str, str, str]:
    """The key of an embedding answer in ``mock.vector_cache``: what its bytes depend on."""
    return (model, served_key(mock, asset, model), dialect)


def cached_answer(mock: MockState, raw: bytes, dialect: str) -> bytes | None:
    """The cached answer for this body, or None when Flask's path must make it."""
    body = orjson.loads(raw)
    if not mock.contract.embedding_request.is_valid(body):
        return None
    asset = _asset(mock, body["asset_id"])
    if asset is None or asset.status_at(now_ms())[0] != "SUCCESS":
        return None
    return mock.vector_cache.get(answer_key(mock, asset, body["model"], dialect))


def _asset(mock: MockState, asset_id: str) -> Asset | None:
    """A stored asset from this process's cache, or the store; None if there is none."""
    generation = mock.scenarios.generation
    if mock.asset_cache_generation != generation:
        with mock.cache_lock:
            mock.asset_cache.clear()
            mock.asset_cache_generation = generation
    asset = mock.asset_cache.get(asset_id)
    if asset is None:
        asset = mock.store.get_asset(asset_id)
        if asset is not None:
            with mock.cache_lock:
                # Kept only if nothing changed while it was read: a row read before a declared
                # vector must not outlive the cache that the declaration emptied.
                if mock.asset_cache_generation == generation == mock.scenarios.generation:
                    mock.asset_cache[asset_id] = asset
    return asset
