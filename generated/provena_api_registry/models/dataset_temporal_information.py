from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

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
        d = dict(src_dict)

        def _parse_duration(data: object) -> None | TemporalDuration | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                duration_type_0 = TemporalDuration.from_dict(data)

                return duration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TemporalDuration | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_resolution(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resolution = _parse_resolution(d.pop("resolution", UNSET))

        dataset_temporal_information = cls(
            duration=duration,
            resolution=resolution,
        )

        return dataset_temporal_information


# Models that may refer back to this one: imported once the class exists (an import cycle then finds it),
# not inside each method, where every call would pay for the import statement.
from ..models.temporal_duration import TemporalDuration
