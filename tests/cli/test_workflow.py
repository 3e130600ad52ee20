"""A researcher's day with the `provena` command, against one local stack (a real server on loopback) for the
module: log in without a prompt, register an organisation and a Person, link, mint a dataset from a JSON file,
upload a folder and download it back byte for byte, search, fetch, update, lineage to SVG, jobs, other logins,
errors. Every data-printing call uses --json and its output must parse.

The last test checks everything the command printed in this module for secrets.
"""

from __future__ import annotations

import json
import stat
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the local stack needs the 'local' extra")
pytest.importorskip("boto3", reason="dataset upload/download need the 's3' extra")

from tests._payloads import collection_format
from tests._stack import RunningStack, running_stack
from tests.cli.conftest import GENERATED, Shell, make_shell

if GENERATED is None:
    pytest.skip("no generated packages (generated/ is empty and ../shared/provena-specs is absent)",
                allow_module_level=True)  # fmt: skip

import provena

PASSWORD_USER = "researcher"


def as_json(shell: Shell, *args: str, stdin: str | None = None) -> Any:
    return json.loads(shell.run(*args, "--json", stdin=stdin).stdout)


def one_line_error(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line on stderr, got:\n{stderr}"
    assert lines[0].startswith("Error: ") and "Traceback" not in stderr
    return lines[0]


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    with running_stack(tmp_path_factory.mktemp("cli-stack"), "--seed", "1") as running:
        yield running


@pytest.fixture(scope="module")
def shells(stack: RunningStack, tmp_path_factory: pytest.TempPathFactory) -> list[Shell]:
    """Every shell of the module (the secrets check reads what all of them saw)."""
    return []


def new_shell(stack: RunningStack, shells: list[Shell], base: Path) -> Shell:
    shell = make_shell(base, PROVENA_CONFIG_FILE=str(stack.config_path))
    shells.append(shell)
    return shell


@dataclass
class World:
    shell: Shell
    org: str
    person: str
    dataset: str
    minted: dict[str, Any]
    files: dict[str, bytes]


@pytest.fixture(scope="module")
def world(stack: RunningStack, shells: list[Shell], tmp_path_factory: pytest.TempPathFactory) -> World:
    shell = new_shell(stack, shells, tmp_path_factory.mktemp("researcher"))
    login = as_json(shell, "login", "--username", PASSWORD_USER, "--password-stdin",
                    stdin=stack.password(PASSWORD_USER) + "\n")  # fmt: skip
    assert login["logged_in"] is True and login["username"] == PASSWORD_USER and login["method"] == "password"

    work = shell.cwd
    (work / "org.json").write_text(json.dumps({"display_name": "Reef Org", "name": "Reef Org"}), encoding="utf-8")
    person_info = {"display_name": "Ada Modeller", "email": "ada@example.org", "first_name": "Ada",
                   "last_name": "Modeller", "ethics_approved": True}  # fmt: skip
    (work / "person.json").write_text(json.dumps(person_info), encoding="utf-8")
    org = shell.run("registry", "create", "organisation", "org.json").stdout.strip()  # plain output: the id alone
    person = as_json(shell, "registry", "create", "person", "person.json")["id"]
    assert as_json(shell, "link", person) == {"person_id": person, "linked": True}

    metadata = collection_format(org=org, custodian=person, name="Coral survey 2024",
                                 description="Coral cover along reef transects")  # fmt: skip
    (work / "dataset.json").write_text(json.dumps(metadata), encoding="utf-8")
    minted = as_json(shell, "dataset", "mint", "dataset.json", "--wait")

    files = {"survey.csv": b"site,cover\nHeron,41.5\n", "raw/transect-1.bin": bytes(range(256)) * 300,
             "raw/notes/README.txt": "Coral notes, UTF-8: \u00b0C\n".encode()}  # fmt: skip
    for name, data in files.items():
        (work / "upload" / name).parent.mkdir(parents=True, exist_ok=True)
        (work / "upload" / name).write_bytes(data)
    uploaded = as_json(shell, "dataset", "upload", minted["id"], "upload")
    assert uploaded["id"] == minted["id"] and len(uploaded["uploaded"]) == len(files)
    return World(shell, org, person, minted["id"], minted, files)


def test_login_keeps_tokens_only_in_the_0600_store(world: World) -> None:
    tokens = sorted((Path(world.shell.env["XDG_CONFIG_HOME"]) / "provena" / "tokens").iterdir())
    assert [p.suffixes[-2:] for p in tokens] == [[".json"], [".login", ".json"]]
    for path in tokens:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    stored = json.loads(tokens[0].read_text(encoding="utf-8"))
    assert stored["access_token"] and stored["refresh_token"]
    assert "token" not in tokens[1].read_text(encoding="utf-8").replace("offline_token_file", "")


def test_whoami_shows_the_user_roles_and_linked_person(world: World) -> None:
    me = as_json(world.shell, "whoami")
    assert me["username"] == PASSWORD_USER and me["person_id"] == world.person
    assert "entity-registry-write" in me["roles"]
    table = world.shell.run("whoami").stdout
    assert world.person in table and "\x1b[" not in table  # NO_COLOR and no terminal: no escape codes


def test_mint_gives_the_id(world: World) -> None:
    assert world.dataset.startswith("10378.1/")
    assert world.minted["handle"] == world.dataset


def test_files_lists_the_uploaded_keys(world: World) -> None:
    keys = as_json(world.shell, "dataset", "files", world.dataset)
    for name in world.files:
        assert any(key.endswith("/" + name) for key in keys), name


def test_download_gives_back_the_same_bytes(world: World) -> None:
    result = as_json(world.shell, "dataset", "download", world.dataset, "down")
    assert len(result["files"]) >= len(world.files)
    for name, data in world.files.items():
        assert (world.shell.cwd / "down" / name).read_bytes() == data, name


def test_download_one_path(world: World) -> None:
    result = as_json(world.shell, "dataset", "download", world.dataset, "one", "--path", "raw/transect-1.bin")
    assert len(result["files"]) == 1
    assert (world.shell.cwd / "one" / "raw" / "transect-1.bin").read_bytes() == world.files["raw/transect-1.bin"]
    assert not (world.shell.cwd / "one" / "survey.csv").exists()


def test_search_and_fetch(world: World) -> None:
    hits = as_json(world.shell, "search", "coral", "--limit", "5")
    assert world.dataset in [hit["id"] for hit in hits]
    named = as_json(world.shell, "search", "Reef", "--subtype", "organisation", "--names")
    assert [h["id"] for h in named] == [world.org] and named[0]["display_name"] == "Reef Org"
    item = as_json(world.shell, "fetch", world.dataset)
    assert item["id"] == world.dataset and item["item_subtype"] == "DATASET"
    assert "Coral survey 2024" in world.shell.run("fetch", world.dataset).stdout


def test_registry_list_and_update(world: World) -> None:
    listed = as_json(world.shell, "registry", "list", "organisation")
    assert world.org in [i["id"] for i in listed]
    renamed = {"display_name": "Reef Research Org", "name": "Reef Research Org"}
    (world.shell.cwd / "org2.json").write_text(json.dumps(renamed), encoding="utf-8")
    updated = as_json(world.shell, "registry", "update", world.org, "org2.json", "--reason", "new name")
    assert updated["id"] == world.org and updated["item_subtype"] == "ORGANISATION"
    assert as_json(world.shell, "fetch", world.org)["display_name"] == "Reef Research Org"


def test_lineage_tree_json_and_svg(world: World) -> None:
    graph = as_json(world.shell, "lineage", world.dataset, "--depth", "2")
    ids = {n["id"] for n in graph["nodes"]}
    assert {world.dataset, world.person} <= ids and graph["direction"] == "upstream"
    tree = world.shell.run("lineage", world.dataset).stdout
    assert tree.splitlines()[0].startswith(world.dataset) and "wasGeneratedBy" in tree
    world.shell.run("lineage", world.dataset, "--svg", "pics/lineage.svg", "--dot", "pics/lineage.dot")
    root = ET.parse(world.shell.cwd / "pics" / "lineage.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    drawn = [g for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "node"]
    assert len(drawn) == len(graph["nodes"])
    assert (world.shell.cwd / "pics" / "lineage.dot").read_text(encoding="utf-8").startswith("digraph")
    down = as_json(world.shell, "lineage", world.person, "--downstream")
    assert world.dataset in {n["id"] for n in down["nodes"]}


def test_jobs(world: World) -> None:
    session_id = world.minted["register_create_activity_session_id"]
    assert as_json(world.shell, "job", "wait", session_id, "--poll", "0.1")["status"] == "SUCCEEDED"
    jobs = as_json(world.shell, "job", "list")
    assert session_id in [j["session_id"] for j in jobs]


def test_a_bad_id_is_one_line_and_exit_1(world: World) -> None:
    # `job wait` treats an unknown session as not visible yet (as right after lodging): it gives up at --timeout.
    for args in (("fetch", "10378.1/0000000"), ("dataset", "files", "10378.1/0000000"),
                 ("job", "wait", "nope", "--timeout", "1", "--poll", "0.2")):  # fmt: skip
        result = world.shell.run(*args, "--json", ok=False)
        assert result.returncode == 1, args
        one_line_error(result.stderr)
        assert result.stdout == ""


def test_debug_adds_the_traceback(world: World) -> None:
    result = world.shell.run("--debug", "fetch", "10378.1/0000000", ok=False)
    assert result.returncode == 1 and "Traceback" in result.stderr and "StatusFailedError" in result.stderr


def test_device_login(stack: RunningStack, shells: list[Shell], tmp_path_factory: pytest.TempPathFactory) -> None:
    shell = new_shell(stack, shells, tmp_path_factory.mktemp("device"))
    result = shell.run("login")
    assert "open this URL" in result.stderr and "/device" in result.stderr
    assert as_json(shell, "whoami")["login"] == "device"


def test_offline_token_login(stack: RunningStack, shells: list[Shell],
                             tmp_path_factory: pytest.TempPathFactory) -> None:  # fmt: skip
    import httpx

    config = provena.Config.from_file(stack.config_path)
    answer = httpx.post(config.token_endpoint, data={
        "grant_type": "password", "client_id": config.client_id, "username": PASSWORD_USER,
        "password": stack.password(PASSWORD_USER), "scope": "openid offline_access"})  # fmt: skip
    assert answer.status_code == 200
    shell = new_shell(stack, shells, tmp_path_factory.mktemp("offline"))
    token_file = shell.cwd / "offline-token"
    token_file.write_text(answer.json()["refresh_token"], encoding="utf-8")
    assert as_json(shell, "login", "--offline-token-file", str(token_file))["method"] == "offline"
    me = as_json(shell, "whoami")
    assert me["login"] == "offline" and "entity-registry-read" in me["roles"]
    # The offline token itself was not copied anywhere: only its path is remembered.
    for path in (Path(shell.env["XDG_CONFIG_HOME"]) / "provena" / "tokens").iterdir():
        assert answer.json()["refresh_token"] not in path.read_text(encoding="utf-8")
    # Unattended: the environment variable alone, no `provena login` in that shell.
    unattended = new_shell(stack, shells, tmp_path_factory.mktemp("unattended"))
    alone = unattended.run("whoami", "--json", env={"PROVENA_OFFLINE_TOKEN_FILE": str(token_file)})
    me = json.loads(alone.stdout)
    assert me["username"] == PASSWORD_USER and me["login"] == "offline"


def test_a_failed_login_keeps_the_previous_one(world: World) -> None:
    result = world.shell.run("login", "-u", PASSWORD_USER, "--password-stdin", stdin="wrong\n", ok=False)
    assert result.returncode == 1 and "invalid_grant" in one_line_error(result.stderr)
    assert as_json(world.shell, "whoami")["username"] == PASSWORD_USER


def test_logout(stack: RunningStack, shells: list[Shell], tmp_path_factory: pytest.TempPathFactory) -> None:
    shell = new_shell(stack, shells, tmp_path_factory.mktemp("leaving"))
    shell.run("login", "-u", PASSWORD_USER, "--password-stdin", stdin=stack.password(PASSWORD_USER))
    assert shell.run("logout").stderr.strip() == "Logged out."
    assert not list((Path(shell.env["XDG_CONFIG_HOME"]) / "provena" / "tokens").iterdir())
    assert "not logged in" in one_line_error(shell.run("whoami", ok=False).stderr)


@pytest.mark.skipif(not hasattr(provena, "check_deployment"), reason="provena.check_deployment is not built yet")
def test_specs_check(world: World) -> None:
    result = world.shell.run("specs", "check", "--json", ok=False)
    report = json.loads(result.stdout)
    assert result.returncode == (1 if report["is_breaking"] else 0), result.stderr
    text = world.shell.run("specs", "check", ok=False)
    assert text.returncode == result.returncode and text.stdout.strip()


def test_nothing_secret_was_printed(world: World, stack: RunningStack, shells: list[Shell]) -> None:
    """Runs last in this module: every output of every command above, against the secrets they handled."""
    secrets = {u["password"] for u in stack.config["users"]}
    for shell in shells:
        for path in (Path(shell.env["XDG_CONFIG_HOME"]) / "provena" / "tokens").glob("*.json"):
            stored = json.loads(path.read_text(encoding="utf-8"))
            secrets |= {v for k, v in stored.items() if k.endswith("token") and isinstance(v, str)}
    printed = "\n".join(text for shell in shells for text in shell.seen)
    assert printed, "no output was collected"
    for secret in secrets:
        assert secret not in printed
    assert "eyJ" not in printed  # the start of any JWT (access, refresh or offline token)
    assert "aws_secret_access_key" not in printed.lower()
