from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GroupsImportStatistics")


@_attrs_define
class GroupsImportStatistics:
    """
    Attributes:
        old_size (int):
        new_size (int):
        deleted_entries (int):
        overwritten_entries (int):
        new_entries (int):
    """

    old_size: int
    new_size: int
    deleted_entries: int
    overwritten_entries: int
    new_entries: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        old_size = self.old_size

        new_size = self.new_size

        deleted_entries = self.deleted_entries

        overwritten_entries = self.overwritten_entries

        new_entries = self.new_entries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "old_size": old_size,
                "new_size": new_size,
                "deleted_entries": deleted_entries,
                "overwritten_entries": overwritten_entries,
                "new_entries": new_entries,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        old_size = d.pop("old_size")

        new_size = d.pop("new_size")

        deleted_entries = d.pop("deleted_entries")

        overwritten_entries = d.pop("overwritten_entries")

        new_entries = d.pop("new_entries")

        groups_import_statistics = cls(
            old_size=old_size,
            new_size=new_size,
            deleted_entries=deleted_entries,
            overwritten_entries=overwritten_entries,
            new_entries=new_entries,
        )

        groups_import_statistics.additional_properties = d
        return groups_import_statistics

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
