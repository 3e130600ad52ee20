"""Without the `local` extra, the stack's entry points say in one line what to install (simulated by hiding the
extra's modules from the import system in a child interpreter)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests._generated import REPO

# A child interpreter in which the named top-level modules cannot be imported, running `python -m provena.local`.
HIDE = """
import sys, runpy
HIDDEN = set(sys.argv[1].split(","))
class Hide:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in HIDDEN:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None
sys.meta_path.insert(0, Hide())
sys.argv = ["provena.local", *sys.argv[2:]]
runpy.run_module("provena.local", run_name="__main__", alter_sys=True)
"""


def _run(hidden: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "generated")])}
    return subprocess.run([sys.executable, "-c", HIDE, hidden, *args], capture_output=True, text=True, env=env,
                          cwd=REPO, timeout=60)  # fmt: skip


CASES = [
    ("starlette,fastapi", "serve"), ("ProvenaInterfaces", "serve"), ("uvicorn", "serve"), ("moto", "serve"),
    ("starlette,fastapi", "export-specs"), ("ProvenaInterfaces", "export-specs"),
]  # fmt: skip


@pytest.mark.parametrize(("hidden", "command"), CASES)
def test_missing_extra_prints_one_line_naming_the_install(hidden: str, command: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ("serve", "--memory", "--port", "0", "--config-out", str(out / "config.json")) if command == "serve" else (
        "export-specs", str(out))  # fmt: skip
    result = _run(hidden, *args)
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "pip install 'provena-sdk[local]'" in lines[0]
    assert result.stdout == ""
    assert not out.exists()  # nothing written


def test_a_missing_module_outside_the_extra_is_not_hidden() -> None:
    from provena.local._extra import missing_extra

    assert missing_extra(ModuleNotFoundError("No module named 'provena_typo'", name="provena_typo")) is None
    assert missing_extra(ValueError("x")) is None
    message = missing_extra(ModuleNotFoundError("No module named 'fastapi.routing'", name="fastapi.routing"))
    assert message is not None and "'fastapi'" in message
