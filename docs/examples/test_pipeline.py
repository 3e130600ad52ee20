"""Testing a pipeline that publishes a dataset, against the local Provena stack, with provena.testing's fixtures.

Run it with `pytest` once `pip install 'provena-sdk[testing]'` is done: no account, no network, no setup code.
"""

from __future__ import annotations

from typing import Any

import pytest

import provena
from provena.models import CollectionFormat


# -- the pipeline under test (in a real project this lives in your package) ---------------------------------
def register_me(client: Any, name: str) -> str:
    """The Person the logged-in user is linked to, created and linked on first use: minting a dataset needs
    that link, and the registry only accepts a Person whose ethics consent is recorded (`ethics_approved`)."""
    linked = client.auth_api.get_link_lookup_username()
    if linked.person_id:
        return str(linked.person_id)
    person = client.registry.person.create_item({
        "display_name": name, "first_name": name.split()[0], "last_name": name.split()[-1],
        "email": "reef@example.org", "ethics_approved": True,
    }).created_item.id  # fmt: skip
    client.auth_api.post_link_assign({"person_id": person})
    return str(person)


def publish(client: Any, person: str, title: str) -> str:
    """Register an organisation and mint the dataset's metadata; returns the dataset's handle."""
    org = client.registry.organisation.create_item({"display_name": "Reef Lab", "name": "Reef Lab"}).created_item.id
    not_needed = {"relevant": False, "obtained": False}
    metadata = CollectionFormat.from_dict({
        "associations": {"organisation_id": org, "data_custodian_id": person},
        "approvals": {"ethics_registration": not_needed, "ethics_access": not_needed,
                      "indigenous_knowledge": not_needed, "export_controls": not_needed},
        "dataset_info": {"name": title, "description": "Daily reef temperatures", "access_info": {"reposited": True},
                         "publisher_id": org, "created_date": {"relevant": False},
                         "published_date": {"relevant": False}, "license": "https://creativecommons.org/licenses/by/4.0/"},
    })  # fmt: skip
    return str(client.datastore.mint_dataset(metadata).handle)


# -- the tests ---------------------------------------------------------------------------------------------
def test_a_published_dataset_can_be_fetched(provena_sync_client: Any) -> None:
    person = register_me(provena_sync_client, "Reef Researcher")
    handle = publish(provena_sync_client, person, "Reef temperatures 2024")

    fetched = provena_sync_client.datastore.fetch_dataset(handle)
    assert fetched.item.collection_format.dataset_info.name == "Reef temperatures 2024"
    assert fetched.item.collection_format.associations.data_custodian_id == person


@pytest.mark.provena_fresh  # its own empty stack: nobody is linked to a Person yet
def test_minting_without_a_linked_person_is_refused(provena_sync_client: Any) -> None:
    person = provena_sync_client.registry.person.create_item({
        "display_name": "Unlinked Person", "first_name": "Unlinked", "last_name": "Person",
        "email": "nobody@example.org", "ethics_approved": True,
    }).created_item.id  # fmt: skip

    with pytest.raises(provena.BadRequestError, match="linked person"):
        publish(provena_sync_client, str(person), "Never minted")


@pytest.mark.asyncio
async def test_the_async_client_sees_the_same_registry(provena_client: provena.ProvenaClient,
                                                       provena_sync_client: Any) -> None:  # fmt: skip
    person = register_me(provena_sync_client, "Reef Researcher")  # the same stack as the first test's

    fetched = await provena_client.registry.person.fetch(person)
    assert fetched.item.display_name == "Reef Researcher"
    assert register_me(provena_sync_client, "Someone Else") == person  # linked once, found again
