"""The content-defined chunker's throughput, against SHA-256 over the same bytes in the same run.

``python -m bench.chunking [megabytes]`` prints :func:`measure`'s figures. MB/s are 10**6 bytes
per second; the data is ``megabytes`` MiB of random bytes, fed in 1 MiB pieces.
"""

from __future__ import annotations

import hashlib
import sys
import time

import numpy as np

from mock_server.chunking import Chunker
from mock_server.vectors import content_vector

PIECE = 1 << 20
ROUNDS = 3


def measure(megabytes: int = 256) -> dict[str, float]:
    """Chunker and hashlib.sha256 over the same random data, best of three rounds each.

    The rounds alternate (chunker, sha256, chunker, ...), so a machine busy with something else
    slows both alike. Also times content_vector over the sketch, for the vector's cost.
    """
    rng = np.random.default_rng(20260611)
    pieces = [rng.bytes(PIECE) for _ in range(megabytes)]
    total = megabytes * PIECE
    chunker_best = sha_best = float("inf")
    sketch: list[tuple[bytes, int]] = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        chunker = Chunker()
        sketch = []
        for piece in pieces:
            sketch += chunker.feed(piece)
        sketch += chunker.finish()
        chunker_best = min(chunker_best, time.perf_counter() - started)

        started = time.perf_counter()
        sha = hashlib.sha256()
        for piece in pieces:
            sha.update(piece)
        sha.digest()
        sha_best = min(sha_best, time.perf_counter() - started)
    started = time.perf_counter()
    content_vector("multimodalembedding@001", 1408, sketch)
    vector_seconds = time.perf_counter() - started
    chunker_rate = total / chunker_best / 1e6
    sha_rate = total / sha_best / 1e6
    return {
        "megabytes": float(megabytes),
        "chunker_mb_per_s": round(chunker_rate, 1),
        "sha256_mb_per_s": round(sha_rate, 1),
        "chunker_to_sha256": round(chunker_rate / sha_rate, 3),
        "chunks": float(len(sketch)),
        "mean_chunk_bytes": round(total / len(sketch), 1),
        "content_vector_seconds": round(vector_seconds, 3),
    }


def main() -> None:
    megabytes = int(sys.argv[1]) if len(sys.argv) > 1 else 256
    for key, value in measure(megabytes).items():
        print(f"{key:24} {value:g}")


if __name__ == "__main__":
    main()
