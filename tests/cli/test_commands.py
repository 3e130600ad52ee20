"""The `provena` command without a server: help, lazy loading, usage errors, bad input refused before anything
is sent, and the pieces (lineage tree, progress adapter) on their own."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import provena
from provena.cli._progress import accepts_progress, call_with_progress
from provena.cli.lineage import render_tree
from tests.cli.conftest import Shell, make_shell

COMMANDS = ("login", "logout", "whoami", "link", "fetch", "search", "registry", "dataset", "lineage", "job",
            "specs", "local", "completion")  # fmt: skip


def one_line_error(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line on stderr, got:\n{stderr}"
    assert lines[0].startswith("Error: ")
    return lines[0]


def test_help_lists_every_command(shell: Shell) -> None:
    out = shell.run("--help").stdout
    for name in COMMANDS:
        assert f"\n  {name} " in out, name
    assert "--json" in out and "PROVENA_CONFIG_FILE" in out


def test_help_loads_neither_the_facade_nor_the_command_modules(shell: Shell) -> None:
    probe = ("import sys, io, contextlib\nfrom provena.cli._app import run\n"
             "with contextlib.redirect_stdout(io.StringIO()):\n    code = run(['--help'])\n"
             "print(code, sorted(m for m in sys.modules if m.startswith(('httpx', 'provena_api', 'provena.sync',"
             " 'provena._auth', 'provena.cli.'))))")  # fmt: skip
    result = subprocess.run([sys.executable, "-c", probe], env=shell.env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    code, loaded = result.stdout.split(" ", 1)
    assert code == "0"
    assert ast.literal_eval(loaded) == ["provena.cli._app", "provena.cli._lazy"]


def test_group_help_loads_only_that_group(shell: Shell) -> None:
    out = shell.run("dataset", "--help").stdout
    for name in ("mint", "files", "upload", "download"):
        assert f"  {name} " in out


@pytest.mark.parametrize(
    "args",
    [("fetch",), ("nonsense",), ("search", "coral", "--limit", "0"), ("lineage", "X", "--depth", "x"),
     ("login", "--password-stdin"), ("registry", "update", "X", "missing.json")],
    ids=["missing-argument", "unknown-command", "bad-limit", "bad-depth", "password-without-user", "missing-file"],
)  # fmt: skip
def test_usage_errors_exit_2(shell: Shell, args: tuple[str, ...]) -> None:
    result = shell.run(*args, ok=False)
    assert result.returncode == 2, result.stderr
    assert "Error:" in result.stderr and result.stdout == ""


def test_without_configuration_one_line_naming_the_ways_to_configure(shell: Shell) -> None:
    result = shell.run("whoami", ok=False)
    assert result.returncode == 1
    line = one_line_error(result.stderr)
    assert "--config FILE" in line and "PROVENA_CONFIG_FILE" in line and "provena local serve" in line


def test_bad_payload_files_are_usage_errors(shell: Shell) -> None:
    (shell.cwd / "broken.json").write_text('{"display_name": ', encoding="utf-8")
    (shell.cwd / "list.json").write_text("[1, 2]", encoding="utf-8")
    broken = shell.run("registry", "create", "organisation", "broken.json", ok=False)
    assert broken.returncode == 2 and "not valid JSON (line 1" in broken.stderr
    listed = shell.run("dataset", "mint", "list.json", ok=False)
    assert listed.returncode == 2 and "must hold one object" in listed.stderr


def test_datasets_and_model_runs_are_not_created_through_the_registry(shell: Shell) -> None:
    (shell.cwd / "item.json").write_text("{}", encoding="utf-8")
    result = shell.run("registry", "create", "dataset", "item.json", ok=False)
    assert result.returncode == 2 and "provena dataset mint" in result.stderr
    unknown = shell.run("registry", "list", "spaceship", ok=False)
    assert unknown.returncode == 2 and "ORGANISATION" in unknown.stderr


@pytest.mark.parametrize("path", ["../outside.txt", "/etc/passwd", "a/../../b"])
def test_download_paths_outside_the_folder_are_refused_before_any_request(shell: Shell, path: str) -> None:
    result = shell.run("dataset", "download", "10378.1/1", "out", "--path", path, ok=False)
    assert result.returncode == 2 and "relative path inside the dataset" in result.stderr
    assert not (shell.cwd / "out").exists()


def test_not_logged_in_is_one_line_without_a_request(tmp_path: Path) -> None:
    # Port 9 (discard) on loopback: nothing listens, so any request would fail differently.
    config = {"domain": "localhost", "realm_name": "provena", "client_id": "provena-local",
              "api_overrides": {"keycloak_endpoint_override": "http://127.0.0.1:9/auth/realms/provena",
                                "auth_api_endpoint_override": "http://127.0.0.1:9/auth-api"}}  # fmt: skip
    (tmp_path / "config.json").write_text(json.dumps(config), encoding="utf-8")
    shell = make_shell(tmp_path, PROVENA_CONFIG_FILE=str(tmp_path / "config.json"))
    result = shell.run("whoami", ok=False)
    assert result.returncode == 1
    assert "not logged in: run `provena login`" in one_line_error(result.stderr)
    assert shell.run("logout").stderr.strip() == "Not logged in; nothing to forget."


def test_the_local_config_file_is_the_last_resort(shell: Shell) -> None:
    (shell.cwd / ".provena-local").mkdir()
    (shell.cwd / ".provena-local" / "config.json").write_text('{"domain": "localhost"}', encoding="utf-8")
    result = shell.run("whoami", ok=False)
    assert result.returncode == 1
    assert "missing required key 'realm_name'" in one_line_error(result.stderr)


@pytest.mark.skipif(hasattr(provena, "check_deployment"), reason="provena.check_deployment exists: see test_workflow")
def test_specs_check_says_clearly_when_the_client_cannot_check(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text('{"domain": "example.org", "realm_name": "r"}', encoding="utf-8")
    shell = make_shell(tmp_path, PROVENA_CONFIG_FILE=str(tmp_path / "config.json"))
    result = shell.run("specs", "check", ok=False)
    assert result.returncode == 1 and "provena.check_deployment is missing" in one_line_error(result.stderr)


def test_local_passes_every_argument_to_the_stack_command(shell: Shell) -> None:
    result = shell.run("local", "serve", "--help")
    assert "provena.local serve" in result.stdout
    for option in ("--memory", "--seed", "--config-out", "--port", "--device-polls"):
        assert option in result.stdout
    assert shell.run("local", "serve", "--no-such-option", ok=False).returncode == 2


def test_completion_script(shell: Shell) -> None:
    assert "_PROVENA_COMPLETE" in shell.run("completion", "bash").stdout
    assert shell.run("completion", "tcsh", ok=False).returncode == 2


def test_console_script(shell: Shell) -> None:
    script = Path(sys.executable).with_name("provena")
    if not script.exists():
        pytest.skip("the package is not installed in this environment (no `provena` script beside python)")
    result = subprocess.run([str(script), "--version"], env=shell.env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and provena.__version__ in result.stdout


def test_version(shell: Shell) -> None:
    assert provena.__version__ in shell.run("--version").stdout


# -- pieces ----------------------------------------------------------------------------------------------------
def test_lineage_tree_draws_each_edge_once() -> None:
    nodes = [{"id": "ds", "item_subtype": "DATASET"}, {"id": "act", "item_subtype": "CREATE"},
             {"id": "who", "item_subtype": "PERSON"}]  # fmt: skip
    edges = [{"source": "ds", "target": "act", "type": "wasGeneratedBy"},
             {"source": "ds", "target": "who", "type": "wasAttributedTo"},
             {"source": "act", "target": "who", "type": "wasAssociatedWith"}]  # fmt: skip
    lines = render_tree("ds", nodes, edges)
    assert lines[0].startswith("ds")
    assert sum("wasAssociatedWith" in line for line in lines) == 1
    assert any("wasGeneratedBy -> act" in line for line in lines)
    assert any("(listed elsewhere)" in line for line in lines)
    assert len(lines) == 1 + len(edges)


def test_progress_is_passed_only_to_methods_that_take_it() -> None:
    calls: list[Any] = []

    def plain(a: str, b: str) -> list[str]:
        return [a, b]

    def reporting(a: str, b: str, *, progress: Any = None) -> list[str]:
        for done in (0, 5, 10):
            progress(done, 10)
        calls.append(progress)
        return [a, b]

    assert not accepts_progress(plain) and accepts_progress(reporting)
    assert call_with_progress(plain, "x", "y", label="t") == ["x", "y"]
    assert call_with_progress(reporting, "x", "y", label="t") == ["x", "y"]
    assert len(calls) == 1 and callable(calls[0])


def test_progress_reads_event_objects() -> None:
    from provena.cli._progress import TransferProgress

    class Event:  # the shape of provena.transfer's TransferProgress
        bytes_done = 3
        bytes_total = 8
        files_done = 1
        files_total = 2

    with TransferProgress("t") as bar:
        bar(Event())
        assert bar._shown == 3 and bar._bar.label == "t 1/2 files"
        bar(bytes_done=8, bytes_total=8)
        assert bar._shown == 8
