from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VersionDetails")


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
        d = dict(src_dict)

        def _parse_commit_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commit_id = _parse_commit_id(d.pop("commit_id", UNSET))

        def _parse_commit_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commit_url = _parse_commit_url(d.pop("commit_url", UNSET))

        def _parse_tag_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tag_name = _parse_tag_name(d.pop("tag_name", UNSET))

        def _parse_release_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        release_title = _parse_release_title(d.pop("release_title", UNSET))

        def _parse_release_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        release_url = _parse_release_url(d.pop("release_url", UNSET))

        version_details = cls(
            commit_id=commit_id,
            commit_url=commit_url,
            tag_name=tag_name,
            release_title=release_title,
            release_url=release_url,
        )

        version_details.additional_properties = d
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
