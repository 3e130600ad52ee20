from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelRunFetchResponse")


@_attrs_define
class ModelRunFetchResponse:
    """
    Attributes:
        status (Status):
        item (ItemModelRun | None | SeededItem):
        roles (list[str] | None | Unset):
        locked (bool | None | Unset):
        item_is_seed (bool | None | Unset):
    """

    status: Status
    item: ItemModelRun | None | SeededItem
    roles: list[str] | None | Unset = UNSET
    locked: bool | None | Unset = UNSET
    item_is_seed: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        item: dict[str, Any] | None
        if isinstance(self.item, ItemModelRun) or isinstance(self.item, SeededItem):
            item = self.item.to_dict()
        else:
            item = self.item

        roles: list[str] | None | Unset
        if isinstance(self.roles, Unset):
            roles = UNSET
        elif isinstance(self.roles, list):
            roles = self.roles

        else:
            roles = self.roles

        locked: bool | None | Unset
        if isinstance(self.locked, Unset):
            locked = UNSET
        else:
            locked = self.locked

        item_is_seed: bool | None | Unset
        if isinstance(self.item_is_seed, Unset):
            item_is_seed = UNSET
        else:
            item_is_seed = self.item_is_seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "item": item,
            }
        )
        if roles is not UNSET:
            field_dict["roles"] = roles
        if locked is not UNSET:
            field_dict["locked"] = locked
        if item_is_seed is not UNSET:
            field_dict["item_is_seed"] = item_is_seed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = Status.from_dict(d.pop("status"))

        def _parse_item(data: object) -> ItemModelRun | None | SeededItem:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                item_type_0 = ItemModelRun.from_dict(data)

                return item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                item_type_1 = SeededItem.from_dict(data)

                return item_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemModelRun | None | SeededItem, data)

        item = _parse_item(d.pop("item"))

        def _parse_roles(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                roles_type_0 = cast(list[str], data)

                return roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        roles = _parse_roles(d.pop("roles", UNSET))

        def _parse_locked(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        locked = _parse_locked(d.pop("locked", UNSET))

        def _parse_item_is_seed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        item_is_seed = _parse_item_is_seed(d.pop("item_is_seed", UNSET))

        model_run_fetch_response = cls(
            status=status,
            item=item,
            roles=roles,
            locked=locked,
            item_is_seed=item_is_seed,
        )

        model_run_fetch_response.additional_properties = d
        return model_run_fetch_response

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
from ..models.seeded_item import SeededItem
from ..models.status import Status
