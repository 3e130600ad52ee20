"""The exception hierarchy, and the one place that maps an HTTP status to an exception class.

    ProvenaError
    ├── APIError(message, request, body)
    │   ├── APIStatusError(status_code, response, body, details)
    │   │   ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403, NotFoundError 404,
    │   │   ├── ConflictError 409, UnprocessableEntityError 422 (.field_errors), RateLimitError 429
    │   │   ├── InternalServerError 5xx
    │   │   └── by meaning, whatever the status: NotFoundError (an unknown id), LockedError and
    │   │       RoleRequiredError (both PermissionDeniedError), PersonLinkRequiredError
    │   ├── APIConnectionError
    │   │   └── APITimeoutError
    │   ├── StatusFailedError (HTTP 200 whose body says status.success == false)
    │   └── ResponseValidationError (the body did not parse into the expected model)
    ├── AuthError (a login / token problem: denied, expired, no way to prompt, ...)
    ├── JobFailedError, JobTimeoutError
    ├── UnsafePathError (also a ValueError), TransferError
    │   └── TransferIntegrityError
    ├── InvalidArgumentError (bad arguments, raised before anything is sent; also a ValueError and a TypeError)
    └── ConfigError (from provena._config, also a ValueError)

Provena's services say "not found", "locked", "link your user to a Person" and "you lack the role" with more
than one status (a 400, a 401, a 404, or a 200 whose `status.success` is false). `make_status_error` and
`status_failure` read the server's detail and raise the class of what it *means*, combined with the class its
status gives, so `except provena.NotFoundError` works on every fetch while an existing `except BadRequestError`
(or `StatusFailedError`, `AuthenticationError`) still catches the same call: a 400 "not found" raises
`NotFoundError[BadRequestError]`, a subclass of both.

Every message, `str()` and `repr()` is redacted (`provena._redact`): a server echoing the request's headers
cannot put a bearer token into a traceback. `.body` keeps the server's raw body.

httpx is only imported for type checking so that importing the errors stays cheap.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._config import ConfigError
from ._redact import redact

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
    "make_status_error",
    "status_failure",
]

# Longest server detail quoted in an exception message; the full body stays on `.body`.
_MAX_DETAIL = 500


class ProvenaError(Exception):
    """Base class of every exception raised by the provena client. Its text never shows a secret."""

    def __str__(self) -> str:
        return redact(super().__str__())

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}({str(self)!r})"


class APIError(ProvenaError):
    """A request to a Provena service failed. `request` is the httpx request (None if it never got built)."""

    def __init__(self, message: str, request: httpx.Request | None, *, body: object | None = None) -> None:
        message = redact(message)
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
        # Not super(): a class combining this with StatusFailedError (a 200 "not found") runs this one only.
        APIError.__init__(self, message, response.request, body=body)
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
    """404, or any answer saying the id does not exist (a 400 of the data store, a 200 `status.success=false`
    of the registry): every fetch of an unknown id raises this."""


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


class LockedError(PermissionDeniedError):
    """The item is locked, so it cannot be changed (the registry answers 401). Never retried with a new token.
    An admin of the item unlocks it: `registry.unlock_resource({"id": ..., "reason": ...}, subtype)` or
    `registry.<subtype>.unlock_resource(...)`."""


class RoleRequiredError(PermissionDeniedError):
    """The token is valid but lacks the role the route needs (the real services answer 401, not 403).
    Ask for the role (`auth_api.post_user_request_change`); a new token would not help, so none is fetched."""


class PersonLinkRequiredError(APIStatusError):
    """The action needs your user linked to a registry Person first: link it with
    `auth_api.post_link_assign(person_id)` (register the Person first if there is none)."""


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
        self, message: str, *, response: httpx.Response, body: object, details: object | None = None
    ) -> None:
        APIError.__init__(self, message, response.request, body=body)
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
        message = redact(message)
        super().__init__(message)
        self.message = message
        self.error = error


class InvalidArgumentError(ProvenaError, ValueError, TypeError):
    """An argument cannot be sent as given (missing, None, empty, wrong type, too long, a bad timeout): raised
    before any request. `parameter` is the documented name of the argument to fix."""

    def __init__(self, message: str, *, parameter: str) -> None:
        super().__init__(message)
        self.message = message
        self.parameter = parameter


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


# -- meaning, whatever the status --------------------------------------------------------------------------
# From the real services' details (provena/provena: registry, data store, prov, job and auth APIs, and
# KeycloakFastAPI's role dependencies), which the local stack reproduces. First match wins.
_MEANINGS: tuple[tuple[re.Pattern[str], type[APIStatusError], str], ...] = (
    (re.compile(r"(?i)resource is locked|dataset is locked|files of a locked"), LockedError,
     "the item is locked: an admin of the item can unlock it with registry.unlock_resource"
     "({'id': ..., 'reason': ...}, subtype), then try again"),
    (re.compile(r"(?i)link your user account to a\s+person|without having a linked person"),
     PersonLinkRequiredError,
     "link your user to a registry Person first: auth_api.post_link_assign({'person_id': ...}) "
     "(register the Person with registry.person.create_item if there is none)"),
    (re.compile(r"(?i)don'?t have the correct role"), RoleRequiredError,
     "your token lacks the role this route needs: request it with auth_api.post_user_request_change"),
    (re.compile(r"(?i)could not find the given key|are you sure (?:it exists|the id is correct)|"
                r"item was not found|was not found in the registry|not present in the registry|"
                r"there is no (?:registry item|handle) with id|could not find item in table|"
                r"not available in the registry|failed to find item"),
     NotFoundError, ""),
    (re.compile(r"(?i)not authori[sz]ed to|do not have sufficient permissions"), PermissionDeniedError, ""),
)  # fmt: skip

_COMBINED: dict[tuple[type[APIError], type[APIError]], type[Any]] = {}


def _combined(meaning: type[APIStatusError], status_class: type[APIError]) -> type[Any]:
    """`meaning` if it already is a `status_class`, else one class that is both, named e.g.
    `NotFoundError[BadRequestError]` (so an `except` written for either catches it)."""
    if issubclass(meaning, status_class):
        return meaning
    key = (meaning, status_class)
    cls = _COMBINED.get(key)
    if cls is None:
        cls = type(meaning.__name__, (meaning, status_class), {"__module__": __name__, "__doc__": meaning.__doc__})
        cls.__qualname__ = f"{meaning.__name__}[{status_class.__name__}]"
        _COMBINED[key] = cls
    return cls


def _meaning(details: object) -> tuple[type[APIStatusError], str] | None:
    text = details if isinstance(details, str) else json.dumps(details, default=str) if details else ""
    for pattern, cls, hint in _MEANINGS:
        if text and pattern.search(text):
            return cls, hint
    return None


def token_rejected(response: httpx.Response) -> bool:
    """Whether a 401 says the *token* is bad (missing, invalid, expired), so a new token may help; not for a
    lacking role, a locked item or an item permission, which the real services also answer with 401."""
    body = _body_of(response)
    details = body.get("detail") if isinstance(body, dict) else body
    found = _meaning(details)
    return found is None or not issubclass(found[0], PermissionDeniedError)


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
    cls: type[Any] = _STATUS_CLASSES.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    reason = response.reason_phrase or ""
    message = f"{_where(response)} → {status} {reason}".rstrip()
    cls, message = _by_meaning(cls, message, details)
    error = cls(message, response=response, body=body, details=details)
    assert isinstance(error, APIStatusError)
    return error


def _by_meaning(cls: type[Any], message: str, details: object) -> tuple[type[Any], str]:
    """The class the server's detail means combined with the status's `cls`, and the message with that detail
    (and the hint of what to do) appended: one step for error statuses and for 200s with success=false."""
    described = _describe(details)
    if described:
        message += f": {described}"
    found = _meaning(details)
    if found is None:
        return cls, message
    return _combined(found[0], cls), message + (f" ({found[1]})" if found[1] else "")


def status_failure(response: httpx.Response, body: object) -> StatusFailedError | None:
    """A StatusFailedError if the 2xx `body` is a Provena `{status: {success: false}}`, else None."""
    if not isinstance(body, dict):
        return None
    status = body.get("status")
    if not isinstance(status, dict) or status.get("success") is not False:
        return None
    details = status.get("details")
    message = f"{_where(response)} → {response.status_code} but the service reported failure"
    cls, message = _by_meaning(StatusFailedError, message, details)
    error = cls(message, response=response, body=body, details=details)
    assert isinstance(error, StatusFailedError)
    return error
