from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="WorkflowLinks")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "create_activity_workflow_id",
        "version_activity_workflow_id",
    }
)


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

    # __repr__, __eq__ and __ne__ are the ones attrs would generate, written out here: attrs leaves methods a
    # class defines itself alone, so importing a model no longer compiles them (about half of attrs' work per
    # class, paid by every first call). tests/pipeline/test_fast_from_dict.py holds them to attrs' own.
    def __repr__(self) -> str:
        seen = _repr_seen()
        if id(self) in seen:
            return "..."
        seen.add(id(self))
        try:
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(create_activity_workflow_id={self.create_activity_workflow_id!r}, version_activity_workflow_id={self.version_activity_workflow_id!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.create_activity_workflow_id == other.create_activity_workflow_id
            and self.version_activity_workflow_id == other.version_activity_workflow_id
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

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
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        create_activity_workflow_id = src_dict.get("create_activity_workflow_id", UNSET)

        version_activity_workflow_id = src_dict.get(
            "version_activity_workflow_id", UNSET
        )

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is WorkflowLinks:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            workflow_links = object.__new__(cls)
            workflow_links.create_activity_workflow_id = create_activity_workflow_id
            workflow_links.version_activity_workflow_id = version_activity_workflow_id
            workflow_links.additional_properties = additional_properties
        else:
            workflow_links = cls(
                create_activity_workflow_id=create_activity_workflow_id,
                version_activity_workflow_id=version_activity_workflow_id,
            )
            workflow_links.additional_properties = additional_properties
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
