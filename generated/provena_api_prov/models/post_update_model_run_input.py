from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PostUpdateModelRunInput")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "model_run_id",
        "reason",
        "record",
    }
)


@_attrs_define
class PostUpdateModelRunInput:
    """
    Attributes:
        model_run_id (str):
        reason (str):
        record (ModelRunRecord):
    """

    model_run_id: str
    reason: str
    record: ModelRunRecord
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_run_id = self.model_run_id

        reason = self.reason

        record = self.record.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_run_id": model_run_id,
                "reason": reason,
                "record": record,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        model_run_id = src_dict["model_run_id"]

        reason = src_dict["reason"]

        record = ModelRunRecord.from_dict(src_dict["record"])

        # The keys beyond the declared properties, in their order. Every declared key is required, so there are
        # none exactly when the payload has no more keys than that (the common case, answered by len alone).
        additional_properties = (
            {}
            if len(src_dict) == 3
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is PostUpdateModelRunInput:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            post_update_model_run_input = object.__new__(cls)
            post_update_model_run_input.model_run_id = model_run_id
            post_update_model_run_input.reason = reason
            post_update_model_run_input.record = record
            post_update_model_run_input.additional_properties = additional_properties
        else:
            post_update_model_run_input = cls(
                model_run_id=model_run_id,
                reason=reason,
                record=record,
            )
            post_update_model_run_input.additional_properties = additional_properties
        return post_update_model_run_input

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
from ..models.model_run_record import ModelRunRecord
