from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_type import DatasetType
from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="TemplatedDataset")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "dataset_template_id",
        "dataset_id",
        "dataset_type",
        "resources",
    }
)


@_attrs_define
class TemplatedDataset:
    """
    Attributes:
        dataset_template_id (str):
        dataset_id (str):
        dataset_type (DatasetType):
        resources (None | TemplatedDatasetResourcesType0 | Unset):
    """

    dataset_template_id: str
    dataset_id: str
    dataset_type: DatasetType
    resources: None | TemplatedDatasetResourcesType0 | Unset = UNSET
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
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(dataset_template_id={self.dataset_template_id!r}, dataset_id={self.dataset_id!r}, dataset_type={self.dataset_type!r}, resources={self.resources!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.dataset_template_id == other.dataset_template_id
            and self.dataset_id == other.dataset_id
            and self.dataset_type == other.dataset_type
            and self.resources == other.resources
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        dataset_template_id = self.dataset_template_id

        dataset_id = self.dataset_id

        dataset_type = self.dataset_type.value

        resources: dict[str, Any] | None | Unset
        if isinstance(self.resources, Unset):
            resources = UNSET
        elif isinstance(self.resources, TemplatedDatasetResourcesType0):
            resources = self.resources.to_dict()
        else:
            resources = self.resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_template_id": dataset_template_id,
                "dataset_id": dataset_id,
                "dataset_type": dataset_type,
            }
        )
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        dataset_template_id = src_dict["dataset_template_id"]

        dataset_id = src_dict["dataset_id"]

        dataset_type = DatasetType._parse(src_dict["dataset_type"])

        resources: None | TemplatedDatasetResourcesType0 | Unset
        _resources_raw = src_dict.get("resources", UNSET)
        if _resources_raw is None or isinstance(_resources_raw, Unset):
            resources = _resources_raw
        else:
            _resources_ok = False
            if isinstance(_resources_raw, dict):
                try:
                    resources_type_0 = TemplatedDatasetResourcesType0.from_dict(
                        _resources_raw
                    )

                    resources = resources_type_0
                    _resources_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _resources_ok:
                resources = _resources_raw

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is TemplatedDataset:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            templated_dataset = object.__new__(cls)
            templated_dataset.dataset_template_id = dataset_template_id
            templated_dataset.dataset_id = dataset_id
            templated_dataset.dataset_type = dataset_type
            templated_dataset.resources = resources
            templated_dataset.additional_properties = additional_properties
        else:
            templated_dataset = cls(
                dataset_template_id=dataset_template_id,
                dataset_id=dataset_id,
                dataset_type=dataset_type,
                resources=resources,
            )
            templated_dataset.additional_properties = additional_properties
        return templated_dataset

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
from ..models.templated_dataset_resources_type_0 import TemplatedDatasetResourcesType0
