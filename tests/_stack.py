"""The local stack as a real server: `python -m provena.local serve` in a subprocess, on loopback.

Used by the end-to-end and fuzz suites, which must talk HTTP to the stack exactly as a user's client would. The
runner is the shipped one (`provena.testing.local_stack`, what the pytest plugin's fixtures use); this module
keeps the suite's spelling of it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from provena.testing import LocalStack, local_stack

RunningStack = LocalStack

READY_TIMEOUT = 120.0  # a hang guard: the stack is ready in < 3 s, but a loaded machine can be very slow


@contextmanager
def running_stack(directory: Path, *args: str, memory: bool = True) -> Iterator[RunningStack]:
    """Start `serve --memory --port 0 --config-out <directory>/config.json [args]`, wait for the config file,
    stop the server (SIGINT, then SIGKILL) on exit. `memory=False` leaves the state location to `args`."""
    with local_stack(directory, seed=None, memory=memory, args=args, ready_timeout=READY_TIMEOUT) as stack:
        yield stack
