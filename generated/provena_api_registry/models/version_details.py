from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
