"""DatastoreClient (the documented L2 methods) and its `review` sub-client, recorded."""

from __future__ import annotations

from typing import Any

import pytest

from . import _data


@pytest.fixture
def datastore(make: Any) -> Any:
    from provena.clients import DatastoreClient

    return make(DatastoreClient)


async def _minted(client: Any, name: str = "Forcing data") -> tuple[str, str]:
    org = await _data.create(client, "organisation", _data.ORGANISATION)
    return org, await _data.mint(client, org, name)


async def test_get_health_check(datastore: Any) -> None:
    assert await datastore.get_health_check() == {"message": "Health check successful."}


async def test_get_dataset_schema(datastore: Any) -> None:
    schema = await datastore.get_dataset_schema()
    assert set(schema.json_schema["properties"]) == {"associations", "approvals", "dataset_info"}


async def test_mint_and_fetch_dataset(client: Any, datastore: Any) -> None:
    org = await _data.create(client, "organisation", _data.ORGANISATION)
    await _data.linked_person(client)
    minted = await datastore.mint_dataset(_data.dataset_metadata(org, "Minted data"))
    assert minted.status.success and minted.handle.startswith("10378.1/")
    assert minted.register_create_activity_session_id
    fetched = await datastore.fetch_dataset(minted.handle)
    assert fetched.item.id == minted.handle
    assert fetched.item.collection_format.dataset_info.name == "Minted data"
    assert fetched.item.collection_format.associations.organisation_id == org


async def test_validate_metadata(client: Any, datastore: Any) -> None:
    org = await _data.create(client, "organisation", _data.ORGANISATION)
    status = await datastore.validate_metadata(_data.dataset_metadata(org, "Valid data"))
    assert status.success is True


async def test_update_and_revert_metadata(client: Any, datastore: Any) -> None:
    org, dataset = await _minted(client)
    updated = await datastore.update_metadata(dataset, "rename", _data.dataset_metadata(org, "Renamed data"))
    assert updated.status.success
    fetched = await datastore.fetch_dataset(dataset)
    assert fetched.item.collection_format.dataset_info.name == "Renamed data"
    history = fetched.item.history
    assert [h.reason for h in history][:1] == ["rename"]
    original = history[-1].id
    reverted = await datastore.revert_metadata({"id": dataset, "history_id": original, "reason": "undo"})
    assert reverted.status.success
    again = await datastore.fetch_dataset(dataset)
    assert again.item.collection_format.dataset_info.name == "Forcing data"


async def test_version_dataset(client: Any, datastore: Any, poll: float) -> None:
    _, dataset = await _minted(client)
    versioned = await datastore.version_dataset({"id": dataset, "reason": "new data"})
    assert versioned.new_version_id != dataset
    job = await client.job_api.await_successful_job_completion(versioned.version_job_session_id,
                                                               poll_interval=poll)  # fmt: skip
    assert job["status"] == "SUCCEEDED"
    new = await datastore.fetch_dataset(versioned.new_version_id)
    assert new.item.versioning_info.previous_version == dataset


async def test_list_datasets(client: Any, datastore: Any) -> None:
    _, dataset = await _minted(client, "Listed data")
    page = await datastore.list_datasets({"page_size": 100})
    assert dataset in [item.id for item in page.items]
    assert all(item.item_subtype.value == "DATASET" for item in page.items)


async def test_generate_presigned_url(client: Any, datastore: Any) -> None:
    _, dataset = await _minted(client)
    presigned = await datastore.generate_presigned_url({"dataset_id": dataset, "file_path": "metadata.json"})
    assert presigned.dataset_id == dataset and presigned.file_path == "metadata.json"
    assert "metadata.json" in presigned.presigned_url


@pytest.mark.parametrize("access", ["read", "write"])
async def test_generate_access_credentials(client: Any, datastore: Any, access: str) -> None:
    _, dataset = await _minted(client)
    method = getattr(datastore, f"generate_{access}_access_credentials")
    creds = await method({"dataset_id": dataset, "console_session_required": False})
    assert creds.status.success
    assert creds.credentials.aws_access_key_id and creds.credentials.aws_session_token
    assert creds.console_session_url is None or isinstance(creds.console_session_url, str)


# -- review (dataset release) --------------------------------------------------------------------------------


async def test_review_reviewers(make: Any, client: Any) -> None:
    from provena.clients import DatasetReviewSubClient

    review = make(DatasetReviewSubClient, admin=True)
    person = await _data.create(client, "person", _data.PERSON)
    await review.add_dataset_reviewer(person)
    assert person in await review.list_dataset_reviewers()
    await review.delete_dataset_reviewer(person)
    assert person not in await review.list_dataset_reviewers()


async def test_review_request_and_approve(make: Any, client: Any, datastore: Any) -> None:
    from provena.clients import DatasetReviewSubClient

    reviewer = await _data.linked_person(client)  # the researcher reviews their own dataset here
    admin_review = make(DatasetReviewSubClient, admin=True)
    await admin_review.add_dataset_reviewer(reviewer)
    _, dataset = await _minted(client, "Released data")
    requested = await datastore.review.approval_request(
        {"dataset_id": dataset, "approver_id": reviewer, "notes": "please release"}
    )
    assert requested["dataset_id"] == dataset and requested["approver_id"] == reviewer
    pending = await datastore.fetch_dataset(dataset)
    assert pending.item.release_status.value == "PENDING"
    actioned = await datastore.review.action_approval_request({"dataset_id": dataset, "approve": True,
                                                               "notes": "fine"})  # fmt: skip
    assert actioned["approved"] is True
    released = await datastore.fetch_dataset(dataset)
    assert released.item.release_status.value == "RELEASED"
    await admin_review.delete_dataset_reviewer(reviewer)
