"""The local stack as a real server: `python -m provena.local serve` in a subprocess, on loopback.

Used by the end-to-end and fuzz suites, which must talk HTTP to the stack exactly as a user's client would.
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

from tests._generated import REPO

READY_TIMEOUT = 120.0  # a hang guard: the stack is ready in < 3 s, but a loaded machine can be very slow


@dataclass
class RunningStack:
    config_path: Path
    config: dict[str, Any]
    log_path: Path
    process: subprocess.Popen[bytes]

    @property
    def base(self) -> str:
        """http://127.0.0.1:PORT (the services are under path prefixes of it)."""
        return str(self.config["api_overrides"]["registry_api_endpoint_override"]).rsplit("/", 1)[0]

    def password(self, username: str) -> str:
        return next(str(u["password"]) for u in self.config["users"] if u["username"] == username)

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


@contextmanager
def running_stack(directory: Path, *args: str, memory: bool = True) -> Iterator[RunningStack]:
    """Start `serve --memory --port 0 --config-out <directory>/config.json [args]`, wait for the config file,
    stop the server (SIGINT, then SIGKILL) on exit. `memory=False` leaves the state location to `args`."""
    directory.mkdir(parents=True, exist_ok=True)
    config_path = directory / "config.json"
    log_path = directory / "server.log"
    command = [sys.executable, "-m", "provena.local", "serve", "--host", "127.0.0.1", *(["--memory"] if memory else []),
               "--port", "0", "--config-out", str(config_path), *args]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=directory, stdout=log, stderr=subprocess.STDOUT, env=env)
    try:
        deadline = time.monotonic() + READY_TIMEOUT
        while not config_path.exists():
            if process.poll() is not None:
                raise RuntimeError(f"the local stack exited ({process.returncode}):\n{log_path.read_text()}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"the local stack was not ready in {READY_TIMEOUT}s:\n{log_path.read_text()}")
            time.sleep(0.05)
        config = json.loads(config_path.read_text(encoding="utf-8"))
        yield RunningStack(config_path, config, log_path, process)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
