from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="DatasetTemplateDomainInfo")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "display_name",
        "user_metadata",
        "description",
        "defined_resources",
        "deferred_resources",
    }
)


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

    # __repr__, __eq__ and __ne__ are the ones attrs would generate, written out here: attrs leaves methods a
    # class defines itself alone, so importing a model no longer compiles them (about half of attrs' work per
    # class, paid by every first call). tests/pipeline/test_fast_from_dict.py holds them to attrs' own.
    def __repr__(self) -> str:
        seen = _repr_seen()
        if id(self) in seen:
            return "..."
        seen.add(id(self))
        try:
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(display_name={self.display_name!r}, user_metadata={self.user_metadata!r}, description={self.description!r}, defined_resources={self.defined_resources!r}, deferred_resources={self.deferred_resources!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.display_name == other.display_name
            and self.user_metadata == other.user_metadata
            and self.description == other.description
            and self.defined_resources == other.defined_resources
            and self.deferred_resources == other.deferred_resources
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

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
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        display_name = src_dict["display_name"]

        user_metadata: DatasetTemplateDomainInfoUserMetadataType0 | None | Unset
        _user_metadata_raw = src_dict.get("user_metadata", UNSET)
        if _user_metadata_raw is None or isinstance(_user_metadata_raw, Unset):
            user_metadata = _user_metadata_raw
        else:
            _user_metadata_ok = False
            if isinstance(_user_metadata_raw, dict):
                try:
                    user_metadata_type_0 = (
                        DatasetTemplateDomainInfoUserMetadataType0.from_dict(
                            _user_metadata_raw
                        )
                    )

                    user_metadata = user_metadata_type_0
                    _user_metadata_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _user_metadata_ok:
                user_metadata = _user_metadata_raw

        description = src_dict.get("description", UNSET)

        defined_resources: list[DefinedResource] | None | Unset
        _defined_resources_raw = src_dict.get("defined_resources", UNSET)
        if _defined_resources_raw is None or isinstance(_defined_resources_raw, Unset):
            defined_resources = _defined_resources_raw
        else:
            _defined_resources_ok = False
            if isinstance(_defined_resources_raw, list):
                try:
                    defined_resources_type_0 = []
                    _defined_resources_type_0 = _defined_resources_raw
                    for defined_resources_type_0_item_data in _defined_resources_type_0:
                        defined_resources_type_0_item = DefinedResource.from_dict(
                            defined_resources_type_0_item_data
                        )

                        defined_resources_type_0.append(defined_resources_type_0_item)

                    defined_resources = defined_resources_type_0
                    _defined_resources_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _defined_resources_ok:
                defined_resources = _defined_resources_raw

        deferred_resources: list[DeferredResource] | None | Unset
        _deferred_resources_raw = src_dict.get("deferred_resources", UNSET)
        if _deferred_resources_raw is None or isinstance(
            _deferred_resources_raw, Unset
        ):
            deferred_resources = _deferred_resources_raw
        else:
            _deferred_resources_ok = False
            if isinstance(_deferred_resources_raw, list):
                try:
                    deferred_resources_type_0 = []
                    _deferred_resources_type_0 = _deferred_resources_raw
                    for (
                        deferred_resources_type_0_item_data
                    ) in _deferred_resources_type_0:
                        deferred_resources_type_0_item = DeferredResource.from_dict(
                            deferred_resources_type_0_item_data
                        )

                        deferred_resources_type_0.append(deferred_resources_type_0_item)

                    deferred_resources = deferred_resources_type_0
                    _deferred_resources_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _deferred_resources_ok:
                deferred_resources = _deferred_resources_raw

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is DatasetTemplateDomainInfo:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            dataset_template_domain_info = object.__new__(cls)
            dataset_template_domain_info.display_name = display_name
            dataset_template_domain_info.user_metadata = user_metadata
            dataset_template_domain_info.description = description
            dataset_template_domain_info.defined_resources = defined_resources
            dataset_template_domain_info.deferred_resources = deferred_resources
            dataset_template_domain_info.additional_properties = additional_properties
        else:
            dataset_template_domain_info = cls(
                display_name=display_name,
                user_metadata=user_metadata,
                description=description,
                defined_resources=defined_resources,
                deferred_resources=deferred_resources,
            )
            dataset_template_domain_info.additional_properties = additional_properties
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
