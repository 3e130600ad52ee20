from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="DatasetInformation")


@_attrs_define
class DatasetInformation:
    """Please provide information about this dataset, including the name, description, creation date and publisher
    information.

        Attributes:
            name (str): Please provide a readable name for the dataset.
            description (str): Please provide a more detailed description of the dataset. This should include the nature of
                the data, the intended usage, and any other relevant information.
            access_info (AccessInfo): Please specify whether data is going to be stored in the Data Store, or referenced
                from an existing, externally hosted, source.
            publisher_id (str): Please provide information about the organisation which is publishing or producing this
                dataset. If this is your organisation, please select it again using the tool below.
            created_date (DatasetCreationDate): Has the dataset been created? If so, please provide the date on which this
                version of the dataset was produced or generated.
            published_date (DatasetPublicationDate): Has the dataset been published? If so, please provide the date on which
                this version of the dataset was first published.
            license_ (str): Please select a standard license for usage, by default it will be 'Copyright'.
            purpose (None | str | Unset): A brief description of the reason a data asset was created. Should be a good guide
                to the potential usefulness of a data asset to other users.
            rights_holder (None | str | Unset): Specify the party owning or managing rights over the resource. Please ensure
                you have sought consent to include these details in the record.
            usage_limitations (None | str | Unset): A statement that provides information on any caveats or restrictions on
                access or on the use of the data asset, including legal, security, privacy, commercial or other limitations.
            preferred_citation (None | str | Unset): If you would like to specify how this dataset should be cited, please
                use the checkbox below to indicate this preference, and enter your preferred citation in the text box.
            spatial_info (DatasetSpatialInformation | None | Unset):
            temporal_info (DatasetTemporalInformation | None | Unset):
            formats (list[str] | None | Unset): What file formats are present in this dataset? E.g. "pdf", "csv" etc.
            keywords (list[str] | None | Unset): Provide a list of keywords which describe your dataset [Optional].
            user_metadata (DatasetInformationUserMetadataType0 | None | Unset): Optionally provide a collection of key value
                annotations for this dataset.
            version (None | str | Unset):
    """

    name: str
    description: str
    access_info: AccessInfo
    publisher_id: str
    created_date: DatasetCreationDate
    published_date: DatasetPublicationDate
    license_: str
    purpose: None | str | Unset = UNSET
    rights_holder: None | str | Unset = UNSET
    usage_limitations: None | str | Unset = UNSET
    preferred_citation: None | str | Unset = UNSET
    spatial_info: DatasetSpatialInformation | None | Unset = UNSET
    temporal_info: DatasetTemporalInformation | None | Unset = UNSET
    formats: list[str] | None | Unset = UNSET
    keywords: list[str] | None | Unset = UNSET
    user_metadata: DatasetInformationUserMetadataType0 | None | Unset = UNSET
    version: None | str | Unset = UNSET

    # __repr__, __eq__ and __ne__ are the ones attrs would generate, written out here: attrs leaves methods a
    # class defines itself alone, so importing a model no longer compiles them (about half of attrs' work per
    # class, paid by every first call). tests/pipeline/test_fast_from_dict.py holds them to attrs' own.
    def __repr__(self) -> str:
        seen = _repr_seen()
        if id(self) in seen:
            return "..."
        seen.add(id(self))
        try:
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(name={self.name!r}, description={self.description!r}, access_info={self.access_info!r}, publisher_id={self.publisher_id!r}, created_date={self.created_date!r}, published_date={self.published_date!r}, license_={self.license_!r}, purpose={self.purpose!r}, rights_holder={self.rights_holder!r}, usage_limitations={self.usage_limitations!r}, preferred_citation={self.preferred_citation!r}, spatial_info={self.spatial_info!r}, temporal_info={self.temporal_info!r}, formats={self.formats!r}, keywords={self.keywords!r}, user_metadata={self.user_metadata!r}, version={self.version!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.name == other.name
            and self.description == other.description
            and self.access_info == other.access_info
            and self.publisher_id == other.publisher_id
            and self.created_date == other.created_date
            and self.published_date == other.published_date
            and self.license_ == other.license_
            and self.purpose == other.purpose
            and self.rights_holder == other.rights_holder
            and self.usage_limitations == other.usage_limitations
            and self.preferred_citation == other.preferred_citation
            and self.spatial_info == other.spatial_info
            and self.temporal_info == other.temporal_info
            and self.formats == other.formats
            and self.keywords == other.keywords
            and self.user_metadata == other.user_metadata
            and self.version == other.version
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        access_info = self.access_info.to_dict()

        publisher_id = self.publisher_id

        created_date = self.created_date.to_dict()

        published_date = self.published_date.to_dict()

        license_ = self.license_

        purpose: None | str | Unset
        if isinstance(self.purpose, Unset):
            purpose = UNSET
        else:
            purpose = self.purpose

        rights_holder: None | str | Unset
        if isinstance(self.rights_holder, Unset):
            rights_holder = UNSET
        else:
            rights_holder = self.rights_holder

        usage_limitations: None | str | Unset
        if isinstance(self.usage_limitations, Unset):
            usage_limitations = UNSET
        else:
            usage_limitations = self.usage_limitations

        preferred_citation: None | str | Unset
        if isinstance(self.preferred_citation, Unset):
            preferred_citation = UNSET
        else:
            preferred_citation = self.preferred_citation

        spatial_info: dict[str, Any] | None | Unset
        if isinstance(self.spatial_info, Unset):
            spatial_info = UNSET
        elif isinstance(self.spatial_info, DatasetSpatialInformation):
            spatial_info = self.spatial_info.to_dict()
        else:
            spatial_info = self.spatial_info

        temporal_info: dict[str, Any] | None | Unset
        if isinstance(self.temporal_info, Unset):
            temporal_info = UNSET
        elif isinstance(self.temporal_info, DatasetTemporalInformation):
            temporal_info = self.temporal_info.to_dict()
        else:
            temporal_info = self.temporal_info

        formats: list[str] | None | Unset
        if isinstance(self.formats, Unset):
            formats = UNSET
        elif isinstance(self.formats, list):
            formats = self.formats

        else:
            formats = self.formats

        keywords: list[str] | None | Unset
        if isinstance(self.keywords, Unset):
            keywords = UNSET
        elif isinstance(self.keywords, list):
            keywords = self.keywords

        else:
            keywords = self.keywords

        user_metadata: dict[str, Any] | None | Unset
        if isinstance(self.user_metadata, Unset):
            user_metadata = UNSET
        elif isinstance(self.user_metadata, DatasetInformationUserMetadataType0):
            user_metadata = self.user_metadata.to_dict()
        else:
            user_metadata = self.user_metadata

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "description": description,
                "access_info": access_info,
                "publisher_id": publisher_id,
                "created_date": created_date,
                "published_date": published_date,
                "license": license_,
            }
        )
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if rights_holder is not UNSET:
            field_dict["rights_holder"] = rights_holder
        if usage_limitations is not UNSET:
            field_dict["usage_limitations"] = usage_limitations
        if preferred_citation is not UNSET:
            field_dict["preferred_citation"] = preferred_citation
        if spatial_info is not UNSET:
            field_dict["spatial_info"] = spatial_info
        if temporal_info is not UNSET:
            field_dict["temporal_info"] = temporal_info
        if formats is not UNSET:
            field_dict["formats"] = formats
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        name = src_dict["name"]

        description = src_dict["description"]

        access_info = AccessInfo.from_dict(src_dict["access_info"])

        publisher_id = src_dict["publisher_id"]

        created_date = DatasetCreationDate.from_dict(src_dict["created_date"])

        published_date = DatasetPublicationDate.from_dict(src_dict["published_date"])

        license_ = src_dict["license"]

        purpose = src_dict.get("purpose", UNSET)

        rights_holder = src_dict.get("rights_holder", UNSET)

        usage_limitations = src_dict.get("usage_limitations", UNSET)

        preferred_citation = src_dict.get("preferred_citation", UNSET)

        spatial_info: DatasetSpatialInformation | None | Unset
        _spatial_info_raw = src_dict.get("spatial_info", UNSET)
        if _spatial_info_raw is None or isinstance(_spatial_info_raw, Unset):
            spatial_info = _spatial_info_raw
        else:
            _spatial_info_ok = False
            if isinstance(_spatial_info_raw, dict):
                try:
                    spatial_info_type_0 = DatasetSpatialInformation.from_dict(
                        _spatial_info_raw
                    )

                    spatial_info = spatial_info_type_0
                    _spatial_info_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _spatial_info_ok:
                spatial_info = _spatial_info_raw

        temporal_info: DatasetTemporalInformation | None | Unset
        _temporal_info_raw = src_dict.get("temporal_info", UNSET)
        if _temporal_info_raw is None or isinstance(_temporal_info_raw, Unset):
            temporal_info = _temporal_info_raw
        else:
            _temporal_info_ok = False
            if isinstance(_temporal_info_raw, dict):
                try:
                    temporal_info_type_0 = DatasetTemporalInformation.from_dict(
                        _temporal_info_raw
                    )

                    temporal_info = temporal_info_type_0
                    _temporal_info_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _temporal_info_ok:
                temporal_info = _temporal_info_raw

        formats: list[str] | None | Unset
        _formats_raw = src_dict.get("formats", UNSET)
        if _formats_raw is None or isinstance(_formats_raw, Unset):
            formats = _formats_raw
        else:
            _formats_ok = False
            if isinstance(_formats_raw, list):
                try:
                    formats_type_0 = _formats_raw

                    formats = formats_type_0
                    _formats_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _formats_ok:
                formats = _formats_raw

        keywords: list[str] | None | Unset
        _keywords_raw = src_dict.get("keywords", UNSET)
        if _keywords_raw is None or isinstance(_keywords_raw, Unset):
            keywords = _keywords_raw
        else:
            _keywords_ok = False
            if isinstance(_keywords_raw, list):
                try:
                    keywords_type_0 = _keywords_raw

                    keywords = keywords_type_0
                    _keywords_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _keywords_ok:
                keywords = _keywords_raw

        user_metadata: DatasetInformationUserMetadataType0 | None | Unset
        _user_metadata_raw = src_dict.get("user_metadata", UNSET)
        if _user_metadata_raw is None or isinstance(_user_metadata_raw, Unset):
            user_metadata = _user_metadata_raw
        else:
            _user_metadata_ok = False
            if isinstance(_user_metadata_raw, dict):
                try:
                    user_metadata_type_0 = (
                        DatasetInformationUserMetadataType0.from_dict(
                            _user_metadata_raw
                        )
                    )

                    user_metadata = user_metadata_type_0
                    _user_metadata_ok = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not _user_metadata_ok:
                user_metadata = _user_metadata_raw

        version = src_dict.get("version", UNSET)

        if cls is DatasetInformation:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            dataset_information = object.__new__(cls)
            dataset_information.name = name
            dataset_information.description = description
            dataset_information.access_info = access_info
            dataset_information.publisher_id = publisher_id
            dataset_information.created_date = created_date
            dataset_information.published_date = published_date
            dataset_information.license_ = license_
            dataset_information.purpose = purpose
            dataset_information.rights_holder = rights_holder
            dataset_information.usage_limitations = usage_limitations
            dataset_information.preferred_citation = preferred_citation
            dataset_information.spatial_info = spatial_info
            dataset_information.temporal_info = temporal_info
            dataset_information.formats = formats
            dataset_information.keywords = keywords
            dataset_information.user_metadata = user_metadata
            dataset_information.version = version
        else:
            dataset_information = cls(
                name=name,
                description=description,
                access_info=access_info,
                publisher_id=publisher_id,
                created_date=created_date,
                published_date=published_date,
                license_=license_,
                purpose=purpose,
                rights_holder=rights_holder,
                usage_limitations=usage_limitations,
                preferred_citation=preferred_citation,
                spatial_info=spatial_info,
                temporal_info=temporal_info,
                formats=formats,
                keywords=keywords,
                user_metadata=user_metadata,
                version=version,
            )
        return dataset_information


# Models that may refer back to this one: imported once the class exists (an import cycle then finds it),
# not inside each method, where every call would pay for the import statement.
from ..models.access_info import AccessInfo
from ..models.dataset_creation_date import DatasetCreationDate
from ..models.dataset_information_user_metadata_type_0 import (
    DatasetInformationUserMetadataType0,
)
from ..models.dataset_publication_date import DatasetPublicationDate
from ..models.dataset_spatial_information import DatasetSpatialInformation
from ..models.dataset_temporal_information import DatasetTemporalInformation
