from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="RegistryImportStatistics")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "old_registry_size",
        "new_registry_size",
        "deleted_entries",
        "overwritten_entries",
        "new_entries",
    }
)


@_attrs_define
class RegistryImportStatistics:
    """
    Attributes:
        old_registry_size (int):
        new_registry_size (int):
        deleted_entries (int):
        overwritten_entries (int):
        new_entries (int):
    """

    old_registry_size: int
    new_registry_size: int
    deleted_entries: int
    overwritten_entries: int
    new_entries: int
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
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(old_registry_size={self.old_registry_size!r}, new_registry_size={self.new_registry_size!r}, deleted_entries={self.deleted_entries!r}, overwritten_entries={self.overwritten_entries!r}, new_entries={self.new_entries!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.old_registry_size == other.old_registry_size
            and self.new_registry_size == other.new_registry_size
            and self.deleted_entries == other.deleted_entries
            and self.overwritten_entries == other.overwritten_entries
            and self.new_entries == other.new_entries
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        old_registry_size = self.old_registry_size

        new_registry_size = self.new_registry_size

        deleted_entries = self.deleted_entries

        overwritten_entries = self.overwritten_entries

        new_entries = self.new_entries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "old_registry_size": old_registry_size,
                "new_registry_size": new_registry_size,
                "deleted_entries": deleted_entries,
                "overwritten_entries": overwritten_entries,
                "new_entries": new_entries,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        old_registry_size = src_dict["old_registry_size"]

        new_registry_size = src_dict["new_registry_size"]

        deleted_entries = src_dict["deleted_entries"]

        overwritten_entries = src_dict["overwritten_entries"]

        new_entries = src_dict["new_entries"]

        # The keys beyond the declared properties, in their order. Every declared key is required, so there are
        # none exactly when the payload has no more keys than that (the common case, answered by len alone).
        additional_properties = (
            {}
            if len(src_dict) == 5
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is RegistryImportStatistics:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            registry_import_statistics = object.__new__(cls)
            registry_import_statistics.old_registry_size = old_registry_size
            registry_import_statistics.new_registry_size = new_registry_size
            registry_import_statistics.deleted_entries = deleted_entries
            registry_import_statistics.overwritten_entries = overwritten_entries
            registry_import_statistics.new_entries = new_entries
            registry_import_statistics.additional_properties = additional_properties
        else:
            registry_import_statistics = cls(
                old_registry_size=old_registry_size,
                new_registry_size=new_registry_size,
                deleted_entries=deleted_entries,
                overwritten_entries=overwritten_entries,
                new_entries=new_entries,
            )
            registry_import_statistics.additional_properties = additional_properties
        return registry_import_statistics

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
