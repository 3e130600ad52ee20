"""End-to-end tests: the facade against the local stack running as a real server (subprocess, loopback HTTP).

Every scenario runs twice, with the async classes (`provena.clients`, `provena.ProvenaClient`) and with the sync
ones (`provena.sync`): a test awaits `aw(call)`, which awaits a coroutine and passes a sync result through, so
one body checks both modes against the same server answers.

`PROVENA_GENERATED_DIR=<dir>` runs the suite on generated packages from `<dir>` (e.g. code generated from the
real Provena documents), see tests/_generated.py.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest

pytest.importorskip("fastapi", reason="the local stack needs the 'local' extra")

from tests._generated import SHARED, use_generated
from tests._payloads import collection_format, model_run_record
from tests._stack import RunningStack, running_stack

GENERATED = use_generated()
if GENERATED is None:
    pytest.skip("no generated packages (generated/ is empty and ../shared/provena-specs is absent)",
                allow_module_level=True)  # fmt: skip

import provena  # noqa: E402
import provena.clients  # noqa: E402
import provena.sync  # noqa: E402

RST = SHARED / "seed" / "provenaclient.clients.rst.txt"
CLIENT_ID = "provena-local"
MODES = ("async", "sync")
T = TypeVar("T")


async def aw(value: Awaitable[T] | T) -> T:
    """The result of a facade call in either mode (await a coroutine, pass a sync result through)."""
    if inspect.isawaitable(value):
        return await value  # type: ignore[no-any-return]
    return value


async def collect(paginator: Any) -> list[Any]:
    """Every item of a paginator, with `async for` (async) or `for` (sync)."""
    if hasattr(paginator, "__aiter__"):
        return [item async for item in paginator]
    return list(paginator)


def field(obj: Any, name: str) -> Any:
    """A field of a generated model or of a JSON dict (some documents declare no response model)."""
    if isinstance(obj, dict):
        return obj.get(name)
    value = getattr(obj, name)
    return value.value if hasattr(value, "value") and not isinstance(value, str) else value


def documented_methods() -> dict[str, list[str]]:
    """class name -> public method names of the official client's API reference (67 methods, 7 classes)."""
    classes: dict[str, list[str]] = {}
    current = None
    for line in RST.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\.\. py:class:: (\w+)\(", line)
        if m:
            current = classes.setdefault(m.group(1), [])
            continue
        m = re.match(r"\s+\.\. py:method:: (\w+)\(", line)
        if m and current is not None and not m.group(1).startswith("_"):
            current.append(m.group(1))
    return classes


# -- the server -------------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    with running_stack(tmp_path_factory.mktemp("e2e-stack"), "--seed", "1") as stack:
        yield stack


@pytest.fixture(scope="session")
def config(server: RunningStack) -> provena.Config:
    return provena.Config.from_file(server.config_path)


def password_flow(server: RunningStack, config: provena.Config, username: str) -> provena.PasswordFlow:
    return provena.PasswordFlow(config, CLIENT_ID, username, server.password(username))


@pytest.fixture(scope="session")
def auth(server: RunningStack, config: provena.Config) -> dict[str, provena.PasswordFlow]:
    """One login per user for the session (the flows refresh themselves)."""
    return {u: password_flow(server, config, u) for u in ("researcher", "admin")}


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@dataclass
class Clients:
    """Builds facade objects of one mode and closes them after the test."""

    mode: str
    config: provena.Config
    auth: dict[str, provena.PasswordFlow]
    opened: list[Any]

    @property
    def module(self) -> Any:
        return provena.clients if self.mode == "async" else provena.sync

    def client(self, class_name: str, user: str = "researcher") -> Any:
        obj = getattr(self.module, class_name)(self.auth[user], self.config)
        self.opened.append(obj)
        return obj

    def provena(self, user: str = "researcher", **options: Any) -> Any:
        cls = provena.ProvenaClient if self.mode == "async" else provena.sync.ProvenaClient
        obj = cls(self.auth[user], self.config, **options)
        self.opened.append(obj)
        return obj


@pytest.fixture
async def clients(mode: str, config: provena.Config, auth: dict[str, provena.PasswordFlow]) -> AsyncIterator[Clients]:
    made = Clients(mode, config, auth, [])
    yield made
    for obj in made.opened:
        await aw(obj.aclose() if mode == "async" else obj.close())


# -- recording which documented methods a scenario called ----------------------------------------------------
class Tracked:
    """A proxy over a facade client recording each method that returned (awaited) without raising."""

    def __init__(self, target: Any, called: set[str]) -> None:
        self._target = target
        self._called = called

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._target, name)
        if name.startswith("_") or not callable(attr) or inspect.isclass(attr):
            return attr
        called = self._called

        def call(*args: Any, **kwargs: Any) -> Any:
            result = attr(*args, **kwargs)
            if inspect.isawaitable(result):

                async def done() -> Any:
                    value = await result
                    called.add(name)
                    return value

                return done()
            called.add(name)
            return result

        return call


@pytest.fixture
def documented() -> dict[str, list[str]]:
    if not RST.exists():
        pytest.skip("../shared/seed/provenaclient.clients.rst.txt is absent")
    return documented_methods()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    report = yield
    if report.when == "call":
        item.stash[CALL_PASSED] = report.passed
    return report


CALL_PASSED = pytest.StashKey[bool]()


@pytest.fixture
def tracked(
    request: pytest.FixtureRequest, clients: Clients, documented: dict[str, list[str]]
) -> Iterator[Callable[..., Any]]:
    """`tracked("DatastoreClient")`: a client whose calls are recorded; after the test, every documented
    method of each tracked class must have been called successfully."""
    calls: dict[str, set[str]] = {}

    def make(class_name: str, user: str = "researcher") -> Any:
        return Tracked(clients.client(class_name, user), calls.setdefault(class_name, set()))

    yield make
    if not request.node.stash.get(CALL_PASSED, False):
        return  # the test failed already; its own error says more
    missing = {c: sorted(set(documented[c]) - called) for c, called in calls.items()}
    missing = {c: m for c, m in missing.items() if m}
    assert not missing, f"documented methods the scenario did not call successfully: {missing}"


# -- the shared registry world ------------------------------------------------------------------------------
@dataclass
class World:
    """Registry items the scenarios refer to, created once per session through the sync facade."""

    org: str
    person: dict[str, str]  # username -> Person id (linked)
    model: str
    in_template: str
    out_template: str
    workflow: str
    datasets: list[str]  # minted through the datastore, owned by the researcher
    study: str

    def collection_format(self, name: str) -> dict[str, Any]:
        return collection_format(org=self.org, custodian=self.person["researcher"], name=name,
                                 description=f"{name} (end-to-end tests)")  # fmt: skip

    def model_run(self, name: str = "Reef run", *, inputs: int = 0, outputs: int = 1) -> dict[str, Any]:
        return model_run_record(workflow=self.workflow, in_template=self.in_template, ds_in=self.datasets[inputs],
                                out_template=self.out_template, ds_out=self.datasets[outputs],
                                person=self.person["researcher"], org=self.org, display_name=name)  # fmt: skip


def _person(registry: Any, username: str) -> str:
    info = {"display_name": f"{username} person", "email": f"{username}@example.org", "first_name": username,
            "last_name": "Tester", "ethics_approved": True}  # fmt: skip
    return str(registry.person.create_item(info).created_item.id)


@pytest.fixture(scope="session")
def world(config: provena.Config, auth: dict[str, provena.PasswordFlow]) -> Iterator[World]:
    with provena.sync.ProvenaClient(auth["researcher"], config) as client, \
            provena.sync.ProvenaClient(auth["admin"], config) as admin:  # fmt: skip
        reg = client.registry
        org = reg.organisation.create_item({"display_name": "Reef Org", "name": "Reef Org"}).created_item.id
        person = {"researcher": _person(reg, "researcher"), "admin": _person(admin.registry, "admin")}
        client.auth_api.post_link_assign({"person_id": person["researcher"]})
        admin.auth_api.post_link_assign({"person_id": person["admin"]})
        model = reg.model.create_item({"display_name": "Coral model", "name": "Coral model", "description": "d",
                                       "documentation_url": "https://example.org/doc",
                                       "source_url": "https://example.org/src"}).created_item.id  # fmt: skip
        in_t = reg.dataset_template.create_item({"display_name": "Forcing", "deferred_resources": [
            {"key": "config", "description": "run config", "usage_type": "CONFIG_FILE"}]}).created_item.id  # fmt: skip
        out_t = reg.dataset_template.create_item({"display_name": "Results"}).created_item.id
        workflow = reg.model_run_workflow.create_item({
            "display_name": "Coral workflow", "software_id": model, "input_templates": [{"template_id": in_t}],
            "output_templates": [{"template_id": out_t}],
            "annotations": {"required": ["seed"], "optional": ["note"]}}).created_item.id  # fmt: skip
        study = reg.study.create_item({"display_name": "Reef study", "title": "Reef study",
                                       "description": "d"}).created_item.id  # fmt: skip
        w = World(org, person, model, in_t, out_t, workflow, [], study)
        for name in ("Forcing data", "Run results", "Other results"):
            w.datasets.append(client.datastore.mint_dataset(w.collection_format(name)).handle)
        yield w


@pytest.fixture
def tmp(tmp_path: Path) -> Path:
    return tmp_path
