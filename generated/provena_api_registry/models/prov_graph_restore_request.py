from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="ProvGraphRestoreRequest")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "items",
        "trial_mode",
        "abort_if_failures",
    }
)


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

    # __repr__, __eq__ and __ne__ are the ones attrs would generate, written out here: attrs leaves methods a
    # class defines itself alone, so importing a model no longer compiles them (about half of attrs' work per
    # class, paid by every first call). tests/pipeline/test_fast_from_dict.py holds them to attrs' own.
    def __repr__(self) -> str:
        seen = _repr_seen()
        if id(self) in seen:
            return "..."
        seen.add(id(self))
        try:
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(items={self.items!r}, trial_mode={self.trial_mode!r}, abort_if_failures={self.abort_if_failures!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.items == other.items
            and self.trial_mode == other.trial_mode
            and self.abort_if_failures == other.abort_if_failures
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

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
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        items = []
        _items = src_dict["items"]
        for items_item_data in _items:
            items_item = BundledItem.from_dict(items_item_data)

            items.append(items_item)

        trial_mode = src_dict.get("trial_mode", UNSET)

        abort_if_failures = src_dict.get("abort_if_failures", UNSET)

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is ProvGraphRestoreRequest:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            prov_graph_restore_request = object.__new__(cls)
            prov_graph_restore_request.items = items
            prov_graph_restore_request.trial_mode = trial_mode
            prov_graph_restore_request.abort_if_failures = abort_if_failures
            prov_graph_restore_request.additional_properties = additional_properties
        else:
            prov_graph_restore_request = cls(
                items=items,
                trial_mode=trial_mode,
                abort_if_failures=abort_if_failures,
            )
            prov_graph_restore_request.additional_properties = additional_properties
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
