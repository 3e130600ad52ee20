from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdminLinkUserAssignRequest")


@_attrs_define
class AdminLinkUserAssignRequest:
    """
    Attributes:
        username (str):
        person_id (str):
        validate_item (bool | None | Unset):  Default: True.
        force (bool | None | Unset):  Default: False.
    """

    username: str
    person_id: str
    validate_item: bool | None | Unset = True
    force: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        person_id = self.person_id

        validate_item: bool | None | Unset
        if isinstance(self.validate_item, Unset):
            validate_item = UNSET
        else:
            validate_item = self.validate_item

        force: bool | None | Unset
        if isinstance(self.force, Unset):
            force = UNSET
        else:
            force = self.force

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "person_id": person_id,
            }
        )
        if validate_item is not UNSET:
            field_dict["validate_item"] = validate_item
        if force is not UNSET:
            field_dict["force"] = force

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        person_id = d.pop("person_id")

        def _parse_validate_item(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        validate_item = _parse_validate_item(d.pop("validate_item", UNSET))

        def _parse_force(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        force = _parse_force(d.pop("force", UNSET))

        admin_link_user_assign_request = cls(
            username=username,
            person_id=person_id,
            validate_item=validate_item,
            force=force,
        )

        admin_link_user_assign_request.additional_properties = d
        return admin_link_user_assign_request

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
