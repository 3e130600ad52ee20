from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelDomainInfo")


@_attrs_define
class ModelDomainInfo:
    """
    Attributes:
        display_name (str):
        name (str):
        description (str):
        documentation_url (str):
        source_url (str):
        user_metadata (ModelDomainInfoUserMetadataType0 | None | Unset): Optionally provide a collection of key value
            annotations describing this resource.
    """

    display_name: str
    name: str
    description: str
    documentation_url: str
    source_url: str
    user_metadata: ModelDomainInfoUserMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        name = self.name

        description = self.description

        documentation_url = self.documentation_url

        source_url = self.source_url

        user_metadata: dict[str, Any] | None | Unset
        if isinstance(self.user_metadata, Unset):
            user_metadata = UNSET
        elif isinstance(self.user_metadata, ModelDomainInfoUserMetadataType0):
            user_metadata = self.user_metadata.to_dict()
        else:
            user_metadata = self.user_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "name": name,
                "description": description,
                "documentation_url": documentation_url,
                "source_url": source_url,
            }
        )
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        display_name = d.pop("display_name")

        name = d.pop("name")

        description = d.pop("description")

        documentation_url = d.pop("documentation_url")

        source_url = d.pop("source_url")

        def _parse_user_metadata(
            data: object,
        ) -> ModelDomainInfoUserMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_metadata_type_0 = ModelDomainInfoUserMetadataType0.from_dict(data)

                return user_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelDomainInfoUserMetadataType0 | None | Unset, data)

        user_metadata = _parse_user_metadata(d.pop("user_metadata", UNSET))

        model_domain_info = cls(
            display_name=display_name,
            name=name,
            description=description,
            documentation_url=documentation_url,
            source_url=source_url,
            user_metadata=user_metadata,
        )

        model_domain_info.additional_properties = d
        return model_domain_info

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
from ..models.model_domain_info_user_metadata_type_0 import (
    ModelDomainInfoUserMetadataType0,
)
