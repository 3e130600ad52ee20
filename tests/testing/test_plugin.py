"""provena.testing: the documented example pipeline test runs in a project of its own with nothing but the plugin's
fixtures (a child pytest in an empty folder: no conftest, no ini, the plugin loaded as its entry point would)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests._generated import REPO

pytest.importorskip("fastapi", reason="the local stack needs the 'local' extra")

EXAMPLE = REPO / "docs" / "examples" / "test_pipeline.py"


def _child_pytest(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "generated")])}
    env.pop("PYTEST_ADDOPTS", None)
    command = [sys.executable, "-m", "pytest", "-p", "provena.testing.plugin", "-p", "no:cacheprovider", "-q",
               "-o", "asyncio_default_fixture_loop_scope=function", *args]  # fmt: skip
    return subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True, timeout=170)


@pytest.mark.stack
def test_the_documented_example_runs_with_only_the_plugin(tmp_path: Path) -> None:
    project = tmp_path / "my-pipeline"
    project.mkdir()
    shutil.copy(EXAMPLE, project / "test_pipeline.py")
    result = _child_pytest(project, "test_pipeline.py")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert re.search(r"\b3 passed\b", output), output
    assert list(project.glob("conftest.py")) == []


def test_the_plugin_declares_its_fixtures_and_options() -> None:
    from provena.testing import plugin

    fixtures = {"provena_session_stack", "provena_stack", "provena_config", "provena_login", "provena_client",
                "provena_sync_client"}  # fmt: skip
    declared = {getattr(getattr(plugin, name), "name", None) or name for name in dir(plugin)}
    assert fixtures <= declared
    assert plugin.FRESH_MARK == "provena_fresh"
