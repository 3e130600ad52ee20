from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.request_status import RequestStatus
from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="AccessRequestStatusChange")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "username",
        "request_id",
        "desired_state",
        "additional_note",
    }
)


@_attrs_define
class AccessRequestStatusChange:
    """
    Attributes:
        username (str):
        request_id (int):
        desired_state (RequestStatus):
        additional_note (None | str | Unset):
    """

    username: str
    request_id: int
    desired_state: RequestStatus
    additional_note: None | str | Unset = UNSET
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
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(username={self.username!r}, request_id={self.request_id!r}, desired_state={self.desired_state!r}, additional_note={self.additional_note!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.username == other.username
            and self.request_id == other.request_id
            and self.desired_state == other.desired_state
            and self.additional_note == other.additional_note
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        request_id = self.request_id

        desired_state = self.desired_state.value

        additional_note: None | str | Unset
        if isinstance(self.additional_note, Unset):
            additional_note = UNSET
        else:
            additional_note = self.additional_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "request_id": request_id,
                "desired_state": desired_state,
            }
        )
        if additional_note is not UNSET:
            field_dict["additional_note"] = additional_note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        username = src_dict["username"]

        request_id = src_dict["request_id"]

        desired_state = RequestStatus._parse(src_dict["desired_state"])

        additional_note = src_dict.get("additional_note", UNSET)

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is AccessRequestStatusChange:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            access_request_status_change = object.__new__(cls)
            access_request_status_change.username = username
            access_request_status_change.request_id = request_id
            access_request_status_change.desired_state = desired_state
            access_request_status_change.additional_note = additional_note
            access_request_status_change.additional_properties = additional_properties
        else:
            access_request_status_change = cls(
                username=username,
                request_id=request_id,
                desired_state=desired_state,
                additional_note=additional_note,
            )
            access_request_status_change.additional_properties = additional_properties
        return access_request_status_change

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
