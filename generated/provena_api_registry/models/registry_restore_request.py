from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_mode import ImportMode
from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="RegistryRestoreRequest")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "import_mode",
        "table_names",
        "parse_items",
        "allow_entry_deletion",
        "trial_mode",
    }
)


@_attrs_define
class RegistryRestoreRequest:
    """
    Attributes:
        import_mode (ImportMode):
        table_names (TableNames):
        parse_items (bool | None | Unset):  Default: True.
        allow_entry_deletion (bool | None | Unset):  Default: False.
        trial_mode (bool | None | Unset):  Default: True.
    """

    import_mode: ImportMode
    table_names: TableNames
    parse_items: bool | None | Unset = True
    allow_entry_deletion: bool | None | Unset = False
    trial_mode: bool | None | Unset = True
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
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(import_mode={self.import_mode!r}, table_names={self.table_names!r}, parse_items={self.parse_items!r}, allow_entry_deletion={self.allow_entry_deletion!r}, trial_mode={self.trial_mode!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.import_mode == other.import_mode
            and self.table_names == other.table_names
            and self.parse_items == other.parse_items
            and self.allow_entry_deletion == other.allow_entry_deletion
            and self.trial_mode == other.trial_mode
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        import_mode = self.import_mode.value

        table_names = self.table_names.to_dict()

        parse_items: bool | None | Unset
        if isinstance(self.parse_items, Unset):
            parse_items = UNSET
        else:
            parse_items = self.parse_items

        allow_entry_deletion: bool | None | Unset
        if isinstance(self.allow_entry_deletion, Unset):
            allow_entry_deletion = UNSET
        else:
            allow_entry_deletion = self.allow_entry_deletion

        trial_mode: bool | None | Unset
        if isinstance(self.trial_mode, Unset):
            trial_mode = UNSET
        else:
            trial_mode = self.trial_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "import_mode": import_mode,
                "table_names": table_names,
            }
        )
        if parse_items is not UNSET:
            field_dict["parse_items"] = parse_items
        if allow_entry_deletion is not UNSET:
            field_dict["allow_entry_deletion"] = allow_entry_deletion
        if trial_mode is not UNSET:
            field_dict["trial_mode"] = trial_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        import_mode = ImportMode._parse(src_dict["import_mode"])

        table_names = TableNames.from_dict(src_dict["table_names"])

        parse_items = src_dict.get("parse_items", UNSET)

        allow_entry_deletion = src_dict.get("allow_entry_deletion", UNSET)

        trial_mode = src_dict.get("trial_mode", UNSET)

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is RegistryRestoreRequest:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            registry_restore_request = object.__new__(cls)
            registry_restore_request.import_mode = import_mode
            registry_restore_request.table_names = table_names
            registry_restore_request.parse_items = parse_items
            registry_restore_request.allow_entry_deletion = allow_entry_deletion
            registry_restore_request.trial_mode = trial_mode
            registry_restore_request.additional_properties = additional_properties
        else:
            registry_restore_request = cls(
                import_mode=import_mode,
                table_names=table_names,
                parse_items=parse_items,
                allow_entry_deletion=allow_entry_deletion,
                trial_mode=trial_mode,
            )
            registry_restore_request.additional_properties = additional_properties
        return registry_restore_request

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
from ..models.table_names import TableNames
