from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PostUpdateModelRunInput")


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
        d = dict(src_dict)
        model_run_id = d.pop("model_run_id")

        reason = d.pop("reason")

        record = ModelRunRecord.from_dict(d.pop("record"))

        post_update_model_run_input = cls(
            model_run_id=model_run_id,
            reason=reason,
            record=record,
        )

        post_update_model_run_input.additional_properties = d
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
