"""A tiny, valid video made here (no ffmpeg): an uncompressed RIFF AVI of a few coloured frames.

The live suite uploads this and nothing else, so no user data and no large file leaves the
machine.
"""

from __future__ import annotations

import struct


def _chunk(tag: bytes, data: bytes) -> bytes:
    pad = b"\x00" if len(data) % 2 else b""
    return tag + struct.pack("<I", len(data)) + data + pad


def _list(kind: bytes, *children: bytes) -> bytes:
    return _chunk(b"LIST", kind + b"".join(children))


def tiny_avi(width: int = 32, height: int = 32, frames: int = 8, fps: int = 4) -> bytes:
    """An AVI 1.0 file of ``frames`` solid-colour 24-bit frames (each a different colour)."""
    row = (width * 3 + 3) & ~3  # DIB rows are padded to 4 bytes
    frame_size = row * height
    pixels = [
        bytes((40 * i % 256, 255 - 30 * i % 256, 90 + 20 * i % 256)) * width
        + b"\x00" * (row - 3 * width)
        for i in range(frames)
    ]
    frame_data = [p * height for p in pixels]
    avih = struct.pack(
        "<IIIIIIIIII4I",
        1_000_000 // fps,  # microseconds per frame
        frame_size * fps,  # max bytes per second
        0,  # padding granularity
        0x10,  # AVIF_HASINDEX
        frames,
        0,  # initial frames
        1,  # streams
        frame_size,  # suggested buffer size
        width,
        height,
        0,
        0,
        0,
        0,
    )
    strh = struct.pack(
        "<4s4sIHHIIIIIIIIhhhh",
        b"vids",
        b"DIB ",
        0,
        0,
        0,
        0,
        1,  # scale
        fps,  # rate
        0,  # start
        frames,  # length
        frame_size,
        0xFFFFFFFF,  # quality
        0,  # sample size
        0,
        0,
        width,
        height,
    )
    strf = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 24, 0, frame_size, 0, 0, 0, 0)
    stream = _list(b"strl", _chunk(b"strh", strh), _chunk(b"strf", strf))
    header = _list(b"hdrl", _chunk(b"avih", avih), stream)
    movi_chunks = [_chunk(b"00db", data) for data in frame_data]
    movi = _list(b"movi", *movi_chunks)
    index = b""
    offset = 4  # offsets are from the start of the movi list's data ("movi" tag)
    for chunk in movi_chunks:
        index += struct.pack("<4sIII", b"00db", 0x10, offset, frame_size)
        offset += len(chunk)
    body = b"AVI " + header + movi + _chunk(b"idx1", index)
    return b"RIFF" + struct.pack("<I", len(body)) + body
