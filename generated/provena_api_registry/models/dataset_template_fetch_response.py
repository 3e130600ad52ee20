from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="DatasetTemplateFetchResponse")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "status",
        "item",
        "roles",
        "locked",
        "item_is_seed",
    }
)


@_attrs_define
class DatasetTemplateFetchResponse:
    """
    Attributes:
        status (Status):
        item (ItemDatasetTemplate | None | SeededItem):
        roles (list[str] | None | Unset):
        locked (bool | None | Unset):
        item_is_seed (bool | None | Unset):
    """

    status: Status
    item: ItemDatasetTemplate | None | SeededItem
    roles: list[str] | None | Unset = UNSET
    locked: bool | None | Unset = UNSET
    item_is_seed: bool | None | Unset = UNSET
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
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(status={self.status!r}, item={self.item!r}, roles={self.roles!r}, locked={self.locked!r}, item_is_seed={self.item_is_seed!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.status == other.status
            and self.item == other.item
            and self.roles == other.roles
            and self.locked == other.locked
            and self.item_is_seed == other.item_is_seed
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        item: dict[str, Any] | None
        if isinstance(self.item, ItemDatasetTemplate) or isinstance(
            self.item, SeededItem
        ):
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
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        status = Status.from_dict(src_dict["status"])

        item: ItemDatasetTemplate | None | SeededItem
        _item_raw = src_dict["item"]
        if _item_raw is None:
            item = _item_raw
        else:
            _item_ok = False
            if isinstance(_item_raw, dict):
                try:
                    item_type_0 = ItemDatasetTemplate.from_dict(_item_raw)

                    item = item_type_0
                    _item_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _item_ok:
                if isinstance(_item_raw, dict):
                    try:
                        item_type_1 = SeededItem.from_dict(_item_raw)

                        item = item_type_1
                        _item_ok = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            if not _item_ok:
                item = _item_raw

        roles: list[str] | None | Unset
        _roles_raw = src_dict.get("roles", UNSET)
        if _roles_raw is None or isinstance(_roles_raw, Unset):
            roles = _roles_raw
        else:
            _roles_ok = False
            if isinstance(_roles_raw, list):
                try:
                    roles_type_0 = _roles_raw

                    roles = roles_type_0
                    _roles_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _roles_ok:
                roles = _roles_raw

        locked = src_dict.get("locked", UNSET)

        item_is_seed = src_dict.get("item_is_seed", UNSET)

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is DatasetTemplateFetchResponse:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            dataset_template_fetch_response = object.__new__(cls)
            dataset_template_fetch_response.status = status
            dataset_template_fetch_response.item = item
            dataset_template_fetch_response.roles = roles
            dataset_template_fetch_response.locked = locked
            dataset_template_fetch_response.item_is_seed = item_is_seed
            dataset_template_fetch_response.additional_properties = (
                additional_properties
            )
        else:
            dataset_template_fetch_response = cls(
                status=status,
                item=item,
                roles=roles,
                locked=locked,
                item_is_seed=item_is_seed,
            )
            dataset_template_fetch_response.additional_properties = (
                additional_properties
            )
        return dataset_template_fetch_response

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
from ..models.item_dataset_template import ItemDatasetTemplate
from ..models.seeded_item import SeededItem
from ..models.status import Status
