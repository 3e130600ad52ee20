from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonDomainInfo")


@_attrs_define
class PersonDomainInfo:
    """
    Attributes:
        display_name (str):
        email (str):
        first_name (str):
        last_name (str):
        user_metadata (None | PersonDomainInfoUserMetadataType0 | Unset): Optionally provide a collection of key value
            annotations describing this resource.
        orcid (None | str | Unset):
        ethics_approved (bool | None | Unset):  Default: False.
    """

    display_name: str
    email: str
    first_name: str
    last_name: str
    user_metadata: None | PersonDomainInfoUserMetadataType0 | Unset = UNSET
    orcid: None | str | Unset = UNSET
    ethics_approved: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        user_metadata: dict[str, Any] | None | Unset
        if isinstance(self.user_metadata, Unset):
            user_metadata = UNSET
        elif isinstance(self.user_metadata, PersonDomainInfoUserMetadataType0):
            user_metadata = self.user_metadata.to_dict()
        else:
            user_metadata = self.user_metadata

        orcid: None | str | Unset
        if isinstance(self.orcid, Unset):
            orcid = UNSET
        else:
            orcid = self.orcid

        ethics_approved: bool | None | Unset
        if isinstance(self.ethics_approved, Unset):
            ethics_approved = UNSET
        else:
            ethics_approved = self.ethics_approved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
            }
        )
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata
        if orcid is not UNSET:
            field_dict["orcid"] = orcid
        if ethics_approved is not UNSET:
            field_dict["ethics_approved"] = ethics_approved

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        display_name = d.pop("display_name")

        email = d.pop("email")

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        def _parse_user_metadata(
            data: object,
        ) -> None | PersonDomainInfoUserMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_metadata_type_0 = PersonDomainInfoUserMetadataType0.from_dict(data)

                return user_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonDomainInfoUserMetadataType0 | Unset, data)

        user_metadata = _parse_user_metadata(d.pop("user_metadata", UNSET))

        def _parse_orcid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        orcid = _parse_orcid(d.pop("orcid", UNSET))

        def _parse_ethics_approved(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        ethics_approved = _parse_ethics_approved(d.pop("ethics_approved", UNSET))

        person_domain_info = cls(
            display_name=display_name,
            email=email,
            first_name=first_name,
            last_name=last_name,
            user_metadata=user_metadata,
            orcid=orcid,
            ethics_approved=ethics_approved,
        )

        person_domain_info.additional_properties = d
        return person_domain_info

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
from ..models.person_domain_info_user_metadata_type_0 import (
    PersonDomainInfoUserMetadataType0,
)
