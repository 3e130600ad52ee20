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
    from .access_settings import AccessSettings
    from .access_settings_groups import AccessSettingsGroups
    from .association_info import AssociationInfo
    from .auth_roles_response import AuthRolesResponse
    from .bundled_item import BundledItem
    from .bundled_item_auth_payload import BundledItemAuthPayload
    from .bundled_item_item_payload import BundledItemItemPayload
    from .bundled_item_lock_payload import BundledItemLockPayload
    from .create_domain_info import CreateDomainInfo
    from .create_domain_info_user_metadata_type_0 import (
        CreateDomainInfoUserMetadataType0,
    )
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
    from .dataset_domain_info_user_metadata_type_0 import (
        DatasetDomainInfoUserMetadataType0,
    )
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
    from .dataset_registration_ethics_and_privacy import (
        DatasetRegistrationEthicsAndPrivacy,
    )
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
    from .history_entry_organisation_domain_info import (
        HistoryEntryOrganisationDomainInfo,
    )
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
    from .item_organisation_user_metadata_type_0 import (
        ItemOrganisationUserMetadataType0,
    )
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
    from .json_schema_response_json_schema_type_0 import (
        JsonSchemaResponseJsonSchemaType0,
    )
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
    from .model_run_workflow_template_domain_info import (
        ModelRunWorkflowTemplateDomainInfo,
    )
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
    from .person_domain_info_user_metadata_type_0 import (
        PersonDomainInfoUserMetadataType0,
    )
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
    from .version_domain_info_user_metadata_type_0 import (
        VersionDomainInfoUserMetadataType0,
    )
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

# Exported name -> the module (in this package) that defines it.
_MODULE_OF: dict[str, str] = {
    "AccessInfo": ".access_info",
    "AccessSettings": ".access_settings",
    "AccessSettingsGroups": ".access_settings_groups",
    "AssociationInfo": ".association_info",
    "AuthRolesResponse": ".auth_roles_response",
    "BundledItem": ".bundled_item",
    "BundledItemAuthPayload": ".bundled_item_auth_payload",
    "BundledItemItemPayload": ".bundled_item_item_payload",
    "BundledItemLockPayload": ".bundled_item_lock_payload",
    "CreateDomainInfo": ".create_domain_info",
    "CreateDomainInfoUserMetadataType0": ".create_domain_info_user_metadata_type_0",
    "CreateFetchResponse": ".create_fetch_response",
    "CreateListResponse": ".create_list_response",
    "CreateListResponsePaginationKeyType0": ".create_list_response_pagination_key_type_0",
    "CreateListResponseUnparsableItemsType0Item": ".create_list_response_unparsable_items_type_0_item",
    "DatasetAccessEthicsAndPrivacy": ".dataset_access_ethics_and_privacy",
    "DatasetApprovals": ".dataset_approvals",
    "DatasetAssociations": ".dataset_associations",
    "DatasetCreationDate": ".dataset_creation_date",
    "DatasetDomainInfo": ".dataset_domain_info",
    "DatasetDomainInfoUserMetadataType0": ".dataset_domain_info_user_metadata_type_0",
    "DatasetFetchResponse": ".dataset_fetch_response",
    "DatasetInformation": ".dataset_information",
    "DatasetInformationUserMetadataType0": ".dataset_information_user_metadata_type_0",
    "DatasetListResponse": ".dataset_list_response",
    "DatasetListResponsePaginationKeyType0": ".dataset_list_response_pagination_key_type_0",
    "DatasetListResponseUnparsableItemsType0Item": ".dataset_list_response_unparsable_items_type_0_item",
    "DatasetMetadata": ".dataset_metadata",
    "DatasetPublicationDate": ".dataset_publication_date",
    "DatasetRegistrationEthicsAndPrivacy": ".dataset_registration_ethics_and_privacy",
    "DatasetSpatialInformation": ".dataset_spatial_information",
    "DatasetTemplateCreateResponse": ".dataset_template_create_response",
    "DatasetTemplateDomainInfo": ".dataset_template_domain_info",
    "DatasetTemplateDomainInfoUserMetadataType0": ".dataset_template_domain_info_user_metadata_type_0",
    "DatasetTemplateFetchResponse": ".dataset_template_fetch_response",
    "DatasetTemplateListResponse": ".dataset_template_list_response",
    "DatasetTemplateListResponsePaginationKeyType0": ".dataset_template_list_response_pagination_key_type_0",
    "DatasetTemplateListResponseUnparsableItemsType0Item": ".dataset_template_list_response_unparsable_items_type_0_item",
    "DatasetTemplateSeedResponse": ".dataset_template_seed_response",
    "DatasetTemporalInformation": ".dataset_temporal_information",
    "DatasetType": ".dataset_type",
    "DeferredResource": ".deferred_resource",
    "DeferredResourceAdditionalMetadataType0": ".deferred_resource_additional_metadata_type_0",
    "DefinedResource": ".defined_resource",
    "DefinedResourceAdditionalMetadataType0": ".defined_resource_additional_metadata_type_0",
    "DescribeAccessResponse": ".describe_access_response",
    "DescribedRole": ".described_role",
    "ExportControls": ".export_controls",
    "FilterOptions": ".filter_options",
    "GeneralListRequest": ".general_list_request",
    "GeneralListRequestPaginationKeyType0": ".general_list_request_pagination_key_type_0",
    "HistoryEntryCreateDomainInfo": ".history_entry_create_domain_info",
    "HistoryEntryDatasetDomainInfo": ".history_entry_dataset_domain_info",
    "HistoryEntryDatasetTemplateDomainInfo": ".history_entry_dataset_template_domain_info",
    "HistoryEntryModelDomainInfo": ".history_entry_model_domain_info",
    "HistoryEntryModelRunDomainInfo": ".history_entry_model_run_domain_info",
    "HistoryEntryModelRunWorkflowTemplateDomainInfo": ".history_entry_model_run_workflow_template_domain_info",
    "HistoryEntryOrganisationDomainInfo": ".history_entry_organisation_domain_info",
    "HistoryEntryPersonDomainInfo": ".history_entry_person_domain_info",
    "HistoryEntryStudyDomainInfo": ".history_entry_study_domain_info",
    "HistoryEntryVersionDomainInfo": ".history_entry_version_domain_info",
    "HTTPValidationError": ".http_validation_error",
    "ImportMode": ".import_mode",
    "IndigenousKnowledgeAndConsent": ".indigenous_knowledge_and_consent",
    "ItemCategory": ".item_category",
    "ItemCreate": ".item_create",
    "ItemCreateUserMetadataType0": ".item_create_user_metadata_type_0",
    "ItemDataset": ".item_dataset",
    "ItemDatasetTemplate": ".item_dataset_template",
    "ItemDatasetTemplateUserMetadataType0": ".item_dataset_template_user_metadata_type_0",
    "ItemDatasetUserMetadataType0": ".item_dataset_user_metadata_type_0",
    "ItemModel": ".item_model",
    "ItemModelRun": ".item_model_run",
    "ItemModelRunUserMetadataType0": ".item_model_run_user_metadata_type_0",
    "ItemModelRunWorkflowTemplate": ".item_model_run_workflow_template",
    "ItemModelRunWorkflowTemplateUserMetadataType0": ".item_model_run_workflow_template_user_metadata_type_0",
    "ItemModelUserMetadataType0": ".item_model_user_metadata_type_0",
    "ItemOrganisation": ".item_organisation",
    "ItemOrganisationUserMetadataType0": ".item_organisation_user_metadata_type_0",
    "ItemPerson": ".item_person",
    "ItemPersonUserMetadataType0": ".item_person_user_metadata_type_0",
    "ItemRevertRequest": ".item_revert_request",
    "ItemRevertResponse": ".item_revert_response",
    "ItemStudy": ".item_study",
    "ItemStudyUserMetadataType0": ".item_study_user_metadata_type_0",
    "ItemSubType": ".item_sub_type",
    "ItemVersion": ".item_version",
    "ItemVersionUserMetadataType0": ".item_version_user_metadata_type_0",
    "JsonSchemaResponse": ".json_schema_response",
    "JsonSchemaResponseJsonSchemaType0": ".json_schema_response_json_schema_type_0",
    "ListUserReviewingDatasetsRequest": ".list_user_reviewing_datasets_request",
    "ListUserReviewingDatasetsRequestPaginationKeyType0": ".list_user_reviewing_datasets_request_pagination_key_type_0",
    "LockActionType": ".lock_action_type",
    "LockChangeRequest": ".lock_change_request",
    "LockEvent": ".lock_event",
    "LockHistoryResponse": ".lock_history_response",
    "LockStatusResponse": ".lock_status_response",
    "ModelCreateResponse": ".model_create_response",
    "ModelDomainInfo": ".model_domain_info",
    "ModelDomainInfoUserMetadataType0": ".model_domain_info_user_metadata_type_0",
    "ModelFetchResponse": ".model_fetch_response",
    "ModelListResponse": ".model_list_response",
    "ModelListResponsePaginationKeyType0": ".model_list_response_pagination_key_type_0",
    "ModelListResponseUnparsableItemsType0Item": ".model_list_response_unparsable_items_type_0_item",
    "ModelRunDomainInfo": ".model_run_domain_info",
    "ModelRunDomainInfoUserMetadataType0": ".model_run_domain_info_user_metadata_type_0",
    "ModelRunFetchResponse": ".model_run_fetch_response",
    "ModelRunListResponse": ".model_run_list_response",
    "ModelRunListResponsePaginationKeyType0": ".model_run_list_response_pagination_key_type_0",
    "ModelRunListResponseUnparsableItemsType0Item": ".model_run_list_response_unparsable_items_type_0_item",
    "ModelRunRecord": ".model_run_record",
    "ModelRunRecordAnnotationsType0": ".model_run_record_annotations_type_0",
    "ModelRunWorkflowTemplateCreateResponse": ".model_run_workflow_template_create_response",
    "ModelRunWorkflowTemplateDomainInfo": ".model_run_workflow_template_domain_info",
    "ModelRunWorkflowTemplateDomainInfoUserMetadataType0": ".model_run_workflow_template_domain_info_user_metadata_type_0",
    "ModelRunWorkflowTemplateFetchResponse": ".model_run_workflow_template_fetch_response",
    "ModelRunWorkflowTemplateListResponse": ".model_run_workflow_template_list_response",
    "ModelRunWorkflowTemplateListResponsePaginationKeyType0": ".model_run_workflow_template_list_response_pagination_key_type_0",
    "ModelRunWorkflowTemplateListResponseUnparsableItemsType0Item": ".model_run_workflow_template_list_response_unparsable_items_type_0_item",
    "ModelRunWorkflowTemplateSeedResponse": ".model_run_workflow_template_seed_response",
    "ModelSeedResponse": ".model_seed_response",
    "OrganisationCreateResponse": ".organisation_create_response",
    "OrganisationDomainInfo": ".organisation_domain_info",
    "OrganisationDomainInfoUserMetadataType0": ".organisation_domain_info_user_metadata_type_0",
    "OrganisationFetchResponse": ".organisation_fetch_response",
    "OrganisationListResponse": ".organisation_list_response",
    "OrganisationListResponsePaginationKeyType0": ".organisation_list_response_pagination_key_type_0",
    "OrganisationListResponseUnparsableItemsType0Item": ".organisation_list_response_unparsable_items_type_0_item",
    "OrganisationSeedResponse": ".organisation_seed_response",
    "PaginatedDatasetListResponse": ".paginated_dataset_list_response",
    "PaginatedDatasetListResponsePaginationKeyType0": ".paginated_dataset_list_response_pagination_key_type_0",
    "PaginatedListResponse": ".paginated_list_response",
    "PaginatedListResponsePaginationKeyType0": ".paginated_list_response_pagination_key_type_0",
    "PersonCreateResponse": ".person_create_response",
    "PersonDomainInfo": ".person_domain_info",
    "PersonDomainInfoUserMetadataType0": ".person_domain_info_user_metadata_type_0",
    "PersonFetchResponse": ".person_fetch_response",
    "PersonListResponse": ".person_list_response",
    "PersonListResponsePaginationKeyType0": ".person_list_response_pagination_key_type_0",
    "PersonListResponseUnparsableItemsType0Item": ".person_list_response_unparsable_items_type_0_item",
    "PersonSeedResponse": ".person_seed_response",
    "ProvGraphRestoreRequest": ".prov_graph_restore_request",
    "ProvGraphRestoreResponse": ".prov_graph_restore_response",
    "QueryDatasetReleaseStatusType": ".query_dataset_release_status_type",
    "QueryRecordTypes": ".query_record_types",
    "RecordType": ".record_type",
    "RegistryExportResponse": ".registry_export_response",
    "RegistryImportRequest": ".registry_import_request",
    "RegistryImportResponse": ".registry_import_response",
    "RegistryImportResponseFailureListType0ItemItemType1": ".registry_import_response_failure_list_type_0_item_item_type_1",
    "RegistryImportStatistics": ".registry_import_statistics",
    "RegistryRestoreRequest": ".registry_restore_request",
    "ReleaseAction": ".release_action",
    "ReleaseHistoryEntry": ".release_history_entry",
    "ReleasedStatus": ".released_status",
    "ResourceUsageType": ".resource_usage_type",
    "RootResponseRoot": ".root_response_root",
    "S3Location": ".s3_location",
    "SeededItem": ".seeded_item",
    "SortOptions": ".sort_options",
    "SortType": ".sort_type",
    "Status": ".status",
    "StatusResponse": ".status_response",
    "StudyCreateResponse": ".study_create_response",
    "StudyDomainInfo": ".study_domain_info",
    "StudyDomainInfoUserMetadataType0": ".study_domain_info_user_metadata_type_0",
    "StudyFetchResponse": ".study_fetch_response",
    "StudyListResponse": ".study_list_response",
    "StudyListResponsePaginationKeyType0": ".study_list_response_pagination_key_type_0",
    "StudyListResponseUnparsableItemsType0Item": ".study_list_response_unparsable_items_type_0_item",
    "StudySeedResponse": ".study_seed_response",
    "SubtypeFilterOptions": ".subtype_filter_options",
    "SubtypeListRequest": ".subtype_list_request",
    "SubtypeListRequestPaginationKeyType0": ".subtype_list_request_pagination_key_type_0",
    "TableNames": ".table_names",
    "TemplateResource": ".template_resource",
    "TemplatedDataset": ".templated_dataset",
    "TemplatedDatasetResourcesType0": ".templated_dataset_resources_type_0",
    "TemporalDuration": ".temporal_duration",
    "TestSentryReportingResponseTestSentryReporting": ".test_sentry_reporting_response_test_sentry_reporting",
    "UiSchemaResponse": ".ui_schema_response",
    "UiSchemaResponseUiSchemaType0": ".ui_schema_response_ui_schema_type_0",
    "UntypedFetchResponse": ".untyped_fetch_response",
    "UntypedFetchResponseItemType0": ".untyped_fetch_response_item_type_0",
    "UpdateResponse": ".update_response",
    "User": ".user",
    "ValidationError": ".validation_error",
    "VersionDetails": ".version_details",
    "VersionDomainInfo": ".version_domain_info",
    "VersionDomainInfoUserMetadataType0": ".version_domain_info_user_metadata_type_0",
    "VersionFetchResponse": ".version_fetch_response",
    "VersionListResponse": ".version_list_response",
    "VersionListResponsePaginationKeyType0": ".version_list_response_pagination_key_type_0",
    "VersionListResponseUnparsableItemsType0Item": ".version_list_response_unparsable_items_type_0_item",
    "VersionRequest": ".version_request",
    "VersionResponse": ".version_response",
    "VersioningInfo": ".versioning_info",
    "WorkflowLinks": ".workflow_links",
    "WorkflowRunCompletionStatus": ".workflow_run_completion_status",
    "WorkflowTemplateAnnotations": ".workflow_template_annotations",
}

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


def __getattr__(name: str) -> _typing.Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
