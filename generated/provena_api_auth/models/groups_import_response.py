from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupsImportResponse")


@_attrs_define
class GroupsImportResponse:
    """
    Attributes:
        status (Status):
        trial_mode (bool):
        statistics (GroupsImportStatistics | None | Unset):
        failure_list (list[list[GroupsImportResponseFailureListType0ItemItemType1 | str]] | None | Unset):
    """

    status: Status
    trial_mode: bool
    statistics: GroupsImportStatistics | None | Unset = UNSET
    failure_list: (
        list[list[GroupsImportResponseFailureListType0ItemItemType1 | str]]
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        trial_mode = self.trial_mode

        statistics: dict[str, Any] | None | Unset
        if isinstance(self.statistics, Unset):
            statistics = UNSET
        elif isinstance(self.statistics, GroupsImportStatistics):
            statistics = self.statistics.to_dict()
        else:
            statistics = self.statistics

        failure_list: list[list[dict[str, Any] | str]] | None | Unset
        if isinstance(self.failure_list, Unset):
            failure_list = UNSET
        elif isinstance(self.failure_list, list):
            failure_list = []
            for failure_list_type_0_item_data in self.failure_list:
                failure_list_type_0_item = []
                for failure_list_type_0_item_item_data in failure_list_type_0_item_data:
                    failure_list_type_0_item_item: dict[str, Any] | str
                    if isinstance(
                        failure_list_type_0_item_item_data,
                        GroupsImportResponseFailureListType0ItemItemType1,
                    ):
                        failure_list_type_0_item_item = (
                            failure_list_type_0_item_item_data.to_dict()
                        )
                    else:
                        failure_list_type_0_item_item = (
                            failure_list_type_0_item_item_data
                        )
                    failure_list_type_0_item.append(failure_list_type_0_item_item)

                failure_list.append(failure_list_type_0_item)

        else:
            failure_list = self.failure_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "trial_mode": trial_mode,
            }
        )
        if statistics is not UNSET:
            field_dict["statistics"] = statistics
        if failure_list is not UNSET:
            field_dict["failure_list"] = failure_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = Status.from_dict(d.pop("status"))

        trial_mode = d.pop("trial_mode")

        def _parse_statistics(data: object) -> GroupsImportStatistics | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                statistics_type_0 = GroupsImportStatistics.from_dict(data)

                return statistics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupsImportStatistics | None | Unset, data)

        statistics = _parse_statistics(d.pop("statistics", UNSET))

        def _parse_failure_list(
            data: object,
        ) -> (
            list[list[GroupsImportResponseFailureListType0ItemItemType1 | str]]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                failure_list_type_0 = []
                _failure_list_type_0 = data
                for failure_list_type_0_item_data in _failure_list_type_0:
                    failure_list_type_0_item = []
                    _failure_list_type_0_item = failure_list_type_0_item_data
                    for failure_list_type_0_item_item_data in _failure_list_type_0_item:

                        def _parse_failure_list_type_0_item_item(
                            data: object,
                        ) -> GroupsImportResponseFailureListType0ItemItemType1 | str:
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                failure_list_type_0_item_item_type_1 = GroupsImportResponseFailureListType0ItemItemType1.from_dict(
                                    data
                                )

                                return failure_list_type_0_item_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            return cast(
                                GroupsImportResponseFailureListType0ItemItemType1 | str,
                                data,
                            )

                        failure_list_type_0_item_item = (
                            _parse_failure_list_type_0_item_item(
                                failure_list_type_0_item_item_data
                            )
                        )

                        failure_list_type_0_item.append(failure_list_type_0_item_item)

                    failure_list_type_0.append(failure_list_type_0_item)

                return failure_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[list[GroupsImportResponseFailureListType0ItemItemType1 | str]]
                | None
                | Unset,
                data,
            )

        failure_list = _parse_failure_list(d.pop("failure_list", UNSET))

        groups_import_response = cls(
            status=status,
            trial_mode=trial_mode,
            statistics=statistics,
            failure_list=failure_list,
        )

        groups_import_response.additional_properties = d
        return groups_import_response

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
from ..models.groups_import_response_failure_list_type_0_item_item_type_1 import (
    GroupsImportResponseFailureListType0ItemItemType1,
)
from ..models.groups_import_statistics import GroupsImportStatistics
from ..models.status import Status
