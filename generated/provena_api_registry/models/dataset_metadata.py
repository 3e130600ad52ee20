from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import repr_seen as _repr_seen

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

    # __repr__, __eq__ and __ne__ are the ones attrs would generate, written out here: attrs leaves methods a
    # class defines itself alone, so importing a model no longer compiles them (about half of attrs' work per
    # class, paid by every first call). tests/pipeline/test_fast_from_dict.py holds them to attrs' own.
    def __repr__(self) -> str:
        seen = _repr_seen()
        if id(self) in seen:
            return "..."
        seen.add(id(self))
        try:
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(associations={self.associations!r}, approvals={self.approvals!r}, dataset_info={self.dataset_info!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.associations == other.associations
            and self.approvals == other.approvals
            and self.dataset_info == other.dataset_info
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

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
