from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_mode import ImportMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupsImportRequest")


@_attrs_define
class GroupsImportRequest:
    """
    Attributes:
        import_mode (ImportMode):
        items (list[GroupsImportRequestItemsItem]):
        parse_items (bool | None | Unset):  Default: True.
        allow_entry_deletion (bool | None | Unset):  Default: False.
        trial_mode (bool | None | Unset):  Default: True.
    """

    import_mode: ImportMode
    items: list[GroupsImportRequestItemsItem]
    parse_items: bool | None | Unset = True
    allow_entry_deletion: bool | None | Unset = False
    trial_mode: bool | None | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        import_mode = self.import_mode.value

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        parse_items: bool | None | Unset
        if isinstance(self.parse_items, Unset):
            parse_items = UNSET
        else:
            parse_items = self.parse_items

        allow_entry_deletion: bool | None | Unset
        if isinstance(self.allow_entry_deletion, Unset):
            allow_entry_deletion = UNSET
        else:
            allow_entry_deletion = self.allow_entry_deletion

        trial_mode: bool | None | Unset
        if isinstance(self.trial_mode, Unset):
            trial_mode = UNSET
        else:
            trial_mode = self.trial_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "import_mode": import_mode,
                "items": items,
            }
        )
        if parse_items is not UNSET:
            field_dict["parse_items"] = parse_items
        if allow_entry_deletion is not UNSET:
            field_dict["allow_entry_deletion"] = allow_entry_deletion
        if trial_mode is not UNSET:
            field_dict["trial_mode"] = trial_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        import_mode = ImportMode(d.pop("import_mode"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = GroupsImportRequestItemsItem.from_dict(items_item_data)

            items.append(items_item)

        def _parse_parse_items(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        parse_items = _parse_parse_items(d.pop("parse_items", UNSET))

        def _parse_allow_entry_deletion(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_entry_deletion = _parse_allow_entry_deletion(
            d.pop("allow_entry_deletion", UNSET)
        )

        def _parse_trial_mode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        trial_mode = _parse_trial_mode(d.pop("trial_mode", UNSET))

        groups_import_request = cls(
            import_mode=import_mode,
            items=items,
            parse_items=parse_items,
            allow_entry_deletion=allow_entry_deletion,
            trial_mode=trial_mode,
        )

        groups_import_request.additional_properties = d
        return groups_import_request

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
from ..models.groups_import_request_items_item import GroupsImportRequestItemsItem
