"""Every documented client method (the 67 of the official API reference) and every sub-client, end to end against
the local stack, async and sync. One scenario per client; the `tracked` fixture fails a scenario that leaves a
documented method of its class uncalled."""

from __future__ import annotations

import uuid
from typing import Any

import boto3
import httpx
from botocore.config import Config as BotoConfig

from .conftest import Clients, World, aw, field

pytestmark = __import__("pytest").mark.stack


def s3_client(endpoint: str, credentials: Any) -> Any:
    return boto3.client(
        "s3", endpoint_url=endpoint, region_name="ap-southeast-2",
        aws_access_key_id=credentials.aws_access_key_id, aws_secret_access_key=credentials.aws_secret_access_key,
        aws_session_token=credentials.aws_session_token, config=BotoConfig(retries={"max_attempts": 1}),
    )  # fmt: skip


# -- datastore ----------------------------------------------------------------------------------------------
async def test_datastore_client(tracked: Any, clients: Clients, world: World, mode: str) -> None:
    ds = tracked("DatastoreClient")
    admin = clients.client("DatastoreClient", "admin")
    health = await aw(ds.get_health_check())
    assert "message" in health

    cf = world.collection_format(f"Datastore {mode}")
    assert (await aw(ds.validate_metadata(cf))).success is True
    minted = await aw(ds.mint_dataset(cf))
    handle = minted.handle
    assert minted.status.success is True and handle.startswith("10378.1/")

    fetched = await aw(ds.fetch_dataset(handle))
    item = fetched.item
    assert item.id == handle and item.collection_format.dataset_info.name == f"Datastore {mode}"
    assert item.owner_username == "researcher" and item.s3.path

    renamed = world.collection_format(f"Datastore {mode} renamed")
    updated = await aw(ds.update_metadata(handle, "rename", renamed))
    assert updated.status.success is True
    after = (await aw(ds.fetch_dataset(handle))).item
    assert after.collection_format.dataset_info.name == f"Datastore {mode} renamed"
    assert after.history[0].reason == "rename"

    original = max(h.id for h in after.history if h.reason != "rename")
    reverted = await aw(ds.revert_metadata({"id": handle, "history_id": original, "reason": "undo rename"}))
    assert reverted.status.success is True
    assert (await aw(ds.fetch_dataset(handle))).item.collection_format.dataset_info.name == f"Datastore {mode}"

    page = await aw(ds.list_datasets({"page_size": 2}))
    assert page.status.success is True and len(page.items) == 2 and page.pagination_key
    ids: list[str] = []
    request: dict[str, Any] = {"page_size": 50}
    while True:
        page = await aw(ds.list_datasets(request))
        ids += [i.id for i in page.items]
        if not page.pagination_key:
            break
        request = {**request, "pagination_key": page.pagination_key.to_dict()}
    assert handle in ids and set(world.datasets) <= set(ids) and len(ids) == len(set(ids))

    # S3: write with the write credentials, read back through a presigned URL and the read credentials.
    write = (
        await aw(ds.generate_write_access_credentials({"dataset_id": handle, "console_session_required": False}))
    ).credentials
    bucket, prefix = item.s3.bucket_name, item.s3.path
    s3_client(clients.config.s3_endpoint, write).put_object(Bucket=bucket, Key=f"{prefix}data/a.csv",
                                                            Body=b"a,b\n1,2\n")  # fmt: skip
    presigned = await aw(ds.generate_presigned_url({"dataset_id": handle, "file_path": "data/a.csv"}))
    assert httpx.get(presigned.presigned_url).content == b"a,b\n1,2\n"
    read = (
        await aw(ds.generate_read_access_credentials({"dataset_id": handle, "console_session_required": False}))
    ).credentials
    body = s3_client(clients.config.s3_endpoint, read).get_object(Bucket=bucket, Key=f"{prefix}data/a.csv")["Body"]
    assert body.read() == b"a,b\n1,2\n"

    versioned = await aw(ds.version_dataset({"id": handle, "reason": "new data"}))
    assert versioned.new_version_id != handle and versioned.version_job_session_id
    new = (await aw(ds.fetch_dataset(versioned.new_version_id))).item
    assert new.versioning_info.previous_version == handle and new.versioning_info.version == 2

    # review sub-client: the admin makes their Person a reviewer, the researcher asks, the admin approves.
    reviewer = world.person["admin"]
    await aw(admin.review.add_dataset_reviewer(reviewer))
    assert reviewer in await aw(ds.review.list_dataset_reviewers())
    asked = await aw(ds.review.approval_request({"dataset_id": handle, "approver_id": reviewer, "notes": "please"}))
    assert asked["dataset_id"] == handle and asked["approver_id"] == reviewer
    assert (await aw(ds.fetch_dataset(handle))).item.release_status.value == "PENDING"
    acted = await aw(admin.review.action_approval_request({"dataset_id": handle, "approve": True, "notes": "ok"}))
    assert acted["approved"] is True
    assert (await aw(ds.fetch_dataset(handle))).item.release_status.value == "RELEASED"
    await aw(admin.review.delete_dataset_reviewer(reviewer))
    assert reviewer not in await aw(ds.review.list_dataset_reviewers())


# -- registry -----------------------------------------------------------------------------------------------
ORG = "ORGANISATION"


async def test_registry_client(tracked: Any, clients: Clients, world: World, mode: str) -> None:
    reg = tracked("RegistryClient")
    admin = clients.client("RegistryClient", "admin")
    assert "message" in await aw(reg.get_health_check())

    schema = await aw(reg.get_schema(ORG))
    assert schema.status.success is True and "display_name" in schema.json_schema["properties"]
    info = {"display_name": f"Org {mode}", "name": f"Org {mode}"}
    assert (await aw(reg.validate_item(info, ORG))).status.success is True

    created = await aw(reg.create_item(info, ORG))
    org_id = created.created_item.id
    assert created.status.success is True and created.created_item.display_name == f"Org {mode}"
    fetched = await aw(reg.fetch_item(org_id, ORG))
    assert fetched.item.id == org_id and fetched.item.name == f"Org {mode}" and not fetched.locked
    assert {"metadata-read", "metadata-write", "admin"} <= set(fetched.roles)

    updated = await aw(reg.update_item(org_id, "better name", ORG, {**info, "name": f"Org {mode} Pty"}))
    assert updated.status.success is True
    item = (await aw(reg.fetch_item(org_id, ORG))).item
    assert item.name == f"Org {mode} Pty" and item.history[0].reason == "better name"
    first = min(h.id for h in item.history)
    reverted = await aw(reg.revert_item({"id": org_id, "history_id": first, "reason": "undo"}, ORG))
    assert reverted.status.success is True
    assert (await aw(reg.fetch_item(org_id, ORG))).item.name == f"Org {mode}"

    listed = await aw(reg.list_items({"page_size": 100}, ORG))
    assert org_id in [i.id for i in listed.items] and world.org in [i.id for i in listed.items]
    assert {field(i, "item_subtype") for i in listed.items} == {ORG}

    seeded = await aw(reg.seed_item(ORG))
    seed_id = seeded.seeded_item.id
    seed_fetch = await aw(reg.fetch_item(seed_id, ORG, seed_allowed=True))
    assert seed_fetch.item_is_seed is True

    access = await aw(reg.evaluate_auth_access(org_id, ORG))
    assert "metadata-write" in access.roles
    settings = await aw(reg.get_auth_configuration(org_id, ORG))
    assert settings.owner == "researcher"
    changed = {"owner": "researcher", "general": ["metadata-read"], "groups": {}}
    assert (await aw(reg.modify_auth_configuration(org_id, changed, ORG))).status.success is True
    assert (await aw(reg.get_auth_configuration(org_id, ORG))).general == ["metadata-read"]
    roles = await aw(reg.get_auth_roles(ORG))
    assert "metadata-read" in [r.role_name for r in roles.roles]

    assert (await aw(reg.lock_resource({"id": org_id, "reason": "frozen"}, ORG))).status.success is True
    assert (await aw(reg.get_lock_status(org_id, ORG))).locked is True
    history = await aw(reg.get_lock_history(org_id, ORG))
    assert [(field(h, "action_type"), h.reason) for h in history.history] == [("LOCK", "frozen")]
    assert (await aw(reg.unlock_resource({"id": org_id, "reason": "thawed"}, ORG))).status.success is True
    assert (await aw(reg.get_lock_status(org_id, ORG))).locked is False

    model = await aw(reg.create_item({"display_name": f"Model {mode}", "name": f"Model {mode}", "description": "d",
                                      "documentation_url": "https://example.org/d",
                                      "source_url": "https://example.org/s"}, "MODEL"))  # fmt: skip
    model_id = model.created_item.id
    versioned = await aw(reg.version({"id": model_id, "reason": "v2"}, "MODEL"))
    assert versioned.new_version_id != model_id and versioned.version_job_session_id
    new = (await aw(reg.fetch_item(versioned.new_version_id, "MODEL"))).item
    assert new.versioning_info.previous_version == model_id and new.versioning_info.version == 2

    # general sub-client
    general = reg.general
    page = await aw(general.list_general_registry_items({"page_size": 3}))
    assert len(page.items) == 3 and page.pagination_key
    untyped = await aw(general.general_fetch_item(org_id))
    assert field(untyped.item, "id") == org_id if isinstance(untyped.item, dict) else untyped.item["id"] == org_id
    version = await aw(general.get_current_provena_version())
    assert version.commit_id is not None or version.tag_name is not None or version.commit_url is not None
    reviewer_filter = {"release_reviewer": world.person["researcher"]}
    reviewing = await aw(general.list_releasing_datasets({"filter_by": reviewer_filter}))
    assert reviewing.status.success is True and reviewing.dataset_items == []

    # admin sub-client
    exported = await aw(admin.admin.export_items())
    assert org_id in [b.id for b in exported.items]
    bundle = next(b for b in exported.items if b.id == org_id)
    trial = await aw(admin.admin.import_items({"import_mode": "ADD_OR_OVERWRITE", "trial_mode": True,
                                               "items": [bundle.to_dict()]}))  # fmt: skip
    assert trial.status.success is True and trial.trial_mode is True
    graph = await aw(admin.admin.restore_prov_graph({"trial_mode": True, "items": []}))
    assert graph.status.success is True
    text = await aw(admin.admin.generate_config_file(required_only=True))
    assert isinstance(text, str) and "registry" in text
    deleted = await aw(admin.admin.delete_item(seed_id, ORG))
    assert deleted.status.success is True
    assert seed_id not in [i.id for i in (await aw(reg.list_items({"page_size": 100}, ORG))).items]


# -- prov ---------------------------------------------------------------------------------------------------
async def wait_job(jobs: Any, session_id: str, timeout: float = 20.0) -> dict[str, Any]:
    """Poll a job with the JobAPIClient until it is done (the L2 client has no waiting helper)."""
    import asyncio
    import time

    deadline = time.monotonic() + timeout
    while True:
        job = (await aw(jobs.fetch_job(session_id)))["job"]
        if job["status"] in ("SUCCEEDED", "FAILED"):
            assert job["status"] == "SUCCEEDED", job
            return dict(job)
        assert time.monotonic() < deadline, f"job {session_id} still {job['status']}"
        await asyncio.sleep(0.02)


def links(lineage: Any) -> set[tuple[str, str, str]]:
    graph = lineage.graph
    data = graph.to_dict() if hasattr(graph, "to_dict") else graph
    return {(lk["source"], lk["type"], lk["target"]) for lk in data["links"]}


def filled_csv(template: str, world: World, names: list[str]) -> str:
    import csv
    import io

    (headers,) = list(csv.reader(io.StringIO(template)))
    values = {"display name": "", "description": "from csv", "agent id": world.person["researcher"],
              "execution start time (YYYY-MM-DD HH:MM:SS+HH:MM)": "2024-01-01 10:00:00+00:00",
              "execution end time (YYYY-MM-DD HH:MM:SS+HH:MM)": "2024-01-01 11:00:00+00:00",
              f"Input dataset id for template: Forcing [template id: {world.in_template}]": world.datasets[0],
              "Input resource: config": "conf/a.yaml",
              f"Output dataset id for template: Results [template id: {world.out_template}]": world.datasets[2],
              "annotation: seed": "7"}  # fmt: skip
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=headers, restval="")
    writer.writeheader()
    for name in names:
        writer.writerow(values | {"display name": name})
    return out.getvalue()


async def test_prov_client(tracked: Any, clients: Clients, world: World, mode: str) -> None:
    prov = tracked("ProvClient")
    admin = clients.client("ProvClient", "admin")
    jobs = clients.client("JobAPIClient")
    registry = clients.client("RegistryClient")
    assert "message" in await aw(prov.get_health_check())

    # A fresh output dataset, so the lineage below this run is exactly what this test made.
    out = (await aw(clients.client("DatastoreClient").mint_dataset(world.collection_format(f"Out {mode}")))).handle
    record = world.model_run(f"Run {mode}")
    record["outputs"][0]["dataset_id"] = out
    lodged = await aw(prov.register_model_run(record))
    assert lodged.status.success is True
    run_id = (await wait_job(jobs, lodged.session_id))["result"]["record"]["id"]

    ds_in, person = world.datasets[0], world.person["researcher"]
    assert (run_id, "used", ds_in) in links(await aw(prov.explore_upstream(run_id, 1)))
    assert links(await aw(prov.explore_downstream(run_id, 1))) == {(out, "wasGeneratedBy", run_id)}
    contributing = await aw(prov.get_contributing_datasets(out, 3))
    assert ds_in in {n["id"] for n in contributing.graph.to_dict()["nodes"]}
    effected = await aw(prov.get_effected_datasets(ds_in, 3))
    assert out in {n["id"] for n in effected.graph.to_dict()["nodes"]}
    agents = await aw(prov.get_contributing_agents(out, 3))
    assert person in {n["id"] for n in agents.graph.to_dict()["nodes"]}
    effected_agents = await aw(prov.get_effected_agents(person, 3))
    assert effected_agents.status.success is True and effected_agents.record_count >= 0

    renamed = {**record, "display_name": f"Run {mode} v2"}
    updated = await aw(prov.post_update_model_run(run_id, "renamed", renamed))
    await wait_job(jobs, updated.session_id)
    fetched = await aw(registry.fetch_item(run_id, "MODEL_RUN"))
    assert fetched.item.record.display_name == f"Run {mode} v2"
    assert "renamed" in [h.reason for h in fetched.item.history]

    # CSV: template -> filled rows -> records -> batch registration -> the batch back as CSV.
    template = await aw(prov.generate_csv_template(world.workflow))
    assert template.startswith(f"_workflow template id {world.workflow}")
    converted = await aw(
        prov.convert_model_runs_to_csv(filled_csv(template, world, [f"CSV {mode} 1", f"CSV {mode} 2"]))
    )
    records = [r.to_dict() for r in converted.new_records]
    assert [r["display_name"] for r in records] == [f"CSV {mode} 1", f"CSV {mode} 2"]
    batch = await aw(prov.register_batch_model_runs({"records": records}))
    assert batch["status"]["success"] is True
    batch_id = (await wait_job(jobs, batch["session_id"]))["result"]["batch_id"]
    for job in (await aw(jobs.list_jobs_in_batch({"batch_id": batch_id})))["jobs"]:
        await wait_job(jobs, job["session_id"])
    regenerated = await aw(prov.regenerate_csv_from_model_run_batch(batch_id))
    assert f"CSV {mode} 1" in regenerated and f"CSV {mode} 2" in regenerated and "SUCCEEDED" in regenerated

    report = await aw(prov.generate_report({"id": run_id, "item_subtype": "MODEL_RUN", "depth": 1},
                                           poll_interval=0.05, wait_timeout=30))  # fmt: skip
    assert report[:2] == b"PK"  # a .docx is a zip
    assert f"Run {mode} v2".encode() in _docx_text(report).encode()

    # admin sub-client
    assert "prov" in await aw(admin.admin.generate_config_file())
    item = fetched.item.to_dict()
    assert (await aw(admin.admin.store_record(item))).status.success is True
    assert (await aw(admin.admin.store_multiple_records([item]))).status.success is True
    assert (await aw(admin.admin.store_all_registry_records())).status.success is True
    trial = await aw(admin.admin.delete_model_run_provenance(run_id, trial_mode=True))
    assert trial["diff"]
    assert links(await aw(prov.explore_downstream(run_id, 1))) == {(out, "wasGeneratedBy", run_id)}


def _docx_text(content: bytes) -> str:
    import io

    from docx import Document

    doc = Document(io.BytesIO(content))
    parts = [p.text for p in doc.paragraphs]
    parts += [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


# -- jobs ---------------------------------------------------------------------------------------------------
async def test_job_client(tracked: Any, clients: Clients, world: World, mode: str) -> None:
    jobs = tracked("JobAPIClient")
    admin = clients.client("JobAPIClient", "admin")
    assert "message" in await aw(jobs.get_health_check())

    # The admin lodges a job for the researcher in a new batch; the researcher sees it.
    launched = await aw(admin.admin.launch_job({
        "username": "researcher", "request_batch_id": True, "job_type": "PROV_LODGE",
        "job_sub_type": "MODEL_RUN_PROV_LODGE",
        "job_payload": {"record": world.model_run(f"Job run {mode}"), "revalidate": True,
                        "user_info": "e2e"}}))  # fmt: skip
    session_id, batch_id = launched["session_id"], launched["batch_id"]
    assert session_id and batch_id
    job = await wait_job(jobs, session_id)
    assert (job["username"], job["batch_id"], job["job_sub_type"]) == ("researcher", batch_id, "MODEL_RUN_PROV_LODGE")
    assert job["result"]["record"]["record"]["display_name"] == f"Job run {mode}"

    fetched = (await aw(jobs.fetch_job(session_id)))["job"]
    assert fetched["session_id"] == session_id and fetched["status"] == "SUCCEEDED"
    mine = await aw(jobs.list_jobs({"limit": 100}))
    assert session_id in [j["session_id"] for j in mine["jobs"]]
    assert all(j["username"] == "researcher" for j in mine["jobs"])
    first = await aw(jobs.list_jobs({"limit": 1}))
    assert len(first["jobs"]) == 1 and first["pagination_key"]
    in_batch = await aw(jobs.list_jobs_in_batch({"batch_id": batch_id}))
    assert [j["session_id"] for j in in_batch["jobs"]] == [session_id]

    assert (await aw(admin.admin.get_job(session_id)))["job"]["session_id"] == session_id
    everyone = await aw(admin.admin.list_jobs({"limit": 100}))
    assert session_id in [j["session_id"] for j in everyone["jobs"]]
    assert [j["session_id"] for j in (await aw(admin.admin.list_jobs_in_batch({"batch_id": batch_id})))["jobs"]] == [
        session_id
    ]


# -- search -------------------------------------------------------------------------------------------------
async def test_search_client(tracked: Any, clients: Clients, mode: str) -> None:
    search = tracked("SearchClient")
    registry = clients.client("RegistryClient")
    word = f"zebrafish{mode}{uuid.uuid4().hex[:6]}"
    org = (await aw(registry.create_item({"display_name": f"The {word} lab", "name": word}, ORG))).created_item.id
    person = (await aw(registry.create_item({"display_name": f"{word} person", "email": "p@example.org",
                                             "first_name": word, "last_name": "P", "ethics_approved": True},
                                            "PERSON"))).created_item.id  # fmt: skip
    found = await aw(search.search_registry(word, 10, None))
    assert {r.id for r in found.results} == {org, person} and found.status.success is True
    only_orgs = await aw(search.search_registry(word, 10, "ORGANISATION"))
    assert [r.id for r in only_orgs.results] == [org]
    assert len((await aw(search.search_registry(word, 1, None))).results) == 1
    assert (await aw(search.search_registry(f"nothing{uuid.uuid4().hex}", None, None))).results == []


# -- handles ------------------------------------------------------------------------------------------------
async def test_id_service_client(tracked: Any, mode: str) -> None:
    ids = tracked("IdServiceClient")
    handle = await aw(ids.mint({"value_type": "URL", "value": f"https://example.org/{mode}"}))
    hid = handle["id"]
    assert [(p["index"], p["value"]) for p in handle["properties"]] == [(1, f"https://example.org/{mode}")]
    added = await aw(ids.add_value({"id": hid, "value_type": "DESC", "value": "second"}))
    assert [p["value"] for p in added["properties"]] == [f"https://example.org/{mode}", "second"]
    at = await aw(ids.add_value_by_index({"id": hid, "value_type": "DESC", "value": "at 10", "index": 10}))
    assert {p["index"]: p["value"] for p in at["properties"]}[10] == "at 10"
    modified = await aw(ids.modify_by_index({"id": hid, "index": 10, "value": "changed"}))
    assert {p["index"]: p["value"] for p in modified["properties"]}[10] == "changed"
    removed = await aw(ids.remove_by_index({"id": hid, "index": 10}))
    assert 10 not in {p["index"] for p in removed["properties"]}
    assert (await aw(ids.get(hid)))["properties"] == removed["properties"]
    listed = await aw(ids.list())
    assert hid in listed["ids"]


# -- auth ---------------------------------------------------------------------------------------------------
async def test_auth_client(tracked: Any, clients: Clients, world: World, mode: str) -> None:
    me = tracked("AuthClient")
    admin = clients.client("AuthClient", "admin").admin
    assert "message" in await aw(me.get_health_check())

    # access requests: ask for one more role; the admin notes and denies it (so the next run may ask again).
    report = (await aw(me.get_user_generate_access_report())).report.to_dict()
    granted = {(c["component_name"], r["role_name"]) for c in report["components"]
               for r in c["component_roles"] if r["access_granted"]}  # fmt: skip
    assert ("entity-registry", "entity-registry-write") in granted or granted
    target = next((c, r) for c in report["components"] for r in c["component_roles"] if not r["access_granted"])
    target[1]["access_granted"] = True
    asked = await aw(me.post_user_request_change(report, False))
    assert asked.status.success is True
    pending = (await aw(me.get_user_pending_request_history())).items
    assert len(pending) == 1 and pending[0].username == "researcher"
    request_id = pending[0].request_id
    assert request_id in [i.request_id for i in (await aw(me.get_user_request_history())).items]
    assert request_id in [i.request_id for i in (await aw(admin.get_all_pending_request_history())).items]
    assert request_id in [i.request_id for i in (await aw(admin.get_all_request_history())).items]
    assert [i.request_id for i in (await aw(admin.get_user_pending_request_history("researcher"))).items] == [
        request_id
    ]
    noted = await aw(admin.post_add_note({"note": f"seen ({mode})", "username": "researcher",
                                          "request_id": request_id}))  # fmt: skip
    assert noted.success is True
    denied = "DENIED_PENDING_DELETION"
    change = {"username": "researcher", "request_id": request_id, "desired_state": denied}
    changed = await aw(admin.post_change_request_state(False, change))
    assert changed.state_change.success is True
    history = {i.request_id: i for i in (await aw(admin.get_user_request_history("researcher"))).items}
    assert field(history[request_id], "status") == denied and f"seen ({mode})" in history[request_id].notes
    assert (await aw(me.get_user_pending_request_history())).items == []
    assert (await aw(admin.post_delete_request({"username": "researcher", "request_id": request_id}))).success

    # groups: the admin makes one and adds the researcher.
    group = f"e2e-{mode}-{uuid.uuid4().hex[:6]}"
    await aw(admin.post_add_group({"id": group, "display_name": f"Group {mode}", "description": "e2e"}))
    await aw(admin.post_groups_add_member(group, {"username": "researcher", "email": "researcher@example.org"}))
    assert group in [g.id for g in (await aw(me.get_list_groups())).groups]
    assert (await aw(me.get_describe_group(group))).group.display_name == f"Group {mode}"
    assert group in [g.id for g in (await aw(me.get_list_membership())).groups]
    assert [u.username for u in (await aw(me.get_list_group_members(group))).group.users] == ["researcher"]
    assert (await aw(me.get_check_membership(group))).is_member is True
    assert (await aw(admin.get_check_user_membership("researcher", group))).is_member is True
    assert group in [g.id for g in (await aw(admin.get_list_groups())).groups]
    assert (await aw(admin.get_describe_group(group))).group.id == group
    assert [u.username for u in (await aw(admin.get_list_members(group))).group.users] == ["researcher"]
    assert group in [g.id for g in (await aw(admin.get_list_group_membership("researcher"))).groups]
    await aw(admin.put_update_group({"id": group, "display_name": f"Group {mode} v2", "description": "e2e"}))
    assert (await aw(me.get_describe_group(group))).group.display_name == f"Group {mode} v2"
    await aw(admin.delete_remove_member(group, "researcher"))
    assert (await aw(me.get_check_membership(group))).is_member is False
    await aw(admin.post_groups_add_member(group, {"username": "researcher"}))
    await aw(admin.post_remove_members({"group_id": group, "member_usernames": ["researcher"]}))
    assert (await aw(me.get_check_membership(group))).is_member is False
    exported = await aw(admin.get_export_groups())
    assert group in [(g if isinstance(g, dict) else g.to_dict())["id"] for g in exported.items]
    imported = await aw(admin.post_import_groups({"import_mode": "ADD_OR_OVERWRITE", "trial_mode": True,
                                                  "items": [g.to_dict() if hasattr(g, "to_dict") else g
                                                            for g in exported.items]}))  # fmt: skip
    assert imported.status.success is True and imported.trial_mode is True
    await aw(admin.delete_remove_group(group))
    assert group not in [g.id for g in (await aw(me.get_list_groups())).groups]
    assert "auth" in await aw(admin.generate_config_file())

    # user links: the admin clears the researcher's link; the researcher validates and links again.
    person = world.person["researcher"]
    assert (await aw(me.get_link_lookup_username())).person_id == person
    assert (await aw(admin.get_link_lookup_username("researcher"))).person_id == person
    assert "researcher" in (await aw(admin.get_link_reverse_lookup_username(person))).usernames
    await aw(admin.delete_clear_link("researcher"))
    assert (await aw(me.get_link_lookup_username())).person_id is None
    assert (await aw(me.post_link_validate({"person_id": person}))).status.success is True
    await aw(me.post_link_assign({"person_id": person}))
    assert (await aw(me.get_link_lookup_username("researcher"))).person_id == person
    forced = await aw(admin.post_link_assign({"username": "researcher", "person_id": person, "force": True}))
    assert forced.status.success is True if hasattr(forced, "status") else forced is not None
