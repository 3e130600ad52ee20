from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="ModelDomainInfo")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "display_name",
        "name",
        "description",
        "documentation_url",
        "source_url",
        "user_metadata",
    }
)


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

    # __repr__, __eq__ and __ne__ are the ones attrs would generate, written out here: attrs leaves methods a
    # class defines itself alone, so importing a model no longer compiles them (about half of attrs' work per
    # class, paid by every first call). tests/pipeline/test_fast_from_dict.py holds them to attrs' own.
    def __repr__(self) -> str:
        seen = _repr_seen()
        if id(self) in seen:
            return "..."
        seen.add(id(self))
        try:
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(display_name={self.display_name!r}, name={self.name!r}, description={self.description!r}, documentation_url={self.documentation_url!r}, source_url={self.source_url!r}, user_metadata={self.user_metadata!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.display_name == other.display_name
            and self.name == other.name
            and self.description == other.description
            and self.documentation_url == other.documentation_url
            and self.source_url == other.source_url
            and self.user_metadata == other.user_metadata
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

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
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        display_name = src_dict["display_name"]

        name = src_dict["name"]

        description = src_dict["description"]

        documentation_url = src_dict["documentation_url"]

        source_url = src_dict["source_url"]

        user_metadata: ModelDomainInfoUserMetadataType0 | None | Unset
        _user_metadata_raw = src_dict.get("user_metadata", UNSET)
        if _user_metadata_raw is None or isinstance(_user_metadata_raw, Unset):
            user_metadata = _user_metadata_raw
        else:
            _user_metadata_ok = False
            if isinstance(_user_metadata_raw, dict):
                try:
                    user_metadata_type_0 = ModelDomainInfoUserMetadataType0.from_dict(
                        _user_metadata_raw
                    )

                    user_metadata = user_metadata_type_0
                    _user_metadata_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _user_metadata_ok:
                user_metadata = _user_metadata_raw

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is ModelDomainInfo:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            model_domain_info = object.__new__(cls)
            model_domain_info.display_name = display_name
            model_domain_info.name = name
            model_domain_info.description = description
            model_domain_info.documentation_url = documentation_url
            model_domain_info.source_url = source_url
            model_domain_info.user_metadata = user_metadata
            model_domain_info.additional_properties = additional_properties
        else:
            model_domain_info = cls(
                display_name=display_name,
                name=name,
                description=description,
                documentation_url=documentation_url,
                source_url=source_url,
                user_metadata=user_metadata,
            )
            model_domain_info.additional_properties = additional_properties
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
