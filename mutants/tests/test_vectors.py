"""The mock's vector function: golden values, an independent re-implementation, its properties."""

from __future__ import annotations

import hashlib
import json
import math
import struct

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mock_server.vectors import embedding
from tests.support import ROOT

GOLDEN = json.loads((ROOT / "tests" / "golden_vectors.json").read_text())["vectors"]


def recipe(model: str, dimension: int, content_key: str) -> list[float]:
    """The README's recipe in plain Python (no numpy), to check the implementation against."""
    message = (
        b"mavi-mock-embedding/v1\x00"
        + model.encode()
        + b"\x00"
        + str(dimension).encode()
        + b"\x00"
        + content_key.encode()
    )
    raw = hashlib.shake_256(message).digest(2 * dimension)
    xs = [2 * u - 65535 for (u,) in struct.iter_unpack("<H", raw)]
    root = math.sqrt(sum(x * x for x in xs))
    # struct's "f" rounds a double to the nearest float32, like numpy's astype(float32).
    return [struct.unpack("<f", struct.pack("<f", x / root))[0] for x in xs]


@pytest.mark.parametrize("case", GOLDEN, ids=lambda c: f"{c['dimension']}-{c['content_key'][:8]}")
def test_golden_vectors(case: dict[str, object]) -> None:
    vector = embedding(str(case["model"]), int(case["dimension"]), str(case["content_key"]))  # type: ignore[call-overload]
    assert (
        hashlib.sha256(vector.astype("<f4").tobytes()).hexdigest() == case["sha256_of_float32_le"]
    )
    assert [float(x) for x in vector[:4]] == case["first"]


@settings(max_examples=60, deadline=None)
@given(
    key=st.text(min_size=0, max_size=80),
    dimension=st.integers(min_value=1, max_value=2048),
)
def test_matches_the_documented_recipe_bit_for_bit(key: str, dimension: int) -> None:
    ours = embedding("multimodalembedding@001", dimension, key)
    assert ours.dtype == np.float32 and ours.shape == (dimension,)
    assert ours.tolist() == recipe("multimodalembedding@001", dimension, key)


@settings(max_examples=100, deadline=None)
@given(a=st.text(max_size=64), b=st.text(max_size=64))
def test_unit_norm_determinism_and_near_orthogonality(a: str, b: str) -> None:
    va = embedding("multimodalembedding@001", 1408, a)
    assert np.array_equal(va, embedding("multimodalembedding@001", 1408, a))
    assert abs(float(np.linalg.norm(va.astype(np.float64))) - 1.0) < 1e-6
    assert np.all(np.isfinite(va))
    if a != b:
        cosine = float(np.dot(va.astype(np.float64), embedding("multimodalembedding@001", 1408, b)))
        # cos ~ N(0, 1/1408): |cos| > 0.15 is a 5.6-sigma event.
        assert abs(cosine) < 0.15


def test_dimension_and_model_are_part_of_the_key() -> None:
    base = embedding("multimodalembedding@001", 8, "k")
    assert not np.array_equal(base, embedding("multimodalembedding@001", 8, "k2"))
    assert not np.array_equal(base, embedding("other@001", 8, "k"))
    assert not np.array_equal(base, embedding("multimodalembedding@001", 9, "k")[:8])
    with pytest.raises(ValueError):
        embedding("multimodalembedding@001", 0, "k")
