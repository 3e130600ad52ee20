"""Contains all the data models used in inputs/outputs"""

from .add_value_index_request import AddValueIndexRequest
from .add_value_request import AddValueRequest
from .generate_config_file_response_generate_config_file import (
    GenerateConfigFileResponseGenerateConfigFile,
)
from .http_validation_error import HTTPValidationError
from .mint_request import MintRequest
from .modify_request import ModifyRequest
from .remove_request import RemoveRequest
from .root_response_root import RootResponseRoot
from .test_sentry_reporting_response_test_sentry_reporting import (
    TestSentryReportingResponseTestSentryReporting,
)
from .user import User
from .validation_error import ValidationError
from .value_type import ValueType

__all__ = (
    "AddValueIndexRequest",
    "AddValueRequest",
    "GenerateConfigFileResponseGenerateConfigFile",
    "HTTPValidationError",
    "MintRequest",
    "ModifyRequest",
    "RemoveRequest",
    "RootResponseRoot",
    "TestSentryReportingResponseTestSentryReporting",
    "User",
    "ValidationError",
    "ValueType",
)
