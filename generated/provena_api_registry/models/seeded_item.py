from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_category import ItemCategory
from ..models.item_sub_type import ItemSubType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SeededItem")


@_attrs_define
class SeededItem:
    """
    Attributes:
        id (str):
        owner_username (str):
        created_timestamp (int):
        updated_timestamp (int):
        item_category (ItemCategory):
        item_subtype (ItemSubType):
        record_type (Literal['SEED_ITEM']):
        workflow_links (None | Unset | WorkflowLinks):
        versioning_info (None | Unset | VersioningInfo):
    """

    id: str
    owner_username: str
    created_timestamp: int
    updated_timestamp: int
    item_category: ItemCategory
    item_subtype: ItemSubType
    record_type: Literal["SEED_ITEM"]
    workflow_links: None | Unset | WorkflowLinks = UNSET
    versioning_info: None | Unset | VersioningInfo = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        owner_username = self.owner_username

        created_timestamp = self.created_timestamp

        updated_timestamp = self.updated_timestamp

        item_category = self.item_category.value

        item_subtype = self.item_subtype.value

        record_type = self.record_type

        workflow_links: dict[str, Any] | None | Unset
        if isinstance(self.workflow_links, Unset):
            workflow_links = UNSET
        elif isinstance(self.workflow_links, WorkflowLinks):
            workflow_links = self.workflow_links.to_dict()
        else:
            workflow_links = self.workflow_links

        versioning_info: dict[str, Any] | None | Unset
        if isinstance(self.versioning_info, Unset):
            versioning_info = UNSET
        elif isinstance(self.versioning_info, VersioningInfo):
            versioning_info = self.versioning_info.to_dict()
        else:
            versioning_info = self.versioning_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "owner_username": owner_username,
                "created_timestamp": created_timestamp,
                "updated_timestamp": updated_timestamp,
                "item_category": item_category,
                "item_subtype": item_subtype,
                "record_type": record_type,
            }
        )
        if workflow_links is not UNSET:
            field_dict["workflow_links"] = workflow_links
        if versioning_info is not UNSET:
            field_dict["versioning_info"] = versioning_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        owner_username = d.pop("owner_username")

        created_timestamp = d.pop("created_timestamp")

        updated_timestamp = d.pop("updated_timestamp")

        item_category = ItemCategory(d.pop("item_category"))

        item_subtype = ItemSubType(d.pop("item_subtype"))

        record_type = cast(Literal["SEED_ITEM"], d.pop("record_type"))
        if record_type != "SEED_ITEM":
            raise ValueError(
                f"record_type must match const 'SEED_ITEM', got '{record_type}'"
            )

        def _parse_workflow_links(data: object) -> None | Unset | WorkflowLinks:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workflow_links_type_0 = WorkflowLinks.from_dict(data)

                return workflow_links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowLinks, data)

        workflow_links = _parse_workflow_links(d.pop("workflow_links", UNSET))

        def _parse_versioning_info(data: object) -> None | Unset | VersioningInfo:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                versioning_info_type_0 = VersioningInfo.from_dict(data)

                return versioning_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VersioningInfo, data)

        versioning_info = _parse_versioning_info(d.pop("versioning_info", UNSET))

        seeded_item = cls(
            id=id,
            owner_username=owner_username,
            created_timestamp=created_timestamp,
            updated_timestamp=updated_timestamp,
            item_category=item_category,
            item_subtype=item_subtype,
            record_type=record_type,
            workflow_links=workflow_links,
            versioning_info=versioning_info,
        )

        seeded_item.additional_properties = d
        return seeded_item

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
from ..models.versioning_info import VersioningInfo
from ..models.workflow_links import WorkflowLinks
