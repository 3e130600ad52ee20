"""The exception hierarchy, and the one place that maps an HTTP status to an exception class.

    ProvenaError
    ├── APIError(message, request, body)
    │   ├── APIStatusError(status_code, response, body, details)
    │   │   ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403, NotFoundError 404,
    │   │   ├── ConflictError 409, UnprocessableEntityError 422 (.field_errors), RateLimitError 429
    │   │   └── InternalServerError 5xx
    │   ├── APIConnectionError
    │   │   └── APITimeoutError
    │   ├── StatusFailedError (HTTP 200 whose body says status.success == false)
    │   └── ResponseValidationError (the body did not parse into the expected model)
    ├── AuthError (a login / token problem: denied, expired, no way to prompt, ...)
    ├── JobFailedError, JobTimeoutError
    ├── UnsafePathError (also a ValueError), TransferError
    │   └── TransferIntegrityError
    └── ConfigError (from provena._config, also a ValueError)

httpx is only imported for type checking so that importing the errors stays cheap.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ._config import ConfigError

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigError",
    "ConflictError",
    "FieldError",
    "InternalServerError",
    "JobFailedError",
    "JobTimeoutError",
    "NotFoundError",
    "PermissionDeniedError",
    "ProvenaError",
    "RateLimitError",
    "ResponseValidationError",
    "StatusFailedError",
    "TransferError",
    "TransferIntegrityError",
    "UnprocessableEntityError",
    "UnsafePathError",
    "make_status_error",
    "status_failure",
]

# Longest server detail quoted in an exception message; the full body stays on `.body`.
_MAX_DETAIL = 500


class ProvenaError(Exception):
    """Base class of every exception raised by the provena client."""


class APIError(ProvenaError):
    """A request to a Provena service failed. `request` is the httpx request (None if it never got built)."""

    def __init__(self, message: str, request: httpx.Request | None, *, body: object | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body


class APIStatusError(APIError):
    """The service answered with a non-2xx status; `details` is the server's `detail` (FastAPI) if any."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None = None,
        details: object | None = None,
    ) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code: int = response.status_code
        self.details = details


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401: the token was missing, invalid or expired (after one refresh attempt)."""


class PermissionDeniedError(APIStatusError):
    """403: authenticated, but not allowed (missing role or item permission)."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


@dataclass(frozen=True)
class FieldError:
    """One entry of FastAPI's 422 `detail` list."""

    loc: tuple[str | int, ...]
    msg: str
    type: str

    @property
    def path(self) -> str:
        """`loc` as a dotted path, e.g. `body.display_name`."""
        return ".".join(str(part) for part in self.loc)

    def __str__(self) -> str:
        return f"{self.path}: {self.msg}"


class UnprocessableEntityError(APIStatusError):
    """422: the request did not validate; `field_errors` lists what to fix."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None = None,
        details: object | None = None,
    ) -> None:
        super().__init__(message, response=response, body=body, details=details)
        self.field_errors: list[FieldError] = parse_field_errors(details)


class RateLimitError(APIStatusError):
    """429 (after the retries allowed for the request ran out)."""


class InternalServerError(APIStatusError):
    """5xx (after the retries allowed for the request ran out)."""


class APIConnectionError(APIError):
    """The service could not be reached (DNS, refused connection, TLS, broken connection)."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None) -> None:
        super().__init__(message, request)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool)."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None) -> None:
        super().__init__(message, request=request)


class StatusFailedError(APIError):
    """HTTP 2xx whose body carries `status: {success: false, details: ...}` (Provena's in-band failure)."""

    def __init__(
        self, message: str, *, response: httpx.Response, body: object, details: object | None
    ) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code: int = response.status_code
        self.details = details


class ResponseValidationError(APIError):
    """The response body could not be parsed into the expected model."""

    def __init__(self, message: str, *, response: httpx.Response | None, body: object | None = None) -> None:
        super().__init__(message, None if response is None else response.request, body=body)
        self.response = response


class AuthError(ProvenaError):
    """Login or token refresh failed, or a login needs a prompt that nothing can show. `error` is the OAuth
    error code when the server sent one (e.g. `invalid_grant`, `access_denied`)."""

    def __init__(self, message: str, *, error: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.error = error


class JobFailedError(ProvenaError):
    """A job reached a failed state; `status` is the last status seen."""

    def __init__(self, message: str, *, status: object | None = None) -> None:
        super().__init__(message)
        self.status = status


class JobTimeoutError(ProvenaError, TimeoutError):
    """A job did not finish in time; `last_status` is the last status seen (None if none was fetched)."""

    def __init__(self, message: str, *, last_status: object | None = None, elapsed: float = 0.0) -> None:
        super().__init__(message)
        self.last_status = last_status
        self.elapsed = elapsed


class UnsafePathError(ProvenaError, ValueError):
    """Paths of a transfer that would leave its folder (or cannot be written safely); nothing was moved.

    `problems` maps each offending key or path to the reason; the message lists them (at most 20).
    """

    def __init__(self, message: str, *, problems: dict[str, str]) -> None:
        super().__init__(message)
        self.problems = problems


class TransferError(ProvenaError):
    """A dataset file transfer failed (S3 refused or broke off); `key` is the object concerned, if one."""

    def __init__(self, message: str, *, key: str | None = None) -> None:
        super().__init__(message)
        self.key = key


class TransferIntegrityError(TransferError):
    """Received or sent bytes do not match their checksum; no file was left under its final name."""


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def parse_field_errors(details: object) -> list[FieldError]:
    """FastAPI's `detail: [{loc, msg, type}, ...]` → FieldError list (anything else → [])."""
    if not isinstance(details, list):
        return []
    out: list[FieldError] = []
    for entry in details:
        if not isinstance(entry, dict):
            continue
        raw_loc = entry.get("loc") or ()
        loc = tuple(p if isinstance(p, int) else str(p) for p in raw_loc) if isinstance(raw_loc, list) else ()
        out.append(FieldError(loc=loc, msg=str(entry.get("msg", "")), type=str(entry.get("type", ""))))
    return out


def _body_of(response: httpx.Response) -> object:
    try:
        content = response.content
    except Exception:  # streamed and not read: no body to show
        return None
    if not content:
        return None
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return response.text


def _shorten(text: str) -> str:
    return text if len(text) <= _MAX_DETAIL else text[: _MAX_DETAIL - 3] + "..."


def _describe(details: object) -> str:
    fields = parse_field_errors(details)
    if fields:
        return "; ".join(str(f) for f in fields)
    if details is None:
        return ""
    if isinstance(details, str):
        return _shorten(details)
    return _shorten(json.dumps(details, default=str))


def _where(response: httpx.Response) -> str:
    request = response.request
    return f"{request.method} {request.url.path}"


def make_status_error(response: httpx.Response, *, body: object | None = None) -> APIStatusError:
    """The exception for a non-2xx response. The one status → class map of the package."""
    if body is None:
        body = _body_of(response)
    details = body.get("detail") if isinstance(body, dict) else body
    status = response.status_code
    cls = _STATUS_CLASSES.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    reason = response.reason_phrase or ""
    message = f"{_where(response)} → {status} {reason}".rstrip()
    described = _describe(details)
    if described:
        message += f": {described}"
    return cls(message, response=response, body=body, details=details)


def status_failure(response: httpx.Response, body: object) -> StatusFailedError | None:
    """A StatusFailedError if the 2xx `body` is a Provena `{status: {success: false}}`, else None."""
    if not isinstance(body, dict):
        return None
    status = body.get("status")
    if not isinstance(status, dict) or status.get("success") is not False:
        return None
    details = status.get("details")
    message = f"{_where(response)} → {response.status_code} but the service reported failure"
    described = _describe(details)
    if described:
        message += f": {described}"
    return StatusFailedError(message, response=response, body=body, details=details)
