"""Running flows: the sync and async drivers of the steps a flow yields, and the `Flow` descriptor (`@flow`)."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Awaitable, Callable, Generator
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, cast, overload

from .. import _generated
from .._options import NOT_GIVEN, request_options
from .methods import Described, Kind
from .operation import _OPTION_ANNOTATIONS, _OPTION_NAMES
from .steps import _Blocking, _Call, _Download, _Step
from .validate import bind, check_values

if TYPE_CHECKING:
    from .bases import AsyncAPI, AsyncRawAPI, SyncAPI, SyncRawAPI

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


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
    from .._jobs import wait_for_sync

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


async def _blocking_async(step: _Blocking) -> Any:
    import asyncio  # here, not at module level: a sync program never loads asyncio for provena

    work = asyncio.ensure_future(asyncio.to_thread(step.fn))
    try:
        return await asyncio.shield(work)
    except asyncio.CancelledError:
        if step.cancel is not None and not work.done():
            step.cancel()
            # The thread stops at its next check; wait for it (a further cancel does not cut this short).
            while not work.done():
                try:
                    await asyncio.shield(work)
                except asyncio.CancelledError:
                    continue
                except BaseException:
                    break
        raise


async def _drive_async(gen: Generator[Any, Any, T]) -> T:
    from .._jobs import wait_for

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
                value = await _blocking_async(step)
            elif isinstance(step, _Download):
                value = await _download_async(step)
            else:
                p = step
                value = await wait_for(lambda p=p: _drive_async(p.fetch()), timeout=p.timeout,  # type: ignore[misc]
                                       poll_interval=p.poll_interval, is_done=p.is_done, is_failed=p.is_failed,
                                       what=p.what)  # fmt: skip
        except Exception as exc:
            error = exc


class Flow(Described, Generic[P, R]):
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
        self.kind: Kind = "flow"
        self._init_described()

    # Read off the spec when the flow is first bound or described, as operations do: the tables declare dozens
    # of flows and a program runs a few (each read is an `inspect.signature`).
    @functools.cached_property
    def options(self) -> tuple[str, ...]:
        """The per-call options this flow takes: those its spec does not define itself."""
        own = set(inspect.signature(self.spec).parameters)
        return tuple(name for name in _OPTION_NAMES if name not in own)

    @functools.cached_property
    def signature(self) -> inspect.Signature:  # type: ignore[override]
        sig = inspect.signature(self.spec)
        extra = [
            inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=NOT_GIVEN if name == "timeout" else None,
                              annotation=_OPTION_ANNOTATIONS[name])
            for name in self.options
        ]  # fmt: skip
        return sig.replace(parameters=[*list(sig.parameters.values())[1:], *extra], return_annotation=sig.empty)

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
            return self.for_class(owner)
        spec = self.spec
        names = self.options
        signature = self.signature
        method = self.name

        def split(args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any] | None:
            bound = bind(method, signature, args, kwargs)  # bad arguments fail before the first request
            bound.apply_defaults()
            check_values(method, signature, bound.arguments)
            opts = {name: kwargs.pop(name) for name in names if name in kwargs}
            opts = {k: v for k, v in opts.items() if v is not None and v is not NOT_GIVEN}
            return opts or None

        if obj._mode == "async":

            async def acall(*args: Any, **kwargs: Any) -> Any:
                opts = split(args, kwargs)
                if opts is None:
                    return await _drive_async(spec(obj, *args, **kwargs))
                with request_options(**opts):
                    return await _drive_async(spec(obj, *args, **kwargs))

            fn: Callable[..., Any] = acall
        else:

            def call(*args: Any, **kwargs: Any) -> Any:
                opts = split(args, kwargs)
                if opts is None:
                    return _drive_sync(spec(obj, *args, **kwargs))
                with request_options(**opts):
                    return _drive_sync(spec(obj, *args, **kwargs))

            fn = call
        self.describe_bound(fn, obj)
        obj.__dict__[self.name] = fn
        return fn

    def run(self, obj: Any, *args: P.args, **kwargs: P.kwargs) -> Generator[_Step, Any, R]:
        """Run this flow inside another flow: `x = yield from Table.flow_name.run(self, ...)`."""
        return (yield from self.spec(obj, *args, **kwargs))


def flow(spec: Callable[Concatenate[Any, P], Generator[_Step, Any, R]]) -> Flow[P, R]:
    """Declare a multi-step convenience (see `Flow`)."""
    return Flow(spec)
