from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VersionDomainInfo")


@_attrs_define
class VersionDomainInfo:
    """
    Attributes:
        display_name (str):
        reason (str):
        from_item_id (str):
        to_item_id (str):
        new_version_number (int):
        user_metadata (None | Unset | VersionDomainInfoUserMetadataType0): Optionally provide a collection of key value
            annotations describing this resource.
    """

    display_name: str
    reason: str
    from_item_id: str
    to_item_id: str
    new_version_number: int
    user_metadata: None | Unset | VersionDomainInfoUserMetadataType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        reason = self.reason

        from_item_id = self.from_item_id

        to_item_id = self.to_item_id

        new_version_number = self.new_version_number

        user_metadata: dict[str, Any] | None | Unset
        if isinstance(self.user_metadata, Unset):
            user_metadata = UNSET
        elif isinstance(self.user_metadata, VersionDomainInfoUserMetadataType0):
            user_metadata = self.user_metadata.to_dict()
        else:
            user_metadata = self.user_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "reason": reason,
                "from_item_id": from_item_id,
                "to_item_id": to_item_id,
                "new_version_number": new_version_number,
            }
        )
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        display_name = d.pop("display_name")

        reason = d.pop("reason")

        from_item_id = d.pop("from_item_id")

        to_item_id = d.pop("to_item_id")

        new_version_number = d.pop("new_version_number")

        def _parse_user_metadata(
            data: object,
        ) -> None | Unset | VersionDomainInfoUserMetadataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_metadata_type_0 = VersionDomainInfoUserMetadataType0.from_dict(
                    data
                )

                return user_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VersionDomainInfoUserMetadataType0, data)

        user_metadata = _parse_user_metadata(d.pop("user_metadata", UNSET))

        version_domain_info = cls(
            display_name=display_name,
            reason=reason,
            from_item_id=from_item_id,
            to_item_id=to_item_id,
            new_version_number=new_version_number,
            user_metadata=user_metadata,
        )

        version_domain_info.additional_properties = d
        return version_domain_info

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
from ..models.version_domain_info_user_metadata_type_0 import (
    VersionDomainInfoUserMetadataType0,
)
