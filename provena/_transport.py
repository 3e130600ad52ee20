"""One connection pool per `Transport`, handed out as httpx clients bound to each service's base URL.

    service client (httpx.Client/AsyncClient, base_url = service, auth, UA, timeout; maps errors)
        └── auth flow (provena._auth; token requests go down the same path)
            └── RetryTransport / AsyncRetryTransport (provena._retry; per-call options)
                └── the shared pool: one httpx.HTTPTransport + one httpx.AsyncHTTPTransport (created lazily)

The generated clients get these via `set_httpx_client` / `set_async_httpx_client` and call
`client.request(method=..., url=<relative path>, ...)`. Errors come out as provena exceptions (`_errors`): a
non-2xx status, a 2xx body with `status.success == false`, connection failures and timeouts. The service
clients raise *after* the auth flow has seen the response, so a 401 is first given its one refresh.
"""

from __future__ import annotations

import contextlib
import copy
import http.cookiejar
import json
import logging
import re
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import Any, Self

import httpx

from ._config import Config
from ._errors import APIConnectionError, APITimeoutError, make_status_error, status_failure
from ._logging import install_redaction, redact, setup_logging
from ._ops.validate import check_timeout
from ._options import NOT_GIVEN, NotGiven, RequestOptions, current_options, record_response, request_options
from ._redact import NO_SECRETS_EXTENSION, remember_secrets_in
from ._retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from ._version import __version__

__all__ = ["DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "USER_AGENT", "Transport"]

logger = logging.getLogger("provena")

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
USER_AGENT = f"provena-python/{__version__}"


def _json_body(response: httpx.Response) -> object | None:
    if "json" not in response.headers.get("content-type", ""):
        return None
    try:
        body: object = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return None  # the generated parser reports unparsable bodies
    return body


def _connection_error(request: httpx.Request, exc: httpx.TransportError) -> APIConnectionError:
    where = f"{request.method} {redact(str(request.url.copy_with(query=None)))}"
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{where}: timed out ({type(exc).__name__})", request=request)
    return APIConnectionError(f"{where}: connection failed: {redact(str(exc)) or type(exc).__name__}",
                              request=request)  # fmt: skip


def _log(response: httpx.Response, started: float) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        request = response.request
        logger.debug("%s %s → %d (%.0f ms)", request.method, redact(str(request.url)), response.status_code,
                     (time.monotonic() - started) * 1000)  # fmt: skip


# Bodies that hand the client a secret (S3 credentials, tokens): their values are masked in every log line and
# message from then on, whatever shape a library prints them in.
_MAYBE_SECRET = re.compile(rb'"(?:aws_secret_access_key|aws_session_token|secret_access_key|session_token|'
                           rb'access_token|refresh_token)"')  # fmt: skip


def _remember_secrets(response: httpx.Response, streamed: bool) -> None:
    if streamed or not 200 <= response.status_code <= 299:  # `is_success`, without its two calls
        return
    if response.request.extensions.get(NO_SECRETS_EXTENSION):  # a result the facade knows holds none
        return
    content = response.content
    # Every name above ends in `_token"` or `access_key"`: two memchr-speed finds spare most bodies the regex.
    if ((b'_token"' in content or b'access_key"' in content) and _MAYBE_SECRET.search(content)
            and "json" in response.headers.get("content-type", "")):  # fmt: skip
        remember_secrets_in(_json_body(response))


# A byte scan is far cheaper than decoding every body twice (here and in the generated parser): only a body
# that could hold `"success": false` is decoded to look at its status.
_MAYBE_FAILED = re.compile(rb'"success"\s*:\s*false')


def _maybe_failed(content: bytes) -> bool:
    """Whether `"success": false` is in the body: a plain find (fast search in C) for each `"success"`, and the
    regex matched only there, never searched over the whole body."""
    start = content.find(b'"success"')
    while start != -1:
        if _MAYBE_FAILED.match(content, start):
            return True
        start = content.find(b'"success"', start + 9)
    return False


# Provena's services put `status` first in their bodies (compact, or with the spaces of Python's json):
# a body that starts so has a top-level status of success, which is all `status_failure` looks at, so the
# rest of it need not be searched.
_SUCCEEDED = (b'{"status":{"success":true,', b'{"status": {"success": true,', b'{"status":{"success":true}',
              b'{"status": {"success": true}')  # fmt: skip


def _failure(response: httpx.Response, streamed: bool) -> Exception | None:
    """The exception a finished response stands for, if any (body must already be read)."""
    code = response.status_code  # compared here: httpx's `is_error`/`is_success` are two calls each
    if 400 <= code <= 599:
        return make_status_error(response)
    if streamed or not 200 <= code <= 299:
        return None
    content = response.content
    if content.startswith(_SUCCEEDED) or not _maybe_failed(content):
        return None
    check = current_options().check_status
    if check is None or check:
        return status_failure(response, _json_body(response))
    return None


class _EmptyJar(http.cookiejar.CookieJar):
    """A cookie jar that keeps nothing (see `_Cookieless`): `Cookies.set`/`update` store through here."""

    def set_cookie(self, cookie: http.cookiejar.Cookie) -> None:
        return None


class _NoCookies(httpx.Cookies):
    """Always empty; reading a response's Set-Cookie headers is skipped altogether."""

    def __init__(self) -> None:
        super().__init__(_EmptyJar())

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


_NO_COOKIES = _NoCookies()


class _Cookieless:
    """The service clients keep no cookies.

    Provena's services authenticate by bearer token and need none, and a jar would carry a cookie set by one
    response into every later request to that host (the official client keeps none either: it opens a client
    per request). Staying empty also spares each request httpx's cookie merge and each response the parsing of
    its Set-Cookie headers (together about a tenth of a `fetch_dataset`'s client CPU, docs/benchmarks.md)."""

    @property
    def cookies(self) -> httpx.Cookies:
        return _NO_COOKIES

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        return None  # httpx's __init__ sets an empty jar; nothing else is set here


class ServiceClient(_Cookieless, httpx.Client):
    """httpx.Client raising provena exceptions; its transport is a retry wrapper around the shared pool."""

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        started = time.monotonic()
        try:
            response = super().send(request, **kwargs)
        except httpx.TransportError as exc:
            raise _connection_error(request, exc) from exc
        _log(response, started)
        record_response(response)
        streamed = bool(kwargs.get("stream"))
        if streamed and 400 <= response.status_code <= 599:
            response.read()  # the error message needs the body
        _remember_secrets(response, streamed)
        failure = _failure(response, streamed)
        if failure is not None:
            response.close()
            raise failure
        return response


class AsyncServiceClient(_Cookieless, httpx.AsyncClient):
    """Async twin of ServiceClient."""

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        started = time.monotonic()
        try:
            response = await super().send(request, **kwargs)
        except httpx.TransportError as exc:
            raise _connection_error(request, exc) from exc
        _log(response, started)
        record_response(response)
        streamed = bool(kwargs.get("stream"))
        if streamed and 400 <= response.status_code <= 599:
            await response.aread()
        _remember_secrets(response, streamed)
        failure = _failure(response, streamed)
        if failure is not None:
            await response.aclose()
            raise failure
        return response


class _Pool:
    """The connections. Shared by a Transport and all its `with_options` copies; closed by the original."""

    def __init__(
        self,
        transport: httpx.BaseTransport | None,
        async_transport: httpx.AsyncBaseTransport | None,
        verify: bool | str,
        limits: httpx.Limits | None,
    ) -> None:
        self._sync = transport
        self._async = async_transport
        self._verify = verify
        self._limits = limits or httpx.Limits(max_connections=100, max_keepalive_connections=20)
        self._lock = threading.Lock()
        self.closed = False

    def sync(self) -> httpx.BaseTransport:
        with self._lock:
            if self.closed:
                raise RuntimeError("this provena Transport has been closed")
            if self._sync is None:
                self._sync = httpx.HTTPTransport(verify=self._verify, limits=self._limits)
            return self._sync

    def async_(self) -> httpx.AsyncBaseTransport:
        with self._lock:
            if self.closed:
                raise RuntimeError("this provena Transport has been closed")
            if self._async is None:
                self._async = httpx.AsyncHTTPTransport(verify=self._verify, limits=self._limits)
            return self._async

    def close(self) -> None:
        self.closed = True
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        self.close()
        if self._async is not None:
            await self._async.aclose()


class Transport:
    """Owns one connection pool and hands out per-service httpx clients sharing it.

    `transport=` / `async_transport=` replace the pool's network transports (tests pass an
    `httpx.MockTransport`, which serves both). `sleep=` / `async_sleep=` replace the retry waits.
    """

    def __init__(
        self,
        config: Config,
        auth: httpx.Auth | None = None,
        *,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        verify: bool | str = True,
        limits: httpx.Limits | None = None,
        follow_redirects: bool = True,
        retry_policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] | None = None,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        if max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {max_retries}")
        check_timeout(timeout, method="Transport")
        setup_logging()
        install_redaction()
        if async_transport is None and isinstance(transport, httpx.AsyncBaseTransport):
            async_transport = transport  # MockTransport implements both
        self.config = config
        self.auth = auth
        self.timeout = httpx.Timeout(timeout)
        policy = retry_policy or RetryPolicy()
        self.retry_policy = RetryPolicy(
            max_retries, policy.initial_delay, policy.max_delay, policy.max_retry_after
        )
        self.headers: dict[str, str] = {"User-Agent": USER_AGENT, **(headers or {})}
        self.follow_redirects = follow_redirects
        self._pool = _Pool(transport, async_transport, verify, limits)
        self._owns_pool = True
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._sync_clients: dict[str, httpx.Client] = {}
        self._async_clients: dict[str, httpx.AsyncClient] = {}
        self._lock = threading.Lock()

    @property
    def max_retries(self) -> int:
        return self.retry_policy.max_retries

    # -- clients --------------------------------------------------------------------------------------------
    def _client_kwargs(self, service: str) -> dict[str, Any]:
        return {"base_url": self.config.endpoint_for(service), "auth": self.auth, "timeout": self.timeout,
                "headers": self.headers, "follow_redirects": self.follow_redirects}  # fmt: skip

    def sync_client(self, service: str) -> httpx.Client:
        """The sync httpx client for a service (auth, datastore, registry, prov, search, job, id-service)."""
        with self._lock:
            client = self._sync_clients.get(service)
            if client is None:
                retry = RetryTransport(self._pool.sync(), self.retry_policy, sleep=self._sleep)
                client = ServiceClient(transport=retry, **self._client_kwargs(service))
                self._sync_clients[service] = client
            return client

    def async_client(self, service: str) -> httpx.AsyncClient:
        """The async httpx client for a service."""
        with self._lock:
            client = self._async_clients.get(service)
            if client is None:
                retry = AsyncRetryTransport(self._pool.async_(), self.retry_policy, sleep=self._async_sleep)
                client = AsyncServiceClient(transport=retry, **self._client_kwargs(service))
                self._async_clients[service] = client
            return client

    # -- options --------------------------------------------------------------------------------------------
    @staticmethod
    def options(
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        idempotent: bool | None = None,
        max_retries: int | None = None,
        check_status: bool | None = None,
    ) -> contextlib.AbstractContextManager[RequestOptions]:
        """Per-call options for the requests sent inside the `with` block (see `RequestOptions`)."""
        return request_options(timeout=timeout, extra_headers=extra_headers, idempotent=idempotent,
                               max_retries=max_retries, check_status=check_status)  # fmt: skip

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        auth: httpx.Auth | NotGiven | None = NOT_GIVEN,
    ) -> Transport:
        """A copy with other defaults that shares this transport's connection pool (closing it is a no-op)."""
        check_timeout(timeout, method="with_options")
        clone = copy.copy(self)
        if not isinstance(timeout, NotGiven):
            clone.timeout = httpx.Timeout(timeout)
        if max_retries is not None:
            if max_retries < 0:
                raise ValueError(f"max_retries must be >= 0, got {max_retries}")
            p = self.retry_policy
            clone.retry_policy = RetryPolicy(max_retries, p.initial_delay, p.max_delay, p.max_retry_after)
        if headers:
            clone.headers = {**self.headers, **headers}
        if not isinstance(auth, NotGiven):
            clone.auth = auth
        clone._owns_pool = False
        clone._sync_clients = {}
        clone._async_clients = {}
        clone._lock = threading.Lock()
        return clone

    # -- lifecycle ------------------------------------------------------------------------------------------
    @property
    def is_closed(self) -> bool:
        return self._pool.closed

    def close(self) -> None:
        """Close the sync connections (use `aclose()` when async clients were used)."""
        if self._owns_pool:
            self._pool.close()

    async def aclose(self) -> None:
        if self._owns_pool:
            await self._pool.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"Transport(domain={self.config.domain!r}, max_retries={self.max_retries})"
