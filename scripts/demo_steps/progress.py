"""Numbered steps with timings, printed as they happen (flushed at once, so a pipe shows them live too).

    progress = Progress(total=7)
    with progress.step("Device login", facade="async"):
        progress.say("open ... and enter the code ...")

A step that raises prints how long it ran and why it failed, then raises `StepFailed` naming the step, so the
caller can exit with one clear message. Nothing secret is ever passed in: callers print ids, counts, paths.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TextIO

FACADES = {
    "async": "async facade: provena.ProvenaClient",
    "sync": "sync facade: provena.sync.ProvenaClient",
    "none": "no client: pure Python",
}


class StepFailed(Exception):
    def __init__(self, number: int, title: str, cause: BaseException) -> None:
        super().__init__(f"step {number} ({title}) failed: {describe(cause)}")
        self.number = number
        self.title = title


def describe(exc: BaseException) -> str:
    """`Type: message`, on one line (API errors already carry the status and the server's detail)."""
    message = " ".join(str(exc).split()) or "(no message)"
    return f"{type(exc).__name__}: {message}"


@dataclass
class Progress:
    total: int
    out: TextIO = field(default_factory=lambda: sys.stdout)
    number: int = 0
    timings: list[tuple[str, float]] = field(default_factory=list)

    def _print(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    def say(self, text: str) -> None:
        """A line of detail under the current step."""
        for line in text.splitlines() or [""]:
            self._print(f"      {line}")

    def note(self, text: str) -> None:
        """A line outside the numbered steps (stack start and stop)."""
        self._print(text)

    @contextmanager
    def step(self, title: str, *, facade: str) -> Iterator[None]:
        self.number += 1
        number = self.number
        self._print(f"\n[{number}/{self.total}] {title}  ({FACADES.get(facade, facade)})")
        started = time.monotonic()
        try:
            yield
        except Exception as exc:
            seconds = time.monotonic() - started
            self._print(f"      FAILED after {seconds:.2f} s: {describe(exc)}")
            raise StepFailed(number, title, exc) from exc
        seconds = time.monotonic() - started
        self.timings.append((title, seconds))
        self._print(f"      done in {seconds:.2f} s")
