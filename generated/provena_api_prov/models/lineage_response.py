from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LineageResponse")


@_attrs_define
class LineageResponse:
    """
    Attributes:
        status (Status):
        record_count (int | None | Unset):
        graph (LineageResponseGraphType0 | None | Unset):
    """

    status: Status
    record_count: int | None | Unset = UNSET
    graph: LineageResponseGraphType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        record_count: int | None | Unset
        if isinstance(self.record_count, Unset):
            record_count = UNSET
        else:
            record_count = self.record_count

        graph: dict[str, Any] | None | Unset
        if isinstance(self.graph, Unset):
            graph = UNSET
        elif isinstance(self.graph, LineageResponseGraphType0):
            graph = self.graph.to_dict()
        else:
            graph = self.graph

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if record_count is not UNSET:
            field_dict["record_count"] = record_count
        if graph is not UNSET:
            field_dict["graph"] = graph

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = Status.from_dict(d.pop("status"))

        def _parse_record_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        record_count = _parse_record_count(d.pop("record_count", UNSET))

        def _parse_graph(data: object) -> LineageResponseGraphType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                graph_type_0 = LineageResponseGraphType0.from_dict(data)

                return graph_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LineageResponseGraphType0 | None | Unset, data)

        graph = _parse_graph(d.pop("graph", UNSET))

        lineage_response = cls(
            status=status,
            record_count=record_count,
            graph=graph,
        )

        lineage_response.additional_properties = d
        return lineage_response

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
from ..models.lineage_response_graph_type_0 import LineageResponseGraphType0
from ..models.status import Status
