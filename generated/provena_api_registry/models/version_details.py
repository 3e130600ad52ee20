from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="VersionDetails")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "commit_id",
        "commit_url",
        "tag_name",
        "release_title",
        "release_url",
    }
)


@_attrs_define
class VersionDetails:
    """
    Attributes:
        commit_id (None | str | Unset):
        commit_url (None | str | Unset):
        tag_name (None | str | Unset):
        release_title (None | str | Unset):
        release_url (None | str | Unset):
    """

    commit_id: None | str | Unset = UNSET
    commit_url: None | str | Unset = UNSET
    tag_name: None | str | Unset = UNSET
    release_title: None | str | Unset = UNSET
    release_url: None | str | Unset = UNSET
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
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(commit_id={self.commit_id!r}, commit_url={self.commit_url!r}, tag_name={self.tag_name!r}, release_title={self.release_title!r}, release_url={self.release_url!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.commit_id == other.commit_id
            and self.commit_url == other.commit_url
            and self.tag_name == other.tag_name
            and self.release_title == other.release_title
            and self.release_url == other.release_url
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        commit_id: None | str | Unset
        if isinstance(self.commit_id, Unset):
            commit_id = UNSET
        else:
            commit_id = self.commit_id

        commit_url: None | str | Unset
        if isinstance(self.commit_url, Unset):
            commit_url = UNSET
        else:
            commit_url = self.commit_url

        tag_name: None | str | Unset
        if isinstance(self.tag_name, Unset):
            tag_name = UNSET
        else:
            tag_name = self.tag_name

        release_title: None | str | Unset
        if isinstance(self.release_title, Unset):
            release_title = UNSET
        else:
            release_title = self.release_title

        release_url: None | str | Unset
        if isinstance(self.release_url, Unset):
            release_url = UNSET
        else:
            release_url = self.release_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if commit_id is not UNSET:
            field_dict["commit_id"] = commit_id
        if commit_url is not UNSET:
            field_dict["commit_url"] = commit_url
        if tag_name is not UNSET:
            field_dict["tag_name"] = tag_name
        if release_title is not UNSET:
            field_dict["release_title"] = release_title
        if release_url is not UNSET:
            field_dict["release_url"] = release_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        commit_id = src_dict.get("commit_id", UNSET)

        commit_url = src_dict.get("commit_url", UNSET)

        tag_name = src_dict.get("tag_name", UNSET)

        release_title = src_dict.get("release_title", UNSET)

        release_url = src_dict.get("release_url", UNSET)

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is VersionDetails:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            version_details = object.__new__(cls)
            version_details.commit_id = commit_id
            version_details.commit_url = commit_url
            version_details.tag_name = tag_name
            version_details.release_title = release_title
            version_details.release_url = release_url
            version_details.additional_properties = additional_properties
        else:
            version_details = cls(
                commit_id=commit_id,
                commit_url=commit_url,
                tag_name=tag_name,
                release_title=release_title,
                release_url=release_url,
            )
            version_details.additional_properties = additional_properties
        return version_details

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
