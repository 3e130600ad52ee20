"""Contains all the data models used in inputs/outputs"""

from .generate_config_file_response_generate_config_file import (
    GenerateConfigFileResponseGenerateConfigFile,
)
from .http_validation_error import HTTPValidationError
from .item_sub_type import ItemSubType
from .query_result import QueryResult
from .query_results import QueryResults
from .root_response_root import RootResponseRoot
from .status import Status
from .test_sentry_reporting_response_test_sentry_reporting import (
    TestSentryReportingResponseTestSentryReporting,
)
from .user import User
from .validation_error import ValidationError

__all__ = (
    "GenerateConfigFileResponseGenerateConfigFile",
    "HTTPValidationError",
    "ItemSubType",
    "QueryResult",
    "QueryResults",
    "RootResponseRoot",
    "Status",
    "TestSentryReportingResponseTestSentryReporting",
    "User",
    "ValidationError",
)
