"""The content-defined chunking under the v2 vectors: the gear table, chunk sizes, cuts at the
limits, and a sketch that does not depend on how the bytes are fed or on an edit far away."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
from tests.support.vectors import mixed_bytes, random_bytes, ref_gear, ref_sketch


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
