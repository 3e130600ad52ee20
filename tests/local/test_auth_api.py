"""The local auth API: access requests, groups (with import/export/restore) and user links."""

from __future__ import annotations

import json
from typing import Any

import jwt
import pytest

from provena.local.security import ROLE_REFUSAL
from provena.local.services.auth_routes.groups import ACTIVE_TABLE, snapshot_groups_table

from .conftest import Stack


def _auth(stack: Stack, method: str, path: str, user: str | None = "researcher", **kw: Any) -> Any:
    return stack.call(method, "auth", path, user=user, **kw)


def _ok(stack: Stack, method: str, path: str, user: str = "researcher", **kw: Any) -> Any:
    r = _auth(stack, method, path, user=user, **kw)
    assert r.status_code == 200, f"{method} {path}: {r.status_code} {r.text}"
    return r.json()


def test_every_admin_route_refuses_a_regular_user(stack: Stack) -> None:
    # Taken from the served document, so a new admin route cannot slip past this test.
    paths = stack.client.get(stack.url("auth", "/openapi.json")).json()["paths"]
    admin_ops = [(m.upper(), p) for p, ops in paths.items() if "/admin/" in p for m in ops]
    assert len(admin_ops) == 27  # as in the real document
    # Regular users hold sys-admin-read, which is all the link lookups need (as in the real routes).
    readable = {("GET", "/link/admin/lookup"), ("GET", "/link/admin/reverse_lookup")}
    for method, path in admin_ops:
        r = _auth(stack, method, path)
        if (method, path) in readable:
            assert r.status_code != 401, (method, path, r.text)
        else:  # the real services' 401 for a lacking role, not 403
            assert r.status_code == 401 and r.json() == {"detail": ROLE_REFUSAL}, (method, path, r.text)
        assert _auth(stack, method, path, user=None).status_code == 401


def test_link_admin_routes_need_sys_admin_read_or_write(stack: Stack) -> None:
    claims = jwt.decode(stack.tokens["admin"], options={"verify_signature": False})
    claims["realm_access"]["roles"] = ["sys-admin-write"]  # write only: may assign and clear, not look up
    writer = {"Authorization": f"Bearer {stack.ctx.realm._sign(claims)}"}
    claims["realm_access"]["roles"] = ["sys-admin-read"]
    reader = {"Authorization": f"Bearer {stack.ctx.realm._sign(claims)}"}
    kw: dict[str, Any]
    lookup = ("GET", "/link/admin/lookup", {"params": {"username": "nobody"}})
    reverse = ("GET", "/link/admin/reverse_lookup", {"params": {"person_id": "10378.1/1"}})
    clear = ("DELETE", "/link/admin/clear", {"params": {"username": "nobody"}})
    assign = ("POST", "/link/admin/assign", {"json": {"username": "nobody", "person_id": "10378.1/1",
                                                     "validate_item": False}})  # fmt: skip
    for method, path, kw in (lookup, reverse):
        assert _auth(stack, method, path, user=None, headers=reader, **kw).status_code == 200
        assert _auth(stack, method, path, user=None, headers=writer, **kw).json() == {"detail": ROLE_REFUSAL}
    for method, path, kw in (assign, clear):
        assert _auth(stack, method, path, user=None, headers=reader, **kw).json() == {"detail": ROLE_REFUSAL}
        assert _auth(stack, method, path, user=None, headers=writer, **kw).status_code == 200


# -- access requests ------------------------------------------------------------------------
def _desired(report: dict[str, Any], role: str) -> dict[str, Any]:
    """The report with ``role`` flipped to granted."""
    desired = json.loads(json.dumps(report))
    for component in desired["components"]:
        for r in component["component_roles"]:
            if r["role_name"] == role:
                r["access_granted"] = True
    return desired


def test_access_request_flow(stack: Stack) -> None:
    report = _ok(stack, "GET", "/access-control/user/generate-access-report")["report"]
    granted = {
        r["role_name"]: r["access_granted"] for c in report["components"] for r in c["component_roles"]
    }
    assert granted["entity-registry-write"] is True and granted["entity-registry-admin"] is False

    # No difference: refused without writing anything.
    same = _ok(stack, "POST", "/access-control/user/request-change", json=report)
    assert same["status"]["success"] is False
    # An unknown role is the caller's mistake.
    bad = _desired(report, "x")
    bad["components"][0]["component_roles"][0]["role_name"] = "no-such-role"
    assert _auth(stack, "POST", "/access-control/user/request-change", json=bad).status_code == 400
    assert (
        _auth(stack, "POST", "/access-control/user/request-change", json={"components": "x"}).status_code
        == 422
    )
    assert _ok(stack, "GET", "/access-control/user/request-history") == {"items": []}

    desired = _desired(report, "entity-registry-admin")
    assert (
        _ok(stack, "POST", "/access-control/user/request-change", json=desired)["status"]["success"] is True
    )
    # A second request while one is pending is refused.
    again = _ok(
        stack, "POST", "/access-control/user/request-change", params={"send_email": False}, json=desired
    )
    assert again["status"]["success"] is False and "pending" in again["status"]["details"]

    (item,) = _ok(stack, "GET", "/access-control/user/pending-request-history")["items"]
    assert item["status"] == "PENDING_APPROVAL" and item["username"] == "researcher"
    diff = json.loads(item["request_diff_contents"])
    assert [r["role_name"] for c in diff["components"] for r in c["component_roles"]] == [
        "entity-registry-admin"
    ]

    # Admin views.
    assert _ok(stack, "GET", "/access-control/admin/all-pending-request-history", user="admin")["items"] == [
        item
    ]
    assert _ok(stack, "GET", "/access-control/admin/all-request-history", user="admin")["items"] == [item]
    assert _ok(stack, "GET", "/access-control/admin/user-request-history", user="admin",
               params={"username": "researcher"})["items"] == [item]  # fmt: skip
    assert _ok(stack, "GET", "/access-control/admin/user-pending-request-history", user="admin",
               params={"username": "admin"})["items"] == []  # fmt: skip

    key = {"username": "researcher", "request_id": item["request_id"]}
    assert _ok(
        stack, "POST", "/access-control/admin/add-note", user="admin", json={**key, "note": "looking"}
    )["success"]
    missing = _ok(stack, "POST", "/access-control/admin/add-note", user="admin",
                  json={**key, "request_id": 1, "note": "x"})  # fmt: skip
    assert missing["success"] is False

    change = {**key, "desired_state": "APPROVED_PENDING_ACTION", "additional_note": "ok"}
    res = _ok(stack, "POST", "/access-control/admin/change-request-state", user="admin",
              params={"send_email_alert": True}, json=change)  # fmt: skip
    assert res["state_change"]["success"] and res["email_alert"]["success"]
    res = _ok(stack, "POST", "/access-control/admin/change-request-state", user="admin", json=change)
    assert "already matching" in res["state_change"]["details"]
    assert _auth(stack, "POST", "/access-control/admin/change-request-state", user="admin",
                 json={**change, "desired_state": "MAYBE"}).status_code == 422  # fmt: skip

    (updated,) = _ok(stack, "GET", "/access-control/user/request-history")["items"]
    assert updated["status"] == "APPROVED_PENDING_ACTION" and updated["notes"] == "looking,ok"
    assert updated["ui_friendly_status"] == "request approved, action underway"
    assert _ok(stack, "GET", "/access-control/user/pending-request-history") == {"items": []}

    assert _ok(stack, "POST", "/access-control/admin/delete-request", user="admin", json=key)["success"]
    assert _ok(stack, "GET", "/access-control/admin/all-request-history", user="admin") == {"items": []}


# -- groups ---------------------------------------------------------------------------------
GROUP = {"id": "g1", "display_name": "Group one", "description": "first"}


def test_group_admin_and_user_views(stack: Stack) -> None:
    assert _ok(stack, "POST", "/groups/admin/add_group", user="admin", json=GROUP)["status"]["success"]
    r = _auth(stack, "POST", "/groups/admin/add_group", user="admin", json=GROUP)
    assert r.status_code == 400 and "existing group" in r.json()["detail"]
    assert _auth(stack, "POST", "/groups/admin/add_group", user="admin", json={"id": "g2"}).status_code == 422

    member = {"username": "researcher", "email": "researcher@example.org"}
    _ok(stack, "POST", "/groups/admin/add_member", user="admin", params={"group_id": "g1"}, json=member)
    _ok(
        stack,
        "POST",
        "/groups/admin/add_member",
        user="admin",
        params={"group_id": "g1"},
        json={"username": "bob"},
    )
    r = _auth(stack, "POST", "/groups/admin/add_member", user="admin", params={"group_id": "g1"}, json=member)
    assert r.status_code == 400 and "already a member" in r.json()["detail"]
    r = _auth(
        stack, "POST", "/groups/admin/add_member", user="admin", params={"group_id": "nope"}, json=member
    )
    assert r.status_code == 400

    # User views.
    groups = _ok(stack, "GET", "/groups/user/list_groups")["groups"]
    assert groups == [{**GROUP, "default_data_store_access": None}]
    assert (
        _ok(stack, "GET", "/groups/user/describe_group", params={"id": "g1"})["group"]["display_name"]
        == "Group one"
    )
    assert _ok(stack, "GET", "/groups/user/describe_group", params={"id": "zz"})["status"]["success"] is False
    assert [g["id"] for g in _ok(stack, "GET", "/groups/user/list_user_membership")["groups"]] == ["g1"]
    assert _ok(stack, "GET", "/groups/user/check_membership", params={"group_id": "g1"})["is_member"] is True
    members = _ok(stack, "GET", "/groups/user/list_members", params={"id": "g1"})["group"]["users"]
    assert [m["username"] for m in members] == ["researcher", "bob"]
    # The admin is no member, so the user view of members is closed to them.
    closed = _ok(stack, "GET", "/groups/user/list_members", user="admin", params={"id": "g1"})
    assert closed["status"]["success"] is False and closed.get("group") is None

    # Admin views.
    assert _ok(stack, "GET", "/groups/admin/list_groups", user="admin")["groups"][0]["id"] == "g1"
    assert (
        _ok(stack, "GET", "/groups/admin/describe_group", user="admin", params={"id": "g1"})["group"]["id"]
        == "g1"
    )
    assert (
        len(
            _ok(stack, "GET", "/groups/admin/list_members", user="admin", params={"id": "g1"})["group"][
                "users"
            ]
        )
        == 2
    )
    assert _ok(stack, "GET", "/groups/admin/list_user_membership", user="admin",
               params={"username": "bob"})["groups"][0]["id"] == "g1"  # fmt: skip
    check = _ok(stack, "GET", "/groups/admin/check_membership", user="admin",
                params={"group_id": "g1", "username": "admin"})  # fmt: skip
    assert check["is_member"] is False
    assert _auth(stack, "GET", "/groups/admin/check_membership", user="admin",
                 params={"group_id": "g1"}).status_code == 422  # fmt: skip

    # Update keeps the members.
    update = {**GROUP, "display_name": "Renamed", "default_data_store_access": ["metadata-read"]}
    _ok(stack, "PUT", "/groups/admin/update_group", user="admin", json=update)
    group = _ok(stack, "GET", "/groups/admin/list_members", user="admin", params={"id": "g1"})["group"]
    assert group["display_name"] == "Renamed" and len(group["users"]) == 2
    assert (
        _auth(stack, "PUT", "/groups/admin/update_group", user="admin", json={**GROUP, "id": "x"}).status_code
        == 400
    )

    # Removing several members is all or nothing.
    r = _auth(stack, "POST", "/groups/admin/remove_members", user="admin",
              json={"group_id": "g1", "member_usernames": ["bob", "carol"]})  # fmt: skip
    assert r.status_code == 400 and "No users removed" in r.json()["detail"]
    assert (
        len(
            _ok(stack, "GET", "/groups/admin/list_members", user="admin", params={"id": "g1"})["group"][
                "users"
            ]
        )
        == 2
    )
    _ok(
        stack,
        "POST",
        "/groups/admin/remove_members",
        user="admin",
        json={"group_id": "g1", "member_usernames": ["bob"]},
    )
    _ok(
        stack,
        "DELETE",
        "/groups/admin/remove_member",
        user="admin",
        params={"group_id": "g1", "username": "researcher"},
    )
    r = _auth(stack, "DELETE", "/groups/admin/remove_member", user="admin",
              params={"group_id": "g1", "username": "researcher"})  # fmt: skip
    assert r.status_code == 400
    assert _ok(stack, "GET", "/groups/user/check_membership", params={"group_id": "g1"})["is_member"] is False

    _ok(stack, "DELETE", "/groups/admin/remove_group", user="admin", params={"id": "g1"})
    assert (
        _auth(stack, "DELETE", "/groups/admin/remove_group", user="admin", params={"id": "g1"}).status_code
        == 400
    )
    assert _ok(stack, "GET", "/groups/user/list_groups")["groups"] == []


def _import(stack: Stack, items: list[dict[str, Any]], mode: str, **settings: Any) -> dict[str, Any]:
    body = {"items": items, "import_mode": mode, **settings}
    result: dict[str, Any] = _ok(stack, "POST", "/groups/admin/import", user="admin", json=body)
    return result


def test_groups_export_import_round_trip(stack: Stack) -> None:
    for i in (1, 2):
        _ok(stack, "POST", "/groups/admin/add_group", user="admin", json={**GROUP, "id": f"g{i}"})
    _ok(
        stack,
        "POST",
        "/groups/admin/add_member",
        user="admin",
        params={"group_id": "g1"},
        json={"username": "bob"},
    )
    exported = _ok(stack, "GET", "/groups/admin/export", user="admin")
    items = exported["items"]
    assert [i["id"] for i in items] == ["g1", "g2"] and items[0]["users"] == [{"username": "bob"}]

    # A parse failure is reported per item as a (message, item) pair and nothing is written.
    broken = {"id": "g3", "display_name": "no description", "users": []}
    res = _import(stack, [*items, broken], "ADD_OR_OVERWRITE", trial_mode=False)
    assert res["status"]["success"] is False
    ((message, item),) = res["failure_list"]
    assert "Could not parse item as valid group" in message and item == broken
    assert len(_ok(stack, "GET", "/groups/admin/export", user="admin")["items"]) == 2

    # ADD_ONLY with existing ids: a mode failure, listing the clashes.
    res = _import(stack, items, "ADD_ONLY")
    assert sorted(m for m, _ in res["failure_list"]) == [
        "Overlapping item on add only mode g1", "Overlapping item on add only mode g2"]  # fmt: skip

    # Wipe, then restore from the export (trial first: reports but writes nothing).
    _ok(stack, "DELETE", "/groups/admin/remove_group", user="admin", params={"id": "g1"})
    _ok(stack, "DELETE", "/groups/admin/remove_group", user="admin", params={"id": "g2"})
    trial = _import(stack, items, "ADD_ONLY")
    assert trial["trial_mode"] is True and trial["status"]["details"].startswith("TRIAL: ")
    assert trial["statistics"] == {"old_size": 0, "new_size": 2, "deleted_entries": 0,
                                   "overwritten_entries": 0, "new_entries": 2}  # fmt: skip
    assert _ok(stack, "GET", "/groups/admin/export", user="admin")["items"] == []
    done = _import(stack, items, "ADD_ONLY", trial_mode=False)
    assert done["status"]["success"] and done["trial_mode"] is False
    assert _ok(stack, "GET", "/groups/admin/export", user="admin")["items"] == items
    assert (
        _ok(stack, "GET", "/groups/user/check_membership", user="admin", params={"group_id": "g1"})[
            "is_member"
        ]
        is False
    )

    # Sync with deletion needs the explicit flag.
    res = _import(stack, items[:1], "SYNC_DELETION_ALLOWED", trial_mode=False)
    assert (
        res["status"]["success"] is False and "deletion not explicitly enabled" in res["failure_list"][0][0]
    )
    res = _import(stack, items[:1], "SYNC_DELETION_ALLOWED", trial_mode=False, allow_entry_deletion=True)
    assert res["statistics"]["deleted_entries"] == 1
    assert [i["id"] for i in _ok(stack, "GET", "/groups/admin/export", user="admin")["items"]] == ["g1"]

    # Unparsed imports still need the table key.
    res = _import(stack, [{"display_name": "x"}], "ADD_OR_OVERWRITE", parse_items=False)
    assert res["failure_list"][0][1] == {"display_name": "x"}


def test_restore_from_table(stack: Stack) -> None:
    _ok(stack, "POST", "/groups/admin/add_group", user="admin", json=GROUP)
    assert snapshot_groups_table(stack.ctx, "backup-1") == 1
    _ok(stack, "DELETE", "/groups/admin/remove_group", user="admin", params={"id": "g1"})

    same = _ok(stack, "POST", "/groups/admin/restore_from_table", user="admin",
               params={"table_name": ACTIVE_TABLE}, json={"import_mode": "ADD_ONLY"})  # fmt: skip
    assert same["status"]["success"] is False
    r = _auth(stack, "POST", "/groups/admin/restore_from_table", user="admin",
              params={"table_name": "nope"}, json={"import_mode": "ADD_ONLY"})  # fmt: skip
    assert r.status_code == 400
    settings = {"import_mode": "ADD_ONLY", "trial_mode": False}
    res = _ok(stack, "POST", "/groups/admin/restore_from_table", user="admin",
              params={"table_name": "backup-1"}, json=settings)  # fmt: skip
    assert res["statistics"]["new_entries"] == 1
    assert _ok(stack, "GET", "/groups/user/describe_group", params={"id": "g1"})["group"]["id"] == "g1"


# -- user links -----------------------------------------------------------------------------
def _person(stack: Stack, owner: str) -> str:
    from provena.local.registry_store import registry_store

    item = registry_store(stack.ctx).create(
        "PERSON",
        {
            "display_name": f"{owner} person",
            "email": f"{owner}@example.org",
            "first_name": owner,
            "last_name": "Example",
            "ethics_approved": True,
        },
        owner,
    )
    return str(item["id"])


def _organisation(stack: Stack, owner: str) -> str:
    from provena.local.registry_store import registry_store

    item = registry_store(stack.ctx).create(
        "ORGANISATION", {"display_name": "Org", "name": "Org", "ror": "https://ror.org/03qn8fb07"}, owner
    )
    return str(item["id"])


def test_user_links(stack: Stack) -> None:
    pytest.importorskip("provena.local.registry_store", reason="the registry store is not built yet")
    mine, theirs, org = (
        _person(stack, "researcher"),
        _person(stack, "admin"),
        _organisation(stack, "researcher"),
    )

    assert _ok(stack, "GET", "/link/user/lookup") == {"person_id": None, "success": False}
    # Validation: unknown id and wrong subtype are 400; someone else's Person is a failed status.
    assert _auth(stack, "POST", "/link/user/validate", json={"person_id": "10378.1/404"}).status_code == 400
    r = _auth(stack, "POST", "/link/user/validate", json={"person_id": org})
    assert r.status_code == 400 and "not a PERSON" in r.json()["detail"]
    assert _ok(stack, "POST", "/link/user/validate", json={"person_id": theirs})["status"]["success"] is False
    assert _ok(stack, "POST", "/link/user/validate", json={"person_id": mine})["status"]["success"] is True
    assert _auth(stack, "POST", "/link/user/assign", json={"person_id": ""}).status_code == 422

    r = _auth(stack, "POST", "/link/user/assign", json={"person_id": theirs})
    assert r.status_code == 401 and "do not own" in r.json()["detail"]
    assert _ok(stack, "POST", "/link/user/assign", json={"person_id": mine}) == {}
    assert _ok(stack, "GET", "/link/user/lookup") == {"person_id": mine, "success": True}
    # No self-service re-assignment.
    r = _auth(stack, "POST", "/link/user/assign", json={"person_id": mine})
    assert r.status_code == 400 and "already has a person ID" in r.json()["detail"]
    assert _ok(stack, "POST", "/link/user/validate", json={"person_id": mine})["status"]["success"] is False

    # Admin side.
    assert (
        _ok(stack, "GET", "/link/admin/lookup", user="admin", params={"username": "researcher"})["person_id"]
        == mine
    )
    assert _ok(stack, "GET", "/link/admin/reverse_lookup", user="admin", params={"person_id": mine}) == {
        "usernames": ["researcher"]}  # fmt: skip
    body = {"username": "researcher", "person_id": theirs}
    assert _auth(stack, "POST", "/link/admin/assign", user="admin", json=body).status_code == 400
    assert _auth(stack, "POST", "/link/admin/assign", user="admin",
                 json={**body, "person_id": org, "force": True}).status_code == 400  # fmt: skip
    _ok(stack, "POST", "/link/admin/assign", user="admin", json={**body, "force": True})
    assert _ok(stack, "GET", "/link/user/lookup")["person_id"] == theirs
    assert _ok(stack, "GET", "/link/admin/reverse_lookup", user="admin", params={"person_id": mine}) == {
        "usernames": []
    }
    # validate_item=false skips the registry check (admin override).
    _ok(stack, "POST", "/link/admin/assign", user="admin",
        json={"username": "ghost", "person_id": "10378.1/404", "validate_item": False})  # fmt: skip
    assert _ok(stack, "GET", "/link/user/lookup", params={"username": "ghost"})["person_id"] == "10378.1/404"

    _ok(stack, "DELETE", "/link/admin/clear", user="admin", params={"username": "researcher"})
    _ok(stack, "DELETE", "/link/admin/clear", user="admin", params={"username": "researcher"})  # idempotent
    assert (
        _ok(stack, "GET", "/link/admin/lookup", user="admin", params={"username": "researcher"})["success"]
        is False
    )
    assert _ok(stack, "POST", "/link/user/assign", json={"person_id": mine}) == {}
