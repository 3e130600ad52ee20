from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="ListByBatchRequest")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "batch_id",
        "pagination_key",
        "limit",
    }
)


@_attrs_define
class ListByBatchRequest:
    """
    Attributes:
        batch_id (str):
        pagination_key (ListByBatchRequestPaginationKeyType0 | None | Unset):
        limit (int | None | Unset):  Default: 10.
    """

    batch_id: str
    pagination_key: ListByBatchRequestPaginationKeyType0 | None | Unset = UNSET
    limit: int | None | Unset = 10
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
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(batch_id={self.batch_id!r}, pagination_key={self.pagination_key!r}, limit={self.limit!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.batch_id == other.batch_id
            and self.pagination_key == other.pagination_key
            and self.limit == other.limit
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        pagination_key: dict[str, Any] | None | Unset
        if isinstance(self.pagination_key, Unset):
            pagination_key = UNSET
        elif isinstance(self.pagination_key, ListByBatchRequestPaginationKeyType0):
            pagination_key = self.pagination_key.to_dict()
        else:
            pagination_key = self.pagination_key

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch_id": batch_id,
            }
        )
        if pagination_key is not UNSET:
            field_dict["pagination_key"] = pagination_key
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        batch_id = src_dict["batch_id"]

        pagination_key: ListByBatchRequestPaginationKeyType0 | None | Unset
        _pagination_key_raw = src_dict.get("pagination_key", UNSET)
        if _pagination_key_raw is None or isinstance(_pagination_key_raw, Unset):
            pagination_key = _pagination_key_raw
        else:
            _pagination_key_ok = False
            if isinstance(_pagination_key_raw, dict):
                try:
                    pagination_key_type_0 = (
                        ListByBatchRequestPaginationKeyType0.from_dict(
                            _pagination_key_raw
                        )
                    )

                    pagination_key = pagination_key_type_0
                    _pagination_key_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _pagination_key_ok:
                pagination_key = _pagination_key_raw

        limit = src_dict.get("limit", UNSET)

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is ListByBatchRequest:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            list_by_batch_request = object.__new__(cls)
            list_by_batch_request.batch_id = batch_id
            list_by_batch_request.pagination_key = pagination_key
            list_by_batch_request.limit = limit
            list_by_batch_request.additional_properties = additional_properties
        else:
            list_by_batch_request = cls(
                batch_id=batch_id,
                pagination_key=pagination_key,
                limit=limit,
            )
            list_by_batch_request.additional_properties = additional_properties
        return list_by_batch_request

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
from ..models.list_by_batch_request_pagination_key_type_0 import (
    ListByBatchRequestPaginationKeyType0,
)
