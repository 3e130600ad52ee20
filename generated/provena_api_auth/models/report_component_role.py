from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_level import AccessLevel
from ..models.intended_user_type import IntendedUserType

T = TypeVar("T", bound="ReportComponentRole")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "role_name",
        "role_display_name",
        "role_level",
        "description",
        "intended_users",
        "access_granted",
    }
)


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
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        role_name = src_dict["role_name"]

        role_display_name = src_dict["role_display_name"]

        role_level = AccessLevel._parse(src_dict["role_level"])

        description = src_dict["description"]

        intended_users = []
        _intended_users = src_dict["intended_users"]
        for intended_users_item_data in _intended_users:
            intended_users_item = IntendedUserType._parse(intended_users_item_data)

            intended_users.append(intended_users_item)

        access_granted = src_dict["access_granted"]

        # The keys beyond the declared properties, in their order. Every declared key is required, so there are
        # none exactly when the payload has no more keys than that (the common case, answered by len alone).
        additional_properties = (
            {}
            if len(src_dict) == 6
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is ReportComponentRole:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            report_component_role = object.__new__(cls)
            report_component_role.role_name = role_name
            report_component_role.role_display_name = role_display_name
            report_component_role.role_level = role_level
            report_component_role.description = description
            report_component_role.intended_users = intended_users
            report_component_role.access_granted = access_granted
            report_component_role.additional_properties = additional_properties
        else:
            report_component_role = cls(
                role_name=role_name,
                role_display_name=role_display_name,
                role_level=role_level,
                description=description,
                intended_users=intended_users,
                access_granted=access_granted,
            )
            report_component_role.additional_properties = additional_properties
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
