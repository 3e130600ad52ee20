"""Paginating methods: a `@pages` spec returns a `PageSpec`; `Pages` binds it to an async or sync paginator."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, overload

from .. import _generated
from .convert import _plan
from .methods import Described, Kind, spec_result
from .operation import Operation

if TYPE_CHECKING:
    from .._pagination import AsyncPaginator, SyncPaginator
    from .bases import AsyncAPI, AsyncRawAPI, SyncAPI, SyncRawAPI, _Base

P = ParamSpec("P")
T = TypeVar("T")


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


class Pages(Described, Generic[P, T]):
    """A method returning an `AsyncPaginator` (async classes) or `SyncPaginator` (sync classes)."""

    def __init__(self, spec: Callable[..., PageSpec[T]]) -> None:
        self.spec = spec
        self.name = spec.__name__
        self.__doc__ = spec.__doc__
        sig = inspect.signature(spec)
        self.signature = sig.replace(
            parameters=list(sig.parameters.values())[1:], return_annotation=sig.empty
        )
        self.kind: Kind = "pages"
        self.documented_result = spec_result(spec, "pages")
        self.bound_parameters = self.signature
        self._init_described()

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
            return self.for_class(owner)
        spec = self.spec

        def make(*args: Any, **kwargs: Any) -> Any:
            from .._pagination import AsyncPaginator, SyncPaginator

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

        self.describe_bound(make, obj)
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
