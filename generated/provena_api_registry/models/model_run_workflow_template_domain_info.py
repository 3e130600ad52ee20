from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="ModelRunWorkflowTemplateDomainInfo")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "display_name",
        "software_id",
        "user_metadata",
        "input_templates",
        "output_templates",
        "annotations",
    }
)


@_attrs_define
class ModelRunWorkflowTemplateDomainInfo:
    """
    Attributes:
        display_name (str):
        software_id (str):
        user_metadata (ModelRunWorkflowTemplateDomainInfoUserMetadataType0 | None | Unset): Optionally provide a
            collection of key value annotations describing this resource.
        input_templates (list[TemplateResource] | None | Unset):
        output_templates (list[TemplateResource] | None | Unset):
        annotations (None | Unset | WorkflowTemplateAnnotations):
    """

    display_name: str
    software_id: str
    user_metadata: (
        ModelRunWorkflowTemplateDomainInfoUserMetadataType0 | None | Unset
    ) = UNSET
    input_templates: list[TemplateResource] | None | Unset = UNSET
    output_templates: list[TemplateResource] | None | Unset = UNSET
    annotations: None | Unset | WorkflowTemplateAnnotations = UNSET
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
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(display_name={self.display_name!r}, software_id={self.software_id!r}, user_metadata={self.user_metadata!r}, input_templates={self.input_templates!r}, output_templates={self.output_templates!r}, annotations={self.annotations!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.display_name == other.display_name
            and self.software_id == other.software_id
            and self.user_metadata == other.user_metadata
            and self.input_templates == other.input_templates
            and self.output_templates == other.output_templates
            and self.annotations == other.annotations
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        software_id = self.software_id

        user_metadata: dict[str, Any] | None | Unset
        if isinstance(self.user_metadata, Unset):
            user_metadata = UNSET
        elif isinstance(
            self.user_metadata, ModelRunWorkflowTemplateDomainInfoUserMetadataType0
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "software_id": software_id,
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        display_name = src_dict["display_name"]

        software_id = src_dict["software_id"]

        user_metadata: (
            ModelRunWorkflowTemplateDomainInfoUserMetadataType0 | None | Unset
        )
        _user_metadata_raw = src_dict.get("user_metadata", UNSET)
        if _user_metadata_raw is None or isinstance(_user_metadata_raw, Unset):
            user_metadata = _user_metadata_raw
        else:
            _user_metadata_ok = False
            if isinstance(_user_metadata_raw, dict):
                try:
                    user_metadata_type_0 = (
                        ModelRunWorkflowTemplateDomainInfoUserMetadataType0.from_dict(
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

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is ModelRunWorkflowTemplateDomainInfo:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            model_run_workflow_template_domain_info = object.__new__(cls)
            model_run_workflow_template_domain_info.display_name = display_name
            model_run_workflow_template_domain_info.software_id = software_id
            model_run_workflow_template_domain_info.user_metadata = user_metadata
            model_run_workflow_template_domain_info.input_templates = input_templates
            model_run_workflow_template_domain_info.output_templates = output_templates
            model_run_workflow_template_domain_info.annotations = annotations
            model_run_workflow_template_domain_info.additional_properties = (
                additional_properties
            )
        else:
            model_run_workflow_template_domain_info = cls(
                display_name=display_name,
                software_id=software_id,
                user_metadata=user_metadata,
                input_templates=input_templates,
                output_templates=output_templates,
                annotations=annotations,
            )
            model_run_workflow_template_domain_info.additional_properties = (
                additional_properties
            )
        return model_run_workflow_template_domain_info

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
from ..models.model_run_workflow_template_domain_info_user_metadata_type_0 import (
    ModelRunWorkflowTemplateDomainInfoUserMetadataType0,
)
from ..models.template_resource import TemplateResource
from ..models.workflow_template_annotations import WorkflowTemplateAnnotations
