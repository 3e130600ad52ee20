from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.query_record_types import QueryRecordTypes
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubtypeFilterOptions")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "record_type",
    }
)


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
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        record_type: None | QueryRecordTypes | Unset
        _record_type_raw = src_dict.get("record_type", UNSET)
        if _record_type_raw is None or isinstance(_record_type_raw, Unset):
            record_type = _record_type_raw
        else:
            _record_type_ok = False
            if isinstance(_record_type_raw, str):
                try:
                    record_type_type_0 = QueryRecordTypes._parse(_record_type_raw)

                    record_type = record_type_type_0
                    _record_type_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _record_type_ok:
                record_type = _record_type_raw

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is SubtypeFilterOptions:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            subtype_filter_options = object.__new__(cls)
            subtype_filter_options.record_type = record_type
            subtype_filter_options.additional_properties = additional_properties
        else:
            subtype_filter_options = cls(
                record_type=record_type,
            )
            subtype_filter_options.additional_properties = additional_properties
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
