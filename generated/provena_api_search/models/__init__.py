"""Contains all the data models used in inputs/outputs.

Loaded lazily (PEP 562): importing this package, or one model module, does not import every model of the
service. `from .models import X` and `models.X` import X's module on first use; type checkers read the
`TYPE_CHECKING` branch and see every name. Made from scripts/spec_pipeline/templates/models_init.py.jinja.
"""

# Underscored, so the package holds no public name besides its models (`models.Any` must not exist).
import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
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

# Exported name -> the module (in this package) that defines it.
_MODULE_OF: dict[str, str] = {
    "HTTPValidationError": ".http_validation_error",
    "ItemSubType": ".item_sub_type",
    "QueryResult": ".query_result",
    "QueryResults": ".query_results",
    "RootResponseRoot": ".root_response_root",
    "Status": ".status",
    "TestSentryReportingResponseTestSentryReporting": ".test_sentry_reporting_response_test_sentry_reporting",
    "User": ".user",
    "ValidationError": ".validation_error",
}

__all__ = (
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


def __getattr__(name: str) -> _typing.Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
