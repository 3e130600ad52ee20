from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.release_action import ReleaseAction
from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="ReleaseHistoryEntry")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "action",
        "timestamp",
        "approver",
        "notes",
        "requester",
    }
)


@_attrs_define
class ReleaseHistoryEntry:
    """
    Attributes:
        action (ReleaseAction):
        timestamp (int):
        approver (str):
        notes (str):
        requester (None | str | Unset):
    """

    action: ReleaseAction
    timestamp: int
    approver: str
    notes: str
    requester: None | str | Unset = UNSET
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
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(action={self.action!r}, timestamp={self.timestamp!r}, approver={self.approver!r}, notes={self.notes!r}, requester={self.requester!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.action == other.action
            and self.timestamp == other.timestamp
            and self.approver == other.approver
            and self.notes == other.notes
            and self.requester == other.requester
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        timestamp = self.timestamp

        approver = self.approver

        notes = self.notes

        requester: None | str | Unset
        if isinstance(self.requester, Unset):
            requester = UNSET
        else:
            requester = self.requester

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "timestamp": timestamp,
                "approver": approver,
                "notes": notes,
            }
        )
        if requester is not UNSET:
            field_dict["requester"] = requester

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        action = ReleaseAction._parse(src_dict["action"])

        timestamp = src_dict["timestamp"]

        approver = src_dict["approver"]

        notes = src_dict["notes"]

        requester = src_dict.get("requester", UNSET)

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is ReleaseHistoryEntry:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            release_history_entry = object.__new__(cls)
            release_history_entry.action = action
            release_history_entry.timestamp = timestamp
            release_history_entry.approver = approver
            release_history_entry.notes = notes
            release_history_entry.requester = requester
            release_history_entry.additional_properties = additional_properties
        else:
            release_history_entry = cls(
                action=action,
                timestamp=timestamp,
                approver=approver,
                notes=notes,
                requester=requester,
            )
            release_history_entry.additional_properties = additional_properties
        return release_history_entry

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
