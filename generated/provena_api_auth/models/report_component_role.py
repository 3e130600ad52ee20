from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_level import AccessLevel
from ..models.intended_user_type import IntendedUserType

T = TypeVar("T", bound="ReportComponentRole")


@_attrs_define
class ReportComponentRole:
    """
    Attributes:
        role_name (str):
        role_display_name (str):
        role_level (AccessLevel): AccessLevel
            Describes the access level of a role e.g. read/write/admin
        description (str):
        intended_users (list[IntendedUserType]):
        access_granted (bool):
    """

    role_name: str
    role_display_name: str
    role_level: AccessLevel
    description: str
    intended_users: list[IntendedUserType]
    access_granted: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_name = self.role_name

        role_display_name = self.role_display_name

        role_level = self.role_level.value

        description = self.description

        intended_users = []
        for intended_users_item_data in self.intended_users:
            intended_users_item = intended_users_item_data.value
            intended_users.append(intended_users_item)

        access_granted = self.access_granted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role_name": role_name,
                "role_display_name": role_display_name,
                "role_level": role_level,
                "description": description,
                "intended_users": intended_users,
                "access_granted": access_granted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role_name = d.pop("role_name")

        role_display_name = d.pop("role_display_name")

        role_level = AccessLevel(d.pop("role_level"))

        description = d.pop("description")

        intended_users = []
        _intended_users = d.pop("intended_users")
        for intended_users_item_data in _intended_users:
            intended_users_item = IntendedUserType(intended_users_item_data)

            intended_users.append(intended_users_item)

        access_granted = d.pop("access_granted")

        report_component_role = cls(
            role_name=role_name,
            role_display_name=role_display_name,
            role_level=role_level,
            description=description,
            intended_users=intended_users,
            access_granted=access_granted,
        )

        report_component_role.additional_properties = d
        return report_component_role

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
