"""Prov service behaviour: model run registration through jobs, lineage, CSV tools, the report."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from provena.local import jobs
from provena.local.registry_store import registry_store
from provena.local.server import build_stack
from tests._payloads import model_run_record

from .conftest import BASE, Stack

USER = "researcher"


@dataclass
class World:
    org: str
    person: str
    model: str
    in_template: str
    out_template: str
    workflow: str
    ds_in: str
    ds_out: str
    ds_other: str
    study: str

    def record(self, **changes: Any) -> dict[str, Any]:
        return model_run_record(workflow=self.workflow, in_template=self.in_template, ds_in=self.ds_in,
                                out_template=self.out_template, ds_out=self.ds_out, person=self.person,
                                org=self.org, **changes)  # fmt: skip


def _dataset(stack: Stack, org: str, name: str) -> str:
    from ProvenaInterfaces.TestConfig import route_params

    example = next(p for p in route_params if p.subtype.value == "DATASET").model_examples.domain_info[0]
    info = example.model_dump(mode="json")
    info["display_name"] = name
    info["collection_format"]["associations"]["organisation_id"] = org
    info["collection_format"]["dataset_info"]["publisher_id"] = org
    return str(registry_store(stack.ctx).create("DATASET", info, USER, spin_off=False)["id"])


def make_world(stack: Stack) -> World:
    """The registry items a model run refers to, created straight in the registry store."""
    store = registry_store(stack.ctx)

    def create(subtype: str, info: dict[str, Any]) -> str:
        return str(store.create(subtype, info, USER, spin_off=False)["id"])

    org = create("ORGANISATION", {"display_name": "Reef Org", "name": "Reef Org"})
    person = create("PERSON", {"display_name": "Ada Modeller", "email": "ada@example.org", "first_name": "Ada",
                               "last_name": "Modeller", "ethics_approved": True})  # fmt: skip
    model = create("MODEL", {"display_name": "Coral model", "name": "Coral model", "description": "d",
                             "documentation_url": "https://example.org/doc",
                             "source_url": "https://example.org/src"})  # fmt: skip
    in_t = create("DATASET_TEMPLATE", {"display_name": "Forcing", "deferred_resources": [
        {"key": "config", "description": "run config", "usage_type": "CONFIG_FILE"}]})  # fmt: skip
    out_t = create("DATASET_TEMPLATE", {"display_name": "Results"})
    wf = create("MODEL_RUN_WORKFLOW_TEMPLATE", {
        "display_name": "Coral workflow", "software_id": model, "input_templates": [{"template_id": in_t}],
        "output_templates": [{"template_id": out_t}],
        "annotations": {"required": ["seed"], "optional": ["note"]}})  # fmt: skip
    ds_in, ds_out, ds_other = (_dataset(stack, org, n) for n in ("Forcing data", "Run results", "Other results"))
    study = create("STUDY", {"display_name": "Reef study", "title": "Reef study", "description": "d"})
    return World(org, person, model, in_t, out_t, wf, ds_in, ds_out, ds_other, study)


def wait_job(stack: Stack, session_id: str, user: str = USER) -> dict[str, Any]:
    """The job's final state: let the stack's worker finish what is queued, then read it as a client would."""
    from provena.local.jobs import drain

    drain(stack.ctx, timeout=120)  # a hang guard only: the outcome does not depend on how fast the worker is
    r = stack.call("GET", "job", "/jobs/user/fetch", user=user, params={"session_id": session_id})
    assert r.status_code == 200, r.text
    job: dict[str, Any] = r.json()["job"]
    assert job["status"] in ("SUCCEEDED", "FAILED"), job
    return job


def register(stack: Stack, record: dict[str, Any]) -> str:
    r = stack.call("POST", "prov", "/model_run/register", json=record)
    assert r.status_code == 200, r.text
    job = wait_job(stack, r.json()["session_id"])
    assert job["status"] == "SUCCEEDED", job["info"]
    return str(job["result"]["record"]["id"])


def links(stack: Stack, query: str, start: str, depth: int | None = None) -> set[tuple[str, str, str]]:
    params: dict[str, Any] = {"starting_id": start} | ({} if depth is None else {"depth": depth})
    r = stack.call("GET", "prov", f"/explore/{query}", params=params)
    assert r.status_code == 200, r.text
    body = r.json()
    graph = body["graph"]
    assert body["record_count"] == len(graph["nodes"])
    assert graph["directed"] is True and graph["multigraph"] is False
    node_ids = {n["id"] for n in graph["nodes"]}
    result = {(lk["source"], lk["type"], lk["target"]) for lk in graph["links"]}
    assert node_ids == {x for s, _, t in result for x in (s, t)}
    return result


def test_register_model_run_creates_lodged_item_and_graph(stack: Stack) -> None:
    w = make_world(stack)
    r = stack.call("POST", "prov", "/model_run/register", json=w.record())
    assert r.status_code == 200
    body = r.json()
    assert body["status"]["success"] is True and body["session_id"]
    job = wait_job(stack, body["session_id"])
    assert (job["status"], job["job_type"], job["job_sub_type"]) == ("SUCCEEDED", "PROV_LODGE", "MODEL_RUN_PROV_LODGE")
    assert job["payload"]["revalidate"] is False and job["username"] == USER
    run_id = job["result"]["record"]["id"]
    item = registry_store(stack.ctx).fetch(run_id)
    assert item is not None
    assert item["item_subtype"] == "MODEL_RUN" and item["record_type"] == "COMPLETE_ITEM"
    assert item["record_status"] == "LODGED"
    assert item["owner_username"] == USER and item["record"]["display_name"] == "Reef run 1"
    assert [h["reason"] for h in item["history"]] == ["Updating item to mark completion of provenance lodge.",
                                                      "Initial record creation"]  # fmt: skip
    prov = json.loads(item["prov_serialisation"])
    assert run_id in prov["activity"] and w.ds_out in prov["entity"] and w.person in prov["agent"]
    assert job["result"]["record"]["prov_json"] == item["prov_serialisation"]


def test_lineage_queries_follow_the_real_graph_shape(stack: Stack) -> None:
    w = make_world(stack)
    run = register(stack, w.record())
    used_by_run = {(run, "used", w.ds_in), (run, "used", w.model), (run, "used", w.workflow),
                   (run, "wasAssociatedWith", w.person), (run, "wasAssociatedWith", w.org)}  # fmt: skip
    assert links(stack, "upstream", run, depth=1) == used_by_run
    assert links(stack, "upstream", run) == used_by_run | {
        (w.workflow, "hadMember", w.in_template), (w.workflow, "hadMember", w.out_template),
        (w.workflow, "hadMember", w.model), (w.ds_in, "wasInfluencedBy", w.in_template)}  # fmt: skip
    assert links(stack, "downstream", run) == {(w.ds_out, "wasGeneratedBy", run)}
    assert links(stack, "downstream", w.ds_in) == {(run, "used", w.ds_in), (w.ds_out, "wasGeneratedBy", run)}
    assert links(stack, "special/contributing_datasets", w.ds_out) == {(w.ds_out, "wasGeneratedBy", run),
                                                                      (run, "used", w.ds_in)}  # fmt: skip
    assert links(stack, "special/effected_datasets", w.ds_in) == {(run, "used", w.ds_in),
                                                                  (w.ds_out, "wasGeneratedBy", run)}  # fmt: skip
    assert links(stack, "special/contributing_agents", run) == {(run, "wasAssociatedWith", w.person),
                                                               (run, "wasAssociatedWith", w.org)}  # fmt: skip
    assert links(stack, "special/effected_agents", w.ds_in) == {
        (run, "used", w.ds_in), (w.ds_out, "wasGeneratedBy", run), (run, "wasAssociatedWith", w.person),
        (run, "wasAssociatedWith", w.org), (w.ds_out, "wasAttributedTo", w.person)}  # fmt: skip
    assert links(stack, "special/contributing_agents", w.ds_in) == set()

    r = stack.call("GET", "prov", "/explore/upstream", params={"starting_id": run})
    nodes = {n["id"]: n for n in r.json()["graph"]["nodes"]}
    assert nodes[run] == {"item_category": "ACTIVITY", "item_subtype": "MODEL_RUN", "id": run}
    assert nodes[w.workflow]["item_subtype"] == "WORKFLOW_TEMPLATE" and nodes[w.person]["item_category"] == "AGENT"
    assert r.json()["status"]["details"] == "Made lineage query (with depth 2) to neo4j backend."


@pytest.mark.parametrize(("params", "status"), [
    ({"starting_id": "10378.1/9999999"}, 400),
    ({"starting_id": "x", "depth": 11}, 400),
    ({"starting_id": "x", "depth": "deep"}, 422),
    ({}, 422),
])  # fmt: skip
def test_lineage_rejects_bad_queries(stack: Stack, params: dict[str, Any], status: int) -> None:
    assert stack.call("GET", "prov", "/explore/special/effected_agents", params=params).status_code == status
    assert stack.call("GET", "prov", "/explore/upstream", params=params, user=None).status_code == 401


def test_invalid_records_are_refused_before_anything_is_written(stack: Stack) -> None:
    w = make_world(stack)
    before = len(registry_store(stack.ctx).list())
    cases = [
        (w.record(annotations={"note": "x"}), "Missing required annotations with keys: (seed)."),
        (w.record(workflow_template_id=w.ds_in), "was not a valid id"),
        (w.record(outputs=[]), f"template ID {w.out_template} but it was not present in the outputs"),
        (w.record(inputs=[{"dataset_template_id": w.in_template, "dataset_id": w.ds_in, "dataset_type": "DATA_STORE"}]),
         "missing deferred resource paths for the following required resource keys (config)"),
        (w.record(associations={"modeller_id": w.org}), f"Modeller with id {w.org} was not a valid person"),
    ]  # fmt: skip
    for record, message in cases:
        r = stack.call("POST", "prov", "/model_run/register", json=record)
        assert r.status_code == 400 and message in r.json()["detail"], r.text
    r = stack.call("POST", "prov", "/model_run/register", json=w.record(start_time=5, end_time=1))
    assert r.status_code == 422 and r.json()["detail"][0]["type"] == "value_error"
    assert stack.call("POST", "prov", "/model_run/register", json={"display_name": "x"}).status_code == 422
    assert stack.call("POST", "prov", "/model_run/register", content=b"{not json").status_code == 422
    assert len(registry_store(stack.ctx).list()) == before
    assert stack.call("POST", "job", "/jobs/user/list", json={}).json()["jobs"] == []


def test_update_replaces_the_graph_and_records_the_reason(stack: Stack) -> None:
    w = make_world(stack)
    run = register(stack, w.record())
    outputs = [{"dataset_template_id": w.out_template, "dataset_id": w.ds_other, "dataset_type": "DATA_STORE"}]
    r = stack.call("POST", "prov", "/model_run/update",
                   json={"model_run_id": run, "reason": "wrong output",
                         "record": w.record(outputs=outputs)})  # fmt: skip
    assert r.status_code == 200
    job = wait_job(stack, r.json()["session_id"])
    assert (job["status"], job["job_sub_type"]) == ("SUCCEEDED", "MODEL_RUN_UPDATE")
    assert links(stack, "downstream", run) == {(w.ds_other, "wasGeneratedBy", run)}
    assert links(stack, "upstream", w.ds_out) == set()  # only this record mentioned it
    item = registry_store(stack.ctx).fetch(run)
    assert item is not None and item["record"]["outputs"][0]["dataset_id"] == w.ds_other
    assert "wrong output" in [h["reason"] for h in item["history"]]

    # An update of something that is not a model run fails in the job and changes nothing.
    r = stack.call("POST", "prov", "/model_run/update",
                   json={"model_run_id": w.ds_in, "reason": "oops", "record": w.record()})  # fmt: skip
    job = wait_job(stack, r.json()["session_id"])
    assert job["status"] == "FAILED" and w.ds_in in job["info"] and job["result"] is None
    assert registry_store(stack.ctx).fetch(w.ds_in)["item_subtype"] == "DATASET"  # type: ignore[index]


def test_link_to_study_adds_the_informed_by_edge_once(stack: Stack) -> None:
    w = make_world(stack)
    run = register(stack, w.record())
    params = {"model_run_id": run, "study_id": w.study}
    r = stack.call("POST", "prov", "/model_run/edit/link_to_study", params=params)
    assert r.status_code == 200 and (r.json()["model_run_id"], r.json()["study_id"]) == (run, w.study)
    job = wait_job(stack, r.json()["session_id"])
    assert (job["status"], job["job_sub_type"]) == ("SUCCEEDED", "MODEL_RUN_LODGE_ONLY")
    assert (run, "wasInformedBy", w.study) in links(stack, "upstream", run, depth=1)
    assert registry_store(stack.ctx).fetch(run)["record"]["study_id"] == w.study  # type: ignore[index]
    again = stack.call("POST", "prov", "/model_run/edit/link_to_study", params=params)
    assert again.status_code == 400 and "already linked to a study" in again.json()["detail"]
    wrong = stack.call("POST", "prov", "/model_run/edit/link_to_study",
                       params={"model_run_id": run, "study_id": w.ds_in})  # fmt: skip
    assert wrong.status_code == 400 and f"Item {w.ds_in} failed validation" in wrong.json()["detail"]
    assert stack.call("POST", "prov", "/model_run/edit/link_to_study", params={"model_run_id": run}).status_code == 422


def _template_rows(stack: Stack, w: World) -> tuple[list[str], str]:
    r = stack.call("GET", "prov", "/bulk/generate_template/csv", params={"workflow_template_id": w.workflow})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert 'filename="test.csv"' in r.headers["content-disposition"]
    (headers,) = list(csv.reader(io.StringIO(r.text)))
    return headers, r.text


def test_csv_template_convert_batch_and_regenerate(stack: Stack) -> None:
    w = make_world(stack)
    headers, _ = _template_rows(stack, w)
    assert headers[0] == f"_workflow template id {w.workflow}"
    assert f"Input dataset id for template: Forcing [template id: {w.in_template}]" in headers
    assert "Input resource: config" in headers and "annotation: seed" in headers and headers[-1] == "_error_info"

    values = {headers[0]: "", "display name": "CSV run", "description": "from csv", "agent id": w.person,
              "execution start time (YYYY-MM-DD HH:MM:SS+HH:MM)": "2024-01-01 10:00:00+00:00",
              "execution end time (YYYY-MM-DD HH:MM:SS+HH:MM)": "2024-01-01 11:00:00+00:00",
              f"Input dataset id for template: Forcing [template id: {w.in_template}]": w.ds_in,
              "Input resource: config": "conf/a.yaml",
              f"Output dataset id for template: Results [template id: {w.out_template}]": w.ds_out,
              "annotation: seed": "7", "extra": "ignored"}  # fmt: skip
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[*headers, "extra"], restval="")
    writer.writeheader()
    writer.writerow(values)
    writer.writerow(values | {"display name": "CSV run 2"})
    r = stack.call("POST", "prov", "/bulk/convert_model_runs/csv", files={"csv_file": ("runs.csv", out.getvalue())})
    assert r.status_code == 200, r.text
    converted = r.json()
    assert converted["warnings"] == ["Extra column with header 'extra' provided, ignoring"]
    records = converted["new_records"]
    assert [x["display_name"] for x in records] == ["CSV run", "CSV run 2"]
    assert records[0]["start_time"] == 1704103200 and records[0]["inputs"][0]["resources"] == {"config": "conf/a.yaml"}

    r = stack.call("POST", "prov", "/model_run/register_batch", json={"records": records})
    assert r.status_code == 200 and r.json()["status"]["success"]
    submit = wait_job(stack, r.json()["session_id"])
    assert (submit["status"], submit["job_sub_type"]) == ("SUCCEEDED", "MODEL_RUN_BATCH_SUBMIT")
    batch = submit["result"]["batch_id"]
    jobs.drain(stack.ctx)
    listed = stack.call("POST", "job", "/jobs/user/list_batch", json={"batch_id": batch}).json()
    assert [j["status"] for j in listed["jobs"]] == ["SUCCEEDED", "SUCCEEDED"] and listed["pagination_key"] is None
    assert all(j["payload"]["revalidate"] is True and j["batch_id"] == batch for j in listed["jobs"])

    r = stack.call("GET", "prov", "/bulk/regenerate_from_batch/csv", params={"batch_id": batch})
    assert r.status_code == 200 and 'filename="model_runs.csv"' in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert {row["display name"] for row in rows} == {"CSV run", "CSV run 2"}
    assert {row["_job_status"] for row in rows} == {"SUCCEEDED"}
    run_ids = {j["result"]["record"]["id"] for j in listed["jobs"]}
    assert {row["_model_run_record_id"] for row in rows} == run_ids

    again = stack.call("POST", "prov", "/bulk/convert_model_runs/csv", files={"csv_file": ("again.csv", r.content)})
    assert again.status_code == 200
    assert again.json()["new_records"] == []
    assert set(again.json()["existing_records"]) == {j["session_id"] for j in listed["jobs"]}

    other = stack.call("GET", "prov", "/bulk/regenerate_from_batch/csv", params={"batch_id": batch}, user="admin")
    assert other.status_code == 401


def test_csv_tools_refuse_bad_input(stack: Stack) -> None:
    w = make_world(stack)
    r = stack.call("GET", "prov", "/bulk/generate_template/csv", params={"workflow_template_id": w.ds_in})
    assert r.status_code == 400 and "The provided workflow template ID was invalid" in r.json()["detail"]
    headers, _ = _template_rows(stack, w)
    cases = [b"", b"a,a\n1,2\n", ",".join(headers[:3]).encode() + b"\nx,y,z\n", b"display name\nonly\n"]
    for content in cases:
        r = stack.call("POST", "prov", "/bulk/convert_model_runs/csv", files={"csv_file": ("bad.csv", content)})
        assert r.status_code == 400, (content, r.text)
    assert stack.call("POST", "prov", "/bulk/convert_model_runs/csv", data={"x": "y"}).status_code == 422
    assert stack.call("GET", "prov", "/bulk/regenerate_from_batch/csv", params={"batch_id": "nope"}).status_code == 400


def _docx_text(content: bytes) -> str:
    from docx import Document

    doc = Document(io.BytesIO(content))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    links = [r.target_ref for r in doc.part.rels.values() if r.is_external]
    return "\n".join([p.text for p in doc.paragraphs] + cells + links)


def test_report_job_produces_a_docx_in_s3(stack: Stack) -> None:
    def report(id: str, subtype: str, depth: int) -> Any:
        body = {"id": id, "item_subtype": subtype, "depth": depth}
        return stack.call("POST", "prov", "/explore/generate/report", json=body)

    w = make_world(stack)
    run = register(stack, w.record())
    link = stack.call("POST", "prov", "/model_run/edit/link_to_study",
                      params={"model_run_id": run, "study_id": w.study})  # fmt: skip
    wait_job(stack, link.json()["session_id"])
    for node, subtype in ((run, "MODEL_RUN"), (w.study, "STUDY")):
        r = report(node, subtype, 2)
        assert r.status_code == 200 and set(r.json()) == {"session_id"}
        job = wait_job(stack, r.json()["session_id"])
        assert (job["status"], job["job_type"], job["job_sub_type"]) == ("SUCCEEDED", "REPORT", "GENERATE_REPORT"), job
        url = job["result"]["report_url"]
        assert url.startswith(stack.s3_endpoint)
        content = httpx.get(url).content
        text = _docx_text(content)
        assert "Model Run Study Close Out Report" in text
        for name in ("Reef run 1", "Forcing data", "Run results", "Coral model", "Ada Modeller"):
            assert name in text, (subtype, name)
        assert f"http://hdl.handle.net/{w.ds_out}" in text and f"http://hdl.handle.net/{run}" in text
    bad = report(run, "MODEL_RUN", 4)
    assert bad.status_code == 422
    r = report(w.ds_in, "DATASET", 1)
    job = wait_job(stack, r.json()["session_id"])
    assert job["status"] == "FAILED" and "only supports subtype of STUDY and MODEL_RUN" in job["info"]


def test_report_without_s3_is_served_by_the_stack() -> None:
    from starlette.testclient import TestClient

    app, ctx = build_stack(BASE, data_dir=None, seed=2, s3_endpoint=None)
    tokens = {u: ctx.realm.issue(u, "tests")["access_token"] for u in ("researcher", "admin")}
    try:
        with TestClient(app, base_url=BASE) as client:
            stack = Stack(client, ctx, tokens, "")
            w = make_world(stack)
            run = register(stack, w.record())
            r = stack.call("POST", "prov", "/explore/generate/report", json={"id": run, "item_subtype": "MODEL_RUN",
                                                                            "depth": 1})  # fmt: skip
            job = wait_job(stack, r.json()["session_id"])
            url = job["result"]["report_url"]
            assert url.startswith(f"{BASE}/prov-api/explore/generate/report/download")
            assert client.get(url).status_code == 401
            got = client.get(url, headers=stack.headers())
            assert got.status_code == 200 and got.headers["content-type"].startswith("application/vnd.openxmlformats")
            assert "Reef run 1" in _docx_text(got.content)
    finally:
        ctx.state.close()


def test_admin_routes_sync_register_delete_clear_restore(stack: Stack) -> None:
    w = make_world(stack)
    assert stack.call("POST", "prov", "/model_run/register_sync", json=w.record()).status_code == 401
    r = stack.call("POST", "prov", "/model_run/register_sync", json=w.record(), user="admin")
    assert r.status_code == 200, r.text
    run = r.json()["record_info"]["id"]
    assert links(stack, "downstream", run) == {(w.ds_out, "wasGeneratedBy", run)}

    trial = stack.call("POST", "prov", "/model_run/delete", json={"record_id": run, "trial_mode": True}, user="admin")
    assert trial.status_code == 200 and trial.json()["diff"]
    assert links(stack, "downstream", run) == {(w.ds_out, "wasGeneratedBy", run)}
    gone = stack.call("POST", "prov", "/model_run/delete", json={"record_id": run}, user="admin")
    assert gone.status_code == 200 and links(stack, "upstream", run) == set()

    r = stack.call("POST", "prov", "/admin/store_all_registry_records", user="admin")
    assert r.status_code == 200 and r.json()["status"]["success"], r.text
    assert links(stack, "downstream", run) == {(w.ds_out, "wasGeneratedBy", run)}

    assert stack.call("DELETE", "prov", "/graph/admin/clear").status_code == 401
    assert stack.call("DELETE", "prov", "/graph/admin/clear", user="admin").status_code == 200
    assert links(stack, "upstream", run) == set()
    item = registry_store(stack.ctx).fetch(run)
    r = stack.call("POST", "prov", "/admin/store_record", json=item, user="admin")
    assert r.status_code == 200 and r.json()["status"]["success"]
    assert links(stack, "downstream", run) == {(w.ds_out, "wasGeneratedBy", run)}
    assert stack.call("POST", "prov", "/admin/store_records", json=[{"id": run}], user="admin").status_code == 422


def test_registry_create_activities_reach_the_graph(stack: Stack) -> None:
    """The registry's REGISTER_CREATE_ACTIVITY job lodges LODGE_CREATE_ACTIVITY, run by the prov runners."""
    w = make_world(stack)
    r = stack.call("POST", "auth", "/link/user/assign", json={"person_id": w.person})
    assert r.status_code == 200, r.text
    store = registry_store(stack.ctx)
    model = store.create("MODEL", {"display_name": "Linked model", "name": "m", "description": "d",
                                   "documentation_url": "https://example.org", "source_url": "https://example.org"},
                         USER)  # fmt: skip
    jobs.drain(stack.ctx)
    found = links(stack, "upstream", model["id"])
    activity = next(t for s, r, t in found if r == "wasGeneratedBy")
    assert found == {(model["id"], "wasGeneratedBy", activity), (model["id"], "wasAttributedTo", w.person),
                     (activity, "wasAssociatedWith", w.person)}  # fmt: skip
    assert registry_store(stack.ctx).fetch(activity)["item_subtype"] == "CREATE"  # type: ignore[index]
