from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelRunWorkflowTemplateCreateResponse")


@_attrs_define
class ModelRunWorkflowTemplateCreateResponse:
    """
    Attributes:
        status (Status):
        created_item (ItemModelRunWorkflowTemplate | None):
        register_create_activity_session_id (None | str | Unset):
    """

    status: Status
    created_item: ItemModelRunWorkflowTemplate | None
    register_create_activity_session_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        created_item: dict[str, Any] | None
        if isinstance(self.created_item, ItemModelRunWorkflowTemplate):
            created_item = self.created_item.to_dict()
        else:
            created_item = self.created_item

        register_create_activity_session_id: None | str | Unset
        if isinstance(self.register_create_activity_session_id, Unset):
            register_create_activity_session_id = UNSET
        else:
            register_create_activity_session_id = (
                self.register_create_activity_session_id
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "created_item": created_item,
            }
        )
        if register_create_activity_session_id is not UNSET:
            field_dict["register_create_activity_session_id"] = (
                register_create_activity_session_id
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = Status.from_dict(d.pop("status"))

        def _parse_created_item(data: object) -> ItemModelRunWorkflowTemplate | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                created_item_type_0 = ItemModelRunWorkflowTemplate.from_dict(data)

                return created_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemModelRunWorkflowTemplate | None, data)

        created_item = _parse_created_item(d.pop("created_item"))

        def _parse_register_create_activity_session_id(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        register_create_activity_session_id = (
            _parse_register_create_activity_session_id(
                d.pop("register_create_activity_session_id", UNSET)
            )
        )

        model_run_workflow_template_create_response = cls(
            status=status,
            created_item=created_item,
            register_create_activity_session_id=register_create_activity_session_id,
        )

        model_run_workflow_template_create_response.additional_properties = d
        return model_run_workflow_template_create_response

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
from ..models.item_model_run_workflow_template import ItemModelRunWorkflowTemplate
from ..models.status import Status
