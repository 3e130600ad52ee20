from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.released_status import ReleasedStatus
from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="DatasetDomainInfo")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "display_name",
        "collection_format",
        "s3",
        "release_status",
        "user_metadata",
        "release_history",
        "release_approver",
        "release_timestamp",
        "access_info_uri",
    }
)


@_attrs_define
class DatasetDomainInfo:
    """
    Attributes:
        display_name (str):
        collection_format (DatasetMetadata): This form collects metadata about the dataset you are registering as well
            as the registration itself. Please ensure the fields below are completed accurately.
        s3 (S3Location):
        release_status (ReleasedStatus):
        user_metadata (DatasetDomainInfoUserMetadataType0 | None | Unset): Optionally provide a collection of key value
            annotations describing this resource.
        release_history (list[ReleaseHistoryEntry] | None | Unset):
        release_approver (None | str | Unset):
        release_timestamp (int | None | Unset):
        access_info_uri (None | str | Unset): Provide the best URI of the externally hosted data.
    """

    display_name: str
    collection_format: DatasetMetadata
    s3: S3Location
    release_status: ReleasedStatus
    user_metadata: DatasetDomainInfoUserMetadataType0 | None | Unset = UNSET
    release_history: list[ReleaseHistoryEntry] | None | Unset = UNSET
    release_approver: None | str | Unset = UNSET
    release_timestamp: int | None | Unset = UNSET
    access_info_uri: None | str | Unset = UNSET
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
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(display_name={self.display_name!r}, collection_format={self.collection_format!r}, s3={self.s3!r}, release_status={self.release_status!r}, user_metadata={self.user_metadata!r}, release_history={self.release_history!r}, release_approver={self.release_approver!r}, release_timestamp={self.release_timestamp!r}, access_info_uri={self.access_info_uri!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.display_name == other.display_name
            and self.collection_format == other.collection_format
            and self.s3 == other.s3
            and self.release_status == other.release_status
            and self.user_metadata == other.user_metadata
            and self.release_history == other.release_history
            and self.release_approver == other.release_approver
            and self.release_timestamp == other.release_timestamp
            and self.access_info_uri == other.access_info_uri
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        collection_format = self.collection_format.to_dict()

        s3 = self.s3.to_dict()

        release_status = self.release_status.value

        user_metadata: dict[str, Any] | None | Unset
        if isinstance(self.user_metadata, Unset):
            user_metadata = UNSET
        elif isinstance(self.user_metadata, DatasetDomainInfoUserMetadataType0):
            user_metadata = self.user_metadata.to_dict()
        else:
            user_metadata = self.user_metadata

        release_history: list[dict[str, Any]] | None | Unset
        if isinstance(self.release_history, Unset):
            release_history = UNSET
        elif isinstance(self.release_history, list):
            release_history = []
            for release_history_type_0_item_data in self.release_history:
                release_history_type_0_item = release_history_type_0_item_data.to_dict()
                release_history.append(release_history_type_0_item)

        else:
            release_history = self.release_history

        release_approver: None | str | Unset
        if isinstance(self.release_approver, Unset):
            release_approver = UNSET
        else:
            release_approver = self.release_approver

        release_timestamp: int | None | Unset
        if isinstance(self.release_timestamp, Unset):
            release_timestamp = UNSET
        else:
            release_timestamp = self.release_timestamp

        access_info_uri: None | str | Unset
        if isinstance(self.access_info_uri, Unset):
            access_info_uri = UNSET
        else:
            access_info_uri = self.access_info_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "collection_format": collection_format,
                "s3": s3,
                "release_status": release_status,
            }
        )
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata
        if release_history is not UNSET:
            field_dict["release_history"] = release_history
        if release_approver is not UNSET:
            field_dict["release_approver"] = release_approver
        if release_timestamp is not UNSET:
            field_dict["release_timestamp"] = release_timestamp
        if access_info_uri is not UNSET:
            field_dict["access_info_uri"] = access_info_uri

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        display_name = src_dict["display_name"]

        collection_format = DatasetMetadata.from_dict(src_dict["collection_format"])

        s3 = S3Location.from_dict(src_dict["s3"])

        release_status = ReleasedStatus._parse(src_dict["release_status"])

        user_metadata: DatasetDomainInfoUserMetadataType0 | None | Unset
        _user_metadata_raw = src_dict.get("user_metadata", UNSET)
        if _user_metadata_raw is None or isinstance(_user_metadata_raw, Unset):
            user_metadata = _user_metadata_raw
        else:
            _user_metadata_ok = False
            if isinstance(_user_metadata_raw, dict):
                try:
                    user_metadata_type_0 = DatasetDomainInfoUserMetadataType0.from_dict(
                        _user_metadata_raw
                    )

                    user_metadata = user_metadata_type_0
                    _user_metadata_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _user_metadata_ok:
                user_metadata = _user_metadata_raw

        release_history: list[ReleaseHistoryEntry] | None | Unset
        _release_history_raw = src_dict.get("release_history", UNSET)
        if _release_history_raw is None or isinstance(_release_history_raw, Unset):
            release_history = _release_history_raw
        else:
            _release_history_ok = False
            if isinstance(_release_history_raw, list):
                try:
                    release_history_type_0 = []
                    _release_history_type_0 = _release_history_raw
                    for release_history_type_0_item_data in _release_history_type_0:
                        release_history_type_0_item = ReleaseHistoryEntry.from_dict(
                            release_history_type_0_item_data
                        )

                        release_history_type_0.append(release_history_type_0_item)

                    release_history = release_history_type_0
                    _release_history_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _release_history_ok:
                release_history = _release_history_raw

        release_approver = src_dict.get("release_approver", UNSET)

        release_timestamp = src_dict.get("release_timestamp", UNSET)

        access_info_uri = src_dict.get("access_info_uri", UNSET)

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is DatasetDomainInfo:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            dataset_domain_info = object.__new__(cls)
            dataset_domain_info.display_name = display_name
            dataset_domain_info.collection_format = collection_format
            dataset_domain_info.s3 = s3
            dataset_domain_info.release_status = release_status
            dataset_domain_info.user_metadata = user_metadata
            dataset_domain_info.release_history = release_history
            dataset_domain_info.release_approver = release_approver
            dataset_domain_info.release_timestamp = release_timestamp
            dataset_domain_info.access_info_uri = access_info_uri
            dataset_domain_info.additional_properties = additional_properties
        else:
            dataset_domain_info = cls(
                display_name=display_name,
                collection_format=collection_format,
                s3=s3,
                release_status=release_status,
                user_metadata=user_metadata,
                release_history=release_history,
                release_approver=release_approver,
                release_timestamp=release_timestamp,
                access_info_uri=access_info_uri,
            )
            dataset_domain_info.additional_properties = additional_properties
        return dataset_domain_info

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
from ..models.dataset_domain_info_user_metadata_type_0 import (
    DatasetDomainInfoUserMetadataType0,
)
from ..models.dataset_metadata import DatasetMetadata
from ..models.release_history_entry import ReleaseHistoryEntry
from ..models.s3_location import S3Location
