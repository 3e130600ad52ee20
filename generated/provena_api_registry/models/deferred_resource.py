from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_usage_type import ResourceUsageType
from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="DeferredResource")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "key",
        "description",
        "usage_type",
        "optional",
        "is_folder",
        "additional_metadata",
    }
)


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

    # __repr__, __eq__ and __ne__ are the ones attrs would generate, written out here: attrs leaves methods a
    # class defines itself alone, so importing a model no longer compiles them (about half of attrs' work per
    # class, paid by every first call). tests/pipeline/test_fast_from_dict.py holds them to attrs' own.
    def __repr__(self) -> str:
        seen = _repr_seen()
        if id(self) in seen:
            return "..."
        seen.add(id(self))
        try:
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(key={self.key!r}, description={self.description!r}, usage_type={self.usage_type!r}, optional={self.optional!r}, is_folder={self.is_folder!r}, additional_metadata={self.additional_metadata!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.key == other.key
            and self.description == other.description
            and self.usage_type == other.usage_type
            and self.optional == other.optional
            and self.is_folder == other.is_folder
            and self.additional_metadata == other.additional_metadata
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

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
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        key = src_dict["key"]

        description = src_dict["description"]

        usage_type = ResourceUsageType._parse(src_dict["usage_type"])

        optional = src_dict.get("optional", UNSET)

        is_folder = src_dict.get("is_folder", UNSET)

        additional_metadata: DeferredResourceAdditionalMetadataType0 | None | Unset
        _additional_metadata_raw = src_dict.get("additional_metadata", UNSET)
        if _additional_metadata_raw is None or isinstance(
            _additional_metadata_raw, Unset
        ):
            additional_metadata = _additional_metadata_raw
        else:
            _additional_metadata_ok = False
            if isinstance(_additional_metadata_raw, dict):
                try:
                    additional_metadata_type_0 = (
                        DeferredResourceAdditionalMetadataType0.from_dict(
                            _additional_metadata_raw
                        )
                    )

                    additional_metadata = additional_metadata_type_0
                    _additional_metadata_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _additional_metadata_ok:
                additional_metadata = _additional_metadata_raw

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is DeferredResource:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            deferred_resource = object.__new__(cls)
            deferred_resource.key = key
            deferred_resource.description = description
            deferred_resource.usage_type = usage_type
            deferred_resource.optional = optional
            deferred_resource.is_folder = is_folder
            deferred_resource.additional_metadata = additional_metadata
            deferred_resource.additional_properties = additional_properties
        else:
            deferred_resource = cls(
                key=key,
                description=description,
                usage_type=usage_type,
                optional=optional,
                is_folder=is_folder,
                additional_metadata=additional_metadata,
            )
            deferred_resource.additional_properties = additional_properties
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
