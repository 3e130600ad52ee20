from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MintResponse")


@_attrs_define
class MintResponse:
    """
    Attributes:
        status (Status):
        handle (None | str | Unset):
        s3_location (None | S3Location | Unset):
        register_create_activity_session_id (None | str | Unset):
    """

    status: Status
    handle: None | str | Unset = UNSET
    s3_location: None | S3Location | Unset = UNSET
    register_create_activity_session_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        handle: None | str | Unset
        if isinstance(self.handle, Unset):
            handle = UNSET
        else:
            handle = self.handle

        s3_location: dict[str, Any] | None | Unset
        if isinstance(self.s3_location, Unset):
            s3_location = UNSET
        elif isinstance(self.s3_location, S3Location):
            s3_location = self.s3_location.to_dict()
        else:
            s3_location = self.s3_location

        register_create_activity_session_id: None | str | Unset
        if isinstance(self.register_create_activity_session_id, Unset):
            register_create_activity_session_id = UNSET
        else:
            register_create_activity_session_id = (
                self.register_create_activity_session_id
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if handle is not UNSET:
            field_dict["handle"] = handle
        if s3_location is not UNSET:
            field_dict["s3_location"] = s3_location
        if register_create_activity_session_id is not UNSET:
            field_dict["register_create_activity_session_id"] = (
                register_create_activity_session_id
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = Status.from_dict(d.pop("status"))

        def _parse_handle(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        handle = _parse_handle(d.pop("handle", UNSET))

        def _parse_s3_location(data: object) -> None | S3Location | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                s3_location_type_0 = S3Location.from_dict(data)

                return s3_location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | S3Location | Unset, data)

        s3_location = _parse_s3_location(d.pop("s3_location", UNSET))

        def _parse_register_create_activity_session_id(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        register_create_activity_session_id = (
            _parse_register_create_activity_session_id(
                d.pop("register_create_activity_session_id", UNSET)
            )
        )

        mint_response = cls(
            status=status,
            handle=handle,
            s3_location=s3_location,
            register_create_activity_session_id=register_create_activity_session_id,
        )

        mint_response.additional_properties = d
        return mint_response

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
from ..models.s3_location import S3Location
from ..models.status import Status
