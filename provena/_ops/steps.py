"""What a flow yields: the steps (an operation call, a blocking function, a poll, a download) and their helpers.

A flow is a generator of these steps; `flows` runs it with `await` or synchronously.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, cast

if TYPE_CHECKING:
    from .operation import Operation

T = TypeVar("T")


class _Call:
    # A plain class: as a NamedTuple field, an Operation (a descriptor) would read to type checkers as bound.
    __slots__ = ("args", "kwargs", "obj", "operation")

    def __init__(self, operation: Operation[Any, Any], obj: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        self.operation = operation
        self.obj = obj
        self.args = args
        self.kwargs = kwargs


class _Blocking(NamedTuple):
    fn: Callable[[], Any]
    # Asks `fn` to stop early; async mode calls it when the awaiting task is cancelled, then waits for `fn`.
    cancel: Callable[[], None] | None = None


class _Poll(NamedTuple):
    fetch: Callable[[], Generator[Any, Any, Any]]
    timeout: float
    poll_interval: float
    is_done: Callable[[Any], bool]
    is_failed: Callable[[Any], bool]
    what: str


class _Download(NamedTuple):
    obj: Any
    url: str


_Step = _Call | _Blocking | _Poll | _Download
FlowGen = Generator[_Step, Any, T]


def blocking(fn: Callable[[], T], cancel: Callable[[], None] | None = None) -> Generator[_Step, Any, T]:
    """Run a blocking function (file or S3 I/O): directly in sync mode, in a worker thread in async mode.

    With `cancel`, cancelling the awaiting task calls it and waits for `fn` to return before re-raising, so
    nothing keeps writing after the cancellation is seen (without it, the thread runs on to its end).
    """
    return cast(T, (yield _Blocking(fn, cancel)))


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
