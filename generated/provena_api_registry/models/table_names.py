from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TableNames")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "resource_table_name",
        "auth_table_name",
        "lock_table_name",
    }
)


@_attrs_define
class TableNames:
    """
    Attributes:
        resource_table_name (str):
        auth_table_name (str):
        lock_table_name (str):
    """

    resource_table_name: str
    auth_table_name: str
    lock_table_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_table_name = self.resource_table_name

        auth_table_name = self.auth_table_name

        lock_table_name = self.lock_table_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_table_name": resource_table_name,
                "auth_table_name": auth_table_name,
                "lock_table_name": lock_table_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        resource_table_name = src_dict["resource_table_name"]

        auth_table_name = src_dict["auth_table_name"]

        lock_table_name = src_dict["lock_table_name"]

        # The keys beyond the declared properties, in their order. Every declared key is required, so there are
        # none exactly when the payload has no more keys than that (the common case, answered by len alone).
        additional_properties = (
            {}
            if len(src_dict) == 3
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is TableNames:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            table_names = object.__new__(cls)
            table_names.resource_table_name = resource_table_name
            table_names.auth_table_name = auth_table_name
            table_names.lock_table_name = lock_table_name
            table_names.additional_properties = additional_properties
        else:
            table_names = cls(
                resource_table_name=resource_table_name,
                auth_table_name=auth_table_name,
                lock_table_name=lock_table_name,
            )
            table_names.additional_properties = additional_properties
        return table_names

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
