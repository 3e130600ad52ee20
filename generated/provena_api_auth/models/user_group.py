from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserGroup")


@_attrs_define
class UserGroup:
    """
    Attributes:
        id (str):
        display_name (str):
        description (str):
        users (list[GroupUser]):
        default_data_store_access (list[str] | None | Unset):
    """

    id: str
    display_name: str
    description: str
    users: list[GroupUser]
    default_data_store_access: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_name = self.display_name

        description = self.description

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        default_data_store_access: list[str] | None | Unset
        if isinstance(self.default_data_store_access, Unset):
            default_data_store_access = UNSET
        elif isinstance(self.default_data_store_access, list):
            default_data_store_access = self.default_data_store_access

        else:
            default_data_store_access = self.default_data_store_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "display_name": display_name,
                "description": description,
                "users": users,
            }
        )
        if default_data_store_access is not UNSET:
            field_dict["default_data_store_access"] = default_data_store_access

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        display_name = d.pop("display_name")

        description = d.pop("description")

        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = GroupUser.from_dict(users_item_data)

            users.append(users_item)

        def _parse_default_data_store_access(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                default_data_store_access_type_0 = cast(list[str], data)

                return default_data_store_access_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        default_data_store_access = _parse_default_data_store_access(
            d.pop("default_data_store_access", UNSET)
        )

        user_group = cls(
            id=id,
            display_name=display_name,
            description=description,
            users=users,
            default_data_store_access=default_data_store_access,
        )

        user_group.additional_properties = d
        return user_group

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


# Models that may refer back to this one: imported once the class exists (an import cycle then finds it),
# not inside each method, where every call would pay for the import statement.
from ..models.group_user import GroupUser
