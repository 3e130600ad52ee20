"""SearchClient, JobAPIClient (+ admin) and IdServiceClient, recorded."""

from __future__ import annotations

from typing import Any

import pytest

from . import _data


@pytest.fixture
def search(make: Any) -> Any:
    from provena.clients import SearchClient

    return make(SearchClient)


@pytest.fixture
def jobs(make: Any) -> Any:
    from provena.clients import JobAPIClient

    return make(JobAPIClient)


@pytest.fixture
def job_admin(make: Any, local_only: None) -> Any:
    from provena.clients import JobAPIAdminSubClient

    return make(JobAPIAdminSubClient, admin=True)


@pytest.fixture
def ids(make: Any, local_only: None) -> Any:
    from provena.clients import IdServiceClient

    return make(IdServiceClient, admin=True)


# -- search --------------------------------------------------------------------------------------------------


async def test_search_get_health_check(search: Any) -> None:
    assert await search.get_health_check() == {"message": "Health check successful."}


async def test_search_registry(client: Any, search: Any) -> None:
    org = await _data.create(client, "organisation", {"display_name": "Kelp Trust", "name": "Kelp Trust"})
    found = await search.search_registry("Kelp", limit=5)
    assert found.status.success and org in [r.id for r in found.results]
    filtered = await search.search_registry("Kelp", limit=5, subtype_filter="PERSON")
    assert org not in [r.id for r in filtered.results]


# -- jobs ----------------------------------------------------------------------------------------------------


async def _wake_up(client: Any, poll: float) -> str:
    """A job of the researcher's: a dataset mint lodges a registry job (create activity)."""
    org = await _data.create(client, "organisation", _data.ORGANISATION)
    await _data.linked_person(client)
    minted = await client.datastore.mint_dataset(_data.dataset_metadata(org, "Job data"))
    session_id = str(minted.register_create_activity_session_id)
    await client.job_api.await_job_completion(session_id, poll_interval=poll)
    return session_id


async def test_job_get_health_check(jobs: Any) -> None:
    assert await jobs.get_health_check() == {"message": "Health check successful."}


async def test_fetch_job(client: Any, jobs: Any, poll: float) -> None:
    session_id = await _wake_up(client, poll)
    job = (await jobs.fetch_job(session_id))["job"]
    assert job["session_id"] == session_id and job["status"] == "SUCCEEDED"
    assert job["username"] == "researcher"


async def test_list_jobs(client: Any, jobs: Any, poll: float) -> None:
    session_id = await _wake_up(client, poll)
    page = await jobs.list_jobs({"limit": 1})
    assert len(page["jobs"]) == 1 and page["pagination_key"] is not None
    more = await jobs.list_jobs({"limit": 10})
    assert session_id in [j["session_id"] for j in more["jobs"]]
    assert all(j["username"] == "researcher" for j in more["jobs"])


async def test_list_jobs_in_batch(client: Any, jobs: Any, poll: float) -> None:
    w = await _data.world(client)
    batch = await client.prov_api.register_batch_model_runs({"records": [w.record(), w.record(display_name="Run 2")]})
    submit = await client.job_api.await_successful_job_completion(batch["session_id"], poll_interval=poll)
    batch_id = submit["result"]["batch_id"]
    listed = await jobs.list_jobs_in_batch({"batch_id": batch_id})
    assert len(listed["jobs"]) == 2 and {j["batch_id"] for j in listed["jobs"]} == {batch_id}


async def test_job_admin(client: Any, job_admin: Any, poll: float) -> None:
    launched = await job_admin.launch_job({"job_type": "REGISTRY", "job_sub_type": "REGISTRY_WAKE_UP",
                                           "job_payload": {}, "username": "researcher",
                                           "request_batch_id": True})  # fmt: skip
    session_id, batch_id = launched["session_id"], launched["batch_id"]
    job = (await job_admin.get_job(session_id))["job"]
    assert job["status"] == "SUCCEEDED" and job["username"] == "researcher"
    listed = await job_admin.list_jobs({"limit": 5})
    assert session_id in [j["session_id"] for j in listed["jobs"]]
    in_batch = await job_admin.list_jobs_in_batch({"batch_id": batch_id})
    assert [j["session_id"] for j in in_batch["jobs"]] == [session_id]


# -- handles -------------------------------------------------------------------------------------------------


async def test_handles(ids: Any) -> None:
    minted = await ids.mint({"value_type": "URL", "value": "https://example.org/a"})
    handle = minted["id"]
    assert [v["value"] for v in minted["properties"]] == ["https://example.org/a"]
    added = await ids.add_value({"id": handle, "value_type": "DESC", "value": "a description"})
    assert [v["type"] for v in added["properties"]] == ["URL", "DESC"]
    at = await ids.add_value_by_index({"id": handle, "index": 7, "value_type": "URL", "value": "https://b.org"})
    assert 7 in [v["index"] for v in at["properties"]]
    modified = await ids.modify_by_index({"id": handle, "index": 7, "value": "https://c.org"})
    assert {v["index"]: v["value"] for v in modified["properties"]}[7] == "https://c.org"
    removed = await ids.remove_by_index({"id": handle, "index": 7})
    assert 7 not in [v["index"] for v in removed["properties"]]
    assert (await ids.get(handle))["id"] == handle
    assert handle in (await ids.list())["ids"]
