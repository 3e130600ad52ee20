from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="DatasetAccessEthicsAndPrivacy")


@_attrs_define
class DatasetAccessEthicsAndPrivacy:
    """Does this dataset include any human data or require ethics/privacy approval for enabling its access by users of the
    information system? If so, have you included any required consent from the participants and/or appropriate
    permissions to facilitate access to this dataset in this information system?

        Attributes:
            relevant (bool | None | Unset):  Default: False.
            obtained (bool | None | Unset):  Default: False.
    """

    relevant: bool | None | Unset = False
    obtained: bool | None | Unset = False

    # __repr__, __eq__ and __ne__ are the ones attrs would generate, written out here: attrs leaves methods a
    # class defines itself alone, so importing a model no longer compiles them (about half of attrs' work per
    # class, paid by every first call). tests/pipeline/test_fast_from_dict.py holds them to attrs' own.
    def __repr__(self) -> str:
        seen = _repr_seen()
        if id(self) in seen:
            return "..."
        seen.add(id(self))
        try:
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(relevant={self.relevant!r}, obtained={self.obtained!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.relevant == other.relevant and self.obtained == other.obtained

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        relevant: bool | None | Unset
        if isinstance(self.relevant, Unset):
            relevant = UNSET
        else:
            relevant = self.relevant

        obtained: bool | None | Unset
        if isinstance(self.obtained, Unset):
            obtained = UNSET
        else:
            obtained = self.obtained

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if relevant is not UNSET:
            field_dict["relevant"] = relevant
        if obtained is not UNSET:
            field_dict["obtained"] = obtained

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        relevant = src_dict.get("relevant", UNSET)

        obtained = src_dict.get("obtained", UNSET)

        if cls is DatasetAccessEthicsAndPrivacy:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            dataset_access_ethics_and_privacy = object.__new__(cls)
            dataset_access_ethics_and_privacy.relevant = relevant
            dataset_access_ethics_and_privacy.obtained = obtained
        else:
            dataset_access_ethics_and_privacy = cls(
                relevant=relevant,
                obtained=obtained,
            )
        return dataset_access_ethics_and_privacy
