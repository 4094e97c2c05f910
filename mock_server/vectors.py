"""The deterministic fake embeddings: pure functions of the model, the dimension and the content.

v1: ``embedding(model, dimension, content_key)``
================================================

The recipe, reproducible in any language from this description alone:

1. ``message = b"mavi-mock-embedding/v1\\x00" + model + b"\\x00" + str(dimension) + b"\\x00"
   + content_key`` (all UTF-8; ``content_key`` is the lower-case hex SHA-256 of an uploaded
   file's bytes, or the asset id itself for assets that have no bytes, such as the provider's
   documented example ids).
2. ``stream = SHAKE-256(message)`` read to ``2 * dimension`` bytes (FIPS 202).
3. Component ``i`` is the unsigned 16-bit little-endian integer ``u_i`` at bytes ``2i, 2i+1``,
   mapped to the odd integer ``x_i = 2 * u_i - 65535`` (in -65535..65535, never 0).
4. ``S = sum(x_i ** 2)``, computed exactly in integers (it is below 2**43).
5. ``v_i = float32(float64(x_i) / sqrt(float64(S)))``, rounding to nearest at each step.

Every step is integer arithmetic or a correctly rounded IEEE-754 operation, so the result is
bit-identical on every machine, process and library version. The L2 norm is 1 to float32
precision, and two different keys give nearly orthogonal vectors (cosine ~ N(0, 1/dimension)).

Steps 1-3 with another domain string in place of ``mavi-mock-embedding/v1`` are called "the
v1 integers for (domain, model, dimension, key)" below, and steps 1-5 "the v1 vector for ...".

v2: vectors that know what files share
======================================

``content_vector(model, dimension, sketch)``: two files that share bytes get vectors whose cosine
is about ``shared bytes / sqrt(|A| * |B|)``; unrelated files stay nearly orthogonal.

1. The sketch is the file's list of chunks ``(SHA-256 digest, length)`` from content-defined
   chunking (:mod:`mock_server.chunking` gives the recipe: chunks of 1 to 12 KiB, 3 KiB on
   average, whose boundaries depend only on the 32 bytes before them).
2. For each chunk ``c`` (length ``n_c``): ``x_c`` are the v1 integers for (domain
   ``mavi-mock-embedding/v2-chunk``, model, dimension, key = the lower-case hex of the chunk's
   digest), ``S_c = sum(x_ci ** 2)`` exactly, and ``r_c = sqrt(float64(S_c))``.
3. ``L = sum(n_c)`` (the file's length), ``w_c = sqrt(float64(n_c) / float64(L))`` and
   ``K_c = (w_c / r_c) * 2**40``, each a float64 operation rounded to nearest (the product by
   ``2**40`` is exact). So ``x_ci * K_c`` is the chunk's unit vector times ``sqrt(n_c / L)``,
   in units of ``2**-40``.
4. ``q_ci = round(float64(x_ci) * K_c)``: the float64 product, rounded to the nearest integer,
   ties to even.
5. ``V_i = sum over c of q_ci``, exactly in integers, so the order of the chunks does not matter
   (``|V_i| <= 2**40 * sum(w_c) <= 2**40 * sqrt(number of chunks)``: int64 suffices below
   2**46 chunks, and float64 represents every ``V_i`` exactly below 2**26 chunks, 200 GB).
6. ``S = sum(V_i ** 2)`` exactly (an arbitrary-precision integer: it can exceed 2**64) and
   ``v_i = float32(float64(V_i) / sqrt(float64(S)))``, where ``float64(S)`` rounds to nearest,
   ties to even, and the division, square root and conversion to float32 round to nearest.

The weights make the squared norm of the sum count bytes (``sum(w_c ** 2) = 1``), so a chunk
present in both files adds ``sqrt(n_c / L_A) * sqrt(n_c / L_B)`` to their dot product and the
cosine is ``(bytes in shared chunks) / sqrt(L_A * L_B)`` plus noise. The chunk straddling each
end of a shared run differs between the files, so a run loses about one average chunk (3 KiB) of
its bytes per end. And the chunk vectors are pseudo-random, so distinct chunks contribute cross
terms ~ N(0, 1/dimension) in total: noise of standard deviation up to ``1 / sqrt(dimension)``
(0.027 for 1408, as between two unrelated v1 vectors) when little is shared, shrinking as the
shared fraction grows. No per-chunk vectors drawn independently can do better: whatever their
distribution, two of them have ``E[<x, y> ** 2] >= 1 / dimension``. For 512 KiB files sharing
a fraction f (40 seeds, 4 layouts each), the bias is -0.01 and the standard deviation 0.028 at
f = 0.1, 0.023 at 0.5 and 0.008 at 0.9. A chunk
repeated k times in one file counts k times with the same vector, so its squared weight is k**2
times its length rather than k times.

``similar_vector(target, base, cosine)``: a unit vector at a declared cosine from ``target``.

1. ``t = target / sqrt(<target, target>)`` in float64, where ``<a, b>`` is always the correctly
   rounded sum (``math.fsum``) of the float64 products ``a_i * b_i``.
2. If ``cosine`` is 1 or -1, the result is ``float32(cosine * t_i)``.
3. Otherwise ``u`` is ``base`` made orthogonal to ``t`` and normalised: ``r = b - <b, t> * t``,
   then once more ``r = r - <r, t> * t``, then ``u = r / sqrt(<r, r>)``. When ``<r, r>`` is 0
   or at most ``1e-18 * <b, b>`` (``base`` is zero or parallel to ``t``), the same is done with
   the v1 vector for (domain ``mavi-mock-embedding/v2-fallback``, model ``""``, dimension, key
   ``""``) as ``b``, computed in float64 (steps 1-5 without the float32 rounding), and if that
   too is parallel, with the basis vector ``e_j`` for the first ``j`` of smallest ``|t_j|``.
   (In dimension 1 no direction is orthogonal to ``t``: only cosines 1 and -1 are possible.)
4. ``result_i = float32(cosine * t_i + sqrt((1 - cosine) * (1 + cosine)) * u_i)``, evaluated
   as written in float64.

``label_vector(model, dimension, label, base, label_cosine=0.8)``: the label's centroid is the
v1 vector for (domain ``mavi-mock-embedding/v2-label``, model, dimension, key = the label), and
the asset's vector is ``similar_vector(centroid, base, sqrt(label_cosine))``. Two assets with the
same label then have cosine ``label_cosine + (1 - label_cosine) * <u_a, u_b>``, where
``<u_a, u_b>`` ~ N(0, 1/dimension): for 0.8 and dimension 1408 the same-label cosines have mean
0.800 and standard deviation ``0.2 / sqrt(1408) = 0.0053`` (measured: 0.8001 and 0.0053 over the
19,900 pairs of 200 assets). Assets with different labels have cosine
``label_cosine * <centroid_1, centroid_2>`` plus noise, ~ N(0, 1/dimension) overall: about
0 +- 0.027, and up to about 0.1 for the closest of many labels' centroids.

``check_stub(values, dimension)`` validates an explicit vector: a list of ``dimension`` finite
numbers, representable in float32, not all zero; it returns them as float32, not normalised.
"""

from __future__ import annotations

import hashlib
import math
from array import array
from collections.abc import Iterable

import numpy as np
import numpy.typing as npt

DOMAIN = b"mavi-mock-embedding/v1\x00"
CHUNK_DOMAIN = b"mavi-mock-embedding/v2-chunk\x00"
LABEL_DOMAIN = b"mavi-mock-embedding/v2-label\x00"
FALLBACK_DOMAIN = b"mavi-mock-embedding/v2-fallback\x00"
#: The fixed-point scale of the integer sum in content_vector (step 3).
SCALE = 2.0**40
#: Chunk vectors made per numpy pass in content_vector.
BATCH = 64
#: base counts as parallel to target when |base - projection|**2 <= this * |base|**2.
PARALLEL = 1e-18

FloatVector = npt.NDArray[np.float32]


def _message(domain: bytes, model: str, dimension: int, key: str) -> bytes:
    return b"".join(
        (domain, model.encode(), b"\x00", str(dimension).encode(), b"\x00", key.encode())
    )


def _odd_integers(domain: bytes, model: str, dimension: int, key: str) -> npt.NDArray[np.float64]:
    """Steps 1-3 of v1: the odd integers ``x_i``, as (exact) float64."""
    raw = hashlib.shake_256(_message(domain, model, dimension, key)).digest(2 * dimension)
    return np.frombuffer(raw, dtype="<u2").astype(np.float64) * 2.0 - 65535.0


def _unit64(domain: bytes, model: str, dimension: int, key: str) -> npt.NDArray[np.float64]:
    """Steps 1-5 of v1 without the final rounding to float32."""
    if dimension < 1:
        raise ValueError("dimension must be at least 1")
    x = _odd_integers(domain, model, dimension, key)
    # Every square is an integer below 2**32 and every partial sum one below 2**53, so this
    # float64 sum is exact in any summation order: S is the integer of step 4.
    total = float(np.dot(x, x))
    x /= math.sqrt(total)
    return x


def embedding(model: str, dimension: int, content_key: str) -> FloatVector:
    """The unit-norm float32 vector for ``content_key`` (v1, see the module docstring)."""
    return _unit64(DOMAIN, model, dimension, content_key).astype(np.float32)


def content_vector(model: str, dimension: int, sketch: Iterable[tuple[bytes, int]]) -> FloatVector:
    """The v2 unit-norm float32 vector of a file from its sketch (see the module docstring).

    ``sketch`` is the file's chunks as ``(digest, length)`` pairs, e.g. from
    :class:`mock_server.chunking.Chunker`; it must not be empty (an empty file has no chunks).
    """
    if dimension < 1:
        raise ValueError("dimension must be at least 1")
    # Kept compactly (the digests end to end, the lengths as machine integers): a big upload's
    # sketch is 1.2 % of its size, not Python objects ten times that.
    blob = bytearray()
    ends = array("q")
    lengths = array("q")
    for digest, length in sketch:
        if not isinstance(digest, bytes):
            raise TypeError(f"a chunk digest must be bytes, not {type(digest).__name__}")
        if isinstance(length, bool) or not isinstance(length, int) or length < 1:
            raise ValueError(f"a chunk length must be a positive integer, not {length!r}")
        blob += digest
        ends.append(len(blob))
        lengths.append(length)
    if not lengths:
        raise ValueError("an empty sketch (an empty file) has no content vector")
    total = float(sum(lengths))
    prefix = hashlib.shake_256(_message(CHUNK_DOMAIN, model, dimension, ""))
    acc = np.zeros(dimension, dtype=np.int64)
    for first in range(0, len(lengths), BATCH):
        batch = range(first, min(first + BATCH, len(lengths)))
        streams = []
        for index in batch:
            shake = prefix.copy()
            shake.update(blob[ends[index - 1] if index else 0 : ends[index]].hex().encode())
            streams.append(shake.digest(2 * dimension))
        x = np.frombuffer(b"".join(streams), dtype="<u2").astype(np.float64)
        x = x.reshape(len(batch), dimension)
        x *= 2.0
        x -= 65535.0
        # Exact, as in v1: integer squares below 2**32, partial sums below 2**53.
        squares = np.einsum("ij,ij->i", x, x)
        weights = np.sqrt(np.array(lengths[first : first + BATCH], dtype=np.float64) / total)
        factors = weights / np.sqrt(squares) * SCALE
        x *= factors[:, np.newaxis]
        np.rint(x, out=x)
        acc += x.astype(np.int64).sum(axis=0)
    return _normalised(acc)


def _normalised(acc: npt.NDArray[np.int64]) -> FloatVector:
    """Step 6: the exact integer norm, then one correctly rounded division per component."""
    square = sum(v * v for v in acc.tolist())
    if square == 0:  # every component cancelled exactly: not a real file's sketch
        raise ValueError("the chunk vectors sum to zero")
    return (acc.astype(np.float64) / math.sqrt(float(square))).astype(np.float32)


def _dot(a: npt.NDArray[np.float64], b: npt.NDArray[np.float64]) -> float:
    """The correctly rounded sum of the float64 products: independent of any summation order."""
    return math.fsum((a * b).tolist())


def _float_vector(name: str, value: npt.ArrayLike) -> npt.NDArray[np.float64]:
    vector = np.asarray(value, dtype=np.float64)
    if vector.ndim != 1 or vector.size == 0:
        raise ValueError(f"{name} must be a non-empty one-dimensional vector")
    if not np.all(np.isfinite(vector)):
        raise ValueError(f"{name} has a value that is not finite")
    return vector


def _orthonormal(
    t: npt.NDArray[np.float64], b: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64] | None:
    """``b`` made orthogonal to the unit vector ``t`` and normalised; None if b is parallel."""
    length = _dot(b, b)
    r = b - _dot(b, t) * t
    r = r - _dot(r, t) * t
    rest = _dot(r, r)
    if rest == 0.0 or rest <= PARALLEL * length:
        return None
    return r / math.sqrt(rest)


def similar_vector(target: npt.ArrayLike, base: npt.ArrayLike, cosine: float) -> FloatVector:
    """A unit float32 vector whose cosine with ``target`` is ``cosine`` (see the docstring).

    ``base`` (any non-zero vector, e.g. the asset's own content vector) chooses the direction
    away from ``target``; the result is deterministic bit for bit.
    """
    t = _float_vector("target", target)
    b = _float_vector("base", base)
    if b.shape != t.shape:
        raise ValueError(f"base has {b.size} components and target {t.size}")
    c = float(cosine)
    if not -1.0 <= c <= 1.0:
        raise ValueError(f"cosine must be between -1 and 1, not {cosine!r}")
    length = _dot(t, t)
    if length == 0.0:
        raise ValueError("target is the zero vector")
    t = t / math.sqrt(length)
    if c in (1.0, -1.0):
        return (c * t).astype(np.float32)
    u = _orthonormal(t, b)
    if u is None:
        u = _orthonormal(t, _unit64(FALLBACK_DOMAIN, "", t.size, ""))
    if u is None:
        if t.size == 1:
            raise ValueError("in dimension 1 only the cosines 1 and -1 are possible")
        basis = np.zeros_like(t)
        basis[int(np.argmin(np.abs(t)))] = 1.0
        u = _orthonormal(t, basis)
        assert u is not None  # |t_j| <= 1/sqrt(2) for the smallest, so e_j is not parallel
    return (c * t + math.sqrt((1.0 - c) * (1.0 + c)) * u).astype(np.float32)


def label_centroid(model: str, dimension: int, label: str) -> FloatVector:
    """The unit vector that assets labelled ``label`` cluster around."""
    return _unit64(LABEL_DOMAIN, model, dimension, label).astype(np.float32)


def label_vector(
    model: str, dimension: int, label: str, base: npt.ArrayLike, label_cosine: float = 0.8
) -> FloatVector:
    """An asset vector in ``label``'s cluster: two such vectors have cosine ~ ``label_cosine``.

    ``base`` (the asset's own content vector) spreads the assets of a label around its centroid.
    """
    rho = float(label_cosine)
    if not 0.0 <= rho <= 1.0:
        raise ValueError(f"label_cosine must be between 0 and 1, not {label_cosine!r}")
    return similar_vector(label_centroid(model, dimension, label), base, math.sqrt(rho))


def _shown(value: object) -> str:
    """``repr(value)``, cut short: stub values come from requests."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def check_stub(values: object, dimension: int) -> FloatVector:
    """``values`` as float32 if it is a valid explicit vector for ``dimension``; else ValueError.

    Valid: a list (or tuple, or 1-D array) of exactly ``dimension`` numbers (not booleans), each
    finite and within float32's range, not all zero after rounding to float32. The values are
    returned as given (rounded to float32), not normalised.
    """
    if not isinstance(values, list | tuple | np.ndarray):
        raise ValueError(f"a vector stub must be a list of numbers, not {type(values).__name__}")
    if len(values) != dimension:
        raise ValueError(
            f"the vector stub has {len(values)} values but the dimension is {dimension}"
        )
    floats: list[float] = []
    for i, value in enumerate(values):
        if isinstance(value, bool | np.bool_) or not isinstance(
            value, int | float | np.integer | np.floating
        ):
            raise ValueError(f"value {i} of the vector stub is not a number: {_shown(value)}")
        try:
            number = float(value)
        except OverflowError:
            number = math.inf
        if not math.isfinite(number):
            raise ValueError(f"value {i} of the vector stub is not finite: {_shown(value)}")
        floats.append(number)
    with np.errstate(over="ignore"):
        vector = np.array(floats, dtype=np.float64).astype(np.float32)
    outside = np.flatnonzero(~np.isfinite(vector))
    if outside.size:
        i = int(outside[0])
        raise ValueError(
            f"value {i} of the vector stub is outside float32's range: {_shown(values[i])}"
        )
    if not np.any(vector):
        raise ValueError("the vector stub is all zeros (after rounding to float32)")
    return vector
