from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UntypedFetchResponse")


@_attrs_define
class UntypedFetchResponse:
    """
    Attributes:
        status (Status):
        item (None | Unset | UntypedFetchResponseItemType0):
    """

    status: Status
    item: None | Unset | UntypedFetchResponseItemType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        item: dict[str, Any] | None | Unset
        if isinstance(self.item, Unset):
            item = UNSET
        elif isinstance(self.item, UntypedFetchResponseItemType0):
            item = self.item.to_dict()
        else:
            item = self.item

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if item is not UNSET:
            field_dict["item"] = item

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = Status.from_dict(d.pop("status"))

        def _parse_item(data: object) -> None | Unset | UntypedFetchResponseItemType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                item_type_0 = UntypedFetchResponseItemType0.from_dict(data)

                return item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UntypedFetchResponseItemType0, data)

        item = _parse_item(d.pop("item", UNSET))

        untyped_fetch_response = cls(
            status=status,
            item=item,
        )

        untyped_fetch_response.additional_properties = d
        return untyped_fetch_response

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
from ..models.status import Status
from ..models.untyped_fetch_response_item_type_0 import UntypedFetchResponseItemType0
