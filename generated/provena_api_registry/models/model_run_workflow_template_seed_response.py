from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelRunWorkflowTemplateSeedResponse")


@_attrs_define
class ModelRunWorkflowTemplateSeedResponse:
    """
    Attributes:
        status (Status):
        seeded_item (None | SeededItem | Unset):
    """

    status: Status
    seeded_item: None | SeededItem | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        seeded_item: dict[str, Any] | None | Unset
        if isinstance(self.seeded_item, Unset):
            seeded_item = UNSET
        elif isinstance(self.seeded_item, SeededItem):
            seeded_item = self.seeded_item.to_dict()
        else:
            seeded_item = self.seeded_item

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if seeded_item is not UNSET:
            field_dict["seeded_item"] = seeded_item

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = Status.from_dict(d.pop("status"))

        def _parse_seeded_item(data: object) -> None | SeededItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                seeded_item_type_0 = SeededItem.from_dict(data)

                return seeded_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SeededItem | Unset, data)

        seeded_item = _parse_seeded_item(d.pop("seeded_item", UNSET))

        model_run_workflow_template_seed_response = cls(
            status=status,
            seeded_item=seeded_item,
        )

        model_run_workflow_template_seed_response.additional_properties = d
        return model_run_workflow_template_seed_response

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
from ..models.seeded_item import SeededItem
from ..models.status import Status
