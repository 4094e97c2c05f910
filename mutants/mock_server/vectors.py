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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_embedding__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_embedding__mutmut)
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


def x_embedding__mutmut_orig(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
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


def x_embedding__mutmut_1(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension <= 1:
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


def x_embedding__mutmut_2(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension < 2:
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


def x_embedding__mutmut_3(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension < 1:
        raise ValueError(None)
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


def x_embedding__mutmut_4(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension < 1:
        raise ValueError("XXdimension must be at least 1XX")
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


def x_embedding__mutmut_5(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension < 1:
        raise ValueError("DIMENSION MUST BE AT LEAST 1")
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


def x_embedding__mutmut_6(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension < 1:
        raise ValueError("dimension must be at least 1")
    message = None
    raw = hashlib.shake_256(message).digest(2 * dimension)
    x = np.frombuffer(raw, dtype="<u2").astype(np.float64) * 2.0 - 65535.0
    # Every square is an integer below 2**32 and every partial sum one below 2**53, so this
    # float64 sum is exact in any summation order: S is the integer of step 4.
    total = float(np.dot(x, x))
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_7(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension < 1:
        raise ValueError("dimension must be at least 1")
    message = b"".join(
        None
    )
    raw = hashlib.shake_256(message).digest(2 * dimension)
    x = np.frombuffer(raw, dtype="<u2").astype(np.float64) * 2.0 - 65535.0
    # Every square is an integer below 2**32 and every partial sum one below 2**53, so this
    # float64 sum is exact in any summation order: S is the integer of step 4.
    total = float(np.dot(x, x))
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_8(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension < 1:
        raise ValueError("dimension must be at least 1")
    message = b"XXXX".join(
        (DOMAIN, model.encode(), b"\x00", str(dimension).encode(), b"\x00", content_key.encode())
    )
    raw = hashlib.shake_256(message).digest(2 * dimension)
    x = np.frombuffer(raw, dtype="<u2").astype(np.float64) * 2.0 - 65535.0
    # Every square is an integer below 2**32 and every partial sum one below 2**53, so this
    # float64 sum is exact in any summation order: S is the integer of step 4.
    total = float(np.dot(x, x))
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_9(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension < 1:
        raise ValueError("dimension must be at least 1")
    message = b"".join(
        (DOMAIN, model.encode(), b"XX\x00XX", str(dimension).encode(), b"\x00", content_key.encode())
    )
    raw = hashlib.shake_256(message).digest(2 * dimension)
    x = np.frombuffer(raw, dtype="<u2").astype(np.float64) * 2.0 - 65535.0
    # Every square is an integer below 2**32 and every partial sum one below 2**53, so this
    # float64 sum is exact in any summation order: S is the integer of step 4.
    total = float(np.dot(x, x))
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_10(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension < 1:
        raise ValueError("dimension must be at least 1")
    message = b"".join(
        (DOMAIN, model.encode(), b"\x00", str(None).encode(), b"\x00", content_key.encode())
    )
    raw = hashlib.shake_256(message).digest(2 * dimension)
    x = np.frombuffer(raw, dtype="<u2").astype(np.float64) * 2.0 - 65535.0
    # Every square is an integer below 2**32 and every partial sum one below 2**53, so this
    # float64 sum is exact in any summation order: S is the integer of step 4.
    total = float(np.dot(x, x))
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_11(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension < 1:
        raise ValueError("dimension must be at least 1")
    message = b"".join(
        (DOMAIN, model.encode(), b"\x00", str(dimension).encode(), b"XX\x00XX", content_key.encode())
    )
    raw = hashlib.shake_256(message).digest(2 * dimension)
    x = np.frombuffer(raw, dtype="<u2").astype(np.float64) * 2.0 - 65535.0
    # Every square is an integer below 2**32 and every partial sum one below 2**53, so this
    # float64 sum is exact in any summation order: S is the integer of step 4.
    total = float(np.dot(x, x))
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_12(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension < 1:
        raise ValueError("dimension must be at least 1")
    message = b"".join(
        (DOMAIN, model.encode(), b"\x00", str(dimension).encode(), b"\x00", content_key.encode())
    )
    raw = None
    x = np.frombuffer(raw, dtype="<u2").astype(np.float64) * 2.0 - 65535.0
    # Every square is an integer below 2**32 and every partial sum one below 2**53, so this
    # float64 sum is exact in any summation order: S is the integer of step 4.
    total = float(np.dot(x, x))
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_13(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension < 1:
        raise ValueError("dimension must be at least 1")
    message = b"".join(
        (DOMAIN, model.encode(), b"\x00", str(dimension).encode(), b"\x00", content_key.encode())
    )
    raw = hashlib.shake_256(message).digest(None)
    x = np.frombuffer(raw, dtype="<u2").astype(np.float64) * 2.0 - 65535.0
    # Every square is an integer below 2**32 and every partial sum one below 2**53, so this
    # float64 sum is exact in any summation order: S is the integer of step 4.
    total = float(np.dot(x, x))
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_14(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension < 1:
        raise ValueError("dimension must be at least 1")
    message = b"".join(
        (DOMAIN, model.encode(), b"\x00", str(dimension).encode(), b"\x00", content_key.encode())
    )
    raw = hashlib.shake_256(None).digest(2 * dimension)
    x = np.frombuffer(raw, dtype="<u2").astype(np.float64) * 2.0 - 65535.0
    # Every square is an integer below 2**32 and every partial sum one below 2**53, so this
    # float64 sum is exact in any summation order: S is the integer of step 4.
    total = float(np.dot(x, x))
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_15(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension < 1:
        raise ValueError("dimension must be at least 1")
    message = b"".join(
        (DOMAIN, model.encode(), b"\x00", str(dimension).encode(), b"\x00", content_key.encode())
    )
    raw = hashlib.shake_256(message).digest(2 / dimension)
    x = np.frombuffer(raw, dtype="<u2").astype(np.float64) * 2.0 - 65535.0
    # Every square is an integer below 2**32 and every partial sum one below 2**53, so this
    # float64 sum is exact in any summation order: S is the integer of step 4.
    total = float(np.dot(x, x))
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_16(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension < 1:
        raise ValueError("dimension must be at least 1")
    message = b"".join(
        (DOMAIN, model.encode(), b"\x00", str(dimension).encode(), b"\x00", content_key.encode())
    )
    raw = hashlib.shake_256(message).digest(3 * dimension)
    x = np.frombuffer(raw, dtype="<u2").astype(np.float64) * 2.0 - 65535.0
    # Every square is an integer below 2**32 and every partial sum one below 2**53, so this
    # float64 sum is exact in any summation order: S is the integer of step 4.
    total = float(np.dot(x, x))
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_17(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension < 1:
        raise ValueError("dimension must be at least 1")
    message = b"".join(
        (DOMAIN, model.encode(), b"\x00", str(dimension).encode(), b"\x00", content_key.encode())
    )
    raw = hashlib.shake_256(message).digest(2 * dimension)
    x = None
    # Every square is an integer below 2**32 and every partial sum one below 2**53, so this
    # float64 sum is exact in any summation order: S is the integer of step 4.
    total = float(np.dot(x, x))
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_18(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension < 1:
        raise ValueError("dimension must be at least 1")
    message = b"".join(
        (DOMAIN, model.encode(), b"\x00", str(dimension).encode(), b"\x00", content_key.encode())
    )
    raw = hashlib.shake_256(message).digest(2 * dimension)
    x = np.frombuffer(raw, dtype="<u2").astype(np.float64) * 2.0 + 65535.0
    # Every square is an integer below 2**32 and every partial sum one below 2**53, so this
    # float64 sum is exact in any summation order: S is the integer of step 4.
    total = float(np.dot(x, x))
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_19(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension < 1:
        raise ValueError("dimension must be at least 1")
    message = b"".join(
        (DOMAIN, model.encode(), b"\x00", str(dimension).encode(), b"\x00", content_key.encode())
    )
    raw = hashlib.shake_256(message).digest(2 * dimension)
    x = np.frombuffer(raw, dtype="<u2").astype(np.float64) / 2.0 - 65535.0
    # Every square is an integer below 2**32 and every partial sum one below 2**53, so this
    # float64 sum is exact in any summation order: S is the integer of step 4.
    total = float(np.dot(x, x))
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_20(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension < 1:
        raise ValueError("dimension must be at least 1")
    message = b"".join(
        (DOMAIN, model.encode(), b"\x00", str(dimension).encode(), b"\x00", content_key.encode())
    )
    raw = hashlib.shake_256(message).digest(2 * dimension)
    x = np.frombuffer(raw, dtype="<u2").astype(None) * 2.0 - 65535.0
    # Every square is an integer below 2**32 and every partial sum one below 2**53, so this
    # float64 sum is exact in any summation order: S is the integer of step 4.
    total = float(np.dot(x, x))
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_21(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension < 1:
        raise ValueError("dimension must be at least 1")
    message = b"".join(
        (DOMAIN, model.encode(), b"\x00", str(dimension).encode(), b"\x00", content_key.encode())
    )
    raw = hashlib.shake_256(message).digest(2 * dimension)
    x = np.frombuffer(None, dtype="<u2").astype(np.float64) * 2.0 - 65535.0
    # Every square is an integer below 2**32 and every partial sum one below 2**53, so this
    # float64 sum is exact in any summation order: S is the integer of step 4.
    total = float(np.dot(x, x))
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_22(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension < 1:
        raise ValueError("dimension must be at least 1")
    message = b"".join(
        (DOMAIN, model.encode(), b"\x00", str(dimension).encode(), b"\x00", content_key.encode())
    )
    raw = hashlib.shake_256(message).digest(2 * dimension)
    x = np.frombuffer(raw, dtype=None).astype(np.float64) * 2.0 - 65535.0
    # Every square is an integer below 2**32 and every partial sum one below 2**53, so this
    # float64 sum is exact in any summation order: S is the integer of step 4.
    total = float(np.dot(x, x))
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_23(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension < 1:
        raise ValueError("dimension must be at least 1")
    message = b"".join(
        (DOMAIN, model.encode(), b"\x00", str(dimension).encode(), b"\x00", content_key.encode())
    )
    raw = hashlib.shake_256(message).digest(2 * dimension)
    x = np.frombuffer(dtype="<u2").astype(np.float64) * 2.0 - 65535.0
    # Every square is an integer below 2**32 and every partial sum one below 2**53, so this
    # float64 sum is exact in any summation order: S is the integer of step 4.
    total = float(np.dot(x, x))
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_24(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension < 1:
        raise ValueError("dimension must be at least 1")
    message = b"".join(
        (DOMAIN, model.encode(), b"\x00", str(dimension).encode(), b"\x00", content_key.encode())
    )
    raw = hashlib.shake_256(message).digest(2 * dimension)
    x = np.frombuffer(raw, ).astype(np.float64) * 2.0 - 65535.0
    # Every square is an integer below 2**32 and every partial sum one below 2**53, so this
    # float64 sum is exact in any summation order: S is the integer of step 4.
    total = float(np.dot(x, x))
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_25(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension < 1:
        raise ValueError("dimension must be at least 1")
    message = b"".join(
        (DOMAIN, model.encode(), b"\x00", str(dimension).encode(), b"\x00", content_key.encode())
    )
    raw = hashlib.shake_256(message).digest(2 * dimension)
    x = np.frombuffer(raw, dtype="XX<u2XX").astype(np.float64) * 2.0 - 65535.0
    # Every square is an integer below 2**32 and every partial sum one below 2**53, so this
    # float64 sum is exact in any summation order: S is the integer of step 4.
    total = float(np.dot(x, x))
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_26(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension < 1:
        raise ValueError("dimension must be at least 1")
    message = b"".join(
        (DOMAIN, model.encode(), b"\x00", str(dimension).encode(), b"\x00", content_key.encode())
    )
    raw = hashlib.shake_256(message).digest(2 * dimension)
    x = np.frombuffer(raw, dtype="<U2").astype(np.float64) * 2.0 - 65535.0
    # Every square is an integer below 2**32 and every partial sum one below 2**53, so this
    # float64 sum is exact in any summation order: S is the integer of step 4.
    total = float(np.dot(x, x))
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_27(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension < 1:
        raise ValueError("dimension must be at least 1")
    message = b"".join(
        (DOMAIN, model.encode(), b"\x00", str(dimension).encode(), b"\x00", content_key.encode())
    )
    raw = hashlib.shake_256(message).digest(2 * dimension)
    x = np.frombuffer(raw, dtype="<u2").astype(np.float64) * 3.0 - 65535.0
    # Every square is an integer below 2**32 and every partial sum one below 2**53, so this
    # float64 sum is exact in any summation order: S is the integer of step 4.
    total = float(np.dot(x, x))
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_28(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
    """The unit-norm float32 vector for ``content_key`` (see the module docstring)."""
    if dimension < 1:
        raise ValueError("dimension must be at least 1")
    message = b"".join(
        (DOMAIN, model.encode(), b"\x00", str(dimension).encode(), b"\x00", content_key.encode())
    )
    raw = hashlib.shake_256(message).digest(2 * dimension)
    x = np.frombuffer(raw, dtype="<u2").astype(np.float64) * 2.0 - 65536.0
    # Every square is an integer below 2**32 and every partial sum one below 2**53, so this
    # float64 sum is exact in any summation order: S is the integer of step 4.
    total = float(np.dot(x, x))
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_29(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
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
    total = None
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_30(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
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
    total = float(None)
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_31(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
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
    total = float(np.dot(None, x))
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_32(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
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
    total = float(np.dot(x, None))
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_33(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
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
    total = float(np.dot(x))
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_34(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
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
    total = float(np.dot(x, ))
    x /= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_35(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
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
    x = math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_36(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
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
    x *= math.sqrt(total)
    return x.astype(np.float32)


def x_embedding__mutmut_37(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
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
    x /= math.sqrt(None)
    return x.astype(np.float32)


def x_embedding__mutmut_38(model: str, dimension: int, content_key: str) -> npt.NDArray[np.float32]:
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
    return x.astype(None)

mutants_x_embedding__mutmut['_mutmut_orig'] = x_embedding__mutmut_orig # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_1'] = x_embedding__mutmut_1 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_2'] = x_embedding__mutmut_2 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_3'] = x_embedding__mutmut_3 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_4'] = x_embedding__mutmut_4 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_5'] = x_embedding__mutmut_5 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_6'] = x_embedding__mutmut_6 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_7'] = x_embedding__mutmut_7 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_8'] = x_embedding__mutmut_8 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_9'] = x_embedding__mutmut_9 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_10'] = x_embedding__mutmut_10 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_11'] = x_embedding__mutmut_11 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_12'] = x_embedding__mutmut_12 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_13'] = x_embedding__mutmut_13 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_14'] = x_embedding__mutmut_14 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_15'] = x_embedding__mutmut_15 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_16'] = x_embedding__mutmut_16 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_17'] = x_embedding__mutmut_17 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_18'] = x_embedding__mutmut_18 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_19'] = x_embedding__mutmut_19 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_20'] = x_embedding__mutmut_20 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_21'] = x_embedding__mutmut_21 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_22'] = x_embedding__mutmut_22 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_23'] = x_embedding__mutmut_23 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_24'] = x_embedding__mutmut_24 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_25'] = x_embedding__mutmut_25 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_26'] = x_embedding__mutmut_26 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_27'] = x_embedding__mutmut_27 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_28'] = x_embedding__mutmut_28 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_29'] = x_embedding__mutmut_29 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_30'] = x_embedding__mutmut_30 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_31'] = x_embedding__mutmut_31 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_32'] = x_embedding__mutmut_32 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_33'] = x_embedding__mutmut_33 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_34'] = x_embedding__mutmut_34 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_35'] = x_embedding__mutmut_35 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_36'] = x_embedding__mutmut_36 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_37'] = x_embedding__mutmut_37 # type: ignore # mutmut generated
mutants_x_embedding__mutmut['x_embedding__mutmut_38'] = x_embedding__mutmut_38 # type: ignore # mutmut generated
