from __future__ import annotations

import asyncio

import pytest

from provena import JobFailedError, JobTimeoutError, wait_for, wait_for_sync


def statuses(*items: str) -> list[str]:
    return list(items)


async def test_wait_for_returns_done_status_without_blocking_the_loop() -> None:
    queue = statuses("PENDING", "IN_PROGRESS", "SUCCEEDED")
    ticks = 0
    seen: list[int] = []

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.001)
            ticks += 1

    async def fetch() -> str:
        seen.append(ticks)
        return queue.pop(0)

    task = asyncio.create_task(ticker())
    await asyncio.sleep(0)  # the ticker's first timer is due before the waiter's first sleep ends
    result = await wait_for(
        fetch, timeout=5, poll_interval=0.05, is_done=lambda s: s == "SUCCEEDED", is_failed=lambda s: s == "FAILED"
    )
    task.cancel()
    assert result == "SUCCEEDED"
    # The other task ran during every sleep between polls (its timer falls due first): the loop was never blocked.
    assert seen[0] < seen[1] < seen[2]


async def test_wait_for_failed_and_timeout() -> None:
    async def failed() -> str:
        return "FAILED"

    with pytest.raises(JobFailedError) as info:
        await wait_for(
            failed, timeout=1, poll_interval=0.01, is_done=lambda s: False, is_failed=lambda s: s == "FAILED"
        )
    assert info.value.status == "FAILED"

    # Fake time that moves only when the waiter sleeps: 1.5 s at 0.5 s a poll is exactly 4 polls, 3 sleeps.
    clock = FakeClock()
    polls: list[str] = []

    async def pending() -> str:
        polls.append("PENDING")
        return "PENDING"

    with pytest.raises(JobTimeoutError) as timeout:
        await wait_for(pending, timeout=1.5, poll_interval=0.5, is_done=lambda s: False,
                       clock=clock.now, sleep=clock.async_sleep)  # fmt: skip
    assert timeout.value.last_status == "PENDING"
    assert len(polls) == 4 and clock.slept == [0.5, 0.5, 0.5]

    async def hanging() -> str:
        await asyncio.Event().wait()  # never answers: the wait must end at its timeout anyway
        return "never"

    with pytest.raises(JobTimeoutError):
        await wait_for(hanging, timeout=0.05, poll_interval=0.01, is_done=lambda s: True)


class FakeClock:
    def __init__(self) -> None:
        self.time = 100.0
        self.slept: list[float] = []

    def now(self) -> float:
        return self.time

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.time += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def test_wait_for_sync() -> None:
    queue = statuses("PENDING", "SUCCEEDED")
    assert (
        wait_for_sync(lambda: queue.pop(0), timeout=2, poll_interval=0.01, is_done=lambda s: s == "SUCCEEDED")
        == "SUCCEEDED"
    )
    clock = FakeClock()
    with pytest.raises(JobTimeoutError):
        wait_for_sync(lambda: "PENDING", timeout=5, poll_interval=2, is_done=lambda s: False,
                      clock=clock.now, sleep=clock.sleep)  # fmt: skip
    assert clock.slept == [2, 2, 1]  # the last sleep is cut to the time left
    with pytest.raises(ValueError, match="timeout"):
        wait_for_sync(lambda: "x", timeout=0, poll_interval=1, is_done=lambda s: True)
