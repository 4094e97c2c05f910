"""Declared similarity: ``similar_vector`` gives exactly the declared cosine in any dimension (and
says what is wrong with bad arguments), through each of its fallbacks; labels make clusters."""

from __future__ import annotations

import math
from itertools import combinations
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest

from mock_server import vectors
from mock_server.vectors import embedding, label_centroid, label_vector, similar_vector
from tests.support import MODEL, file_vector
from tests.support.vectors import DIM, cosine, f32, random_bytes, ref_similar

SWEEP = (-1.0, -0.999999, -0.5, -0.1, 0.0, 0.1, 0.5, 0.8, 0.93, 0.999999, 1.0)


def test_the_declared_cosine_is_exact() -> None:
    target = embedding(MODEL, DIM, "target")
    fallback = vectors._unit64(vectors.FALLBACK_DOMAIN, "", DIM, "")
    bases: list[npt.NDArray[Any]] = [file_vector(random_bytes(i, 20_000)) for i in range(3)]
    # Parallel, antiparallel, zero and a longer parallel base: the fallback direction is used.
    bases += [target, -target, np.zeros(DIM, dtype=np.float32), 3 * target.astype(np.float64)]
    worst = 0.0
    for base in bases:
        for c in SWEEP:
            out = similar_vector(target, base, c)
            assert out.dtype == np.float32 and out.shape == (DIM,)
            assert abs(float(np.linalg.norm(out.astype(np.float64))) - 1) < 1e-6
            worst = max(worst, abs(cosine(out, target) - c))
            assert np.array_equal(out, similar_vector(target, base, c))
    assert worst < 1e-6, worst
    # A target parallel to the fallback direction as well: the basis vector is the last resort.
    for c in SWEEP:
        out = similar_vector(fallback, fallback, c)
        assert abs(cosine(out, fallback) - c) < 1e-6


def test_similar_vector_in_small_dimensions_and_bad_arguments() -> None:
    assert similar_vector([1.0], [1.0], -1.0).tolist() == [-1.0]
    with pytest.raises(ValueError, match="dimension 1"):
        similar_vector([1.0], [1.0], 0.5)
    out = similar_vector([0.6, 0.8], [0.6, 0.8], 0.0)
    assert abs(cosine(out, [0.6, 0.8])) < 1e-7
    target = embedding(MODEL, 8, "t")
    for cos_value in (1.5, -1.01, math.nan):
        with pytest.raises(ValueError, match="cosine"):
            similar_vector(target, target, cos_value)
    with pytest.raises(ValueError, match="components"):
        similar_vector(target, target[:4], 0.5)
    with pytest.raises(ValueError, match="zero vector"):
        similar_vector(np.zeros(8), target, 0.5)
    with pytest.raises(ValueError, match="not finite"):
        similar_vector(target, [math.inf] * 8, 0.5)


@pytest.mark.parametrize(
    ("target", "base", "cos_value", "message"),
    [
        ([], [1.0], 0.5, "target must be a non-empty one-dimensional vector"),
        ([[1.0, 0.0]], [1.0, 0.0], 0.5, "target must be a non-empty one-dimensional vector"),
        (1.0, [1.0], 0.5, "target must be a non-empty one-dimensional vector"),
        ([1.0, 0.0], [], 0.5, "base must be a non-empty one-dimensional vector"),
        ([1.0, 0.0], [[1.0, 0.0]], 0.5, "base must be a non-empty one-dimensional vector"),
        ([1.0, 0.0], 1.0, 0.5, "base must be a non-empty one-dimensional vector"),
        ([math.nan, 1.0], [1.0, 0.0], 0.5, "target has a value that is not finite"),
        ([1.0, 0.0], [1.0, -math.inf], 0.5, "base has a value that is not finite"),
        ([1.0, 0.0], [1.0, 0.0, 0.0], 0.5, "base has 3 components and target 2"),
        ([1.0, 0.0], [0.0, 1.0], 1.5, "cosine must be between -1 and 1, not 1.5"),
        ([1.0, 0.0], [0.0, 1.0], -1.01, "cosine must be between -1 and 1, not -1.01"),
        ([0.0, 0.0], [0.0, 1.0], 0.5, "target is the zero vector"),
        ([2.0], [1.0], 0.5, "in dimension 1 only the cosines 1 and -1 are possible"),
    ],
)
def test_similar_vector_says_what_is_wrong(
    target: Any, base: Any, cos_value: float, message: str
) -> None:
    with pytest.raises(ValueError) as info:
        similar_vector(target, base, cos_value)
    assert str(info.value) == message


def test_cosines_1_and_minus_1_need_no_direction() -> None:
    """Even in dimension 1, where no direction is orthogonal to the target."""
    assert similar_vector([2.0], [3.0], 1.0).tolist() == [1.0]
    assert similar_vector([2.0], [3.0], -1.0).tolist() == [-1.0]
    assert similar_vector([0.6, 0.8], [0.6, 0.8], 1.0).tolist() == [f32(0.6), f32(0.8)]


def test_an_orthogonal_base_is_the_direction_as_it_is() -> None:
    """<r, r> is exactly 1 here, and the target has zero components."""
    for c in (0.0, 0.5, -0.93):
        s = math.sqrt((1.0 - c) * (1.0 + c))
        assert similar_vector([1.0, 0.0, 0.0], [0.0, 1.0, 0.0], c).tolist() == [f32(c), f32(s), 0.0]
        assert similar_vector([0.0, 0.0, 2.0], [0.0, 3.0, 0.0], c).tolist() == [0.0, f32(s), f32(c)]


def test_the_parallel_margin_and_the_fallback_direction() -> None:
    """A base is parallel when |base - projection|**2 <= 1e-18 * |base|**2 (the margin scales
    with |base|**2); then the fallback direction of the recipe is used, bit for bit."""
    t = [1.0, 0.0, 0.0]
    fallback = vectors._unit64(vectors.FALLBACK_DOMAIN, "", 3, "").tolist()
    assert 1e-9 * 1e-9 == 1e-18  # the first base below sits exactly on the margin
    for c in (0.0, 0.5, -0.93):
        expected = ref_similar(t, fallback, c)
        own = [f32(c), f32(math.sqrt((1.0 - c) * (1.0 + c))), 0.0]
        assert expected != own
        assert similar_vector(t, [0.0, 0.0, 0.0], c).tolist() == expected
        assert similar_vector(t, [1.0, 1e-9, 0.0], c).tolist() == expected  # on the margin
        assert similar_vector(t, [10.0, 5e-9, 0.0], c).tolist() == expected  # 2.5e-17 <= 1e-16
        assert similar_vector(t, [1.0, 2e-9, 0.0], c).tolist() == own  # 4e-18 > 1e-18


def test_a_base_parallel_to_the_target_takes_the_fallback_direction_bit_for_bit() -> None:
    target = embedding(MODEL, DIM, "target").tolist()
    fallback = vectors._unit64(vectors.FALLBACK_DOMAIN, "", DIM, "").tolist()
    for c in (0.0, 0.5, -0.93):
        expected = ref_similar(target, fallback, c)
        assert similar_vector(target, target, c).tolist() == expected
        assert similar_vector(target, np.zeros(DIM), c).tolist() == expected


def test_the_basis_vector_of_the_smallest_component_is_the_last_resort() -> None:
    """A target parallel to the fallback direction too: e_j for the first j of smallest |t_j|."""
    fallback = vectors._unit64(vectors.FALLBACK_DOMAIN, "", DIM, "")
    j = int(np.argmin(np.abs(fallback)))
    assert j != 0  # so that the rule, not the first index, is what this test sees
    basis = [0.0] * DIM
    basis[j] = 1.0
    for c in (0.0, 0.5, -0.93):
        assert similar_vector(fallback, fallback, c).tolist() == ref_similar(
            fallback.tolist(), basis, c
        )


def test_a_nearly_parallel_base_is_orthogonalised_twice() -> None:
    """|base - projection| is 1e-8 of |base|: one pass leaves rounding errors along the target
    that are a visible part of the remainder; the second pass removes them."""
    target = embedding(MODEL, DIM, "target").tolist()
    nudge = embedding(MODEL, DIM, "nudge").tolist()
    base = [t + 1e-8 * n for t, n in zip(target, nudge, strict=True)]
    for c in (0.0, 0.5, 0.93):
        assert similar_vector(target, base, c).tolist() == ref_similar(target, base, c)


def test_labels_make_clusters() -> None:
    labels = ["cats", "dogs", "cars", "boats"]
    assets = [(labels[i % 4], file_vector(random_bytes(500 + i, 65_536))) for i in range(20)]
    placed = [label_vector(MODEL, DIM, label, base) for label, base in assets]
    same: list[float] = []
    cross: list[float] = []
    for i, j in combinations(range(20), 2):
        (same if assets[i][0] == assets[j][0] else cross).append(cosine(placed[i], placed[j]))
    for i in range(20):
        nearest = max((j for j in range(20) if j != i), key=lambda j: cosine(placed[i], placed[j]))
        assert assets[nearest][0] == assets[i][0]
    # 40 same-label pairs: mean 0.8, sd (1 - 0.8) / sqrt(1408) = 0.005 (see the docstring).
    assert abs(np.mean(same) - 0.8) < 0.02 and np.std(same) < 0.01, (np.mean(same), np.std(same))
    assert abs(np.mean(cross)) < 0.05 and max(map(abs, cross)) < 0.15
    for label, base in assets[:4]:
        centroid = label_centroid(MODEL, DIM, label)
        assert abs(cosine(label_vector(MODEL, DIM, label, base), centroid) - math.sqrt(0.8)) < 1e-6
    # The owner's setting moves the clusters' tightness.
    loose = [label_vector(MODEL, DIM, "cats", base, 0.5) for _, base in assets[:5]]
    assert abs(np.mean([cosine(a, b) for a, b in combinations(loose, 2)]) - 0.5) < 0.02
    with pytest.raises(ValueError, match="label_cosine"):
        label_vector(MODEL, DIM, "cats", assets[0][1], 1.2)
