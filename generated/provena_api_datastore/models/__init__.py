"""Contains all the data models used in inputs/outputs.

Loaded lazily (PEP 562): importing this package, or one model module, does not import every model of the
service. `from .models import X` and `models.X` import X's module on first use; type checkers read the
`TYPE_CHECKING` branch and see every name. Made from scripts/spec_pipeline/templates/models_init.py.jinja.
"""

# Underscored, so the package holds no public name besides its models (`models.Any` must not exist).
import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
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
    from .dataset_domain_info_user_metadata_type_0 import (
        DatasetDomainInfoUserMetadataType0,
    )
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
    from .dataset_registration_ethics_and_privacy import (
        DatasetRegistrationEthicsAndPrivacy,
    )
    from .dataset_spatial_information import DatasetSpatialInformation
    from .dataset_temporal_information import DatasetTemporalInformation
    from .export_controls import ExportControls
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

# Exported name -> the module (in this package) that defines it.
_MODULE_OF: dict[str, str] = {
    "AccessInfo": ".access_info",
    "ActionApprovalRequest": ".action_approval_request",
    "CredentialResponse": ".credential_response",
    "Credentials": ".credentials",
    "CredentialsRequest": ".credentials_request",
    "DatasetAccessEthicsAndPrivacy": ".dataset_access_ethics_and_privacy",
    "DatasetApprovals": ".dataset_approvals",
    "DatasetAssociations": ".dataset_associations",
    "DatasetCreationDate": ".dataset_creation_date",
    "DatasetDomainInfo": ".dataset_domain_info",
    "DatasetDomainInfoUserMetadataType0": ".dataset_domain_info_user_metadata_type_0",
    "DatasetInformation": ".dataset_information",
    "DatasetInformationUserMetadataType0": ".dataset_information_user_metadata_type_0",
    "DatasetListResponse": ".dataset_list_response",
    "DatasetListResponsePaginationKeyType0": ".dataset_list_response_pagination_key_type_0",
    "DatasetListResponseUnparsableItemsType0Item": ".dataset_list_response_unparsable_items_type_0_item",
    "DatasetMetadata": ".dataset_metadata",
    "DatasetPublicationDate": ".dataset_publication_date",
    "DatasetRegistrationEthicsAndPrivacy": ".dataset_registration_ethics_and_privacy",
    "DatasetSpatialInformation": ".dataset_spatial_information",
    "DatasetTemporalInformation": ".dataset_temporal_information",
    "ExportControls": ".export_controls",
    "HistoryEntryDatasetDomainInfo": ".history_entry_dataset_domain_info",
    "HTTPValidationError": ".http_validation_error",
    "IndigenousKnowledgeAndConsent": ".indigenous_knowledge_and_consent",
    "ItemCategory": ".item_category",
    "ItemDataset": ".item_dataset",
    "ItemDatasetUserMetadataType0": ".item_dataset_user_metadata_type_0",
    "ItemRevertRequest": ".item_revert_request",
    "ItemRevertResponse": ".item_revert_response",
    "ItemSubType": ".item_sub_type",
    "MintResponse": ".mint_response",
    "NoFilterSubtypeListRequest": ".no_filter_subtype_list_request",
    "NoFilterSubtypeListRequestPaginationKeyType0": ".no_filter_subtype_list_request_pagination_key_type_0",
    "PresignedURLRequest": ".presigned_url_request",
    "PresignedURLResponse": ".presigned_url_response",
    "RecordType": ".record_type",
    "RegistryFetchResponse": ".registry_fetch_response",
    "ReleaseAction": ".release_action",
    "ReleaseApprovalRequest": ".release_approval_request",
    "ReleaseHistoryEntry": ".release_history_entry",
    "ReleasedStatus": ".released_status",
    "RootResponseRoot": ".root_response_root",
    "S3Location": ".s3_location",
    "Schema": ".schema",
    "SchemaJsonSchema": ".schema_json_schema",
    "SeededItem": ".seeded_item",
    "SortOptions": ".sort_options",
    "SortType": ".sort_type",
    "Status": ".status",
    "TemporalDuration": ".temporal_duration",
    "TestSentryReportingResponseTestSentryReporting": ".test_sentry_reporting_response_test_sentry_reporting",
    "UpdateMetadataResponse": ".update_metadata_response",
    "User": ".user",
    "ValidationError": ".validation_error",
    "VersionRequest": ".version_request",
    "VersionResponse": ".version_response",
    "VersioningInfo": ".versioning_info",
    "WorkflowLinks": ".workflow_links",
}

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


def __getattr__(name: str) -> _typing.Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
