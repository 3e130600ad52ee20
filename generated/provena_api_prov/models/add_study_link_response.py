from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AddStudyLinkResponse")


@_attrs_define
class AddStudyLinkResponse:
    """
    Attributes:
        status (Status):
        model_run_id (str):
        study_id (str):
        session_id (str):
    """

    status: Status
    model_run_id: str
    study_id: str
    session_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        model_run_id = self.model_run_id

        study_id = self.study_id

        session_id = self.session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "model_run_id": model_run_id,
                "study_id": study_id,
                "session_id": session_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = Status.from_dict(d.pop("status"))

        model_run_id = d.pop("model_run_id")

        study_id = d.pop("study_id")

        session_id = d.pop("session_id")

        add_study_link_response = cls(
            status=status,
            model_run_id=model_run_id,
            study_id=study_id,
            session_id=session_id,
        )

        add_study_link_response.additional_properties = d
        return add_study_link_response

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
from ..models.status import Status
