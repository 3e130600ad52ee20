"""ProvClient (the documented L2 methods) and its `admin` sub-client, recorded."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest

from . import _data


@pytest.fixture
def prov(make: Any) -> Any:
    from provena.clients import ProvClient

    return make(ProvClient)


@pytest.fixture
def prov_admin(make: Any, local_only: None) -> Any:
    from provena.clients import ProvAdminClient

    return make(ProvAdminClient, admin=True)


def _links(lineage: Any) -> set[tuple[str, str, str]]:
    graph = lineage.graph.to_dict()
    return {(lk["source"], lk["type"], lk["target"]) for lk in graph["links"]}


def docx_text(content: bytes) -> str:
    from docx import Document

    doc = Document(io.BytesIO(content))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


async def test_get_health_check(prov: Any) -> None:
    assert await prov.get_health_check() == {"message": "Health check successful."}


async def test_register_model_run(client: Any, prov: Any, poll: float) -> None:
    w = await _data.world(client)
    lodged = await prov.register_model_run(w.record())
    assert lodged.status.success and lodged.session_id
    job = await client.job_api.await_successful_job_completion(lodged.session_id, poll_interval=poll)
    run = job["result"]["record"]["id"]
    fetched = await client.registry.model_run.fetch(run)
    assert fetched.item.record.display_name == "Reef run 1"
    assert fetched.item.record.workflow_template_id == w.workflow


async def test_lineage_queries(client: Any, prov: Any, poll: float) -> None:
    w = await _data.world(client)
    run = await _data.model_run(client, w, poll)
    assert (run, "used", w.ds_in) in _links(await prov.explore_upstream(run, depth=1))
    assert _links(await prov.explore_downstream(run, 1)) == {(w.ds_out, "wasGeneratedBy", run)}
    contributing = _links(await prov.get_contributing_datasets(w.ds_out, 2))
    assert (run, "used", w.ds_in) in contributing
    effected = _links(await prov.get_effected_datasets(w.ds_in, 2))
    assert (w.ds_out, "wasGeneratedBy", run) in effected
    agents = _links(await prov.get_contributing_agents(run, 1))
    assert (run, "wasAssociatedWith", w.person) in agents
    downstream_agents = await prov.get_effected_agents(w.ds_in, 3)
    assert downstream_agents.record_count == len(downstream_agents.graph.to_dict()["nodes"])


async def test_post_update_model_run(client: Any, prov: Any, poll: float) -> None:
    w = await _data.world(client)
    run = await _data.model_run(client, w, poll)
    updated = await prov.post_update_model_run(run, "fix description", w.record(description="Fixed"))
    await client.job_api.await_successful_job_completion(updated.session_id, poll_interval=poll)
    fetched = await client.registry.model_run.fetch(run)
    assert fetched.item.record.description == "Fixed"


async def test_add_study_link(client: Any, prov: Any, poll: float) -> None:
    w = await _data.world(client)
    run = await _data.model_run(client, w, poll)
    linked = await prov.add_study_link(run, w.study)
    assert linked.model_run_id == run and linked.study_id == w.study
    await client.job_api.await_successful_job_completion(linked.session_id, poll_interval=poll)
    assert (run, "wasInformedBy", w.study) in _links(await prov.explore_upstream(run, 1))


async def test_register_batch_model_runs(client: Any, prov: Any, poll: float) -> None:
    w = await _data.world(client)
    batch = await prov.register_batch_model_runs({"records": [w.record(display_name="Batch run")]})
    assert batch["status"]["success"] is True
    submit = await client.job_api.await_successful_job_completion(batch["session_id"], poll_interval=poll)
    assert submit["job_sub_type"] == "MODEL_RUN_BATCH_SUBMIT" and submit["result"]["batch_id"]


async def test_csv_template_convert_and_regenerate(client: Any, prov: Any, poll: float) -> None:
    w = await _data.world(client)
    template = await prov.generate_csv_template(w.workflow)
    (headers,) = list(csv.reader(io.StringIO(template)))
    assert headers[0] == f"_workflow template id {w.workflow}"
    values = {"display name": "CSV run", "description": "from csv", "agent id": w.person,
              "execution start time (YYYY-MM-DD HH:MM:SS+HH:MM)": "2024-01-01 10:00:00+00:00",
              "execution end time (YYYY-MM-DD HH:MM:SS+HH:MM)": "2024-01-01 11:00:00+00:00",
              f"Input dataset id for template: Forcing [template id: {w.in_template}]": w.ds_in,
              "Input resource: config": "conf/a.yaml",
              f"Output dataset id for template: Results [template id: {w.out_template}]": w.ds_out,
              "annotation: seed": "7"}  # fmt: skip
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=headers, restval="")
    writer.writeheader()
    writer.writerow(values)
    converted = await prov.convert_model_runs_to_csv(out.getvalue())
    assert [r.display_name for r in converted.new_records] == ["CSV run"]
    batch = await prov.register_batch_model_runs({"records": [r.to_dict() for r in converted.new_records]})
    submit = await client.job_api.await_successful_job_completion(batch["session_id"], poll_interval=poll)
    batch_id = submit["result"]["batch_id"]
    for job in (await client.job_api.list_jobs_in_batch({"batch_id": batch_id}))["jobs"]:
        await client.job_api.await_successful_job_completion(job["session_id"], poll_interval=poll)
    regenerated = await prov.regenerate_csv_from_model_run_batch(batch_id)
    rows = list(csv.DictReader(io.StringIO(regenerated)))
    assert [row["display name"] for row in rows] == ["CSV run"] and rows[0]["_job_status"] == "SUCCEEDED"


async def test_generate_report(client: Any, prov: Any, poll: float) -> None:
    w = await _data.world(client)
    run = await _data.model_run(client, w, poll)
    lodged = await prov.lodge_report({"id": run, "item_subtype": "MODEL_RUN", "depth": 1})
    assert lodged.session_id
    content = await prov.generate_report({"id": run, "item_subtype": "MODEL_RUN", "depth": 1}, poll_interval=poll)
    assert content[:2] == b"PK"  # a .docx is a zip
    text = docx_text(content)
    assert "Reef run 1" in text and "Coral model" in text


# -- admin ---------------------------------------------------------------------------------------------------


async def test_admin_store_and_delete(client: Any, prov: Any, prov_admin: Any, poll: float) -> None:
    w = await _data.world(client)
    run = await _data.model_run(client, w, poll)
    item = (await client.registry.model_run.fetch(run)).item.to_dict()
    assert (await prov_admin.store_record(item)).status.success
    assert (await prov_admin.store_multiple_records([item])).status.success
    assert (await prov_admin.store_all_registry_records(validate_record=True)).status.success
    trial = await prov_admin.delete_model_run_provenance(run, trial_mode=True)
    assert trial["diff"]  # what would be removed
    assert _links(await prov.explore_downstream(run, 1)) == {(w.ds_out, "wasGeneratedBy", run)}
    deleted = await prov_admin.delete_model_run_provenance(run)
    assert deleted["diff"] == trial["diff"]
    assert _links(await prov.explore_downstream(run, 1)) == set()


async def test_admin_generate_config_file(prov_admin: Any) -> None:
    text = await prov_admin.generate_config_file(required_only=False)
    assert "service=prov" in text.splitlines()
