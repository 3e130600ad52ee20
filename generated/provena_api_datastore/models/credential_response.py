from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CredentialResponse")


@_attrs_define
class CredentialResponse:
    """
    Attributes:
        status (Status):
        credentials (Credentials):
        console_session_url (None | str | Unset):
    """

    status: Status
    credentials: Credentials
    console_session_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        credentials = self.credentials.to_dict()

        console_session_url: None | str | Unset
        if isinstance(self.console_session_url, Unset):
            console_session_url = UNSET
        else:
            console_session_url = self.console_session_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "credentials": credentials,
            }
        )
        if console_session_url is not UNSET:
            field_dict["console_session_url"] = console_session_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = Status.from_dict(d.pop("status"))

        credentials = Credentials.from_dict(d.pop("credentials"))

        def _parse_console_session_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        console_session_url = _parse_console_session_url(
            d.pop("console_session_url", UNSET)
        )

        credential_response = cls(
            status=status,
            credentials=credentials,
            console_session_url=console_session_url,
        )

        credential_response.additional_properties = d
        return credential_response

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
from ..models.credentials import Credentials
from ..models.status import Status
