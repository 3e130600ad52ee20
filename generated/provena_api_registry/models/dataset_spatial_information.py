from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

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

    # __repr__, __eq__ and __ne__ are the ones attrs would generate, written out here: attrs leaves methods a
    # class defines itself alone, so importing a model no longer compiles them (about half of attrs' work per
    # class, paid by every first call). tests/pipeline/test_fast_from_dict.py holds them to attrs' own.
    def __repr__(self) -> str:
        seen = _repr_seen()
        if id(self) in seen:
            return "..."
        seen.add(id(self))
        try:
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(coverage={self.coverage!r}, resolution={self.resolution!r}, extent={self.extent!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.coverage == other.coverage
            and self.resolution == other.resolution
            and self.extent == other.extent
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

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
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        coverage = src_dict.get("coverage", UNSET)

        resolution = src_dict.get("resolution", UNSET)

        extent = src_dict.get("extent", UNSET)

        if cls is DatasetSpatialInformation:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            dataset_spatial_information = object.__new__(cls)
            dataset_spatial_information.coverage = coverage
            dataset_spatial_information.resolution = resolution
            dataset_spatial_information.extent = extent
        else:
            dataset_spatial_information = cls(
                coverage=coverage,
                resolution=resolution,
                extent=extent,
            )
        return dataset_spatial_information
