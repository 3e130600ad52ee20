from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowLinks")


@_attrs_define
class WorkflowLinks:
    """
    Attributes:
        create_activity_workflow_id (None | str | Unset):
        version_activity_workflow_id (None | str | Unset):
    """

    create_activity_workflow_id: None | str | Unset = UNSET
    version_activity_workflow_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_activity_workflow_id: None | str | Unset
        if isinstance(self.create_activity_workflow_id, Unset):
            create_activity_workflow_id = UNSET
        else:
            create_activity_workflow_id = self.create_activity_workflow_id

        version_activity_workflow_id: None | str | Unset
        if isinstance(self.version_activity_workflow_id, Unset):
            version_activity_workflow_id = UNSET
        else:
            version_activity_workflow_id = self.version_activity_workflow_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if create_activity_workflow_id is not UNSET:
            field_dict["create_activity_workflow_id"] = create_activity_workflow_id
        if version_activity_workflow_id is not UNSET:
            field_dict["version_activity_workflow_id"] = version_activity_workflow_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_create_activity_workflow_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        create_activity_workflow_id = _parse_create_activity_workflow_id(
            d.pop("create_activity_workflow_id", UNSET)
        )

        def _parse_version_activity_workflow_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_activity_workflow_id = _parse_version_activity_workflow_id(
            d.pop("version_activity_workflow_id", UNSET)
        )

        workflow_links = cls(
            create_activity_workflow_id=create_activity_workflow_id,
            version_activity_workflow_id=version_activity_workflow_id,
        )

        workflow_links.additional_properties = d
        return workflow_links

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
