from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportControls")


@_attrs_define
class ExportControls:
    """Is this dataset subject to any export controls permits? If so, has this dataset cleared any required due diligence
    checks and have you obtained any required permits?

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

        if cls is ExportControls:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            export_controls = object.__new__(cls)
            export_controls.relevant = relevant
            export_controls.obtained = obtained
        else:
            export_controls = cls(
                relevant=relevant,
                obtained=obtained,
            )
        return export_controls
