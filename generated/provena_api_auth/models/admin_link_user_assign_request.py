from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="AdminLinkUserAssignRequest")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "username",
        "person_id",
        "validate_item",
        "force",
    }
)


@_attrs_define
class AdminLinkUserAssignRequest:
    """
    Attributes:
        username (str):
        person_id (str):
        validate_item (bool | None | Unset):  Default: True.
        force (bool | None | Unset):  Default: False.
    """

    username: str
    person_id: str
    validate_item: bool | None | Unset = True
    force: bool | None | Unset = False
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
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(username={self.username!r}, person_id={self.person_id!r}, validate_item={self.validate_item!r}, force={self.force!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.username == other.username
            and self.person_id == other.person_id
            and self.validate_item == other.validate_item
            and self.force == other.force
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        person_id = self.person_id

        validate_item: bool | None | Unset
        if isinstance(self.validate_item, Unset):
            validate_item = UNSET
        else:
            validate_item = self.validate_item

        force: bool | None | Unset
        if isinstance(self.force, Unset):
            force = UNSET
        else:
            force = self.force

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "person_id": person_id,
            }
        )
        if validate_item is not UNSET:
            field_dict["validate_item"] = validate_item
        if force is not UNSET:
            field_dict["force"] = force

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        username = src_dict["username"]

        person_id = src_dict["person_id"]

        validate_item = src_dict.get("validate_item", UNSET)

        force = src_dict.get("force", UNSET)

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is AdminLinkUserAssignRequest:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            admin_link_user_assign_request = object.__new__(cls)
            admin_link_user_assign_request.username = username
            admin_link_user_assign_request.person_id = person_id
            admin_link_user_assign_request.validate_item = validate_item
            admin_link_user_assign_request.force = force
            admin_link_user_assign_request.additional_properties = additional_properties
        else:
            admin_link_user_assign_request = cls(
                username=username,
                person_id=person_id,
                validate_item=validate_item,
                force=force,
            )
            admin_link_user_assign_request.additional_properties = additional_properties
        return admin_link_user_assign_request

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
