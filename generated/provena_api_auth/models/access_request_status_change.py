from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.request_status import RequestStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessRequestStatusChange")


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
        d = dict(src_dict)
        username = d.pop("username")

        request_id = d.pop("request_id")

        desired_state = RequestStatus(d.pop("desired_state"))

        def _parse_additional_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        additional_note = _parse_additional_note(d.pop("additional_note", UNSET))

        access_request_status_change = cls(
            username=username,
            request_id=request_id,
            desired_state=desired_state,
            additional_note=additional_note,
        )

        access_request_status_change.additional_properties = d
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
