from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sort_type import SortType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SortOptions")


@_attrs_define
class SortOptions:
    """
    Attributes:
        sort_type (None | SortType | Unset):
        ascending (bool | None | Unset):  Default: False.
        begins_with (None | str | Unset):
    """

    sort_type: None | SortType | Unset = UNSET
    ascending: bool | None | Unset = False
    begins_with: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sort_type: None | str | Unset
        if isinstance(self.sort_type, Unset):
            sort_type = UNSET
        elif isinstance(self.sort_type, SortType):
            sort_type = self.sort_type.value
        else:
            sort_type = self.sort_type

        ascending: bool | None | Unset
        if isinstance(self.ascending, Unset):
            ascending = UNSET
        else:
            ascending = self.ascending

        begins_with: None | str | Unset
        if isinstance(self.begins_with, Unset):
            begins_with = UNSET
        else:
            begins_with = self.begins_with

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sort_type is not UNSET:
            field_dict["sort_type"] = sort_type
        if ascending is not UNSET:
            field_dict["ascending"] = ascending
        if begins_with is not UNSET:
            field_dict["begins_with"] = begins_with

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_sort_type(data: object) -> None | SortType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sort_type_type_0 = SortType(data)

                return sort_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SortType | Unset, data)

        sort_type = _parse_sort_type(d.pop("sort_type", UNSET))

        def _parse_ascending(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        ascending = _parse_ascending(d.pop("ascending", UNSET))

        def _parse_begins_with(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        begins_with = _parse_begins_with(d.pop("begins_with", UNSET))

        sort_options = cls(
            sort_type=sort_type,
            ascending=ascending,
            begins_with=begins_with,
        )

        sort_options.additional_properties = d
        return sort_options

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
