from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embedding_model import EmbeddingModel

T = TypeVar("T", bound="VideoEmbeddingRequest")


@_attrs_define
class VideoEmbeddingRequest:
    """
    Attributes:
        asset_id (str): An asset id as issued by `POST /upload`, `re_` followed by digits (18 in every provider
            example).
        model (EmbeddingModel): The embedding model. `multimodalembedding@001` is Google's multimodal model; it gives
            1408 dimensions for video.
    """

    asset_id: str
    model: EmbeddingModel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        model = self.model.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_id": asset_id,
                "model": model,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset_id = d.pop("asset_id")

        model = EmbeddingModel(d.pop("model"))

        video_embedding_request = cls(
            asset_id=asset_id,
            model=model,
        )

        video_embedding_request.additional_properties = d
        return video_embedding_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
