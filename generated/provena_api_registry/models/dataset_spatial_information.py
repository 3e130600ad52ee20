from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetSpatialInformation")


@_attrs_define
class DatasetSpatialInformation:
    """If your dataset includes spatial data, you can indicate the coverage, resolution and extent of this spatial data.

    Attributes:
        coverage (None | str | Unset): The geographic area applicable to the data asset. Please specify spatial coverage
            using the EWKT format.
        resolution (None | str | Unset): The spatial resolution applicable to the data asset. Please use the Decimal
            Degrees standard.
        extent (None | str | Unset): The range of spatial coordinates applicable to the data asset. Please provide a
            bounding box extent using the EWKT format.
    """

    coverage: None | str | Unset = UNSET
    resolution: None | str | Unset = UNSET
    extent: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        coverage: None | str | Unset
        if isinstance(self.coverage, Unset):
            coverage = UNSET
        else:
            coverage = self.coverage

        resolution: None | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        else:
            resolution = self.resolution

        extent: None | str | Unset
        if isinstance(self.extent, Unset):
            extent = UNSET
        else:
            extent = self.extent

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if coverage is not UNSET:
            field_dict["coverage"] = coverage
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if extent is not UNSET:
            field_dict["extent"] = extent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_coverage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        coverage = _parse_coverage(d.pop("coverage", UNSET))

        def _parse_resolution(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resolution = _parse_resolution(d.pop("resolution", UNSET))

        def _parse_extent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        extent = _parse_extent(d.pop("extent", UNSET))

        dataset_spatial_information = cls(
            coverage=coverage,
            resolution=resolution,
            extent=extent,
        )

        return dataset_spatial_information
