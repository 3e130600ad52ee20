from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.query_record_types import QueryRecordTypes
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubtypeFilterOptions")


@_attrs_define
class SubtypeFilterOptions:
    """
    Attributes:
        record_type (None | QueryRecordTypes | Unset):  Default: QueryRecordTypes.COMPLETE_ONLY.
    """

    record_type: None | QueryRecordTypes | Unset = QueryRecordTypes.COMPLETE_ONLY
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record_type: None | str | Unset
        if isinstance(self.record_type, Unset):
            record_type = UNSET
        elif isinstance(self.record_type, QueryRecordTypes):
            record_type = self.record_type.value
        else:
            record_type = self.record_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if record_type is not UNSET:
            field_dict["record_type"] = record_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_record_type(data: object) -> None | QueryRecordTypes | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                record_type_type_0 = QueryRecordTypes(data)

                return record_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QueryRecordTypes | Unset, data)

        record_type = _parse_record_type(d.pop("record_type", UNSET))

        subtype_filter_options = cls(
            record_type=record_type,
        )

        subtype_filter_options.additional_properties = d
        return subtype_filter_options

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
