"""An offline mock of the memories.ai video-embedding API: ``create_app(config)``.

The server's dependencies come with the ``[mock]`` extra
(``pip install 'mavi-contract-kit[mock]'``). The names below are imported on first use, so that
``mock_server.config`` and the pytest plugin can be imported, and say what is missing, where only
the client is installed.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import EXAMPLE_ASSET_IDS, create_app
    from .config import BASE_PATH, MockConfig
    from .vectors import embedding

__all__ = [
    "BASE_PATH",
    "EXAMPLE_ASSET_IDS",
    "MISSING_EXTRA",
    "MockConfig",
    "create_app",
    "embedding",
]

_WHERE = {
    "BASE_PATH": ".config",
    "EXAMPLE_ASSET_IDS": ".app",
    "create_app": ".app",
    "MockConfig": ".config",
    "embedding": ".vectors",
}

#: What to tell a user whose environment lacks the server's dependencies.
MISSING_EXTRA = (
    "the mock server needs the kit's [mock] extra (missing: {name}): install the kit again with"
    ' it, as you installed it, e.g. pip install "./mavi-contract-kit[mock]" from a checkout'
)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'mock_server' has no attribute {name!r}")
    return getattr(import_module(_WHERE[name], __name__), name)
