from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="WorkflowTemplateAnnotations")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "required",
        "optional",
    }
)


@_attrs_define
class WorkflowTemplateAnnotations:
    """
    Attributes:
        required (list[str] | None | Unset):
        optional (list[str] | None | Unset):
    """

    required: list[str] | None | Unset = UNSET
    optional: list[str] | None | Unset = UNSET
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
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(required={self.required!r}, optional={self.optional!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.required == other.required
            and self.optional == other.optional
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        required: list[str] | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        elif isinstance(self.required, list):
            required = self.required

        else:
            required = self.required

        optional: list[str] | None | Unset
        if isinstance(self.optional, Unset):
            optional = UNSET
        elif isinstance(self.optional, list):
            optional = self.optional

        else:
            optional = self.optional

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if required is not UNSET:
            field_dict["required"] = required
        if optional is not UNSET:
            field_dict["optional"] = optional

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        required: list[str] | None | Unset
        _required_raw = src_dict.get("required", UNSET)
        if _required_raw is None or isinstance(_required_raw, Unset):
            required = _required_raw
        else:
            _required_ok = False
            if isinstance(_required_raw, list):
                try:
                    required_type_0 = _required_raw

                    required = required_type_0
                    _required_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _required_ok:
                required = _required_raw

        optional: list[str] | None | Unset
        _optional_raw = src_dict.get("optional", UNSET)
        if _optional_raw is None or isinstance(_optional_raw, Unset):
            optional = _optional_raw
        else:
            _optional_ok = False
            if isinstance(_optional_raw, list):
                try:
                    optional_type_0 = _optional_raw

                    optional = optional_type_0
                    _optional_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _optional_ok:
                optional = _optional_raw

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is WorkflowTemplateAnnotations:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            workflow_template_annotations = object.__new__(cls)
            workflow_template_annotations.required = required
            workflow_template_annotations.optional = optional
            workflow_template_annotations.additional_properties = additional_properties
        else:
            workflow_template_annotations = cls(
                required=required,
                optional=optional,
            )
            workflow_template_annotations.additional_properties = additional_properties
        return workflow_template_annotations

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
