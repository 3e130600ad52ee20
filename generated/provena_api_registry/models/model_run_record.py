from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="ModelRunRecord")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "workflow_template_id",
        "inputs",
        "outputs",
        "display_name",
        "description",
        "associations",
        "start_time",
        "end_time",
        "model_version",
        "annotations",
        "study_id",
    }
)


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

    # __repr__, __eq__ and __ne__ are the ones attrs would generate, written out here: attrs leaves methods a
    # class defines itself alone, so importing a model no longer compiles them (about half of attrs' work per
    # class, paid by every first call). tests/pipeline/test_fast_from_dict.py holds them to attrs' own.
    def __repr__(self) -> str:
        seen = _repr_seen()
        if id(self) in seen:
            return "..."
        seen.add(id(self))
        try:
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(workflow_template_id={self.workflow_template_id!r}, inputs={self.inputs!r}, outputs={self.outputs!r}, display_name={self.display_name!r}, description={self.description!r}, associations={self.associations!r}, start_time={self.start_time!r}, end_time={self.end_time!r}, model_version={self.model_version!r}, annotations={self.annotations!r}, study_id={self.study_id!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.workflow_template_id == other.workflow_template_id
            and self.inputs == other.inputs
            and self.outputs == other.outputs
            and self.display_name == other.display_name
            and self.description == other.description
            and self.associations == other.associations
            and self.start_time == other.start_time
            and self.end_time == other.end_time
            and self.model_version == other.model_version
            and self.annotations == other.annotations
            and self.study_id == other.study_id
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

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
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        workflow_template_id = src_dict["workflow_template_id"]

        inputs = []
        _inputs = src_dict["inputs"]
        for inputs_item_data in _inputs:
            inputs_item = TemplatedDataset.from_dict(inputs_item_data)

            inputs.append(inputs_item)

        outputs = []
        _outputs = src_dict["outputs"]
        for outputs_item_data in _outputs:
            outputs_item = TemplatedDataset.from_dict(outputs_item_data)

            outputs.append(outputs_item)

        display_name = src_dict["display_name"]

        description = src_dict["description"]

        associations = AssociationInfo.from_dict(src_dict["associations"])

        start_time = src_dict["start_time"]

        end_time = src_dict["end_time"]

        model_version = src_dict.get("model_version", UNSET)

        annotations: ModelRunRecordAnnotationsType0 | None | Unset
        _annotations_raw = src_dict.get("annotations", UNSET)
        if _annotations_raw is None or isinstance(_annotations_raw, Unset):
            annotations = _annotations_raw
        else:
            _annotations_ok = False
            if isinstance(_annotations_raw, dict):
                try:
                    annotations_type_0 = ModelRunRecordAnnotationsType0.from_dict(
                        _annotations_raw
                    )

                    annotations = annotations_type_0
                    _annotations_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _annotations_ok:
                annotations = _annotations_raw

        study_id = src_dict.get("study_id", UNSET)

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is ModelRunRecord:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            model_run_record = object.__new__(cls)
            model_run_record.workflow_template_id = workflow_template_id
            model_run_record.inputs = inputs
            model_run_record.outputs = outputs
            model_run_record.display_name = display_name
            model_run_record.description = description
            model_run_record.associations = associations
            model_run_record.start_time = start_time
            model_run_record.end_time = end_time
            model_run_record.model_version = model_version
            model_run_record.annotations = annotations
            model_run_record.study_id = study_id
            model_run_record.additional_properties = additional_properties
        else:
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
            model_run_record.additional_properties = additional_properties
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
