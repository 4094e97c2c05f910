"""What the vector tests share: an independent plain-Python implementation of the v2 recipe (no
numpy), the golden values, and deterministic bytes (numpy's PCG64 with fixed seeds, or SHAKE-256
for the golden values that another language must reproduce: ``golden_bytes``)."""

from __future__ import annotations

import hashlib
import json
import math
import struct

import numpy as np
import numpy.typing as npt

from tests.support import ROOT

DIM = 1408


GOLDEN = json.loads((ROOT / "tests" / "golden_vectors.json").read_text())["v2"]


def cosine(a: npt.ArrayLike, b: npt.ArrayLike) -> float:
    x = np.asarray(a, dtype=np.float64)
    y = np.asarray(b, dtype=np.float64)
    return math.fsum((x * y).tolist()) / math.sqrt(
        math.fsum((x * x).tolist()) * math.fsum((y * y).tolist())
    )


def golden_bytes(seed: str, size: int, zero_prefix: int = 0) -> bytes:
    """``zero_prefix`` zero bytes, then SHAKE-256(b"mavi-mock-golden/v2\\x00" + seed) to size."""
    tail = hashlib.shake_256(b"mavi-mock-golden/v2\x00" + seed.encode()).digest(size)
    return bytes(zero_prefix) + tail


def random_bytes(seed: int, size: int) -> bytes:
    return np.random.default_rng(seed).bytes(size)


def f32(x: float) -> float:
    """Round a double to the nearest float32 (struct's "f" rounds like numpy's astype)."""
    return float(struct.unpack("<f", struct.pack("<f", x))[0])


def ref_gear() -> list[int]:
    raw = hashlib.shake_256(b"mavi-mock-chunking/v2\x00gear").digest(1024)
    return [int.from_bytes(raw[4 * i : 4 * i + 4], "little") for i in range(256)]


def ref_sketch(data: bytes) -> list[tuple[bytes, int]]:
    """One byte at a time: a rolling sum of the last 32 gear values, a cut rule per byte."""
    gear = ref_gear()
    chunks: list[tuple[bytes, int]] = []
    start = 0
    window_sum = 0
    for p, byte in enumerate(data):
        window_sum = (window_sum + gear[byte]) % 2**32
        if p >= 32:
            window_sum = (window_sum - gear[data[p - 32]]) % 2**32
        size = p + 1 - start
        candidate = p >= 31 and (window_sum * 0x9E3779B1) % 2**32 < 2**21
        if (candidate and size >= 1024) or size == 12288:
            chunks.append((hashlib.sha256(data[start : p + 1]).digest(), size))
            start = p + 1
    if start < len(data):
        chunks.append((hashlib.sha256(data[start:]).digest(), len(data) - start))
    return chunks


def ref_integers(domain: bytes, model: str, dimension: int, key: str) -> list[int]:
    message = domain + model.encode() + b"\x00" + str(dimension).encode() + b"\x00" + key.encode()
    raw = hashlib.shake_256(message).digest(2 * dimension)
    return [2 * u - 65535 for (u,) in struct.iter_unpack("<H", raw)]


def ref_sums(model: str, dimension: int, chunks: list[tuple[bytes, int]]) -> list[int]:
    """Steps 2-5 of v2: the integers V_i."""
    total = sum(length for _, length in chunks)
    sums = [0] * dimension
    for digest, length in chunks:
        xs = ref_integers(b"mavi-mock-embedding/v2-chunk\x00", model, dimension, digest.hex())
        # length / total: Python's int division is correctly rounded, like float64 / float64.
        factor = math.sqrt(length / total) / math.sqrt(sum(x * x for x in xs)) * 2.0**40
        for i, x in enumerate(xs):
            sums[i] += round(x * factor)  # round(): to nearest, ties to even
    return sums


def ref_content_vector(model: str, dimension: int, chunks: list[tuple[bytes, int]]) -> list[float]:
    sums = ref_sums(model, dimension, chunks)
    root = math.sqrt(float(sum(v * v for v in sums)))  # S exactly, then one rounding
    return [f32(v / root) for v in sums]


def ref_dot(a: list[float], b: list[float]) -> float:
    return math.fsum(x * y for x, y in zip(a, b, strict=True))


def ref_similar(target: list[float], base: list[float], c: float) -> list[float]:
    norm = math.sqrt(ref_dot(target, target))
    t = [x / norm for x in target]
    if c in (1.0, -1.0):
        return [f32(c * x) for x in t]
    p = ref_dot(base, t)
    r = [b - p * x for b, x in zip(base, t, strict=True)]
    p = ref_dot(r, t)
    r = [b - p * x for b, x in zip(r, t, strict=True)]
    rest = ref_dot(r, r)
    assert rest > 1e-18 * ref_dot(base, base)  # the tests below use non-parallel bases
    u = [x / math.sqrt(rest) for x in r]
    s = math.sqrt((1.0 - c) * (1.0 + c))
    return [f32(c * x + s * y) for x, y in zip(t, u, strict=True)]


def ref_label(model: str, dimension: int, label: str, base: list[float], rho: float) -> list[float]:
    xs = ref_integers(b"mavi-mock-embedding/v2-label\x00", model, dimension, label)
    root = math.sqrt(sum(x * x for x in xs))
    return ref_similar([f32(x / root) for x in xs], base, math.sqrt(rho))


def mixed_bytes(seed: int, size: int) -> bytes:
    """Random bytes with a run of zeros in the middle (no candidates there: cuts at the max)."""
    data = bytearray(random_bytes(seed, size))
    run = size // 3
    data[size // 3 : size // 3 + run] = bytes(run)
    return bytes(data)
