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
    ``d = min(max_delay, base_delay * 2**n)``, and is never shorter than the server's Retry-After
    on any status that is retried (a 429, a 503, a gateway's 502 page, a legacy ``"0503"``).
    A Retry-After longer than ``max_retry_after`` seconds is not waited for: the error is raised
    at once (its ``retry_after`` says how long the server asked for).
    What is retried at all is ``is_retryable``'s decision: override it in a subclass to change it
    (the client asks the policy only ``delay``, and ``max_retries`` for its log).

    The client adds one rule of its own: every call has a deadline (the client's ``timeout``, or
    ``wait_until_ready``'s), and no retry is made whose wait would end after it.
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

    def is_retryable(self, error: MaviError) -> bool:
        """Whether ``error`` may be tried again (attempts left and waits aside).

        Rate limits and server errors are, by class (so a legacy ``"0429"``, ``"0500"`` or
        ``"0503"`` in an HTTP 200 is retried like a 429 or a 5xx); any other 4xx, a ProtocolError
        or an unknown error code never is. A TransportError is retried when its ``stage`` is
        ``"connect"``: the request never reached the server. A refused connection is not
        (nothing listens there: trying again will not help), nor a failure once the request was
        sent (``"write"``, ``"read"``: the server may have acted on it), nor ``"pool"`` or
        ``"other"``. A TransportError without a stage (not made by the client) is retried.
        """
        if isinstance(error, TransportError):
            return error.stage in ("connect", None)
        return isinstance(error, (RateLimitedError, ServerError))

    def delay(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries or not self.is_retryable(error):
            return None
        ceiling = min(self.max_delay, self.base_delay * (2**retry_index))
        wait = self.rng.uniform(ceiling / 2, ceiling)
        if error.retry_after is not None:
            if error.retry_after > self.max_retry_after:
                return None
            wait = max(wait, error.retry_after)
        return wait
