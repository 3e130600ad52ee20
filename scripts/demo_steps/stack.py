"""A fresh local Provena stack in a subprocess, for the length of a `with` block.

`python -m provena.local serve --memory --port 0 --config-out FILE --device-polls N`: state in memory only, a
free port, and the client configuration written to FILE once every service answers. The stack gets its own
process group, so Ctrl-C in the terminal reaches the demo only, and the demo stops the stack (and its S3
server) in order, whatever happened.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

START_TIMEOUT_S = 45.0  # a cold start imports fastapi, moto and boto3: seconds on a slow 2-core machine
STOP_TIMEOUT_S = 10.0
LOOPBACK = {"127.0.0.1", "::1", "localhost"}


class StackError(RuntimeError):
    """The local stack did not start (the message carries the end of its log)."""


@dataclass(frozen=True)
class RunningStack:
    config_path: Path
    config: dict[str, Any]
    seconds: float  # how long the start took

    @property
    def base_url(self) -> str:
        registry = str(self.config["api_overrides"]["registry_api_endpoint_override"])
        parts = urlsplit(registry)
        return f"{parts.scheme}://{parts.netloc}"


def _tail(log_path: Path, limit: int = 2000) -> str:
    try:
        return log_path.read_text("utf-8", errors="replace")[-limit:]
    except OSError:
        return "(no log)"


def _read_config(config_path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(config_path.read_text("utf-8"))
    except (OSError, ValueError):  # not there yet (it is written atomically, but be lenient)
        return None
    return data if isinstance(data, dict) else None


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    # Only the process group created for this stack (the server and its S3 thread), never a name match.
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    except ProcessLookupError:
        pass


@contextmanager
def local_stack(workdir: Path, *, device_polls: int = 2, timeout: float = START_TIMEOUT_S) -> Iterator[RunningStack]:
    """Start the stack, wait for its config file (at most `timeout` s), yield, and always stop it."""
    config_path = workdir / "stack-config.json"
    log_path = workdir / "stack.log"
    command = [sys.executable, "-m", "provena.local", "serve", "--memory", "--host", "127.0.0.1", "--port", "0",
               "--config-out", str(config_path), "--device-polls", str(device_polls)]  # fmt: skip
    started = time.monotonic()
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        config: dict[str, Any] | None = None
        while config is None:
            if process.poll() is not None:
                raise StackError(
                    f"the local stack exited with code {process.returncode} before it was ready:\n{_tail(log_path)}"
                )
            if time.monotonic() - started > timeout:
                raise StackError(f"the local stack was not ready within {timeout:.0f} s:\n{_tail(log_path)}")
            time.sleep(0.1)
            config = _read_config(config_path) if config_path.exists() else None
        for name, url in (config.get("api_overrides") or {}).items():
            if url is not None and urlsplit(str(url)).hostname not in LOOPBACK:
                raise StackError(f"the stack's {name} ({url}) is not on loopback; the demo only talks to 127.0.0.1")
        yield RunningStack(config_path, config, time.monotonic() - started)
    finally:
        _stop(process)
