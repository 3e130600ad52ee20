from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

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
        d = dict(src_dict)
        organisation_id = d.pop("organisation_id")

        def _parse_data_custodian_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_custodian_id = _parse_data_custodian_id(d.pop("data_custodian_id", UNSET))

        def _parse_point_of_contact(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        point_of_contact = _parse_point_of_contact(d.pop("point_of_contact", UNSET))

        dataset_associations = cls(
            organisation_id=organisation_id,
            data_custodian_id=data_custodian_id,
            point_of_contact=point_of_contact,
        )

        return dataset_associations
