"""The mode bases a concrete class mixes with an op table (`class X(Table, AsyncAPI)`), and the registry of
those concrete classes by (table, mode, raw) that sub-client and raw-view attributes look up."""

from __future__ import annotations

import functools
import typing
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import _generated
from .._options import NOT_GIVEN, request_options
from .escape import Operations

if TYPE_CHECKING:
    import httpx

    from .._config import Config
    from .._transport import Transport
    from .operation import Operation

_CLASSES: dict[tuple[type, str, bool], type[_Base]] = {}


def _absolute_request(client: httpx.Client | httpx.AsyncClient, request: dict[str, Any]) -> dict[str, Any]:
    """A generated request's relative URL joined to the client's base URL as a string, as httpx's own merge
    joins them (the base path, which ends in `/`, then the URL without its leading `/`), so that httpx does not
    parse and rebuild the base URL on every call. Anything else (no base path to trust, a query in the base
    URL, `//` at the start) is left to httpx."""
    url = request.get("url")
    if not isinstance(url, str) or not url.startswith("/") or url.startswith("//"):
        return request
    base = client.base_url
    cached = client.__dict__.get("_provena_base")
    if cached is None or cached[0] is not base:  # first call, or base_url was set anew
        text = str(base)  # a bare host prints without its "/" path
        usable = base.is_absolute_url and not base.query and not base.fragment
        cached = (base, (text if text.endswith("/") else text + "/") if usable else None)
        client.__dict__["_provena_base"] = cached
    prefix = cached[1]
    if prefix is None:
        return request
    return {**request, "url": prefix + url.lstrip("/")}


class _Base:
    """State shared by every facade class: the Transport (one pool), config and auth."""

    _mode: ClassVar[str]
    _raw: ClassVar[bool]
    _service: ClassVar[str]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # A concrete class is `class X(Table, <mode base>)`: remember it as the (table, mode) class, so
        # sub-client and raw-view attributes can find it.
        table = cls.__bases__[0]
        if len(cls.__bases__) > 1 and not issubclass(table, _Base) and hasattr(cls, "_mode"):
            _CLASSES.setdefault((table, cls._mode, cls._raw), cls)

    def __init__(
        self,
        auth: httpx.Auth | None = None,
        config: Config | None = None,
        *,
        transport: Transport | None = None,
    ) -> None:
        if transport is None:
            if config is None:
                raise TypeError(f"{type(self).__name__}(auth, config): a provena.Config is required")
            from .._transport import Transport

            transport = Transport(config, auth)
            self._owns_transport = True
        else:
            self._owns_transport = False
        self._transport = transport
        self._config = transport.config if config is None else config
        self._auth = transport.auth if auth is None else auth
        self._generated_clients: dict[str, Any] = {}

    def _derive(self, cls: type[_B], transport: Transport | None = None) -> _B:
        """An instance of `cls` sharing this one's transport (sub-clients, raw views, with_options copies)."""
        return cls(self._auth, self._config, transport=transport or self._transport)

    def _generated_client(self, service: str) -> Any:
        client = self._generated_clients.get(service)
        if client is None:
            client = _generated.client_class(service)(base_url=self._config.endpoint_for(service))
            if self._mode == "async":
                client.set_async_httpx_client(self._transport.async_client(service))
            else:
                client.set_httpx_client(self._transport.sync_client(service))
            self._generated_clients[service] = client
        return client

    def _peer(self, table: type) -> Any:
        """The concrete class of another table in this object's mode (not raw), sharing the transport."""
        cls = _CLASSES.get((table, self._mode, False))
        if cls is None:
            raise RuntimeError(
                f"no {self._mode} class for {table.__name__}; import provena.clients / provena.sync"
            )
        return self._derive(cls)

    def generated_client(self, service: str | None = None) -> Any:
        """The generated package's `Client` bound to this facade's httpx client (for direct generated calls)."""
        return self._generated_client(service or self._service)

    @functools.cached_property
    def raw(self) -> Operations:
        """Every generated operation of this client's service, through the same transport, auth and errors."""
        return Operations(self, self._service)

    @property
    def transport(self) -> Transport:
        return self._transport

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | Any | None = NOT_GIVEN,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> typing.Self:
        """A copy using other defaults (timeout, retries, headers) that shares this client's connections."""
        return self._derive(type(self), self._transport.with_options(timeout=timeout, max_retries=max_retries,
                                                                     headers=headers))  # fmt: skip

    # -- sending -------------------------------------------------------------------------------------------
    @staticmethod
    def _options(operation: Operation[Any, Any], options: dict[str, Any]) -> dict[str, Any] | None:
        timeout = options.get("timeout", NOT_GIVEN)
        headers = options.get("extra_headers")
        if timeout is NOT_GIVEN and not headers and not operation.idempotent:
            return None
        return {
            "timeout": timeout,
            "extra_headers": headers,
            "idempotent": True if operation.idempotent else None,
        }

    def _invoke_sync(
        self, operation: Operation[Any, Any], args: tuple[Any, ...], kwargs: dict[str, Any], *, raw: bool = True
    ) -> Any:
        values, options = operation.arguments(args, kwargs)
        prepared = operation.prepare(self, values)
        client = self._transport.sync_client(prepared.service)
        request = _absolute_request(client, prepared.request)
        opts = self._options(operation, options)
        if opts is None:
            response = client.request(**request)
        else:
            with request_options(**opts):
                response = client.request(**request)
        result = operation.finish(self, prepared, response)
        if self._raw and raw:
            from .._response import RawResponse

            return RawResponse.from_httpx(response, result)
        return result

    async def _invoke_async(
        self, operation: Operation[Any, Any], args: tuple[Any, ...], kwargs: dict[str, Any], *, raw: bool = True
    ) -> Any:
        values, options = operation.arguments(args, kwargs)
        prepared = operation.prepare(self, values)
        client = self._transport.async_client(prepared.service)
        request = _absolute_request(client, prepared.request)
        opts = self._options(operation, options)
        if opts is None:
            response = await client.request(**request)
        else:
            with request_options(**opts):
                response = await client.request(**request)
        result = operation.finish(self, prepared, response)
        if self._raw and raw:
            from .._response import RawResponse

            return RawResponse.from_httpx(response, result)
        return result

    def __repr__(self) -> str:
        where = self._config.endpoint_for(self._service)
        return f"<{type(self).__module__}.{type(self).__name__} {self._service} at {where}>"


_B = TypeVar("_B", bound=_Base)


class AsyncAPI(_Base):
    """Async classes: `await client.method(...)`; `async with` closes the transport the client created."""

    _mode: ClassVar[str] = "async"
    _raw: ClassVar[bool] = False

    async def aclose(self) -> None:
        if self._owns_transport:
            await self._transport.aclose()

    async def __aenter__(self) -> typing.Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


class SyncAPI(_Base):
    """Sync classes: plain calls on the generated sync path; `with` closes the transport the client created."""

    _mode: ClassVar[str] = "sync"
    _raw: ClassVar[bool] = False

    def close(self) -> None:
        if self._owns_transport:
            self._transport.close()

    def __enter__(self) -> typing.Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncRawAPI(_Base):
    """Async raw views: each call returns a `RawResponse` (status, headers, bytes and `.parse()`)."""

    _mode: ClassVar[str] = "async"
    _raw: ClassVar[bool] = True


class SyncRawAPI(_Base):
    """Sync raw views: each call returns a `RawResponse`."""

    _mode: ClassVar[str] = "sync"
    _raw: ClassVar[bool] = True
