from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_category import ItemCategory
from ..models.item_sub_type import ItemSubType
from ..models.record_type import RecordType
from ..models.released_status import ReleasedStatus
from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="ItemDataset")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "history",
        "display_name",
        "collection_format",
        "s3",
        "release_status",
        "id",
        "owner_username",
        "created_timestamp",
        "updated_timestamp",
        "record_type",
        "user_metadata",
        "release_history",
        "release_approver",
        "release_timestamp",
        "access_info_uri",
        "item_category",
        "item_subtype",
        "workflow_links",
        "versioning_info",
    }
)


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

    # __repr__, __eq__ and __ne__ are the ones attrs would generate, written out here: attrs leaves methods a
    # class defines itself alone, so importing a model no longer compiles them (about half of attrs' work per
    # class, paid by every first call). tests/pipeline/test_fast_from_dict.py holds them to attrs' own.
    def __repr__(self) -> str:
        seen = _repr_seen()
        if id(self) in seen:
            return "..."
        seen.add(id(self))
        try:
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(history={self.history!r}, display_name={self.display_name!r}, collection_format={self.collection_format!r}, s3={self.s3!r}, release_status={self.release_status!r}, id={self.id!r}, owner_username={self.owner_username!r}, created_timestamp={self.created_timestamp!r}, updated_timestamp={self.updated_timestamp!r}, record_type={self.record_type!r}, user_metadata={self.user_metadata!r}, release_history={self.release_history!r}, release_approver={self.release_approver!r}, release_timestamp={self.release_timestamp!r}, access_info_uri={self.access_info_uri!r}, item_category={self.item_category!r}, item_subtype={self.item_subtype!r}, workflow_links={self.workflow_links!r}, versioning_info={self.versioning_info!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.history == other.history
            and self.display_name == other.display_name
            and self.collection_format == other.collection_format
            and self.s3 == other.s3
            and self.release_status == other.release_status
            and self.id == other.id
            and self.owner_username == other.owner_username
            and self.created_timestamp == other.created_timestamp
            and self.updated_timestamp == other.updated_timestamp
            and self.record_type == other.record_type
            and self.user_metadata == other.user_metadata
            and self.release_history == other.release_history
            and self.release_approver == other.release_approver
            and self.release_timestamp == other.release_timestamp
            and self.access_info_uri == other.access_info_uri
            and self.item_category == other.item_category
            and self.item_subtype == other.item_subtype
            and self.workflow_links == other.workflow_links
            and self.versioning_info == other.versioning_info
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

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
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        history = []
        _history = src_dict["history"]
        for history_item_data in _history:
            history_item = HistoryEntryDatasetDomainInfo.from_dict(history_item_data)

            history.append(history_item)

        display_name = src_dict["display_name"]

        collection_format = DatasetMetadata.from_dict(src_dict["collection_format"])

        s3 = S3Location.from_dict(src_dict["s3"])

        release_status = ReleasedStatus._parse(src_dict["release_status"])

        id = src_dict["id"]

        owner_username = src_dict["owner_username"]

        created_timestamp = src_dict["created_timestamp"]

        updated_timestamp = src_dict["updated_timestamp"]

        record_type = RecordType._parse(src_dict["record_type"])

        user_metadata: ItemDatasetUserMetadataType0 | None | Unset
        _user_metadata_raw = src_dict.get("user_metadata", UNSET)
        if _user_metadata_raw is None or isinstance(_user_metadata_raw, Unset):
            user_metadata = _user_metadata_raw
        else:
            _user_metadata_ok = False
            if isinstance(_user_metadata_raw, dict):
                try:
                    user_metadata_type_0 = ItemDatasetUserMetadataType0.from_dict(
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

        item_category: ItemCategory | None | Unset
        _item_category_raw = src_dict.get("item_category", UNSET)
        if _item_category_raw is None or isinstance(_item_category_raw, Unset):
            item_category = _item_category_raw
        else:
            _item_category_ok = False
            if isinstance(_item_category_raw, str):
                try:
                    item_category_type_0 = ItemCategory._parse(_item_category_raw)

                    item_category = item_category_type_0
                    _item_category_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _item_category_ok:
                item_category = _item_category_raw

        item_subtype: ItemSubType | None | Unset
        _item_subtype_raw = src_dict.get("item_subtype", UNSET)
        if _item_subtype_raw is None or isinstance(_item_subtype_raw, Unset):
            item_subtype = _item_subtype_raw
        else:
            _item_subtype_ok = False
            if isinstance(_item_subtype_raw, str):
                try:
                    item_subtype_type_0 = ItemSubType._parse(_item_subtype_raw)

                    item_subtype = item_subtype_type_0
                    _item_subtype_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _item_subtype_ok:
                item_subtype = _item_subtype_raw

        workflow_links: None | Unset | WorkflowLinks
        _workflow_links_raw = src_dict.get("workflow_links", UNSET)
        if _workflow_links_raw is None or isinstance(_workflow_links_raw, Unset):
            workflow_links = _workflow_links_raw
        else:
            _workflow_links_ok = False
            if isinstance(_workflow_links_raw, dict):
                try:
                    workflow_links_type_0 = WorkflowLinks.from_dict(_workflow_links_raw)

                    workflow_links = workflow_links_type_0
                    _workflow_links_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _workflow_links_ok:
                workflow_links = _workflow_links_raw

        versioning_info: None | Unset | VersioningInfo
        _versioning_info_raw = src_dict.get("versioning_info", UNSET)
        if _versioning_info_raw is None or isinstance(_versioning_info_raw, Unset):
            versioning_info = _versioning_info_raw
        else:
            _versioning_info_ok = False
            if isinstance(_versioning_info_raw, dict):
                try:
                    versioning_info_type_0 = VersioningInfo.from_dict(
                        _versioning_info_raw
                    )

                    versioning_info = versioning_info_type_0
                    _versioning_info_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _versioning_info_ok:
                versioning_info = _versioning_info_raw

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is ItemDataset:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            item_dataset = object.__new__(cls)
            item_dataset.history = history
            item_dataset.display_name = display_name
            item_dataset.collection_format = collection_format
            item_dataset.s3 = s3
            item_dataset.release_status = release_status
            item_dataset.id = id
            item_dataset.owner_username = owner_username
            item_dataset.created_timestamp = created_timestamp
            item_dataset.updated_timestamp = updated_timestamp
            item_dataset.record_type = record_type
            item_dataset.user_metadata = user_metadata
            item_dataset.release_history = release_history
            item_dataset.release_approver = release_approver
            item_dataset.release_timestamp = release_timestamp
            item_dataset.access_info_uri = access_info_uri
            item_dataset.item_category = item_category
            item_dataset.item_subtype = item_subtype
            item_dataset.workflow_links = workflow_links
            item_dataset.versioning_info = versioning_info
            item_dataset.additional_properties = additional_properties
        else:
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
            item_dataset.additional_properties = additional_properties
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
