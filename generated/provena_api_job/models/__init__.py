"""Contains all the data models used in inputs/outputs"""

from .admin_launch_job_request import AdminLaunchJobRequest
from .admin_launch_job_request_job_payload import AdminLaunchJobRequestJobPayload
from .admin_list_by_batch_request import AdminListByBatchRequest
from .admin_list_by_batch_request_pagination_key_type_0 import (
    AdminListByBatchRequestPaginationKeyType0,
)
from .admin_list_jobs_request import AdminListJobsRequest
from .admin_list_jobs_request_pagination_key_type_0 import (
    AdminListJobsRequestPaginationKeyType0,
)
from .generate_config_file_response_generate_config_file import (
    GenerateConfigFileResponseGenerateConfigFile,
)
from .http_validation_error import HTTPValidationError
from .job_sub_type import JobSubType
from .job_type import JobType
from .list_by_batch_request import ListByBatchRequest
from .list_by_batch_request_pagination_key_type_0 import (
    ListByBatchRequestPaginationKeyType0,
)
from .list_jobs_request import ListJobsRequest
from .list_jobs_request_pagination_key_type_0 import ListJobsRequestPaginationKeyType0
from .root_response_root import RootResponseRoot
from .test_sentry_reporting_response_test_sentry_reporting import (
    TestSentryReportingResponseTestSentryReporting,
)
from .user import User
from .validation_error import ValidationError

__all__ = (
    "AdminLaunchJobRequest",
    "AdminLaunchJobRequestJobPayload",
    "AdminListByBatchRequest",
    "AdminListByBatchRequestPaginationKeyType0",
    "AdminListJobsRequest",
    "AdminListJobsRequestPaginationKeyType0",
    "GenerateConfigFileResponseGenerateConfigFile",
    "HTTPValidationError",
    "JobSubType",
    "JobType",
    "ListByBatchRequest",
    "ListByBatchRequestPaginationKeyType0",
    "ListJobsRequest",
    "ListJobsRequestPaginationKeyType0",
    "RootResponseRoot",
    "TestSentryReportingResponseTestSentryReporting",
    "User",
    "ValidationError",
)
