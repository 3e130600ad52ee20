from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="LineageResponse")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "status",
        "record_count",
        "graph",
    }
)


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

    # __repr__, __eq__ and __ne__ are the ones attrs would generate, written out here: attrs leaves methods a
    # class defines itself alone, so importing a model no longer compiles them (about half of attrs' work per
    # class, paid by every first call). tests/pipeline/test_fast_from_dict.py holds them to attrs' own.
    def __repr__(self) -> str:
        seen = _repr_seen()
        if id(self) in seen:
            return "..."
        seen.add(id(self))
        try:
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(status={self.status!r}, record_count={self.record_count!r}, graph={self.graph!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.status == other.status
            and self.record_count == other.record_count
            and self.graph == other.graph
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

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
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        status = Status.from_dict(src_dict["status"])

        record_count = src_dict.get("record_count", UNSET)

        graph: LineageResponseGraphType0 | None | Unset
        _graph_raw = src_dict.get("graph", UNSET)
        if _graph_raw is None or isinstance(_graph_raw, Unset):
            graph = _graph_raw
        else:
            _graph_ok = False
            if isinstance(_graph_raw, dict):
                try:
                    graph_type_0 = LineageResponseGraphType0.from_dict(_graph_raw)

                    graph = graph_type_0
                    _graph_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _graph_ok:
                graph = _graph_raw

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is LineageResponse:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            lineage_response = object.__new__(cls)
            lineage_response.status = status
            lineage_response.record_count = record_count
            lineage_response.graph = graph
            lineage_response.additional_properties = additional_properties
        else:
            lineage_response = cls(
                status=status,
                record_count=record_count,
                graph=graph,
            )
            lineage_response.additional_properties = additional_properties
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
