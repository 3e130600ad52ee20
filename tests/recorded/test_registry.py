"""RegistryClient (the documented L2 methods), `.admin`, `.general`, and the ten per-subtype modules of
`ProvenaClient.registry` (one parametrised test), recorded."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from . import _data

# module -> (ItemSubType, generated DomainInfo model)
SUBTYPES = {
    "organisation": ("ORGANISATION", "OrganisationDomainInfo"),
    "person": ("PERSON", "PersonDomainInfo"),
    "model": ("MODEL", "ModelDomainInfo"),
    "model_run_workflow": ("MODEL_RUN_WORKFLOW_TEMPLATE", "ModelRunWorkflowTemplateDomainInfo"),
    "dataset_template": ("DATASET_TEMPLATE", "DatasetTemplateDomainInfo"),
    "dataset": ("DATASET", "DatasetDomainInfo"),
    "study": ("STUDY", "StudyDomainInfo"),
    "create_activity": ("CREATE", "CreateDomainInfo"),
    "version_activity": ("VERSION", "VersionDomainInfo"),
    "model_run": ("MODEL_RUN", "ModelRunDomainInfo"),
}
WRITABLE = ("organisation", "person", "model", "model_run_workflow", "dataset_template", "study")
VERSIONABLE = ("model", "model_run_workflow", "dataset_template")


@pytest.fixture
def registry(make: Any) -> Any:
    from provena.clients import RegistryClient

    return make(RegistryClient)


def domain_info(item: Any, model: str) -> dict[str, Any]:
    """The domain-info part of a fetched item (what create/update/validate take)."""
    import attrs

    cls = getattr(importlib.import_module("provena_api_registry.models"), model)
    names = {f.alias or f.name for f in attrs.fields(cls)} - {"additional_properties"}
    return {k: v for k, v in item.to_dict().items() if k in names}


async def item_of(client: Any, module: str, poll: float) -> str:
    """An item of the subtype, made the way the platform makes it."""
    if module == "organisation":
        return await _data.create(client, module, _data.ORGANISATION)
    if module == "person":
        return await _data.create(client, module, _data.PERSON)
    if module == "model":
        return await _data.create(client, module, _data.MODEL)
    if module == "dataset_template":
        return await _data.create(client, module, _data.OUTPUT_TEMPLATE)
    if module == "study":
        return await _data.create(client, module, _data.STUDY)
    if module == "model_run_workflow":
        model = await _data.create(client, "model", _data.MODEL)
        in_t = await _data.create(client, "dataset_template", _data.INPUT_TEMPLATE)
        out_t = await _data.create(client, "dataset_template", _data.OUTPUT_TEMPLATE)
        return await _data.create(client, module, _data.workflow_template(model, in_t, out_t))
    if module in ("dataset", "create_activity"):
        org = await _data.create(client, "organisation", _data.ORGANISATION)
        await _data.linked_person(client)
        minted = await client.datastore.mint_dataset(_data.dataset_metadata(org, "Registry data"))
        if module == "dataset":
            return str(minted.handle)
        session_id = minted.register_create_activity_session_id
        job = await client.job_api.await_successful_job_completion(session_id, poll_interval=poll)
        fetched = await client.registry.dataset.fetch(minted.handle)
        assert fetched.item.workflow_links.create_activity_workflow_id == session_id
        return str(job["result"]["creation_activity_id"])
    if module == "version_activity":
        model = await _data.create(client, "model", _data.MODEL)
        versioned = await client.registry.model.version_item({"id": model, "reason": "v2"})
        session_id = versioned.version_job_session_id
        job = await client.job_api.await_successful_job_completion(session_id, poll_interval=poll)
        return str(job["result"]["version_activity_id"])
    assert module == "model_run"
    return await _data.model_run(client, await _data.world(client), poll)


@pytest.mark.parametrize("module", list(SUBTYPES))
async def test_subtype_module(client: Any, admin_client: Any, module: str, poll: float, local_only: None) -> None:
    """Every method of `client.registry.<subtype>` on an item of that subtype."""
    subtype, domain_model = SUBTYPES[module]
    sub = getattr(client.registry, module)
    item_id = await item_of(client, module, poll)

    fetched = await sub.fetch(item_id)
    assert fetched.item.id == item_id and fetched.item.item_subtype.value == subtype
    info = domain_info(fetched.item, domain_model)
    assert (await sub.validate_item(info)).status.success is True
    assert fetched.item.display_name == info["display_name"]

    page = await sub.list_items({"page_size": 2})
    assert all(i.item_subtype.value == subtype for i in page.items)
    every = [i.id async for i in sub.for_all_items({"page_size": 2})]
    assert item_id in every and len(every) == len(set(every))
    listed = await sub.list_all_items({"page_size": 2}, limit=len(every))
    assert [i.id for i in listed] == every

    assert (await sub.get_schema()).json_schema["title"] == domain_model
    assert (await sub.get_ui_schema()).ui_schema is not None
    roles = await sub.get_auth_roles()
    assert "admin" in [r.role_name for r in roles.roles]
    access = await sub.evaluate_auth_access(item_id)
    assert "admin" in access.roles
    settings = await sub.get_auth_configuration(item_id)
    assert settings.owner == "researcher"
    opened = {**settings.to_dict(), "general": ["metadata-read"]}
    assert (await sub.modify_auth_configuration(item_id, opened)).status.success
    assert (await sub.get_auth_configuration(item_id)).general == ["metadata-read"]

    assert (await sub.lock_resource({"id": item_id, "reason": "freeze"})).status.success
    assert (await sub.get_lock_status(item_id)).locked is True
    assert (await sub.unlock_resource({"id": item_id, "reason": "thaw"})).status.success
    assert (await sub.get_lock_status(item_id)).locked is False
    history = (await sub.get_lock_history(item_id)).history
    assert [h.action_type.value for h in history] == ["LOCK", "UNLOCK"]

    if module in WRITABLE:
        renamed = {**info, "display_name": "Renamed"}
        if "name" in renamed:
            renamed["name"] = "Renamed"
        assert (await sub.update(item_id, renamed, reason="rename")).status.success
        assert (await sub.fetch(item_id)).item.display_name == "Renamed"
        reverted = await sub.revert_item({"id": item_id, "history_id": 0, "reason": "undo"})
        assert reverted.status.success
        assert (await sub.fetch(item_id)).item.display_name == info["display_name"]
        seed = await sub.seed_item()
        assert seed.seeded_item.id and seed.seeded_item.to_dict()["record_type"] == "SEED_ITEM"
        again = await sub.create_item(info)
        assert again.created_item.display_name == info["display_name"] and again.created_item.id != item_id
    if module in VERSIONABLE:
        versioned = await sub.version_item({"id": item_id, "reason": "v2"})
        assert versioned.new_version_id != item_id

    admin_sub = getattr(admin_client.registry, module)
    assert (await admin_sub.admin_delete(item_id)).status.success
    from provena import APIError

    with pytest.raises(APIError):
        await sub.fetch(item_id)


# -- RegistryClient (subtype-generic, documented) ------------------------------------------------------------


async def test_get_health_check(registry: Any) -> None:
    assert await registry.get_health_check() == {"message": "Health check successful."}


async def test_create_fetch_update_revert_item(registry: Any) -> None:
    created = await registry.create_item(_data.ORGANISATION, "ORGANISATION")
    org = created.created_item.id
    assert type(created).__name__ == "OrganisationCreateResponse"
    fetched = await registry.fetch_item(org, "ORGANISATION")
    assert fetched.item.name == "Reef Institute"
    updated = await registry.update_item(org, "rename", "ORGANISATION", {**_data.ORGANISATION, "name": "Reef Inc"})
    assert updated.status.success
    assert (await registry.fetch_item(org, "ORGANISATION")).item.name == "Reef Inc"
    reverted = await registry.revert_item({"id": org, "history_id": 0, "reason": "undo"}, "ORGANISATION")
    assert reverted.status.success
    assert (await registry.fetch_item(org, "ORGANISATION")).item.name == "Reef Institute"


async def test_list_and_seed_items(registry: Any) -> None:
    seeded = await registry.seed_item("PERSON")
    assert seeded.seeded_item.to_dict()["record_type"] == "SEED_ITEM"
    page = await registry.list_items({"page_size": 50}, "PERSON")
    assert all(i.item_subtype.value == "PERSON" for i in page.items)
    fetched = await registry.fetch_item(seeded.seeded_item.id, "PERSON", seed_allowed=True)
    assert fetched.item.id == seeded.seeded_item.id


async def test_schema_validate_and_auth(registry: Any, client: Any) -> None:
    schema = await registry.get_schema("MODEL")
    assert schema.json_schema["title"] == "ModelDomainInfo"
    assert (await registry.get_ui_schema("MODEL")).ui_schema is not None
    assert (await registry.validate_item(_data.MODEL, "MODEL")).status.success is True
    await _data.linked_person(client)
    created = await registry.create_item(_data.MODEL, "MODEL")
    model = created.created_item.id
    assert "admin" in (await registry.evaluate_auth_access(model, "MODEL")).roles
    roles = await registry.get_auth_roles("MODEL")
    assert {"metadata-read", "admin"} <= {r.role_name for r in roles.roles}
    settings = await registry.get_auth_configuration(model, "MODEL")
    assert settings.owner == "researcher"
    changed = await registry.modify_auth_configuration(model, {**settings.to_dict(), "general": ["metadata-read"]},
                                                       "MODEL")  # fmt: skip
    assert changed.status.success
    assert (await registry.get_auth_configuration(model, "MODEL")).general == ["metadata-read"]


async def test_locks(registry: Any) -> None:
    study = (await registry.create_item(_data.STUDY, "STUDY")).created_item.id
    assert (await registry.lock_resource({"id": study, "reason": "freeze"}, "STUDY")).status.success
    assert (await registry.get_lock_status(study, "STUDY")).locked is True
    assert (await registry.unlock_resource({"id": study, "reason": "thaw"}, "STUDY")).status.success
    assert (await registry.get_lock_status(study, "STUDY")).locked is False
    history = (await registry.get_lock_history(study, "STUDY")).history
    assert [(h.action_type.value, h.reason) for h in history] == [("LOCK", "freeze"), ("UNLOCK", "thaw")]


async def test_version(registry: Any, client: Any) -> None:
    await _data.linked_person(client)
    template = (await registry.create_item(_data.OUTPUT_TEMPLATE, "DATASET_TEMPLATE")).created_item.id
    versioned = await registry.version({"id": template, "reason": "v2"}, "DATASET_TEMPLATE")
    assert versioned.new_version_id != template and versioned.version_job_session_id
    new = await registry.fetch_item(versioned.new_version_id, "DATASET_TEMPLATE")
    assert new.item.versioning_info.previous_version == template


# -- .general --------------------------------------------------------------------------------------------------


async def test_general(registry: Any, client: Any) -> None:
    person = await _data.linked_person(client)
    model = (await registry.create_item(_data.MODEL, "MODEL")).created_item.id
    fetched = await registry.general.general_fetch_item(model)
    assert fetched.item["item_subtype"] == "MODEL" and fetched.item["id"] == model
    page = await registry.general.list_general_registry_items({"page_size": 100})
    assert model in [i["id"] for i in page.items]
    version = await registry.general.get_current_provena_version()
    assert version.commit_id or version.tag_name or version.commit_url or version.to_dict()
    reviewing = await registry.general.list_releasing_datasets({"filter_by": {"release_reviewer": person}})
    assert reviewing.status.success
    assert all(d.release_approver == person for d in reviewing.dataset_items or [])


# -- .admin ----------------------------------------------------------------------------------------------------


async def test_admin_export_import_delete(make: Any, registry: Any, local_only: None) -> None:
    from provena.clients import RegistryAdminClient

    admin = make(RegistryAdminClient, admin=True)
    study = (await registry.create_item(_data.STUDY, "STUDY")).created_item.id
    exported = await admin.export_items()
    items = [i.to_dict() for i in exported.items]
    assert study in [i["id"] for i in items]
    trial = await admin.import_items({"import_mode": "SYNC_ADD_OR_OVERWRITE", "trial_mode": True, "items": items})
    assert trial.status.success and trial.statistics is not None
    restored = await admin.restore_prov_graph({"items": [i for i in items if i["id"] == study], "trial_mode": True})
    assert restored.status.success
    from provena import APIError, StatusFailedError

    with pytest.raises(APIError):
        await admin.restore_items_from_dynamo_table({"import_mode": "ADD_ONLY", "trial_mode": True,
                                                     "table_names": {"resource_table_name": "missing",
                                                                     "lock_table_name": "missing",
                                                                     "auth_table_name": "missing"}})  # fmt: skip
    config = await admin.generate_config_file(required_only=True)
    assert "service=registry" in config.splitlines()  # .env text, as the real services answer
    assert (await admin.delete_item(study, "STUDY")).status.success
    with pytest.raises(StatusFailedError, match="Could not find"):
        await registry.fetch_item(study, "STUDY")
