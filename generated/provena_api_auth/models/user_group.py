from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="UserGroup")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "display_name",
        "description",
        "users",
        "default_data_store_access",
    }
)


@_attrs_define
class UserGroup:
    """
    Attributes:
        id (str):
        display_name (str):
        description (str):
        users (list[GroupUser]):
        default_data_store_access (list[str] | None | Unset):
    """

    id: str
    display_name: str
    description: str
    users: list[GroupUser]
    default_data_store_access: list[str] | None | Unset = UNSET
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
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(id={self.id!r}, display_name={self.display_name!r}, description={self.description!r}, users={self.users!r}, default_data_store_access={self.default_data_store_access!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.display_name == other.display_name
            and self.description == other.description
            and self.users == other.users
            and self.default_data_store_access == other.default_data_store_access
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_name = self.display_name

        description = self.description

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        default_data_store_access: list[str] | None | Unset
        if isinstance(self.default_data_store_access, Unset):
            default_data_store_access = UNSET
        elif isinstance(self.default_data_store_access, list):
            default_data_store_access = self.default_data_store_access

        else:
            default_data_store_access = self.default_data_store_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "display_name": display_name,
                "description": description,
                "users": users,
            }
        )
        if default_data_store_access is not UNSET:
            field_dict["default_data_store_access"] = default_data_store_access

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        id = src_dict["id"]

        display_name = src_dict["display_name"]

        description = src_dict["description"]

        users = []
        _users = src_dict["users"]
        for users_item_data in _users:
            users_item = GroupUser.from_dict(users_item_data)

            users.append(users_item)

        default_data_store_access: list[str] | None | Unset
        _default_data_store_access_raw = src_dict.get(
            "default_data_store_access", UNSET
        )
        if _default_data_store_access_raw is None or isinstance(
            _default_data_store_access_raw, Unset
        ):
            default_data_store_access = _default_data_store_access_raw
        else:
            _default_data_store_access_ok = False
            if isinstance(_default_data_store_access_raw, list):
                try:
                    default_data_store_access_type_0 = _default_data_store_access_raw

                    default_data_store_access = default_data_store_access_type_0
                    _default_data_store_access_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _default_data_store_access_ok:
                default_data_store_access = _default_data_store_access_raw

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is UserGroup:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            user_group = object.__new__(cls)
            user_group.id = id
            user_group.display_name = display_name
            user_group.description = description
            user_group.users = users
            user_group.default_data_store_access = default_data_store_access
            user_group.additional_properties = additional_properties
        else:
            user_group = cls(
                id=id,
                display_name=display_name,
                description=description,
                users=users,
                default_data_store_access=default_data_store_access,
            )
            user_group.additional_properties = additional_properties
        return user_group

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
from ..models.group_user import GroupUser
