from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sort_type import SortType
from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="SortOptions")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "sort_type",
        "ascending",
        "begins_with",
    }
)


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

    # __repr__, __eq__ and __ne__ are the ones attrs would generate, written out here: attrs leaves methods a
    # class defines itself alone, so importing a model no longer compiles them (about half of attrs' work per
    # class, paid by every first call). tests/pipeline/test_fast_from_dict.py holds them to attrs' own.
    def __repr__(self) -> str:
        seen = _repr_seen()
        if id(self) in seen:
            return "..."
        seen.add(id(self))
        try:
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(sort_type={self.sort_type!r}, ascending={self.ascending!r}, begins_with={self.begins_with!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.sort_type == other.sort_type
            and self.ascending == other.ascending
            and self.begins_with == other.begins_with
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

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
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        sort_type: None | SortType | Unset
        _sort_type_raw = src_dict.get("sort_type", UNSET)
        if _sort_type_raw is None or isinstance(_sort_type_raw, Unset):
            sort_type = _sort_type_raw
        else:
            _sort_type_ok = False
            if isinstance(_sort_type_raw, str):
                try:
                    sort_type_type_0 = SortType._parse(_sort_type_raw)

                    sort_type = sort_type_type_0
                    _sort_type_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _sort_type_ok:
                sort_type = _sort_type_raw

        ascending = src_dict.get("ascending", UNSET)

        begins_with = src_dict.get("begins_with", UNSET)

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is SortOptions:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            sort_options = object.__new__(cls)
            sort_options.sort_type = sort_type
            sort_options.ascending = ascending
            sort_options.begins_with = begins_with
            sort_options.additional_properties = additional_properties
        else:
            sort_options = cls(
                sort_type=sort_type,
                ascending=ascending,
                begins_with=begins_with,
            )
            sort_options.additional_properties = additional_properties
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
