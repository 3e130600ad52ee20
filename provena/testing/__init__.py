"""Testing your own Provena pipelines offline, against the local stack (`pip install 'provena-sdk[testing]'`).

The pytest plugin (`provena.testing.plugin`, loaded automatically once the package is installed) gives these
fixtures:

    provena_stack        the running local stack (`LocalStack`): one per test session, or a fresh one for a
                         test marked `@pytest.mark.provena_fresh` (or every test, with `--provena-fresh`)
    provena_config       a `provena.Config` pointing at it
    provena_login        `provena_login("admin")`: a logged-in `PasswordFlow` for a seeded user
    provena_client       an async `provena.ProvenaClient`, logged in as `researcher` (needs pytest-asyncio)
    provena_sync_client  a `provena.sync.ProvenaClient`, logged in as `researcher`

The stack runs as `python -m provena.local serve --memory --seed N` in a subprocess on a free loopback port,
so the clients talk HTTP to it exactly as they would to a deployment. `--seed` (option `--provena-seed`,
default 1) makes ids and the stack's clock deterministic: the same test run gives the same handles.

Outside pytest, `local_stack(directory)` runs the same stack in a `with` block.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import provena

__all__ = ["READY_TIMEOUT", "SEEDED_USERS", "LocalStack", "StackStartError", "local_stack"]

READY_TIMEOUT = 60.0  # seconds to wait for the stack's config file (it is ready in ~3 s; CI machines are slower)
SEEDED_USERS = ("researcher", "admin")


class StackStartError(RuntimeError):
    """The local stack did not start (its log is in the message)."""


@dataclass
class LocalStack:
    """A running local stack: where its client configuration is and who can log in."""

    config_path: Path
    config: dict[str, Any]  # what `serve --config-out` wrote: endpoints, seeded users, S3 endpoint
    log_path: Path
    process: subprocess.Popen[bytes]
    seed: int | None

    @property
    def base(self) -> str:
        """http://127.0.0.1:PORT (the services are under path prefixes of it)."""
        return str(self.config["api_overrides"]["registry_api_endpoint_override"]).rsplit("/", 1)[0]

    @property
    def users(self) -> list[str]:
        return [str(u["username"]) for u in self.config["users"]]

    @property
    def client_id(self) -> str:
        return str(self.config.get("client_id") or "provena-local")

    def password(self, username: str) -> str:
        for user in self.config["users"]:
            if user["username"] == username:
                return str(user["password"])
        raise KeyError(f"no seeded user {username!r} in the local stack (it has {self.users})")

    def client_config(self) -> provena.Config:
        import provena

        return provena.Config.from_file(self.config_path)

    def login(self, username: str = "researcher") -> provena.PasswordFlow:
        """A password-grant flow for a seeded user (tokens kept in memory only)."""
        import provena

        return provena.PasswordFlow(self.client_config(), self.client_id, username, self.password(username))

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


def _child_env() -> dict[str, str]:
    # The child imports the same provena as this process, even from a source checkout that is not installed.
    root = str(Path(__file__).resolve().parents[2])
    paths = [root, *[p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(dict.fromkeys(paths))}


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)  # serve shuts down cleanly on SIGINT / SIGTERM
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def local_stack(
    directory: Path,
    *,
    seed: int | None = 1,
    memory: bool = True,
    args: Sequence[str] = (),
    ready_timeout: float = READY_TIMEOUT,
) -> Iterator[LocalStack]:
    """Run `python -m provena.local serve` on a free loopback port until the block ends.

    directory: where the config file and the server log go; seed: deterministic ids and clock (None: real
    clock, random ids); memory: in-memory state (False: pass `--data-dir` in `args`); args: more `serve` options.
    Raises `StackStartError` (with the log) if the server exits or is not ready in `ready_timeout` seconds.
    """
    directory.mkdir(parents=True, exist_ok=True)
    config_path = directory / "config.json"
    log_path = directory / "server.log"
    config_path.unlink(missing_ok=True)  # readiness is this file appearing
    command = [sys.executable, "-m", "provena.local", "serve", "--host", "127.0.0.1", "--port", "0",
               "--config-out", str(config_path), *(["--memory"] if memory else []),
               *(["--seed", str(seed)] if seed is not None else []), *args]  # fmt: skip
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=directory, stdout=log, stderr=subprocess.STDOUT, env=_child_env())
    try:
        deadline = time.monotonic() + ready_timeout
        while not config_path.exists():
            if process.poll() is not None:
                raise StackStartError(f"the local stack exited ({process.returncode}):\n{log_path.read_text()}")
            if time.monotonic() > deadline:
                raise StackStartError(f"the local stack was not ready in {ready_timeout}s:\n{log_path.read_text()}")
            time.sleep(0.05)
        config = json.loads(config_path.read_text(encoding="utf-8"))
        yield LocalStack(config_path, config, log_path, process, seed)
    finally:
        _stop(process)
