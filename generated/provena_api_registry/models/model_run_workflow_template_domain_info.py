from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelRunWorkflowTemplateDomainInfo")


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
        d = dict(src_dict)
        display_name = d.pop("display_name")

        software_id = d.pop("software_id")

        def _parse_user_metadata(
            data: object,
        ) -> ModelRunWorkflowTemplateDomainInfoUserMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_metadata_type_0 = (
                    ModelRunWorkflowTemplateDomainInfoUserMetadataType0.from_dict(data)
                )

                return user_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ModelRunWorkflowTemplateDomainInfoUserMetadataType0 | None | Unset, data
            )

        user_metadata = _parse_user_metadata(d.pop("user_metadata", UNSET))

        def _parse_input_templates(
            data: object,
        ) -> list[TemplateResource] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_templates_type_0 = []
                _input_templates_type_0 = data
                for input_templates_type_0_item_data in _input_templates_type_0:
                    input_templates_type_0_item = TemplateResource.from_dict(
                        input_templates_type_0_item_data
                    )

                    input_templates_type_0.append(input_templates_type_0_item)

                return input_templates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TemplateResource] | None | Unset, data)

        input_templates = _parse_input_templates(d.pop("input_templates", UNSET))

        def _parse_output_templates(
            data: object,
        ) -> list[TemplateResource] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_templates_type_0 = []
                _output_templates_type_0 = data
                for output_templates_type_0_item_data in _output_templates_type_0:
                    output_templates_type_0_item = TemplateResource.from_dict(
                        output_templates_type_0_item_data
                    )

                    output_templates_type_0.append(output_templates_type_0_item)

                return output_templates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TemplateResource] | None | Unset, data)

        output_templates = _parse_output_templates(d.pop("output_templates", UNSET))

        def _parse_annotations(
            data: object,
        ) -> None | Unset | WorkflowTemplateAnnotations:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                annotations_type_0 = WorkflowTemplateAnnotations.from_dict(data)

                return annotations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowTemplateAnnotations, data)

        annotations = _parse_annotations(d.pop("annotations", UNSET))

        model_run_workflow_template_domain_info = cls(
            display_name=display_name,
            software_id=software_id,
            user_metadata=user_metadata,
            input_templates=input_templates,
            output_templates=output_templates,
            annotations=annotations,
        )

        model_run_workflow_template_domain_info.additional_properties = d
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
