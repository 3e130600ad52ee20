from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_usage_type import ResourceUsageType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeferredResource")


@_attrs_define
class DeferredResource:
    """
    Attributes:
        key (str):
        description (str):
        usage_type (ResourceUsageType):
        optional (bool | None | Unset):
        is_folder (bool | None | Unset):
        additional_metadata (DeferredResourceAdditionalMetadataType0 | None | Unset):
    """

    key: str
    description: str
    usage_type: ResourceUsageType
    optional: bool | None | Unset = UNSET
    is_folder: bool | None | Unset = UNSET
    additional_metadata: DeferredResourceAdditionalMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        description = self.description

        usage_type = self.usage_type.value

        optional: bool | None | Unset
        if isinstance(self.optional, Unset):
            optional = UNSET
        else:
            optional = self.optional

        is_folder: bool | None | Unset
        if isinstance(self.is_folder, Unset):
            is_folder = UNSET
        else:
            is_folder = self.is_folder

        additional_metadata: dict[str, Any] | None | Unset
        if isinstance(self.additional_metadata, Unset):
            additional_metadata = UNSET
        elif isinstance(
            self.additional_metadata, DeferredResourceAdditionalMetadataType0
        ):
            additional_metadata = self.additional_metadata.to_dict()
        else:
            additional_metadata = self.additional_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "description": description,
                "usage_type": usage_type,
            }
        )
        if optional is not UNSET:
            field_dict["optional"] = optional
        if is_folder is not UNSET:
            field_dict["is_folder"] = is_folder
        if additional_metadata is not UNSET:
            field_dict["additional_metadata"] = additional_metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key")

        description = d.pop("description")

        usage_type = ResourceUsageType(d.pop("usage_type"))

        def _parse_optional(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        optional = _parse_optional(d.pop("optional", UNSET))

        def _parse_is_folder(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_folder = _parse_is_folder(d.pop("is_folder", UNSET))

        def _parse_additional_metadata(
            data: object,
        ) -> DeferredResourceAdditionalMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_metadata_type_0 = (
                    DeferredResourceAdditionalMetadataType0.from_dict(data)
                )

                return additional_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeferredResourceAdditionalMetadataType0 | None | Unset, data)

        additional_metadata = _parse_additional_metadata(
            d.pop("additional_metadata", UNSET)
        )

        deferred_resource = cls(
            key=key,
            description=description,
            usage_type=usage_type,
            optional=optional,
            is_folder=is_folder,
            additional_metadata=additional_metadata,
        )

        deferred_resource.additional_properties = d
        return deferred_resource

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
from ..models.deferred_resource_additional_metadata_type_0 import (
    DeferredResourceAdditionalMetadataType0,
)
