from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upload_status import UploadStatus

T = TypeVar("T", bound="AssetRecord")


@_attrs_define
class AssetRecord:
    """
    Attributes:
        extension (str): The file's extension, lower case, without the dot.
        asset_id (str): An asset id as issued by `POST /upload`, `re_` followed by digits (18 in every provider
            example).
        original_filename (str):
        file_size (str): Size in bytes, as a string of digits.
        upload_status (UploadStatus): WAITING → UPLOADING → SUCCESS (or FAILED). Only a SUCCESS asset can be embedded.
        create_time (str): Epoch milliseconds, as a string of digits.
        modify_time (str): Epoch milliseconds, as a string of digits.
    """

    extension: str
    asset_id: str
    original_filename: str
    file_size: str
    upload_status: UploadStatus
    create_time: str
    modify_time: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extension = self.extension

        asset_id = self.asset_id

        original_filename = self.original_filename

        file_size = self.file_size

        upload_status = self.upload_status.value

        create_time = self.create_time

        modify_time = self.modify_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "extension": extension,
                "asset_id": asset_id,
                "original_filename": original_filename,
                "file_size": file_size,
                "upload_status": upload_status,
                "create_time": create_time,
                "modify_time": modify_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        extension = d.pop("extension")

        asset_id = d.pop("asset_id")

        original_filename = d.pop("original_filename")

        file_size = d.pop("file_size")

        upload_status = UploadStatus(d.pop("upload_status"))

        create_time = d.pop("create_time")

        modify_time = d.pop("modify_time")

        asset_record = cls(
            extension=extension,
            asset_id=asset_id,
            original_filename=original_filename,
            file_size=file_size,
            upload_status=upload_status,
            create_time=create_time,
            modify_time=modify_time,
        )

        asset_record.additional_properties = d
        return asset_record

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
