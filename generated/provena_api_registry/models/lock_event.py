from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lock_action_type import LockActionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LockEvent")


@_attrs_define
class LockEvent:
    """
    Attributes:
        action_type (LockActionType):
        username (str):
        reason (str):
        timestamp (int):
        email (None | str | Unset):
    """

    action_type: LockActionType
    username: str
    reason: str
    timestamp: int
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_type = self.action_type.value

        username = self.username

        reason = self.reason

        timestamp = self.timestamp

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_type": action_type,
                "username": username,
                "reason": reason,
                "timestamp": timestamp,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action_type = LockActionType(d.pop("action_type"))

        username = d.pop("username")

        reason = d.pop("reason")

        timestamp = d.pop("timestamp")

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        lock_event = cls(
            action_type=action_type,
            username=username,
            reason=reason,
            timestamp=timestamp,
            email=email,
        )

        lock_event.additional_properties = d
        return lock_event

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
