from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdminListJobsRequest")


@_attrs_define
class AdminListJobsRequest:
    """
    Attributes:
        username_filter (None | str | Unset):
        limit (int | None | Unset):  Default: 10.
        pagination_key (AdminListJobsRequestPaginationKeyType0 | None | Unset):
    """

    username_filter: None | str | Unset = UNSET
    limit: int | None | Unset = 10
    pagination_key: AdminListJobsRequestPaginationKeyType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username_filter: None | str | Unset
        if isinstance(self.username_filter, Unset):
            username_filter = UNSET
        else:
            username_filter = self.username_filter

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        pagination_key: dict[str, Any] | None | Unset
        if isinstance(self.pagination_key, Unset):
            pagination_key = UNSET
        elif isinstance(self.pagination_key, AdminListJobsRequestPaginationKeyType0):
            pagination_key = self.pagination_key.to_dict()
        else:
            pagination_key = self.pagination_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if username_filter is not UNSET:
            field_dict["username_filter"] = username_filter
        if limit is not UNSET:
            field_dict["limit"] = limit
        if pagination_key is not UNSET:
            field_dict["pagination_key"] = pagination_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_username_filter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username_filter = _parse_username_filter(d.pop("username_filter", UNSET))

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        def _parse_pagination_key(
            data: object,
        ) -> AdminListJobsRequestPaginationKeyType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pagination_key_type_0 = (
                    AdminListJobsRequestPaginationKeyType0.from_dict(data)
                )

                return pagination_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdminListJobsRequestPaginationKeyType0 | None | Unset, data)

        pagination_key = _parse_pagination_key(d.pop("pagination_key", UNSET))

        admin_list_jobs_request = cls(
            username_filter=username_filter,
            limit=limit,
            pagination_key=pagination_key,
        )

        admin_list_jobs_request.additional_properties = d
        return admin_list_jobs_request

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
from ..models.admin_list_jobs_request_pagination_key_type_0 import (
    AdminListJobsRequestPaginationKeyType0,
)
