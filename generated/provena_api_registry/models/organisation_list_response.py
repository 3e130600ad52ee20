from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganisationListResponse")


@_attrs_define
class OrganisationListResponse:
    """
    Attributes:
        status (Status):
        items (list[ItemOrganisation] | None):
        seed_items (list[SeededItem] | None | Unset):
        unparsable_items (list[OrganisationListResponseUnparsableItemsType0Item] | None | Unset):
        total_item_count (int | None | Unset):
        complete_item_count (int | None | Unset):
        seed_item_count (int | None | Unset):
        unparsable_item_count (int | None | Unset):
        not_authorised_count (int | None | Unset):
        pagination_key (None | OrganisationListResponsePaginationKeyType0 | Unset):
    """

    status: Status
    items: list[ItemOrganisation] | None
    seed_items: list[SeededItem] | None | Unset = UNSET
    unparsable_items: (
        list[OrganisationListResponseUnparsableItemsType0Item] | None | Unset
    ) = UNSET
    total_item_count: int | None | Unset = UNSET
    complete_item_count: int | None | Unset = UNSET
    seed_item_count: int | None | Unset = UNSET
    unparsable_item_count: int | None | Unset = UNSET
    not_authorised_count: int | None | Unset = UNSET
    pagination_key: None | OrganisationListResponsePaginationKeyType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        elif isinstance(
            self.pagination_key, OrganisationListResponsePaginationKeyType0
        ):
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
        d = dict(src_dict)
        status = Status.from_dict(d.pop("status"))

        def _parse_items(data: object) -> list[ItemOrganisation] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                items_type_0 = []
                _items_type_0 = data
                for items_type_0_item_data in _items_type_0:
                    items_type_0_item = ItemOrganisation.from_dict(
                        items_type_0_item_data
                    )

                    items_type_0.append(items_type_0_item)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ItemOrganisation] | None, data)

        items = _parse_items(d.pop("items"))

        def _parse_seed_items(data: object) -> list[SeededItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                seed_items_type_0 = []
                _seed_items_type_0 = data
                for seed_items_type_0_item_data in _seed_items_type_0:
                    seed_items_type_0_item = SeededItem.from_dict(
                        seed_items_type_0_item_data
                    )

                    seed_items_type_0.append(seed_items_type_0_item)

                return seed_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SeededItem] | None | Unset, data)

        seed_items = _parse_seed_items(d.pop("seed_items", UNSET))

        def _parse_unparsable_items(
            data: object,
        ) -> list[OrganisationListResponseUnparsableItemsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                unparsable_items_type_0 = []
                _unparsable_items_type_0 = data
                for unparsable_items_type_0_item_data in _unparsable_items_type_0:
                    unparsable_items_type_0_item = (
                        OrganisationListResponseUnparsableItemsType0Item.from_dict(
                            unparsable_items_type_0_item_data
                        )
                    )

                    unparsable_items_type_0.append(unparsable_items_type_0_item)

                return unparsable_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[OrganisationListResponseUnparsableItemsType0Item] | None | Unset,
                data,
            )

        unparsable_items = _parse_unparsable_items(d.pop("unparsable_items", UNSET))

        def _parse_total_item_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_item_count = _parse_total_item_count(d.pop("total_item_count", UNSET))

        def _parse_complete_item_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        complete_item_count = _parse_complete_item_count(
            d.pop("complete_item_count", UNSET)
        )

        def _parse_seed_item_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed_item_count = _parse_seed_item_count(d.pop("seed_item_count", UNSET))

        def _parse_unparsable_item_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        unparsable_item_count = _parse_unparsable_item_count(
            d.pop("unparsable_item_count", UNSET)
        )

        def _parse_not_authorised_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        not_authorised_count = _parse_not_authorised_count(
            d.pop("not_authorised_count", UNSET)
        )

        def _parse_pagination_key(
            data: object,
        ) -> None | OrganisationListResponsePaginationKeyType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pagination_key_type_0 = (
                    OrganisationListResponsePaginationKeyType0.from_dict(data)
                )

                return pagination_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrganisationListResponsePaginationKeyType0 | Unset, data)

        pagination_key = _parse_pagination_key(d.pop("pagination_key", UNSET))

        organisation_list_response = cls(
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

        organisation_list_response.additional_properties = d
        return organisation_list_response

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
from ..models.item_organisation import ItemOrganisation
from ..models.organisation_list_response_pagination_key_type_0 import (
    OrganisationListResponsePaginationKeyType0,
)
from ..models.organisation_list_response_unparsable_items_type_0_item import (
    OrganisationListResponseUnparsableItemsType0Item,
)
from ..models.seeded_item import SeededItem
from ..models.status import Status
