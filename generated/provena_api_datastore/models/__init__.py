"""Contains all the data models used in inputs/outputs"""

from .access_info import AccessInfo
from .action_approval_request import ActionApprovalRequest
from .credential_response import CredentialResponse
from .credentials import Credentials
from .credentials_request import CredentialsRequest
from .dataset_access_ethics_and_privacy import DatasetAccessEthicsAndPrivacy
from .dataset_approvals import DatasetApprovals
from .dataset_associations import DatasetAssociations
from .dataset_creation_date import DatasetCreationDate
from .dataset_domain_info import DatasetDomainInfo
from .dataset_domain_info_user_metadata_type_0 import DatasetDomainInfoUserMetadataType0
from .dataset_information import DatasetInformation
from .dataset_information_user_metadata_type_0 import (
    DatasetInformationUserMetadataType0,
)
from .dataset_list_response import DatasetListResponse
from .dataset_list_response_pagination_key_type_0 import (
    DatasetListResponsePaginationKeyType0,
)
from .dataset_list_response_unparsable_items_type_0_item import (
    DatasetListResponseUnparsableItemsType0Item,
)
from .dataset_metadata import DatasetMetadata
from .dataset_publication_date import DatasetPublicationDate
from .dataset_registration_ethics_and_privacy import DatasetRegistrationEthicsAndPrivacy
from .dataset_spatial_information import DatasetSpatialInformation
from .dataset_temporal_information import DatasetTemporalInformation
from .export_controls import ExportControls
from .generate_config_file_response_generate_config_file import (
    GenerateConfigFileResponseGenerateConfigFile,
)
from .history_entry_dataset_domain_info import HistoryEntryDatasetDomainInfo
from .http_validation_error import HTTPValidationError
from .indigenous_knowledge_and_consent import IndigenousKnowledgeAndConsent
from .item_category import ItemCategory
from .item_dataset import ItemDataset
from .item_dataset_user_metadata_type_0 import ItemDatasetUserMetadataType0
from .item_revert_request import ItemRevertRequest
from .item_revert_response import ItemRevertResponse
from .item_sub_type import ItemSubType
from .mint_response import MintResponse
from .no_filter_subtype_list_request import NoFilterSubtypeListRequest
from .no_filter_subtype_list_request_pagination_key_type_0 import (
    NoFilterSubtypeListRequestPaginationKeyType0,
)
from .presigned_url_request import PresignedURLRequest
from .presigned_url_response import PresignedURLResponse
from .record_type import RecordType
from .registry_fetch_response import RegistryFetchResponse
from .release_action import ReleaseAction
from .release_approval_request import ReleaseApprovalRequest
from .release_history_entry import ReleaseHistoryEntry
from .released_status import ReleasedStatus
from .root_response_root import RootResponseRoot
from .s3_location import S3Location
from .schema import Schema
from .schema_json_schema import SchemaJsonSchema
from .seeded_item import SeededItem
from .sort_options import SortOptions
from .sort_type import SortType
from .status import Status
from .temporal_duration import TemporalDuration
from .test_sentry_reporting_response_test_sentry_reporting import (
    TestSentryReportingResponseTestSentryReporting,
)
from .update_metadata_response import UpdateMetadataResponse
from .user import User
from .validation_error import ValidationError
from .version_request import VersionRequest
from .version_response import VersionResponse
from .versioning_info import VersioningInfo
from .workflow_links import WorkflowLinks

__all__ = (
    "AccessInfo",
    "ActionApprovalRequest",
    "CredentialResponse",
    "Credentials",
    "CredentialsRequest",
    "DatasetAccessEthicsAndPrivacy",
    "DatasetApprovals",
    "DatasetAssociations",
    "DatasetCreationDate",
    "DatasetDomainInfo",
    "DatasetDomainInfoUserMetadataType0",
    "DatasetInformation",
    "DatasetInformationUserMetadataType0",
    "DatasetListResponse",
    "DatasetListResponsePaginationKeyType0",
    "DatasetListResponseUnparsableItemsType0Item",
    "DatasetMetadata",
    "DatasetPublicationDate",
    "DatasetRegistrationEthicsAndPrivacy",
    "DatasetSpatialInformation",
    "DatasetTemporalInformation",
    "ExportControls",
    "GenerateConfigFileResponseGenerateConfigFile",
    "HTTPValidationError",
    "HistoryEntryDatasetDomainInfo",
    "IndigenousKnowledgeAndConsent",
    "ItemCategory",
    "ItemDataset",
    "ItemDatasetUserMetadataType0",
    "ItemRevertRequest",
    "ItemRevertResponse",
    "ItemSubType",
    "MintResponse",
    "NoFilterSubtypeListRequest",
    "NoFilterSubtypeListRequestPaginationKeyType0",
    "PresignedURLRequest",
    "PresignedURLResponse",
    "RecordType",
    "RegistryFetchResponse",
    "ReleaseAction",
    "ReleaseApprovalRequest",
    "ReleaseHistoryEntry",
    "ReleasedStatus",
    "RootResponseRoot",
    "S3Location",
    "Schema",
    "SchemaJsonSchema",
    "SeededItem",
    "SortOptions",
    "SortType",
    "Status",
    "TemporalDuration",
    "TestSentryReportingResponseTestSentryReporting",
    "UpdateMetadataResponse",
    "User",
    "ValidationError",
    "VersionRequest",
    "VersionResponse",
    "VersioningInfo",
    "WorkflowLinks",
)
