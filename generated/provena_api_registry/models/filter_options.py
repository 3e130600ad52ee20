from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_sub_type import ItemSubType
from ..models.query_dataset_release_status_type import QueryDatasetReleaseStatusType
from ..models.query_record_types import QueryRecordTypes
from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="FilterOptions")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "record_type",
        "item_subtype",
        "release_reviewer",
        "release_status",
    }
)


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

    # __repr__, __eq__ and __ne__ are the ones attrs would generate, written out here: attrs leaves methods a
    # class defines itself alone, so importing a model no longer compiles them (about half of attrs' work per
    # class, paid by every first call). tests/pipeline/test_fast_from_dict.py holds them to attrs' own.
    def __repr__(self) -> str:
        seen = _repr_seen()
        if id(self) in seen:
            return "..."
        seen.add(id(self))
        try:
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(record_type={self.record_type!r}, item_subtype={self.item_subtype!r}, release_reviewer={self.release_reviewer!r}, release_status={self.release_status!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.record_type == other.record_type
            and self.item_subtype == other.item_subtype
            and self.release_reviewer == other.release_reviewer
            and self.release_status == other.release_status
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

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
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        record_type: None | QueryRecordTypes | Unset
        _record_type_raw = src_dict.get("record_type", UNSET)
        if _record_type_raw is None or isinstance(_record_type_raw, Unset):
            record_type = _record_type_raw
        else:
            _record_type_ok = False
            if isinstance(_record_type_raw, str):
                try:
                    record_type_type_0 = QueryRecordTypes._parse(_record_type_raw)

                    record_type = record_type_type_0
                    _record_type_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _record_type_ok:
                record_type = _record_type_raw

        item_subtype: ItemSubType | None | Unset
        _item_subtype_raw = src_dict.get("item_subtype", UNSET)
        if _item_subtype_raw is None or isinstance(_item_subtype_raw, Unset):
            item_subtype = _item_subtype_raw
        else:
            _item_subtype_ok = False
            if isinstance(_item_subtype_raw, str):
                try:
                    item_subtype_type_0 = ItemSubType._parse(_item_subtype_raw)

                    item_subtype = item_subtype_type_0
                    _item_subtype_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _item_subtype_ok:
                item_subtype = _item_subtype_raw

        release_reviewer = src_dict.get("release_reviewer", UNSET)

        release_status: None | QueryDatasetReleaseStatusType | Unset
        _release_status_raw = src_dict.get("release_status", UNSET)
        if _release_status_raw is None or isinstance(_release_status_raw, Unset):
            release_status = _release_status_raw
        else:
            _release_status_ok = False
            if isinstance(_release_status_raw, str):
                try:
                    release_status_type_0 = QueryDatasetReleaseStatusType._parse(
                        _release_status_raw
                    )

                    release_status = release_status_type_0
                    _release_status_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _release_status_ok:
                release_status = _release_status_raw

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is FilterOptions:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            filter_options = object.__new__(cls)
            filter_options.record_type = record_type
            filter_options.item_subtype = item_subtype
            filter_options.release_reviewer = release_reviewer
            filter_options.release_status = release_status
            filter_options.additional_properties = additional_properties
        else:
            filter_options = cls(
                record_type=record_type,
                item_subtype=item_subtype,
                release_reviewer=release_reviewer,
                release_status=release_status,
            )
            filter_options.additional_properties = additional_properties
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
