from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="RegistryImportResponse")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "status",
        "trial_mode",
        "statistics",
        "failure_list",
    }
)


@_attrs_define
class RegistryImportResponse:
    """
    Attributes:
        status (Status):
        trial_mode (bool):
        statistics (None | RegistryImportStatistics | Unset):
        failure_list (list[list[RegistryImportResponseFailureListType0ItemItemType1 | str]] | None | Unset):
    """

    status: Status
    trial_mode: bool
    statistics: None | RegistryImportStatistics | Unset = UNSET
    failure_list: (
        list[list[RegistryImportResponseFailureListType0ItemItemType1 | str]]
        | None
        | Unset
    ) = UNSET
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
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(status={self.status!r}, trial_mode={self.trial_mode!r}, statistics={self.statistics!r}, failure_list={self.failure_list!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.status == other.status
            and self.trial_mode == other.trial_mode
            and self.statistics == other.statistics
            and self.failure_list == other.failure_list
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        trial_mode = self.trial_mode

        statistics: dict[str, Any] | None | Unset
        if isinstance(self.statistics, Unset):
            statistics = UNSET
        elif isinstance(self.statistics, RegistryImportStatistics):
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
                        RegistryImportResponseFailureListType0ItemItemType1,
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
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        status = Status.from_dict(src_dict["status"])

        trial_mode = src_dict["trial_mode"]

        statistics: None | RegistryImportStatistics | Unset
        _statistics_raw = src_dict.get("statistics", UNSET)
        if _statistics_raw is None or isinstance(_statistics_raw, Unset):
            statistics = _statistics_raw
        else:
            _statistics_ok = False
            if isinstance(_statistics_raw, dict):
                try:
                    statistics_type_0 = RegistryImportStatistics.from_dict(
                        _statistics_raw
                    )

                    statistics = statistics_type_0
                    _statistics_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _statistics_ok:
                statistics = _statistics_raw

        failure_list: (
            list[list[RegistryImportResponseFailureListType0ItemItemType1 | str]]
            | None
            | Unset
        )
        _failure_list_raw = src_dict.get("failure_list", UNSET)
        if _failure_list_raw is None or isinstance(_failure_list_raw, Unset):
            failure_list = _failure_list_raw
        else:
            _failure_list_ok = False
            if isinstance(_failure_list_raw, list):
                try:
                    failure_list_type_0 = []
                    _failure_list_type_0 = _failure_list_raw
                    for failure_list_type_0_item_data in _failure_list_type_0:
                        failure_list_type_0_item = []
                        _failure_list_type_0_item = failure_list_type_0_item_data
                        for (
                            failure_list_type_0_item_item_data
                        ) in _failure_list_type_0_item:
                            failure_list_type_0_item_item: (
                                RegistryImportResponseFailureListType0ItemItemType1
                                | str
                            )
                            _failure_list_type_0_item_item_raw = (
                                failure_list_type_0_item_item_data
                            )
                            _failure_list_type_0_item_item_ok = False
                            if isinstance(_failure_list_type_0_item_item_raw, dict):
                                try:
                                    failure_list_type_0_item_item_type_1 = RegistryImportResponseFailureListType0ItemItemType1.from_dict(
                                        _failure_list_type_0_item_item_raw
                                    )

                                    failure_list_type_0_item_item = (
                                        failure_list_type_0_item_item_type_1
                                    )
                                    _failure_list_type_0_item_item_ok = True
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass

                            if not _failure_list_type_0_item_item_ok:
                                failure_list_type_0_item_item = (
                                    _failure_list_type_0_item_item_raw
                                )

                            failure_list_type_0_item.append(
                                failure_list_type_0_item_item
                            )

                        failure_list_type_0.append(failure_list_type_0_item)

                    failure_list = failure_list_type_0
                    _failure_list_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _failure_list_ok:
                failure_list = _failure_list_raw

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is RegistryImportResponse:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            registry_import_response = object.__new__(cls)
            registry_import_response.status = status
            registry_import_response.trial_mode = trial_mode
            registry_import_response.statistics = statistics
            registry_import_response.failure_list = failure_list
            registry_import_response.additional_properties = additional_properties
        else:
            registry_import_response = cls(
                status=status,
                trial_mode=trial_mode,
                statistics=statistics,
                failure_list=failure_list,
            )
            registry_import_response.additional_properties = additional_properties
        return registry_import_response

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
from ..models.registry_import_response_failure_list_type_0_item_item_type_1 import (
    RegistryImportResponseFailureListType0ItemItemType1,
)
from ..models.registry_import_statistics import RegistryImportStatistics
from ..models.status import Status
