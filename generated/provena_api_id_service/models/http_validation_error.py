from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="HTTPValidationError")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "detail",
    }
)


@_attrs_define
class HTTPValidationError:
    """
    Attributes:
        detail (list[ValidationError] | None | Unset):
    """

    detail: list[ValidationError] | None | Unset = UNSET
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
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(detail={self.detail!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.detail == other.detail
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        detail: list[dict[str, Any]] | None | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        elif isinstance(self.detail, list):
            detail = []
            for detail_type_0_item_data in self.detail:
                detail_type_0_item = detail_type_0_item_data.to_dict()
                detail.append(detail_type_0_item)

        else:
            detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        detail: list[ValidationError] | None | Unset
        _detail_raw = src_dict.get("detail", UNSET)
        if _detail_raw is None or isinstance(_detail_raw, Unset):
            detail = _detail_raw
        else:
            _detail_ok = False
            if isinstance(_detail_raw, list):
                try:
                    detail_type_0 = []
                    _detail_type_0 = _detail_raw
                    for detail_type_0_item_data in _detail_type_0:
                        detail_type_0_item = ValidationError.from_dict(
                            detail_type_0_item_data
                        )

                        detail_type_0.append(detail_type_0_item)

                    detail = detail_type_0
                    _detail_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _detail_ok:
                detail = _detail_raw

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is HTTPValidationError:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            http_validation_error = object.__new__(cls)
            http_validation_error.detail = detail
            http_validation_error.additional_properties = additional_properties
        else:
            http_validation_error = cls(
                detail=detail,
            )
            http_validation_error.additional_properties = additional_properties
        return http_validation_error

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
from ..models.validation_error import ValidationError
