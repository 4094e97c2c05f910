"""A typed client for memories.ai video embeddings, built on the generated client.

    from mavi_client import MaviClient
    with MaviClient("sk-...") as client:
        vector = client.embed_video("re_657745568997527552")

Errors are typed: see ``mavi_client._errors`` for the tree. Answers are read in each of the
provider's three dialects (seed, modern, legacy; see ``mavi_client._envelope``). The names below
are the whole public surface (README, "Use the client"); every other module is private.
"""

from mavi_contract import DEFAULT_MODEL

from ._client import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, AsyncMaviClient, MaviClient
from ._envelope import MODEL_DIMENSIONS
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
from ._limits import DEFAULT_MAX_RESPONSE_BYTES
from ._operations import FileInput
from ._retry import RetryPolicy

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MODEL",
    "DEFAULT_TIMEOUT",
    "MODEL_DIMENSIONS",
    "AssetNotReadyError",
    "AsyncMaviClient",
    "AuthError",
    "ConfigurationError",
    "FileInput",
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
]
