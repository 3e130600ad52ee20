from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaginatedListResponse")


@_attrs_define
class PaginatedListResponse:
    """
    Attributes:
        status (Status):
        items (list[Any] | None | Unset):
        total_item_count (int | None | Unset):
        pagination_key (None | PaginatedListResponsePaginationKeyType0 | Unset):
    """

    status: Status
    items: list[Any] | None | Unset = UNSET
    total_item_count: int | None | Unset = UNSET
    pagination_key: None | PaginatedListResponsePaginationKeyType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        items: list[Any] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = self.items

        else:
            items = self.items

        total_item_count: int | None | Unset
        if isinstance(self.total_item_count, Unset):
            total_item_count = UNSET
        else:
            total_item_count = self.total_item_count

        pagination_key: dict[str, Any] | None | Unset
        if isinstance(self.pagination_key, Unset):
            pagination_key = UNSET
        elif isinstance(self.pagination_key, PaginatedListResponsePaginationKeyType0):
            pagination_key = self.pagination_key.to_dict()
        else:
            pagination_key = self.pagination_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if items is not UNSET:
            field_dict["items"] = items
        if total_item_count is not UNSET:
            field_dict["total_item_count"] = total_item_count
        if pagination_key is not UNSET:
            field_dict["pagination_key"] = pagination_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = Status.from_dict(d.pop("status"))

        def _parse_items(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                items_type_0 = cast(list[Any], data)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        items = _parse_items(d.pop("items", UNSET))

        def _parse_total_item_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_item_count = _parse_total_item_count(d.pop("total_item_count", UNSET))

        def _parse_pagination_key(
            data: object,
        ) -> None | PaginatedListResponsePaginationKeyType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pagination_key_type_0 = (
                    PaginatedListResponsePaginationKeyType0.from_dict(data)
                )

                return pagination_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaginatedListResponsePaginationKeyType0 | Unset, data)

        pagination_key = _parse_pagination_key(d.pop("pagination_key", UNSET))

        paginated_list_response = cls(
            status=status,
            items=items,
            total_item_count=total_item_count,
            pagination_key=pagination_key,
        )

        paginated_list_response.additional_properties = d
        return paginated_list_response

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
from ..models.paginated_list_response_pagination_key_type_0 import (
    PaginatedListResponsePaginationKeyType0,
)
from ..models.status import Status
