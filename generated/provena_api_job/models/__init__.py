"""Contains all the data models used in inputs/outputs.

Loaded lazily (PEP 562): importing this package, or one model module, does not import every model of the
service. `from .models import X` and `models.X` import X's module on first use; type checkers read the
`TYPE_CHECKING` branch and see every name. Made from scripts/spec_pipeline/templates/models_init.py.jinja.
"""

# Underscored, so the package holds no public name besides its models (`models.Any` must not exist).
import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
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
    from .http_validation_error import HTTPValidationError
    from .job_sub_type import JobSubType
    from .job_type import JobType
    from .list_by_batch_request import ListByBatchRequest
    from .list_by_batch_request_pagination_key_type_0 import (
        ListByBatchRequestPaginationKeyType0,
    )
    from .list_jobs_request import ListJobsRequest
    from .list_jobs_request_pagination_key_type_0 import (
        ListJobsRequestPaginationKeyType0,
    )
    from .root_response_root import RootResponseRoot
    from .test_sentry_reporting_response_test_sentry_reporting import (
        TestSentryReportingResponseTestSentryReporting,
    )
    from .user import User
    from .validation_error import ValidationError

# Exported name -> the module (in this package) that defines it.
_MODULE_OF: dict[str, str] = {
    "AdminLaunchJobRequest": ".admin_launch_job_request",
    "AdminLaunchJobRequestJobPayload": ".admin_launch_job_request_job_payload",
    "AdminListByBatchRequest": ".admin_list_by_batch_request",
    "AdminListByBatchRequestPaginationKeyType0": ".admin_list_by_batch_request_pagination_key_type_0",
    "AdminListJobsRequest": ".admin_list_jobs_request",
    "AdminListJobsRequestPaginationKeyType0": ".admin_list_jobs_request_pagination_key_type_0",
    "HTTPValidationError": ".http_validation_error",
    "JobSubType": ".job_sub_type",
    "JobType": ".job_type",
    "ListByBatchRequest": ".list_by_batch_request",
    "ListByBatchRequestPaginationKeyType0": ".list_by_batch_request_pagination_key_type_0",
    "ListJobsRequest": ".list_jobs_request",
    "ListJobsRequestPaginationKeyType0": ".list_jobs_request_pagination_key_type_0",
    "RootResponseRoot": ".root_response_root",
    "TestSentryReportingResponseTestSentryReporting": ".test_sentry_reporting_response_test_sentry_reporting",
    "User": ".user",
    "ValidationError": ".validation_error",
}

__all__ = (
    "AdminLaunchJobRequest",
    "AdminLaunchJobRequestJobPayload",
    "AdminListByBatchRequest",
    "AdminListByBatchRequestPaginationKeyType0",
    "AdminListJobsRequest",
    "AdminListJobsRequestPaginationKeyType0",
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


def __getattr__(name: str) -> _typing.Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
