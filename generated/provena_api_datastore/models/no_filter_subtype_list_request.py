from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NoFilterSubtypeListRequest")


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
        d = dict(src_dict)

        def _parse_sort_by(data: object) -> None | SortOptions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sort_by_type_0 = SortOptions.from_dict(data)

                return sort_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SortOptions | Unset, data)

        sort_by = _parse_sort_by(d.pop("sort_by", UNSET))

        def _parse_pagination_key(
            data: object,
        ) -> NoFilterSubtypeListRequestPaginationKeyType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pagination_key_type_0 = (
                    NoFilterSubtypeListRequestPaginationKeyType0.from_dict(data)
                )

                return pagination_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                NoFilterSubtypeListRequestPaginationKeyType0 | None | Unset, data
            )

        pagination_key = _parse_pagination_key(d.pop("pagination_key", UNSET))

        def _parse_page_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        page_size = _parse_page_size(d.pop("page_size", UNSET))

        no_filter_subtype_list_request = cls(
            sort_by=sort_by,
            pagination_key=pagination_key,
            page_size=page_size,
        )

        no_filter_subtype_list_request.additional_properties = d
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
