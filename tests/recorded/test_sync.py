"""The synchronous facade (`provena.sync`), recorded: the same calls without an event loop."""

from __future__ import annotations

from typing import Any

from . import _data


def _org(client: Any) -> str:
    return str(client.registry.organisation.create_item(_data.ORGANISATION).created_item.id)


def test_sync_registry_module(sync_client: Any) -> None:
    org = _org(sync_client)
    fetched = sync_client.registry.organisation.fetch(org)
    assert fetched.item.name == "Reef Institute" and fetched.item.owner_username == "researcher"
    every = [i.id for i in sync_client.registry.organisation.for_all_items({"page_size": 2})]
    assert org in every
    assert [i.id for i in sync_client.registry.organisation.list_all_items({"page_size": 2})] == every
    raw = sync_client.registry.with_raw_response.fetch_item(org, "ORGANISATION")
    assert raw.status_code == 200 and raw.parse().item.id == org


def test_sync_datastore_and_jobs(sync_client: Any, poll: float) -> None:
    org = _org(sync_client)
    found = sync_client.auth_api.get_link_lookup_username()
    if not found.person_id:
        person = sync_client.registry.person.create_item(_data.PERSON).created_item.id
        sync_client.auth_api.post_link_assign({"person_id": person})
    minted = sync_client.datastore.mint_dataset(_data.dataset_metadata(org, "Sync data"))
    job = sync_client.job_api.await_successful_job_completion(minted.register_create_activity_session_id,
                                                              poll_interval=poll)  # fmt: skip
    assert job["status"] == "SUCCEEDED" and job["result"]["creation_activity_id"]
    assert minted.handle in [d.id for d in sync_client.datastore.for_all_datasets({"page_size": 5})]
    found_datasets = sync_client.datastore.search_datasets("Sync data")
    assert minted.handle in [d.id for d in found_datasets.items]


def test_sync_service_clients(make: Any) -> None:
    from provena.sync import IdServiceClient, SearchClient

    search = make(SearchClient)
    assert search.get_health_check() == {"message": "Health check successful."}
    ids = make(IdServiceClient, admin=True)
    minted = ids.mint({"value_type": "URL", "value": "https://example.org/sync"})
    assert ids.get(minted["id"])["properties"][0]["value"] == "https://example.org/sync"
