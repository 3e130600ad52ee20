"""provena: a Python client for Provena, CSIRO's provenance platform.

Names are resolved lazily (module `__getattr__`), so `import provena` loads only this file and `_version`;
httpx and the rest load on first use of a name that needs them, and no generated service package is imported
until a client for that service is used.
"""

from __future__ import annotations

import importlib

from ._version import __version__

# Not `from typing import TYPE_CHECKING`: importing typing would double the cost of `import provena`.
# Type checkers treat any name TYPE_CHECKING as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from . import clients as clients
    from . import lineage as lineage
    from . import models as models
    from . import modules as modules
    from . import sync as sync
    from ._auth import (
        ClientCredentialsFlow,
        DeviceFlow,
        DevicePrompt,
        OfflineFlow,
        PasswordFlow,
        StaticTokenAuth,
        TokenProvider,
    )
    from ._client import ProvenaClient
    from ._config import APIOverrides, Config, ConfigError
    from ._errors import (
        APIConnectionError,
        APIError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        AuthError,
        BadRequestError,
        ConflictError,
        FieldError,
        InternalServerError,
        InvalidArgumentError,
        JobFailedError,
        JobTimeoutError,
        LockedError,
        NotFoundError,
        PermissionDeniedError,
        PersonLinkRequiredError,
        ProvenaError,
        RateLimitError,
        ResponseValidationError,
        RoleRequiredError,
        StatusFailedError,
        TransferError,
        TransferIntegrityError,
        UnprocessableEntityError,
        UnsafePathError,
    )
    from ._jobs import wait_for, wait_for_sync
    from ._options import NOT_GIVEN, NotGiven, RequestOptions, capture_response, request_options
    from ._pagination import AsyncPaginator, SyncPaginator
    from ._pin import DeploymentCheckError, ImpactReport, PinError, SpecPin, check_deployment, spec_pin
    from ._response import RawResponse
    from ._retry import RetryPolicy
    from ._token_store import FileTokenStore, MemoryTokenStore, TokenStore, TokenStoreError
    from ._transport import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, Transport

# public name -> module that defines it
_LAZY: dict[str, str] = {
    **dict.fromkeys(
        [
            "ClientCredentialsFlow",
            "DeviceFlow",
            "DevicePrompt",
            "OfflineFlow",
            "PasswordFlow",
            "StaticTokenAuth",
            "TokenProvider",
        ],
        "._auth",
    ),
    **dict.fromkeys(["APIOverrides", "Config", "ConfigError"], "._config"),
    **dict.fromkeys(
        [
            "APIConnectionError",
            "APIError",
            "APIStatusError",
            "APITimeoutError",
            "AuthError",
            "AuthenticationError",
            "BadRequestError",
            "ConflictError",
            "FieldError",
            "InternalServerError",
            "InvalidArgumentError",
            "JobFailedError",
            "JobTimeoutError",
            "LockedError",
            "NotFoundError",
            "PermissionDeniedError",
            "PersonLinkRequiredError",
            "ProvenaError",
            "RateLimitError",
            "ResponseValidationError",
            "RoleRequiredError",
            "StatusFailedError",
            "TransferError",
            "TransferIntegrityError",
            "UnprocessableEntityError",
            "UnsafePathError",
        ],
        "._errors",
    ),
    **dict.fromkeys(["wait_for", "wait_for_sync"], "._jobs"),
    **dict.fromkeys(
        ["DeploymentCheckError", "ImpactReport", "PinError", "SpecPin", "check_deployment", "spec_pin"], "._pin"
    ),
    **dict.fromkeys(
        ["NOT_GIVEN", "NotGiven", "RequestOptions", "capture_response", "request_options"], "._options"
    ),
    **dict.fromkeys(["AsyncPaginator", "SyncPaginator"], "._pagination"),
    "RawResponse": "._response",
    "ProvenaClient": "._client",
    "RetryPolicy": "._retry",
    **dict.fromkeys(["FileTokenStore", "MemoryTokenStore", "TokenStore", "TokenStoreError"], "._token_store"),
    **dict.fromkeys(["DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "Transport"], "._transport"),
}

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIOverrides",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPaginator",
    "AuthError",
    "AuthenticationError",
    "BadRequestError",
    "ClientCredentialsFlow",
    "Config",
    "ConfigError",
    "ConflictError",
    "DeploymentCheckError",
    "DeviceFlow",
    "DevicePrompt",
    "FieldError",
    "FileTokenStore",
    "ImpactReport",
    "InternalServerError",
    "InvalidArgumentError",
    "JobFailedError",
    "JobTimeoutError",
    "LockedError",
    "MemoryTokenStore",
    "NotFoundError",
    "NotGiven",
    "OfflineFlow",
    "PasswordFlow",
    "PermissionDeniedError",
    "PersonLinkRequiredError",
    "PinError",
    "ProvenaClient",
    "ProvenaError",
    "RateLimitError",
    "RawResponse",
    "RequestOptions",
    "ResponseValidationError",
    "RetryPolicy",
    "RoleRequiredError",
    "SpecPin",
    "StaticTokenAuth",
    "StatusFailedError",
    "SyncPaginator",
    "TokenProvider",
    "TokenStore",
    "TokenStoreError",
    "TransferError",
    "TransferIntegrityError",
    "Transport",
    "UnprocessableEntityError",
    "UnsafePathError",
    "__version__",
    "capture_response",
    "check_deployment",
    "request_options",
    "spec_pin",
    "wait_for",
    "wait_for_sync",
]


# Subpackages reachable as attributes after a plain `import provena` (e.g. `provena.sync.ProvenaClient`).
_SUBMODULES = frozenset({"clients", "sync", "lineage", "models", "modules"})


def __getattr__(name: str) -> object:
    if name in _SUBMODULES:
        return importlib.import_module(f"{__name__}.{name}")  # the import binds it in this namespace
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'provena' has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name, __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
