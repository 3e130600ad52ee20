from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="PersonDomainInfo")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "display_name",
        "email",
        "first_name",
        "last_name",
        "user_metadata",
        "orcid",
        "ethics_approved",
    }
)


@_attrs_define
class PersonDomainInfo:
    """
    Attributes:
        display_name (str):
        email (str):
        first_name (str):
        last_name (str):
        user_metadata (None | PersonDomainInfoUserMetadataType0 | Unset): Optionally provide a collection of key value
            annotations describing this resource.
        orcid (None | str | Unset):
        ethics_approved (bool | None | Unset):  Default: False.
    """

    display_name: str
    email: str
    first_name: str
    last_name: str
    user_metadata: None | PersonDomainInfoUserMetadataType0 | Unset = UNSET
    orcid: None | str | Unset = UNSET
    ethics_approved: bool | None | Unset = False
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
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(display_name={self.display_name!r}, email={self.email!r}, first_name={self.first_name!r}, last_name={self.last_name!r}, user_metadata={self.user_metadata!r}, orcid={self.orcid!r}, ethics_approved={self.ethics_approved!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.display_name == other.display_name
            and self.email == other.email
            and self.first_name == other.first_name
            and self.last_name == other.last_name
            and self.user_metadata == other.user_metadata
            and self.orcid == other.orcid
            and self.ethics_approved == other.ethics_approved
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        user_metadata: dict[str, Any] | None | Unset
        if isinstance(self.user_metadata, Unset):
            user_metadata = UNSET
        elif isinstance(self.user_metadata, PersonDomainInfoUserMetadataType0):
            user_metadata = self.user_metadata.to_dict()
        else:
            user_metadata = self.user_metadata

        orcid: None | str | Unset
        if isinstance(self.orcid, Unset):
            orcid = UNSET
        else:
            orcid = self.orcid

        ethics_approved: bool | None | Unset
        if isinstance(self.ethics_approved, Unset):
            ethics_approved = UNSET
        else:
            ethics_approved = self.ethics_approved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
            }
        )
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata
        if orcid is not UNSET:
            field_dict["orcid"] = orcid
        if ethics_approved is not UNSET:
            field_dict["ethics_approved"] = ethics_approved

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        display_name = src_dict["display_name"]

        email = src_dict["email"]

        first_name = src_dict["first_name"]

        last_name = src_dict["last_name"]

        user_metadata: None | PersonDomainInfoUserMetadataType0 | Unset
        _user_metadata_raw = src_dict.get("user_metadata", UNSET)
        if _user_metadata_raw is None or isinstance(_user_metadata_raw, Unset):
            user_metadata = _user_metadata_raw
        else:
            _user_metadata_ok = False
            if isinstance(_user_metadata_raw, dict):
                try:
                    user_metadata_type_0 = PersonDomainInfoUserMetadataType0.from_dict(
                        _user_metadata_raw
                    )

                    user_metadata = user_metadata_type_0
                    _user_metadata_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _user_metadata_ok:
                user_metadata = _user_metadata_raw

        orcid = src_dict.get("orcid", UNSET)

        ethics_approved = src_dict.get("ethics_approved", UNSET)

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is PersonDomainInfo:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            person_domain_info = object.__new__(cls)
            person_domain_info.display_name = display_name
            person_domain_info.email = email
            person_domain_info.first_name = first_name
            person_domain_info.last_name = last_name
            person_domain_info.user_metadata = user_metadata
            person_domain_info.orcid = orcid
            person_domain_info.ethics_approved = ethics_approved
            person_domain_info.additional_properties = additional_properties
        else:
            person_domain_info = cls(
                display_name=display_name,
                email=email,
                first_name=first_name,
                last_name=last_name,
                user_metadata=user_metadata,
                orcid=orcid,
                ethics_approved=ethics_approved,
            )
            person_domain_info.additional_properties = additional_properties
        return person_domain_info

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
from ..models.person_domain_info_user_metadata_type_0 import (
    PersonDomainInfoUserMetadataType0,
)
