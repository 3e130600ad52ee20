from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvertModelRunsResponse")


@_attrs_define
class ConvertModelRunsResponse:
    """
    Attributes:
        status (Status):
        new_records (list[ModelRunRecord] | None | Unset):
        existing_records (list[str] | None | Unset):
        warnings (list[str] | None | Unset):
    """

    status: Status
    new_records: list[ModelRunRecord] | None | Unset = UNSET
    existing_records: list[str] | None | Unset = UNSET
    warnings: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        new_records: list[dict[str, Any]] | None | Unset
        if isinstance(self.new_records, Unset):
            new_records = UNSET
        elif isinstance(self.new_records, list):
            new_records = []
            for new_records_type_0_item_data in self.new_records:
                new_records_type_0_item = new_records_type_0_item_data.to_dict()
                new_records.append(new_records_type_0_item)

        else:
            new_records = self.new_records

        existing_records: list[str] | None | Unset
        if isinstance(self.existing_records, Unset):
            existing_records = UNSET
        elif isinstance(self.existing_records, list):
            existing_records = self.existing_records

        else:
            existing_records = self.existing_records

        warnings: list[str] | None | Unset
        if isinstance(self.warnings, Unset):
            warnings = UNSET
        elif isinstance(self.warnings, list):
            warnings = self.warnings

        else:
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if new_records is not UNSET:
            field_dict["new_records"] = new_records
        if existing_records is not UNSET:
            field_dict["existing_records"] = existing_records
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = Status.from_dict(d.pop("status"))

        def _parse_new_records(data: object) -> list[ModelRunRecord] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                new_records_type_0 = []
                _new_records_type_0 = data
                for new_records_type_0_item_data in _new_records_type_0:
                    new_records_type_0_item = ModelRunRecord.from_dict(
                        new_records_type_0_item_data
                    )

                    new_records_type_0.append(new_records_type_0_item)

                return new_records_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ModelRunRecord] | None | Unset, data)

        new_records = _parse_new_records(d.pop("new_records", UNSET))

        def _parse_existing_records(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                existing_records_type_0 = cast(list[str], data)

                return existing_records_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        existing_records = _parse_existing_records(d.pop("existing_records", UNSET))

        def _parse_warnings(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                warnings_type_0 = cast(list[str], data)

                return warnings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        warnings = _parse_warnings(d.pop("warnings", UNSET))

        convert_model_runs_response = cls(
            status=status,
            new_records=new_records,
            existing_records=existing_records,
            warnings=warnings,
        )

        convert_model_runs_response.additional_properties = d
        return convert_model_runs_response

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
from ..models.model_run_record import ModelRunRecord
from ..models.status import Status
