"""AuthClient (the documented L2 methods) and its `admin` sub-client, recorded."""

from __future__ import annotations

import json
from typing import Any

import pytest

from . import _data

GROUP = {"id": "reef-team", "display_name": "Reef team", "description": "Reef modellers"}
MEMBER = {"username": "researcher", "email": "researcher@example.org"}


@pytest.fixture
def auth_api(make: Any) -> Any:
    from provena.clients import AuthClient

    return make(AuthClient)


@pytest.fixture
def auth_admin(make: Any, local_only: None) -> Any:
    from provena.clients import AuthAdminSubClient

    return make(AuthAdminSubClient, admin=True)


def _desired(report: Any, role: str) -> dict[str, Any]:
    desired = json.loads(json.dumps(report.to_dict()))
    for component in desired["components"]:
        for r in component["component_roles"]:
            if r["role_name"] == role:
                r["access_granted"] = True
    return desired


async def test_get_health_check(auth_api: Any) -> None:
    assert await auth_api.get_health_check() == {"message": "Health check successful."}


async def test_get_user_generate_access_report(auth_api: Any) -> None:
    report = (await auth_api.get_user_generate_access_report()).report
    granted = {r.role_name: r.access_granted for c in report.components for r in c.component_roles}
    assert granted["entity-registry-write"] is True
    assert granted["entity-registry-admin"] is False


async def test_access_request_lifecycle(auth_api: Any, auth_admin: Any) -> None:
    """User request -> admin views, note, state change, delete (L2 user + admin request methods)."""
    report = (await auth_api.get_user_generate_access_report()).report
    changed = await auth_api.post_user_request_change(_desired(report, "entity-registry-admin"), send_email=False)
    assert changed.status.success is True
    (pending,) = (await auth_api.get_user_pending_request_history()).items
    assert pending.username == "researcher" and pending.status.value == "PENDING_APPROVAL"
    assert [i.request_id for i in (await auth_api.get_user_request_history()).items] == [pending.request_id]
    key = {"username": "researcher", "request_id": pending.request_id}
    assert [i.request_id for i in (await auth_admin.get_all_pending_request_history()).items] == [
        pending.request_id
    ]
    assert pending.request_id in [i.request_id for i in (await auth_admin.get_all_request_history()).items]
    assert [i.request_id for i in (await auth_admin.get_user_request_history("researcher")).items] == [
        pending.request_id
    ]
    assert (await auth_admin.get_user_pending_request_history("admin")).items == []
    assert (await auth_admin.post_add_note({**key, "note": "looking"})).success is True
    change = {**key, "desired_state": "APPROVED_PENDING_ACTION", "additional_note": "ok"}
    state = await auth_admin.post_change_request_state(True, change)
    assert state.state_change.success and state.email_alert.success
    (updated,) = (await auth_api.get_user_request_history()).items
    assert updated.status.value == "APPROVED_PENDING_ACTION" and updated.notes == "looking,ok"
    assert (await auth_admin.post_delete_request(key)).success is True
    assert (await auth_api.get_user_request_history()).items == []


async def test_groups(auth_api: Any, auth_admin: Any) -> None:
    """Admin group management and the user views of groups."""
    added = await auth_admin.post_add_group(GROUP)
    assert added.status.success
    await auth_admin.post_groups_add_member("reef-team", MEMBER)
    await auth_admin.post_groups_add_member("reef-team", {"username": "bob"})
    assert [g.id for g in (await auth_api.get_list_groups()).groups] == ["reef-team"]
    assert (await auth_api.get_describe_group("reef-team")).group.display_name == "Reef team"
    assert [g.id for g in (await auth_api.get_list_membership()).groups] == ["reef-team"]
    members = (await auth_api.get_list_group_members("reef-team")).group.users
    assert [m.username for m in members] == ["researcher", "bob"]
    assert (await auth_api.get_check_membership("reef-team")).is_member is True
    assert [g.id for g in (await auth_admin.get_list_groups()).groups] == ["reef-team"]
    assert (await auth_admin.get_describe_group("reef-team")).group.id == "reef-team"
    assert len((await auth_admin.get_list_members("reef-team")).group.users) == 2
    assert [g.id for g in (await auth_admin.get_list_group_membership("bob")).groups] == ["reef-team"]
    assert (await auth_admin.get_check_user_membership("admin", "reef-team")).is_member is False
    updated = await auth_admin.put_update_group({**GROUP, "description": "Reef and coral modellers"})
    assert updated.status.success
    assert (await auth_admin.get_describe_group("reef-team")).group.description == "Reef and coral modellers"
    await auth_admin.delete_remove_member("reef-team", "bob")
    await auth_admin.post_remove_members({"group_id": "reef-team", "member_usernames": ["researcher"]})
    assert (await auth_admin.get_list_members("reef-team")).group.users == []
    exported = await auth_admin.get_export_groups()
    items = [g.to_dict() for g in exported.items]
    assert [g["id"] for g in items] == ["reef-team"]
    removed = await auth_admin.delete_remove_group("reef-team")
    assert removed.status.success
    assert (await auth_admin.get_list_groups()).groups == []
    imported = await auth_admin.post_import_groups({"import_mode": "ADD_ONLY", "trial_mode": False,
                                                    "items": items})  # fmt: skip
    assert imported.status.success and imported.statistics is not None
    assert [g.id for g in (await auth_admin.get_list_groups()).groups] == ["reef-team"]
    await auth_admin.delete_remove_group("reef-team")
    assert (await auth_admin.get_list_groups()).groups == []


async def test_groups_restore_from_table(auth_admin: Any) -> None:
    from provena import BadRequestError

    with pytest.raises(BadRequestError, match="no groups table named 'groups-snapshot-missing'"):
        await auth_admin.post_restore_groups_from_table("groups-snapshot-missing",
                                                        {"import_mode": "ADD_ONLY", "trial_mode": True})


async def test_user_links(auth_api: Any, auth_admin: Any, client: Any) -> None:
    """Admin clears the researcher's link; the researcher validates and assigns a Person; lookups agree."""
    await auth_admin.delete_clear_link("researcher")
    assert (await auth_api.get_link_lookup_username()).person_id is None
    person = await _data.create(client, "person", _data.PERSON)
    valid = await auth_api.post_link_validate({"person_id": person})
    assert valid.status.success is True
    assigned = await auth_api.post_link_assign({"person_id": person})
    assert type(assigned).__name__ == "UserLinkUserAssignResponse"
    assert (await auth_api.get_link_lookup_username()).person_id == person
    assert (await auth_api.get_link_lookup_username("researcher")).person_id == person
    assert (await auth_admin.get_link_lookup_username("researcher")).person_id == person
    reverse = await auth_admin.get_link_reverse_lookup_username(person)
    assert reverse.usernames == ["researcher"]
    other = await _data.create(client, "person", {**_data.PERSON, "first_name": "Bea", "display_name": "Bea M"})
    forced = await auth_admin.post_link_assign({"username": "researcher", "person_id": other, "force": True})
    assert type(forced).__name__ == "AdminLinkUserAssignResponse"
    assert (await auth_api.get_link_lookup_username()).person_id == other


async def test_generate_config_file(auth_admin: Any) -> None:
    text = await auth_admin.generate_config_file(required_only=True)
    settings = dict(line.split("=", 1) for line in text.splitlines())  # .env text, as the real services answer
    assert settings["service"] == "auth" and set(settings) == {"service", "stack_version"}
