from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="HistoryEntryModelRunDomainInfo")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "timestamp",
        "reason",
        "username",
        "item",
    }
)


@_attrs_define
class HistoryEntryModelRunDomainInfo:
    """
    Attributes:
        id (int):
        timestamp (int):
        reason (str):
        username (str):
        item (ModelRunDomainInfo):
    """

    id: int
    timestamp: int
    reason: str
    username: str
    item: ModelRunDomainInfo
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
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(id={self.id!r}, timestamp={self.timestamp!r}, reason={self.reason!r}, username={self.username!r}, item={self.item!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.timestamp == other.timestamp
            and self.reason == other.reason
            and self.username == other.username
            and self.item == other.item
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        timestamp = self.timestamp

        reason = self.reason

        username = self.username

        item = self.item.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "timestamp": timestamp,
                "reason": reason,
                "username": username,
                "item": item,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        id = src_dict["id"]

        timestamp = src_dict["timestamp"]

        reason = src_dict["reason"]

        username = src_dict["username"]

        item = ModelRunDomainInfo.from_dict(src_dict["item"])

        # The keys beyond the declared properties, in their order. Every declared key is required, so there are
        # none exactly when the payload has no more keys than that (the common case, answered by len alone).
        additional_properties = (
            {}
            if len(src_dict) == 5
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is HistoryEntryModelRunDomainInfo:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            history_entry_model_run_domain_info = object.__new__(cls)
            history_entry_model_run_domain_info.id = id
            history_entry_model_run_domain_info.timestamp = timestamp
            history_entry_model_run_domain_info.reason = reason
            history_entry_model_run_domain_info.username = username
            history_entry_model_run_domain_info.item = item
            history_entry_model_run_domain_info.additional_properties = (
                additional_properties
            )
        else:
            history_entry_model_run_domain_info = cls(
                id=id,
                timestamp=timestamp,
                reason=reason,
                username=username,
                item=item,
            )
            history_entry_model_run_domain_info.additional_properties = (
                additional_properties
            )
        return history_entry_model_run_domain_info

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
from ..models.model_run_domain_info import ModelRunDomainInfo
