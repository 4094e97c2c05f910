"""Who may call the provider's routes: the raw key, as the provider takes it."""

from __future__ import annotations

import hmac

from .config import MockConfig


def key_problem(key: str, config: MockConfig) -> str | None:
    """Why ``key`` is refused (the 401's message), or None when it is accepted."""
    if not key:
        return "Unauthorized: send your API key as 'Authorization: sk-...'"
    if key[:7].lower() == "bearer ":
        return "Unauthorized: send the raw key as 'Authorization: sk-...', without 'Bearer '"
    if not key.startswith("sk-") or len(key) > 256:
        return "Unauthorized: an API key looks like 'sk-...'"
    if config.api_keys:
        given = key.encode()
        # Compare with every key, in constant time, so timing tells nothing about near misses.
        matches = [hmac.compare_digest(given, k.encode()) for k in config.api_keys]
        if not any(matches):
            return "Unauthorized: invalid API key"
    return None
