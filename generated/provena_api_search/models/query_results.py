from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="QueryResults")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "status",
        "results",
        "warnings",
    }
)


@_attrs_define
class QueryResults:
    """
    Attributes:
        status (Status):
        results (list[QueryResult] | None | Unset):
        warnings (list[str] | None | Unset):
    """

    status: Status
    results: list[QueryResult] | None | Unset = UNSET
    warnings: list[str] | None | Unset = UNSET
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
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(status={self.status!r}, results={self.results!r}, warnings={self.warnings!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.status == other.status
            and self.results == other.results
            and self.warnings == other.warnings
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        results: list[dict[str, Any]] | None | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        elif isinstance(self.results, list):
            results = []
            for results_type_0_item_data in self.results:
                results_type_0_item = results_type_0_item_data.to_dict()
                results.append(results_type_0_item)

        else:
            results = self.results

        warnings: list[str] | None | Unset
        if isinstance(self.warnings, Unset):
            warnings = UNSET
        elif isinstance(self.warnings, list):
            warnings = self.warnings

        else:
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if results is not UNSET:
            field_dict["results"] = results
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        status = Status.from_dict(src_dict["status"])

        results: list[QueryResult] | None | Unset
        _results_raw = src_dict.get("results", UNSET)
        if _results_raw is None or isinstance(_results_raw, Unset):
            results = _results_raw
        else:
            _results_ok = False
            if isinstance(_results_raw, list):
                try:
                    results_type_0 = []
                    _results_type_0 = _results_raw
                    for results_type_0_item_data in _results_type_0:
                        results_type_0_item = QueryResult.from_dict(
                            results_type_0_item_data
                        )

                        results_type_0.append(results_type_0_item)

                    results = results_type_0
                    _results_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _results_ok:
                results = _results_raw

        warnings: list[str] | None | Unset
        _warnings_raw = src_dict.get("warnings", UNSET)
        if _warnings_raw is None or isinstance(_warnings_raw, Unset):
            warnings = _warnings_raw
        else:
            _warnings_ok = False
            if isinstance(_warnings_raw, list):
                try:
                    warnings_type_0 = _warnings_raw

                    warnings = warnings_type_0
                    _warnings_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _warnings_ok:
                warnings = _warnings_raw

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is QueryResults:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            query_results = object.__new__(cls)
            query_results.status = status
            query_results.results = results
            query_results.warnings = warnings
            query_results.additional_properties = additional_properties
        else:
            query_results = cls(
                status=status,
                results=results,
                warnings=warnings,
            )
            query_results.additional_properties = additional_properties
        return query_results

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
from ..models.query_result import QueryResult
from ..models.status import Status
