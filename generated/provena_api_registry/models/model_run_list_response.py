from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="ModelRunListResponse")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "status",
        "items",
        "seed_items",
        "unparsable_items",
        "total_item_count",
        "complete_item_count",
        "seed_item_count",
        "unparsable_item_count",
        "not_authorised_count",
        "pagination_key",
    }
)


@_attrs_define
class ModelRunListResponse:
    """
    Attributes:
        status (Status):
        items (list[ItemModelRun] | None):
        seed_items (list[SeededItem] | None | Unset):
        unparsable_items (list[ModelRunListResponseUnparsableItemsType0Item] | None | Unset):
        total_item_count (int | None | Unset):
        complete_item_count (int | None | Unset):
        seed_item_count (int | None | Unset):
        unparsable_item_count (int | None | Unset):
        not_authorised_count (int | None | Unset):
        pagination_key (ModelRunListResponsePaginationKeyType0 | None | Unset):
    """

    status: Status
    items: list[ItemModelRun] | None
    seed_items: list[SeededItem] | None | Unset = UNSET
    unparsable_items: (
        list[ModelRunListResponseUnparsableItemsType0Item] | None | Unset
    ) = UNSET
    total_item_count: int | None | Unset = UNSET
    complete_item_count: int | None | Unset = UNSET
    seed_item_count: int | None | Unset = UNSET
    unparsable_item_count: int | None | Unset = UNSET
    not_authorised_count: int | None | Unset = UNSET
    pagination_key: ModelRunListResponsePaginationKeyType0 | None | Unset = UNSET
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
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(status={self.status!r}, items={self.items!r}, seed_items={self.seed_items!r}, unparsable_items={self.unparsable_items!r}, total_item_count={self.total_item_count!r}, complete_item_count={self.complete_item_count!r}, seed_item_count={self.seed_item_count!r}, unparsable_item_count={self.unparsable_item_count!r}, not_authorised_count={self.not_authorised_count!r}, pagination_key={self.pagination_key!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.status == other.status
            and self.items == other.items
            and self.seed_items == other.seed_items
            and self.unparsable_items == other.unparsable_items
            and self.total_item_count == other.total_item_count
            and self.complete_item_count == other.complete_item_count
            and self.seed_item_count == other.seed_item_count
            and self.unparsable_item_count == other.unparsable_item_count
            and self.not_authorised_count == other.not_authorised_count
            and self.pagination_key == other.pagination_key
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        items: list[dict[str, Any]] | None
        if isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        seed_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.seed_items, Unset):
            seed_items = UNSET
        elif isinstance(self.seed_items, list):
            seed_items = []
            for seed_items_type_0_item_data in self.seed_items:
                seed_items_type_0_item = seed_items_type_0_item_data.to_dict()
                seed_items.append(seed_items_type_0_item)

        else:
            seed_items = self.seed_items

        unparsable_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.unparsable_items, Unset):
            unparsable_items = UNSET
        elif isinstance(self.unparsable_items, list):
            unparsable_items = []
            for unparsable_items_type_0_item_data in self.unparsable_items:
                unparsable_items_type_0_item = (
                    unparsable_items_type_0_item_data.to_dict()
                )
                unparsable_items.append(unparsable_items_type_0_item)

        else:
            unparsable_items = self.unparsable_items

        total_item_count: int | None | Unset
        if isinstance(self.total_item_count, Unset):
            total_item_count = UNSET
        else:
            total_item_count = self.total_item_count

        complete_item_count: int | None | Unset
        if isinstance(self.complete_item_count, Unset):
            complete_item_count = UNSET
        else:
            complete_item_count = self.complete_item_count

        seed_item_count: int | None | Unset
        if isinstance(self.seed_item_count, Unset):
            seed_item_count = UNSET
        else:
            seed_item_count = self.seed_item_count

        unparsable_item_count: int | None | Unset
        if isinstance(self.unparsable_item_count, Unset):
            unparsable_item_count = UNSET
        else:
            unparsable_item_count = self.unparsable_item_count

        not_authorised_count: int | None | Unset
        if isinstance(self.not_authorised_count, Unset):
            not_authorised_count = UNSET
        else:
            not_authorised_count = self.not_authorised_count

        pagination_key: dict[str, Any] | None | Unset
        if isinstance(self.pagination_key, Unset):
            pagination_key = UNSET
        elif isinstance(self.pagination_key, ModelRunListResponsePaginationKeyType0):
            pagination_key = self.pagination_key.to_dict()
        else:
            pagination_key = self.pagination_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "items": items,
            }
        )
        if seed_items is not UNSET:
            field_dict["seed_items"] = seed_items
        if unparsable_items is not UNSET:
            field_dict["unparsable_items"] = unparsable_items
        if total_item_count is not UNSET:
            field_dict["total_item_count"] = total_item_count
        if complete_item_count is not UNSET:
            field_dict["complete_item_count"] = complete_item_count
        if seed_item_count is not UNSET:
            field_dict["seed_item_count"] = seed_item_count
        if unparsable_item_count is not UNSET:
            field_dict["unparsable_item_count"] = unparsable_item_count
        if not_authorised_count is not UNSET:
            field_dict["not_authorised_count"] = not_authorised_count
        if pagination_key is not UNSET:
            field_dict["pagination_key"] = pagination_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        status = Status.from_dict(src_dict["status"])

        items: list[ItemModelRun] | None
        _items_raw = src_dict["items"]
        if _items_raw is None:
            items = _items_raw
        else:
            _items_ok = False
            if isinstance(_items_raw, list):
                try:
                    items_type_0 = []
                    _items_type_0 = _items_raw
                    for items_type_0_item_data in _items_type_0:
                        items_type_0_item = ItemModelRun.from_dict(
                            items_type_0_item_data
                        )

                        items_type_0.append(items_type_0_item)

                    items = items_type_0
                    _items_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _items_ok:
                items = _items_raw

        seed_items: list[SeededItem] | None | Unset
        _seed_items_raw = src_dict.get("seed_items", UNSET)
        if _seed_items_raw is None or isinstance(_seed_items_raw, Unset):
            seed_items = _seed_items_raw
        else:
            _seed_items_ok = False
            if isinstance(_seed_items_raw, list):
                try:
                    seed_items_type_0 = []
                    _seed_items_type_0 = _seed_items_raw
                    for seed_items_type_0_item_data in _seed_items_type_0:
                        seed_items_type_0_item = SeededItem.from_dict(
                            seed_items_type_0_item_data
                        )

                        seed_items_type_0.append(seed_items_type_0_item)

                    seed_items = seed_items_type_0
                    _seed_items_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _seed_items_ok:
                seed_items = _seed_items_raw

        unparsable_items: (
            list[ModelRunListResponseUnparsableItemsType0Item] | None | Unset
        )
        _unparsable_items_raw = src_dict.get("unparsable_items", UNSET)
        if _unparsable_items_raw is None or isinstance(_unparsable_items_raw, Unset):
            unparsable_items = _unparsable_items_raw
        else:
            _unparsable_items_ok = False
            if isinstance(_unparsable_items_raw, list):
                try:
                    unparsable_items_type_0 = []
                    _unparsable_items_type_0 = _unparsable_items_raw
                    for unparsable_items_type_0_item_data in _unparsable_items_type_0:
                        unparsable_items_type_0_item = (
                            ModelRunListResponseUnparsableItemsType0Item.from_dict(
                                unparsable_items_type_0_item_data
                            )
                        )

                        unparsable_items_type_0.append(unparsable_items_type_0_item)

                    unparsable_items = unparsable_items_type_0
                    _unparsable_items_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _unparsable_items_ok:
                unparsable_items = _unparsable_items_raw

        total_item_count = src_dict.get("total_item_count", UNSET)

        complete_item_count = src_dict.get("complete_item_count", UNSET)

        seed_item_count = src_dict.get("seed_item_count", UNSET)

        unparsable_item_count = src_dict.get("unparsable_item_count", UNSET)

        not_authorised_count = src_dict.get("not_authorised_count", UNSET)

        pagination_key: ModelRunListResponsePaginationKeyType0 | None | Unset
        _pagination_key_raw = src_dict.get("pagination_key", UNSET)
        if _pagination_key_raw is None or isinstance(_pagination_key_raw, Unset):
            pagination_key = _pagination_key_raw
        else:
            _pagination_key_ok = False
            if isinstance(_pagination_key_raw, dict):
                try:
                    pagination_key_type_0 = (
                        ModelRunListResponsePaginationKeyType0.from_dict(
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
        if cls is ModelRunListResponse:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            model_run_list_response = object.__new__(cls)
            model_run_list_response.status = status
            model_run_list_response.items = items
            model_run_list_response.seed_items = seed_items
            model_run_list_response.unparsable_items = unparsable_items
            model_run_list_response.total_item_count = total_item_count
            model_run_list_response.complete_item_count = complete_item_count
            model_run_list_response.seed_item_count = seed_item_count
            model_run_list_response.unparsable_item_count = unparsable_item_count
            model_run_list_response.not_authorised_count = not_authorised_count
            model_run_list_response.pagination_key = pagination_key
            model_run_list_response.additional_properties = additional_properties
        else:
            model_run_list_response = cls(
                status=status,
                items=items,
                seed_items=seed_items,
                unparsable_items=unparsable_items,
                total_item_count=total_item_count,
                complete_item_count=complete_item_count,
                seed_item_count=seed_item_count,
                unparsable_item_count=unparsable_item_count,
                not_authorised_count=not_authorised_count,
                pagination_key=pagination_key,
            )
            model_run_list_response.additional_properties = additional_properties
        return model_run_list_response

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
from ..models.item_model_run import ItemModelRun
from ..models.model_run_list_response_pagination_key_type_0 import (
    ModelRunListResponsePaginationKeyType0,
)
from ..models.model_run_list_response_unparsable_items_type_0_item import (
    ModelRunListResponseUnparsableItemsType0Item,
)
from ..models.seeded_item import SeededItem
from ..models.status import Status
