"""Progress bars for dataset transfers, fed by the transfer engine's `progress=` callback when it has one.

The callback is passed only if the facade method declares a `progress` parameter, so the command works with
transfer helpers that report progress and with those that do not (it then just reports the result). What the
callback receives is read loosely: `(done, total)` numbers, or one event object / keyword arguments whose
fields say bytes done and bytes in all (`bytes_done`, `transferred`, `done`, ... and `bytes_total`, `total`).
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable
from types import TracebackType
from typing import Any

import click

__all__ = ["TransferProgress", "call_with_progress"]

_DONE_NAMES = ("bytes_done", "bytes_transferred", "transferred", "done", "completed", "current")
_TOTAL_NAMES = ("bytes_total", "total_bytes", "total", "size", "length")


def _number(source: Any, names: tuple[str, ...]) -> int | None:
    for name in names:
        value = source.get(name) if isinstance(source, dict) else getattr(source, name, None)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return int(value)
    return None


def _read(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[int | None, int | None]:
    numbers = [a for a in args if isinstance(a, int | float) and not isinstance(a, bool)]
    if len(numbers) >= 2:
        return int(numbers[0]), int(numbers[1])
    source: Any = kwargs if kwargs else (args[0] if args else {})
    return _number(source, _DONE_NAMES), _number(source, _TOTAL_NAMES)


def _read_files(source: Any) -> str:
    """"2/3 files" when the event counts files (the transfer engine's TransferProgress does), else ""."""
    done, total = _number(source, ("files_done",)), _number(source, ("files_total",))
    return f"{done}/{total} files" if done is not None and total else ""


class TransferProgress:
    """A click progress bar on stderr (hidden when stderr is not a terminal), as a `progress=` callback."""

    def __init__(self, label: str, *, enabled: bool = True) -> None:
        self.label = label
        self.enabled = enabled
        self._bar: Any = None
        self._shown = 0

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        if not self.enabled:
            return
        done, total = _read(args, kwargs)
        if done is None:
            return
        if self._bar is None or (total and total != self._bar.length):
            self._close()
            bar: Any = click.progressbar(length=max(total or done, 1), label=self.label, file=sys.stderr)
            self._bar = bar.__enter__()
            self._shown = 0
        files = _read_files(args[0] if len(args) == 1 else kwargs)
        if files:
            self._bar.label = f"{self.label} {files}"
        step = done - self._shown
        if step > 0:
            self._bar.update(step)
            self._shown = done

    def _close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None

    def __enter__(self) -> TransferProgress:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._close()


def accepts_progress(method: Callable[..., Any]) -> bool:
    try:
        return "progress" in inspect.signature(method).parameters
    except (TypeError, ValueError):
        return False


def call_with_progress(method: Callable[..., Any], *args: Any, label: str, enabled: bool = True) -> Any:
    """`method(*args)`, with `progress=` a progress bar when the method takes one."""
    if not accepts_progress(method):
        return method(*args)
    with TransferProgress(label, enabled=enabled) as bar:
        return method(*args, progress=bar)
