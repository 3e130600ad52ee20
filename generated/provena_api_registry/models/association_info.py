from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssociationInfo")


@_attrs_define
class AssociationInfo:
    """
    Attributes:
        modeller_id (str):
        requesting_organisation_id (None | str | Unset):
    """

    modeller_id: str
    requesting_organisation_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        modeller_id = self.modeller_id

        requesting_organisation_id: None | str | Unset
        if isinstance(self.requesting_organisation_id, Unset):
            requesting_organisation_id = UNSET
        else:
            requesting_organisation_id = self.requesting_organisation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modeller_id": modeller_id,
            }
        )
        if requesting_organisation_id is not UNSET:
            field_dict["requesting_organisation_id"] = requesting_organisation_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        modeller_id = d.pop("modeller_id")

        def _parse_requesting_organisation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requesting_organisation_id = _parse_requesting_organisation_id(
            d.pop("requesting_organisation_id", UNSET)
        )

        association_info = cls(
            modeller_id=modeller_id,
            requesting_organisation_id=requesting_organisation_id,
        )

        association_info.additional_properties = d
        return association_info

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
