from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

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
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        access_info = AccessInfo.from_dict(d.pop("access_info"))

        publisher_id = d.pop("publisher_id")

        created_date = DatasetCreationDate.from_dict(d.pop("created_date"))

        published_date = DatasetPublicationDate.from_dict(d.pop("published_date"))

        license_ = d.pop("license")

        def _parse_purpose(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose = _parse_purpose(d.pop("purpose", UNSET))

        def _parse_rights_holder(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rights_holder = _parse_rights_holder(d.pop("rights_holder", UNSET))

        def _parse_usage_limitations(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        usage_limitations = _parse_usage_limitations(d.pop("usage_limitations", UNSET))

        def _parse_preferred_citation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preferred_citation = _parse_preferred_citation(
            d.pop("preferred_citation", UNSET)
        )

        def _parse_spatial_info(
            data: object,
        ) -> DatasetSpatialInformation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                spatial_info_type_0 = DatasetSpatialInformation.from_dict(data)

                return spatial_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetSpatialInformation | None | Unset, data)

        spatial_info = _parse_spatial_info(d.pop("spatial_info", UNSET))

        def _parse_temporal_info(
            data: object,
        ) -> DatasetTemporalInformation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                temporal_info_type_0 = DatasetTemporalInformation.from_dict(data)

                return temporal_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetTemporalInformation | None | Unset, data)

        temporal_info = _parse_temporal_info(d.pop("temporal_info", UNSET))

        def _parse_formats(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                formats_type_0 = cast(list[str], data)

                return formats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        formats = _parse_formats(d.pop("formats", UNSET))

        def _parse_keywords(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                keywords_type_0 = cast(list[str], data)

                return keywords_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        keywords = _parse_keywords(d.pop("keywords", UNSET))

        def _parse_user_metadata(
            data: object,
        ) -> DatasetInformationUserMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_metadata_type_0 = DatasetInformationUserMetadataType0.from_dict(
                    data
                )

                return user_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetInformationUserMetadataType0 | None | Unset, data)

        user_metadata = _parse_user_metadata(d.pop("user_metadata", UNSET))

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

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
