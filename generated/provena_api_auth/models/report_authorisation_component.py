from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.component_name import ComponentName
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="ReportAuthorisationComponent")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "component_name",
        "component_roles",
    }
)


@_attrs_define
class ReportAuthorisationComponent:
    """
    Attributes:
        component_name (ComponentName):
        component_roles (list[ReportComponentRole]):
    """

    component_name: ComponentName
    component_roles: list[ReportComponentRole]
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
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(component_name={self.component_name!r}, component_roles={self.component_roles!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.component_name == other.component_name
            and self.component_roles == other.component_roles
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        component_name = self.component_name.value

        component_roles = []
        for component_roles_item_data in self.component_roles:
            component_roles_item = component_roles_item_data.to_dict()
            component_roles.append(component_roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "component_name": component_name,
                "component_roles": component_roles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        component_name = ComponentName._parse(src_dict["component_name"])

        component_roles = []
        _component_roles = src_dict["component_roles"]
        for component_roles_item_data in _component_roles:
            component_roles_item = ReportComponentRole.from_dict(
                component_roles_item_data
            )

            component_roles.append(component_roles_item)

        # The keys beyond the declared properties, in their order. Every declared key is required, so there are
        # none exactly when the payload has no more keys than that (the common case, answered by len alone).
        additional_properties = (
            {}
            if len(src_dict) == 2
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is ReportAuthorisationComponent:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            report_authorisation_component = object.__new__(cls)
            report_authorisation_component.component_name = component_name
            report_authorisation_component.component_roles = component_roles
            report_authorisation_component.additional_properties = additional_properties
        else:
            report_authorisation_component = cls(
                component_name=component_name,
                component_roles=component_roles,
            )
            report_authorisation_component.additional_properties = additional_properties
        return report_authorisation_component

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
from ..models.report_component_role import ReportComponentRole
