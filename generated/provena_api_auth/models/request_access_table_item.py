from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.request_status import RequestStatus

T = TypeVar("T", bound="RequestAccessTableItem")


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
        d = dict(src_dict)
        username = d.pop("username")

        request_id = d.pop("request_id")

        expiry = d.pop("expiry")

        email = d.pop("email")

        created_timestamp = d.pop("created_timestamp")

        updated_timestamp = d.pop("updated_timestamp")

        status = RequestStatus(d.pop("status"))

        ui_friendly_status = d.pop("ui_friendly_status")

        request_diff_contents = d.pop("request_diff_contents")

        complete_contents = d.pop("complete_contents")

        notes = d.pop("notes")

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

        request_access_table_item.additional_properties = d
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
