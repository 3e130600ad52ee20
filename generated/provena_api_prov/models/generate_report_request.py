from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_sub_type import ItemSubType

T = TypeVar("T", bound="GenerateReportRequest")


@_attrs_define
class GenerateReportRequest:
    """
    Attributes:
        id (str):
        item_subtype (ItemSubType):
        depth (int):
    """

    id: str
    item_subtype: ItemSubType
    depth: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        item_subtype = self.item_subtype.value

        depth = self.depth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "item_subtype": item_subtype,
                "depth": depth,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        item_subtype = ItemSubType(d.pop("item_subtype"))

        depth = d.pop("depth")

        generate_report_request = cls(
            id=id,
            item_subtype=item_subtype,
            depth=depth,
        )

        generate_report_request.additional_properties = d
        return generate_report_request

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
