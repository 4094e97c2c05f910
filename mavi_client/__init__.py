"""A typed client for memories.ai video embeddings, built on the generated client.

    from mavi_client import MaviClient
    with MaviClient("sk-...") as client:
        vector = client.embed_video("re_657745568997527552")

Errors are typed: see ``mavi_client._errors`` for the tree. Answers are read in each of the
provider's three dialects (seed, modern, legacy; see ``mavi_client._envelope``).
"""

from mavi_contract import DEFAULT_MODEL

from ._client import (
    DEFAULT_BASE_URL,
    DEFAULT_TIMEOUT,
    AsyncMaviClient,
    MaviClient,
)
from ._envelope import (
    CODE_STATUS,
    MODEL_DIMENSIONS,
    SUCCESS_CODES,
    error_class,
    interpret,
    parse_retry_after,
)
from ._errors import (
    AssetNotReadyError,
    AuthError,
    ConfigurationError,
    InsufficientCreditsError,
    InvalidRequestError,
    MaviError,
    NotFoundError,
    ProtocolError,
    RateLimitedError,
    ServerError,
    TransportError,
    TransportStage,
)
from ._retry import RetryPolicy, is_retryable

__all__ = [
    "CODE_STATUS",
    "DEFAULT_BASE_URL",
    "DEFAULT_MODEL",
    "DEFAULT_TIMEOUT",
    "MODEL_DIMENSIONS",
    "SUCCESS_CODES",
    "AssetNotReadyError",
    "AsyncMaviClient",
    "AuthError",
    "ConfigurationError",
    "InsufficientCreditsError",
    "InvalidRequestError",
    "MaviClient",
    "MaviError",
    "NotFoundError",
    "ProtocolError",
    "RateLimitedError",
    "RetryPolicy",
    "ServerError",
    "TransportError",
    "TransportStage",
    "error_class",
    "interpret",
    "is_retryable",
    "parse_retry_after",
]
