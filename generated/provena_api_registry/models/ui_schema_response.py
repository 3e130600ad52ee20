from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="UiSchemaResponse")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "status",
        "ui_schema",
    }
)


@_attrs_define
class UiSchemaResponse:
    """
    Attributes:
        status (Status):
        ui_schema (None | UiSchemaResponseUiSchemaType0 | Unset):
    """

    status: Status
    ui_schema: None | UiSchemaResponseUiSchemaType0 | Unset = UNSET
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
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(status={self.status!r}, ui_schema={self.ui_schema!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.status == other.status
            and self.ui_schema == other.ui_schema
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        ui_schema: dict[str, Any] | None | Unset
        if isinstance(self.ui_schema, Unset):
            ui_schema = UNSET
        elif isinstance(self.ui_schema, UiSchemaResponseUiSchemaType0):
            ui_schema = self.ui_schema.to_dict()
        else:
            ui_schema = self.ui_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if ui_schema is not UNSET:
            field_dict["ui_schema"] = ui_schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        status = Status.from_dict(src_dict["status"])

        ui_schema: None | UiSchemaResponseUiSchemaType0 | Unset
        _ui_schema_raw = src_dict.get("ui_schema", UNSET)
        if _ui_schema_raw is None or isinstance(_ui_schema_raw, Unset):
            ui_schema = _ui_schema_raw
        else:
            _ui_schema_ok = False
            if isinstance(_ui_schema_raw, dict):
                try:
                    ui_schema_type_0 = UiSchemaResponseUiSchemaType0.from_dict(
                        _ui_schema_raw
                    )

                    ui_schema = ui_schema_type_0
                    _ui_schema_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _ui_schema_ok:
                ui_schema = _ui_schema_raw

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is UiSchemaResponse:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            ui_schema_response = object.__new__(cls)
            ui_schema_response.status = status
            ui_schema_response.ui_schema = ui_schema
            ui_schema_response.additional_properties = additional_properties
        else:
            ui_schema_response = cls(
                status=status,
                ui_schema=ui_schema,
            )
            ui_schema_response.additional_properties = additional_properties
        return ui_schema_response

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
from ..models.status import Status
from ..models.ui_schema_response_ui_schema_type_0 import UiSchemaResponseUiSchemaType0
