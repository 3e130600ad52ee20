from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetTemplateDomainInfo")


@_attrs_define
class DatasetTemplateDomainInfo:
    """
    Attributes:
        display_name (str):
        user_metadata (DatasetTemplateDomainInfoUserMetadataType0 | None | Unset): Optionally provide a collection of
            key value annotations describing this resource.
        description (None | str | Unset):
        defined_resources (list[DefinedResource] | None | Unset):
        deferred_resources (list[DeferredResource] | None | Unset):
    """

    display_name: str
    user_metadata: DatasetTemplateDomainInfoUserMetadataType0 | None | Unset = UNSET
    description: None | str | Unset = UNSET
    defined_resources: list[DefinedResource] | None | Unset = UNSET
    deferred_resources: list[DeferredResource] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        user_metadata: dict[str, Any] | None | Unset
        if isinstance(self.user_metadata, Unset):
            user_metadata = UNSET
        elif isinstance(self.user_metadata, DatasetTemplateDomainInfoUserMetadataType0):
            user_metadata = self.user_metadata.to_dict()
        else:
            user_metadata = self.user_metadata

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        defined_resources: list[dict[str, Any]] | None | Unset
        if isinstance(self.defined_resources, Unset):
            defined_resources = UNSET
        elif isinstance(self.defined_resources, list):
            defined_resources = []
            for defined_resources_type_0_item_data in self.defined_resources:
                defined_resources_type_0_item = (
                    defined_resources_type_0_item_data.to_dict()
                )
                defined_resources.append(defined_resources_type_0_item)

        else:
            defined_resources = self.defined_resources

        deferred_resources: list[dict[str, Any]] | None | Unset
        if isinstance(self.deferred_resources, Unset):
            deferred_resources = UNSET
        elif isinstance(self.deferred_resources, list):
            deferred_resources = []
            for deferred_resources_type_0_item_data in self.deferred_resources:
                deferred_resources_type_0_item = (
                    deferred_resources_type_0_item_data.to_dict()
                )
                deferred_resources.append(deferred_resources_type_0_item)

        else:
            deferred_resources = self.deferred_resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
            }
        )
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata
        if description is not UNSET:
            field_dict["description"] = description
        if defined_resources is not UNSET:
            field_dict["defined_resources"] = defined_resources
        if deferred_resources is not UNSET:
            field_dict["deferred_resources"] = deferred_resources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        display_name = d.pop("display_name")

        def _parse_user_metadata(
            data: object,
        ) -> DatasetTemplateDomainInfoUserMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_metadata_type_0 = (
                    DatasetTemplateDomainInfoUserMetadataType0.from_dict(data)
                )

                return user_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetTemplateDomainInfoUserMetadataType0 | None | Unset, data)

        user_metadata = _parse_user_metadata(d.pop("user_metadata", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_defined_resources(
            data: object,
        ) -> list[DefinedResource] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                defined_resources_type_0 = []
                _defined_resources_type_0 = data
                for defined_resources_type_0_item_data in _defined_resources_type_0:
                    defined_resources_type_0_item = DefinedResource.from_dict(
                        defined_resources_type_0_item_data
                    )

                    defined_resources_type_0.append(defined_resources_type_0_item)

                return defined_resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DefinedResource] | None | Unset, data)

        defined_resources = _parse_defined_resources(d.pop("defined_resources", UNSET))

        def _parse_deferred_resources(
            data: object,
        ) -> list[DeferredResource] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                deferred_resources_type_0 = []
                _deferred_resources_type_0 = data
                for deferred_resources_type_0_item_data in _deferred_resources_type_0:
                    deferred_resources_type_0_item = DeferredResource.from_dict(
                        deferred_resources_type_0_item_data
                    )

                    deferred_resources_type_0.append(deferred_resources_type_0_item)

                return deferred_resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DeferredResource] | None | Unset, data)

        deferred_resources = _parse_deferred_resources(
            d.pop("deferred_resources", UNSET)
        )

        dataset_template_domain_info = cls(
            display_name=display_name,
            user_metadata=user_metadata,
            description=description,
            defined_resources=defined_resources,
            deferred_resources=deferred_resources,
        )

        dataset_template_domain_info.additional_properties = d
        return dataset_template_domain_info

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
from ..models.dataset_template_domain_info_user_metadata_type_0 import (
    DatasetTemplateDomainInfoUserMetadataType0,
)
from ..models.deferred_resource import DeferredResource
from ..models.defined_resource import DefinedResource
