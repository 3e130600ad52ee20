from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganisationDomainInfo")


@_attrs_define
class OrganisationDomainInfo:
    """
    Attributes:
        display_name (str):
        name (str):
        user_metadata (None | OrganisationDomainInfoUserMetadataType0 | Unset): Optionally provide a collection of key
            value annotations describing this resource.
        ror (None | str | Unset):
    """

    display_name: str
    name: str
    user_metadata: None | OrganisationDomainInfoUserMetadataType0 | Unset = UNSET
    ror: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        name = self.name

        user_metadata: dict[str, Any] | None | Unset
        if isinstance(self.user_metadata, Unset):
            user_metadata = UNSET
        elif isinstance(self.user_metadata, OrganisationDomainInfoUserMetadataType0):
            user_metadata = self.user_metadata.to_dict()
        else:
            user_metadata = self.user_metadata

        ror: None | str | Unset
        if isinstance(self.ror, Unset):
            ror = UNSET
        else:
            ror = self.ror

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "name": name,
            }
        )
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata
        if ror is not UNSET:
            field_dict["ror"] = ror

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        display_name = d.pop("display_name")

        name = d.pop("name")

        def _parse_user_metadata(
            data: object,
        ) -> None | OrganisationDomainInfoUserMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_metadata_type_0 = (
                    OrganisationDomainInfoUserMetadataType0.from_dict(data)
                )

                return user_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrganisationDomainInfoUserMetadataType0 | Unset, data)

        user_metadata = _parse_user_metadata(d.pop("user_metadata", UNSET))

        def _parse_ror(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ror = _parse_ror(d.pop("ror", UNSET))

        organisation_domain_info = cls(
            display_name=display_name,
            name=name,
            user_metadata=user_metadata,
            ror=ror,
        )

        organisation_domain_info.additional_properties = d
        return organisation_domain_info

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
from ..models.organisation_domain_info_user_metadata_type_0 import (
    OrganisationDomainInfoUserMetadataType0,
)
