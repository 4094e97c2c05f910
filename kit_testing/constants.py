"""The values the suites and the bench agree on: the checkout's root, the API's base path, the
seeded key, asset and model."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASE_PATH = "/serve/api/v2"
KEY = "sk-8483027fe3abfe535f6ae01a9979b4f7"
SEED_ASSET = "re_657745568997527552"
MODEL = "multimodalembedding@001"
