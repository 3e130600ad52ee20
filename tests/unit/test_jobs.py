from __future__ import annotations

import asyncio
import time

import pytest

from provena import JobFailedError, JobTimeoutError, wait_for, wait_for_sync


def statuses(*items: str) -> list[str]:
    return list(items)


async def test_wait_for_returns_done_status_without_blocking_the_loop() -> None:
    queue = statuses("PENDING", "IN_PROGRESS", "SUCCEEDED")
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.005)
            ticks += 1

    async def fetch() -> str:
        return queue.pop(0)

    task = asyncio.create_task(ticker())
    result = await wait_for(
        fetch, timeout=5, poll_interval=0.05, is_done=lambda s: s == "SUCCEEDED", is_failed=lambda s: s == "FAILED"
    )
    task.cancel()
    assert result == "SUCCEEDED"
    assert ticks >= 5  # the loop kept running while we waited


async def test_wait_for_failed_and_timeout() -> None:
    async def failed() -> str:
        return "FAILED"

    with pytest.raises(JobFailedError) as info:
        await wait_for(
            failed, timeout=1, poll_interval=0.01, is_done=lambda s: False, is_failed=lambda s: s == "FAILED"
        )
    assert info.value.status == "FAILED"

    async def pending() -> str:
        return "PENDING"

    started = time.monotonic()
    with pytest.raises(JobTimeoutError) as timeout:
        await wait_for(pending, timeout=0.1, poll_interval=0.03, is_done=lambda s: False)
    assert timeout.value.last_status == "PENDING"
    assert time.monotonic() - started < 1

    async def hanging() -> str:
        await asyncio.sleep(10)
        return "never"

    started = time.monotonic()
    with pytest.raises(JobTimeoutError):
        await wait_for(hanging, timeout=0.1, poll_interval=0.01, is_done=lambda s: True)
    assert time.monotonic() - started < 1


def test_wait_for_sync() -> None:
    queue = statuses("PENDING", "SUCCEEDED")
    assert (
        wait_for_sync(lambda: queue.pop(0), timeout=2, poll_interval=0.01, is_done=lambda s: s == "SUCCEEDED")
        == "SUCCEEDED"
    )
    with pytest.raises(JobTimeoutError):
        wait_for_sync(lambda: "PENDING", timeout=0.05, poll_interval=0.01, is_done=lambda s: False)
    with pytest.raises(ValueError, match="timeout"):
        wait_for_sync(lambda: "x", timeout=0, poll_interval=1, is_done=lambda s: True)
