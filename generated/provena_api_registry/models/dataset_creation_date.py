from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

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
