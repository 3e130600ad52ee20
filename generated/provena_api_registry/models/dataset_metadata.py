from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DatasetMetadata")


@_attrs_define
class DatasetMetadata:
    """This form collects metadata about the dataset you are registering as well as the registration itself. Please ensure
    the fields below are completed accurately.

        Attributes:
            associations (DatasetAssociations): Please provide information about the people and organisations related to
                this dataset.
            approvals (DatasetApprovals): Please ensure that the following approvals are considered. Your dataset may not be
                fit for inclusion in the Data Store if it does not meet the following requirements.
            dataset_info (DatasetInformation): Please provide information about this dataset, including the name,
                description, creation date and publisher information.
    """

    associations: DatasetAssociations
    approvals: DatasetApprovals
    dataset_info: DatasetInformation

    def to_dict(self) -> dict[str, Any]:
        associations = self.associations.to_dict()

        approvals = self.approvals.to_dict()

        dataset_info = self.dataset_info.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "associations": associations,
                "approvals": approvals,
                "dataset_info": dataset_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        associations = DatasetAssociations.from_dict(d.pop("associations"))

        approvals = DatasetApprovals.from_dict(d.pop("approvals"))

        dataset_info = DatasetInformation.from_dict(d.pop("dataset_info"))

        dataset_metadata = cls(
            associations=associations,
            approvals=approvals,
            dataset_info=dataset_info,
        )

        return dataset_metadata


# Models that may refer back to this one: imported once the class exists (an import cycle then finds it),
# not inside each method, where every call would pay for the import statement.
from ..models.dataset_approvals import DatasetApprovals
from ..models.dataset_associations import DatasetAssociations
from ..models.dataset_information import DatasetInformation
