"""The `provena` command driven as a user's shell would: `python -m provena ...` in a subprocess.

`Shell.run` starts the command with a clean environment: no PROVENA_* variables of the developer's, tokens under
a temporary XDG_CONFIG_HOME (the token store's folder), NO_COLOR set, and the working directory a temporary one.
Every output it sees is kept, so a test can check that no secret was ever printed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests._generated import REPO, use_generated

GENERATED = use_generated()

# A hung command fails its test instead of stalling the suite; the local stack answers in milliseconds.
COMMAND_TIMEOUT_S = 60


@dataclass
class Shell:
    """Runs `python -m provena` with a fixed environment; remembers every stdout and stderr."""

    cwd: Path
    env: dict[str, str]
    seen: list[str] = field(default_factory=list)

    def run(self, *args: str, stdin: str | None = None, env: dict[str, str] | None = None,
            ok: bool = True) -> subprocess.CompletedProcess[str]:  # fmt: skip
        # No terminal on stdin, as in a CI job: a command that would prompt must fail instead.
        feed = {"input": stdin} if stdin is not None else {"stdin": subprocess.DEVNULL}
        result = subprocess.run(
            [sys.executable, "-m", "provena", *args], cwd=self.cwd, env={**self.env, **(env or {})},
            capture_output=True, text=True, timeout=COMMAND_TIMEOUT_S, **feed,  # type: ignore[call-overload]
        )  # fmt: skip
        self.seen.extend([result.stdout, result.stderr])
        if ok and result.returncode != 0:
            raise AssertionError(f"provena {' '.join(args)} exited {result.returncode}:\n{result.stderr}")
        return result


def make_shell(tmp: Path, **extra: str) -> Shell:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PROVENA_") and k != "NO_COLOR"}
    paths = [str(REPO), *([str(GENERATED)] if GENERATED else []), env.get("PYTHONPATH", "")]
    env.update(PYTHONPATH=os.pathsep.join(p for p in paths if p), XDG_CONFIG_HOME=str(tmp / "xdg"), NO_COLOR="1",
               **extra)  # fmt: skip
    work = tmp / "work"
    work.mkdir(parents=True, exist_ok=True)
    return Shell(work, env)


@pytest.fixture
def shell(tmp_path: Path) -> Shell:
    """A shell with no configuration at all (for the commands that must fail, or need none)."""
    return make_shell(tmp_path)
