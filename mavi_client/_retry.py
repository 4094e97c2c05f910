"""When to try again, and how long to wait first."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from ._errors import MaviError, RateLimitedError, ServerError, TransportError


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter, honouring Retry-After.

    ``max_retries`` is the number of tries after the first (0 turns retries off). The wait before
    retry ``n`` (0-based) is drawn uniformly from ``[d/2, d]`` with
    ``d = min(max_delay, base_delay * 2**n)``, and is never shorter than the server's Retry-After.
    A Retry-After longer than ``max_retry_after`` seconds is not waited for: the RateLimitedError
    is raised at once (its ``retry_after`` says how long the server asked for).
    Only rate limits, server errors and failures to connect are retried (by class: so a legacy
    ``"0429"``, ``"0500"`` or ``"0503"`` in an HTTP 200 is retried like a 429 or a 5xx); any other
    4xx, a ProtocolError or an unknown error code never is.
    """

    max_retries: int = 3
    base_delay: float = 0.5
    max_delay: float = 30.0
    max_retry_after: float = 120.0
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if self.base_delay < 0 or self.max_delay < 0 or self.max_retry_after < 0:
            raise ValueError("delays must be >= 0")

    def delay(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries or not is_retryable(error):
            return None
        ceiling = min(self.max_delay, self.base_delay * (2**retry_index))
        wait = self.rng.uniform(ceiling / 2, ceiling)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            if error.retry_after > self.max_retry_after:
                return None
            wait = max(wait, error.retry_after)
        return wait


def is_retryable(error: MaviError) -> bool:
    """429, 5xx (or their codes in an HTTP 200) and transport failures (only those raised before
    a request reached the server)."""
    return isinstance(error, (RateLimitedError, ServerError, TransportError))
