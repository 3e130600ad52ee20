from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DescribedRole")


@_attrs_define
class DescribedRole:
    """
    Attributes:
        role_display_name (str):
        role_name (str):
        description (str):
        also_grants (list[str]):
    """

    role_display_name: str
    role_name: str
    description: str
    also_grants: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_display_name = self.role_display_name

        role_name = self.role_name

        description = self.description

        also_grants = self.also_grants

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role_display_name": role_display_name,
                "role_name": role_name,
                "description": description,
                "also_grants": also_grants,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role_display_name = d.pop("role_display_name")

        role_name = d.pop("role_name")

        description = d.pop("description")

        also_grants = cast(list[str], d.pop("also_grants"))

        described_role = cls(
            role_display_name=role_display_name,
            role_name=role_name,
            description=description,
            also_grants=also_grants,
        )

        described_role.additional_properties = d
        return described_role

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
