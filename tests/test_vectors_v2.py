"""The v2 vectors (content, declared cosine, labels, stubs) and the chunking under them.

Every test is deterministic: random bytes come from numpy's PCG64 with fixed seeds, or, for the
golden values that another language must reproduce, from SHAKE-256 (see ``golden_bytes``).
"""

from __future__ import annotations

import hashlib
import json
import math
import struct
from itertools import combinations
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mock_server import vectors
from mock_server.chunking import (
    GEAR,
    MAX_SIZE,
    MIN_SIZE,
    MULTIPLIER,
    WINDOW,
    Chunk,
    Chunker,
    sketch,
)
from mock_server.vectors import (
    check_stub,
    content_vector,
    embedding,
    label_centroid,
    label_vector,
    similar_vector,
)
from tests.support import ROOT

MODEL = "multimodalembedding@001"
DIM = 1408
GOLDEN = json.loads((ROOT / "tests" / "golden_vectors.json").read_text())["v2"]


def cosine(a: npt.ArrayLike, b: npt.ArrayLike) -> float:
    x = np.asarray(a, dtype=np.float64)
    y = np.asarray(b, dtype=np.float64)
    return math.fsum((x * y).tolist()) / math.sqrt(
        math.fsum((x * x).tolist()) * math.fsum((y * y).tolist())
    )


def file_vector(data: bytes, dimension: int = DIM) -> npt.NDArray[np.float32]:
    return content_vector(MODEL, dimension, sketch(data))


def golden_bytes(seed: str, size: int, zero_prefix: int = 0) -> bytes:
    """``zero_prefix`` zero bytes, then SHAKE-256(b"mavi-mock-golden/v2\\x00" + seed) to size."""
    tail = hashlib.shake_256(b"mavi-mock-golden/v2\x00" + seed.encode()).digest(size)
    return bytes(zero_prefix) + tail


def random_bytes(seed: int, size: int) -> bytes:
    return np.random.default_rng(seed).bytes(size)


# --- an independent plain-Python implementation of the v2 recipe (no numpy) -----------------


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


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 2**32),
    # Hypothesis favours small integers: half the sizes are drawn from a range of many chunks.
    size=st.integers(0, 3_000) | st.integers(20_000, 40_000),
    dimension=st.sampled_from([1, 2, 3, 16, 100]),
    model=st.text(max_size=12),
)
def test_the_independent_implementation_agrees_bit_for_bit(
    seed: int, size: int, dimension: int, model: str
) -> None:
    data = mixed_bytes(seed, size)
    chunks = ref_sketch(data)
    assert sketch(data) == chunks
    if chunks:
        assert content_vector(model, dimension, chunks).tolist() == ref_content_vector(
            model, dimension, chunks
        )


def test_the_independent_implementation_agrees_at_full_dimension() -> None:
    for seed, size in ((1, 1), (2, 5_000), (3, 60_000)):
        data = mixed_bytes(seed, size)
        chunks = ref_sketch(data)
        assert sketch(data) == chunks
        vector = content_vector(MODEL, DIM, chunks)
        assert vector.tolist() == ref_content_vector(MODEL, DIM, chunks)
        base = vector.tolist()
        target = embedding(MODEL, DIM, f"target-{seed}").tolist()
        for c in (-1.0, -0.5, 0.0, 0.3, 0.93, 1.0):
            assert similar_vector(target, base, c).tolist() == ref_similar(target, base, c)
        for rho in (0.0, 0.8, 1.0):
            assert label_vector(MODEL, DIM, "cats", base, rho).tolist() == ref_label(
                MODEL, DIM, "cats", base, rho
            )


# --- chunking -------------------------------------------------------------------------------


def test_the_gear_table_and_constants() -> None:
    assert GEAR.tolist() == ref_gear()
    assert (WINDOW, MULTIPLIER, MIN_SIZE, MAX_SIZE) == (32, 0x9E3779B1, 1024, 12288)


def test_chunk_sizes_on_random_data() -> None:
    data = random_bytes(7, 4 << 20)
    lengths = [chunk.length for chunk in sketch(data)]
    assert sum(lengths) == len(data)
    assert min(lengths[:-1]) >= MIN_SIZE and max(lengths) <= MAX_SIZE
    # 1024 + 2048 * (1 - exp(-5.5)) = 3063.6 expected; 1380 chunks give about +-2%.
    assert 2900 < np.mean(lengths) < 3250, np.mean(lengths)
    assert sum(1 for n in lengths if n == MAX_SIZE) < 0.01 * len(lengths)
    assert len(sketch(data[: 256 * 1024])) >= 70  # small files still have many chunks


def test_cuts_at_the_maximum_without_candidates_and_at_the_minimum_with_only_candidates() -> None:
    assert [c.length for c in sketch(bytes(50_000))] == [MAX_SIZE] * 4 + [50_000 - 4 * MAX_SIZE]
    # A two-byte period whose every window of 32 bytes is a candidate (16 of each byte).
    pairs = (GEAR[:, None].astype(np.uint64) * 16 + GEAR[None, :].astype(np.uint64) * 16) % 2**32
    hashes = pairs * MULTIPLIER % 2**32
    a, b = (int(i) for i in np.argwhere(hashes < 2**21)[0])
    lengths = [c.length for c in sketch(bytes([a, b]) * 10_000)]
    assert lengths == [MIN_SIZE] * 19 + [20_000 - 19 * MIN_SIZE]


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 2**32),
    size=st.integers(0, 3_000) | st.integers(30_000, 150_000),
    pieces=st.lists(st.integers(1, 40_000), min_size=1, max_size=20),
    block_size=st.sampled_from([1000, 4096, 1 << 20]),
)
def test_the_sketch_does_not_depend_on_how_the_bytes_are_fed(
    seed: int, size: int, pieces: list[int], block_size: int
) -> None:
    """Pieces of the drawn sizes, in turn (after 300 calls, the rest at once)."""
    data = mixed_bytes(seed, size)
    chunker = Chunker(block_size=block_size)
    fed: list[tuple[bytes, int]] = []
    at = 0
    for call in range(300):
        piece = pieces[call % len(pieces)]
        fed += chunker.feed(memoryview(data)[at : at + piece])
        at += piece
    fed += chunker.feed(data[at:])
    fed += chunker.finish()
    assert fed == sketch(data)
    assert chunker.offset == size


def test_tiny_blocks_carry_the_window_across() -> None:
    data = mixed_bytes(3, 15_000)
    for block_size in (1, 2, 31, 32, 33):
        chunker = Chunker(block_size=block_size)
        assert chunker.feed(data) + chunker.finish() == sketch(data)


def test_feeding_after_finish_is_refused() -> None:
    chunker = Chunker()
    assert chunker.feed(b"") == [] and chunker.finish() == []
    with pytest.raises(RuntimeError, match=r"^feed\(\) after finish\(\)$"):
        chunker.feed(b"x")
    with pytest.raises(RuntimeError, match=r"^finish\(\) called twice$"):
        chunker.finish()
    with pytest.raises(ValueError, match=r"^block_size must be at least 1$"):
        Chunker(block_size=0)


def test_a_maximal_chunk_is_returned_by_the_feed_that_completes_it() -> None:
    """No candidates in zeros: the chunk ends at exactly MAX_SIZE bytes, as soon as they are in."""
    data = bytes(MAX_SIZE)
    chunker = Chunker()
    assert chunker.feed(data[:-1]) == []
    assert chunker.feed(data[-1:]) == [Chunk(hashlib.sha256(data).digest(), MAX_SIZE)]
    assert chunker.finish() == []
    chunker = Chunker()
    assert chunker.feed(data) == [Chunk(hashlib.sha256(data).digest(), MAX_SIZE)]
    assert chunker.finish() == []


def test_a_feed_shorter_than_the_window_completes_no_chunk() -> None:
    """Fewer bytes than a window hold no candidate. Just before each feed, numpy frees a small
    buffer holding a plausible chunk end: its allocator hands such buffers out again, so a
    chunker that read memory it never wrote would cut there."""
    data = bytes(WINDOW - 1)
    for end in (MIN_SIZE, 2000, MAX_SIZE):
        chunker = Chunker()
        np.full(1, end, dtype=np.int64)  # freed at once
        assert chunker.feed(data) == []
        assert chunker.finish() == [Chunk(hashlib.sha256(data).digest(), len(data))]


#: 32 bytes whose window hash is exactly 2**21 (not a candidate: the hash must be below it), and
#: 32 whose hash is 2**21 - 1 (a candidate). Found by meet-in-the-middle over the gear table.
AT_THRESHOLD = bytes.fromhex("14607ad7523be6557b5134dec19681f4a1336aa2140d0597a3e6c8a00729459a")
BELOW_THRESHOLD = bytes.fromhex("e4499c1537182229969591dd7611dde99752aacaeeec135abbf2a32d434d91fd")


def test_a_window_hash_equal_to_the_threshold_is_not_a_candidate() -> None:
    gear = ref_gear()
    assert sum(gear[b] for b in AT_THRESHOLD) * MULTIPLIER % 2**32 == 2**21
    assert sum(gear[b] for b in BELOW_THRESHOLD) * MULTIPLIER % 2**32 == 2**21 - 1
    # Each window ends at byte 1023, where a candidate cuts the first chunk at exactly MIN_SIZE;
    # the zeros around it hold no candidate.
    at = bytes(MIN_SIZE - WINDOW) + AT_THRESHOLD + bytes(2000)
    below = bytes(MIN_SIZE - WINDOW) + BELOW_THRESHOLD + bytes(2000)
    assert [c.length for c in sketch(at)] == [len(at)] == [n for _, n in ref_sketch(at)]
    assert [c.length for c in sketch(below)] == [MIN_SIZE, 2000]
    assert [n for _, n in ref_sketch(below)] == [MIN_SIZE, 2000]


def test_boundaries_realign_after_an_edit_at_the_front() -> None:
    """Bytes removed from or inserted at the front cost about one chunk, then chunks match."""
    rng = np.random.default_rng(11)
    lost = []
    for trial in range(30):
        original = rng.bytes(200_000)
        k = int(rng.integers(1, 50_000))
        edited = original[k:] if trial % 2 else rng.bytes(k) + original
        a, b = sketch(original), sketch(edited)
        common = 0
        while common < min(len(a), len(b)) and a[-1 - common] == b[-1 - common]:
            common += 1
        kept = len(original) - k if trial % 2 else len(original)
        lost.append(kept - sum(c.length for c in a[len(a) - common :]))
    # Measured: 3.6 KB lost on average (about one chunk), 21 KB at most, over these 30 edits.
    assert max(lost) < 3 * MAX_SIZE and np.mean(lost) < 6_000, lost


# --- the content vector ---------------------------------------------------------------------

SIZE = 512 * 1024


def layouts(rng: np.random.Generator, f: float) -> list[tuple[bytes, bytes]]:
    """Four pairs of SIZE-byte files sharing one run of round(f * SIZE) bytes, placed apart."""
    n = round(f * SIZE)
    h = (SIZE - n) // 2

    def parts() -> tuple[bytes, bytes, bytes]:
        return rng.bytes(n), rng.bytes(SIZE - n), rng.bytes(SIZE - n)

    s, a, b = parts()
    pairs = [(a + s, s + b)]  # shared at A's end and at B's start
    s, a, b = parts()
    pairs.append((s + a, b + s))  # the other way round
    s, a, b = parts()
    pairs.append((a[:h] + s + a[h:], b[:h] + s + b[h:]))  # in the middle of both
    s, a, b = parts()
    pairs.append((s + a, s + b))  # a common prefix
    return pairs


def test_the_cosine_follows_the_shared_fraction() -> None:
    """f = shared bytes / sqrt(|A| * |B|): the cosine if chunk vectors were orthogonal.

    Two effects move a pair's cosine off f. The chunk that straddles each end of the shared run
    differs between the files, so about one average chunk (3 KiB, 0.6 % of 512 KiB) of shared
    bytes is lost per end: a bias of about -0.01. And distinct pseudo-random chunk vectors are
    not exactly orthogonal: their cross terms add noise of standard deviation up to
    1 / sqrt(1408) = 0.027 (measured over 40 seeds x 4 layouts: 0.028 at f = 0.1, 0.023 at 0.5,
    0.008 at 0.9). A single pair at f = 0.1 is outside f +- 0.05 about one time in eight, and
    all 36 pairs here are inside it for only 10 of those 40 seeds. So each pair is held to
    f +- 0.1 (3.5 standard deviations) and the mean of the four independent pairs of each f,
    whose noise is halved, to f +- 0.05: that passes for all 40 seeds.
    """
    rng = np.random.default_rng(2026)
    for f in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        cosines = [cosine(file_vector(a), file_vector(b)) for a, b in layouts(rng, f)]
        assert all(abs(c - f) < 0.1 for c in cosines), (f, cosines)
        assert abs(np.mean(cosines) - f) < 0.05, (f, cosines)


def edits() -> list[tuple[str, bytes, bytes, float]]:
    """(name, A, B, f) for the usual edits of a 512 KiB file; f as above."""
    rng = np.random.default_rng(99)
    original = rng.bytes(SIZE)
    cases = []
    for k in (1, 4096, 65_536, 262_144):  # shared: all of A
        f = SIZE / math.sqrt(SIZE * (SIZE + k))
        cases.append((f"{k} bytes appended", original, original + rng.bytes(k), f))
    for k in (1, 1000, 65_536, 131_072):  # shared: all of B
        f = (SIZE - k) / math.sqrt(SIZE * (SIZE - k))
        cases.append((f"{k} bytes removed at the front", original, original[k:], f))
    for k in (1, 1024):  # shared: all but the first k bytes, in files of the same size
        f = (SIZE - k) / SIZE
        cases.append((f"first {k} bytes patched", original, rng.bytes(k) + original[k:], f))
    return cases


def test_the_cosine_after_edits() -> None:
    for name, a, b, f in edits():
        c = cosine(file_vector(a), file_vector(b))
        assert abs(c - f) < 0.05, (name, f, c)


def test_unrelated_files_are_nearly_orthogonal() -> None:
    """cos ~ N(0, 1/1408) (sd 0.027); 0.1 is 3.7 sd, and there are 120 pairs here."""
    sizes = [1, 2, 3, 31, 32, 33, 1023, 1024, 1025, 4096, 12_288, 12_289, 65_536, 262_144]
    sizes += [524_288, 1_048_576]
    files = [file_vector(random_bytes(1000 + i, size)) for i, size in enumerate(sizes)]
    worst = max(abs(cosine(a, b)) for a, b in combinations(files, 2))
    assert worst < 0.1, worst


def test_one_chunk_gives_a_unit_vector_and_order_does_not_matter() -> None:
    single = content_vector(MODEL, DIM, [(b"\x01" * 32, 5)])
    assert single.dtype == np.float32 and single.shape == (DIM,)
    assert abs(float(np.linalg.norm(single.astype(np.float64))) - 1) < 1e-6
    chunks = sketch(random_bytes(5, 300_000))
    forward = content_vector(MODEL, DIM, chunks)
    assert abs(float(np.linalg.norm(forward.astype(np.float64))) - 1) < 1e-6
    # The integer sum is exact, so any order of the chunks gives the same bits.
    assert np.array_equal(forward, content_vector(MODEL, DIM, chunks[::-1]))
    assert not np.array_equal(forward, content_vector("other@001", DIM, chunks))


#: Two chunk digests whose dimension-1 integers have opposite signs and, at equal lengths, round
#: to exactly opposite fixed-point values: their sum is zero.
CANCELLING = [(b"\x00\x00", 1), (b"\x01\x00", 1)]


@pytest.mark.parametrize(
    ("dimension", "chunks", "error", "message"),
    [
        (DIM, [], ValueError, "an empty sketch (an empty file) has no content vector"),
        (DIM, [(b"d", 0)], ValueError, "a chunk length must be a positive integer, not 0"),
        (DIM, [(b"d", -3)], ValueError, "a chunk length must be a positive integer, not -3"),
        (DIM, [(b"d", True)], ValueError, "a chunk length must be a positive integer, not True"),
        (DIM, [(b"d", 2.0)], ValueError, "a chunk length must be a positive integer, not 2.0"),
        (DIM, [("d", 3)], TypeError, "a chunk digest must be bytes, not str"),
        (DIM, [(None, 3)], TypeError, "a chunk digest must be bytes, not NoneType"),
        (0, [(b"d", 3)], ValueError, "dimension must be at least 1"),
        (1, CANCELLING, ValueError, "the chunk vectors sum to zero"),
    ],
)
def test_content_vector_refuses_bad_sketches(
    dimension: int, chunks: list[Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as info:
        content_vector(MODEL, dimension, chunks)
    assert type(info.value) is error and str(info.value) == message


def test_the_cancelling_chunks_cancel_exactly() -> None:
    assert ref_sums(MODEL, 1, CANCELLING) == [0]
    # Either chunk alone, or with another length, is a unit vector as usual.
    assert content_vector(MODEL, 1, CANCELLING[:1]).tolist() in ([1.0], [-1.0])
    assert abs(content_vector(MODEL, 1, [(b"\x00\x00", 1), (b"\x01\x00", 2)])[0]) == 1.0


def test_a_chunk_length_beyond_int64_is_refused() -> None:
    """The lengths are kept as signed 64-bit machine integers (array("q"))."""
    with pytest.raises(OverflowError):
        content_vector(MODEL, 8, [(b"d", 2**63)])
    assert content_vector(MODEL, 8, [(b"d", 2**63 - 1)]).dtype == np.float32


def test_the_norm_is_summed_exactly_in_integers() -> None:
    """Summed in float64, S is off by a few units in the last place at 1408 dimensions, which
    now and then moves a component across a float32 rounding boundary: this chunk is such a case
    (found by trying digests), so only the exact integer S gives its golden bits."""
    chunks = [(bytes.fromhex("9d090000"), 1)]
    exact = ref_content_vector(MODEL, DIM, chunks)
    sums = ref_sums(MODEL, DIM, chunks)
    in_floats = math.sqrt(sum(float(v) * float(v) for v in sums))
    assert [f32(v / in_floats) for v in sums] != exact
    assert content_vector(MODEL, DIM, chunks).tolist() == exact


# --- similar_vector and label_vector --------------------------------------------------------

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


# --- golden values --------------------------------------------------------------------------


def digest_of(vector: npt.NDArray[np.float32]) -> str:
    return hashlib.sha256(vector.astype("<f4").tobytes()).hexdigest()


@pytest.mark.parametrize("case", GOLDEN["content"], ids=lambda c: f"{c['seed']}-{c['dimension']}")
def test_golden_content_vectors(case: dict[str, object]) -> None:
    data = golden_bytes(str(case["seed"]), int(case["size"]), int(case["zero_prefix"]))  # type: ignore[call-overload]
    assert hashlib.sha256(data).hexdigest() == case["sha256_of_file"]
    chunks = sketch(data)
    assert [c.length for c in chunks] == case["chunk_lengths"]
    vector = content_vector(str(case["model"]), int(case["dimension"]), chunks)  # type: ignore[call-overload]
    assert digest_of(vector) == case["sha256_of_float32_le"]
    assert [float(x) for x in vector[:4]] == case["first"]


@pytest.mark.parametrize("case", GOLDEN["label"], ids=lambda c: f"{c['label']}-{c['label_cosine']}")
def test_golden_label_vectors(case: dict[str, object]) -> None:
    model, dimension = str(case["model"]), int(case["dimension"])  # type: ignore[call-overload]
    base = content_vector(model, dimension, sketch(golden_bytes(str(case["base_seed"]), 4096)))
    vector = label_vector(model, dimension, str(case["label"]), base, float(case["label_cosine"]))  # type: ignore[arg-type]
    assert digest_of(vector) == case["sha256_of_float32_le"]
    assert [float(x) for x in vector[:4]] == case["first"]


# --- explicit vector stubs ------------------------------------------------------------------


def test_a_valid_stub_is_returned_as_given() -> None:
    values = [0.5, -2, 3.25, 1e-3]
    out = check_stub(values, 4)
    assert out.dtype == np.float32 and out.tolist() == [0.5, -2.0, 3.25, f32(1e-3)]
    assert check_stub(np.array([0.0, 1.0], dtype=np.float32), 2).tolist() == [0.0, 1.0]
    assert check_stub((0, 0, 7), 3).tolist() == [0.0, 0.0, 7.0]


ZEROS = "the vector stub is all zeros (after rounding to float32)"


@pytest.mark.parametrize(
    ("values", "dimension", "message"),
    [
        ([1.0, 2.0], 3, "the vector stub has 2 values but the dimension is 3"),
        ([1.0] * 1409, 1408, "the vector stub has 1409 values but the dimension is 1408"),
        ([], 1, "the vector stub has 0 values but the dimension is 1"),
        ("1.0", 1, "a vector stub must be a list of numbers, not str"),
        ({"a": 1.0}, 1, "a vector stub must be a list of numbers, not dict"),
        (None, 1, "a vector stub must be a list of numbers, not NoneType"),
        ([1.0, "2"], 2, "value 1 of the vector stub is not a number: '2'"),
        ([None, 1.0], 2, "value 0 of the vector stub is not a number: None"),
        ([True, 1.0], 2, "value 0 of the vector stub is not a number: True"),
        ([[1.0], 1.0], 2, "value 0 of the vector stub is not a number: [1.0]"),
        ([1.0, math.nan], 2, "value 1 of the vector stub is not finite: nan"),
        ([-math.inf, 1.0], 2, "value 0 of the vector stub is not finite: -inf"),
        ([1.0, 10**400], 2, "value 1 of the vector stub is not finite: 1" + "0" * 36 + "..."),
        ([1.0, 1e39], 2, "value 1 of the vector stub is outside float32's range: 1e+39"),
        ([0.0, 0, -0.0], 3, ZEROS),
        ([1e-50, 0.0], 2, ZEROS),
        # A value is shown as its repr up to 40 characters, else its first 37 and "...".
        (["x" * 38], 1, "value 0 of the vector stub is not a number: '" + "x" * 38 + "'"),
        (["x" * 39], 1, "value 0 of the vector stub is not a number: '" + "x" * 36 + "..."),
        (["x" * 80], 1, "value 0 of the vector stub is not a number: '" + "x" * 36 + "..."),
    ],
)
@pytest.mark.filterwarnings("error")  # refused with a message, not with a numpy warning as well
def test_invalid_stubs_are_refused(values: object, dimension: int, message: str) -> None:
    with pytest.raises(ValueError) as info:
        check_stub(values, dimension)
    assert str(info.value) == message


def test_the_vector_function_refuses_a_dimension_below_one() -> None:
    with pytest.raises(ValueError, match=r"^dimension must be at least 1$"):
        embedding("multimodalembedding@001", 0, "k")
