from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="NoFilterSubtypeListRequest")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "sort_by",
        "pagination_key",
        "page_size",
    }
)


@_attrs_define
class NoFilterSubtypeListRequest:
    """
    Attributes:
        sort_by (None | SortOptions | Unset):
        pagination_key (NoFilterSubtypeListRequestPaginationKeyType0 | None | Unset):
        page_size (int | None | Unset):  Default: 20.
    """

    sort_by: None | SortOptions | Unset = UNSET
    pagination_key: NoFilterSubtypeListRequestPaginationKeyType0 | None | Unset = UNSET
    page_size: int | None | Unset = 20
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
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(sort_by={self.sort_by!r}, pagination_key={self.pagination_key!r}, page_size={self.page_size!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.sort_by == other.sort_by
            and self.pagination_key == other.pagination_key
            and self.page_size == other.page_size
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        sort_by: dict[str, Any] | None | Unset
        if isinstance(self.sort_by, Unset):
            sort_by = UNSET
        elif isinstance(self.sort_by, SortOptions):
            sort_by = self.sort_by.to_dict()
        else:
            sort_by = self.sort_by

        pagination_key: dict[str, Any] | None | Unset
        if isinstance(self.pagination_key, Unset):
            pagination_key = UNSET
        elif isinstance(
            self.pagination_key, NoFilterSubtypeListRequestPaginationKeyType0
        ):
            pagination_key = self.pagination_key.to_dict()
        else:
            pagination_key = self.pagination_key

        page_size: int | None | Unset
        if isinstance(self.page_size, Unset):
            page_size = UNSET
        else:
            page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if pagination_key is not UNSET:
            field_dict["pagination_key"] = pagination_key
        if page_size is not UNSET:
            field_dict["page_size"] = page_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        sort_by: None | SortOptions | Unset
        _sort_by_raw = src_dict.get("sort_by", UNSET)
        if _sort_by_raw is None or isinstance(_sort_by_raw, Unset):
            sort_by = _sort_by_raw
        else:
            _sort_by_ok = False
            if isinstance(_sort_by_raw, dict):
                try:
                    sort_by_type_0 = SortOptions.from_dict(_sort_by_raw)

                    sort_by = sort_by_type_0
                    _sort_by_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _sort_by_ok:
                sort_by = _sort_by_raw

        pagination_key: NoFilterSubtypeListRequestPaginationKeyType0 | None | Unset
        _pagination_key_raw = src_dict.get("pagination_key", UNSET)
        if _pagination_key_raw is None or isinstance(_pagination_key_raw, Unset):
            pagination_key = _pagination_key_raw
        else:
            _pagination_key_ok = False
            if isinstance(_pagination_key_raw, dict):
                try:
                    pagination_key_type_0 = (
                        NoFilterSubtypeListRequestPaginationKeyType0.from_dict(
                            _pagination_key_raw
                        )
                    )

                    pagination_key = pagination_key_type_0
                    _pagination_key_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _pagination_key_ok:
                pagination_key = _pagination_key_raw

        page_size = src_dict.get("page_size", UNSET)

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is NoFilterSubtypeListRequest:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            no_filter_subtype_list_request = object.__new__(cls)
            no_filter_subtype_list_request.sort_by = sort_by
            no_filter_subtype_list_request.pagination_key = pagination_key
            no_filter_subtype_list_request.page_size = page_size
            no_filter_subtype_list_request.additional_properties = additional_properties
        else:
            no_filter_subtype_list_request = cls(
                sort_by=sort_by,
                pagination_key=pagination_key,
                page_size=page_size,
            )
            no_filter_subtype_list_request.additional_properties = additional_properties
        return no_filter_subtype_list_request

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
from ..models.no_filter_subtype_list_request_pagination_key_type_0 import (
    NoFilterSubtypeListRequestPaginationKeyType0,
)
from ..models.sort_options import SortOptions
