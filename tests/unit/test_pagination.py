from __future__ import annotations

from typing import Any

import attrs
import pytest

from provena import AsyncPaginator, ProvenaError, SyncPaginator


class Unset:
    """Stands in for openapi-python-client's sentinel class (recognised by name)."""


UNSET: Any = Unset()


@attrs.define
class ListRequest:
    page_size: int = 2
    pagination_key: Any = UNSET


@attrs.define
class Page:
    items: Any
    pagination_key: Any = UNSET


DATA = list(range(7))


def fetch(request: ListRequest) -> Page:
    start = 0 if isinstance(request.pagination_key, Unset) else request.pagination_key["next"]
    chunk = DATA[start : start + request.page_size]
    end = start + request.page_size
    return Page(items=chunk, pagination_key={"next": end} if end < len(DATA) else UNSET)


def test_sync_iterates_all_pages_without_mutating() -> None:
    request = ListRequest()
    seen: list[ListRequest] = []

    def recording_fetch(r: ListRequest) -> Page:
        seen.append(r)
        return fetch(r)

    assert list(SyncPaginator[int](recording_fetch, request)) == DATA
    assert request == ListRequest()  # untouched
    assert all(r is not request for r in seen)
    assert [r.pagination_key for r in seen[1:]] == [{"next": 2}, {"next": 4}, {"next": 6}]


def test_limit_never_overshoots_or_overfetches() -> None:
    calls: list[ListRequest] = []

    def counting(r: ListRequest) -> Page:
        calls.append(r)
        return fetch(r)

    assert list(SyncPaginator[int](counting, ListRequest(), limit=3)) == [0, 1, 2]
    assert len(calls) == 2
    assert list(SyncPaginator[int](fetch, ListRequest(), limit=0)) == []
    assert list(SyncPaginator[int](fetch, ListRequest(), limit=100)) == DATA


def test_iter_pages_and_missing_items() -> None:
    pages = list(SyncPaginator[int](fetch, ListRequest(page_size=3)).iter_pages())
    assert [p.items for p in pages] == [[0, 1, 2], [3, 4, 5], [6]]
    empty = SyncPaginator[int](lambda r: Page(items=UNSET, pagination_key=None), ListRequest())
    assert list(empty) == []


def test_repeated_key_is_an_error_not_a_loop() -> None:
    with pytest.raises(ProvenaError, match="same pagination_key twice"):
        list(SyncPaginator[int](lambda r: Page(items=[1], pagination_key={"k": 1}), ListRequest()))


def test_custom_items_attr_and_key_conversion() -> None:
    @attrs.define
    class JobsPage:
        jobs: list[str]
        pagination_key: Any = None

    def jobs(r: ListRequest) -> JobsPage:
        if isinstance(r.pagination_key, Unset):
            return JobsPage(["a"], pagination_key=("wrapped", 1))
        assert r.pagination_key == {"converted": 1}
        return JobsPage(["b"])

    paginator = SyncPaginator[str](jobs, ListRequest(), items_attr="jobs", convert_key=lambda k: {"converted": k[1]})
    assert paginator.to_list() == ["a", "b"]


async def test_async_for_with_limit() -> None:
    async def afetch(r: ListRequest) -> Page:
        return fetch(r)

    request = ListRequest()
    assert [i async for i in AsyncPaginator[int](afetch, request)] == DATA
    assert await AsyncPaginator[int](afetch, request, limit=5).to_list() == [0, 1, 2, 3, 4]
    pages = [p.items async for p in AsyncPaginator[int](afetch, request).iter_pages()]
    assert pages == [[0, 1], [2, 3], [4, 5], [6]]
    assert request == ListRequest()


def test_plain_objects_and_dataclasses_are_copied() -> None:
    import dataclasses

    @dataclasses.dataclass
    class DCRequest:
        pagination_key: Any = None

    class PlainRequest:
        pagination_key: Any = None

    def make_fetch(seen: list[Any]) -> Any:
        def f(r: Any) -> Page:
            seen.append(r)
            return Page(items=[len(seen)], pagination_key={"n": 1} if len(seen) == 1 else None)

        return f

    for request in (DCRequest(), PlainRequest()):
        seen: list[Any] = []
        assert list(SyncPaginator[int](make_fetch(seen), request)) == [1, 2]
        assert request.pagination_key is None and seen[1].pagination_key == {"n": 1}


def _json_fetch(r: ListRequest) -> dict[str, Any]:
    page = fetch(r)
    key = None if isinstance(page.pagination_key, Unset) else page.pagination_key
    return {"items": [{"n": i} for i in page.items], "pagination_key": key, "status": {"success": True}}


def test_item_iteration_parses_only_the_items_it_yields() -> None:
    parsed: list[int] = []

    def parse(item: dict[str, Any]) -> int:
        parsed.append(item["n"])
        return int(item["n"]) * 10

    typed_fetches: list[ListRequest] = []

    def typed(r: ListRequest) -> Page:
        typed_fetches.append(r)
        return fetch(r)

    def make(limit: int | None = None) -> SyncPaginator[int]:
        return SyncPaginator[int](typed, ListRequest(page_size=3), limit=limit, fetch_items=_json_fetch,
                                  parse_item=parse)  # fmt: skip

    assert list(make()) == [i * 10 for i in DATA]
    assert parsed == DATA and typed_fetches == []  # items came from the JSON pages, each parsed once
    parsed.clear()
    assert list(make(limit=4)) == [0, 10, 20, 30]
    assert parsed == [0, 1, 2, 3]  # the rest of the second page stays JSON
    parsed.clear()
    for item in make():
        if item == 10:
            break
    assert parsed == [0, 1]
    assert [p.items for p in make().iter_pages()] == [[0, 1, 2], [3, 4, 5], [6]]  # pages stay typed
    assert len(typed_fetches) == 3 and parsed == [0, 1]


async def test_async_item_iteration_parses_lazily() -> None:
    parsed: list[int] = []

    async def afetch_json(r: ListRequest) -> dict[str, Any]:
        return _json_fetch(r)

    async def afetch(r: ListRequest) -> Page:
        return fetch(r)

    def parse(item: dict[str, Any]) -> str:
        parsed.append(item["n"])
        return f"item {item['n']}"

    paginator = AsyncPaginator[str](afetch, ListRequest(), limit=3, fetch_items=afetch_json, parse_item=parse)
    assert await paginator.to_list() == ["item 0", "item 1", "item 2"]
    assert parsed == [0, 1, 2]
    assert [p.items async for p in paginator.iter_pages()] == [[0, 1], [2, 3]]
