"""When to try again, and how long to wait first."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from ._errors import MaviError, RateLimitedError, ServerError, TransportError


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁRetryPolicyǁ__post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁRetryPolicyǁdelay__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter, honouring Retry-After.

    ``max_retries`` is the number of tries after the first (0 turns retries off). The wait before
    retry ``n`` (0-based) is drawn uniformly from ``[d/2, d]`` with
    ``d = min(max_delay, base_delay * 2**n)``, and is never shorter than the server's Retry-After.
    Only rate limits, server errors and failures to connect are retried (by class: so a legacy
    ``"0429"``, ``"0500"`` or ``"0503"`` in an HTTP 200 is retried like a 429 or a 5xx); any other
    4xx, a ProtocolError or an unknown error code never is.
    """

    max_retries: int = 3
    base_delay: float = 0.5
    max_delay: float = 30.0
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    @_mutmut_mutated(mutants_xǁRetryPolicyǁ__post_init____mutmut)
    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if self.base_delay < 0 or self.max_delay < 0:
            raise ValueError("delays must be >= 0")

    def xǁRetryPolicyǁ__post_init____mutmut_orig(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if self.base_delay < 0 or self.max_delay < 0:
            raise ValueError("delays must be >= 0")

    def xǁRetryPolicyǁ__post_init____mutmut_1(self) -> None:
        if self.max_retries <= 0:
            raise ValueError("max_retries must be >= 0")
        if self.base_delay < 0 or self.max_delay < 0:
            raise ValueError("delays must be >= 0")

    def xǁRetryPolicyǁ__post_init____mutmut_2(self) -> None:
        if self.max_retries < 1:
            raise ValueError("max_retries must be >= 0")
        if self.base_delay < 0 or self.max_delay < 0:
            raise ValueError("delays must be >= 0")

    def xǁRetryPolicyǁ__post_init____mutmut_3(self) -> None:
        if self.max_retries < 0:
            raise ValueError(None)
        if self.base_delay < 0 or self.max_delay < 0:
            raise ValueError("delays must be >= 0")

    def xǁRetryPolicyǁ__post_init____mutmut_4(self) -> None:
        if self.max_retries < 0:
            raise ValueError("XXmax_retries must be >= 0XX")
        if self.base_delay < 0 or self.max_delay < 0:
            raise ValueError("delays must be >= 0")

    def xǁRetryPolicyǁ__post_init____mutmut_5(self) -> None:
        if self.max_retries < 0:
            raise ValueError("MAX_RETRIES MUST BE >= 0")
        if self.base_delay < 0 or self.max_delay < 0:
            raise ValueError("delays must be >= 0")

    def xǁRetryPolicyǁ__post_init____mutmut_6(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if self.base_delay < 0 and self.max_delay < 0:
            raise ValueError("delays must be >= 0")

    def xǁRetryPolicyǁ__post_init____mutmut_7(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if self.base_delay <= 0 or self.max_delay < 0:
            raise ValueError("delays must be >= 0")

    def xǁRetryPolicyǁ__post_init____mutmut_8(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if self.base_delay < 1 or self.max_delay < 0:
            raise ValueError("delays must be >= 0")

    def xǁRetryPolicyǁ__post_init____mutmut_9(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if self.base_delay < 0 or self.max_delay <= 0:
            raise ValueError("delays must be >= 0")

    def xǁRetryPolicyǁ__post_init____mutmut_10(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if self.base_delay < 0 or self.max_delay < 1:
            raise ValueError("delays must be >= 0")

    def xǁRetryPolicyǁ__post_init____mutmut_11(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if self.base_delay < 0 or self.max_delay < 0:
            raise ValueError(None)

    def xǁRetryPolicyǁ__post_init____mutmut_12(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if self.base_delay < 0 or self.max_delay < 0:
            raise ValueError("XXdelays must be >= 0XX")

    def xǁRetryPolicyǁ__post_init____mutmut_13(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if self.base_delay < 0 or self.max_delay < 0:
            raise ValueError("DELAYS MUST BE >= 0")

    @_mutmut_mutated(mutants_xǁRetryPolicyǁdelay__mutmut)
    def delay(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries or not is_retryable(error):
            return None
        ceiling = min(self.max_delay, self.base_delay * (2**retry_index))
        wait = self.rng.uniform(ceiling / 2, ceiling)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            wait = max(wait, error.retry_after)
        return wait

    def xǁRetryPolicyǁdelay__mutmut_orig(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries or not is_retryable(error):
            return None
        ceiling = min(self.max_delay, self.base_delay * (2**retry_index))
        wait = self.rng.uniform(ceiling / 2, ceiling)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            wait = max(wait, error.retry_after)
        return wait

    def xǁRetryPolicyǁdelay__mutmut_1(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries and not is_retryable(error):
            return None
        ceiling = min(self.max_delay, self.base_delay * (2**retry_index))
        wait = self.rng.uniform(ceiling / 2, ceiling)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            wait = max(wait, error.retry_after)
        return wait

    def xǁRetryPolicyǁdelay__mutmut_2(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index > self.max_retries or not is_retryable(error):
            return None
        ceiling = min(self.max_delay, self.base_delay * (2**retry_index))
        wait = self.rng.uniform(ceiling / 2, ceiling)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            wait = max(wait, error.retry_after)
        return wait

    def xǁRetryPolicyǁdelay__mutmut_3(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries or is_retryable(error):
            return None
        ceiling = min(self.max_delay, self.base_delay * (2**retry_index))
        wait = self.rng.uniform(ceiling / 2, ceiling)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            wait = max(wait, error.retry_after)
        return wait

    def xǁRetryPolicyǁdelay__mutmut_4(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries or not is_retryable(None):
            return None
        ceiling = min(self.max_delay, self.base_delay * (2**retry_index))
        wait = self.rng.uniform(ceiling / 2, ceiling)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            wait = max(wait, error.retry_after)
        return wait

    def xǁRetryPolicyǁdelay__mutmut_5(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries or not is_retryable(error):
            return None
        ceiling = None
        wait = self.rng.uniform(ceiling / 2, ceiling)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            wait = max(wait, error.retry_after)
        return wait

    def xǁRetryPolicyǁdelay__mutmut_6(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries or not is_retryable(error):
            return None
        ceiling = min(None, self.base_delay * (2**retry_index))
        wait = self.rng.uniform(ceiling / 2, ceiling)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            wait = max(wait, error.retry_after)
        return wait

    def xǁRetryPolicyǁdelay__mutmut_7(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries or not is_retryable(error):
            return None
        ceiling = min(self.max_delay, None)
        wait = self.rng.uniform(ceiling / 2, ceiling)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            wait = max(wait, error.retry_after)
        return wait

    def xǁRetryPolicyǁdelay__mutmut_8(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries or not is_retryable(error):
            return None
        ceiling = min(self.base_delay * (2**retry_index))
        wait = self.rng.uniform(ceiling / 2, ceiling)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            wait = max(wait, error.retry_after)
        return wait

    def xǁRetryPolicyǁdelay__mutmut_9(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries or not is_retryable(error):
            return None
        ceiling = min(self.max_delay, )
        wait = self.rng.uniform(ceiling / 2, ceiling)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            wait = max(wait, error.retry_after)
        return wait

    def xǁRetryPolicyǁdelay__mutmut_10(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries or not is_retryable(error):
            return None
        ceiling = min(self.max_delay, self.base_delay / (2**retry_index))
        wait = self.rng.uniform(ceiling / 2, ceiling)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            wait = max(wait, error.retry_after)
        return wait

    def xǁRetryPolicyǁdelay__mutmut_11(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries or not is_retryable(error):
            return None
        ceiling = min(self.max_delay, self.base_delay * (2 * retry_index))
        wait = self.rng.uniform(ceiling / 2, ceiling)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            wait = max(wait, error.retry_after)
        return wait

    def xǁRetryPolicyǁdelay__mutmut_12(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries or not is_retryable(error):
            return None
        ceiling = min(self.max_delay, self.base_delay * (3**retry_index))
        wait = self.rng.uniform(ceiling / 2, ceiling)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            wait = max(wait, error.retry_after)
        return wait

    def xǁRetryPolicyǁdelay__mutmut_13(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries or not is_retryable(error):
            return None
        ceiling = min(self.max_delay, self.base_delay * (2**retry_index))
        wait = None
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            wait = max(wait, error.retry_after)
        return wait

    def xǁRetryPolicyǁdelay__mutmut_14(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries or not is_retryable(error):
            return None
        ceiling = min(self.max_delay, self.base_delay * (2**retry_index))
        wait = self.rng.uniform(None, ceiling)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            wait = max(wait, error.retry_after)
        return wait

    def xǁRetryPolicyǁdelay__mutmut_15(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries or not is_retryable(error):
            return None
        ceiling = min(self.max_delay, self.base_delay * (2**retry_index))
        wait = self.rng.uniform(ceiling / 2, None)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            wait = max(wait, error.retry_after)
        return wait

    def xǁRetryPolicyǁdelay__mutmut_16(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries or not is_retryable(error):
            return None
        ceiling = min(self.max_delay, self.base_delay * (2**retry_index))
        wait = self.rng.uniform(ceiling)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            wait = max(wait, error.retry_after)
        return wait

    def xǁRetryPolicyǁdelay__mutmut_17(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries or not is_retryable(error):
            return None
        ceiling = min(self.max_delay, self.base_delay * (2**retry_index))
        wait = self.rng.uniform(ceiling / 2, )
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            wait = max(wait, error.retry_after)
        return wait

    def xǁRetryPolicyǁdelay__mutmut_18(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries or not is_retryable(error):
            return None
        ceiling = min(self.max_delay, self.base_delay * (2**retry_index))
        wait = self.rng.uniform(ceiling * 2, ceiling)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            wait = max(wait, error.retry_after)
        return wait

    def xǁRetryPolicyǁdelay__mutmut_19(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries or not is_retryable(error):
            return None
        ceiling = min(self.max_delay, self.base_delay * (2**retry_index))
        wait = self.rng.uniform(ceiling / 3, ceiling)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            wait = max(wait, error.retry_after)
        return wait

    def xǁRetryPolicyǁdelay__mutmut_20(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries or not is_retryable(error):
            return None
        ceiling = min(self.max_delay, self.base_delay * (2**retry_index))
        wait = self.rng.uniform(ceiling / 2, ceiling)
        if isinstance(error, RateLimitedError) or error.retry_after is not None:
            wait = max(wait, error.retry_after)
        return wait

    def xǁRetryPolicyǁdelay__mutmut_21(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries or not is_retryable(error):
            return None
        ceiling = min(self.max_delay, self.base_delay * (2**retry_index))
        wait = self.rng.uniform(ceiling / 2, ceiling)
        if isinstance(error, RateLimitedError) and error.retry_after is None:
            wait = max(wait, error.retry_after)
        return wait

    def xǁRetryPolicyǁdelay__mutmut_22(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries or not is_retryable(error):
            return None
        ceiling = min(self.max_delay, self.base_delay * (2**retry_index))
        wait = self.rng.uniform(ceiling / 2, ceiling)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            wait = None
        return wait

    def xǁRetryPolicyǁdelay__mutmut_23(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries or not is_retryable(error):
            return None
        ceiling = min(self.max_delay, self.base_delay * (2**retry_index))
        wait = self.rng.uniform(ceiling / 2, ceiling)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            wait = max(None, error.retry_after)
        return wait

    def xǁRetryPolicyǁdelay__mutmut_24(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries or not is_retryable(error):
            return None
        ceiling = min(self.max_delay, self.base_delay * (2**retry_index))
        wait = self.rng.uniform(ceiling / 2, ceiling)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            wait = max(wait, None)
        return wait

    def xǁRetryPolicyǁdelay__mutmut_25(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries or not is_retryable(error):
            return None
        ceiling = min(self.max_delay, self.base_delay * (2**retry_index))
        wait = self.rng.uniform(ceiling / 2, ceiling)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            wait = max(error.retry_after)
        return wait

    def xǁRetryPolicyǁdelay__mutmut_26(self, error: MaviError, retry_index: int) -> float | None:
        """Seconds to wait before retry ``retry_index``, or None when ``error`` is final."""
        if retry_index >= self.max_retries or not is_retryable(error):
            return None
        ceiling = min(self.max_delay, self.base_delay * (2**retry_index))
        wait = self.rng.uniform(ceiling / 2, ceiling)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            wait = max(wait, )
        return wait

mutants_xǁRetryPolicyǁ__post_init____mutmut['_mutmut_orig'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_1'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_2'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_3'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_4'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_5'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_6'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_7'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_8'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_9'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_10'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_11'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_12'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_13'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_13 # type: ignore # mutmut generated

mutants_xǁRetryPolicyǁdelay__mutmut['_mutmut_orig'] = RetryPolicy.xǁRetryPolicyǁdelay__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁdelay__mutmut['xǁRetryPolicyǁdelay__mutmut_1'] = RetryPolicy.xǁRetryPolicyǁdelay__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁdelay__mutmut['xǁRetryPolicyǁdelay__mutmut_2'] = RetryPolicy.xǁRetryPolicyǁdelay__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁdelay__mutmut['xǁRetryPolicyǁdelay__mutmut_3'] = RetryPolicy.xǁRetryPolicyǁdelay__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁdelay__mutmut['xǁRetryPolicyǁdelay__mutmut_4'] = RetryPolicy.xǁRetryPolicyǁdelay__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁdelay__mutmut['xǁRetryPolicyǁdelay__mutmut_5'] = RetryPolicy.xǁRetryPolicyǁdelay__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁdelay__mutmut['xǁRetryPolicyǁdelay__mutmut_6'] = RetryPolicy.xǁRetryPolicyǁdelay__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁdelay__mutmut['xǁRetryPolicyǁdelay__mutmut_7'] = RetryPolicy.xǁRetryPolicyǁdelay__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁdelay__mutmut['xǁRetryPolicyǁdelay__mutmut_8'] = RetryPolicy.xǁRetryPolicyǁdelay__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁdelay__mutmut['xǁRetryPolicyǁdelay__mutmut_9'] = RetryPolicy.xǁRetryPolicyǁdelay__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁdelay__mutmut['xǁRetryPolicyǁdelay__mutmut_10'] = RetryPolicy.xǁRetryPolicyǁdelay__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁdelay__mutmut['xǁRetryPolicyǁdelay__mutmut_11'] = RetryPolicy.xǁRetryPolicyǁdelay__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁdelay__mutmut['xǁRetryPolicyǁdelay__mutmut_12'] = RetryPolicy.xǁRetryPolicyǁdelay__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁdelay__mutmut['xǁRetryPolicyǁdelay__mutmut_13'] = RetryPolicy.xǁRetryPolicyǁdelay__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁdelay__mutmut['xǁRetryPolicyǁdelay__mutmut_14'] = RetryPolicy.xǁRetryPolicyǁdelay__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁdelay__mutmut['xǁRetryPolicyǁdelay__mutmut_15'] = RetryPolicy.xǁRetryPolicyǁdelay__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁdelay__mutmut['xǁRetryPolicyǁdelay__mutmut_16'] = RetryPolicy.xǁRetryPolicyǁdelay__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁdelay__mutmut['xǁRetryPolicyǁdelay__mutmut_17'] = RetryPolicy.xǁRetryPolicyǁdelay__mutmut_17 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁdelay__mutmut['xǁRetryPolicyǁdelay__mutmut_18'] = RetryPolicy.xǁRetryPolicyǁdelay__mutmut_18 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁdelay__mutmut['xǁRetryPolicyǁdelay__mutmut_19'] = RetryPolicy.xǁRetryPolicyǁdelay__mutmut_19 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁdelay__mutmut['xǁRetryPolicyǁdelay__mutmut_20'] = RetryPolicy.xǁRetryPolicyǁdelay__mutmut_20 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁdelay__mutmut['xǁRetryPolicyǁdelay__mutmut_21'] = RetryPolicy.xǁRetryPolicyǁdelay__mutmut_21 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁdelay__mutmut['xǁRetryPolicyǁdelay__mutmut_22'] = RetryPolicy.xǁRetryPolicyǁdelay__mutmut_22 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁdelay__mutmut['xǁRetryPolicyǁdelay__mutmut_23'] = RetryPolicy.xǁRetryPolicyǁdelay__mutmut_23 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁdelay__mutmut['xǁRetryPolicyǁdelay__mutmut_24'] = RetryPolicy.xǁRetryPolicyǁdelay__mutmut_24 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁdelay__mutmut['xǁRetryPolicyǁdelay__mutmut_25'] = RetryPolicy.xǁRetryPolicyǁdelay__mutmut_25 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁdelay__mutmut['xǁRetryPolicyǁdelay__mutmut_26'] = RetryPolicy.xǁRetryPolicyǁdelay__mutmut_26 # type: ignore # mutmut generated


def is_retryable(error: MaviError) -> bool:
    """429, 5xx (or their codes in an HTTP 200) and transport failures (only those raised before
    a request reached the server)."""
    return isinstance(error, (RateLimitedError, ServerError, TransportError))
