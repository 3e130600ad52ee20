"""Contains all the data models used in inputs/outputs"""

from .access_info import AccessInfo
from .access_settings import AccessSettings
from .access_settings_groups import AccessSettingsGroups
from .association_info import AssociationInfo
from .auth_roles_response import AuthRolesResponse
from .bundled_item import BundledItem
from .bundled_item_auth_payload import BundledItemAuthPayload
from .bundled_item_item_payload import BundledItemItemPayload
from .bundled_item_lock_payload import BundledItemLockPayload
from .create_domain_info import CreateDomainInfo
from .create_domain_info_user_metadata_type_0 import CreateDomainInfoUserMetadataType0
from .create_fetch_response import CreateFetchResponse
from .create_list_response import CreateListResponse
from .create_list_response_pagination_key_type_0 import (
    CreateListResponsePaginationKeyType0,
)
from .create_list_response_unparsable_items_type_0_item import (
    CreateListResponseUnparsableItemsType0Item,
)
from .dataset_access_ethics_and_privacy import DatasetAccessEthicsAndPrivacy
from .dataset_approvals import DatasetApprovals
from .dataset_associations import DatasetAssociations
from .dataset_creation_date import DatasetCreationDate
from .dataset_domain_info import DatasetDomainInfo
from .dataset_domain_info_user_metadata_type_0 import DatasetDomainInfoUserMetadataType0
from .dataset_fetch_response import DatasetFetchResponse
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
from .dataset_template_create_response import DatasetTemplateCreateResponse
from .dataset_template_domain_info import DatasetTemplateDomainInfo
from .dataset_template_domain_info_user_metadata_type_0 import (
    DatasetTemplateDomainInfoUserMetadataType0,
)
from .dataset_template_fetch_response import DatasetTemplateFetchResponse
from .dataset_template_list_response import DatasetTemplateListResponse
from .dataset_template_list_response_pagination_key_type_0 import (
    DatasetTemplateListResponsePaginationKeyType0,
)
from .dataset_template_list_response_unparsable_items_type_0_item import (
    DatasetTemplateListResponseUnparsableItemsType0Item,
)
from .dataset_template_seed_response import DatasetTemplateSeedResponse
from .dataset_temporal_information import DatasetTemporalInformation
from .dataset_type import DatasetType
from .deferred_resource import DeferredResource
from .deferred_resource_additional_metadata_type_0 import (
    DeferredResourceAdditionalMetadataType0,
)
from .defined_resource import DefinedResource
from .defined_resource_additional_metadata_type_0 import (
    DefinedResourceAdditionalMetadataType0,
)
from .describe_access_response import DescribeAccessResponse
from .described_role import DescribedRole
from .export_controls import ExportControls
from .filter_options import FilterOptions
from .general_list_request import GeneralListRequest
from .general_list_request_pagination_key_type_0 import (
    GeneralListRequestPaginationKeyType0,
)
from .generate_config_file_response_generate_config_file import (
    GenerateConfigFileResponseGenerateConfigFile,
)
from .history_entry_create_domain_info import HistoryEntryCreateDomainInfo
from .history_entry_dataset_domain_info import HistoryEntryDatasetDomainInfo
from .history_entry_dataset_template_domain_info import (
    HistoryEntryDatasetTemplateDomainInfo,
)
from .history_entry_model_domain_info import HistoryEntryModelDomainInfo
from .history_entry_model_run_domain_info import HistoryEntryModelRunDomainInfo
from .history_entry_model_run_workflow_template_domain_info import (
    HistoryEntryModelRunWorkflowTemplateDomainInfo,
)
from .history_entry_organisation_domain_info import HistoryEntryOrganisationDomainInfo
from .history_entry_person_domain_info import HistoryEntryPersonDomainInfo
from .history_entry_study_domain_info import HistoryEntryStudyDomainInfo
from .history_entry_version_domain_info import HistoryEntryVersionDomainInfo
from .http_validation_error import HTTPValidationError
from .import_mode import ImportMode
from .indigenous_knowledge_and_consent import IndigenousKnowledgeAndConsent
from .item_category import ItemCategory
from .item_create import ItemCreate
from .item_create_user_metadata_type_0 import ItemCreateUserMetadataType0
from .item_dataset import ItemDataset
from .item_dataset_template import ItemDatasetTemplate
from .item_dataset_template_user_metadata_type_0 import (
    ItemDatasetTemplateUserMetadataType0,
)
from .item_dataset_user_metadata_type_0 import ItemDatasetUserMetadataType0
from .item_model import ItemModel
from .item_model_run import ItemModelRun
from .item_model_run_user_metadata_type_0 import ItemModelRunUserMetadataType0
from .item_model_run_workflow_template import ItemModelRunWorkflowTemplate
from .item_model_run_workflow_template_user_metadata_type_0 import (
    ItemModelRunWorkflowTemplateUserMetadataType0,
)
from .item_model_user_metadata_type_0 import ItemModelUserMetadataType0
from .item_organisation import ItemOrganisation
from .item_organisation_user_metadata_type_0 import ItemOrganisationUserMetadataType0
from .item_person import ItemPerson
from .item_person_user_metadata_type_0 import ItemPersonUserMetadataType0
from .item_revert_request import ItemRevertRequest
from .item_revert_response import ItemRevertResponse
from .item_study import ItemStudy
from .item_study_user_metadata_type_0 import ItemStudyUserMetadataType0
from .item_sub_type import ItemSubType
from .item_version import ItemVersion
from .item_version_user_metadata_type_0 import ItemVersionUserMetadataType0
from .json_schema_response import JsonSchemaResponse
from .json_schema_response_json_schema_type_0 import JsonSchemaResponseJsonSchemaType0
from .list_user_reviewing_datasets_request import ListUserReviewingDatasetsRequest
from .list_user_reviewing_datasets_request_pagination_key_type_0 import (
    ListUserReviewingDatasetsRequestPaginationKeyType0,
)
from .lock_action_type import LockActionType
from .lock_change_request import LockChangeRequest
from .lock_event import LockEvent
from .lock_history_response import LockHistoryResponse
from .lock_status_response import LockStatusResponse
from .model_create_response import ModelCreateResponse
from .model_domain_info import ModelDomainInfo
from .model_domain_info_user_metadata_type_0 import ModelDomainInfoUserMetadataType0
from .model_fetch_response import ModelFetchResponse
from .model_list_response import ModelListResponse
from .model_list_response_pagination_key_type_0 import (
    ModelListResponsePaginationKeyType0,
)
from .model_list_response_unparsable_items_type_0_item import (
    ModelListResponseUnparsableItemsType0Item,
)
from .model_run_domain_info import ModelRunDomainInfo
from .model_run_domain_info_user_metadata_type_0 import (
    ModelRunDomainInfoUserMetadataType0,
)
from .model_run_fetch_response import ModelRunFetchResponse
from .model_run_list_response import ModelRunListResponse
from .model_run_list_response_pagination_key_type_0 import (
    ModelRunListResponsePaginationKeyType0,
)
from .model_run_list_response_unparsable_items_type_0_item import (
    ModelRunListResponseUnparsableItemsType0Item,
)
from .model_run_record import ModelRunRecord
from .model_run_record_annotations_type_0 import ModelRunRecordAnnotationsType0
from .model_run_workflow_template_create_response import (
    ModelRunWorkflowTemplateCreateResponse,
)
from .model_run_workflow_template_domain_info import ModelRunWorkflowTemplateDomainInfo
from .model_run_workflow_template_domain_info_user_metadata_type_0 import (
    ModelRunWorkflowTemplateDomainInfoUserMetadataType0,
)
from .model_run_workflow_template_fetch_response import (
    ModelRunWorkflowTemplateFetchResponse,
)
from .model_run_workflow_template_list_response import (
    ModelRunWorkflowTemplateListResponse,
)
from .model_run_workflow_template_list_response_pagination_key_type_0 import (
    ModelRunWorkflowTemplateListResponsePaginationKeyType0,
)
from .model_run_workflow_template_list_response_unparsable_items_type_0_item import (
    ModelRunWorkflowTemplateListResponseUnparsableItemsType0Item,
)
from .model_run_workflow_template_seed_response import (
    ModelRunWorkflowTemplateSeedResponse,
)
from .model_seed_response import ModelSeedResponse
from .organisation_create_response import OrganisationCreateResponse
from .organisation_domain_info import OrganisationDomainInfo
from .organisation_domain_info_user_metadata_type_0 import (
    OrganisationDomainInfoUserMetadataType0,
)
from .organisation_fetch_response import OrganisationFetchResponse
from .organisation_list_response import OrganisationListResponse
from .organisation_list_response_pagination_key_type_0 import (
    OrganisationListResponsePaginationKeyType0,
)
from .organisation_list_response_unparsable_items_type_0_item import (
    OrganisationListResponseUnparsableItemsType0Item,
)
from .organisation_seed_response import OrganisationSeedResponse
from .paginated_dataset_list_response import PaginatedDatasetListResponse
from .paginated_dataset_list_response_pagination_key_type_0 import (
    PaginatedDatasetListResponsePaginationKeyType0,
)
from .paginated_list_response import PaginatedListResponse
from .paginated_list_response_pagination_key_type_0 import (
    PaginatedListResponsePaginationKeyType0,
)
from .person_create_response import PersonCreateResponse
from .person_domain_info import PersonDomainInfo
from .person_domain_info_user_metadata_type_0 import PersonDomainInfoUserMetadataType0
from .person_fetch_response import PersonFetchResponse
from .person_list_response import PersonListResponse
from .person_list_response_pagination_key_type_0 import (
    PersonListResponsePaginationKeyType0,
)
from .person_list_response_unparsable_items_type_0_item import (
    PersonListResponseUnparsableItemsType0Item,
)
from .person_seed_response import PersonSeedResponse
from .prov_graph_restore_request import ProvGraphRestoreRequest
from .prov_graph_restore_response import ProvGraphRestoreResponse
from .query_dataset_release_status_type import QueryDatasetReleaseStatusType
from .query_record_types import QueryRecordTypes
from .record_type import RecordType
from .registry_export_response import RegistryExportResponse
from .registry_import_request import RegistryImportRequest
from .registry_import_response import RegistryImportResponse
from .registry_import_response_failure_list_type_0_item_item_type_1 import (
    RegistryImportResponseFailureListType0ItemItemType1,
)
from .registry_import_statistics import RegistryImportStatistics
from .registry_restore_request import RegistryRestoreRequest
from .release_action import ReleaseAction
from .release_history_entry import ReleaseHistoryEntry
from .released_status import ReleasedStatus
from .resource_usage_type import ResourceUsageType
from .root_response_root import RootResponseRoot
from .s3_location import S3Location
from .seeded_item import SeededItem
from .sort_options import SortOptions
from .sort_type import SortType
from .status import Status
from .status_response import StatusResponse
from .study_create_response import StudyCreateResponse
from .study_domain_info import StudyDomainInfo
from .study_domain_info_user_metadata_type_0 import StudyDomainInfoUserMetadataType0
from .study_fetch_response import StudyFetchResponse
from .study_list_response import StudyListResponse
from .study_list_response_pagination_key_type_0 import (
    StudyListResponsePaginationKeyType0,
)
from .study_list_response_unparsable_items_type_0_item import (
    StudyListResponseUnparsableItemsType0Item,
)
from .study_seed_response import StudySeedResponse
from .subtype_filter_options import SubtypeFilterOptions
from .subtype_list_request import SubtypeListRequest
from .subtype_list_request_pagination_key_type_0 import (
    SubtypeListRequestPaginationKeyType0,
)
from .table_names import TableNames
from .template_resource import TemplateResource
from .templated_dataset import TemplatedDataset
from .templated_dataset_resources_type_0 import TemplatedDatasetResourcesType0
from .temporal_duration import TemporalDuration
from .test_sentry_reporting_response_test_sentry_reporting import (
    TestSentryReportingResponseTestSentryReporting,
)
from .ui_schema_response import UiSchemaResponse
from .ui_schema_response_ui_schema_type_0 import UiSchemaResponseUiSchemaType0
from .untyped_fetch_response import UntypedFetchResponse
from .untyped_fetch_response_item_type_0 import UntypedFetchResponseItemType0
from .update_response import UpdateResponse
from .user import User
from .validation_error import ValidationError
from .version_details import VersionDetails
from .version_domain_info import VersionDomainInfo
from .version_domain_info_user_metadata_type_0 import VersionDomainInfoUserMetadataType0
from .version_fetch_response import VersionFetchResponse
from .version_list_response import VersionListResponse
from .version_list_response_pagination_key_type_0 import (
    VersionListResponsePaginationKeyType0,
)
from .version_list_response_unparsable_items_type_0_item import (
    VersionListResponseUnparsableItemsType0Item,
)
from .version_request import VersionRequest
from .version_response import VersionResponse
from .versioning_info import VersioningInfo
from .workflow_links import WorkflowLinks
from .workflow_run_completion_status import WorkflowRunCompletionStatus
from .workflow_template_annotations import WorkflowTemplateAnnotations

__all__ = (
    "AccessInfo",
    "AccessSettings",
    "AccessSettingsGroups",
    "AssociationInfo",
    "AuthRolesResponse",
    "BundledItem",
    "BundledItemAuthPayload",
    "BundledItemItemPayload",
    "BundledItemLockPayload",
    "CreateDomainInfo",
    "CreateDomainInfoUserMetadataType0",
    "CreateFetchResponse",
    "CreateListResponse",
    "CreateListResponsePaginationKeyType0",
    "CreateListResponseUnparsableItemsType0Item",
    "DatasetAccessEthicsAndPrivacy",
    "DatasetApprovals",
    "DatasetAssociations",
    "DatasetCreationDate",
    "DatasetDomainInfo",
    "DatasetDomainInfoUserMetadataType0",
    "DatasetFetchResponse",
    "DatasetInformation",
    "DatasetInformationUserMetadataType0",
    "DatasetListResponse",
    "DatasetListResponsePaginationKeyType0",
    "DatasetListResponseUnparsableItemsType0Item",
    "DatasetMetadata",
    "DatasetPublicationDate",
    "DatasetRegistrationEthicsAndPrivacy",
    "DatasetSpatialInformation",
    "DatasetTemplateCreateResponse",
    "DatasetTemplateDomainInfo",
    "DatasetTemplateDomainInfoUserMetadataType0",
    "DatasetTemplateFetchResponse",
    "DatasetTemplateListResponse",
    "DatasetTemplateListResponsePaginationKeyType0",
    "DatasetTemplateListResponseUnparsableItemsType0Item",
    "DatasetTemplateSeedResponse",
    "DatasetTemporalInformation",
    "DatasetType",
    "DeferredResource",
    "DeferredResourceAdditionalMetadataType0",
    "DefinedResource",
    "DefinedResourceAdditionalMetadataType0",
    "DescribeAccessResponse",
    "DescribedRole",
    "ExportControls",
    "FilterOptions",
    "GeneralListRequest",
    "GeneralListRequestPaginationKeyType0",
    "GenerateConfigFileResponseGenerateConfigFile",
    "HTTPValidationError",
    "HistoryEntryCreateDomainInfo",
    "HistoryEntryDatasetDomainInfo",
    "HistoryEntryDatasetTemplateDomainInfo",
    "HistoryEntryModelDomainInfo",
    "HistoryEntryModelRunDomainInfo",
    "HistoryEntryModelRunWorkflowTemplateDomainInfo",
    "HistoryEntryOrganisationDomainInfo",
    "HistoryEntryPersonDomainInfo",
    "HistoryEntryStudyDomainInfo",
    "HistoryEntryVersionDomainInfo",
    "ImportMode",
    "IndigenousKnowledgeAndConsent",
    "ItemCategory",
    "ItemCreate",
    "ItemCreateUserMetadataType0",
    "ItemDataset",
    "ItemDatasetTemplate",
    "ItemDatasetTemplateUserMetadataType0",
    "ItemDatasetUserMetadataType0",
    "ItemModel",
    "ItemModelRun",
    "ItemModelRunUserMetadataType0",
    "ItemModelRunWorkflowTemplate",
    "ItemModelRunWorkflowTemplateUserMetadataType0",
    "ItemModelUserMetadataType0",
    "ItemOrganisation",
    "ItemOrganisationUserMetadataType0",
    "ItemPerson",
    "ItemPersonUserMetadataType0",
    "ItemRevertRequest",
    "ItemRevertResponse",
    "ItemStudy",
    "ItemStudyUserMetadataType0",
    "ItemSubType",
    "ItemVersion",
    "ItemVersionUserMetadataType0",
    "JsonSchemaResponse",
    "JsonSchemaResponseJsonSchemaType0",
    "ListUserReviewingDatasetsRequest",
    "ListUserReviewingDatasetsRequestPaginationKeyType0",
    "LockActionType",
    "LockChangeRequest",
    "LockEvent",
    "LockHistoryResponse",
    "LockStatusResponse",
    "ModelCreateResponse",
    "ModelDomainInfo",
    "ModelDomainInfoUserMetadataType0",
    "ModelFetchResponse",
    "ModelListResponse",
    "ModelListResponsePaginationKeyType0",
    "ModelListResponseUnparsableItemsType0Item",
    "ModelRunDomainInfo",
    "ModelRunDomainInfoUserMetadataType0",
    "ModelRunFetchResponse",
    "ModelRunListResponse",
    "ModelRunListResponsePaginationKeyType0",
    "ModelRunListResponseUnparsableItemsType0Item",
    "ModelRunRecord",
    "ModelRunRecordAnnotationsType0",
    "ModelRunWorkflowTemplateCreateResponse",
    "ModelRunWorkflowTemplateDomainInfo",
    "ModelRunWorkflowTemplateDomainInfoUserMetadataType0",
    "ModelRunWorkflowTemplateFetchResponse",
    "ModelRunWorkflowTemplateListResponse",
    "ModelRunWorkflowTemplateListResponsePaginationKeyType0",
    "ModelRunWorkflowTemplateListResponseUnparsableItemsType0Item",
    "ModelRunWorkflowTemplateSeedResponse",
    "ModelSeedResponse",
    "OrganisationCreateResponse",
    "OrganisationDomainInfo",
    "OrganisationDomainInfoUserMetadataType0",
    "OrganisationFetchResponse",
    "OrganisationListResponse",
    "OrganisationListResponsePaginationKeyType0",
    "OrganisationListResponseUnparsableItemsType0Item",
    "OrganisationSeedResponse",
    "PaginatedDatasetListResponse",
    "PaginatedDatasetListResponsePaginationKeyType0",
    "PaginatedListResponse",
    "PaginatedListResponsePaginationKeyType0",
    "PersonCreateResponse",
    "PersonDomainInfo",
    "PersonDomainInfoUserMetadataType0",
    "PersonFetchResponse",
    "PersonListResponse",
    "PersonListResponsePaginationKeyType0",
    "PersonListResponseUnparsableItemsType0Item",
    "PersonSeedResponse",
    "ProvGraphRestoreRequest",
    "ProvGraphRestoreResponse",
    "QueryDatasetReleaseStatusType",
    "QueryRecordTypes",
    "RecordType",
    "RegistryExportResponse",
    "RegistryImportRequest",
    "RegistryImportResponse",
    "RegistryImportResponseFailureListType0ItemItemType1",
    "RegistryImportStatistics",
    "RegistryRestoreRequest",
    "ReleaseAction",
    "ReleaseHistoryEntry",
    "ReleasedStatus",
    "ResourceUsageType",
    "RootResponseRoot",
    "S3Location",
    "SeededItem",
    "SortOptions",
    "SortType",
    "Status",
    "StatusResponse",
    "StudyCreateResponse",
    "StudyDomainInfo",
    "StudyDomainInfoUserMetadataType0",
    "StudyFetchResponse",
    "StudyListResponse",
    "StudyListResponsePaginationKeyType0",
    "StudyListResponseUnparsableItemsType0Item",
    "StudySeedResponse",
    "SubtypeFilterOptions",
    "SubtypeListRequest",
    "SubtypeListRequestPaginationKeyType0",
    "TableNames",
    "TemplateResource",
    "TemplatedDataset",
    "TemplatedDatasetResourcesType0",
    "TemporalDuration",
    "TestSentryReportingResponseTestSentryReporting",
    "UiSchemaResponse",
    "UiSchemaResponseUiSchemaType0",
    "UntypedFetchResponse",
    "UntypedFetchResponseItemType0",
    "UpdateResponse",
    "User",
    "ValidationError",
    "VersionDetails",
    "VersionDomainInfo",
    "VersionDomainInfoUserMetadataType0",
    "VersionFetchResponse",
    "VersionListResponse",
    "VersionListResponsePaginationKeyType0",
    "VersionListResponseUnparsableItemsType0Item",
    "VersionRequest",
    "VersionResponse",
    "VersioningInfo",
    "WorkflowLinks",
    "WorkflowRunCompletionStatus",
    "WorkflowTemplateAnnotations",
)
