"""Iterate over every item of a paginated list endpoint, following `pagination_key`.

Works with any request object that has a `pagination_key` attribute (attrs models from openapi-python-client,
dataclasses, pydantic models, plain objects) and any page object with an items attribute and `pagination_key`.
Unset values from generated code (the `UNSET` sentinel, whose class is named `Unset`) count as missing. The
caller's request is never modified: each page is fetched with a copy.

Item iteration can take its own page source (`fetch_items`, e.g. pages as decoded JSON) and a `parse_item`
applied to each item as it is yielded: items after a `limit` or a `break`, and the rest of a page (its status,
seed and unparsable items), are then never turned into models. `iter_pages()` always uses `fetch`.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from typing import Any, Generic, TypeVar

from ._errors import ProvenaError

__all__ = ["AsyncPaginator", "SyncPaginator", "is_missing", "with_pagination_key"]

T = TypeVar("T")
KEY_ATTR = "pagination_key"


def is_missing(value: object) -> bool:
    """None or openapi-python-client's UNSET (recognised by class name, to avoid importing generated code)."""
    return value is None or type(value).__name__ == "Unset"


def with_pagination_key(request: Any, key: Any, attr: str = KEY_ATTR) -> Any:
    """A copy of `request` with `attr` set to `key`; the original is untouched."""
    cls = type(request)
    if hasattr(cls, "__attrs_attrs__"):
        import attrs

        return attrs.evolve(request, **{_attrs_init_name(cls, attr): key})
    if dataclasses.is_dataclass(request) and not isinstance(request, type):
        return dataclasses.replace(request, **{attr: key})
    model_copy = getattr(request, "model_copy", None)
    if callable(model_copy):  # pydantic v2
        return model_copy(update={attr: key})
    clone = copy.copy(request)
    setattr(clone, attr, key)
    return clone


def _attrs_init_name(cls: type, attr: str) -> str:
    # attrs strips a leading underscore for __init__ arguments; honour an explicit alias too.
    for field in getattr(cls, "__attrs_attrs__", ()):
        if field.name == attr:
            return str(getattr(field, "alias", None) or attr.lstrip("_"))
    return attr


def _page_field(page: Any, name: str) -> Any:
    # Pages of services whose documents declare no response model (the job API) arrive as JSON dicts.
    if isinstance(page, Mapping):
        return page.get(name)
    return getattr(page, name, None)


def _page_items(page: Any, items_attr: str) -> list[Any]:
    items = _page_field(page, items_attr)
    if is_missing(items):
        return []
    if not isinstance(items, Iterable):
        raise ProvenaError(f"page attribute {items_attr!r} is {type(items).__name__}, not a list")
    return list(items)


class _PaginatorBase(Generic[T]):
    def __init__(
        self,
        request: Any,
        *,
        limit: int | None = None,
        items_attr: str = "items",
        key_attr: str = KEY_ATTR,
        convert_key: Callable[[Any], Any] | None = None,
        fetch_items: Callable[[Any], Any] | None = None,
        parse_item: Callable[[Any], T] | None = None,
    ) -> None:
        if limit is not None and limit < 0:
            raise ValueError(f"limit must be >= 0 or None, got {limit}")
        self._request = request
        self.limit = limit
        self.items_attr = items_attr
        self.key_attr = key_attr
        # Generated code may give the response's key and the request's key different classes.
        self._convert_key = convert_key or (lambda key: key)
        self._fetch_items = fetch_items
        self._parse_item = parse_item

    def _first_request(self) -> Any:
        return with_pagination_key(self._request, getattr(self._request, self.key_attr, None), self.key_attr)

    def _more(self, count: int) -> bool:
        return self.limit is None or count < self.limit

    def _next_request(self, request: Any, page: Any, seen: list[Any]) -> Any | None:
        key = _page_field(page, self.key_attr)
        if is_missing(key):
            return None
        if key in seen:
            # A server repeating a key would make us loop forever, silently duplicating items.
            raise ProvenaError(f"the server returned the same {self.key_attr} twice; stopping pagination")
        seen.append(key)
        return with_pagination_key(request, self._convert_key(key), self.key_attr)


class SyncPaginator(_PaginatorBase[T]):
    """`for item in SyncPaginator(fetch, request, limit=...)`; `fetch(request) -> page`."""

    def __init__(
        self,
        fetch: Callable[[Any], Any],
        request: Any,
        *,
        limit: int | None = None,
        items_attr: str = "items",
        key_attr: str = KEY_ATTR,
        convert_key: Callable[[Any], Any] | None = None,
        fetch_items: Callable[[Any], Any] | None = None,
        parse_item: Callable[[Any], T] | None = None,
    ) -> None:
        super().__init__(request, limit=limit, items_attr=items_attr, key_attr=key_attr, convert_key=convert_key,
                         fetch_items=fetch_items, parse_item=parse_item)  # fmt: skip
        self._fetch = fetch

    def _walk(self, fetch: Callable[[Any], Any]) -> Iterator[tuple[Any, list[Any]]]:
        """(page, its items), fetched lazily; stops early once `limit` items have been seen."""
        request: Any | None = self._first_request()
        seen: list[Any] = []
        count = 0
        while request is not None and self._more(count):
            page = fetch(request)
            items = _page_items(page, self.items_attr)
            yield page, items
            count += len(items)
            request = self._next_request(request, page, seen)

    def iter_pages(self) -> Iterator[Any]:
        """The pages, fetched lazily; stops early once `limit` items have been seen."""
        for page, _ in self._walk(self._fetch):
            yield page

    def __iter__(self) -> Iterator[T]:
        if self.limit == 0:
            return
        parse = self._parse_item
        count = 0
        for _, items in self._walk(self._fetch_items or self._fetch):
            for item in items:
                yield item if parse is None else parse(item)
                count += 1
                if not self._more(count):
                    return

    def to_list(self) -> list[T]:
        return list(self)


class AsyncPaginator(_PaginatorBase[T]):
    """`async for item in AsyncPaginator(fetch, request, limit=...)`; `await fetch(request) -> page`."""

    def __init__(
        self,
        fetch: Callable[[Any], Awaitable[Any]],
        request: Any,
        *,
        limit: int | None = None,
        items_attr: str = "items",
        key_attr: str = KEY_ATTR,
        convert_key: Callable[[Any], Any] | None = None,
        fetch_items: Callable[[Any], Awaitable[Any]] | None = None,
        parse_item: Callable[[Any], T] | None = None,
    ) -> None:
        super().__init__(request, limit=limit, items_attr=items_attr, key_attr=key_attr, convert_key=convert_key,
                         fetch_items=fetch_items, parse_item=parse_item)  # fmt: skip
        self._fetch = fetch

    async def _walk(self, fetch: Callable[[Any], Awaitable[Any]]) -> AsyncIterator[tuple[Any, list[Any]]]:
        request: Any | None = self._first_request()
        seen: list[Any] = []
        count = 0
        while request is not None and self._more(count):
            page = await fetch(request)
            items = _page_items(page, self.items_attr)
            yield page, items
            count += len(items)
            request = self._next_request(request, page, seen)

    async def iter_pages(self) -> AsyncIterator[Any]:
        async for page, _ in self._walk(self._fetch):
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        if self.limit == 0:
            return
        parse = self._parse_item
        count = 0
        async for _, items in self._walk(self._fetch_items or self._fetch):
            for item in items:
                yield item if parse is None else parse(item)
                count += 1
                if not self._more(count):
                    return

    async def to_list(self) -> list[T]:
        return [item async for item in self]
