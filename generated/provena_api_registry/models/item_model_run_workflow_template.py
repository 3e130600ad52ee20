from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_category import ItemCategory
from ..models.item_sub_type import ItemSubType
from ..models.record_type import RecordType
from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="ItemModelRunWorkflowTemplate")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "history",
        "display_name",
        "software_id",
        "id",
        "owner_username",
        "created_timestamp",
        "updated_timestamp",
        "record_type",
        "user_metadata",
        "input_templates",
        "output_templates",
        "annotations",
        "item_category",
        "item_subtype",
        "workflow_links",
        "versioning_info",
    }
)


@_attrs_define
class ItemModelRunWorkflowTemplate:
    """
    Attributes:
        history (list[HistoryEntryModelRunWorkflowTemplateDomainInfo]):
        display_name (str):
        software_id (str):
        id (str):
        owner_username (str):
        created_timestamp (int):
        updated_timestamp (int):
        record_type (RecordType):
        user_metadata (ItemModelRunWorkflowTemplateUserMetadataType0 | None | Unset): Optionally provide a collection of
            key value annotations describing this resource.
        input_templates (list[TemplateResource] | None | Unset):
        output_templates (list[TemplateResource] | None | Unset):
        annotations (None | Unset | WorkflowTemplateAnnotations):
        item_category (ItemCategory | None | Unset):  Default: ItemCategory.ENTITY.
        item_subtype (ItemSubType | None | Unset):  Default: ItemSubType.MODEL_RUN_WORKFLOW_TEMPLATE.
        workflow_links (None | Unset | WorkflowLinks):
        versioning_info (None | Unset | VersioningInfo):
    """

    history: list[HistoryEntryModelRunWorkflowTemplateDomainInfo]
    display_name: str
    software_id: str
    id: str
    owner_username: str
    created_timestamp: int
    updated_timestamp: int
    record_type: RecordType
    user_metadata: ItemModelRunWorkflowTemplateUserMetadataType0 | None | Unset = UNSET
    input_templates: list[TemplateResource] | None | Unset = UNSET
    output_templates: list[TemplateResource] | None | Unset = UNSET
    annotations: None | Unset | WorkflowTemplateAnnotations = UNSET
    item_category: ItemCategory | None | Unset = ItemCategory.ENTITY
    item_subtype: ItemSubType | None | Unset = ItemSubType.MODEL_RUN_WORKFLOW_TEMPLATE
    workflow_links: None | Unset | WorkflowLinks = UNSET
    versioning_info: None | Unset | VersioningInfo = UNSET
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
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(history={self.history!r}, display_name={self.display_name!r}, software_id={self.software_id!r}, id={self.id!r}, owner_username={self.owner_username!r}, created_timestamp={self.created_timestamp!r}, updated_timestamp={self.updated_timestamp!r}, record_type={self.record_type!r}, user_metadata={self.user_metadata!r}, input_templates={self.input_templates!r}, output_templates={self.output_templates!r}, annotations={self.annotations!r}, item_category={self.item_category!r}, item_subtype={self.item_subtype!r}, workflow_links={self.workflow_links!r}, versioning_info={self.versioning_info!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.history == other.history
            and self.display_name == other.display_name
            and self.software_id == other.software_id
            and self.id == other.id
            and self.owner_username == other.owner_username
            and self.created_timestamp == other.created_timestamp
            and self.updated_timestamp == other.updated_timestamp
            and self.record_type == other.record_type
            and self.user_metadata == other.user_metadata
            and self.input_templates == other.input_templates
            and self.output_templates == other.output_templates
            and self.annotations == other.annotations
            and self.item_category == other.item_category
            and self.item_subtype == other.item_subtype
            and self.workflow_links == other.workflow_links
            and self.versioning_info == other.versioning_info
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        display_name = self.display_name

        software_id = self.software_id

        id = self.id

        owner_username = self.owner_username

        created_timestamp = self.created_timestamp

        updated_timestamp = self.updated_timestamp

        record_type = self.record_type.value

        user_metadata: dict[str, Any] | None | Unset
        if isinstance(self.user_metadata, Unset):
            user_metadata = UNSET
        elif isinstance(
            self.user_metadata, ItemModelRunWorkflowTemplateUserMetadataType0
        ):
            user_metadata = self.user_metadata.to_dict()
        else:
            user_metadata = self.user_metadata

        input_templates: list[dict[str, Any]] | None | Unset
        if isinstance(self.input_templates, Unset):
            input_templates = UNSET
        elif isinstance(self.input_templates, list):
            input_templates = []
            for input_templates_type_0_item_data in self.input_templates:
                input_templates_type_0_item = input_templates_type_0_item_data.to_dict()
                input_templates.append(input_templates_type_0_item)

        else:
            input_templates = self.input_templates

        output_templates: list[dict[str, Any]] | None | Unset
        if isinstance(self.output_templates, Unset):
            output_templates = UNSET
        elif isinstance(self.output_templates, list):
            output_templates = []
            for output_templates_type_0_item_data in self.output_templates:
                output_templates_type_0_item = (
                    output_templates_type_0_item_data.to_dict()
                )
                output_templates.append(output_templates_type_0_item)

        else:
            output_templates = self.output_templates

        annotations: dict[str, Any] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, WorkflowTemplateAnnotations):
            annotations = self.annotations.to_dict()
        else:
            annotations = self.annotations

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
                "software_id": software_id,
                "id": id,
                "owner_username": owner_username,
                "created_timestamp": created_timestamp,
                "updated_timestamp": updated_timestamp,
                "record_type": record_type,
            }
        )
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata
        if input_templates is not UNSET:
            field_dict["input_templates"] = input_templates
        if output_templates is not UNSET:
            field_dict["output_templates"] = output_templates
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
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
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        history = []
        _history = src_dict["history"]
        for history_item_data in _history:
            history_item = HistoryEntryModelRunWorkflowTemplateDomainInfo.from_dict(
                history_item_data
            )

            history.append(history_item)

        display_name = src_dict["display_name"]

        software_id = src_dict["software_id"]

        id = src_dict["id"]

        owner_username = src_dict["owner_username"]

        created_timestamp = src_dict["created_timestamp"]

        updated_timestamp = src_dict["updated_timestamp"]

        record_type = RecordType._parse(src_dict["record_type"])

        user_metadata: ItemModelRunWorkflowTemplateUserMetadataType0 | None | Unset
        _user_metadata_raw = src_dict.get("user_metadata", UNSET)
        if _user_metadata_raw is None or isinstance(_user_metadata_raw, Unset):
            user_metadata = _user_metadata_raw
        else:
            _user_metadata_ok = False
            if isinstance(_user_metadata_raw, dict):
                try:
                    user_metadata_type_0 = (
                        ItemModelRunWorkflowTemplateUserMetadataType0.from_dict(
                            _user_metadata_raw
                        )
                    )

                    user_metadata = user_metadata_type_0
                    _user_metadata_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _user_metadata_ok:
                user_metadata = _user_metadata_raw

        input_templates: list[TemplateResource] | None | Unset
        _input_templates_raw = src_dict.get("input_templates", UNSET)
        if _input_templates_raw is None or isinstance(_input_templates_raw, Unset):
            input_templates = _input_templates_raw
        else:
            _input_templates_ok = False
            if isinstance(_input_templates_raw, list):
                try:
                    input_templates_type_0 = []
                    _input_templates_type_0 = _input_templates_raw
                    for input_templates_type_0_item_data in _input_templates_type_0:
                        input_templates_type_0_item = TemplateResource.from_dict(
                            input_templates_type_0_item_data
                        )

                        input_templates_type_0.append(input_templates_type_0_item)

                    input_templates = input_templates_type_0
                    _input_templates_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _input_templates_ok:
                input_templates = _input_templates_raw

        output_templates: list[TemplateResource] | None | Unset
        _output_templates_raw = src_dict.get("output_templates", UNSET)
        if _output_templates_raw is None or isinstance(_output_templates_raw, Unset):
            output_templates = _output_templates_raw
        else:
            _output_templates_ok = False
            if isinstance(_output_templates_raw, list):
                try:
                    output_templates_type_0 = []
                    _output_templates_type_0 = _output_templates_raw
                    for output_templates_type_0_item_data in _output_templates_type_0:
                        output_templates_type_0_item = TemplateResource.from_dict(
                            output_templates_type_0_item_data
                        )

                        output_templates_type_0.append(output_templates_type_0_item)

                    output_templates = output_templates_type_0
                    _output_templates_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _output_templates_ok:
                output_templates = _output_templates_raw

        annotations: None | Unset | WorkflowTemplateAnnotations
        _annotations_raw = src_dict.get("annotations", UNSET)
        if _annotations_raw is None or isinstance(_annotations_raw, Unset):
            annotations = _annotations_raw
        else:
            _annotations_ok = False
            if isinstance(_annotations_raw, dict):
                try:
                    annotations_type_0 = WorkflowTemplateAnnotations.from_dict(
                        _annotations_raw
                    )

                    annotations = annotations_type_0
                    _annotations_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _annotations_ok:
                annotations = _annotations_raw

        item_category: ItemCategory | None | Unset
        _item_category_raw = src_dict.get("item_category", UNSET)
        if _item_category_raw is None or isinstance(_item_category_raw, Unset):
            item_category = _item_category_raw
        else:
            _item_category_ok = False
            if isinstance(_item_category_raw, str):
                try:
                    item_category_type_0 = ItemCategory._parse(_item_category_raw)

                    item_category = item_category_type_0
                    _item_category_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _item_category_ok:
                item_category = _item_category_raw

        item_subtype: ItemSubType | None | Unset
        _item_subtype_raw = src_dict.get("item_subtype", UNSET)
        if _item_subtype_raw is None or isinstance(_item_subtype_raw, Unset):
            item_subtype = _item_subtype_raw
        else:
            _item_subtype_ok = False
            if isinstance(_item_subtype_raw, str):
                try:
                    item_subtype_type_0 = ItemSubType._parse(_item_subtype_raw)

                    item_subtype = item_subtype_type_0
                    _item_subtype_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _item_subtype_ok:
                item_subtype = _item_subtype_raw

        workflow_links: None | Unset | WorkflowLinks
        _workflow_links_raw = src_dict.get("workflow_links", UNSET)
        if _workflow_links_raw is None or isinstance(_workflow_links_raw, Unset):
            workflow_links = _workflow_links_raw
        else:
            _workflow_links_ok = False
            if isinstance(_workflow_links_raw, dict):
                try:
                    workflow_links_type_0 = WorkflowLinks.from_dict(_workflow_links_raw)

                    workflow_links = workflow_links_type_0
                    _workflow_links_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _workflow_links_ok:
                workflow_links = _workflow_links_raw

        versioning_info: None | Unset | VersioningInfo
        _versioning_info_raw = src_dict.get("versioning_info", UNSET)
        if _versioning_info_raw is None or isinstance(_versioning_info_raw, Unset):
            versioning_info = _versioning_info_raw
        else:
            _versioning_info_ok = False
            if isinstance(_versioning_info_raw, dict):
                try:
                    versioning_info_type_0 = VersioningInfo.from_dict(
                        _versioning_info_raw
                    )

                    versioning_info = versioning_info_type_0
                    _versioning_info_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _versioning_info_ok:
                versioning_info = _versioning_info_raw

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is ItemModelRunWorkflowTemplate:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            item_model_run_workflow_template = object.__new__(cls)
            item_model_run_workflow_template.history = history
            item_model_run_workflow_template.display_name = display_name
            item_model_run_workflow_template.software_id = software_id
            item_model_run_workflow_template.id = id
            item_model_run_workflow_template.owner_username = owner_username
            item_model_run_workflow_template.created_timestamp = created_timestamp
            item_model_run_workflow_template.updated_timestamp = updated_timestamp
            item_model_run_workflow_template.record_type = record_type
            item_model_run_workflow_template.user_metadata = user_metadata
            item_model_run_workflow_template.input_templates = input_templates
            item_model_run_workflow_template.output_templates = output_templates
            item_model_run_workflow_template.annotations = annotations
            item_model_run_workflow_template.item_category = item_category
            item_model_run_workflow_template.item_subtype = item_subtype
            item_model_run_workflow_template.workflow_links = workflow_links
            item_model_run_workflow_template.versioning_info = versioning_info
            item_model_run_workflow_template.additional_properties = (
                additional_properties
            )
        else:
            item_model_run_workflow_template = cls(
                history=history,
                display_name=display_name,
                software_id=software_id,
                id=id,
                owner_username=owner_username,
                created_timestamp=created_timestamp,
                updated_timestamp=updated_timestamp,
                record_type=record_type,
                user_metadata=user_metadata,
                input_templates=input_templates,
                output_templates=output_templates,
                annotations=annotations,
                item_category=item_category,
                item_subtype=item_subtype,
                workflow_links=workflow_links,
                versioning_info=versioning_info,
            )
            item_model_run_workflow_template.additional_properties = (
                additional_properties
            )
        return item_model_run_workflow_template

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
from ..models.history_entry_model_run_workflow_template_domain_info import (
    HistoryEntryModelRunWorkflowTemplateDomainInfo,
)
from ..models.item_model_run_workflow_template_user_metadata_type_0 import (
    ItemModelRunWorkflowTemplateUserMetadataType0,
)
from ..models.template_resource import TemplateResource
from ..models.versioning_info import VersioningInfo
from ..models.workflow_links import WorkflowLinks
from ..models.workflow_template_annotations import WorkflowTemplateAnnotations
