from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BundledItem")


@_attrs_define
class BundledItem:
    """
    Attributes:
        id (str):
        item_payload (BundledItemItemPayload):
        auth_payload (BundledItemAuthPayload):
        lock_payload (BundledItemLockPayload):
    """

    id: str
    item_payload: BundledItemItemPayload
    auth_payload: BundledItemAuthPayload
    lock_payload: BundledItemLockPayload
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        item_payload = self.item_payload.to_dict()

        auth_payload = self.auth_payload.to_dict()

        lock_payload = self.lock_payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "item_payload": item_payload,
                "auth_payload": auth_payload,
                "lock_payload": lock_payload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        item_payload = BundledItemItemPayload.from_dict(d.pop("item_payload"))

        auth_payload = BundledItemAuthPayload.from_dict(d.pop("auth_payload"))

        lock_payload = BundledItemLockPayload.from_dict(d.pop("lock_payload"))

        bundled_item = cls(
            id=id,
            item_payload=item_payload,
            auth_payload=auth_payload,
            lock_payload=lock_payload,
        )

        bundled_item.additional_properties = d
        return bundled_item

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
from ..models.bundled_item_auth_payload import BundledItemAuthPayload
from ..models.bundled_item_item_payload import BundledItemItemPayload
from ..models.bundled_item_lock_payload import BundledItemLockPayload
