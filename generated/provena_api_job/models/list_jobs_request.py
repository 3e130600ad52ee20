from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListJobsRequest")


@_attrs_define
class ListJobsRequest:
    """
    Attributes:
        pagination_key (ListJobsRequestPaginationKeyType0 | None | Unset):
        limit (int | None | Unset):  Default: 10.
    """

    pagination_key: ListJobsRequestPaginationKeyType0 | None | Unset = UNSET
    limit: int | None | Unset = 10
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination_key: dict[str, Any] | None | Unset
        if isinstance(self.pagination_key, Unset):
            pagination_key = UNSET
        elif isinstance(self.pagination_key, ListJobsRequestPaginationKeyType0):
            pagination_key = self.pagination_key.to_dict()
        else:
            pagination_key = self.pagination_key

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pagination_key is not UNSET:
            field_dict["pagination_key"] = pagination_key
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_pagination_key(
            data: object,
        ) -> ListJobsRequestPaginationKeyType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pagination_key_type_0 = ListJobsRequestPaginationKeyType0.from_dict(
                    data
                )

                return pagination_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListJobsRequestPaginationKeyType0 | None | Unset, data)

        pagination_key = _parse_pagination_key(d.pop("pagination_key", UNSET))

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        list_jobs_request = cls(
            pagination_key=pagination_key,
            limit=limit,
        )

        list_jobs_request.additional_properties = d
        return list_jobs_request

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
from ..models.list_jobs_request_pagination_key_type_0 import (
    ListJobsRequestPaginationKeyType0,
)
