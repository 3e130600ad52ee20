"""Waiting for something to finish by polling: `wait_for` (async, never blocks the loop) and `wait_for_sync`.

Generic on purpose: the job clients pass `fetch_status` plus `is_done` / `is_failed` predicates for their
models. Time is measured with `time.monotonic()` so wall-clock jumps do not shorten or stretch the wait.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from ._errors import JobFailedError, JobTimeoutError

__all__ = ["wait_for", "wait_for_sync"]

logger = logging.getLogger("provena")

S = TypeVar("S")


def _never(_: object) -> bool:
    return False


def _check_args(timeout: float, poll_interval: float) -> None:
    if timeout <= 0:
        raise ValueError(f"timeout must be > 0 seconds, got {timeout}")
    if poll_interval < 0:
        raise ValueError(f"poll_interval must be >= 0 seconds, got {poll_interval}")


def _outcome(status: S, is_done: Callable[[S], bool], is_failed: Callable[[S], bool], what: str) -> bool:
    if is_failed(status):
        raise JobFailedError(f"{what} failed: {status!r}", status=status)
    return is_done(status)


def _timeout_error(what: str, timeout: float, last: object, elapsed: float) -> JobTimeoutError:
    return JobTimeoutError(f"{what} did not finish within {timeout:g} s (last status: {last!r})",
                           last_status=last, elapsed=elapsed)  # fmt: skip


async def wait_for(
    fetch_status: Callable[[], Awaitable[S]],
    *,
    timeout: float,
    poll_interval: float,
    is_done: Callable[[S], bool],
    is_failed: Callable[[S], bool] = _never,
    what: str = "job",
    on_poll: Callable[[S], None] | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[object]] | None = None,
) -> S:
    """Poll `fetch_status()` until `is_done(status)` (returned) or `is_failed(status)` (JobFailedError), or
    raise JobTimeoutError after `timeout` seconds. Sleeps with asyncio.sleep between polls.

    `clock` and `sleep` are there to be replaced (a test's fake time, a simulation's clock)."""
    import asyncio  # here, not at module level: a sync program never loads asyncio for provena

    if sleep is None:
        sleep = asyncio.sleep
    _check_args(timeout, poll_interval)
    started = clock()
    deadline = started + timeout
    last: S | None = None
    while True:
        # Bound each poll by the time left, so a hanging status call cannot overrun the timeout.
        remaining = deadline - clock()
        try:
            status = await asyncio.wait_for(fetch_status(), timeout=max(remaining, 0.001))
        except TimeoutError:
            raise _timeout_error(what, timeout, last, clock() - started) from None
        last = status
        if on_poll is not None:
            on_poll(status)
        if _outcome(status, is_done, is_failed, what):
            return status
        remaining = deadline - clock()
        if remaining <= 0:
            raise _timeout_error(what, timeout, last, clock() - started)
        logger.debug(
            "%s not finished (%r); polling again in %.1f s", what, status, min(poll_interval, remaining)
        )
        await sleep(min(poll_interval, remaining))


def wait_for_sync(
    fetch_status: Callable[[], S],
    *,
    timeout: float,
    poll_interval: float,
    is_done: Callable[[S], bool],
    is_failed: Callable[[S], bool] = _never,
    what: str = "job",
    on_poll: Callable[[S], None] | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], object] = time.sleep,
) -> S:
    """Blocking `wait_for` for synchronous code."""
    _check_args(timeout, poll_interval)
    started = clock()
    deadline = started + timeout
    while True:
        status = fetch_status()
        if on_poll is not None:
            on_poll(status)
        if _outcome(status, is_done, is_failed, what):
            return status
        remaining = deadline - clock()
        if remaining <= 0:
            raise _timeout_error(what, timeout, status, clock() - started)
        logger.debug(
            "%s not finished (%r); polling again in %.1f s", what, status, min(poll_interval, remaining)
        )
        sleep(min(poll_interval, remaining))
