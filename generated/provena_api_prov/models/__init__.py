"""Contains all the data models used in inputs/outputs.

Loaded lazily (PEP 562): importing this package, or one model module, does not import every model of the
service. `from .models import X` and `models.X` import X's module on first use; type checkers read the
`TYPE_CHECKING` branch and see every name. Made from scripts/spec_pipeline/templates/models_init.py.jinja.
"""

# Underscored, so the package holds no public name besides its models (`models.Any` must not exist).
import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from .add_study_link_response import AddStudyLinkResponse
    from .association_info import AssociationInfo
    from .body_convert_model_runs_csv import BodyConvertModelRunsCsv
    from .convert_model_runs_response import ConvertModelRunsResponse
    from .dataset_type import DatasetType
    from .generate_report_request import GenerateReportRequest
    from .generate_report_response import GenerateReportResponse
    from .history_entry_model_run_domain_info import HistoryEntryModelRunDomainInfo
    from .http_validation_error import HTTPValidationError
    from .item_category import ItemCategory
    from .item_model_run import ItemModelRun
    from .item_model_run_user_metadata_type_0 import ItemModelRunUserMetadataType0
    from .item_sub_type import ItemSubType
    from .lineage_response import LineageResponse
    from .lineage_response_graph_type_0 import LineageResponseGraphType0
    from .model_run_domain_info import ModelRunDomainInfo
    from .model_run_domain_info_user_metadata_type_0 import (
        ModelRunDomainInfoUserMetadataType0,
    )
    from .model_run_record import ModelRunRecord
    from .model_run_record_annotations_type_0 import ModelRunRecordAnnotationsType0
    from .post_update_model_run_input import PostUpdateModelRunInput
    from .post_update_model_run_response import PostUpdateModelRunResponse
    from .record_type import RecordType
    from .register_batch_model_run_request import RegisterBatchModelRunRequest
    from .register_model_run_response import RegisterModelRunResponse
    from .root_response_root import RootResponseRoot
    from .status import Status
    from .status_response import StatusResponse
    from .templated_dataset import TemplatedDataset
    from .templated_dataset_resources_type_0 import TemplatedDatasetResourcesType0
    from .test_sentry_reporting_response_test_sentry_reporting import (
        TestSentryReportingResponseTestSentryReporting,
    )
    from .user import User
    from .validation_error import ValidationError
    from .versioning_info import VersioningInfo
    from .workflow_links import WorkflowLinks
    from .workflow_run_completion_status import WorkflowRunCompletionStatus

# Exported name -> the module (in this package) that defines it.
_MODULE_OF: dict[str, str] = {
    "AddStudyLinkResponse": ".add_study_link_response",
    "AssociationInfo": ".association_info",
    "BodyConvertModelRunsCsv": ".body_convert_model_runs_csv",
    "ConvertModelRunsResponse": ".convert_model_runs_response",
    "DatasetType": ".dataset_type",
    "GenerateReportRequest": ".generate_report_request",
    "GenerateReportResponse": ".generate_report_response",
    "HistoryEntryModelRunDomainInfo": ".history_entry_model_run_domain_info",
    "HTTPValidationError": ".http_validation_error",
    "ItemCategory": ".item_category",
    "ItemModelRun": ".item_model_run",
    "ItemModelRunUserMetadataType0": ".item_model_run_user_metadata_type_0",
    "ItemSubType": ".item_sub_type",
    "LineageResponse": ".lineage_response",
    "LineageResponseGraphType0": ".lineage_response_graph_type_0",
    "ModelRunDomainInfo": ".model_run_domain_info",
    "ModelRunDomainInfoUserMetadataType0": ".model_run_domain_info_user_metadata_type_0",
    "ModelRunRecord": ".model_run_record",
    "ModelRunRecordAnnotationsType0": ".model_run_record_annotations_type_0",
    "PostUpdateModelRunInput": ".post_update_model_run_input",
    "PostUpdateModelRunResponse": ".post_update_model_run_response",
    "RecordType": ".record_type",
    "RegisterBatchModelRunRequest": ".register_batch_model_run_request",
    "RegisterModelRunResponse": ".register_model_run_response",
    "RootResponseRoot": ".root_response_root",
    "Status": ".status",
    "StatusResponse": ".status_response",
    "TemplatedDataset": ".templated_dataset",
    "TemplatedDatasetResourcesType0": ".templated_dataset_resources_type_0",
    "TestSentryReportingResponseTestSentryReporting": ".test_sentry_reporting_response_test_sentry_reporting",
    "User": ".user",
    "ValidationError": ".validation_error",
    "VersioningInfo": ".versioning_info",
    "WorkflowLinks": ".workflow_links",
    "WorkflowRunCompletionStatus": ".workflow_run_completion_status",
}

__all__ = (
    "AddStudyLinkResponse",
    "AssociationInfo",
    "BodyConvertModelRunsCsv",
    "ConvertModelRunsResponse",
    "DatasetType",
    "GenerateReportRequest",
    "GenerateReportResponse",
    "HTTPValidationError",
    "HistoryEntryModelRunDomainInfo",
    "ItemCategory",
    "ItemModelRun",
    "ItemModelRunUserMetadataType0",
    "ItemSubType",
    "LineageResponse",
    "LineageResponseGraphType0",
    "ModelRunDomainInfo",
    "ModelRunDomainInfoUserMetadataType0",
    "ModelRunRecord",
    "ModelRunRecordAnnotationsType0",
    "PostUpdateModelRunInput",
    "PostUpdateModelRunResponse",
    "RecordType",
    "RegisterBatchModelRunRequest",
    "RegisterModelRunResponse",
    "RootResponseRoot",
    "Status",
    "StatusResponse",
    "TemplatedDataset",
    "TemplatedDatasetResourcesType0",
    "TestSentryReportingResponseTestSentryReporting",
    "User",
    "ValidationError",
    "VersioningInfo",
    "WorkflowLinks",
    "WorkflowRunCompletionStatus",
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
