"""Paginating methods: a `@pages` spec returns a `PageSpec`; `Pages` binds it to an async or sync paginator.

Iterating items (`for item in client.x.for_all_items()`) fetches each page as decoded JSON and builds each item's
generated model only when that item is yielded (`_ItemParse`): the page's other fields and the items after a
`limit` or a `break` are never parsed. `iter_pages()` still yields the whole generated page model.
"""

from __future__ import annotations

import functools
import inspect
import threading
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, overload

from .. import _generated
from .._errors import ResponseValidationError
from .convert import _plan, _union_members
from .methods import Described, Kind
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
        self.kind: Kind = "pages"
        self._init_described()

    @functools.cached_property
    def signature(self) -> inspect.Signature:  # type: ignore[override]
        # Read when first described or bound, as for operations and flows (not when a table is defined).
        sig = inspect.signature(self.spec)
        return sig.replace(parameters=list(sig.parameters.values())[1:], return_annotation=sig.empty)

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
            module, request = _coerce_request(operation, target, ps.request, ps.extra_args)
            extra = ps.extra_args
            lazy = None if target._raw else _item_parse(operation, module, ps.items_attr)
            if target._mode == "async":

                async def afetch(req: Any) -> Any:
                    return await target._invoke_async(operation, (req, *extra), {})

                afetch_items = None
                if lazy is not None:
                    as_json = lazy.operation

                    async def afetch_items(req: Any) -> Any:
                        return lazy.page(await target._invoke_async(as_json, (req, *extra), {}))

                return AsyncPaginator(afetch, request, limit=ps.limit, items_attr=ps.items_attr,
                                      convert_key=_plain_key, fetch_items=afetch_items,
                                      parse_item=lazy.item if lazy else None)  # fmt: skip

            def fetch(req: Any) -> Any:
                return target._invoke_sync(operation, (req, *extra), {})

            fetch_items = None
            if lazy is not None:
                as_json = lazy.operation

                def fetch_items(req: Any) -> Any:
                    return lazy.page(target._invoke_sync(as_json, (req, *extra), {}))

            return SyncPaginator(fetch, request, limit=ps.limit, items_attr=ps.items_attr, convert_key=_plain_key,
                                 fetch_items=fetch_items, parse_item=lazy.item if lazy else None)  # fmt: skip

        self.describe_bound(make, obj)
        obj.__dict__[self.name] = make
        return make


def _coerce_request(
    operation: Operation[Any, Any], target: _Base, request: Any, extra: tuple[Any, ...]
) -> tuple[types.ModuleType, Any]:
    """(the generated page operation's module, the list request as its body model, so the paginator can copy it
    with a new key)."""
    values, _ = operation.arguments((request, *extra), {})
    prepared_values = dict(values)
    assert operation.body is not None
    service = operation.service or target._service
    assert operation.operation is not None
    op_id = operation.operation if isinstance(operation.operation, str) else operation.operation(target, values)
    module = _generated.operation(service, op_id)
    coerce = _plan(module).coercers.get("body")
    body = prepared_values[operation.body]
    return module, (coerce(body, f"{operation.name}({operation.body})") if coerce else body)


class _ItemParse:
    """How item iteration reads one paginated operation: the page as JSON, each item into its model."""

    __slots__ = ("item_model", "operation", "page_model")  # a plain class, for the reason _Call is one

    def __init__(self, operation: Operation[Any, Any], page_model: type, item_model: type) -> None:
        self.operation = operation  # the page operation, answering decoded JSON
        self.page_model = page_model
        self.item_model = item_model

    def page(self, data: object) -> Any:
        if not isinstance(data, Mapping):
            raise ResponseValidationError(
                f"{self.operation.name}: expected a {self.page_model.__name__} object, got {type(data).__name__}",
                response=None, body=data,
            )  # fmt: skip
        return data

    def item(self, data: Any) -> Any:
        try:
            return self.item_model.from_dict(data)  # type: ignore[attr-defined]
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(
                f"{self.operation.name}: an item of the {self.page_model.__name__} page did not match "
                f"{self.item_model.__name__}: {type(exc).__name__}: {exc}",
                response=None, body=data,
            ) from exc  # fmt: skip


_item_parses: dict[tuple[int, str, str], _ItemParse | None] = {}
_item_parses_lock = threading.Lock()


def _item_parse(operation: Operation[Any, Any], module: types.ModuleType, items_attr: str) -> _ItemParse | None:
    """Item-by-item parsing for a page operation whose generated page model lists `items_attr` as `list[Model]`
    (None: iterate typed pages as they come, e.g. the job API's pages, which its documents leave untyped)."""
    key = (id(operation), module.__name__, items_attr)
    if key in _item_parses:
        return _item_parses[key]
    with _item_parses_lock:
        found = _find_item_parse(operation, module, items_attr)
        _item_parses[key] = found
    return found


def _find_item_parse(operation: Operation[Any, Any], module: types.ModuleType, items_attr: str) -> _ItemParse | None:
    if operation.result != "parsed" or operation.model is not None or operation.request is not None:
        return None
    try:
        returns = typing.get_type_hints(module._parse_response).get("return")
    except Exception:  # an annotation that does not resolve at run time: keep the typed pages
        return None
    for page_model in _union_members(returns):
        fields = {f.name for f in getattr(page_model, "__attrs_attrs__", ())}
        if not isinstance(page_model, type) or not {items_attr, "pagination_key"} <= fields:
            continue
        try:
            annotation = typing.get_type_hints(page_model)[items_attr]
        except Exception:
            return None
        for member in _union_members(annotation):
            if typing.get_origin(member) is list:
                (item_model,) = typing.get_args(member) or (None,)
                if isinstance(item_model, type) and callable(getattr(item_model, "from_dict", None)):
                    return _ItemParse(_as_json(operation), page_model, item_model)
        return None
    return None


def _as_json(operation: Operation[Any, Any]) -> Operation[Any, Any]:
    """The same request as `operation`, answering the decoded JSON instead of the generated model."""
    twin: Operation[Any, Any] = Operation(
        operation.spec, operation=operation.operation, service=operation.service, params=operation.params,
        body=operation.body, build=operation.build, request=operation.request, idempotent=operation.idempotent,
        result="json", model=None,
    )  # fmt: skip
    twin.name = operation.name
    return twin


def pages(spec: Callable[Concatenate[Any, P], PageSpec[T]]) -> Pages[P, T]:
    """Declare a paginating method (see `Pages`)."""
    return Pages(spec)
