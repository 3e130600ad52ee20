"""The op-table machinery: each client's operations are declared once and serve both the async and sync classes.

A table is a plain class whose methods are *specs*: a decorated function whose signature, docstring and return
annotation describe one documented method, and whose body is never run. `@op(...)` turns a spec into an
`Operation` descriptor; concrete classes mix a table with one of four mode bases:

    class DatastoreClient(DatastoreOps, AsyncAPI): ...        # await client.fetch_dataset(id)
    class DatastoreClient(DatastoreOps, SyncAPI): ...         # client.fetch_dataset(id)
    (AsyncRawAPI / SyncRawAPI: the same calls returning a RawResponse, reached through `.with_raw_response`)

Attribute access binds the operation to a callable of the right kind (`async def` or plain), with the spec's real
signature and docstring. A call maps the documented arguments onto the generated operation's keyword arguments
(converting dicts / pydantic models / other attrs models into the generated model classes, and strings into
generated enums), builds the request with the generated `_get_kwargs`, sends it through the shared Transport's
per-service httpx client (auth, retries, error map) and parses it with the generated `_parse_response`.

We use `_get_kwargs`/`_parse_response` rather than `sync_detailed`/`asyncio_detailed`: those parse the body before
we can look at it, so a 2xx body that does not fit the model would lose its response, and text/CSV routes would
fail to parse. The request still goes through the same generated request builder and the same httpx client.

Conveniences that need several calls (pagination, job waits, report download) are written once as generators
(`@flow`): they `yield` steps (an operation call, a poll, a blocking function) and a driver runs them either
with `await` or synchronously, so no convenience is written twice and no event loop is started by sync code.
"""

from __future__ import annotations

import asyncio
import enum
import functools
import inspect
import threading
import types
import typing
from collections.abc import Awaitable, Callable, Generator, Iterator, Mapping
from dataclasses import dataclass
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Concatenate,
    Generic,
    Literal,
    ParamSpec,
    Protocol,
    TypeAlias,
    TypedDict,
    TypeVar,
    cast,
    overload,
)

from . import _generated
from ._errors import ResponseValidationError, make_status_error
from ._options import NOT_GIVEN, request_options

if TYPE_CHECKING:
    import httpx

    from ._config import Config
    from ._pagination import AsyncPaginator, SyncPaginator
    from ._response import RawResponse
    from ._transport import Transport

__all__ = [
    "JSON",
    "AsyncAPI",
    "AsyncRawAPI",
    "CallOptions",
    "Input",
    "Operation",
    "SyncAPI",
    "SyncRawAPI",
    "blocking",
    "download",
    "flow",
    "op",
    "pages",
    "peer",
    "poll",
    "sub_client",
    "to_model",
]

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
A = TypeVar("A")
S = TypeVar("S")
AR = TypeVar("AR")
SR = TypeVar("SR")

ResultKind = Literal["parsed", "json", "text", "bytes", "none"]


class SupportsModelDump(Protocol):
    """A pydantic v2 model (e.g. the official ProvenaInterfaces request models)."""

    def model_dump(self) -> Any: ...


# What a documented model parameter accepts: the generated attrs model, a plain dict, or a pydantic model.
Input: TypeAlias = "T | Mapping[str, Any] | SupportsModelDump"
JSON: TypeAlias = "dict[str, Any]"


class CallOptions(TypedDict, total=False):
    """Per-call keyword options every facade method accepts after its documented parameters."""

    timeout: float | httpx.Timeout | None
    extra_headers: Mapping[str, str]


_OPTION_NAMES = ("timeout", "extra_headers")


# --------------------------------------------------------------------------------------------------------------
# Converting user values into generated models
# --------------------------------------------------------------------------------------------------------------


def to_model(cls: type[T], value: object, where: str = "value") -> T:
    """`value` as an instance of the generated attrs model `cls`.

    Accepted: an instance of `cls`; a mapping; any other generated attrs model (`to_dict()`); a pydantic v2 model
    such as the ProvenaInterfaces ones (`model_dump()`).
    """
    if isinstance(value, cls):
        return value
    if isinstance(value, Mapping):
        data: object = dict(value)
    elif callable(getattr(value, "to_dict", None)):
        data = cast(Any, value).to_dict()
    elif callable(getattr(value, "model_dump", None)):
        data = cast(Any, value).model_dump(mode="json", by_alias=True)
    else:
        raise TypeError(
            f"{where}: expected a {cls.__name__}, a dict or a pydantic model, got {type(value).__name__}"
        )
    try:
        return cast(T, cast(Any, cls).from_dict(data))
    except KeyError as exc:
        raise TypeError(
            f"{where}: cannot build {cls.__name__}: missing required field {exc.args[0]!r}"
        ) from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise TypeError(f"{where}: cannot build {cls.__name__} from the given value: {exc}") from None


def _to_enum(cls: type[enum.Enum], value: object, where: str) -> enum.Enum:
    if isinstance(value, cls):
        return value
    raw = value.value if isinstance(value, enum.Enum) else value
    try:
        return cls(raw)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in cls)
        raise ValueError(
            f"{where}: {raw!r} is not a valid {cls.__name__}; expected one of {allowed}"
        ) from None


Coercer = Callable[[object, str], object]


def _union_members(annotation: object) -> list[object]:
    origin = typing.get_origin(annotation)
    if origin is typing.Union or isinstance(annotation, types.UnionType):
        return list(typing.get_args(annotation))
    return [annotation]


def _coercer_for(annotation: object) -> Coercer | None:
    """How to turn a user value into what a generated parameter annotated `annotation` expects (None: as is)."""
    members = [
        m for m in _union_members(annotation) if m is not type(None) and getattr(m, "__name__", "") != "Unset"
    ]
    models = [m for m in members if isinstance(m, type) and callable(getattr(m, "from_dict", None))]
    if models:
        if len(models) == 1 and len(members) == 1:
            only = models[0]
            return lambda value, where: to_model(only, value, where)

        def to_any(value: object, where: str) -> object:
            if any(isinstance(value, m) for m in models):
                return value
            errors = []
            for m in models:
                try:
                    return to_model(m, value, where)
                except TypeError as exc:
                    errors.append(str(exc))
            if len(members) > len(models):
                return value  # may be one of the plain (non-model) members
            raise TypeError("; ".join(errors))

        return to_any
    for m in members:
        if isinstance(m, type) and issubclass(m, enum.Enum):
            enum_cls = m
            return lambda value, where: _to_enum(enum_cls, value, where)
        if typing.get_origin(m) is list:
            (inner,) = typing.get_args(m) or (Any,)
            inner_coerce = _coercer_for(inner)
            if inner_coerce is not None:
                return _list_coercer(inner_coerce)
    return None


def _list_coercer(inner: Coercer) -> Coercer:
    def each(value: object, where: str) -> object:
        if not isinstance(value, list | tuple):
            raise TypeError(f"{where}: expected a list, got {type(value).__name__}")
        return [inner(v, f"{where}[{i}]") for i, v in enumerate(value)]

    return each


@dataclass(frozen=True)
class _Plan:
    """What we learnt once about one generated operation module."""

    module: types.ModuleType
    params: frozenset[str]
    coercers: dict[str, Coercer]


_plans: dict[types.ModuleType, _Plan] = {}
_plans_lock = threading.Lock()


def _plan(module: types.ModuleType) -> _Plan:
    plan = _plans.get(module)
    if plan is not None:
        return plan
    with _plans_lock:
        build = module._get_kwargs
        try:
            hints = typing.get_type_hints(build)
        except Exception:  # unresolvable annotation: fall back to the raw ones
            hints = {k: p.annotation for k, p in inspect.signature(build).parameters.items()}
        names = frozenset(inspect.signature(build).parameters)
        coercers = {name: c for name in names if (c := _coercer_for(hints.get(name, Any))) is not None}
        plan = _Plan(module, names, coercers)
        _plans[module] = plan
    return plan


# --------------------------------------------------------------------------------------------------------------
# Operation descriptor
# --------------------------------------------------------------------------------------------------------------

OperationId = str | Callable[[Any, dict[str, Any]], str]
Builder = Callable[[Any, dict[str, Any]], dict[str, Any]]


@dataclass
class _Prepared:
    service: str
    operation_id: str | None
    module: types.ModuleType | None
    request: dict[str, Any]


def _options_signature(fn: Callable[..., Any]) -> inspect.Signature:
    """The spec's signature minus `self`, with `**opts` spelled out as keyword-only `timeout`/`extra_headers`."""
    sig = inspect.signature(fn)
    params = [p for p in list(sig.parameters.values())[1:] if p.kind is not inspect.Parameter.VAR_KEYWORD]
    params += [
        inspect.Parameter("timeout", inspect.Parameter.KEYWORD_ONLY, default=NOT_GIVEN,
                          annotation="float | httpx.Timeout | None"),
        inspect.Parameter("extra_headers", inspect.Parameter.KEYWORD_ONLY, default=None,
                          annotation="Mapping[str, str] | None"),
    ]  # fmt: skip
    return sig.replace(parameters=params)


class Operation(Generic[P, R]):
    """One documented method, bound per mode on attribute access (see the module docstring)."""

    def __init__(
        self,
        spec: Callable[..., Any],
        *,
        operation: OperationId | None,
        service: str | None,
        params: Mapping[str, str | None],
        body: str | None,
        build: Builder | None,
        request: Builder | None,
        idempotent: bool,
        result: ResultKind,
        model: str | None,
    ) -> None:
        self.spec = spec
        self.operation = operation
        self.service = service
        self.params = dict(params)
        self.body = body
        self.build = build
        self.request = request
        self.idempotent = idempotent
        self.result = result
        self.model = model
        self.name = spec.__name__
        self.__doc__ = spec.__doc__
        self.signature = _options_signature(spec)
        self._documented = [
            n
            for n, p in self.signature.parameters.items()
            if p.kind is not inspect.Parameter.KEYWORD_ONLY or n not in _OPTION_NAMES
        ]

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> Operation[P, R]: ...
    @overload
    def __get__(self, obj: AsyncRawAPI, owner: type[Any]) -> Callable[P, Awaitable[RawResponse[R]]]: ...
    @overload
    def __get__(self, obj: SyncRawAPI, owner: type[Any]) -> Callable[P, RawResponse[R]]: ...
    @overload
    def __get__(self, obj: AsyncAPI, owner: type[Any]) -> Callable[P, Awaitable[R]]: ...
    @overload
    def __get__(self, obj: SyncAPI, owner: type[Any]) -> Callable[P, R]: ...
    def __get__(self, obj: Any, owner: type[Any]) -> Any:
        if obj is None:
            return self
        bound = _bind(self, obj)
        obj.__dict__[self.name] = bound  # later lookups are a plain attribute read
        return bound

    def __repr__(self) -> str:
        return (
            f"<Operation {self.name} -> {self.operation if isinstance(self.operation, str) else '(dynamic)'}>"
        )

    # -- calling -------------------------------------------------------------------------------------------
    def arguments(
        self, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """(documented arguments with defaults applied, call options)."""
        try:
            bound = self.signature.bind(*args, **kwargs)
        except TypeError as exc:
            raise TypeError(f"{self.name}{self.signature}: {exc}") from None
        bound.apply_defaults()
        values = dict(bound.arguments)
        options = {name: values.pop(name) for name in _OPTION_NAMES}
        return values, options

    def prepare(self, obj: _Base, values: dict[str, Any]) -> _Prepared:
        service = self.service or obj._service
        if self.request is not None:  # a route the document hides: request built by hand
            return _Prepared(service, None, None, self.request(obj, values))
        assert self.operation is not None
        operation_id = self.operation if isinstance(self.operation, str) else self.operation(obj, values)
        module = _generated.operation(service, operation_id)
        plan = _plan(module)
        if self.build is not None:
            raw_kwargs = self.build(obj, values)
        else:
            raw_kwargs = {}
            for name, value in values.items():
                target = self.params.get(name, name)
                if target is None:
                    continue
                if name == self.body:
                    target = "body"
                raw_kwargs[target] = value
        kwargs: dict[str, Any] = {}
        for target, value in raw_kwargs.items():
            if target not in plan.params:
                raise TypeError(
                    f"{self.name}: the generated operation {operation_id!r} has no parameter {target!r} "
                    f"(it takes {sorted(plan.params)}); the facade table needs updating"
                )
            if value is None:
                continue  # not given: the generated default applies
            coerce = plan.coercers.get(target)
            kwargs[target] = coerce(value, f"{self.name}({self._source_name(target)})") if coerce else value
        return _Prepared(service, operation_id, module, module._get_kwargs(**kwargs))

    def _source_name(self, target: str) -> str:
        if target == "body" and self.body:
            return self.body
        for name, mapped in self.params.items():
            if mapped == target:
                return name
        return target

    def finish(self, obj: _Base, prepared: _Prepared, response: httpx.Response) -> Any:
        if response.is_error:  # the Transport's clients raise already; kept for any other httpx client
            raise make_status_error(response)
        try:
            return self._parse(obj, prepared, response)
        except ResponseValidationError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            request = response.request
            raise ResponseValidationError(
                f"{request.method} {request.url.path}: the response did not match the expected "
                f"{self.model or self.result} shape of {self.name}: {type(exc).__name__}: {exc}",
                response=response,
                body=_body_or_text(response),
            ) from exc

    def _parse(self, obj: _Base, prepared: _Prepared, response: httpx.Response) -> Any:
        kind = self.result
        if kind == "none":
            return None
        if kind == "bytes":
            return response.content
        if kind == "text":
            return response.text
        if self.model is not None:
            cls = _generated.model(prepared.service, self.model)
            return cls.from_dict(response.json())
        if kind == "json" or prepared.module is None:
            return response.json() if response.content else None
        parsed = prepared.module._parse_response(
            client=obj._generated_client(prepared.service), response=response
        )
        if parsed is None and response.content:
            return response.json()  # a 2xx status the document does not list (e.g. 201)
        return parsed

    # -- use from flows ---------------------------------------------------------------------------------------
    def run(self, obj: Any, *args: P.args, **kwargs: P.kwargs) -> Generator[_Step, Any, R]:
        """`result = yield from Table.method.run(self, ...)` inside a `@flow`."""
        return cast(R, (yield _Call(self, obj, args, kwargs)))


def _body_or_text(response: httpx.Response) -> object:
    try:
        return response.json()
    except ValueError:
        return response.text


def _describe(fn: Callable[..., Any], source: Any, signature: inspect.Signature, qualname: str) -> None:
    fn.__name__ = source.name
    fn.__qualname__ = qualname
    fn.__doc__ = source.__doc__
    cast(Any, fn).__signature__ = signature
    cast(Any, fn).__wrapped_operation__ = source


def _bind(operation: Operation[Any, Any], obj: _Base) -> Callable[..., Any]:
    qualname = f"{type(obj).__name__}.{operation.name}"
    if obj._mode == "async":

        async def acall(*args: Any, **kwargs: Any) -> Any:
            return await obj._invoke_async(operation, args, kwargs)

        _describe(acall, operation, operation.signature, qualname)
        return acall

    def call(*args: Any, **kwargs: Any) -> Any:
        return obj._invoke_sync(operation, args, kwargs)

    _describe(call, operation, operation.signature, qualname)
    return call


def op(
    operation: OperationId | None = None,
    *,
    service: str | None = None,
    params: Mapping[str, str | None] | None = None,
    body: str | None = None,
    build: Builder | None = None,
    request: Builder | None = None,
    idempotent: bool = False,
    result: ResultKind = "parsed",
    model: str | None = None,
) -> Callable[[Callable[Concatenate[Any, P], R]], Operation[P, R]]:
    """Declare one operation from a spec function.

    operation: the generated operation id, or a function (self, arguments) -> id (registry subtypes);
    service: the service (default: the class's `_service`); params: documented name -> generated keyword
    (None drops it, e.g. a compat-only `*_response_model`); body: the documented parameter sent as the body;
    build: (self, arguments) -> generated keyword arguments, for odd shapes; request: (self, arguments) ->
    httpx request kwargs, for routes the document hides (no generated code); idempotent: a read-only POST that
    may be retried (never for mint/register/create/seed/version); result: "parsed" (the generated model),
    "json", "text", "bytes", "none"; model: parse the JSON body into this generated model by name.
    """

    def wrap(spec: Callable[Concatenate[Any, P], R]) -> Operation[P, R]:
        return Operation(
            spec, operation=operation if operation is not None or request is not None else spec.__name__,
            service=service, params=params or {}, body=body, build=build, request=request,
            idempotent=idempotent, result=result, model=model,
        )  # fmt: skip

    return wrap


# --------------------------------------------------------------------------------------------------------------
# Flows: multi-step conveniences written once
# --------------------------------------------------------------------------------------------------------------


@dataclass
class _Call:
    operation: Operation[Any, Any]
    obj: Any
    args: tuple[Any, ...]
    kwargs: dict[str, Any]


@dataclass
class _Blocking:
    fn: Callable[[], Any]


@dataclass
class _Poll:
    fetch: Callable[[], Generator[Any, Any, Any]]
    timeout: float
    poll_interval: float
    is_done: Callable[[Any], bool]
    is_failed: Callable[[Any], bool]
    what: str


@dataclass
class _Download:
    obj: Any
    url: str


_Step = _Call | _Blocking | _Poll | _Download
FlowGen = Generator[_Step, Any, T]


def blocking(fn: Callable[[], T]) -> Generator[_Step, Any, T]:
    """Run a blocking function (file or S3 I/O): directly in sync mode, in a worker thread in async mode."""
    return cast(T, (yield _Blocking(fn)))


def poll(
    fetch: Callable[[], Generator[Any, Any, T]],
    *,
    timeout: float,
    poll_interval: float,
    is_done: Callable[[T], bool],
    is_failed: Callable[[T], bool] = lambda _: False,
    what: str = "job",
) -> Generator[_Step, Any, T]:
    """Repeat the sub-flow `fetch()` until `is_done` (provena._jobs.wait_for / wait_for_sync do the waiting)."""
    return cast(T, (yield _Poll(fetch, timeout, poll_interval, is_done, is_failed, what)))


def peer(obj: Any, table: type) -> Any:
    """From inside a table's flow: the same-mode instance of another table, sharing the transport."""
    return obj._peer(table)


def download(obj: Any, url: str) -> Generator[_Step, Any, bytes]:
    """GET `url` and return the bytes: through the service's client (with auth) when it is a Provena service
    URL, otherwise (a presigned S3 URL) with a plain client, so no bearer token is sent to S3."""
    return cast(bytes, (yield _Download(obj, url)))


def _service_path(obj: Any, url: str) -> tuple[str | None, str]:
    for service in _generated.SERVICES:
        base = obj._config.endpoint_for(service)
        if url.startswith(base + "/"):
            return service, url[len(base) :]
    return None, url


def _download_sync(step: _Download) -> bytes:
    service, path = _service_path(step.obj, step.url)
    if service is not None:
        return bytes(step.obj._transport.sync_client(service).get(path).content)
    # Same pool, retries and error map, but no auth: a presigned URL carries its own signature.
    plain = step.obj._transport.with_options(auth=None).sync_client("datastore")
    return bytes(plain.get(step.url).content)


async def _download_async(step: _Download) -> bytes:
    service, path = _service_path(step.obj, step.url)
    if service is not None:
        return bytes((await step.obj._transport.async_client(service).get(path)).content)
    plain = step.obj._transport.with_options(auth=None).async_client("datastore")
    return bytes((await plain.get(step.url)).content)


def _drive_sync(gen: Generator[Any, Any, T]) -> T:
    from ._jobs import wait_for_sync

    value: Any = None
    error: BaseException | None = None
    while True:
        try:
            step = gen.throw(error) if error is not None else gen.send(value)
        except StopIteration as stop:
            return cast(T, stop.value)
        value, error = None, None
        try:
            if isinstance(step, _Call):
                # a flow's steps need parsed results, even when the flow is reached through a raw view
                value = step.obj._invoke_sync(step.operation, step.args, step.kwargs, raw=False)
            elif isinstance(step, _Blocking):
                value = step.fn()
            elif isinstance(step, _Download):
                value = _download_sync(step)
            else:
                p = step
                value = wait_for_sync(lambda p=p: _drive_sync(p.fetch()), timeout=p.timeout,  # type: ignore[misc]
                                      poll_interval=p.poll_interval, is_done=p.is_done, is_failed=p.is_failed,
                                      what=p.what)  # fmt: skip
        except Exception as exc:  # delivered into the flow, which may handle it
            error = exc


async def _drive_async(gen: Generator[Any, Any, T]) -> T:
    from ._jobs import wait_for

    value: Any = None
    error: BaseException | None = None
    while True:
        try:
            step = gen.throw(error) if error is not None else gen.send(value)
        except StopIteration as stop:
            return cast(T, stop.value)
        value, error = None, None
        try:
            if isinstance(step, _Call):
                value = await step.obj._invoke_async(step.operation, step.args, step.kwargs, raw=False)
            elif isinstance(step, _Blocking):
                value = await asyncio.to_thread(step.fn)
            elif isinstance(step, _Download):
                value = await _download_async(step)
            else:
                p = step
                value = await wait_for(lambda p=p: _drive_async(p.fetch()), timeout=p.timeout,  # type: ignore[misc]
                                       poll_interval=p.poll_interval, is_done=p.is_done, is_failed=p.is_failed,
                                       what=p.what)  # fmt: skip
        except Exception as exc:
            error = exc


class Flow(Generic[P, R]):
    """A convenience written as a generator of steps; bound as `async def` or plain per mode.

    Like operations, flows take the per-call options `timeout` / `extra_headers` (applied to every request of
    the flow) unless the spec itself defines a parameter of that name. A flow makes several requests, so through
    a `with_raw_response` view it still returns its ordinary result; `provena.capture_response()` collects the
    HTTP responses of its requests.
    """

    def __init__(self, spec: Callable[..., Generator[_Step, Any, R]]) -> None:
        self.spec = spec
        self.name = spec.__name__
        self.__doc__ = spec.__doc__
        sig = inspect.signature(spec)
        params = list(sig.parameters.values())[1:]
        own = {p.name for p in params}
        self.options = tuple(name for name in _OPTION_NAMES if name not in own)
        extra = [
            inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=NOT_GIVEN if name == "timeout" else None)
            for name in self.options
        ]
        self.signature = sig.replace(parameters=params + extra, return_annotation=sig.empty)

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> Flow[P, R]: ...
    @overload
    def __get__(self, obj: AsyncAPI | AsyncRawAPI, owner: type[Any]) -> Callable[P, Awaitable[R]]: ...
    @overload
    def __get__(self, obj: SyncAPI | SyncRawAPI, owner: type[Any]) -> Callable[P, R]: ...
    def __get__(self, obj: Any, owner: type[Any]) -> Any:
        if obj is None:
            return self
        spec = self.spec
        names = self.options

        def split(kwargs: dict[str, Any]) -> dict[str, Any] | None:
            opts = {name: kwargs.pop(name) for name in names if name in kwargs}
            opts = {k: v for k, v in opts.items() if v is not None and v is not NOT_GIVEN}
            return opts or None

        if obj._mode == "async":

            async def acall(*args: Any, **kwargs: Any) -> Any:
                opts = split(kwargs)
                if opts is None:
                    return await _drive_async(spec(obj, *args, **kwargs))
                with request_options(**opts):
                    return await _drive_async(spec(obj, *args, **kwargs))

            fn: Callable[..., Any] = acall
        else:

            def call(*args: Any, **kwargs: Any) -> Any:
                opts = split(kwargs)
                if opts is None:
                    return _drive_sync(spec(obj, *args, **kwargs))
                with request_options(**opts):
                    return _drive_sync(spec(obj, *args, **kwargs))

            fn = call
        _describe(fn, self, self.signature, f"{type(obj).__name__}.{self.name}")
        obj.__dict__[self.name] = fn
        return fn

    def run(self, obj: Any, *args: P.args, **kwargs: P.kwargs) -> Generator[_Step, Any, R]:
        """Run this flow inside another flow: `x = yield from Table.flow_name.run(self, ...)`."""
        return (yield from self.spec(obj, *args, **kwargs))


def flow(spec: Callable[Concatenate[Any, P], Generator[_Step, Any, R]]) -> Flow[P, R]:
    """Declare a multi-step convenience (see `Flow`)."""
    return Flow(spec)


# --------------------------------------------------------------------------------------------------------------
# Paginators
# --------------------------------------------------------------------------------------------------------------


@dataclass
class PageSpec(Generic[T]):
    """What a `@pages` spec returns: the page operation, its target, the first request and the limit."""

    operation: Operation[Any, Any]
    target: Any
    request: Any
    limit: int | None = None
    items_attr: str = "items"
    extra_args: tuple[Any, ...] = ()  # documented arguments after the request (e.g. a registry subtype)


def _plain_key(key: Any) -> Any:
    # The response's key model and the request's key model are different generated classes: pass a dict.
    return key.to_dict() if callable(getattr(key, "to_dict", None)) else key


class Pages(Generic[P, T]):
    """A method returning an `AsyncPaginator` (async classes) or `SyncPaginator` (sync classes)."""

    def __init__(self, spec: Callable[..., PageSpec[T]]) -> None:
        self.spec = spec
        self.name = spec.__name__
        self.__doc__ = spec.__doc__
        sig = inspect.signature(spec)
        self.signature = sig.replace(
            parameters=list(sig.parameters.values())[1:], return_annotation=sig.empty
        )

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> Pages[P, T]: ...
    @overload
    def __get__(self, obj: AsyncAPI | AsyncRawAPI, owner: type[Any]) -> Callable[P, AsyncPaginator[T]]: ...
    @overload
    def __get__(self, obj: SyncAPI | SyncRawAPI, owner: type[Any]) -> Callable[P, SyncPaginator[T]]: ...
    def __get__(self, obj: Any, owner: type[Any]) -> Any:
        if obj is None:
            return self
        spec = self.spec

        def make(*args: Any, **kwargs: Any) -> Any:
            from ._pagination import AsyncPaginator, SyncPaginator

            ps = spec(obj, *args, **kwargs)
            target = ps.target
            operation = ps.operation
            request = _coerce_request(operation, target, ps.request, ps.extra_args)
            extra = ps.extra_args
            if target._mode == "async":

                async def afetch(req: Any) -> Any:
                    return await target._invoke_async(operation, (req, *extra), {})

                return AsyncPaginator(afetch, request, limit=ps.limit, items_attr=ps.items_attr,
                                      convert_key=_plain_key)  # fmt: skip

            def fetch(req: Any) -> Any:
                return target._invoke_sync(operation, (req, *extra), {})

            return SyncPaginator(
                fetch, request, limit=ps.limit, items_attr=ps.items_attr, convert_key=_plain_key
            )

        _describe(make, self, self.signature, f"{type(obj).__name__}.{self.name}")
        obj.__dict__[self.name] = make
        return make


def _coerce_request(
    operation: Operation[Any, Any], target: _Base, request: Any, extra: tuple[Any, ...]
) -> Any:
    """The list request as the generated body model, so the paginator can copy it with a new key."""
    values, _ = operation.arguments((request, *extra), {})
    prepared_values = dict(values)
    assert operation.body is not None
    service = operation.service or target._service
    assert operation.operation is not None
    op_id = (
        operation.operation if isinstance(operation.operation, str) else operation.operation(target, values)
    )
    plan = _plan(_generated.operation(service, op_id))
    coerce = plan.coercers.get("body")
    body = prepared_values[operation.body]
    return coerce(body, f"{operation.name}({operation.body})") if coerce else body


def pages(spec: Callable[Concatenate[Any, P], PageSpec[T]]) -> Pages[P, T]:
    """Declare a paginating method (see `Pages`)."""
    return Pages(spec)


# --------------------------------------------------------------------------------------------------------------
# Sub-clients and raw views
# --------------------------------------------------------------------------------------------------------------

_CLASSES: dict[tuple[type, str, bool], type[_Base]] = {}


def _table_of(cls: type) -> type:
    return cls.__bases__[0]


class Modal(Generic[A, S, AR, SR]):
    """An attribute whose class depends on the owner's mode: a sub-client (`client.admin`) or a raw view."""

    def __init__(self, table: type | None, raw: bool | None) -> None:
        self.table = table
        self.raw = raw
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> Modal[A, S, AR, SR]: ...
    @overload
    def __get__(self, obj: AsyncRawAPI, owner: type[Any]) -> AR: ...
    @overload
    def __get__(self, obj: SyncRawAPI, owner: type[Any]) -> SR: ...
    @overload
    def __get__(self, obj: AsyncAPI, owner: type[Any]) -> A: ...
    @overload
    def __get__(self, obj: SyncAPI, owner: type[Any]) -> S: ...
    def __get__(self, obj: Any, owner: type[Any]) -> Any:
        if obj is None:
            return self
        table = self.table or _table_of(type(obj))
        raw = obj._raw if self.raw is None else self.raw
        cls = _CLASSES.get((table, obj._mode, raw))
        if cls is None and raw and self.table is None:
            cls = _raw_class(table, obj._mode)
        if cls is None:
            kind = "raw " if raw else ""
            raise AttributeError(
                f"{type(obj).__name__}.{self.name}: no {kind}{obj._mode} class for {table.__name__}"
            )
        value = obj._derive(cls)
        obj.__dict__[self.name] = value
        return value


def _raw_class(table: type, mode: str) -> type[_Base]:
    """The raw view class of a table that declares none (the ProvenaClient modules), made once on first use."""
    with _RAW_LOCK:
        cls = _CLASSES.get((table, mode, True))
        if cls is None:
            base: type[_Base] = AsyncRawAPI if mode == "async" else SyncRawAPI
            name = table.__name__.removesuffix("Ops") + "WithRawResponse"
            doc = f"`{table.__name__}` calls returning a RawResponse (status, headers, content, `.parse()`)."
            type(name, (table, base), {"__doc__": doc, "__module__": table.__module__})  # registers itself
            cls = _CLASSES[(table, mode, True)]
        return cls


_RAW_LOCK = threading.Lock()


def sub_client(table: type) -> Any:
    """A sub-client attribute (annotate it `Modal[AsyncCls, SyncCls, AsyncRawCls, SyncRawCls]`)."""
    return Modal(table, None)


def raw_view() -> Any:
    """The `with_raw_response` attribute (annotate it `Modal[AsyncRawCls, SyncRawCls, AsyncRawCls, SyncRawCls]`)."""
    return Modal(None, True)


# --------------------------------------------------------------------------------------------------------------
# Escape hatch: every generated operation of a service, through the same transport
# --------------------------------------------------------------------------------------------------------------


class Operations:
    """`client.raw.call("fetch_agent_organisation", id=...)` or `client.raw.fetch_agent_organisation(id=...)`.

    Keyword arguments are the generated operation's (`body=` for a request body; dicts and pydantic models are
    converted); the result is the generated parsed model. In async classes the calls are coroutines.
    """

    def __init__(self, owner: _Base, service: str) -> None:
        self._owner = owner
        self._service = service
        self._ops: dict[str, Operation[Any, Any]] = {}

    def operation_ids(self) -> list[str]:
        """Every operation id of this service's generated package."""
        return _generated.operation_ids(self._service)

    def _operation(self, operation_id: str) -> Operation[Any, Any]:
        found = self._ops.get(operation_id)
        if found is None:
            module = _generated.operation(self._service, operation_id)  # raises if unknown
            names = sorted(_plan(module).params)

            def spec(self: Any, **kwargs: Any) -> Any: ...

            spec.__name__ = operation_id
            spec.__doc__ = (module.sync_detailed.__doc__ or "").strip()
            found = Operation(spec, operation=operation_id, service=self._service, params={}, body=None,
                              build=lambda _obj, values: dict(values), request=None,
                              idempotent=False, result="parsed", model=None)  # fmt: skip
            # Optional generated parameters (default UNSET) stay optional here.
            defaults = inspect.signature(module._get_kwargs).parameters
            found.signature = inspect.Signature(
                [inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY, default=defaults[n].default) for n in names]
                + [inspect.Parameter("timeout", inspect.Parameter.KEYWORD_ONLY, default=NOT_GIVEN),
                   inspect.Parameter("extra_headers", inspect.Parameter.KEYWORD_ONLY, default=None)]
            )  # fmt: skip
            self._ops[operation_id] = found
        return found

    def call(self, operation_id: str, /, **kwargs: Any) -> Any:
        """Call a generated operation by id (a coroutine in async classes)."""
        operation = self._operation(operation_id)
        if self._owner._mode == "async":
            return self._owner._invoke_async(operation, (), kwargs)
        return self._owner._invoke_sync(operation, (), kwargs)

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        """Send any request to this service (relative `path`) through the same transport; returns httpx.Response."""
        if self._owner._mode == "async":
            return self._owner._transport.async_client(self._service).request(method, path, **kwargs)
        return self._owner._transport.sync_client(self._service).request(method, path, **kwargs)

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            self._operation(name)
        except _generated.GeneratedCodeMissing as exc:
            raise AttributeError(str(exc)) from None
        return functools.partial(self.call, name)

    def __dir__(self) -> list[str]:
        return [*super().__dir__(), *self.operation_ids()]


# --------------------------------------------------------------------------------------------------------------
# Mode bases
# --------------------------------------------------------------------------------------------------------------


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
            from ._transport import Transport

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
        opts = self._options(operation, options)
        if opts is None:
            response = client.request(**prepared.request)
        else:
            with request_options(**opts):
                response = client.request(**prepared.request)
        result = operation.finish(self, prepared, response)
        if self._raw and raw:
            from ._response import RawResponse

            return RawResponse.from_httpx(response, result)
        return result

    async def _invoke_async(
        self, operation: Operation[Any, Any], args: tuple[Any, ...], kwargs: dict[str, Any], *, raw: bool = True
    ) -> Any:
        values, options = operation.arguments(args, kwargs)
        prepared = operation.prepare(self, values)
        client = self._transport.async_client(prepared.service)
        opts = self._options(operation, options)
        if opts is None:
            response = await client.request(**prepared.request)
        else:
            with request_options(**opts):
                response = await client.request(**prepared.request)
        result = operation.finish(self, prepared, response)
        if self._raw and raw:
            from ._response import RawResponse

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


def iter_operations(cls: type) -> Iterator[tuple[str, Operation[Any, Any]]]:
    """(name, Operation) for every operation a facade class offers (own and inherited)."""
    seen: set[str] = set()
    for klass in cls.__mro__:
        for name, value in vars(klass).items():
            if isinstance(value, Operation) and name not in seen:
                seen.add(name)
                yield name, value
