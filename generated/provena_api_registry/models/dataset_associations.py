from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

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
