from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProvGraphRestoreRequest")


@_attrs_define
class ProvGraphRestoreRequest:
    """
    Attributes:
        items (list[BundledItem]):
        trial_mode (bool | None | Unset):  Default: True.
        abort_if_failures (bool | None | Unset):  Default: True.
    """

    items: list[BundledItem]
    trial_mode: bool | None | Unset = True
    abort_if_failures: bool | None | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        trial_mode: bool | None | Unset
        if isinstance(self.trial_mode, Unset):
            trial_mode = UNSET
        else:
            trial_mode = self.trial_mode

        abort_if_failures: bool | None | Unset
        if isinstance(self.abort_if_failures, Unset):
            abort_if_failures = UNSET
        else:
            abort_if_failures = self.abort_if_failures

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if trial_mode is not UNSET:
            field_dict["trial_mode"] = trial_mode
        if abort_if_failures is not UNSET:
            field_dict["abort_if_failures"] = abort_if_failures

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = BundledItem.from_dict(items_item_data)

            items.append(items_item)

        def _parse_trial_mode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        trial_mode = _parse_trial_mode(d.pop("trial_mode", UNSET))

        def _parse_abort_if_failures(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        abort_if_failures = _parse_abort_if_failures(d.pop("abort_if_failures", UNSET))

        prov_graph_restore_request = cls(
            items=items,
            trial_mode=trial_mode,
            abort_if_failures=abort_if_failures,
        )

        prov_graph_restore_request.additional_properties = d
        return prov_graph_restore_request

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
from ..models.bundled_item import BundledItem
