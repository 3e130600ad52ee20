"""Registry content the recorded tests create through the facade (so its requests are in each cassette).

Fixed values only (no dates of today, no random names): a re-recording sends the same requests.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from tests._payloads import model_run_record

ORGANISATION = {"display_name": "Reef Institute", "name": "Reef Institute"}
PERSON = {"display_name": "Ada Modeller", "email": "ada@example.org", "first_name": "Ada",
          "last_name": "Modeller", "ethics_approved": True}  # fmt: skip
MODEL = {"display_name": "Coral model", "name": "Coral model", "description": "Coral growth",
         "documentation_url": "https://example.org/doc", "source_url": "https://example.org/src"}  # fmt: skip
STUDY = {"display_name": "Reef study", "title": "Reef study", "description": "Reef health"}
INPUT_TEMPLATE = {"display_name": "Forcing", "deferred_resources": [
    {"key": "config", "description": "run config", "usage_type": "CONFIG_FILE"}]}  # fmt: skip
OUTPUT_TEMPLATE = {"display_name": "Results"}

_DATASET = {
    "associations": {"organisation_id": "", "point_of_contact": "Ada Modeller"},
    "approvals": {k: {"relevant": False, "obtained": False}
                  for k in ("ethics_registration", "ethics_access", "indigenous_knowledge", "export_controls")},
    "dataset_info": {
        "name": "", "description": "Reef forcing data", "access_info": {"reposited": True},
        "publisher_id": "", "created_date": {"relevant": True, "value": "2024-01-01"},
        "published_date": {"relevant": True, "value": "2024-01-02"}, "license": "https://example.org/licence",
        "purpose": "Testing", "rights_holder": "Reef Institute", "usage_limitations": "None",
        "formats": ["csv"], "keywords": ["reef"],
    },
}  # fmt: skip


def dataset_metadata(organisation_id: str, name: str) -> dict[str, Any]:
    """A CollectionFormat (dataset metadata) owned by the organisation."""
    meta = copy.deepcopy(_DATASET)
    meta["associations"]["organisation_id"] = organisation_id
    meta["dataset_info"]["publisher_id"] = organisation_id
    meta["dataset_info"]["name"] = name
    return meta


def workflow_template(model_id: str, input_template: str, output_template: str) -> dict[str, Any]:
    return {"display_name": "Coral workflow", "software_id": model_id,
            "input_templates": [{"template_id": input_template}],
            "output_templates": [{"template_id": output_template}],
            "annotations": {"required": ["seed"], "optional": ["note"]}}  # fmt: skip


# Entities are attributed to the creating user's Person: the registry refuses them from an unlinked user.
ENTITIES = ("model", "dataset_template", "model_run_workflow")


async def create(client: Any, module: str, info: dict[str, Any]) -> str:
    """Create a registry item through `client.registry.<module>` and return its id."""
    if module in ENTITIES:
        await linked_person(client)
    created = await getattr(client.registry, module).create_item(info)
    return str(created.created_item.id)


async def mint(client: Any, organisation_id: str, name: str) -> str:
    """Mint a dataset (the datastore requires the user to be linked to a Person)."""
    await linked_person(client)
    minted = await client.datastore.mint_dataset(dataset_metadata(organisation_id, name))
    return str(minted.handle)


@dataclass
class World:
    """Everything a model run refers to."""

    org: str
    person: str
    model: str
    in_template: str
    out_template: str
    workflow: str
    ds_in: str
    ds_out: str
    study: str

    def record(self, **changes: Any) -> dict[str, Any]:
        return model_run_record(workflow=self.workflow, in_template=self.in_template, ds_in=self.ds_in,
                                out_template=self.out_template, ds_out=self.ds_out, person=self.person,
                                org=self.org, **changes)  # fmt: skip


async def world(client: Any) -> World:
    org = await create(client, "organisation", ORGANISATION)
    person = await create(client, "person", PERSON)
    model = await create(client, "model", MODEL)
    in_t = await create(client, "dataset_template", INPUT_TEMPLATE)
    out_t = await create(client, "dataset_template", OUTPUT_TEMPLATE)
    wf = await create(client, "model_run_workflow", workflow_template(model, in_t, out_t))
    ds_in = await mint(client, org, "Forcing data")
    ds_out = await mint(client, org, "Run results")
    study = await create(client, "study", STUDY)
    return World(org, person, model, in_t, out_t, wf, ds_in, ds_out, study)


async def model_run(client: Any, w: World, poll: float, **changes: Any) -> str:
    """Register a model run and wait for its job; returns the model run id."""
    lodged = await client.prov_api.register_model_run(w.record(**changes))
    job = await client.job_api.await_successful_job_completion(lodged.session_id, poll_interval=poll)
    return str(job["result"]["record"]["id"])


async def linked_person(client: Any) -> str:
    """The Person linked to the current user, linking a new one if there is none."""
    found = await client.auth_api.get_link_lookup_username()
    if found.person_id:
        return str(found.person_id)
    person = await create(client, "person", PERSON)
    await client.auth_api.post_link_assign({"person_id": person})
    return person
