from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TemporalDuration")


@_attrs_define
class TemporalDuration:
    """You can specify the duration of temporal coverage by including both start and end date.

    Attributes:
        begin_date (datetime.date): Please provide the start date of the dataset's temporal coverage.
        end_date (datetime.date): Please provide the end date of the dataset's temporal coverage.
    """

    begin_date: datetime.date
    end_date: datetime.date

    def to_dict(self) -> dict[str, Any]:
        begin_date = self.begin_date.isoformat()

        end_date = self.end_date.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "begin_date": begin_date,
                "end_date": end_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        begin_date = datetime.date.fromisoformat(src_dict["begin_date"])

        end_date = datetime.date.fromisoformat(src_dict["end_date"])

        if cls is TemporalDuration:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            temporal_duration = object.__new__(cls)
            temporal_duration.begin_date = begin_date
            temporal_duration.end_date = end_date
        else:
            temporal_duration = cls(
                begin_date=begin_date,
                end_date=end_date,
            )
        return temporal_duration
