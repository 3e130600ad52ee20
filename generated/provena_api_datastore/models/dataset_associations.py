from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="DatasetAssociations")


@_attrs_define
class DatasetAssociations:
    """Please provide information about the people and organisations related to this dataset.

    Attributes:
        organisation_id (str): Please select the organisation on behalf of which you are registering this data.
        data_custodian_id (None | str | Unset): Please select the Registered Person who is the dataset custodian.
        point_of_contact (None | str | Unset): Please provide a point of contact for enquiries about this data e.g.
            email address. Please ensure you have sought consent to include these details in the record.
    """

    organisation_id: str
    data_custodian_id: None | str | Unset = UNSET
    point_of_contact: None | str | Unset = UNSET

    # __repr__, __eq__ and __ne__ are the ones attrs would generate, written out here: attrs leaves methods a
    # class defines itself alone, so importing a model no longer compiles them (about half of attrs' work per
    # class, paid by every first call). tests/pipeline/test_fast_from_dict.py holds them to attrs' own.
    def __repr__(self) -> str:
        seen = _repr_seen()
        if id(self) in seen:
            return "..."
        seen.add(id(self))
        try:
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(organisation_id={self.organisation_id!r}, data_custodian_id={self.data_custodian_id!r}, point_of_contact={self.point_of_contact!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.organisation_id == other.organisation_id
            and self.data_custodian_id == other.data_custodian_id
            and self.point_of_contact == other.point_of_contact
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        organisation_id = self.organisation_id

        data_custodian_id: None | str | Unset
        if isinstance(self.data_custodian_id, Unset):
            data_custodian_id = UNSET
        else:
            data_custodian_id = self.data_custodian_id

        point_of_contact: None | str | Unset
        if isinstance(self.point_of_contact, Unset):
            point_of_contact = UNSET
        else:
            point_of_contact = self.point_of_contact

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "organisation_id": organisation_id,
            }
        )
        if data_custodian_id is not UNSET:
            field_dict["data_custodian_id"] = data_custodian_id
        if point_of_contact is not UNSET:
            field_dict["point_of_contact"] = point_of_contact

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        organisation_id = src_dict["organisation_id"]

        data_custodian_id = src_dict.get("data_custodian_id", UNSET)

        point_of_contact = src_dict.get("point_of_contact", UNSET)

        if cls is DatasetAssociations:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            dataset_associations = object.__new__(cls)
            dataset_associations.organisation_id = organisation_id
            dataset_associations.data_custodian_id = data_custodian_id
            dataset_associations.point_of_contact = point_of_contact
        else:
            dataset_associations = cls(
                organisation_id=organisation_id,
                data_custodian_id=data_custodian_id,
                point_of_contact=point_of_contact,
            )
        return dataset_associations
