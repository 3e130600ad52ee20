from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaginatedDatasetListResponse")


@_attrs_define
class PaginatedDatasetListResponse:
    """
    Attributes:
        status (Status):
        dataset_items (list[ItemDataset] | None | Unset):
        total_dataset_count (int | None | Unset):
        pagination_key (None | PaginatedDatasetListResponsePaginationKeyType0 | Unset):
    """

    status: Status
    dataset_items: list[ItemDataset] | None | Unset = UNSET
    total_dataset_count: int | None | Unset = UNSET
    pagination_key: None | PaginatedDatasetListResponsePaginationKeyType0 | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        dataset_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.dataset_items, Unset):
            dataset_items = UNSET
        elif isinstance(self.dataset_items, list):
            dataset_items = []
            for dataset_items_type_0_item_data in self.dataset_items:
                dataset_items_type_0_item = dataset_items_type_0_item_data.to_dict()
                dataset_items.append(dataset_items_type_0_item)

        else:
            dataset_items = self.dataset_items

        total_dataset_count: int | None | Unset
        if isinstance(self.total_dataset_count, Unset):
            total_dataset_count = UNSET
        else:
            total_dataset_count = self.total_dataset_count

        pagination_key: dict[str, Any] | None | Unset
        if isinstance(self.pagination_key, Unset):
            pagination_key = UNSET
        elif isinstance(
            self.pagination_key, PaginatedDatasetListResponsePaginationKeyType0
        ):
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
        if dataset_items is not UNSET:
            field_dict["dataset_items"] = dataset_items
        if total_dataset_count is not UNSET:
            field_dict["total_dataset_count"] = total_dataset_count
        if pagination_key is not UNSET:
            field_dict["pagination_key"] = pagination_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = Status.from_dict(d.pop("status"))

        def _parse_dataset_items(data: object) -> list[ItemDataset] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dataset_items_type_0 = []
                _dataset_items_type_0 = data
                for dataset_items_type_0_item_data in _dataset_items_type_0:
                    dataset_items_type_0_item = ItemDataset.from_dict(
                        dataset_items_type_0_item_data
                    )

                    dataset_items_type_0.append(dataset_items_type_0_item)

                return dataset_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ItemDataset] | None | Unset, data)

        dataset_items = _parse_dataset_items(d.pop("dataset_items", UNSET))

        def _parse_total_dataset_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_dataset_count = _parse_total_dataset_count(
            d.pop("total_dataset_count", UNSET)
        )

        def _parse_pagination_key(
            data: object,
        ) -> None | PaginatedDatasetListResponsePaginationKeyType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pagination_key_type_0 = (
                    PaginatedDatasetListResponsePaginationKeyType0.from_dict(data)
                )

                return pagination_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | PaginatedDatasetListResponsePaginationKeyType0 | Unset, data
            )

        pagination_key = _parse_pagination_key(d.pop("pagination_key", UNSET))

        paginated_dataset_list_response = cls(
            status=status,
            dataset_items=dataset_items,
            total_dataset_count=total_dataset_count,
            pagination_key=pagination_key,
        )

        paginated_dataset_list_response.additional_properties = d
        return paginated_dataset_list_response

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
from ..models.item_dataset import ItemDataset
from ..models.paginated_dataset_list_response_pagination_key_type_0 import (
    PaginatedDatasetListResponsePaginationKeyType0,
)
from ..models.status import Status
