from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.asset_record import AssetRecord


T = TypeVar("T", bound="AssetMetadata")


@_attrs_define
class AssetMetadata:
    """
    Attributes:
        total (int):
        resource (list[AssetRecord]):
    """

    total: int
    resource: list[AssetRecord]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        resource = []
        for resource_item_data in self.resource:
            resource_item = resource_item_data.to_dict()
            resource.append(resource_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "resource": resource,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_record import AssetRecord

        d = dict(src_dict)
        total = d.pop("total")

        resource = []
        _resource = d.pop("resource")
        for resource_item_data in _resource:
            resource_item = AssetRecord.from_dict(resource_item_data)

            resource.append(resource_item)

        asset_metadata = cls(
            total=total,
            resource=resource,
        )

        asset_metadata.additional_properties = d
        return asset_metadata

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
