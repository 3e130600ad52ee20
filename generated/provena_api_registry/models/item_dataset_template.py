from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_category import ItemCategory
from ..models.item_sub_type import ItemSubType
from ..models.record_type import RecordType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemDatasetTemplate")


@_attrs_define
class ItemDatasetTemplate:
    """
    Attributes:
        history (list[HistoryEntryDatasetTemplateDomainInfo]):
        display_name (str):
        id (str):
        owner_username (str):
        created_timestamp (int):
        updated_timestamp (int):
        record_type (RecordType):
        user_metadata (ItemDatasetTemplateUserMetadataType0 | None | Unset): Optionally provide a collection of key
            value annotations describing this resource.
        description (None | str | Unset):
        defined_resources (list[DefinedResource] | None | Unset):
        deferred_resources (list[DeferredResource] | None | Unset):
        item_category (ItemCategory | None | Unset):  Default: ItemCategory.ENTITY.
        item_subtype (ItemSubType | None | Unset):  Default: ItemSubType.DATASET_TEMPLATE.
        workflow_links (None | Unset | WorkflowLinks):
        versioning_info (None | Unset | VersioningInfo):
    """

    history: list[HistoryEntryDatasetTemplateDomainInfo]
    display_name: str
    id: str
    owner_username: str
    created_timestamp: int
    updated_timestamp: int
    record_type: RecordType
    user_metadata: ItemDatasetTemplateUserMetadataType0 | None | Unset = UNSET
    description: None | str | Unset = UNSET
    defined_resources: list[DefinedResource] | None | Unset = UNSET
    deferred_resources: list[DeferredResource] | None | Unset = UNSET
    item_category: ItemCategory | None | Unset = ItemCategory.ENTITY
    item_subtype: ItemSubType | None | Unset = ItemSubType.DATASET_TEMPLATE
    workflow_links: None | Unset | WorkflowLinks = UNSET
    versioning_info: None | Unset | VersioningInfo = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        display_name = self.display_name

        id = self.id

        owner_username = self.owner_username

        created_timestamp = self.created_timestamp

        updated_timestamp = self.updated_timestamp

        record_type = self.record_type.value

        user_metadata: dict[str, Any] | None | Unset
        if isinstance(self.user_metadata, Unset):
            user_metadata = UNSET
        elif isinstance(self.user_metadata, ItemDatasetTemplateUserMetadataType0):
            user_metadata = self.user_metadata.to_dict()
        else:
            user_metadata = self.user_metadata

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        defined_resources: list[dict[str, Any]] | None | Unset
        if isinstance(self.defined_resources, Unset):
            defined_resources = UNSET
        elif isinstance(self.defined_resources, list):
            defined_resources = []
            for defined_resources_type_0_item_data in self.defined_resources:
                defined_resources_type_0_item = (
                    defined_resources_type_0_item_data.to_dict()
                )
                defined_resources.append(defined_resources_type_0_item)

        else:
            defined_resources = self.defined_resources

        deferred_resources: list[dict[str, Any]] | None | Unset
        if isinstance(self.deferred_resources, Unset):
            deferred_resources = UNSET
        elif isinstance(self.deferred_resources, list):
            deferred_resources = []
            for deferred_resources_type_0_item_data in self.deferred_resources:
                deferred_resources_type_0_item = (
                    deferred_resources_type_0_item_data.to_dict()
                )
                deferred_resources.append(deferred_resources_type_0_item)

        else:
            deferred_resources = self.deferred_resources

        item_category: None | str | Unset
        if isinstance(self.item_category, Unset):
            item_category = UNSET
        elif isinstance(self.item_category, ItemCategory):
            item_category = self.item_category.value
        else:
            item_category = self.item_category

        item_subtype: None | str | Unset
        if isinstance(self.item_subtype, Unset):
            item_subtype = UNSET
        elif isinstance(self.item_subtype, ItemSubType):
            item_subtype = self.item_subtype.value
        else:
            item_subtype = self.item_subtype

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
                "history": history,
                "display_name": display_name,
                "id": id,
                "owner_username": owner_username,
                "created_timestamp": created_timestamp,
                "updated_timestamp": updated_timestamp,
                "record_type": record_type,
            }
        )
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata
        if description is not UNSET:
            field_dict["description"] = description
        if defined_resources is not UNSET:
            field_dict["defined_resources"] = defined_resources
        if deferred_resources is not UNSET:
            field_dict["deferred_resources"] = deferred_resources
        if item_category is not UNSET:
            field_dict["item_category"] = item_category
        if item_subtype is not UNSET:
            field_dict["item_subtype"] = item_subtype
        if workflow_links is not UNSET:
            field_dict["workflow_links"] = workflow_links
        if versioning_info is not UNSET:
            field_dict["versioning_info"] = versioning_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = HistoryEntryDatasetTemplateDomainInfo.from_dict(
                history_item_data
            )

            history.append(history_item)

        display_name = d.pop("display_name")

        id = d.pop("id")

        owner_username = d.pop("owner_username")

        created_timestamp = d.pop("created_timestamp")

        updated_timestamp = d.pop("updated_timestamp")

        record_type = RecordType(d.pop("record_type"))

        def _parse_user_metadata(
            data: object,
        ) -> ItemDatasetTemplateUserMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_metadata_type_0 = ItemDatasetTemplateUserMetadataType0.from_dict(
                    data
                )

                return user_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemDatasetTemplateUserMetadataType0 | None | Unset, data)

        user_metadata = _parse_user_metadata(d.pop("user_metadata", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_defined_resources(
            data: object,
        ) -> list[DefinedResource] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                defined_resources_type_0 = []
                _defined_resources_type_0 = data
                for defined_resources_type_0_item_data in _defined_resources_type_0:
                    defined_resources_type_0_item = DefinedResource.from_dict(
                        defined_resources_type_0_item_data
                    )

                    defined_resources_type_0.append(defined_resources_type_0_item)

                return defined_resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DefinedResource] | None | Unset, data)

        defined_resources = _parse_defined_resources(d.pop("defined_resources", UNSET))

        def _parse_deferred_resources(
            data: object,
        ) -> list[DeferredResource] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                deferred_resources_type_0 = []
                _deferred_resources_type_0 = data
                for deferred_resources_type_0_item_data in _deferred_resources_type_0:
                    deferred_resources_type_0_item = DeferredResource.from_dict(
                        deferred_resources_type_0_item_data
                    )

                    deferred_resources_type_0.append(deferred_resources_type_0_item)

                return deferred_resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DeferredResource] | None | Unset, data)

        deferred_resources = _parse_deferred_resources(
            d.pop("deferred_resources", UNSET)
        )

        def _parse_item_category(data: object) -> ItemCategory | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                item_category_type_0 = ItemCategory(data)

                return item_category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemCategory | None | Unset, data)

        item_category = _parse_item_category(d.pop("item_category", UNSET))

        def _parse_item_subtype(data: object) -> ItemSubType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                item_subtype_type_0 = ItemSubType(data)

                return item_subtype_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemSubType | None | Unset, data)

        item_subtype = _parse_item_subtype(d.pop("item_subtype", UNSET))

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

        item_dataset_template = cls(
            history=history,
            display_name=display_name,
            id=id,
            owner_username=owner_username,
            created_timestamp=created_timestamp,
            updated_timestamp=updated_timestamp,
            record_type=record_type,
            user_metadata=user_metadata,
            description=description,
            defined_resources=defined_resources,
            deferred_resources=deferred_resources,
            item_category=item_category,
            item_subtype=item_subtype,
            workflow_links=workflow_links,
            versioning_info=versioning_info,
        )

        item_dataset_template.additional_properties = d
        return item_dataset_template

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
from ..models.deferred_resource import DeferredResource
from ..models.defined_resource import DefinedResource
from ..models.history_entry_dataset_template_domain_info import (
    HistoryEntryDatasetTemplateDomainInfo,
)
from ..models.item_dataset_template_user_metadata_type_0 import (
    ItemDatasetTemplateUserMetadataType0,
)
from ..models.versioning_info import VersioningInfo
from ..models.workflow_links import WorkflowLinks
