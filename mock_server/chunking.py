"""Content-defined chunking for the v2 content vector: a file's bytes to its sketch.

The sketch of a file is the list of its chunks in order, each as ``(sha256_digest, length)``.
Chunk boundaries depend only on the bytes near them, never on their offset, so two files that
share a run of bytes share the chunks inside that run wherever it sits in either file, and an
insertion or deletion moves the boundaries only until the next boundary or two.

The recipe, reproducible in any language from this description alone (integers only):

1. Gear table: ``SHAKE-256(b"mavi-mock-chunking/v2\\x00gear")`` read to 1024 bytes, split into
   256 unsigned 32-bit little-endian integers ``G[0] .. G[255]``.
2. Window hash: for every byte position ``p >= 31`` (0-based, from the start of the file),
   ``h(p) = ((G[b[p-31]] + G[b[p-30]] + ... + G[b[p]]) * 0x9E3779B1) mod 2**32``: the sum of
   the gear values of the 32 bytes ending at ``p``, times an odd constant, modulo ``2**32``.
   Position ``p`` is a *candidate* when ``h(p) < 2**21`` (its top 11 bits are zero), so one
   position in 2048 is a candidate in random data. Positions ``p < 31`` are never candidates.
3. Cutting: a chunk starting at offset ``s`` ends at ``e = p + 1`` for the first candidate
   ``p`` with ``1024 <= p + 1 - s <= 12288``; when there is none, it ends at ``e = s + 12288``.
   The next chunk starts at ``e``. At the end of the file the bytes left after the last cut
   (fewer than 12288, possibly fewer than 1024, never zero) are the last chunk. An empty file
   has no chunks.
4. Each chunk is reported as ``(SHA-256 of its bytes, its length in bytes)``.

Parameters (min 1 KiB, one candidate in 2 KiB, max 12 KiB, window 32 bytes), and why:

* The mean chunk of random data is ``1024 + 2048 * (1 - exp(-5.5)) ~= 3.06 KiB``; the minimum is
  a third of it and the maximum four times it. Only ``exp(-11264 / 2048) ~= 0.4 %`` of chunks are
  cut by the maximum rather than by the content.
* Small chunks make small files measurable: a 256 KiB file has about 85 chunks, so a shared run
  counts in the cosine to within about one chunk at each of its ends (1 % of 256 KiB per end).
* The count grows linearly and no faster: about 33,000 chunks (1.2 MB of sketch as 36-byte
  records) per 100 MB, which content_vector turns into a vector in about a quarter of a second.
* The window (32 bytes) is far below the minimum chunk, so every cut has a full window behind
  it, and whether a position is a candidate never depends on bytes more than 32 back. The
  minimum keeps runs of candidates (in low-entropy data) from making tiny chunks; the maximum
  bounds a chunk where the content has no candidates (e.g. a run of one byte value).

The implementation computes step 2 for a whole block at once with numpy (gear lookup, a
cumulative sum of unsigned 32-bit integers that wraps modulo ``2**32``, the difference of two
cumulative sums 32 apart, a multiply, a comparison), carrying the gear values of the last 31
bytes from one block to the next; step 3 then visits one candidate per chunk (``searchsorted``)
instead of every byte. It holds at most one block and one maximal chunk, and its output does not
depend on how the bytes are split between calls to :meth:`Chunker.feed`.
"""

from __future__ import annotations

import hashlib
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

GEAR_DOMAIN = b"mavi-mock-chunking/v2\x00gear"
#: Bytes in the window whose gear values are summed.
WINDOW = 32
#: The odd multiplier that mixes the window sum into the top bits.
MULTIPLIER = 0x9E3779B1
#: A position is a candidate when the top MASK_BITS bits of its hash are zero.
MASK_BITS = 11
MIN_SIZE = 1024
MAX_SIZE = 12 * 1024
#: Bytes hashed per numpy pass; feed() splits larger inputs into blocks of this size.
BLOCK_SIZE = 1 << 18

GEAR: npt.NDArray[np.uint32] = np.frombuffer(
    hashlib.shake_256(GEAR_DOMAIN).digest(4 * 256), dtype="<u4"
).astype(np.uint32)
_THRESHOLD = np.uint32(1 << (32 - MASK_BITS))
_MULTIPLIER = np.uint32(MULTIPLIER)


class Chunk(NamedTuple):
    """One chunk of a sketch: the SHA-256 of its bytes and its length."""

    digest: bytes
    length: int


class Chunker:
    """Streaming content-defined chunking (see the module docstring).

    ``feed(data)`` returns the chunks that ``data`` completed and ``finish()`` the last one;
    together, in order, they are the file's sketch, whatever the sizes of the pieces fed.
    """

    def __init__(self, block_size: int = BLOCK_SIZE) -> None:
        if block_size < 1:
            raise ValueError("block_size must be at least 1")
        self._block = block_size
        # The gear values of the last WINDOW - 1 bytes sit at the end of _carry's slot; the
        # block's gear values follow them in the same buffer, which cumsum then overwrites.
        self._gears = np.empty(WINDOW - 1 + block_size, dtype=np.uint32)
        self._sums = np.empty(block_size, dtype=np.uint32)
        self._carry = np.empty(WINDOW - 1, dtype=np.uint32)
        self._carried = 0  # how many of the last bytes' gear values _carry holds (< WINDOW)
        self._pending = bytearray()  # the bytes from _start (the open chunk's start) to _end
        self._start = 0
        self._end = 0
        self._finished = False

    @property
    def offset(self) -> int:
        """How many bytes have been fed so far."""
        return self._end

    def feed(self, data: bytes | bytearray | memoryview) -> list[Chunk]:
        """Consume ``data``; return the chunks it completed, in order."""
        if self._finished:
            raise RuntimeError("feed() after finish()")
        chunks: list[Chunk] = []
        with memoryview(data) as view, view.cast("B") as flat:
            for at in range(0, len(flat), self._block):
                self._feed_block(flat[at : at + self._block], chunks)
        return chunks

    def finish(self) -> list[Chunk]:
        """End the stream: return the last chunk (none for an empty stream)."""
        if self._finished:
            raise RuntimeError("finish() called twice")
        self._finished = True
        if not self._pending:
            return []
        last = Chunk(hashlib.sha256(self._pending).digest(), len(self._pending))
        self._pending = bytearray()
        self._start = self._end
        return [last]

    def _candidates(self, block: memoryview) -> npt.NDArray[np.int64]:
        """The chunk ends ``p + 1`` of the candidate positions ``p`` among the block's bytes."""
        n = len(block)
        carried = self._carried
        gears = self._gears[WINDOW - 1 - carried : WINDOW - 1 + n]
        gears[:carried] = self._carry[WINDOW - 1 - carried :]
        GEAR.take(np.frombuffer(block, dtype=np.uint8), out=gears[carried:])
        keep = min(len(gears), WINDOW - 1)
        self._carry[WINDOW - 1 - keep :] = gears[len(gears) - keep :]
        self._carried = keep
        windows = len(gears) - WINDOW + 1  # the full windows that end inside this block
        if windows <= 0:
            return np.empty(0, dtype=np.int64)
        np.cumsum(gears, dtype=np.uint32, out=gears)
        sums = self._sums[:windows]
        sums[0] = gears[WINDOW - 1]
        np.subtract(gears[WINDOW:], gears[: windows - 1], out=sums[1:])
        np.multiply(sums, _MULTIPLIER, out=sums)
        # sums[j] is the hash of the window ending at gears[WINDOW - 1 + j], the byte at
        # offset (self._end - carried) + WINDOW - 1 + j; a cut after it ends a chunk one later.
        found = np.flatnonzero(sums < _THRESHOLD)
        return found.astype(np.int64) + (self._end - carried + WINDOW)

    def _feed_block(self, block: memoryview, chunks: list[Chunk]) -> None:
        ends = self._candidates(block)
        self._pending += block
        self._end += len(block)
        base = self._start
        start = base
        with memoryview(self._pending) as pending:
            while True:
                at = int(np.searchsorted(ends, start + MIN_SIZE))
                if at < len(ends) and int(ends[at]) <= start + MAX_SIZE:
                    end = int(ends[at])
                elif start + MAX_SIZE <= self._end:
                    end = start + MAX_SIZE
                else:
                    break
                with pending[start - base : end - base] as piece:
                    chunks.append(Chunk(hashlib.sha256(piece).digest(), end - start))
                start = end
        del self._pending[: start - base]
        self._start = start


def sketch(data: bytes | bytearray | memoryview) -> list[Chunk]:
    """The whole sketch of ``data`` (one Chunker, fed once)."""
    chunker = Chunker()
    return chunker.feed(data) + chunker.finish()
