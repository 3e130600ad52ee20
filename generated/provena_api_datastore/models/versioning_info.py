from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="VersioningInfo")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "version",
        "previous_version",
        "reason",
        "next_version",
    }
)


@_attrs_define
class VersioningInfo:
    """
    Attributes:
        version (int):
        previous_version (None | str | Unset):
        reason (None | str | Unset):
        next_version (None | str | Unset):
    """

    version: int
    previous_version: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    next_version: None | str | Unset = UNSET
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
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(version={self.version!r}, previous_version={self.previous_version!r}, reason={self.reason!r}, next_version={self.next_version!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.version == other.version
            and self.previous_version == other.previous_version
            and self.reason == other.reason
            and self.next_version == other.next_version
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        previous_version: None | str | Unset
        if isinstance(self.previous_version, Unset):
            previous_version = UNSET
        else:
            previous_version = self.previous_version

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        next_version: None | str | Unset
        if isinstance(self.next_version, Unset):
            next_version = UNSET
        else:
            next_version = self.next_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
            }
        )
        if previous_version is not UNSET:
            field_dict["previous_version"] = previous_version
        if reason is not UNSET:
            field_dict["reason"] = reason
        if next_version is not UNSET:
            field_dict["next_version"] = next_version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        version = src_dict["version"]

        previous_version = src_dict.get("previous_version", UNSET)

        reason = src_dict.get("reason", UNSET)

        next_version = src_dict.get("next_version", UNSET)

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is VersioningInfo:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            versioning_info = object.__new__(cls)
            versioning_info.version = version
            versioning_info.previous_version = previous_version
            versioning_info.reason = reason
            versioning_info.next_version = next_version
            versioning_info.additional_properties = additional_properties
        else:
            versioning_info = cls(
                version=version,
                previous_version=previous_version,
                reason=reason,
                next_version=next_version,
            )
            versioning_info.additional_properties = additional_properties
        return versioning_info

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
