from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.signed_url import SignedUrl


T = TypeVar("T", bound="SignedUrlEnvelope")


@_attrs_define
class SignedUrlEnvelope:
    """
    Attributes:
        code (str): The seed dialect's four-digit string: `"0000"` on success, the `seed` column of
            `x-dialect-table` on errors.
        msg (str): Human-readable; never branch on it.
        data (SignedUrl): The operation's payload; null on errors.
        success (bool):
        failed (bool):
    """

    code: str
    msg: str
    data: SignedUrl
    success: bool
    failed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        msg = self.msg

        data = self.data.to_dict()

        success = self.success

        failed = self.failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "msg": msg,
                "data": data,
                "success": success,
                "failed": failed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.signed_url import SignedUrl

        d = dict(src_dict)
        code = d.pop("code")

        msg = d.pop("msg")

        data = SignedUrl.from_dict(d.pop("data"))

        success = d.pop("success")

        failed = d.pop("failed")

        signed_url_envelope = cls(
            code=code,
            msg=msg,
            data=data,
            success=success,
            failed=failed,
        )

        signed_url_envelope.additional_properties = d
        return signed_url_envelope

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
