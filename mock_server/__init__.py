"""An offline mock of the memories.ai video-embedding API: ``create_app(config)``."""

from .app import BASE_PATH, EXAMPLE_ASSET_IDS, create_app
from .config import MockConfig
from .vectors import embedding

__all__ = ["BASE_PATH", "EXAMPLE_ASSET_IDS", "MockConfig", "create_app", "embedding"]
