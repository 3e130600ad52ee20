from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_sub_type import ItemSubType
from ..models.query_dataset_release_status_type import QueryDatasetReleaseStatusType
from ..models.query_record_types import QueryRecordTypes
from ..types import UNSET, Unset

T = TypeVar("T", bound="FilterOptions")


@_attrs_define
class FilterOptions:
    """
    Attributes:
        record_type (None | QueryRecordTypes | Unset):  Default: QueryRecordTypes.COMPLETE_ONLY.
        item_subtype (ItemSubType | None | Unset):
        release_reviewer (None | str | Unset):
        release_status (None | QueryDatasetReleaseStatusType | Unset):
    """

    record_type: None | QueryRecordTypes | Unset = QueryRecordTypes.COMPLETE_ONLY
    item_subtype: ItemSubType | None | Unset = UNSET
    release_reviewer: None | str | Unset = UNSET
    release_status: None | QueryDatasetReleaseStatusType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record_type: None | str | Unset
        if isinstance(self.record_type, Unset):
            record_type = UNSET
        elif isinstance(self.record_type, QueryRecordTypes):
            record_type = self.record_type.value
        else:
            record_type = self.record_type

        item_subtype: None | str | Unset
        if isinstance(self.item_subtype, Unset):
            item_subtype = UNSET
        elif isinstance(self.item_subtype, ItemSubType):
            item_subtype = self.item_subtype.value
        else:
            item_subtype = self.item_subtype

        release_reviewer: None | str | Unset
        if isinstance(self.release_reviewer, Unset):
            release_reviewer = UNSET
        else:
            release_reviewer = self.release_reviewer

        release_status: None | str | Unset
        if isinstance(self.release_status, Unset):
            release_status = UNSET
        elif isinstance(self.release_status, QueryDatasetReleaseStatusType):
            release_status = self.release_status.value
        else:
            release_status = self.release_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if record_type is not UNSET:
            field_dict["record_type"] = record_type
        if item_subtype is not UNSET:
            field_dict["item_subtype"] = item_subtype
        if release_reviewer is not UNSET:
            field_dict["release_reviewer"] = release_reviewer
        if release_status is not UNSET:
            field_dict["release_status"] = release_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_record_type(data: object) -> None | QueryRecordTypes | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                record_type_type_0 = QueryRecordTypes(data)

                return record_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QueryRecordTypes | Unset, data)

        record_type = _parse_record_type(d.pop("record_type", UNSET))

        def _parse_item_subtype(data: object) -> ItemSubType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                item_subtype_type_0 = ItemSubType(data)

                return item_subtype_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemSubType | None | Unset, data)

        item_subtype = _parse_item_subtype(d.pop("item_subtype", UNSET))

        def _parse_release_reviewer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        release_reviewer = _parse_release_reviewer(d.pop("release_reviewer", UNSET))

        def _parse_release_status(
            data: object,
        ) -> None | QueryDatasetReleaseStatusType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                release_status_type_0 = QueryDatasetReleaseStatusType(data)

                return release_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QueryDatasetReleaseStatusType | Unset, data)

        release_status = _parse_release_status(d.pop("release_status", UNSET))

        filter_options = cls(
            record_type=record_type,
            item_subtype=item_subtype,
            release_reviewer=release_reviewer,
            release_status=release_status,
        )

        filter_options.additional_properties = d
        return filter_options

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
