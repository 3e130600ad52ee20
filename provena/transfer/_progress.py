"""Progress of a transfer: one immutable snapshot per update, handed to the caller's callback, or a bar.

Workers report bytes as they move; `Tracker` adds them up under a lock and calls the callback with the lock held,
so a callback never runs twice at once (it may run in a worker thread, not the caller's).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

__all__ = ["ProgressCallback", "Tracker", "TransferProgress", "resolve_progress"]


@dataclass(frozen=True)
class TransferProgress:
    """Where a transfer stands. Totals count what moves (files skipped as already equal are not in them)."""

    direction: str  # "upload" or "download"
    bytes_done: int
    bytes_total: int
    files_done: int
    files_total: int
    files_skipped: int = 0  # equal on both sides, not moved
    current: str | None = None  # the relative path that last made progress
    finished: bool = False  # the last snapshot of a transfer that completed


ProgressCallback = Callable[[TransferProgress], None]


class Tracker:
    def __init__(self, callback: ProgressCallback | None, start: TransferProgress) -> None:
        self._callback = callback
        self._state = start
        self._lock = threading.Lock()
        self._emit()

    @property
    def state(self) -> TransferProgress:
        return self._state

    def _emit(self) -> None:
        if self._callback is not None:
            self._callback(self._state)

    def add_bytes(self, count: int, current: str) -> None:
        with self._lock:
            self._state = replace(self._state, bytes_done=self._state.bytes_done + count, current=current)
            self._emit()

    def file_done(self, current: str) -> None:
        with self._lock:
            self._state = replace(self._state, files_done=self._state.files_done + 1, current=current)
            self._emit()

    def finish(self) -> None:
        with self._lock:
            self._state = replace(self._state, finished=True)
            self._emit()


class _RichBar:
    """`progress=True` on a terminal: a rich progress bar (extra `progress`)."""

    def __init__(self) -> None:
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
            TransferSpeedColumn,
        )

        self._bar = Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TransferSpeedColumn(),
                             TextColumn("{task.fields[files]}"), TimeRemainingColumn())  # fmt: skip
        self._task: Any = None

    def __call__(self, p: TransferProgress) -> None:
        if self._task is None:
            self._bar.start()
            self._task = self._bar.add_task(f"{p.direction}ing", total=p.bytes_total, files="")
        files = f"{p.files_done}/{p.files_total} files" + (f" ({p.files_skipped} equal)" if p.files_skipped else "")
        self._bar.update(self._task, completed=p.bytes_done, total=p.bytes_total, files=files)
        if p.finished:
            self._bar.stop()

    def close(self) -> None:
        if self._task is not None:
            self._bar.stop()


def resolve_progress(progress: bool | ProgressCallback | None) -> tuple[ProgressCallback | None, Callable[[], None]]:
    """The callback to use and how to close it: `True` means a bar when stdout is a terminal, else nothing."""
    if progress is None or progress is False:
        return None, lambda: None
    if progress is True:
        if not sys.stdout.isatty():
            return None, lambda: None
        try:
            bar = _RichBar()
        except ImportError:
            raise ImportError(
                "progress=True needs rich: install the `progress` extra (pip install 'provena-sdk[progress]'), "
                "or pass a callback"
            ) from None
        return bar, bar.close
    if callable(progress):
        return progress, lambda: None
    raise TypeError(f"progress must be True, False or a callable taking TransferProgress, not {progress!r}")
