"""Which vector an asset's embedding answers: the one its bytes give, or one a test declared.

At upload the file's bytes give the asset's *base* vector (``vectors.py``: ``content_vector``
from its chunks under ``MOCK_VECTORS=v2``, ``embedding`` of its SHA-256 under ``v1``). A test may
then declare what the served vector is instead, at upload (``Prefer: label=...`` or
``Prefer: similar_to=..., cosine=...``) or later (``PUT /__mock/assets/<id>/vector``, which also
takes an explicit ``vector``):

- ``label``: ``label_vector(base)``, in the label's cluster (``MOCK_LABEL_COSINE`` apart);
- ``similar_to`` + ``cosine``: ``similar_vector(the other asset's served vector, base, cosine)``,
  made once, when declared (a later change to the other asset does not move this one);
- ``vector``: exactly the values given, as float32.

Both vectors are stored with the asset (``store.py``), so an embedding request only reads them.
An asset with no bytes (the provider's example ids, ``MOCK_ACCEPT_ANY_ASSET``) has the v1 vector
of its id as its base.
"""

from __future__ import annotations

import dataclasses
import hashlib
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
import orjson

from mavi_contract import DEFAULT_MODEL

from .chunking import Chunk, Chunker
from .prefer import check_asset_reference, check_label, parse_cosine
from .vectors import check_stub, content_vector, embedding, label_vector, similar_vector

if TYPE_CHECKING:
    from .prefer import Prefer
    from .state import MockState
    from .store import Asset, Vectors

FloatVector = npt.NDArray[np.float32]


class DeclarationError(ValueError):
    """A declared vector the mock cannot make (the message says why): a 400."""


def dimension_of(mock: MockState, model: str) -> int:
    return mock.config.dimension if model == DEFAULT_MODEL else mock.contract.dimensions[model]


class ContentReader:
    """What an upload's bytes give, read once as they are hashed: the SHA-256 and the base
    vector's chunks (only under ``MOCK_VECTORS=v2``)."""

    def __init__(self, mock: MockState) -> None:
        self.sha256 = hashlib.sha256()
        self.size = 0
        self._chunker = Chunker() if mock.config.vectors == "v2" else None
        # The sketch, compactly: 36 bytes a chunk (about 3 KiB of file), 1.2 % of the upload.
        self._digests = bytearray()
        self._lengths = array("I")
        self._mock = mock

    @property
    def content_key(self) -> str:
        return self.sha256.hexdigest()

    def update(self, data: bytes) -> None:
        self.sha256.update(data)
        self.size += len(data)
        if self._chunker is not None:
            self._keep(self._chunker.feed(data))

    def _keep(self, chunks: list[Chunk]) -> None:
        for chunk in chunks:
            self._digests += chunk.digest
            self._lengths.append(chunk.length)

    def _sketch(self) -> Iterator[tuple[bytes, int]]:
        for index, length in enumerate(self._lengths):
            yield bytes(self._digests[32 * index : 32 * index + 32]), length

    def base_vector(self) -> bytes | None:
        """The v2 content vector to store with the asset (float32, little-endian); None under
        ``MOCK_VECTORS=v1``, whose vector is computed from the SHA-256 when asked for."""
        if self._chunker is None:
            return None
        self._keep(self._chunker.finish())
        dimension = dimension_of(self._mock, DEFAULT_MODEL)
        return as_blob(content_vector(DEFAULT_MODEL, dimension, self._sketch()))


CONTENT_V1 = {"kind": "content", "vectors": "v1"}
CONTENT_V2 = {"kind": "content", "vectors": "v2"}


@dataclass(frozen=True)
class Served:
    """The vector an embedding of an asset answers, how it was made, and a key for the answer
    cache that changes whenever the vector can."""

    vector: FloatVector
    recipe: dict[str, Any]
    cache_key: str


def served_key(mock: MockState, asset: Asset, model: str) -> str:
    """Which vector an embedding of ``asset`` with ``model`` answers (cheap: nothing is
    computed), as a key for the answer cache. In this order:

    1. ``declared:<digest>``: a declared vector (label, similar_to, stub), if it has this
       model's dimension;
    2. ``v2:<sha256>``: under ``MOCK_VECTORS=v2``, the v2 content vector made at upload, if it has
       the dimension;
    3. ``<content key>``: the v1 vector of the content key. That is the vector under v1, and for
       assets stored without a v2 vector (the example ids, ``MOCK_ACCEPT_ANY_ASSET``, uploads
       made under v1 or by an earlier version: the mock keeps no bytes to make one from), or
       after ``MOCK_DIMENSION`` changed.
    """
    if model == DEFAULT_MODEL:
        size = 4 * dimension_of(mock, model)
        if asset.vector is not None and len(asset.vector) == size and asset.vector_recipe:
            return f"declared:{asset.vector_digest}"
        if (
            mock.config.vectors == "v2"
            and asset.base_vector is not None
            and len(asset.base_vector) == size
        ):
            return f"v2:{asset.content_key}"
    return asset.content_key


def served(mock: MockState, asset: Asset, model: str) -> Served:
    """What an embedding of ``asset`` with ``model`` answers (see ``served_key``)."""
    key = served_key(mock, asset, model)
    if key.startswith("declared:"):
        assert asset.vector is not None and asset.vector_recipe is not None
        vector = np.frombuffer(asset.vector, dtype="<f4")
        return Served(vector, orjson.loads(asset.vector_recipe), key)
    if key.startswith("v2:"):
        assert asset.base_vector is not None
        return Served(np.frombuffer(asset.base_vector, dtype="<f4"), CONTENT_V2, key)
    vector = embedding(model, dimension_of(mock, model), asset.content_key)
    return Served(vector, CONTENT_V1, key)


def content_of(mock: MockState, asset: Asset) -> FloatVector:
    """The asset's own content vector (what it would answer with nothing declared): the base
    from which a declaration departs."""
    return served(mock, _undeclared(asset), DEFAULT_MODEL).vector


def _undeclared(asset: Asset) -> Asset:
    return dataclasses.replace(asset, vector=None, vector_recipe=None)


@dataclass(frozen=True)
class Declaration:
    """One of: ``label``; ``similar_to`` with ``cosine``; ``vector`` (explicit values)."""

    label: str | None = None
    similar_to: str | None = None
    cosine: float | None = None
    vector: Any = None

    @classmethod
    def from_prefer(cls, prefer: Prefer) -> Declaration | None:
        if prefer.label is None and prefer.similar_to is None:
            return None
        return cls(prefer.label, prefer.similar_to, prefer.cosine)

    @classmethod
    def from_recipe(cls, recipe: str) -> Declaration:
        """A declaration kept as its recipe (a signed URL's, until its file arrives)."""
        data = orjson.loads(recipe)
        return cls(data.get("label"), data.get("similar_to"), data.get("cosine"))

    @classmethod
    def from_json(cls, body: object) -> Declaration:
        """The body of ``PUT /__mock/assets/<id>/vector``; DeclarationError if invalid."""
        if not isinstance(body, dict):
            raise DeclarationError("the body must be a JSON object")
        unknown = set(body) - {"label", "similar_to", "cosine", "vector"}
        if unknown:
            raise DeclarationError(
                f"unknown key {sorted(unknown)[0]!r}; give one of: label; similar_to with"
                " cosine; vector"
            )
        given = [k for k in ("label", "similar_to", "vector") if k in body]
        if len(given) != 1:
            raise DeclarationError("give exactly one of: label; similar_to with cosine; vector")
        if ("cosine" in body) != ("similar_to" in body):
            raise DeclarationError("similar_to and cosine go together")
        try:
            if "label" in body:
                if not isinstance(body["label"], str):
                    raise DeclarationError("label must be a string")
                return cls(label=check_label(body["label"]))
            if "similar_to" in body:
                if not isinstance(body["similar_to"], str):
                    raise DeclarationError("similar_to must be an asset id")
                if isinstance(body["cosine"], bool) or not isinstance(body["cosine"], int | float):
                    raise DeclarationError("cosine must be a number from -1 to 1")
                return cls(
                    similar_to=check_asset_reference(body["similar_to"]),
                    cosine=parse_cosine(body["cosine"]),
                )
        except DeclarationError:
            raise
        except ValueError as exc:
            raise DeclarationError(str(exc)) from None
        return cls(vector=body["vector"])

    def make(self, mock: MockState, base: FloatVector, *, asset_id: str) -> FloatVector:
        """The declared vector for an asset whose base vector is ``base``."""
        dimension = dimension_of(mock, DEFAULT_MODEL)
        if self.label is not None:
            try:
                cosine = mock.config.label_cosine
                return label_vector(DEFAULT_MODEL, dimension, self.label, base, cosine)
            except ValueError as exc:  # e.g. dimension 1: no direction away from a centroid
                raise DeclarationError(str(exc)) from None
        if self.similar_to is not None:
            assert self.cosine is not None
            target = mock.store.get_asset(self.similar_to)
            if target is None:
                raise DeclarationError(f"similar_to: no asset {self.similar_to} on this mock")
            if self.similar_to == asset_id:
                raise DeclarationError("similar_to names the asset itself")
            try:
                target_vector = served(mock, target, DEFAULT_MODEL).vector
                return similar_vector(target_vector, base, self.cosine)
            except ValueError as exc:
                raise DeclarationError(str(exc)) from None
        try:
            return check_stub(self.vector, dimension)
        except ValueError as exc:
            raise DeclarationError(str(exc)) from None

    def recipe(self) -> str:
        if self.label is not None:
            return orjson.dumps({"kind": "label", "label": self.label}).decode()
        if self.similar_to is not None:
            return orjson.dumps(
                {"kind": "similar", "similar_to": self.similar_to, "cosine": self.cosine}
            ).decode()
        return '{"kind":"stub"}'


def upload_vectors(
    mock: MockState, reader: ContentReader, declaration: Declaration | None
) -> Vectors:
    """What an upload stores: its v2 content vector (None under v1) and, if the request declared
    one, the declared vector and its recipe. DeclarationError if the declaration cannot be made.
    """
    base = reader.base_vector()
    if declaration is None:
        return base, None, None
    content = (
        np.frombuffer(base, dtype="<f4")
        if base is not None
        else embedding(DEFAULT_MODEL, dimension_of(mock, DEFAULT_MODEL), reader.content_key)
    )
    vector = declaration.make(mock, content, asset_id="")
    return base, as_blob(vector), declaration.recipe()


def as_blob(vector: FloatVector) -> bytes:
    return np.asarray(vector, dtype="<f4").tobytes()
