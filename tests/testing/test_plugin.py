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

# Two fresh stacks with the same seed hand out the same ids; the session stack is another, shared one.
SEEDED = """
import pytest

ids = []


@pytest.mark.provena_fresh
@pytest.mark.parametrize("run", [1, 2])
def test_a_fresh_stack_with_the_same_seed_gives_the_same_ids(provena_sync_client, provena_stack, run):
    assert provena_stack.seed == 1
    org = provena_sync_client.registry.organisation.create_item({"display_name": "Seeded", "name": "Seeded"})
    ids.append(org.created_item.id)
    assert len(set(ids)) == 1, ids
"""


def _child_pytest(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "generated")])}
    env.pop("PYTEST_ADDOPTS", None)
    # Only the plugins named here, whatever else (or however this package) is installed: the plugin as its
    # entry point would load it, and pytest-asyncio, which the `testing` extra brings.
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    command = [sys.executable, "-m", "pytest", "-p", "provena.testing.plugin", "-p", "pytest_asyncio.plugin",
               "-p", "no:cacheprovider", "-q", "-o", "asyncio_default_fixture_loop_scope=function", *args]  # fmt: skip
    return subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True, timeout=240)


@pytest.mark.stack
@pytest.mark.timeout(300)  # a child pytest starting three stacks, on a shared CI machine
def test_the_documented_example_runs_with_only_the_plugin(tmp_path: Path) -> None:
    project = tmp_path / "my-pipeline"
    project.mkdir()
    shutil.copy(EXAMPLE, project / "test_pipeline.py")
    (project / "test_seeded.py").write_text(SEEDED, encoding="utf-8")
    result = _child_pytest(project, "test_pipeline.py", "test_seeded.py")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert re.search(r"\b5 passed\b", output), output
    assert list(project.glob("conftest.py")) == []


def test_the_plugin_declares_its_fixtures_and_options() -> None:
    from provena.testing import plugin

    fixtures = {"provena_session_stack", "provena_stack", "provena_config", "provena_login", "provena_client",
                "provena_sync_client"}  # fmt: skip
    declared = {getattr(getattr(plugin, name), "name", None) or name for name in dir(plugin)}
    assert fixtures <= declared
    assert plugin.FRESH_MARK == "provena_fresh"
