from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_category import ItemCategory
from ..models.item_sub_type import ItemSubType
from ..models.record_type import RecordType
from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="SeededItem")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "owner_username",
        "created_timestamp",
        "updated_timestamp",
        "item_category",
        "item_subtype",
        "record_type",
        "workflow_links",
        "versioning_info",
    }
)


@_attrs_define
class SeededItem:
    """
    Attributes:
        id (str):
        owner_username (str):
        created_timestamp (int):
        updated_timestamp (int):
        item_category (ItemCategory):
        item_subtype (ItemSubType):
        record_type (RecordType):
        workflow_links (None | Unset | WorkflowLinks):
        versioning_info (None | Unset | VersioningInfo):
    """

    id: str
    owner_username: str
    created_timestamp: int
    updated_timestamp: int
    item_category: ItemCategory
    item_subtype: ItemSubType
    record_type: RecordType
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
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(id={self.id!r}, owner_username={self.owner_username!r}, created_timestamp={self.created_timestamp!r}, updated_timestamp={self.updated_timestamp!r}, item_category={self.item_category!r}, item_subtype={self.item_subtype!r}, record_type={self.record_type!r}, workflow_links={self.workflow_links!r}, versioning_info={self.versioning_info!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.owner_username == other.owner_username
            and self.created_timestamp == other.created_timestamp
            and self.updated_timestamp == other.updated_timestamp
            and self.item_category == other.item_category
            and self.item_subtype == other.item_subtype
            and self.record_type == other.record_type
            and self.workflow_links == other.workflow_links
            and self.versioning_info == other.versioning_info
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        owner_username = self.owner_username

        created_timestamp = self.created_timestamp

        updated_timestamp = self.updated_timestamp

        item_category = self.item_category.value

        item_subtype = self.item_subtype.value

        record_type = self.record_type.value

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
                "id": id,
                "owner_username": owner_username,
                "created_timestamp": created_timestamp,
                "updated_timestamp": updated_timestamp,
                "item_category": item_category,
                "item_subtype": item_subtype,
                "record_type": record_type,
            }
        )
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
        id = src_dict["id"]

        owner_username = src_dict["owner_username"]

        created_timestamp = src_dict["created_timestamp"]

        updated_timestamp = src_dict["updated_timestamp"]

        item_category = ItemCategory._parse(src_dict["item_category"])

        item_subtype = ItemSubType._parse(src_dict["item_subtype"])

        record_type = RecordType._parse(src_dict["record_type"])

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
        if cls is SeededItem:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            seeded_item = object.__new__(cls)
            seeded_item.id = id
            seeded_item.owner_username = owner_username
            seeded_item.created_timestamp = created_timestamp
            seeded_item.updated_timestamp = updated_timestamp
            seeded_item.item_category = item_category
            seeded_item.item_subtype = item_subtype
            seeded_item.record_type = record_type
            seeded_item.workflow_links = workflow_links
            seeded_item.versioning_info = versioning_info
            seeded_item.additional_properties = additional_properties
        else:
            seeded_item = cls(
                id=id,
                owner_username=owner_username,
                created_timestamp=created_timestamp,
                updated_timestamp=updated_timestamp,
                item_category=item_category,
                item_subtype=item_subtype,
                record_type=record_type,
                workflow_links=workflow_links,
                versioning_info=versioning_info,
            )
            seeded_item.additional_properties = additional_properties
        return seeded_item

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
from ..models.versioning_info import VersioningInfo
from ..models.workflow_links import WorkflowLinks
