"""The provider's contract, shipped as package data: find it here, wherever the kit is installed.

    from mavi_contract import SPEC_PATH, document_path
    schemathesis run $(python -c "import mavi_contract; print(mavi_contract.SPEC_PATH)")

``openapi.yaml`` describes the seed dialect; ``dialects/openapi.modern.yaml`` and
``dialects/openapi.legacy.yaml`` are built from it by the overlays in the source repository's
``overlays/`` (``make dialects``). Nothing here imports anything beyond the standard library.
"""

from __future__ import annotations

from pathlib import Path

#: The dialects the provider has published (see ``x-dialect-table`` in openapi.yaml).
DIALECTS = ("seed", "modern", "legacy")
#: The one model the contract declares (``EmbeddingModel``; its dimension is in
#: ``x-embedding-dimensions``): the default of the client and the mock alike.
DEFAULT_MODEL = "multimodalembedding@001"
CONTRACT_DIR = Path(__file__).resolve().parent
#: The contract: OpenAPI 3.1, the seed dialect.
SPEC_PATH = CONTRACT_DIR / "openapi.yaml"
DIALECTS_DIR = CONTRACT_DIR / "dialects"


def document_path(dialect: str) -> Path:
    """The OpenAPI document of a dialect (``seed`` is openapi.yaml itself)."""
    if dialect not in DIALECTS:
        raise ValueError(f"dialect must be one of {', '.join(DIALECTS)}, not {dialect!r}")
    return SPEC_PATH if dialect == "seed" else DIALECTS_DIR / f"openapi.{dialect}.yaml"


__all__ = [
    "CONTRACT_DIR",
    "DEFAULT_MODEL",
    "DIALECTS",
    "DIALECTS_DIR",
    "SPEC_PATH",
    "document_path",
]
