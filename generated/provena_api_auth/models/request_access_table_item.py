from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.request_status import RequestStatus
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="RequestAccessTableItem")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "username",
        "request_id",
        "expiry",
        "email",
        "created_timestamp",
        "updated_timestamp",
        "status",
        "ui_friendly_status",
        "request_diff_contents",
        "complete_contents",
        "notes",
    }
)


@_attrs_define
class RequestAccessTableItem:
    """
    Attributes:
        username (str):
        request_id (int):
        expiry (int):
        email (str):
        created_timestamp (int):
        updated_timestamp (int):
        status (RequestStatus):
        ui_friendly_status (str):
        request_diff_contents (str):
        complete_contents (str):
        notes (str):
    """

    username: str
    request_id: int
    expiry: int
    email: str
    created_timestamp: int
    updated_timestamp: int
    status: RequestStatus
    ui_friendly_status: str
    request_diff_contents: str
    complete_contents: str
    notes: str
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
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(username={self.username!r}, request_id={self.request_id!r}, expiry={self.expiry!r}, email={self.email!r}, created_timestamp={self.created_timestamp!r}, updated_timestamp={self.updated_timestamp!r}, status={self.status!r}, ui_friendly_status={self.ui_friendly_status!r}, request_diff_contents={self.request_diff_contents!r}, complete_contents={self.complete_contents!r}, notes={self.notes!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.username == other.username
            and self.request_id == other.request_id
            and self.expiry == other.expiry
            and self.email == other.email
            and self.created_timestamp == other.created_timestamp
            and self.updated_timestamp == other.updated_timestamp
            and self.status == other.status
            and self.ui_friendly_status == other.ui_friendly_status
            and self.request_diff_contents == other.request_diff_contents
            and self.complete_contents == other.complete_contents
            and self.notes == other.notes
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        request_id = self.request_id

        expiry = self.expiry

        email = self.email

        created_timestamp = self.created_timestamp

        updated_timestamp = self.updated_timestamp

        status = self.status.value

        ui_friendly_status = self.ui_friendly_status

        request_diff_contents = self.request_diff_contents

        complete_contents = self.complete_contents

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "request_id": request_id,
                "expiry": expiry,
                "email": email,
                "created_timestamp": created_timestamp,
                "updated_timestamp": updated_timestamp,
                "status": status,
                "ui_friendly_status": ui_friendly_status,
                "request_diff_contents": request_diff_contents,
                "complete_contents": complete_contents,
                "notes": notes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        username = src_dict["username"]

        request_id = src_dict["request_id"]

        expiry = src_dict["expiry"]

        email = src_dict["email"]

        created_timestamp = src_dict["created_timestamp"]

        updated_timestamp = src_dict["updated_timestamp"]

        status = RequestStatus._parse(src_dict["status"])

        ui_friendly_status = src_dict["ui_friendly_status"]

        request_diff_contents = src_dict["request_diff_contents"]

        complete_contents = src_dict["complete_contents"]

        notes = src_dict["notes"]

        # The keys beyond the declared properties, in their order. Every declared key is required, so there are
        # none exactly when the payload has no more keys than that (the common case, answered by len alone).
        additional_properties = (
            {}
            if len(src_dict) == 11
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is RequestAccessTableItem:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            request_access_table_item = object.__new__(cls)
            request_access_table_item.username = username
            request_access_table_item.request_id = request_id
            request_access_table_item.expiry = expiry
            request_access_table_item.email = email
            request_access_table_item.created_timestamp = created_timestamp
            request_access_table_item.updated_timestamp = updated_timestamp
            request_access_table_item.status = status
            request_access_table_item.ui_friendly_status = ui_friendly_status
            request_access_table_item.request_diff_contents = request_diff_contents
            request_access_table_item.complete_contents = complete_contents
            request_access_table_item.notes = notes
            request_access_table_item.additional_properties = additional_properties
        else:
            request_access_table_item = cls(
                username=username,
                request_id=request_id,
                expiry=expiry,
                email=email,
                created_timestamp=created_timestamp,
                updated_timestamp=updated_timestamp,
                status=status,
                ui_friendly_status=ui_friendly_status,
                request_diff_contents=request_diff_contents,
                complete_contents=complete_contents,
                notes=notes,
            )
            request_access_table_item.additional_properties = additional_properties
        return request_access_table_item

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
