from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="S3Location")


@_attrs_define
class S3Location:
    """
    Attributes:
        bucket_name (str):
        path (str):
        s3_uri (str):
    """

    bucket_name: str
    path: str
    s3_uri: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket_name = self.bucket_name

        path = self.path

        s3_uri = self.s3_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucket_name": bucket_name,
                "path": path,
                "s3_uri": s3_uri,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bucket_name = d.pop("bucket_name")

        path = d.pop("path")

        s3_uri = d.pop("s3_uri")

        s3_location = cls(
            bucket_name=bucket_name,
            path=path,
            s3_uri=s3_uri,
        )

        s3_location.additional_properties = d
        return s3_location

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
