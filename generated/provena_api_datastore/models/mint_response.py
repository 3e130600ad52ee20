from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="MintResponse")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "status",
        "handle",
        "s3_location",
        "register_create_activity_session_id",
    }
)


@_attrs_define
class MintResponse:
    """
    Attributes:
        status (Status):
        handle (None | str | Unset):
        s3_location (None | S3Location | Unset):
        register_create_activity_session_id (None | str | Unset):
    """

    status: Status
    handle: None | str | Unset = UNSET
    s3_location: None | S3Location | Unset = UNSET
    register_create_activity_session_id: None | str | Unset = UNSET
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
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(status={self.status!r}, handle={self.handle!r}, s3_location={self.s3_location!r}, register_create_activity_session_id={self.register_create_activity_session_id!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.status == other.status
            and self.handle == other.handle
            and self.s3_location == other.s3_location
            and self.register_create_activity_session_id
            == other.register_create_activity_session_id
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        handle: None | str | Unset
        if isinstance(self.handle, Unset):
            handle = UNSET
        else:
            handle = self.handle

        s3_location: dict[str, Any] | None | Unset
        if isinstance(self.s3_location, Unset):
            s3_location = UNSET
        elif isinstance(self.s3_location, S3Location):
            s3_location = self.s3_location.to_dict()
        else:
            s3_location = self.s3_location

        register_create_activity_session_id: None | str | Unset
        if isinstance(self.register_create_activity_session_id, Unset):
            register_create_activity_session_id = UNSET
        else:
            register_create_activity_session_id = (
                self.register_create_activity_session_id
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if handle is not UNSET:
            field_dict["handle"] = handle
        if s3_location is not UNSET:
            field_dict["s3_location"] = s3_location
        if register_create_activity_session_id is not UNSET:
            field_dict["register_create_activity_session_id"] = (
                register_create_activity_session_id
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        status = Status.from_dict(src_dict["status"])

        handle = src_dict.get("handle", UNSET)

        s3_location: None | S3Location | Unset
        _s3_location_raw = src_dict.get("s3_location", UNSET)
        if _s3_location_raw is None or isinstance(_s3_location_raw, Unset):
            s3_location = _s3_location_raw
        else:
            _s3_location_ok = False
            if isinstance(_s3_location_raw, dict):
                try:
                    s3_location_type_0 = S3Location.from_dict(_s3_location_raw)

                    s3_location = s3_location_type_0
                    _s3_location_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _s3_location_ok:
                s3_location = _s3_location_raw

        register_create_activity_session_id = src_dict.get(
            "register_create_activity_session_id", UNSET
        )

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is MintResponse:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            mint_response = object.__new__(cls)
            mint_response.status = status
            mint_response.handle = handle
            mint_response.s3_location = s3_location
            mint_response.register_create_activity_session_id = (
                register_create_activity_session_id
            )
            mint_response.additional_properties = additional_properties
        else:
            mint_response = cls(
                status=status,
                handle=handle,
                s3_location=s3_location,
                register_create_activity_session_id=register_create_activity_session_id,
            )
            mint_response.additional_properties = additional_properties
        return mint_response

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
from ..models.s3_location import S3Location
from ..models.status import Status
