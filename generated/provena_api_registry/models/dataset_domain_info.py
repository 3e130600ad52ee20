from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.released_status import ReleasedStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetDomainInfo")


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
        d = dict(src_dict)
        display_name = d.pop("display_name")

        collection_format = DatasetMetadata.from_dict(d.pop("collection_format"))

        s3 = S3Location.from_dict(d.pop("s3"))

        release_status = ReleasedStatus(d.pop("release_status"))

        def _parse_user_metadata(
            data: object,
        ) -> DatasetDomainInfoUserMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_metadata_type_0 = DatasetDomainInfoUserMetadataType0.from_dict(
                    data
                )

                return user_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetDomainInfoUserMetadataType0 | None | Unset, data)

        user_metadata = _parse_user_metadata(d.pop("user_metadata", UNSET))

        def _parse_release_history(
            data: object,
        ) -> list[ReleaseHistoryEntry] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                release_history_type_0 = []
                _release_history_type_0 = data
                for release_history_type_0_item_data in _release_history_type_0:
                    release_history_type_0_item = ReleaseHistoryEntry.from_dict(
                        release_history_type_0_item_data
                    )

                    release_history_type_0.append(release_history_type_0_item)

                return release_history_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReleaseHistoryEntry] | None | Unset, data)

        release_history = _parse_release_history(d.pop("release_history", UNSET))

        def _parse_release_approver(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        release_approver = _parse_release_approver(d.pop("release_approver", UNSET))

        def _parse_release_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        release_timestamp = _parse_release_timestamp(d.pop("release_timestamp", UNSET))

        def _parse_access_info_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        access_info_uri = _parse_access_info_uri(d.pop("access_info_uri", UNSET))

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

        dataset_domain_info.additional_properties = d
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
