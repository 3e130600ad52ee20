from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelRunRecord")


@_attrs_define
class ModelRunRecord:
    """
    Attributes:
        workflow_template_id (str):
        inputs (list[TemplatedDataset]):
        outputs (list[TemplatedDataset]):
        display_name (str):
        description (str):
        associations (AssociationInfo):
        start_time (int):
        end_time (int):
        model_version (None | str | Unset):
        annotations (ModelRunRecordAnnotationsType0 | None | Unset):
        study_id (None | str | Unset):
    """

    workflow_template_id: str
    inputs: list[TemplatedDataset]
    outputs: list[TemplatedDataset]
    display_name: str
    description: str
    associations: AssociationInfo
    start_time: int
    end_time: int
    model_version: None | str | Unset = UNSET
    annotations: ModelRunRecordAnnotationsType0 | None | Unset = UNSET
    study_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_template_id = self.workflow_template_id

        inputs = []
        for inputs_item_data in self.inputs:
            inputs_item = inputs_item_data.to_dict()
            inputs.append(inputs_item)

        outputs = []
        for outputs_item_data in self.outputs:
            outputs_item = outputs_item_data.to_dict()
            outputs.append(outputs_item)

        display_name = self.display_name

        description = self.description

        associations = self.associations.to_dict()

        start_time = self.start_time

        end_time = self.end_time

        model_version: None | str | Unset
        if isinstance(self.model_version, Unset):
            model_version = UNSET
        else:
            model_version = self.model_version

        annotations: dict[str, Any] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, ModelRunRecordAnnotationsType0):
            annotations = self.annotations.to_dict()
        else:
            annotations = self.annotations

        study_id: None | str | Unset
        if isinstance(self.study_id, Unset):
            study_id = UNSET
        else:
            study_id = self.study_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_template_id": workflow_template_id,
                "inputs": inputs,
                "outputs": outputs,
                "display_name": display_name,
                "description": description,
                "associations": associations,
                "start_time": start_time,
                "end_time": end_time,
            }
        )
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if study_id is not UNSET:
            field_dict["study_id"] = study_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workflow_template_id = d.pop("workflow_template_id")

        inputs = []
        _inputs = d.pop("inputs")
        for inputs_item_data in _inputs:
            inputs_item = TemplatedDataset.from_dict(inputs_item_data)

            inputs.append(inputs_item)

        outputs = []
        _outputs = d.pop("outputs")
        for outputs_item_data in _outputs:
            outputs_item = TemplatedDataset.from_dict(outputs_item_data)

            outputs.append(outputs_item)

        display_name = d.pop("display_name")

        description = d.pop("description")

        associations = AssociationInfo.from_dict(d.pop("associations"))

        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        def _parse_model_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_version = _parse_model_version(d.pop("model_version", UNSET))

        def _parse_annotations(
            data: object,
        ) -> ModelRunRecordAnnotationsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                annotations_type_0 = ModelRunRecordAnnotationsType0.from_dict(data)

                return annotations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelRunRecordAnnotationsType0 | None | Unset, data)

        annotations = _parse_annotations(d.pop("annotations", UNSET))

        def _parse_study_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        study_id = _parse_study_id(d.pop("study_id", UNSET))

        model_run_record = cls(
            workflow_template_id=workflow_template_id,
            inputs=inputs,
            outputs=outputs,
            display_name=display_name,
            description=description,
            associations=associations,
            start_time=start_time,
            end_time=end_time,
            model_version=model_version,
            annotations=annotations,
            study_id=study_id,
        )

        model_run_record.additional_properties = d
        return model_run_record

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
from ..models.association_info import AssociationInfo
from ..models.model_run_record_annotations_type_0 import ModelRunRecordAnnotationsType0
from ..models.templated_dataset import TemplatedDataset
