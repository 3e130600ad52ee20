from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="DatasetCreationDate")


@_attrs_define
class DatasetCreationDate:
    """Has the dataset been created? If so, please provide the date on which this version of the dataset was produced or
    generated.

        Attributes:
            relevant (bool | None | Unset):  Default: False.
            value (datetime.date | None | Unset):
    """

    relevant: bool | None | Unset = False
    value: datetime.date | None | Unset = UNSET

    # __repr__, __eq__ and __ne__ are the ones attrs would generate, written out here: attrs leaves methods a
    # class defines itself alone, so importing a model no longer compiles them (about half of attrs' work per
    # class, paid by every first call). tests/pipeline/test_fast_from_dict.py holds them to attrs' own.
    def __repr__(self) -> str:
        seen = _repr_seen()
        if id(self) in seen:
            return "..."
        seen.add(id(self))
        try:
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(relevant={self.relevant!r}, value={self.value!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.relevant == other.relevant and self.value == other.value

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        relevant: bool | None | Unset
        if isinstance(self.relevant, Unset):
            relevant = UNSET
        else:
            relevant = self.relevant

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, datetime.date):
            value = self.value.isoformat()
        else:
            value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if relevant is not UNSET:
            field_dict["relevant"] = relevant
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        relevant = src_dict.get("relevant", UNSET)

        value: datetime.date | None | Unset
        _value_raw = src_dict.get("value", UNSET)
        if _value_raw is None or isinstance(_value_raw, Unset):
            value = _value_raw
        else:
            _value_ok = False
            if isinstance(_value_raw, str):
                try:
                    value_type_0 = datetime.date.fromisoformat(_value_raw)

                    value = value_type_0
                    _value_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _value_ok:
                value = _value_raw

        if cls is DatasetCreationDate:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            dataset_creation_date = object.__new__(cls)
            dataset_creation_date.relevant = relevant
            dataset_creation_date.value = value
        else:
            dataset_creation_date = cls(
                relevant=relevant,
                value=value,
            )
        return dataset_creation_date
