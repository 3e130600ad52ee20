from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="ConvertModelRunsResponse")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "status",
        "new_records",
        "existing_records",
        "warnings",
    }
)


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

    # __repr__, __eq__ and __ne__ are the ones attrs would generate, written out here: attrs leaves methods a
    # class defines itself alone, so importing a model no longer compiles them (about half of attrs' work per
    # class, paid by every first call). tests/pipeline/test_fast_from_dict.py holds them to attrs' own.
    def __repr__(self) -> str:
        seen = _repr_seen()
        if id(self) in seen:
            return "..."
        seen.add(id(self))
        try:
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(status={self.status!r}, new_records={self.new_records!r}, existing_records={self.existing_records!r}, warnings={self.warnings!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.status == other.status
            and self.new_records == other.new_records
            and self.existing_records == other.existing_records
            and self.warnings == other.warnings
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

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
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        status = Status.from_dict(src_dict["status"])

        new_records: list[ModelRunRecord] | None | Unset
        _new_records_raw = src_dict.get("new_records", UNSET)
        if _new_records_raw is None or isinstance(_new_records_raw, Unset):
            new_records = _new_records_raw
        else:
            _new_records_ok = False
            if isinstance(_new_records_raw, list):
                try:
                    new_records_type_0 = []
                    _new_records_type_0 = _new_records_raw
                    for new_records_type_0_item_data in _new_records_type_0:
                        new_records_type_0_item = ModelRunRecord.from_dict(
                            new_records_type_0_item_data
                        )

                        new_records_type_0.append(new_records_type_0_item)

                    new_records = new_records_type_0
                    _new_records_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _new_records_ok:
                new_records = _new_records_raw

        existing_records: list[str] | None | Unset
        _existing_records_raw = src_dict.get("existing_records", UNSET)
        if _existing_records_raw is None or isinstance(_existing_records_raw, Unset):
            existing_records = _existing_records_raw
        else:
            _existing_records_ok = False
            if isinstance(_existing_records_raw, list):
                try:
                    existing_records_type_0 = _existing_records_raw

                    existing_records = existing_records_type_0
                    _existing_records_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _existing_records_ok:
                existing_records = _existing_records_raw

        warnings: list[str] | None | Unset
        _warnings_raw = src_dict.get("warnings", UNSET)
        if _warnings_raw is None or isinstance(_warnings_raw, Unset):
            warnings = _warnings_raw
        else:
            _warnings_ok = False
            if isinstance(_warnings_raw, list):
                try:
                    warnings_type_0 = _warnings_raw

                    warnings = warnings_type_0
                    _warnings_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _warnings_ok:
                warnings = _warnings_raw

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is ConvertModelRunsResponse:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            convert_model_runs_response = object.__new__(cls)
            convert_model_runs_response.status = status
            convert_model_runs_response.new_records = new_records
            convert_model_runs_response.existing_records = existing_records
            convert_model_runs_response.warnings = warnings
            convert_model_runs_response.additional_properties = additional_properties
        else:
            convert_model_runs_response = cls(
                status=status,
                new_records=new_records,
                existing_records=existing_records,
                warnings=warnings,
            )
            convert_model_runs_response.additional_properties = additional_properties
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
