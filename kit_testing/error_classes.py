"""The one table of the class (and the retry) each error status must give in the client.

Written out by hand from README's "Errors" and "Retries" paragraphs and the provider's facts
(401/403: the key or the account; 402: credits; 429: the rate limit; 5xx: the server), never
computed with the client's own ``error_class``, so that a test fails when the client maps a status
wrongly. tests/test_client_errors.py checks it against README and the contract's x-dialect-table;
the client tests in tests/ and contract_tests/ all read it from here.
"""

from __future__ import annotations

from mavi_client import (
    AuthError,
    InsufficientCreditsError,
    InvalidRequestError,
    MaviError,
    NotFoundError,
    RateLimitedError,
    ServerError,
)

#: The status an error answer means (its HTTP status, or the status its code stands for) -> the
#: class the client must raise, and whether the default RetryPolicy retries it.
EXPECTED: dict[int, tuple[type[MaviError], bool]] = {
    400: (InvalidRequestError, False),
    401: (AuthError, False),
    402: (InsufficientCreditsError, False),
    403: (AuthError, False),
    404: (NotFoundError, False),
    405: (InvalidRequestError, False),
    409: (InvalidRequestError, False),
    413: (InvalidRequestError, False),
    415: (InvalidRequestError, False),
    429: (RateLimitedError, True),
    500: (ServerError, True),
    502: (ServerError, True),
    503: (ServerError, True),
    504: (ServerError, True),
}
