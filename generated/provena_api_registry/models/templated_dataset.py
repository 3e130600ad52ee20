from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_type import DatasetType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplatedDataset")


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
        d = dict(src_dict)
        dataset_template_id = d.pop("dataset_template_id")

        dataset_id = d.pop("dataset_id")

        dataset_type = DatasetType(d.pop("dataset_type"))

        def _parse_resources(
            data: object,
        ) -> None | TemplatedDatasetResourcesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resources_type_0 = TemplatedDatasetResourcesType0.from_dict(data)

                return resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TemplatedDatasetResourcesType0 | Unset, data)

        resources = _parse_resources(d.pop("resources", UNSET))

        templated_dataset = cls(
            dataset_template_id=dataset_template_id,
            dataset_id=dataset_id,
            dataset_type=dataset_type,
            resources=resources,
        )

        templated_dataset.additional_properties = d
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
