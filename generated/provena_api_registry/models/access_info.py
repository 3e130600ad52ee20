from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessInfo")


@_attrs_define
class AccessInfo:
    """Please specify whether data is going to be stored in the Data Store, or referenced from an existing, externally
    hosted, source.

        Attributes:
            reposited (bool | None | Unset): Is the data going to be stored in the Data Store? Default: True.
            uri (None | str | Unset): Provide the best URI of the externally hosted data.
            description (None | str | Unset): Provide information about how to access the externally hosted data, or other
                relevant notes.
    """

    reposited: bool | None | Unset = True
    uri: None | str | Unset = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reposited: bool | None | Unset
        if isinstance(self.reposited, Unset):
            reposited = UNSET
        else:
            reposited = self.reposited

        uri: None | str | Unset
        if isinstance(self.uri, Unset):
            uri = UNSET
        else:
            uri = self.uri

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if reposited is not UNSET:
            field_dict["reposited"] = reposited
        if uri is not UNSET:
            field_dict["uri"] = uri
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        reposited = src_dict.get("reposited", UNSET)

        uri = src_dict.get("uri", UNSET)

        description = src_dict.get("description", UNSET)

        if cls is AccessInfo:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            access_info = object.__new__(cls)
            access_info.reposited = reposited
            access_info.uri = uri
            access_info.description = description
        else:
            access_info = cls(
                reposited=reposited,
                uri=uri,
                description=description,
            )
        return access_info
