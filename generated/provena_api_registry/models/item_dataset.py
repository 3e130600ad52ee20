from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_category import ItemCategory
from ..models.item_sub_type import ItemSubType
from ..models.record_type import RecordType
from ..models.released_status import ReleasedStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemDataset")


@_attrs_define
class ItemDataset:
    """
    Attributes:
        history (list[HistoryEntryDatasetDomainInfo]):
        display_name (str):
        collection_format (DatasetMetadata): This form collects metadata about the dataset you are registering as well
            as the registration itself. Please ensure the fields below are completed accurately.
        s3 (S3Location):
        release_status (ReleasedStatus):
        id (str):
        owner_username (str):
        created_timestamp (int):
        updated_timestamp (int):
        record_type (RecordType):
        user_metadata (ItemDatasetUserMetadataType0 | None | Unset): Optionally provide a collection of key value
            annotations describing this resource.
        release_history (list[ReleaseHistoryEntry] | None | Unset):
        release_approver (None | str | Unset):
        release_timestamp (int | None | Unset):
        access_info_uri (None | str | Unset): Provide the best URI of the externally hosted data.
        item_category (ItemCategory | None | Unset):  Default: ItemCategory.ENTITY.
        item_subtype (ItemSubType | None | Unset):  Default: ItemSubType.DATASET.
        workflow_links (None | Unset | WorkflowLinks):
        versioning_info (None | Unset | VersioningInfo):
    """

    history: list[HistoryEntryDatasetDomainInfo]
    display_name: str
    collection_format: DatasetMetadata
    s3: S3Location
    release_status: ReleasedStatus
    id: str
    owner_username: str
    created_timestamp: int
    updated_timestamp: int
    record_type: RecordType
    user_metadata: ItemDatasetUserMetadataType0 | None | Unset = UNSET
    release_history: list[ReleaseHistoryEntry] | None | Unset = UNSET
    release_approver: None | str | Unset = UNSET
    release_timestamp: int | None | Unset = UNSET
    access_info_uri: None | str | Unset = UNSET
    item_category: ItemCategory | None | Unset = ItemCategory.ENTITY
    item_subtype: ItemSubType | None | Unset = ItemSubType.DATASET
    workflow_links: None | Unset | WorkflowLinks = UNSET
    versioning_info: None | Unset | VersioningInfo = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        display_name = self.display_name

        collection_format = self.collection_format.to_dict()

        s3 = self.s3.to_dict()

        release_status = self.release_status.value

        id = self.id

        owner_username = self.owner_username

        created_timestamp = self.created_timestamp

        updated_timestamp = self.updated_timestamp

        record_type = self.record_type.value

        user_metadata: dict[str, Any] | None | Unset
        if isinstance(self.user_metadata, Unset):
            user_metadata = UNSET
        elif isinstance(self.user_metadata, ItemDatasetUserMetadataType0):
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

        item_category: None | str | Unset
        if isinstance(self.item_category, Unset):
            item_category = UNSET
        elif isinstance(self.item_category, ItemCategory):
            item_category = self.item_category.value
        else:
            item_category = self.item_category

        item_subtype: None | str | Unset
        if isinstance(self.item_subtype, Unset):
            item_subtype = UNSET
        elif isinstance(self.item_subtype, ItemSubType):
            item_subtype = self.item_subtype.value
        else:
            item_subtype = self.item_subtype

        workflow_links: dict[str, Any] | None | Unset
        if isinstance(self.workflow_links, Unset):
            workflow_links = UNSET
        elif isinstance(self.workflow_links, WorkflowLinks):
            workflow_links = self.workflow_links.to_dict()
        else:
            workflow_links = self.workflow_links

        versioning_info: dict[str, Any] | None | Unset
        if isinstance(self.versioning_info, Unset):
            versioning_info = UNSET
        elif isinstance(self.versioning_info, VersioningInfo):
            versioning_info = self.versioning_info.to_dict()
        else:
            versioning_info = self.versioning_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "history": history,
                "display_name": display_name,
                "collection_format": collection_format,
                "s3": s3,
                "release_status": release_status,
                "id": id,
                "owner_username": owner_username,
                "created_timestamp": created_timestamp,
                "updated_timestamp": updated_timestamp,
                "record_type": record_type,
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
        if item_category is not UNSET:
            field_dict["item_category"] = item_category
        if item_subtype is not UNSET:
            field_dict["item_subtype"] = item_subtype
        if workflow_links is not UNSET:
            field_dict["workflow_links"] = workflow_links
        if versioning_info is not UNSET:
            field_dict["versioning_info"] = versioning_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = HistoryEntryDatasetDomainInfo.from_dict(history_item_data)

            history.append(history_item)

        display_name = d.pop("display_name")

        collection_format = DatasetMetadata.from_dict(d.pop("collection_format"))

        s3 = S3Location.from_dict(d.pop("s3"))

        release_status = ReleasedStatus(d.pop("release_status"))

        id = d.pop("id")

        owner_username = d.pop("owner_username")

        created_timestamp = d.pop("created_timestamp")

        updated_timestamp = d.pop("updated_timestamp")

        record_type = RecordType(d.pop("record_type"))

        def _parse_user_metadata(
            data: object,
        ) -> ItemDatasetUserMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_metadata_type_0 = ItemDatasetUserMetadataType0.from_dict(data)

                return user_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemDatasetUserMetadataType0 | None | Unset, data)

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

        def _parse_item_category(data: object) -> ItemCategory | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                item_category_type_0 = ItemCategory(data)

                return item_category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemCategory | None | Unset, data)

        item_category = _parse_item_category(d.pop("item_category", UNSET))

        def _parse_item_subtype(data: object) -> ItemSubType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                item_subtype_type_0 = ItemSubType(data)

                return item_subtype_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemSubType | None | Unset, data)

        item_subtype = _parse_item_subtype(d.pop("item_subtype", UNSET))

        def _parse_workflow_links(data: object) -> None | Unset | WorkflowLinks:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workflow_links_type_0 = WorkflowLinks.from_dict(data)

                return workflow_links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowLinks, data)

        workflow_links = _parse_workflow_links(d.pop("workflow_links", UNSET))

        def _parse_versioning_info(data: object) -> None | Unset | VersioningInfo:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                versioning_info_type_0 = VersioningInfo.from_dict(data)

                return versioning_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VersioningInfo, data)

        versioning_info = _parse_versioning_info(d.pop("versioning_info", UNSET))

        item_dataset = cls(
            history=history,
            display_name=display_name,
            collection_format=collection_format,
            s3=s3,
            release_status=release_status,
            id=id,
            owner_username=owner_username,
            created_timestamp=created_timestamp,
            updated_timestamp=updated_timestamp,
            record_type=record_type,
            user_metadata=user_metadata,
            release_history=release_history,
            release_approver=release_approver,
            release_timestamp=release_timestamp,
            access_info_uri=access_info_uri,
            item_category=item_category,
            item_subtype=item_subtype,
            workflow_links=workflow_links,
            versioning_info=versioning_info,
        )

        item_dataset.additional_properties = d
        return item_dataset

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
from ..models.dataset_metadata import DatasetMetadata
from ..models.history_entry_dataset_domain_info import HistoryEntryDatasetDomainInfo
from ..models.item_dataset_user_metadata_type_0 import ItemDatasetUserMetadataType0
from ..models.release_history_entry import ReleaseHistoryEntry
from ..models.s3_location import S3Location
from ..models.versioning_info import VersioningInfo
from ..models.workflow_links import WorkflowLinks
