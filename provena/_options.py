"""Per-call options carried in a context variable, so the generated code never needs to know about them.

The facade wraps a call in `with request_options(...)`; the retry transport and the service clients read the
innermost options when the request is actually sent. Context variables follow asyncio tasks, so concurrent
calls with different options do not see each other's.
"""

from __future__ import annotations

import contextlib
import contextvars
import enum
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final, Literal, TypeAlias

if TYPE_CHECKING:
    import httpx

__all__ = [
    "NOT_GIVEN",
    "NotGiven",
    "RequestOptions",
    "ResponseCapture",
    "TimeoutTypes",
    "capture_response",
    "current_options",
    "request_options",
]


class NotGiven(enum.Enum):
    """Marks an option that was not passed (distinct from None, which means "no timeout")."""

    NOT_GIVEN = enum.auto()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven.NOT_GIVEN

TimeoutTypes: TypeAlias = "float | httpx.Timeout | None"


@dataclass(frozen=True)
class RequestOptions:
    """Options for the requests sent inside a `request_options(...)` block.

    timeout: float or httpx.Timeout for each request (None: no timeout); idempotent: True lets a POST be
    retried
    (read-only POSTs such as list/search), False forbids retrying even a GET; max_retries: overrides the
    transport's; extra_headers: merged into each request; check_status: raise StatusFailedError on a 2xx body
    with `status.success == false` (default on).
    """

    timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN
    extra_headers: Mapping[str, str] = field(default_factory=dict)
    idempotent: bool | None = None
    max_retries: int | None = None
    check_status: bool | None = None

    def merged(self, other: RequestOptions) -> RequestOptions:
        """`other` layered over self (inner block wins; headers are merged)."""
        return RequestOptions(
            timeout=self.timeout if other.timeout is NOT_GIVEN else other.timeout,
            extra_headers={**self.extra_headers, **other.extra_headers},
            idempotent=self.idempotent if other.idempotent is None else other.idempotent,
            max_retries=self.max_retries if other.max_retries is None else other.max_retries,
            check_status=self.check_status if other.check_status is None else other.check_status,
        )


_EMPTY = RequestOptions()
_current: contextvars.ContextVar[RequestOptions] = contextvars.ContextVar(
    "provena_request_options", default=_EMPTY
)


def current_options() -> RequestOptions:
    return _current.get()


@contextlib.contextmanager
def request_options(
    *,
    timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    idempotent: bool | None = None,
    max_retries: int | None = None,
    check_status: bool | None = None,
) -> Iterator[RequestOptions]:
    """Apply options to every request sent inside the block (nestable)."""
    if max_retries is not None and max_retries < 0:
        raise ValueError(f"max_retries must be >= 0, got {max_retries}")
    layer = RequestOptions(timeout=timeout, extra_headers=dict(extra_headers or {}), idempotent=idempotent,
                           max_retries=max_retries, check_status=check_status)  # fmt: skip
    merged = _current.get().merged(layer)
    token = _current.set(merged)
    try:
        yield merged
    finally:
        _current.reset(token)


@dataclass
class ResponseCapture:
    """Collects the final httpx responses sent inside a `capture_response()` block (raw-response access)."""

    responses: list[httpx.Response] = field(default_factory=list)

    @property
    def last(self) -> httpx.Response | None:
        return self.responses[-1] if self.responses else None


_capture: contextvars.ContextVar[ResponseCapture | None] = contextvars.ContextVar(
    "provena_capture", default=None
)


@contextlib.contextmanager
def capture_response() -> Iterator[ResponseCapture]:
    """Record the responses (after auth and retries) of the calls made inside the block."""
    capture = ResponseCapture()
    token = _capture.set(capture)
    try:
        yield capture
    finally:
        _capture.reset(token)


def record_response(response: httpx.Response) -> None:
    capture = _capture.get()
    if capture is not None:
        capture.responses.append(response)
