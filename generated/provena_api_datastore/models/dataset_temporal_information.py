from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="DatasetTemporalInformation")


@_attrs_define
class DatasetTemporalInformation:
    """If your dataset provides data over a specified time period, you can include the duration and resolution of this
    temporal coverage.

        Attributes:
            duration (None | TemporalDuration | Unset):
            resolution (None | str | Unset): The temporal resolution (i.e. time step) of the data. Please use the [ISO8601
                duration format](https://en.wikipedia.org/wiki/ISO_8601#Durations) e.g. "P1Y2M10DT2H30M".
    """

    duration: None | TemporalDuration | Unset = UNSET
    resolution: None | str | Unset = UNSET

    # __repr__, __eq__ and __ne__ are the ones attrs would generate, written out here: attrs leaves methods a
    # class defines itself alone, so importing a model no longer compiles them (about half of attrs' work per
    # class, paid by every first call). tests/pipeline/test_fast_from_dict.py holds them to attrs' own.
    def __repr__(self) -> str:
        seen = _repr_seen()
        if id(self) in seen:
            return "..."
        seen.add(id(self))
        try:
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(duration={self.duration!r}, resolution={self.resolution!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.duration == other.duration and self.resolution == other.resolution

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        duration: dict[str, Any] | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        elif isinstance(self.duration, TemporalDuration):
            duration = self.duration.to_dict()
        else:
            duration = self.duration

        resolution: None | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        else:
            resolution = self.resolution

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        duration: None | TemporalDuration | Unset
        _duration_raw = src_dict.get("duration", UNSET)
        if _duration_raw is None or isinstance(_duration_raw, Unset):
            duration = _duration_raw
        else:
            _duration_ok = False
            if isinstance(_duration_raw, dict):
                try:
                    duration_type_0 = TemporalDuration.from_dict(_duration_raw)

                    duration = duration_type_0
                    _duration_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _duration_ok:
                duration = _duration_raw

        resolution = src_dict.get("resolution", UNSET)

        if cls is DatasetTemporalInformation:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            dataset_temporal_information = object.__new__(cls)
            dataset_temporal_information.duration = duration
            dataset_temporal_information.resolution = resolution
        else:
            dataset_temporal_information = cls(
                duration=duration,
                resolution=resolution,
            )
        return dataset_temporal_information


# Models that may refer back to this one: imported once the class exists (an import cycle then finds it),
# not inside each method, where every call would pay for the import statement.
from ..models.temporal_duration import TemporalDuration
