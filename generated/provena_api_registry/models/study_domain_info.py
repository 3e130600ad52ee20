from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StudyDomainInfo")


@_attrs_define
class StudyDomainInfo:
    """
    Attributes:
        display_name (str):
        title (str):
        description (str):
        user_metadata (None | StudyDomainInfoUserMetadataType0 | Unset): Optionally provide a collection of key value
            annotations describing this resource.
        study_alternative_id (None | str | Unset):
    """

    display_name: str
    title: str
    description: str
    user_metadata: None | StudyDomainInfoUserMetadataType0 | Unset = UNSET
    study_alternative_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        title = self.title

        description = self.description

        user_metadata: dict[str, Any] | None | Unset
        if isinstance(self.user_metadata, Unset):
            user_metadata = UNSET
        elif isinstance(self.user_metadata, StudyDomainInfoUserMetadataType0):
            user_metadata = self.user_metadata.to_dict()
        else:
            user_metadata = self.user_metadata

        study_alternative_id: None | str | Unset
        if isinstance(self.study_alternative_id, Unset):
            study_alternative_id = UNSET
        else:
            study_alternative_id = self.study_alternative_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "title": title,
                "description": description,
            }
        )
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata
        if study_alternative_id is not UNSET:
            field_dict["study_alternative_id"] = study_alternative_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        display_name = d.pop("display_name")

        title = d.pop("title")

        description = d.pop("description")

        def _parse_user_metadata(
            data: object,
        ) -> None | StudyDomainInfoUserMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_metadata_type_0 = StudyDomainInfoUserMetadataType0.from_dict(data)

                return user_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudyDomainInfoUserMetadataType0 | Unset, data)

        user_metadata = _parse_user_metadata(d.pop("user_metadata", UNSET))

        def _parse_study_alternative_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        study_alternative_id = _parse_study_alternative_id(
            d.pop("study_alternative_id", UNSET)
        )

        study_domain_info = cls(
            display_name=display_name,
            title=title,
            description=description,
            user_metadata=user_metadata,
            study_alternative_id=study_alternative_id,
        )

        study_domain_info.additional_properties = d
        return study_domain_info

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
from ..models.study_domain_info_user_metadata_type_0 import (
    StudyDomainInfoUserMetadataType0,
)
