from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

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

    # __repr__, __eq__ and __ne__ are the ones attrs would generate, written out here: attrs leaves methods a
    # class defines itself alone, so importing a model no longer compiles them (about half of attrs' work per
    # class, paid by every first call). tests/pipeline/test_fast_from_dict.py holds them to attrs' own.
    def __repr__(self) -> str:
        seen = _repr_seen()
        if id(self) in seen:
            return "..."
        seen.add(id(self))
        try:
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(reposited={self.reposited!r}, uri={self.uri!r}, description={self.description!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.reposited == other.reposited
            and self.uri == other.uri
            and self.description == other.description
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

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
