from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TableNames")


@_attrs_define
class TableNames:
    """
    Attributes:
        resource_table_name (str):
        auth_table_name (str):
        lock_table_name (str):
    """

    resource_table_name: str
    auth_table_name: str
    lock_table_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_table_name = self.resource_table_name

        auth_table_name = self.auth_table_name

        lock_table_name = self.lock_table_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_table_name": resource_table_name,
                "auth_table_name": auth_table_name,
                "lock_table_name": lock_table_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        resource_table_name = d.pop("resource_table_name")

        auth_table_name = d.pop("auth_table_name")

        lock_table_name = d.pop("lock_table_name")

        table_names = cls(
            resource_table_name=resource_table_name,
            auth_table_name=auth_table_name,
            lock_table_name=lock_table_name,
        )

        table_names.additional_properties = d
        return table_names

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
