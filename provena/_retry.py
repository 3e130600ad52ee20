"""Retries below the auth layer: exponential backoff with jitter, Retry-After, idempotent requests only.

A request is retried (on a connection error, a timeout, or 408/429/5xx) only if repeating it cannot create
something twice: GET/HEAD/OPTIONS by default, or any request sent with the per-call option `idempotent=True`
(the facade marks read-only POSTs such as list/search that way) or the request extension
`provena_idempotent=True` (token requests). A mint/register/create POST is never retried.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass

import httpx

from ._logging import redact
from ._options import NOT_GIVEN, current_options

__all__ = [
    "AsyncRetryTransport",
    "RetryPolicy",
    "RetryTransport",
    "backoff_delay",
    "is_idempotent",
    "parse_retry_after",
    "retry_delay",
]

logger = logging.getLogger("provena")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
RETRY_STATUSES = frozenset({408, 429})
RETRY_COUNT_HEADER = "x-provena-retry-count"
IDEMPOTENT_EXTENSION = "provena_idempotent"
TOKEN_REQUEST_EXTENSION = "provena_token_request"

# Transport-level failures worth another attempt. Not LocalProtocolError/UnsupportedProtocol/ProxyError: those
# will fail the same way again.
_RETRY_EXCEPTIONS: tuple[type[Exception], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    # A longer Retry-After is not waited for: the error is raised so the caller can decide.
    max_retry_after: float = 120.0


def is_idempotent(request: httpx.Request) -> bool:
    # Most specific first: a mark on the request itself (token requests), then the per-call option, then the verb.
    marked = request.extensions.get(IDEMPOTENT_EXTENSION)
    if marked is not None:
        return bool(marked)
    option = current_options().idempotent
    if option is not None:
        return option
    return request.method.upper() in IDEMPOTENT_METHODS


def should_retry_status(status_code: int) -> bool:
    return status_code in RETRY_STATUSES or status_code >= 500


def parse_retry_after(headers: Mapping[str, str] | httpx.Headers, *, now: float | None = None) -> float | None:
    """Seconds to wait from `retry-after-ms`, or `retry-after` (seconds or HTTP date); None if absent/bad."""
    ms = headers.get("retry-after-ms")
    if ms is not None:
        try:
            return max(0.0, float(ms) / 1000.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


def backoff_delay(attempt: int, policy: RetryPolicy) -> float:
    """Exponential backoff for retry number `attempt` (0-based), capped, with jitter."""
    base: float = min(policy.initial_delay * (2.0**attempt), policy.max_delay)
    # Jitter in (0.75, 1] of the base keeps clients that failed together from retrying together.
    return base * (1 - 0.25 * random.random())


def retry_delay(attempt: int, policy: RetryPolicy, retry_after: float | None = None) -> float | None:
    """Delay before retry number `attempt`; Retry-After wins; None if the server asks for too long a wait."""
    if retry_after is not None:
        return retry_after if retry_after <= policy.max_retry_after else None
    return backoff_delay(attempt, policy)


class _RetryState:
    """Shared decision logic of the sync and async transports."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy

    def prepare(self, request: httpx.Request) -> tuple[int, bool]:
        options = current_options()
        if not request.extensions.get(TOKEN_REQUEST_EXTENSION):  # the caller's headers are for the API, not Keycloak
            for name, value in options.extra_headers.items():
                request.headers[name] = value
        if options.timeout is not NOT_GIVEN:
            request.extensions["timeout"] = httpx.Timeout(options.timeout).as_dict()
        max_retries = self.policy.max_retries if options.max_retries is None else options.max_retries
        return max_retries, is_idempotent(request)

    @staticmethod
    def mark(request: httpx.Request, attempt: int) -> None:
        if attempt:
            request.headers[RETRY_COUNT_HEADER] = str(attempt)

    def delay_for_response(self, response: httpx.Response, attempt: int) -> float | None:
        return retry_delay(attempt, self.policy, parse_retry_after(response.headers))

    @staticmethod
    def log(request: httpx.Request, reason: str, delay: float, attempt: int, max_retries: int) -> None:
        logger.info("retrying %s %s after %s in %.2fs (retry %d of %d)", request.method,
                    redact(str(request.url)), reason, delay, attempt + 1, max_retries)  # fmt: skip


class RetryTransport(httpx.BaseTransport):
    """Wraps a (shared) sync transport. Closing it does not close the wrapped pool: the owner does that."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        self._inner = inner
        self._state = _RetryState(policy or RetryPolicy())
        self._sleep = sleep or time.sleep

    @property
    def policy(self) -> RetryPolicy:
        return self._state.policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        max_retries, idempotent = self._state.prepare(request)
        attempt = 0
        while True:
            self._state.mark(request, attempt)
            can_retry = idempotent and attempt < max_retries
            try:
                response = self._inner.handle_request(request)
            except _RETRY_EXCEPTIONS as exc:
                if not can_retry:
                    raise
                delay = backoff_delay(attempt, self._state.policy)
                self._state.log(request, type(exc).__name__, delay, attempt, max_retries)
            else:
                if not (can_retry and should_retry_status(response.status_code)):
                    return response
                found = self._state.delay_for_response(response, attempt)
                if found is None:
                    return response
                delay = found
                response.close()  # release the connection before waiting
                self._state.log(request, str(response.status_code), delay, attempt, max_retries)
            self._sleep(delay)
            attempt += 1

    def close(self) -> None:
        pass


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Async twin of RetryTransport; waits with asyncio.sleep so the event loop keeps running."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        self._inner = inner
        self._state = _RetryState(policy or RetryPolicy())
        if sleep is None:
            import asyncio  # here, not at module level: a sync program never loads asyncio for provena

            sleep = asyncio.sleep
        self._sleep = sleep

    @property
    def policy(self) -> RetryPolicy:
        return self._state.policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        max_retries, idempotent = self._state.prepare(request)
        attempt = 0
        while True:
            self._state.mark(request, attempt)
            can_retry = idempotent and attempt < max_retries
            try:
                response = await self._inner.handle_async_request(request)
            except _RETRY_EXCEPTIONS as exc:
                if not can_retry:
                    raise
                delay = backoff_delay(attempt, self._state.policy)
                self._state.log(request, type(exc).__name__, delay, attempt, max_retries)
            else:
                if not (can_retry and should_retry_status(response.status_code)):
                    return response
                found = self._state.delay_for_response(response, attempt)
                if found is None:
                    return response
                delay = found
                await response.aclose()
                self._state.log(request, str(response.status_code), delay, attempt, max_retries)
            await self._sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        pass
