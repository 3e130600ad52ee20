"""The ProvenaClient modules (the official client's L3) end to end, async and sync: one registry module per
subtype, paginators, job waiting, reports, dataset files in S3 and lineage graphs."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

import provena

from .conftest import Clients, World, aw, collect, field
from .test_clients import _docx_text as docx_text

pytestmark = pytest.mark.stack

# module -> (a valid domain info to create, or None for read-only subtypes; versionable)
PERSON = {"display_name": "Module person", "email": "m@example.org", "first_name": "M", "last_name": "P",
          "ethics_approved": True}  # fmt: skip
MODEL = {"display_name": "Module model", "name": "Module model", "description": "d",
         "documentation_url": "https://example.org/d", "source_url": "https://example.org/s"}  # fmt: skip
SUBTYPE_MODULES: dict[str, tuple[dict[str, Any] | None, bool]] = {
    "organisation": ({"display_name": "Module org", "name": "Module org"}, False),
    "person": (PERSON, False),
    "model": (MODEL, True),
    "model_run_workflow": (None, True),  # filled from the world (needs ids)
    "dataset_template": ({"display_name": "Module template"}, True),
    "dataset": (None, False),
    "study": ({"display_name": "Module study", "title": "Module study", "description": "d"}, False),
    "create_activity": (None, False),
    "version_activity": (None, False),
    "model_run": (None, False),
}
SUBTYPE_OF = {"organisation": "ORGANISATION", "person": "PERSON", "model": "MODEL",
              "model_run_workflow": "MODEL_RUN_WORKFLOW_TEMPLATE", "dataset_template": "DATASET_TEMPLATE",
              "dataset": "DATASET", "study": "STUDY", "create_activity": "CREATE", "version_activity": "VERSION",
              "model_run": "MODEL_RUN"}  # fmt: skip
FAST = {"poll_interval": 0.05, "timeout": 30}


async def register_run(client: Any, world: World, name: str) -> str:
    lodged = await aw(client.prov_api.register_model_run(world.model_run(name)))
    job = await aw(client.job_api.await_successful_job_completion(lodged.session_id, **FAST))
    return str(job["result"]["record"]["id"])


async def existing_id(client: Any, world: World, module: str) -> str:
    """An item of a read-only subtype, made the way the system makes them."""
    if module == "dataset":
        return world.datasets[0]
    if module == "model_run":
        return await register_run(client, world, "Module run")
    # Versioning an item and minting a dataset make these through jobs; the job result names the activity.
    if module == "version_activity":
        model = await aw(client.registry.model.create_item(SUBTYPE_MODULES["model"][0]))
        versioned = await aw(client.registry.model.version_item({"id": model.created_item.id, "reason": "v2"}))
        session_id = versioned.version_job_session_id
    else:
        assert module == "create_activity"
        minted = await aw(client.datastore.mint_dataset(world.collection_format("Module create")))
        session_id = minted.register_create_activity_session_id
    job = await aw(client.job_api.await_successful_job_completion(session_id, **FAST))
    ids = [v for k, v in job["result"].items() if k.endswith("activity_id")]
    assert len(ids) == 1, job["result"]
    return str(ids[0])


@pytest.mark.parametrize("module", list(SUBTYPE_MODULES))
async def test_registry_subtype_module(module: str, clients: Clients, world: World, mode: str) -> None:
    client = clients.provena()
    sub = getattr(client.registry, module)
    subtype = SUBTYPE_OF[module]
    info, versionable = SUBTYPE_MODULES[module]
    if module == "model_run_workflow":
        info = {"display_name": "Module workflow", "software_id": world.model,
                "input_templates": [{"template_id": world.in_template}],
                "output_templates": [{"template_id": world.out_template}]}  # fmt: skip

    assert (await aw(sub.get_schema())).status.success is True
    assert (await aw(sub.get_ui_schema())).status.success is True
    assert (await aw(sub.get_auth_roles())).roles

    if info is None:
        assert not hasattr(sub, "create_item")  # the registry has no create route for it
        item_id = await existing_id(client, world, module)
    else:
        assert (await aw(sub.validate_item(info))).status.success is True
        item_id = (await aw(sub.create_item(info))).created_item.id
        renamed = {**info, "display_name": f"{info['display_name']} v2"}
        assert (await aw(sub.update(item_id, renamed, reason="rename"))).status.success is True
        assert (await aw(sub.fetch(item_id))).item.display_name == f"{info['display_name']} v2"
        await aw(sub.revert_item({"id": item_id, "history_id": 0, "reason": "back"}))
        seeded = await aw(sub.seed_item())
        assert (await aw(sub.fetch(seeded.seeded_item.id, seed_allowed=True))).item_is_seed is True

    fetched = await aw(sub.fetch(item_id))
    assert fetched.item.id == item_id and field(fetched.item, "item_subtype") == subtype
    if info is not None:
        assert fetched.item.display_name == info["display_name"]
    assert "metadata-read" in (await aw(sub.evaluate_auth_access(item_id))).roles
    assert (await aw(sub.get_auth_configuration(item_id))).owner
    assert (await aw(sub.get_lock_status(item_id))).locked is False

    everything = await aw(sub.list_all_items({"page_size": 2}))
    assert item_id in [i.id for i in everything] and len(everything) == len({i.id for i in everything})
    assert {field(i, "item_subtype") for i in everything} == {subtype}
    assert len(await collect(sub.for_all_items({"page_size": 1}, limit=2))) == min(2, len(everything))

    if versionable:
        versioned = await aw(sub.version_item({"id": item_id, "reason": "v2"}))
        assert (await aw(sub.fetch(versioned.new_version_id))).item.versioning_info.previous_version == item_id


# -- pagination ---------------------------------------------------------------------------------------------
async def test_paginators_follow_keys_respect_limits_and_leave_requests_alone(
    clients: Clients, world: World, mode: str
) -> None:
    client = clients.provena()
    request = {"page_size": 2}
    before = copy.deepcopy(request)
    items = await collect(client.registry.for_all_registry_items(request, limit=5))
    assert len(items) == 5 and len({field(i, "id") if isinstance(i, dict) else i["id"] for i in items}) == 5
    assert request == before

    every = await collect(client.registry.for_all_registry_items({"page_size": 7}))
    counts = await aw(client.registry.list_registry_items_with_count())
    assert sum(counts.values()) == len(every) >= 10
    assert counts["DATASET"] >= len(world.datasets) and counts["ORGANISATION"] >= 1

    ds_request = {"page_size": 1}
    datasets = await collect(client.datastore.for_all_datasets(ds_request, total_limit=2))
    assert len(datasets) == 2 and datasets[0].id != datasets[1].id and ds_request == {"page_size": 1}
    listed = await aw(client.datastore.list_all_datasets(total_limit=3))
    assert len(listed) == 3
    all_ids = [d.id for d in await aw(client.datastore.list_all_datasets())]
    assert set(world.datasets) <= set(all_ids) and len(all_ids) == len(set(all_ids))

    await register_run(client, world, f"Paged run {mode}")
    jobs_request = {"limit": 1}
    jobs = await collect(client.job_api.for_all_jobs(jobs_request, limit=2))
    assert len(jobs) == 2 and jobs[0]["session_id"] != jobs[1]["session_id"] and jobs_request == {"limit": 1}
    assert len(await aw(client.job_api.list_all_jobs({"limit": 1}, limit=2))) == 2


# -- jobs, reports, files, lineage --------------------------------------------------------------------------
async def test_job_waiting(clients: Clients, world: World, mode: str) -> None:
    client = clients.provena()
    lodged = await aw(client.prov_api.register_model_run(world.model_run(f"Awaited run {mode}")))
    job = await aw(client.job_api.await_job_completion(lodged.session_id, **FAST))
    assert job["status"] == "SUCCEEDED" and job["result"]["record"]["record"]["display_name"] == f"Awaited run {mode}"
    with pytest.raises(provena.JobTimeoutError):
        await aw(client.job_api.await_job_completion("no-such-session", timeout=0.3, poll_interval=0.05))


async def test_generate_report_returns_docx_bytes(clients: Clients, world: World, mode: str, tmp: Path) -> None:
    client = clients.provena()
    run_id = await register_run(client, world, f"Report run {mode}")
    target = tmp / "out" / "report.docx"
    content = await aw(client.prov_api.generate_report({"id": run_id, "item_subtype": "MODEL_RUN", "depth": 1},
                                                       file_path=str(target), poll_interval=0.05))  # fmt: skip
    assert content[:2] == b"PK" and target.read_bytes() == content
    assert f"Report run {mode}" in docx_text(content)


async def test_dataset_files_round_trip_through_s3(clients: Clients, world: World, mode: str, tmp: Path) -> None:
    client = clients.provena()
    handle = (await aw(client.datastore.mint_dataset(world.collection_format(f"Files {mode}")))).handle
    source = tmp / "src"
    (source / "nested").mkdir(parents=True)
    (source / "a.csv").write_bytes(b"a,b\n1,2\n")
    (source / "nested" / "b.bin").write_bytes(bytes(range(256)) * 4)
    await aw(client.datastore.io.upload_all_files(str(source), handle))
    keys = await aw(client.datastore.io.list_all_files(handle))
    # The datastore keeps the dataset's metadata.json beside the files, as the real one does.
    assert sorted(k.rsplit("/", 1)[-1] for k in keys) == ["a.csv", "b.bin", "metadata.json"]

    dest = tmp / "dest"
    await aw(client.datastore.io.download_all_files(str(dest), handle))
    got = {p.relative_to(dest).as_posix(): p.read_bytes() for p in dest.rglob("*") if p.is_file()}
    metadata = got.pop("metadata.json")
    assert got == {"a.csv": b"a,b\n1,2\n", "nested/b.bin": bytes(range(256)) * 4}
    assert f"Files {mode}".encode() in metadata

    one = tmp / "one"
    await aw(client.datastore.io.download_specific_file(handle, "nested/b.bin", str(one)))
    assert [p.read_bytes() for p in one.rglob("b.bin")] == [bytes(range(256)) * 4]
    path = await aw(client.datastore.io.download_file(handle, "a.csv", str(tmp / "presigned")))
    assert Path(path).read_bytes() == b"a,b\n1,2\n"

    interactive = await aw(client.datastore.interactive_dataset(handle))
    assert (await aw(interactive.fetch())).item.id == handle


async def test_lineage_to_networkx(clients: Clients, world: World, mode: str) -> None:
    pytest.importorskip("networkx")
    from provena.lineage import to_dot, to_networkx

    client = clients.provena()
    run_id = await register_run(client, world, f"Graph run {mode}")
    upstream = await aw(client.prov_api.explore_upstream(run_id, depth=1))
    graph = to_networkx(upstream)
    assert graph.is_directed() and run_id in graph
    assert graph.has_edge(run_id, world.datasets[0])
    assert graph.edges[run_id, world.datasets[0]].get("type") == "used"
    assert graph.number_of_nodes() == upstream.record_count
    assert run_id in to_dot(upstream)
