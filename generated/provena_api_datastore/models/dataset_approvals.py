from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="DatasetApprovals")


@_attrs_define
class DatasetApprovals:
    """Please ensure that the following approvals are considered. Your dataset may not be fit for inclusion in the Data
    Store if it does not meet the following requirements.

        Attributes:
            ethics_registration (DatasetRegistrationEthicsAndPrivacy): Does this dataset include any human data or require
                ethics/privacy approval for its registration? If so, have you included any required ethics approvals, consent
                from the participants and/or appropriate permissions to register this dataset in this information system?
            ethics_access (DatasetAccessEthicsAndPrivacy): Does this dataset include any human data or require
                ethics/privacy approval for enabling its access by users of the information system? If so, have you included any
                required consent from the participants and/or appropriate permissions to facilitate access to this dataset in
                this information system?
            indigenous_knowledge (IndigenousKnowledgeAndConsent): Does this dataset contain Indigenous Knowledge? If so, do
                you have consent from the relevant Aboriginal and Torres Strait Islander communities for its use and access via
                this data store?
            export_controls (ExportControls): Is this dataset subject to any export controls permits? If so, has this
                dataset cleared any required due diligence checks and have you obtained any required permits?
    """

    ethics_registration: DatasetRegistrationEthicsAndPrivacy
    ethics_access: DatasetAccessEthicsAndPrivacy
    indigenous_knowledge: IndigenousKnowledgeAndConsent
    export_controls: ExportControls

    # __repr__, __eq__ and __ne__ are the ones attrs would generate, written out here: attrs leaves methods a
    # class defines itself alone, so importing a model no longer compiles them (about half of attrs' work per
    # class, paid by every first call). tests/pipeline/test_fast_from_dict.py holds them to attrs' own.
    def __repr__(self) -> str:
        seen = _repr_seen()
        if id(self) in seen:
            return "..."
        seen.add(id(self))
        try:
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(ethics_registration={self.ethics_registration!r}, ethics_access={self.ethics_access!r}, indigenous_knowledge={self.indigenous_knowledge!r}, export_controls={self.export_controls!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.ethics_registration == other.ethics_registration
            and self.ethics_access == other.ethics_access
            and self.indigenous_knowledge == other.indigenous_knowledge
            and self.export_controls == other.export_controls
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        ethics_registration = self.ethics_registration.to_dict()

        ethics_access = self.ethics_access.to_dict()

        indigenous_knowledge = self.indigenous_knowledge.to_dict()

        export_controls = self.export_controls.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ethics_registration": ethics_registration,
                "ethics_access": ethics_access,
                "indigenous_knowledge": indigenous_knowledge,
                "export_controls": export_controls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        ethics_registration = DatasetRegistrationEthicsAndPrivacy.from_dict(
            src_dict["ethics_registration"]
        )

        ethics_access = DatasetAccessEthicsAndPrivacy.from_dict(
            src_dict["ethics_access"]
        )

        indigenous_knowledge = IndigenousKnowledgeAndConsent.from_dict(
            src_dict["indigenous_knowledge"]
        )

        export_controls = ExportControls.from_dict(src_dict["export_controls"])

        if cls is DatasetApprovals:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            dataset_approvals = object.__new__(cls)
            dataset_approvals.ethics_registration = ethics_registration
            dataset_approvals.ethics_access = ethics_access
            dataset_approvals.indigenous_knowledge = indigenous_knowledge
            dataset_approvals.export_controls = export_controls
        else:
            dataset_approvals = cls(
                ethics_registration=ethics_registration,
                ethics_access=ethics_access,
                indigenous_knowledge=indigenous_knowledge,
                export_controls=export_controls,
            )
        return dataset_approvals


# Models that may refer back to this one: imported once the class exists (an import cycle then finds it),
# not inside each method, where every call would pay for the import statement.
from ..models.dataset_access_ethics_and_privacy import DatasetAccessEthicsAndPrivacy
from ..models.dataset_registration_ethics_and_privacy import (
    DatasetRegistrationEthicsAndPrivacy,
)
from ..models.export_controls import ExportControls
from ..models.indigenous_knowledge_and_consent import IndigenousKnowledgeAndConsent
