from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.release_action import ReleaseAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReleaseHistoryEntry")


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
        d = dict(src_dict)
        action = ReleaseAction(d.pop("action"))

        timestamp = d.pop("timestamp")

        approver = d.pop("approver")

        notes = d.pop("notes")

        def _parse_requester(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requester = _parse_requester(d.pop("requester", UNSET))

        release_history_entry = cls(
            action=action,
            timestamp=timestamp,
            approver=approver,
            notes=notes,
            requester=requester,
        )

        release_history_entry.additional_properties = d
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
