"""Authentication as `httpx.Auth` flows: Keycloak device, offline-token, password and client-credentials
grants, and static tokens.

Token requests are *yielded* from the auth flow, so they go through the same client, pool, retry transport and
logging as API calls, in sync and async code alike. The steps are written once as a generator of `_Send`,
`_Sleep` and lock steps; `sync_auth_flow` and `async_auth_flow` drive it, sleeping with `time.sleep` or
`anyio.sleep` respectively (so a device-flow poll never blocks an event loop).

Every flow puts `Authorization: Bearer <token>` on the request, refreshes the token shortly before it expires
(the JWT `exp` is read without verifying the signature: the server verifies it, we only need the time), and on
a 401 refreshes once and resends the request once, unless the 401 says the token is fine but the caller may not
(a lacking role, a locked item: `_errors.token_rejected`), which a new token would not change.
"""

from __future__ import annotations

import base64
import binascii
import enum
import json
import logging
import os
import sys
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeAlias, TypeVar

import httpx

from ._config import Config
from ._errors import AuthError, token_rejected
from ._redact import remember_secret, remember_secrets_in
from ._retry import IDEMPOTENT_EXTENSION, TOKEN_REQUEST_EXTENSION
from ._token_store import FileTokenStore, MemoryTokenStore, TokenStore
from ._version import __version__

if TYPE_CHECKING:
    import anyio

__all__ = [
    "ClientCredentialsFlow",
    "DeviceFlow",
    "DevicePrompt",
    "OfflineFlow",
    "PasswordFlow",
    "StaticTokenAuth",
    "TokenProvider",
    "jwt_expiry",
]

logger = logging.getLogger("provena")

# Refresh this long before `exp`, so a token does not expire between the check and the server's check.
EXPIRY_LEEWAY = 30.0
# Timeout of each Keycloak request (the official client set none at all).
TOKEN_HTTP_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"

TokenProvider: TypeAlias = Callable[[], str]
"""A callable returning a current access token; called before every request (e.g. from a secrets manager)."""


class DevicePrompt(Protocol):
    def __call__(self, verification_uri_complete: str, user_code: str, /) -> None: ...


# -- steps of an auth flow ---------------------------------------------------------------------------------
class _Send(NamedTuple):
    request: httpx.Request
    read: bool  # token responses are read in full; the API response is left to the caller (may be streamed)


class _Sleep(NamedTuple):
    seconds: float


class _Lock(enum.Enum):
    ACQUIRE = "acquire"
    RELEASE = "release"


_Step: TypeAlias = _Send | _Sleep | _Lock
_R = TypeVar("_R")
_Steps: TypeAlias = Generator[_Step, httpx.Response | None, _R]


def _expect_response(value: httpx.Response | None) -> httpx.Response:
    if value is None:  # only possible if a driver is broken
        raise RuntimeError("auth flow driver did not send back a response")
    return value


# -- token helpers -----------------------------------------------------------------------------------------
def jwt_expiry(token: str) -> float | None:
    """The `exp` claim (epoch seconds) of a JWT, without verifying anything; None if absent or not a JWT."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    payload = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None
    exp = claims.get("exp") if isinstance(claims, dict) else None
    # Keycloak offline tokens carry exp 0 / none: they do not expire on their own.
    return float(exp) if isinstance(exp, int | float) and exp > 0 else None


class _Tokens(NamedTuple):
    access_token: str
    refresh_token: str | None = None
    expires_at: float | None = None  # epoch seconds
    refresh_expires_at: float | None = None

    @classmethod
    def from_response(cls, data: dict[str, Any], *, now: float) -> _Tokens:
        access = data.get("access_token")
        if not isinstance(access, str) or not access:
            raise AuthError("the token endpoint answered without an access_token")
        refresh = data.get("refresh_token") if isinstance(data.get("refresh_token"), str) else None
        expires_at = jwt_expiry(access)
        if expires_at is None and isinstance(data.get("expires_in"), int | float):
            expires_at = now + float(data["expires_in"])
        refresh_expires_at = jwt_expiry(refresh) if refresh else None
        if refresh_expires_at is None and isinstance(data.get("refresh_expires_in"), int | float):
            # Keycloak sends refresh_expires_in 0 for offline tokens: "never".
            seconds = float(data["refresh_expires_in"])
            refresh_expires_at = now + seconds if seconds > 0 else None
        return cls(access, refresh, expires_at, refresh_expires_at)

    def access_valid(self, now: float) -> bool:
        return self.expires_at is None or self.expires_at - now > EXPIRY_LEEWAY

    def refresh_valid(self, now: float) -> bool:
        return self.refresh_token is not None and (
            self.refresh_expires_at is None or self.refresh_expires_at - now > EXPIRY_LEEWAY
        )

    def to_json(self) -> dict[str, Any]:
        return {"access_token": self.access_token, "refresh_token": self.refresh_token,
                "expires_at": self.expires_at, "refresh_expires_at": self.refresh_expires_at}  # fmt: skip

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> _Tokens | None:
        access = data.get("access_token")
        if not isinstance(access, str) or not access:
            return None
        refresh = data.get("refresh_token")
        expires_at = data.get("expires_at")
        refresh_expires_at = data.get("refresh_expires_at")
        remember_secrets_in(data)
        return cls(
            access,
            refresh if isinstance(refresh, str) else None,
            float(expires_at) if isinstance(expires_at, int | float) else jwt_expiry(access),
            float(refresh_expires_at) if isinstance(refresh_expires_at, int | float) else None,
        )


def _token_json(response: httpx.Response, what: str) -> dict[str, Any]:
    """The JSON body of a Keycloak answer, or AuthError naming the OAuth error (never echoing tokens)."""
    try:
        body = response.json()
    except (ValueError, UnicodeDecodeError):
        body = None
    if response.status_code == 200 and isinstance(body, dict):
        remember_secrets_in(body)  # masked in every log line and message from now on
        return body
    if isinstance(body, dict) and body.get("error"):
        error = str(body["error"])
        description = str(body.get("error_description") or "")
        detail = f"{error}: {description}" if description else error
        where = f"HTTP {response.status_code} from {response.request.url}"
        raise AuthError(f"{what} failed: {detail} ({where})", error=error)
    raise AuthError(f"{what} failed: HTTP {response.status_code} from {response.request.url}")


async def _anyio_sleep(seconds: float) -> None:
    # anyio is imported by the first async wait, not with the module: a sync program never needs it.
    import anyio

    await anyio.sleep(seconds)


# -- the common driver -------------------------------------------------------------------------------------
class _BearerAuth(httpx.Auth):
    """Base of every flow: attach the token, refresh before expiry and once on 401, and drive the steps."""

    # Overridable per instance (tests record instead of waiting, or move time on without waiting).
    _sleep: Callable[[float], None] = staticmethod(time.sleep)
    _async_sleep: Callable[[float], Any] = staticmethod(_anyio_sleep)
    _clock: Callable[[], float] = staticmethod(time.time)  # token expiry: epoch seconds, as in the token's exp
    _monotonic: Callable[[], float] = staticmethod(time.monotonic)  # how long a device login has waited

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._async_lock: anyio.Lock | None = None
        self._async_lock_loop: object | None = None

    # subclass hooks ---------------------------------------------------------------------------------------
    def _valid_token(self) -> str | None:
        """The current token if it can be used as is."""
        raise NotImplementedError

    def _current_token(self) -> str | None:
        """The current token, valid or not (to tell whether another request already refreshed)."""
        raise NotImplementedError

    def _new_token(self) -> _Steps[str]:
        """Refresh or log in; yields steps and returns the new access token."""
        raise NotImplementedError
        yield  # pragma: no cover - makes this a generator

    def _can_renew(self) -> bool:
        return True

    # the flow ---------------------------------------------------------------------------------------------
    def _ensure(self, *, stale: str | None) -> _Steps[str]:
        """A usable token. With `stale`, the server rejected that one: get a new one unless done already."""
        current = self._current_token()
        if stale is not None and current is not None and current != stale:
            return current
        if stale is None:
            valid = self._valid_token()
            if valid is not None:
                return valid
        return (yield from self._new_token())

    def _steps(self, request: httpx.Request) -> _Steps[None]:
        yield _Lock.ACQUIRE
        token = yield from self._ensure(stale=None)
        yield _Lock.RELEASE
        request.headers["Authorization"] = f"Bearer {token}"
        response = _expect_response((yield _Send(request, read=False)))
        if response.status_code != 401 or not self._can_renew() or not token_rejected(response):
            return
        logger.info("%s %s → 401; renewing the token and trying once more",
                    request.method, request.url.copy_with(query=None))  # fmt: skip
        yield _Lock.ACQUIRE
        renewed = yield from self._ensure(stale=token)
        yield _Lock.RELEASE
        if renewed == token:
            return  # nothing new to try: let the 401 through
        request.headers["Authorization"] = f"Bearer {renewed}"
        yield _Send(request, read=False)

    # A fixed token (StaticTokenAuth with a str) needs no lock, refresh or retry: set the header and send.
    _fixed: str | None = None

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._fixed is not None:
            request.headers["Authorization"] = f"Bearer {self._fixed}"
            response = yield request
            if response.status_code == 401:  # read here as the steps below do, for its detail
                response.read()
            return
        steps = self._steps(request)
        held = False
        try:
            step = next(steps)
            while True:
                sent: httpx.Response | None = None
                if step is _Lock.ACQUIRE:
                    self._lock.acquire()
                    held = True
                elif step is _Lock.RELEASE:
                    self._lock.release()
                    held = False
                elif isinstance(step, _Sleep):
                    self._sleep(step.seconds)
                elif isinstance(step, _Send):
                    sent = yield step.request
                    if step.read or sent.status_code == 401:  # a 401's detail decides whether to renew
                        sent.read()
                step = steps.send(sent)
        except StopIteration:
            return
        finally:
            steps.close()
            if held:
                self._lock.release()

    def _get_async_lock(self) -> anyio.Lock:
        # An asyncio lock belongs to one event loop; notebooks and tests may use several in turn.
        import asyncio  # here, not at module level: a sync program never loads asyncio for provena

        import anyio

        try:
            loop: object | None = asyncio.get_running_loop()
        except RuntimeError:  # trio
            loop = None
        if self._async_lock is None or self._async_lock_loop is not loop:
            self._async_lock = anyio.Lock()
            self._async_lock_loop = loop
        return self._async_lock

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self._fixed is not None:
            request.headers["Authorization"] = f"Bearer {self._fixed}"
            response = yield request
            if response.status_code == 401:
                await response.aread()
            return
        steps = self._steps(request)
        lock = self._get_async_lock()
        held = False
        try:
            step = next(steps)
            while True:
                sent: httpx.Response | None = None
                if step is _Lock.ACQUIRE:
                    await lock.acquire()
                    held = True
                elif step is _Lock.RELEASE:
                    lock.release()
                    held = False
                elif isinstance(step, _Sleep):
                    await self._async_sleep(step.seconds)
                elif isinstance(step, _Send):
                    sent = yield step.request
                    if step.read or sent.status_code == 401:
                        await sent.aread()
                step = steps.send(sent)
        except StopIteration:
            return
        finally:
            steps.close()
            if held:
                lock.release()

    # explicit login, outside any API call -------------------------------------------------------------------
    def _run_sync(self, steps: _Steps[_R], client: httpx.Client) -> _R:
        try:
            step = next(steps)
            while True:
                sent: httpx.Response | None = None
                if isinstance(step, _Sleep):
                    self._sleep(step.seconds)
                elif isinstance(step, _Send):
                    sent = client.send(step.request)
                step = steps.send(sent)
        except StopIteration as stop:
            result: _R = stop.value
            return result

    async def _run_async(self, steps: _Steps[_R], client: httpx.AsyncClient) -> _R:
        try:
            step = next(steps)
            while True:
                sent: httpx.Response | None = None
                if isinstance(step, _Sleep):
                    await self._async_sleep(step.seconds)
                elif isinstance(step, _Send):
                    sent = await client.send(step.request)
                step = steps.send(sent)
        except StopIteration as stop:
            result: _R = stop.value
            return result

    def login(self, *, http_client: httpx.Client | None = None) -> None:
        """Get a token now (e.g. run the device flow at the top of a notebook), not on the first call."""
        with self._lock:
            if http_client is not None:
                self._run_sync(self._ensure(stale=None), http_client)
                return
            with httpx.Client() as client:
                self._run_sync(self._ensure(stale=None), client)

    async def alogin(self, *, http_client: httpx.AsyncClient | None = None) -> None:
        """Async `login()`."""
        async with self._get_async_lock():
            if http_client is not None:
                await self._run_async(self._ensure(stale=None), http_client)
                return
            async with httpx.AsyncClient() as client:
                await self._run_async(self._ensure(stale=None), client)


# -- static tokens -----------------------------------------------------------------------------------------
class StaticTokenAuth(_BearerAuth):
    """A fixed access token, or a `TokenProvider` callable asked before each request (and again once on
    401)."""

    def __init__(self, token: str | TokenProvider) -> None:
        super().__init__()
        if isinstance(token, str):
            if not token.strip():
                raise AuthError("StaticTokenAuth needs a non-empty token")
            self._static: str | None = token.strip()
            self._provider: TokenProvider | None = None
            self._fixed = self._static
            remember_secret(self._static)
        elif callable(token):
            self._static = None
            self._provider = token
        else:
            raise TypeError(f"token must be a str or a callable returning one, got {type(token).__name__}")
        self._last: str | None = self._static

    def _call_provider(self) -> str:
        if self._provider is None:
            raise AuthError("the static token was rejected")
        value = self._provider()
        if not isinstance(value, str) or not value:
            raise AuthError(f"the token provider returned {type(value).__name__}, expected a non-empty str")
        remember_secret(value)
        self._last = value
        return value

    def _valid_token(self) -> str | None:
        return self._static if self._provider is None else self._call_provider()

    def _current_token(self) -> str | None:
        return self._last

    def _can_renew(self) -> bool:
        return self._provider is not None

    def _new_token(self) -> _Steps[str]:
        return self._call_provider()
        yield  # pragma: no cover

    def __repr__(self) -> str:
        return f"StaticTokenAuth({'<provider>' if self._provider else '<token>'})"


# -- Keycloak flows ----------------------------------------------------------------------------------------
class _KeycloakAuth(_BearerAuth):
    """Shared Keycloak plumbing: token requests, refresh-token grant, token storage."""

    def __init__(
        self,
        config: Config,
        client_id: str | None,
        *,
        scope: str | None = "openid",
        token_store: TokenStore | None = None,
        http_timeout: httpx.Timeout = TOKEN_HTTP_TIMEOUT,
    ) -> None:
        super().__init__()
        client_id = client_id or config.client_id
        if not client_id:
            raise AuthError(f"{type(self).__name__} needs a client_id (argument or Config.client_id)")
        self.config = config
        self.client_id = client_id
        self.scope = scope
        self._store = token_store
        self._http_timeout = http_timeout
        self._tokens: _Tokens | None = None
        self._loaded = token_store is None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(keycloak={self.config.keycloak_endpoint!r}, client_id={self.client_id!r})"

    # requests ---------------------------------------------------------------------------------------------
    def _post(self, url: str, form: dict[str, str]) -> httpx.Request:
        return httpx.Request(
            "POST",
            url,
            data=form,
            headers={"Accept": "application/json", "User-Agent": f"provena-python/{__version__}"},
            # Token requests create nothing: safe to retry on 5xx / connection errors.
            extensions={
                "timeout": self._http_timeout.as_dict(),
                IDEMPOTENT_EXTENSION: True,
                TOKEN_REQUEST_EXTENSION: True,
            },
        )

    def _token_call(self, form: dict[str, str], what: str) -> _Steps[_Tokens]:
        form = {"client_id": self.client_id, **form}
        if self.scope and "scope" not in form:
            form["scope"] = self.scope
        response = _expect_response((yield _Send(self._post(self.config.token_endpoint, form), read=True)))
        return _Tokens.from_response(_token_json(response, what), now=self._clock())

    # token state ------------------------------------------------------------------------------------------
    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        data = self._store.load() if self._store is not None else None
        if data and data.get("client_id") == self.client_id:
            self._tokens = _Tokens.from_json(data)

    def _set(self, tokens: _Tokens) -> str:
        self._tokens = tokens
        if self._store is not None:
            try:
                self._store.save({**tokens.to_json(), "client_id": self.client_id,
                                  "keycloak": self.config.keycloak_endpoint})  # fmt: skip
            except OSError as exc:
                # Losing persistence is not worth failing the API call over; the next run logs in again.
                logger.warning("could not save tokens to %s: %s", self._store, exc.strerror or exc)
        return tokens.access_token

    def forget(self) -> None:
        """Drop the tokens held in memory and in the token store (log out locally)."""
        with self._lock:
            self._tokens = None
            if self._store is not None:
                self._store.clear()

    def _valid_token(self) -> str | None:
        self._load()
        tokens = self._tokens
        return tokens.access_token if tokens is not None and tokens.access_valid(self._clock()) else None

    def _current_token(self) -> str | None:
        return None if self._tokens is None else self._tokens.access_token

    def _new_token(self) -> _Steps[str]:
        self._load()
        tokens = self._tokens
        if tokens is not None and tokens.refresh_token and tokens.refresh_valid(self._clock()):
            try:
                logger.info("refreshing the access token (client %s)", self.client_id)
                refreshed = yield from self._token_call(
                    {"grant_type": "refresh_token", "refresh_token": tokens.refresh_token}, "token refresh"
                )
                if refreshed.refresh_token is None:  # some servers do not rotate: keep the one we have
                    refreshed = _Tokens(refreshed.access_token, tokens.refresh_token, refreshed.expires_at,
                                        tokens.refresh_expires_at)  # fmt: skip
                return self._set(refreshed)
            except AuthError as exc:
                if exc.error is None:  # the server failed, not the grant: do not throw the session away
                    raise
                logger.info("refresh token rejected (%s); logging in again", exc.error)
        self._tokens = None
        return self._set((yield from self._login()))

    def _login(self) -> _Steps[_Tokens]:
        raise NotImplementedError
        yield  # pragma: no cover


def _interactive() -> bool:
    if "ipykernel" in sys.modules:  # Jupyter: output shows in the notebook although stdin is not a TTY
        return True
    stdin, stderr = sys.stdin, sys.stderr
    return bool(stdin is not None and stdin.isatty() and stderr is not None and stderr.isatty())


def _stderr_prompt(verification_uri_complete: str, user_code: str) -> None:
    logger.info("device login: open %s (code %s)", verification_uri_complete, user_code)
    print(f"To log in to Provena, open this URL in a browser:\n    {verification_uri_complete}\n"
          f"and check that it shows the code: {user_code}", file=sys.stderr, flush=True)  # fmt: skip


class DeviceFlow(_KeycloakAuth):
    """Keycloak device authorisation grant (RFC 8628) for people at a keyboard.

    The login URL and code go to `prompt(verification_uri_complete, user_code)`, or by default to stderr when
    running interactively (a TTY or Jupyter). When neither is possible, `AuthError` is raised at once instead
    of
    waiting for a login nobody can see. The access and refresh tokens are kept in a 0600 file in the per-user
    config directory (`token_store=` to change, `persist=False` to keep them in memory only).
    """

    def __init__(
        self,
        config: Config,
        client_id: str | None = None,
        *,
        prompt: DevicePrompt | None = None,
        timeout: float = 300.0,
        token_store: TokenStore | None = None,
        persist: bool = True,
        scope: str | None = "openid",
        poll_interval: float | None = None,
    ) -> None:
        cid = client_id or config.client_id
        if token_store is None and cid:
            token_store = FileTokenStore.for_client(config.keycloak_endpoint, cid) if persist else MemoryTokenStore()
        super().__init__(config, client_id, scope=scope, token_store=token_store)
        if timeout <= 0:
            raise ValueError(f"timeout must be > 0 seconds, got {timeout}")
        self.prompt = prompt
        self.timeout = timeout
        self.poll_interval = poll_interval

    def _login(self) -> _Steps[_Tokens]:
        prompt: DevicePrompt | None = self.prompt
        if prompt is None:
            if not _interactive():
                raise AuthError(
                    "DeviceFlow needs someone to open a login URL, but there is no terminal to show it on "
                    "(stdin/stderr are not a TTY). Pass prompt=callback(verification_uri_complete, "
                    "user_code) to show it yourself, use OfflineFlow(config, client_id, offline_token=...) "
                    "for unattended runs, or run once interactively so the refresh token is stored.",
                    error="no_prompt",
                )
            prompt = _stderr_prompt
        form = {"client_id": self.client_id}
        if self.scope:
            form["scope"] = self.scope
        response = _expect_response((yield _Send(self._post(self.config.device_endpoint, form), read=True)))
        data = _token_json(response, "device authorisation request")
        device_code = data.get("device_code")
        user_code = str(data.get("user_code", ""))
        uri = data.get("verification_uri_complete") or data.get("verification_uri")
        if not isinstance(device_code, str) or not isinstance(uri, str):
            raise AuthError("the device authorisation answer lacks device_code or verification_uri")
        expires_in = float(data.get("expires_in") or self.timeout)
        interval = float(data.get("interval") or 5) if self.poll_interval is None else self.poll_interval
        prompt(uri, user_code)
        started = self._monotonic()
        deadline = started + min(self.timeout, expires_in)
        while True:
            remaining = deadline - self._monotonic()
            if remaining <= 0:
                raise AuthError(
                    f"device login not completed within {self._monotonic() - started:.0f} s; "
                    "start again (and approve the login at the URL shown)",
                    error="timeout",
                )
            yield _Sleep(min(interval, remaining))
            form = {"grant_type": DEVICE_GRANT, "device_code": device_code}
            try:
                tokens = yield from self._token_call(form, "device login")
            except AuthError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval += 5.0  # RFC 8628 §3.5
                    continue
                if exc.error == "expired_token":
                    raise AuthError("the device code expired before the login was approved; start again",
                                    error=exc.error) from None  # fmt: skip
                if exc.error == "access_denied":
                    raise AuthError("the device login was denied", error=exc.error) from None
                raise
            logger.info("device login completed")
            return tokens


class OfflineFlow(_KeycloakAuth):
    """Exchange a Keycloak offline token for access tokens (unattended jobs, CI).

    The offline token comes from `offline_token` or a file holding it; it is never written anywhere by us.
    Access tokens are kept in memory only.
    """

    def __init__(
        self,
        config: Config,
        client_id: str | None = None,
        offline_token: str | None = None,
        offline_token_file: str | os.PathLike[str] | None = None,
        *,
        scope: str | None = None,
    ) -> None:
        super().__init__(config, client_id, scope=scope, token_store=None)
        if (offline_token is None) == (offline_token_file is None):
            raise AuthError("OfflineFlow needs exactly one of offline_token= or offline_token_file=")
        if offline_token_file is not None:
            path = Path(offline_token_file).expanduser()
            try:
                token = path.read_text(encoding="utf-8").strip()
            except OSError as exc:
                raise AuthError(f"cannot read offline_token_file {str(path)!r}: {exc.strerror or exc}") from None
            if not token:
                raise AuthError(f"offline_token_file {str(path)!r} is empty")
        else:
            token = (offline_token or "").strip()
            if not token:
                raise AuthError("offline_token is empty")
        self._offline_token = token
        remember_secret(token)

    def _new_token(self) -> _Steps[str]:
        logger.info("exchanging the offline token for an access token (client %s)", self.client_id)
        tokens = yield from self._token_call(
            {"grant_type": "refresh_token", "refresh_token": self._offline_token}, "offline token exchange"
        )
        # Keep the access token only: the offline token given to us stays the long-lived credential.
        return self._set(_Tokens(tokens.access_token, None, tokens.expires_at))


class PasswordFlow(_KeycloakAuth):
    """Resource-owner password grant: for the local stack and test realms (real deployments disable it)."""

    def __init__(
        self,
        config: Config,
        client_id: str | None,
        username: str,
        password: str,
        *,
        scope: str | None = "openid",
    ) -> None:
        super().__init__(config, client_id, scope=scope, token_store=None)
        if not username or not password:
            raise AuthError("PasswordFlow needs a username and a password")
        self.username = username
        self._password = password
        remember_secret(password)

    def _login(self) -> _Steps[_Tokens]:
        logger.info("logging in as %s with the password grant", self.username)
        form = {"grant_type": "password", "username": self.username, "password": self._password}
        return (yield from self._token_call(form, "password login"))


class ClientCredentialsFlow(_KeycloakAuth):
    """Client-credentials grant for a confidential Keycloak client (service accounts)."""

    def __init__(
        self, config: Config, client_id: str | None, client_secret: str, *, scope: str | None = "openid"
    ) -> None:
        super().__init__(config, client_id, scope=scope, token_store=None)
        if not client_secret:
            raise AuthError("ClientCredentialsFlow needs a client_secret")
        self._client_secret = client_secret
        remember_secret(client_secret)

    def _login(self) -> _Steps[_Tokens]:
        form = {"grant_type": "client_credentials", "client_secret": self._client_secret}
        return (yield from self._token_call(form, "client credentials login"))
