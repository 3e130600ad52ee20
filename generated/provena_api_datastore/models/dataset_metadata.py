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
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        associations = DatasetAssociations.from_dict(src_dict["associations"])

        approvals = DatasetApprovals.from_dict(src_dict["approvals"])

        dataset_info = DatasetInformation.from_dict(src_dict["dataset_info"])

        if cls is DatasetMetadata:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            dataset_metadata = object.__new__(cls)
            dataset_metadata.associations = associations
            dataset_metadata.approvals = approvals
            dataset_metadata.dataset_info = dataset_info
        else:
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
