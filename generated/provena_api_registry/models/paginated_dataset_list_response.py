from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="PaginatedDatasetListResponse")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "status",
        "dataset_items",
        "total_dataset_count",
        "pagination_key",
    }
)


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

    # __repr__, __eq__ and __ne__ are the ones attrs would generate, written out here: attrs leaves methods a
    # class defines itself alone, so importing a model no longer compiles them (about half of attrs' work per
    # class, paid by every first call). tests/pipeline/test_fast_from_dict.py holds them to attrs' own.
    def __repr__(self) -> str:
        seen = _repr_seen()
        if id(self) in seen:
            return "..."
        seen.add(id(self))
        try:
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(status={self.status!r}, dataset_items={self.dataset_items!r}, total_dataset_count={self.total_dataset_count!r}, pagination_key={self.pagination_key!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.status == other.status
            and self.dataset_items == other.dataset_items
            and self.total_dataset_count == other.total_dataset_count
            and self.pagination_key == other.pagination_key
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

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
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        status = Status.from_dict(src_dict["status"])

        dataset_items: list[ItemDataset] | None | Unset
        _dataset_items_raw = src_dict.get("dataset_items", UNSET)
        if _dataset_items_raw is None or isinstance(_dataset_items_raw, Unset):
            dataset_items = _dataset_items_raw
        else:
            _dataset_items_ok = False
            if isinstance(_dataset_items_raw, list):
                try:
                    dataset_items_type_0 = []
                    _dataset_items_type_0 = _dataset_items_raw
                    for dataset_items_type_0_item_data in _dataset_items_type_0:
                        dataset_items_type_0_item = ItemDataset.from_dict(
                            dataset_items_type_0_item_data
                        )

                        dataset_items_type_0.append(dataset_items_type_0_item)

                    dataset_items = dataset_items_type_0
                    _dataset_items_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _dataset_items_ok:
                dataset_items = _dataset_items_raw

        total_dataset_count = src_dict.get("total_dataset_count", UNSET)

        pagination_key: None | PaginatedDatasetListResponsePaginationKeyType0 | Unset
        _pagination_key_raw = src_dict.get("pagination_key", UNSET)
        if _pagination_key_raw is None or isinstance(_pagination_key_raw, Unset):
            pagination_key = _pagination_key_raw
        else:
            _pagination_key_ok = False
            if isinstance(_pagination_key_raw, dict):
                try:
                    pagination_key_type_0 = (
                        PaginatedDatasetListResponsePaginationKeyType0.from_dict(
                            _pagination_key_raw
                        )
                    )

                    pagination_key = pagination_key_type_0
                    _pagination_key_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _pagination_key_ok:
                pagination_key = _pagination_key_raw

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is PaginatedDatasetListResponse:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            paginated_dataset_list_response = object.__new__(cls)
            paginated_dataset_list_response.status = status
            paginated_dataset_list_response.dataset_items = dataset_items
            paginated_dataset_list_response.total_dataset_count = total_dataset_count
            paginated_dataset_list_response.pagination_key = pagination_key
            paginated_dataset_list_response.additional_properties = (
                additional_properties
            )
        else:
            paginated_dataset_list_response = cls(
                status=status,
                dataset_items=dataset_items,
                total_dataset_count=total_dataset_count,
                pagination_key=pagination_key,
            )
            paginated_dataset_list_response.additional_properties = (
                additional_properties
            )
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
