from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DatasetTemplateListResponseUnparsableItemsType0Item")


@_attrs_define
class DatasetTemplateListResponseUnparsableItemsType0Item:
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)

        additional_properties = dict(src_dict)
        if cls is DatasetTemplateListResponseUnparsableItemsType0Item:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            dataset_template_list_response_unparsable_items_type_0_item = (
                object.__new__(cls)
            )
            dataset_template_list_response_unparsable_items_type_0_item.additional_properties = additional_properties
        else:
            dataset_template_list_response_unparsable_items_type_0_item = cls()
            dataset_template_list_response_unparsable_items_type_0_item.additional_properties = additional_properties
        return dataset_template_list_response_unparsable_items_type_0_item

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
