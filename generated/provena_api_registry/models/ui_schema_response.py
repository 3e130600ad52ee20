from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UiSchemaResponse")


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
        d = dict(src_dict)
        status = Status.from_dict(d.pop("status"))

        def _parse_ui_schema(
            data: object,
        ) -> None | UiSchemaResponseUiSchemaType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ui_schema_type_0 = UiSchemaResponseUiSchemaType0.from_dict(data)

                return ui_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UiSchemaResponseUiSchemaType0 | Unset, data)

        ui_schema = _parse_ui_schema(d.pop("ui_schema", UNSET))

        ui_schema_response = cls(
            status=status,
            ui_schema=ui_schema,
        )

        ui_schema_response.additional_properties = d
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
