"""The deterministic fake embedding: a pure function of (model, dimension, content key).

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
"""

from __future__ import annotations

import hashlib
import math

import numpy as np
import numpy.typing as npt

DOMAIN = b"mavi-mock-embedding/v1\x00"


def embedding(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension < 1:
        raise ValueError("dimension must be at least 1")
    message = b"".join(
        (DOMAIN, model.encode(), b"\x00", str(dimension).encode(), b"\x00", content_key.encode())
    )
    raw = hashlib.shake_256(message).digest(2 * dimension)
    x = np.frombuffer(raw, dtype="<u2").astype(np.float64) * 2.0 - 65535.0
    # Every square is an integer below 2**32 and every partial sum one below 2**53, so this
    # float64 sum is exact in any summation order: S is the integer of step 4.
    total = float(np.dot(x, x))
    x /= math.sqrt(total)
    return x.astype(np.float32)
