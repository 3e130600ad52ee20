"""Registry behaviour on the in-process stack, checked against the real registry's rules."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from .conftest import Stack

R = "/registry"


def ok(r: Any) -> dict[str, Any]:
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def link(stack: Stack, user: str = "researcher") -> str:
    """Register a Person owned by ``user`` and link the user to it (needed for provenance-tracked types)."""
    person = ok(stack.call("POST", "registry", f"{R}/agent/person/create", user=user, json=PERSON("Link")))
    pid = person["created_item"]["id"]
    ok(stack.call("POST", "auth", "/link/user/assign", user=user, json={"person_id": pid}))
    return str(pid)


def ORG(name: str) -> dict[str, Any]:
    return {"display_name": name, "name": f"{name} Pty Ltd", "ror": "https://ror.org/03qn8fb07"}


def PERSON(name: str) -> dict[str, Any]:
    email = name.lower().replace(" ", ".") + "@example.org"
    return {"display_name": name, "email": email, "first_name": name, "last_name": "Tester", "ethics_approved": True}


def MODEL(name: str) -> dict[str, Any]:
    return {"display_name": name, "name": name, "description": f"{name} simulates rivers",
            "documentation_url": "https://example.org/docs", "source_url": "https://example.org/src"}  # fmt: skip


def TEMPLATE(name: str) -> dict[str, Any]:
    resource = {"path": "in.csv", "description": "input", "usage_type": "GENERAL_DATA"}
    return {"display_name": name, "description": f"{name} inputs", "defined_resources": [resource]}


def STUDY(name: str) -> dict[str, Any]:
    return {"display_name": name, "title": name, "description": f"{name} study"}


@dataclass(frozen=True)
class Case:
    route: str
    subtype: str
    make: Callable[[Stack, str], dict[str, Any]]
    versioned: bool = False
    linked: bool = False


def _workflow(stack: Stack, name: str) -> dict[str, Any]:
    model = ok(stack.call("POST", "registry", f"{R}/entity/model/create", json=MODEL("wf-model")))["created_item"]
    tmpl = ok(stack.call("POST", "registry", f"{R}/entity/dataset_template/create", json=TEMPLATE("wf-t")))
    tid = tmpl["created_item"]["id"]
    return {"display_name": name, "software_id": model["id"], "input_templates": [{"template_id": tid}],
            "output_templates": [{"template_id": tid}]}  # fmt: skip


# The user-creatable subtypes; the others are written by jobs/other services (tested below).
CASES = [
    Case("/agent/organisation", "ORGANISATION", lambda s, n: ORG(n)),
    Case("/agent/person", "PERSON", lambda s, n: PERSON(n)),
    Case("/entity/model", "MODEL", lambda s, n: MODEL(n), versioned=True, linked=True),
    Case("/entity/model_run_workflow", "MODEL_RUN_WORKFLOW_TEMPLATE", _workflow, versioned=True, linked=True),
    Case("/entity/dataset_template", "DATASET_TEMPLATE", lambda s, n: TEMPLATE(n), versioned=True, linked=True),
    Case("/activity/study", "STUDY", lambda s, n: STUDY(n), linked=True),
]


@pytest.mark.parametrize("case", CASES, ids=[c.subtype for c in CASES])
def test_lifecycle_per_subtype(stack: Stack, case: Case) -> None:
    base = f"{R}{case.route}"
    if case.linked:
        # Without a linked Person the real registry refuses edits of these types.
        # (the workflow template's own factory would create linked items, so a minimal body is used)
        minimal = {"display_name": "x", "software_id": "x"}
        body = minimal if case.subtype.startswith("MODEL_RUN") else case.make(stack, "x")
        r = stack.call("POST", "registry", f"{base}/create", json=body)
        assert r.status_code == 400 and "link your User account" in r.json()["detail"]
        link(stack)
    created = ok(stack.call("POST", "registry", f"{base}/create", json=case.make(stack, "First name")))
    assert created["status"]["success"], created
    item = created["created_item"]
    id = item["id"]
    assert id.startswith("10378.1/") and item["owner_username"] == "researcher"
    assert item["record_type"] == "COMPLETE_ITEM" and item["item_subtype"] == case.subtype
    assert [h["id"] for h in item["history"]] == [0] and item["history"][0]["reason"] == "Initial record creation"
    assert item["created_timestamp"] == item["updated_timestamp"]
    if case.versioned:
        assert item["versioning_info"]["version"] == 1
        assert created["register_create_activity_session_id"]
        assert item["workflow_links"]["create_activity_workflow_id"] == created["register_create_activity_session_id"]

    fetched = ok(stack.call("GET", "registry", f"{base}/fetch", params={"id": id}))
    assert fetched["item"]["display_name"] == "First name" and fetched["locked"] is False
    assert fetched["item_is_seed"] is False and "admin" in fetched["roles"]

    # update needs a reason on a complete item (400), then records history
    r = stack.call("PUT", "registry", f"{base}/update", params={"id": id}, json=case.make(stack, "Second name"))
    assert r.status_code == 400 and "no reason" in r.json()["detail"]
    upd = ok(stack.call("PUT", "registry", f"{base}/update", params={"id": id, "reason": "rename"},
                        json=case.make(stack, "Second name")))  # fmt: skip
    assert upd["status"]["success"], upd
    item = ok(stack.call("GET", "registry", f"{base}/fetch", params={"id": id}))["item"]
    assert item["display_name"] == "Second name" and [h["id"] for h in item["history"]] == [1, 0]
    assert item["history"][0]["reason"] == "rename" and item["updated_timestamp"] > item["created_timestamp"]

    # revert to the first history entry adds a third entry
    rev = ok(stack.call("PUT", "registry", f"{base}/revert", json={"id": id, "history_id": 0, "reason": "undo"}))
    assert rev["status"]["success"], rev
    item = ok(stack.call("GET", "registry", f"{base}/fetch", params={"id": id}))["item"]
    assert item["display_name"] == "First name" and item["history"][0]["reason"] == "(Restoring to v0) undo"
    r = stack.call("PUT", "registry", f"{base}/revert", json={"id": id, "history_id": 42, "reason": "x"})
    assert r.status_code == 400

    # list with pagination over this subtype only
    for n in ("Third", "Fourth"):
        ok(stack.call("POST", "registry", f"{base}/create", json=case.make(stack, n)))
    ids: list[str] = []
    key = None
    for _ in range(10):
        page = ok(stack.call("POST", "registry", f"{base}/list", json={"page_size": 2, "pagination_key": key}))
        assert all(i["item_subtype"] == case.subtype for i in page["items"])
        ids += [i["id"] for i in page["items"]]
        key = page["pagination_key"]
        if key is None:
            break
    assert len(ids) == len(set(ids)) == 3 and id in ids

    if case.versioned:
        v = ok(stack.call("POST", "registry", f"{base}/version", json={"id": id, "reason": "new data"}))
        new_id = v["new_version_id"]
        assert new_id != id and v["version_job_session_id"]
        new = ok(stack.call("GET", "registry", f"{base}/fetch", params={"id": new_id}))["item"]
        old = ok(stack.call("GET", "registry", f"{base}/fetch", params={"id": id}))["item"]
        assert new["versioning_info"] == {"previous_version": id, "version": 2, "reason": "new data",
                                          "next_version": None}  # fmt: skip
        assert old["versioning_info"]["next_version"] == new_id
        assert new["workflow_links"]["version_activity_workflow_id"] == v["version_job_session_id"]
        r = stack.call("POST", "registry", f"{base}/version", json={"id": id, "reason": "again"})
        assert r.status_code == 400 and "not the latest version" in r.json()["detail"]
        _assert_activities(stack, created_id=id, version_from=id)


def _assert_activities(stack: Stack, created_id: str, version_from: str) -> None:
    """The Create and Version activities the spun-off registry jobs register."""
    try:
        from provena.local import jobs
    except ImportError:
        jobs = None
    if jobs is not None and hasattr(jobs, "drain"):
        jobs.drain(stack.ctx)
    creates = ok(stack.call("POST", "registry", f"{R}/activity/create/list", json={}))["items"]
    assert any(c["created_item_id"] == created_id for c in creates)
    versions = ok(stack.call("POST", "registry", f"{R}/activity/version/list", json={}))["items"]
    assert any(v["from_item_id"] == version_from and v["new_version_number"] == 2 for v in versions)


def test_seed_then_update_to_complete(stack: Stack) -> None:
    base = f"{R}/agent/organisation"
    seeded = ok(stack.call("POST", "registry", f"{base}/seed"))["seeded_item"]
    id = seeded["id"]
    assert seeded["record_type"] == "SEED_ITEM"
    r = ok(stack.call("GET", "registry", f"{base}/fetch", params={"id": id}))
    assert r["status"]["success"] is False and r["item"] is None
    r = ok(stack.call("GET", "registry", f"{base}/fetch", params={"id": id, "seed_allowed": True}))
    assert r["item_is_seed"] is True and r["item"]["id"] == id
    seeds = ok(stack.call("POST", "registry", f"{base}/list", json={"filter_by": {"record_type": "SEED_ONLY"}}))
    assert [i["id"] for i in seeds["seed_items"]] == [id] and seeds["items"] == []
    assert ok(stack.call("POST", "registry", f"{base}/list", json={}))["total_item_count"] == 0
    # no reason needed to complete a seed
    upd = ok(stack.call("PUT", "registry", f"{base}/update", params={"id": id}, json=ORG("Seeded")))
    assert upd["status"]["details"].endswith("Seeded item was updated to a complete item.")
    item = ok(stack.call("GET", "registry", f"{base}/fetch", params={"id": id}))["item"]
    assert item["record_type"] == "COMPLETE_ITEM" and item["created_timestamp"] == seeded["created_timestamp"]


def test_seeded_model_completion_spins_off_create_activity(stack: Stack) -> None:
    link(stack)
    base = f"{R}/entity/model"
    id = ok(stack.call("POST", "registry", f"{base}/seed"))["seeded_item"]["id"]
    upd = ok(stack.call("PUT", "registry", f"{base}/update", params={"id": id}, json=MODEL("Seeded model")))
    assert upd["register_create_activity_session_id"]


def test_locks_block_updates(stack: Stack) -> None:
    base = f"{R}/agent/organisation"
    id = ok(stack.call("POST", "registry", f"{base}/create", json=ORG("Locked")))["created_item"]["id"]
    ok(stack.call("PUT", "registry", f"{base}/locks/lock", json={"id": id, "reason": "freeze"}))
    assert ok(stack.call("GET", "registry", f"{base}/locks/locked", params={"id": id}))["locked"] is True
    r = stack.call("PUT", "registry", f"{base}/update", params={"id": id, "reason": "x"}, json=ORG("Changed"))
    assert r.status_code == 401 and "locked" in r.json()["detail"]
    r = stack.call("PUT", "registry", f"{base}/locks/lock", json={"id": id, "reason": "again"})
    assert r.status_code == 400 and r.json()["detail"] == "Resource is already locked."
    assert ok(stack.call("GET", "registry", f"{base}/fetch", params={"id": id}))["locked"] is True
    ok(stack.call("PUT", "registry", f"{base}/locks/unlock", json={"id": id, "reason": "thaw"}))
    history = ok(stack.call("GET", "registry", f"{base}/locks/history", params={"id": id}))["history"]
    assert [(h["action_type"], h["reason"]) for h in history] == [("LOCK", "freeze"), ("UNLOCK", "thaw")]
    ok(stack.call("PUT", "registry", f"{base}/update", params={"id": id, "reason": "x"}, json=ORG("Changed")))
    # another user (no admin role on the item) may not lock it
    r = stack.call("PUT", "registry", f"{base}/locks/lock", user="admin", json={"id": id, "reason": "admin may"})
    assert r.status_code == 200
    r = stack.call("GET", "registry", f"{base}/locks/locked", params={"id": "10378.1/none"})
    assert r.status_code == 400


def test_access_settings_and_other_users(stack: Stack) -> None:
    base = f"{R}/agent/organisation"
    # the admin owns this one; the researcher is "another user"
    id = ok(stack.call("POST", "registry", f"{base}/create", user="admin", json=ORG("Admins")))["created_item"]["id"]
    assert ok(stack.call("GET", "registry", f"{base}/auth/evaluate", params={"id": id}))["roles"] == ["metadata-read"]
    r = stack.call("PUT", "registry", f"{base}/update", params={"id": id, "reason": "x"}, json=ORG("Mine now"))
    assert r.status_code == 401 and "not authorised to edit" in r.json()["detail"]  # the real registry says 401
    r = stack.call("GET", "registry", f"{base}/auth/configuration", params={"id": id})
    assert r.status_code == 401
    settings = ok(stack.call("GET", "registry", f"{base}/auth/configuration", user="admin", params={"id": id}))
    assert settings == {"owner": "admin", "general": ["metadata-read"], "groups": {}}
    bad = {**settings, "general": ["dataset-data-read"]}  # not a role organisations have
    r = stack.call("PUT", "registry", f"{base}/auth/configuration", user="admin", params={"id": id}, json=bad)
    assert r.status_code == 400 and "Inappropriate roles" in r.json()["detail"]
    r = stack.call("PUT", "registry", f"{base}/auth/configuration", user="admin", params={"id": id},
                   json={**settings, "owner": "researcher"})  # fmt: skip
    assert r.status_code == 400 and "owner" in r.json()["detail"]
    grant = {**settings, "general": ["metadata-read", "metadata-write"]}
    ok(stack.call("PUT", "registry", f"{base}/auth/configuration", user="admin", params={"id": id}, json=grant))
    ok(stack.call("PUT", "registry", f"{base}/update", params={"id": id, "reason": "shared"}, json=ORG("Shared")))
    # hiding it: the researcher can no longer fetch it, and lists skip it
    ok(stack.call("PUT", "registry", f"{base}/auth/configuration", user="admin", params={"id": id},
                  json={**settings, "general": []}))  # fmt: skip
    assert stack.call("GET", "registry", f"{base}/fetch", params={"id": id}).status_code == 401
    listed = ok(stack.call("POST", "registry", f"{base}/list", json={}))
    assert listed["items"] == [] and listed["not_authorised_count"] == 1
    roles = ok(stack.call("GET", "registry", f"{base}/auth/roles"))["roles"]
    assert [r["role_name"] for r in roles] == ["metadata-read", "metadata-write", "admin"]


def test_bad_input_and_unknown_ids(stack: Stack) -> None:
    base = f"{R}/agent/organisation"
    before = len(stack.ctx.state.list("registry.items"))
    r = stack.call("POST", "registry", f"{base}/create", json={"display_name": 3})
    assert r.status_code == 422 and {e["loc"][-1] for e in r.json()["detail"]} >= {"name"}
    assert stack.call("POST", "registry", f"{base}/create", content=b"{not json").status_code == 422
    r = ok(stack.call("GET", "registry", f"{base}/fetch", params={"id": "10378.1/nope"}))
    assert r["status"]["success"] is False and "Could not find" in r["status"]["details"]
    r = stack.call("PUT", "registry", f"{base}/update", params={"id": "10378.1/nope", "reason": "x"}, json=ORG("x"))
    assert r.status_code == 400  # the real lock check fails first
    assert ok(stack.call("GET", "registry", f"{R}/general/fetch", params={"id": "10378.1/nope"}))["item"] is None
    # a workflow template pointing at nothing is rejected with 200 + success false, and nothing is written
    link(stack)
    after_link = len(stack.ctx.state.list("registry.items"))
    r = ok(stack.call("POST", "registry", f"{R}/entity/model_run_workflow/create",
                      json={"display_name": "wf", "software_id": "10378.1/nope"}))  # fmt: skip
    assert r["status"]["success"] is False and "Could not find Software ID" in r["status"]["details"]
    assert len(stack.ctx.state.list("registry.items")) == after_link == before + 1
    # a subtype route refuses items of another subtype
    org = ok(stack.call("POST", "registry", f"{base}/create", json=ORG("Org")))["created_item"]["id"]
    as_person = ok(stack.call("GET", "registry", f"{R}/agent/person/fetch", params={"id": org}))
    assert as_person["status"]["success"] is False
    # person registration needs ethics consent
    v = ok(stack.call("POST", "registry", f"{R}/agent/person/validate", json={**PERSON("P"), "ethics_approved": False}))
    assert v["status"]["success"] is False and "ethics" in v["status"]["details"]


def test_failed_write_leaves_nothing(stack: Stack, monkeypatch: pytest.MonkeyPatch) -> None:
    from provena.local.registry_store import registry_store

    store = registry_store(stack.ctx)
    monkeypatch.setattr(store.index, "upsert", lambda item: (_ for _ in ()).throw(RuntimeError("disk full")))
    with pytest.raises(RuntimeError):
        store.create("ORGANISATION", ORG("Half"), "researcher")
    for ns in ("registry.items", "registry.auth", "registry.locks"):
        assert stack.ctx.state.list(ns) == []


def test_schema_ui_schema_validate(stack: Stack) -> None:
    schema = ok(stack.call("GET", "registry", f"{R}/entity/model/schema"))["json_schema"]
    assert schema["title"] == "ModelDomainInfo" and "documentation_url" in schema["required"]
    assert isinstance(ok(stack.call("GET", "registry", f"{R}/entity/model/ui_schema"))["ui_schema"], dict)
    assert ok(stack.call("POST", "registry", f"{R}/entity/model/validate", json=MODEL("m")))["status"]["success"]


def test_role_levels_and_hidden_routes(stack: Stack) -> None:
    base = f"{R}/agent/organisation"
    id = ok(stack.call("POST", "registry", f"{base}/create", json=ORG("Doomed")))["created_item"]["id"]
    assert stack.call("DELETE", "registry", f"{base}/delete", params={"id": id}).status_code == 401  # as real
    # proxy routes are for service accounts (or registry admins) only
    r = stack.call("GET", "registry", f"{base}/proxy/fetch", params={"id": id, "username": "researcher"})
    assert r.status_code == 401
    r = ok(stack.call("GET", "registry", f"{base}/proxy/fetch", user="admin", params={"id": id, "username": "x"}))
    assert r["item"]["id"] == id
    ok(stack.call("DELETE", "registry", f"{base}/delete", user="admin", params={"id": id}))
    assert ok(stack.call("GET", "registry", f"{base}/fetch", params={"id": id}))["status"]["success"] is False
    assert stack.call("GET", "registry", "/admin/export").status_code == 401
    # Deleting an id that does not exist: the real registry's lock check answers 400 first.
    r = stack.call("DELETE", "registry", f"{base}/delete", user="admin", params={"id": id})
    assert r.status_code == 400 and "are you sure it exists" in r.json()["detail"]


def test_general_list_sort_and_filter(stack: Stack) -> None:
    for n in ("Beta", "Alpha", "Gamma"):
        ok(stack.call("POST", "registry", f"{R}/agent/organisation/create", json=ORG(n)))
    link(stack)  # studies need a linked Person (creates one PERSON item)
    ok(stack.call("POST", "registry", f"{R}/activity/study/seed"))  # seed: filtered out by default
    body = {"sort_by": {"sort_type": "DISPLAY_NAME", "ascending": True}}
    names = [i["display_name"] for i in ok(stack.call("POST", "registry", f"{R}/general/list", json=body))["items"]]
    assert names == ["Alpha", "Beta", "Gamma", "Link"]
    body = {"filter_by": {"item_subtype": "STUDY", "record_type": "ALL"}}
    items = ok(stack.call("POST", "registry", f"{R}/general/list", json=body))["items"]
    assert [i["record_type"] for i in items] == ["SEED_ITEM"]
    bad = {"sort_by": {"sort_type": "RELEASE_TIMESTAMP"}}  # no such index without a reviewer filter
    assert stack.call("POST", "registry", f"{R}/general/list", json=bad).status_code == 400
    # As on DynamoDB, the page limit applies before the record-type filter: the newest item is
    # the seed, so the first one-item page is empty but still has a key to continue from.
    first = ok(stack.call("POST", "registry", f"{R}/general/list", json={"page_size": 1}))
    assert first["items"] == [] and first["pagination_key"]["id"]
    second = ok(stack.call("POST", "registry", f"{R}/general/list",
                           json={"page_size": 1, "pagination_key": first["pagination_key"]}))  # fmt: skip
    assert [i["display_name"] for i in second["items"]] == ["Link"]


def test_datasets_and_model_runs_are_proxy_only(stack: Stack) -> None:
    assert stack.call("POST", "registry", f"{R}/entity/dataset/create", json={}).status_code in (404, 405)
    r = stack.call("POST", "registry", f"{R}/entity/dataset/proxy/seed")
    assert r.status_code == 401  # needs the data-store-api service role
    link(stack)  # the proxied user must be linked, as for every dataset edit
    seeded = ok(stack.call("POST", "registry", f"{R}/entity/dataset/proxy/seed", user="admin",
                           params={"proxy_username": "researcher"}))["seeded_item"]  # fmt: skip
    assert seeded["owner_username"] == "researcher" and seeded["versioning_info"]["version"] == 1
    assert stack.call("POST", "registry", f"{R}/activity/model_run/proxy/seed").status_code == 401
    run = ok(stack.call("POST", "registry", f"{R}/activity/model_run/proxy/seed", user="admin"))["seeded_item"]
    assert run["item_subtype"] == "MODEL_RUN" and run["owner_username"] == "admin"


def test_admin_export_import_round_trip(stack: Stack) -> None:
    ids = [ok(stack.call("POST", "registry", f"{R}/agent/organisation/create", json=ORG(n)))["created_item"]["id"]
           for n in ("One", "Two")]  # fmt: skip
    exported = ok(stack.call("GET", "registry", "/admin/export", user="admin"))["items"]
    assert {b["id"] for b in exported} == set(ids)
    ok(stack.call("DELETE", "registry", f"{R}/general/delete", user="admin", params={"id": ids[0]}))

    def imp(mode: str, trial: bool, items: list[dict[str, Any]] = exported) -> dict[str, Any]:
        return ok(stack.call("POST", "registry", "/admin/import", user="admin",
                             json={"import_mode": mode, "trial_mode": trial, "items": items}))  # fmt: skip

    r = imp("ADD_ONLY", True)
    assert r["status"]["success"] is False and len(r["failure_list"]) == 1  # ids[1] still exists
    r = imp("ADD_OR_OVERWRITE", True)
    assert r["statistics"]["new_entries"] == 1 and r["statistics"]["overwritten_entries"] == 1
    assert ok(stack.call("GET", "registry", f"{R}/general/fetch", params={"id": ids[0]}))["item"] is None
    r = imp("ADD_OR_OVERWRITE", False)
    assert r["status"]["success"] and r["trial_mode"] is False
    restored = ok(stack.call("GET", "registry", f"{R}/agent/organisation/fetch", params={"id": ids[0]}))["item"]
    assert restored["display_name"] == "One"
    broken = [{**exported[0], "item_payload": {"id": "x"}}]
    r = imp("ADD_OR_OVERWRITE", False, broken)
    assert r["status"]["success"] is False and "Record Info" in r["failure_list"][0][0]
    r = imp("SYNC_DELETION_ALLOWED", True, exported[:1])
    assert r["status"]["success"] is False  # deletion not explicitly allowed
