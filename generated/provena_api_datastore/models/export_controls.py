from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

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
        d = dict(src_dict)

        def _parse_relevant(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        relevant = _parse_relevant(d.pop("relevant", UNSET))

        def _parse_obtained(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        obtained = _parse_obtained(d.pop("obtained", UNSET))

        export_controls = cls(
            relevant=relevant,
            obtained=obtained,
        )

        return export_controls
