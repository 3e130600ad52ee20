from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
