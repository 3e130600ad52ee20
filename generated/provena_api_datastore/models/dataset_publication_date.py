from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetPublicationDate")


@_attrs_define
class DatasetPublicationDate:
    """Has the dataset been published? If so, please provide the date on which this version of the dataset was first
    published.

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
        d = dict(src_dict)

        def _parse_relevant(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        relevant = _parse_relevant(d.pop("relevant", UNSET))

        def _parse_value(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                value_type_0 = datetime.date.fromisoformat(data)

                return value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        dataset_publication_date = cls(
            relevant=relevant,
            value=value,
        )

        return dataset_publication_date
