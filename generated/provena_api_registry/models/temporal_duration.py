from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import repr_seen as _repr_seen

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

    # __repr__, __eq__ and __ne__ are the ones attrs would generate, written out here: attrs leaves methods a
    # class defines itself alone, so importing a model no longer compiles them (about half of attrs' work per
    # class, paid by every first call). tests/pipeline/test_fast_from_dict.py holds them to attrs' own.
    def __repr__(self) -> str:
        seen = _repr_seen()
        if id(self) in seen:
            return "..."
        seen.add(id(self))
        try:
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(begin_date={self.begin_date!r}, end_date={self.end_date!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.begin_date == other.begin_date and self.end_date == other.end_date

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

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
