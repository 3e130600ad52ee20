from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="ProvGraphRestoreResponse")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "status",
        "trial_mode",
        "abort_if_failures",
        "task_ids",
    }
)


@_attrs_define
class ProvGraphRestoreResponse:
    """
    Attributes:
        status (Status):
        trial_mode (bool):
        abort_if_failures (bool):
        task_ids (list[str] | None | Unset):
    """

    status: Status
    trial_mode: bool
    abort_if_failures: bool
    task_ids: list[str] | None | Unset = UNSET
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
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(status={self.status!r}, trial_mode={self.trial_mode!r}, abort_if_failures={self.abort_if_failures!r}, task_ids={self.task_ids!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.status == other.status
            and self.trial_mode == other.trial_mode
            and self.abort_if_failures == other.abort_if_failures
            and self.task_ids == other.task_ids
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        trial_mode = self.trial_mode

        abort_if_failures = self.abort_if_failures

        task_ids: list[str] | None | Unset
        if isinstance(self.task_ids, Unset):
            task_ids = UNSET
        elif isinstance(self.task_ids, list):
            task_ids = self.task_ids

        else:
            task_ids = self.task_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "trial_mode": trial_mode,
                "abort_if_failures": abort_if_failures,
            }
        )
        if task_ids is not UNSET:
            field_dict["task_ids"] = task_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        status = Status.from_dict(src_dict["status"])

        trial_mode = src_dict["trial_mode"]

        abort_if_failures = src_dict["abort_if_failures"]

        task_ids: list[str] | None | Unset
        _task_ids_raw = src_dict.get("task_ids", UNSET)
        if _task_ids_raw is None or isinstance(_task_ids_raw, Unset):
            task_ids = _task_ids_raw
        else:
            _task_ids_ok = False
            if isinstance(_task_ids_raw, list):
                try:
                    task_ids_type_0 = _task_ids_raw

                    task_ids = task_ids_type_0
                    _task_ids_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _task_ids_ok:
                task_ids = _task_ids_raw

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is ProvGraphRestoreResponse:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            prov_graph_restore_response = object.__new__(cls)
            prov_graph_restore_response.status = status
            prov_graph_restore_response.trial_mode = trial_mode
            prov_graph_restore_response.abort_if_failures = abort_if_failures
            prov_graph_restore_response.task_ids = task_ids
            prov_graph_restore_response.additional_properties = additional_properties
        else:
            prov_graph_restore_response = cls(
                status=status,
                trial_mode=trial_mode,
                abort_if_failures=abort_if_failures,
                task_ids=task_ids,
            )
            prov_graph_restore_response.additional_properties = additional_properties
        return prov_graph_restore_response

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
from ..models.status import Status
