"""The ProvenaClient modules' conveniences (the official L3): paginators, list-all helpers, job waits, report
download, CSV files, dataset I/O and the interactive dataset, recorded."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest

from . import _data
from .test_prov import docx_text


async def _dataset(client: Any, name: str = "Module data") -> tuple[str, str]:
    org = await _data.create(client, "organisation", _data.ORGANISATION)
    return org, await _data.mint(client, org, name)


# -- datastore ----------------------------------------------------------------------------------------------


async def test_datastore_module_metadata(client: Any, poll: float) -> None:
    org = await _data.create(client, "organisation", _data.ORGANISATION)
    await _data.linked_person(client)
    assert (await client.datastore.validate_dataset_metadata(_data.dataset_metadata(org, "M"))).success
    minted = await client.datastore.mint_dataset(_data.dataset_metadata(org, "Module data"))
    dataset = minted.handle
    updated = await client.datastore.update_dataset_metadata(dataset, "rename", _data.dataset_metadata(org, "New"))
    assert updated.status.success
    history = (await client.datastore.fetch_dataset(dataset)).item.history
    reverted = await client.datastore.revert_dataset_metadata({"id": dataset, "history_id": history[-1].id,
                                                                "reason": "undo"})  # fmt: skip
    assert reverted.status.success
    assert (await client.datastore.fetch_dataset(dataset)).item.collection_format.dataset_info.name == "Module data"
    versioned = await client.datastore.version_dataset({"id": dataset, "reason": "v2"})
    job = await client.job_api.await_job_completion(versioned.version_job_session_id, poll_interval=poll)
    assert job["status"] == "SUCCEEDED"
    presigned = await client.datastore.generate_dataset_presigned_url({"dataset_id": dataset,
                                                                       "file_path": "metadata.json"})  # fmt: skip
    assert presigned.file_path == "metadata.json"
    request = {"dataset_id": dataset, "console_session_required": False}
    assert (await client.datastore.generate_read_access_credentials(request)).credentials.aws_session_token
    assert (await client.datastore.generate_write_access_credentials(request)).credentials.aws_session_token


async def test_datastore_listing(client: Any) -> None:
    _, dataset = await _dataset(client)
    page = await client.datastore.list_datasets({"page_size": 3})
    assert len(page.items) <= 3
    every = [d.id async for d in client.datastore.for_all_datasets({"page_size": 3})]
    assert dataset in every and len(every) == len(set(every))
    listed = await client.datastore.list_all_datasets()
    assert [d.id for d in listed] == every
    assert [d.id for d in await client.datastore.list_all_datasets(total_limit=2)] == every[:2]


async def test_search_datasets(client: Any) -> None:
    _, dataset = await _dataset(client, "Seagrass survey")
    found = await client.datastore.search_datasets("Seagrass", limit=5)
    assert dataset in [d.id for d in found.items]
    assert found.auth_errors == [] and found.misc_errors == []


async def test_review_module(client: Any, admin_client: Any, local_only: None) -> None:
    reviewer = await _data.linked_person(client)
    await admin_client.datastore.review.add_dataset_reviewer(reviewer)
    assert reviewer in await client.datastore.review.list_dataset_reviewers()
    _, dataset = await _dataset(client, "Review data")
    requested = await client.datastore.review.dataset_approval_request({"dataset_id": dataset, "approver_id": reviewer,
                                                                        "notes": "please"})  # fmt: skip
    assert requested["dataset_id"] == dataset
    actioned = await client.datastore.review.action_approval_request({"dataset_id": dataset, "approve": False,
                                                                      "notes": "not yet"})  # fmt: skip
    assert actioned["approved"] is False
    assert (await client.datastore.fetch_dataset(dataset)).item.release_status.value == "NOT_RELEASED"
    await admin_client.datastore.review.delete_dataset_reviewer(reviewer)


async def test_io_helpers(client: Any, tmp_path: Path, local_only: None) -> None:
    # concurrency=1: a cassette replays S3 requests in the order they were recorded
    pytest.importorskip("boto3")
    _, dataset = await _dataset(client, "IO data")
    source = tmp_path / "up"
    (source / "data").mkdir(parents=True)
    (source / "data" / "a.csv").write_text("x,y\n1,2\n")
    (source / "readme.txt").write_text("reef\n")
    written = await client.datastore.io.upload_all_files(str(source), dataset, concurrency=1)
    assert sorted(k.rsplit("/", 2)[-2:][-1] for k in written) == ["a.csv", "readme.txt"]
    keys = await client.datastore.io.list_all_files(dataset)
    assert sorted(k.split("/", 2)[-1] for k in keys) == ["data/a.csv", "metadata.json", "readme.txt"]
    got = await client.datastore.io.download_all_files(str(tmp_path / "all"), dataset, concurrency=1)
    assert (tmp_path / "all" / "data" / "a.csv").read_text() == "x,y\n1,2\n" and len(got) == 3
    one = await client.datastore.io.download_specific_file(dataset, "data", str(tmp_path / "one"), concurrency=1)
    assert [p.name for p in one] == ["a.csv"]
    path = await client.datastore.io.download_file(dataset, "readme.txt", str(tmp_path / "presigned"))
    assert Path(path).read_text() == "reef\n"


async def test_interactive_dataset(client: Any, tmp_path: Path, poll: float, local_only: None) -> None:
    pytest.importorskip("boto3")
    org, dataset = await _dataset(client, "Interactive data")
    bound = await client.datastore.interactive_dataset(dataset)
    assert (await bound.fetch()).item.id == dataset
    (tmp_path / "up").mkdir()
    (tmp_path / "up" / "b.csv").write_text("b\n")
    assert len(await bound.upload_all_files(str(tmp_path / "up"), concurrency=1)) == 1
    got = await bound.download_all_files(str(tmp_path / "all"), concurrency=1)
    assert {p.name for p in got} == {"b.csv", "metadata.json"}
    one = await bound.download_specific_file("b.csv", str(tmp_path / "one"), concurrency=1)
    assert [p.name for p in one] == ["b.csv"]
    assert (await bound.generate_read_access_credentials()).credentials.aws_access_key_id
    assert (await bound.generate_write_access_credentials()).credentials.aws_access_key_id
    await client.datastore.update_dataset_metadata(dataset, "rename", _data.dataset_metadata(org, "Renamed"))
    history = (await bound.fetch()).item.history
    assert (await bound.revert_dataset_metadata(history[-1].id, "undo")).status.success
    versioned = await bound.version("v2")
    await client.job_api.await_successful_job_completion(versioned.version_job_session_id, poll_interval=poll)
    assert versioned.new_version_id != dataset


# -- registry -----------------------------------------------------------------------------------------------


async def test_registry_module(client: Any, admin_client: Any, tmp_path: Path, local_only: None) -> None:
    study = await _data.create(client, "study", _data.STUDY)
    assert (await client.registry.general_fetch_item(study)).item["display_name"] == "Reef study"
    page = await client.registry.list_general_registry_items({"page_size": 5})
    assert len(page.items) <= 5
    every = [i["id"] async for i in client.registry.for_all_registry_items({"page_size": 5})]
    assert study in every
    counts = await client.registry.list_registry_items_with_count()
    assert sum(counts.values()) == len(every) and counts["STUDY"] >= 1
    assert (await client.registry.get_current_provena_version()).to_dict()
    target = tmp_path / "registry.env"
    text = await admin_client.registry.admin.generate_config_file(file_path=str(target), write_to_file=True)
    assert target.read_text() == text and "service=registry" in text.splitlines()
    deleted = await admin_client.registry.admin.delete(study)  # subtype looked up
    assert deleted.status.success


# -- prov ---------------------------------------------------------------------------------------------------


async def test_prov_module_csv(client: Any, tmp_path: Path, poll: float) -> None:
    w = await _data.world(client)
    target = tmp_path / "template.csv"
    template = await client.prov_api.generate_csv_template(w.workflow, file_path=str(target), write_to_csv=True)
    assert target.read_bytes().decode() == template
    (headers,) = list(csv.reader(io.StringIO(template)))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=headers, restval="")
    writer.writeheader()
    writer.writerow({"display name": "Module run", "description": "d", "agent id": w.person,
                     "execution start time (YYYY-MM-DD HH:MM:SS+HH:MM)": "2024-01-01 10:00:00+00:00",
                     "execution end time (YYYY-MM-DD HH:MM:SS+HH:MM)": "2024-01-01 11:00:00+00:00",
                     f"Input dataset id for template: Forcing [template id: {w.in_template}]": w.ds_in,
                     "Input resource: config": "c.yaml", "annotation: seed": "1",
                     f"Output dataset id for template: Results [template id: {w.out_template}]": w.ds_out})
    converted = await client.prov_api.convert_model_runs(out.getvalue())
    assert [r.display_name for r in converted.new_records] == ["Module run"]
    (tmp_path / "runs.csv").write_text(out.getvalue())
    from_file = await client.prov_api.convert_model_runs_to_csv_with_file(str(tmp_path / "runs.csv"))
    assert from_file.new_records[0].to_dict() == converted.new_records[0].to_dict()
    batch = await client.prov_api.register_batch_model_runs({"records": [r.to_dict() for r in converted.new_records]})
    submit = await client.job_api.await_successful_job_completion(batch["session_id"], poll_interval=poll)
    batch_id = submit["result"]["batch_id"]
    jobs = await client.job_api.list_all_jobs_in_batch({"batch_id": batch_id})
    for job in jobs:
        await client.job_api.await_successful_job_completion(job["session_id"], poll_interval=poll)
    regenerated = await client.prov_api.regenerate_csv_from_model_run_batch(batch_id, str(tmp_path / "b.csv"), True)
    assert (tmp_path / "b.csv").read_bytes().decode() == regenerated and "Module run" in regenerated


async def test_prov_module_update_report_delete(client: Any, admin_client: Any, tmp_path: Path,
                                                poll: float, local_only: None) -> None:  # fmt: skip
    w = await _data.world(client)
    run = await _data.model_run(client, w, poll)
    updated = await client.prov_api.update_model_run(run, "fix", w.record(description="Updated"))
    await client.job_api.await_successful_job_completion(updated.session_id, poll_interval=poll)
    assert (await client.registry.model_run.fetch(run)).item.record.description == "Updated"
    target = tmp_path / "report.docx"
    content = await client.prov_api.generate_report({"id": run, "item_subtype": "MODEL_RUN", "depth": 1},
                                                    file_path=str(target), poll_interval=poll)  # fmt: skip
    assert target.read_bytes() == content and "Reef run 1" in docx_text(content)
    config = tmp_path / "prov.env"
    text = await admin_client.prov_api.admin.generate_config_file(file_path=str(config), write_to_file=True)
    assert config.read_text() == text
    removed = await admin_client.prov_api.admin.delete_model_run_provenance_and_registry(run)
    assert removed["diff"]
    from provena import StatusFailedError

    with pytest.raises(StatusFailedError):
        await client.registry.model_run.fetch(run)


# -- jobs ---------------------------------------------------------------------------------------------------


async def test_job_module(client: Any, admin_client: Any, poll: float, local_only: None) -> None:
    w = await _data.world(client)
    batch = await client.prov_api.register_batch_model_runs({"records": [w.record(), w.record(display_name="R2")]})
    submit = await client.job_api.await_job_completion(batch["session_id"], poll_interval=poll)
    batch_id = submit["result"]["batch_id"]
    mine = await client.job_api.list_all_jobs({"limit": 3})
    assert len(mine) >= 3 and all(j["username"] == "researcher" for j in mine)
    assert [j["session_id"] async for j in client.job_api.for_all_jobs({"limit": 3})] == [j["session_id"]
                                                                                          for j in mine]
    assert len(await client.job_api.list_all_jobs({"limit": 3}, limit=2)) == 2
    in_batch = await client.job_api.list_all_jobs_in_batch({"batch_id": batch_id})
    assert len(in_batch) == 2
    assert len([j async for j in client.job_api.for_all_jobs_in_batch({"batch_id": batch_id, "limit": 1})]) == 2
    admin_jobs = admin_client.job_api.admin
    assert len(await admin_jobs.list_all_jobs({"limit": 5}, limit=4)) == 4
    assert len([j async for j in admin_jobs.for_all_jobs({"limit": 2}, limit=3)]) == 3
    assert len(await admin_jobs.list_all_jobs_in_batch({"batch_id": batch_id})) == 2
    assert len([j async for j in admin_jobs.for_all_jobs_in_batch({"batch_id": batch_id, "limit": 1})]) == 2
    assert len((await admin_jobs.list_job_batch({"batch_id": batch_id}))["jobs"]) == 2
