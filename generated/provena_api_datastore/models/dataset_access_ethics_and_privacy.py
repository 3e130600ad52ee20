from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

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
