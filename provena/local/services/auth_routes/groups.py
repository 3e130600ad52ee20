"""User groups: admin management, user views, and the table import/export/restore tools.

Groups are stored as ``UserGroup`` documents keyed by group id (the real service's DynamoDB
table). Imports keep the items as supplied, as the real service does; entries that no longer
parse as groups (imported with ``parse_items=false``) are skipped by listings, not fatal.

``restore_from_table`` copies from another *table*: locally a named snapshot made with
``snapshot_groups_table(ctx, name)`` (the counterpart of a DynamoDB point-in-time restore).
"""

import logging
from collections.abc import Callable
from enum import Enum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException
from ProvenaInterfaces.AuthAPI import (
    AddGroupResponse,
    AddMemberResponse,
    CheckMembershipResponse,
    DescribeGroupResponse,
    GroupsExportResponse,
    GroupsImportRequest,
    GroupsImportResponse,
    GroupsImportStatistics,
    GroupsRestoreRequest,
    GroupUser,
    ListGroupsResponse,
    ListMembersResponse,
    ListUserMembershipResponse,
    RemoveGroupResponse,
    RemoveMemberResponse,
    RemoveMembersRequest,
    UpdateGroupResponse,
    UserGroup,
    UserGroupMetadata,
)
from ProvenaInterfaces.SharedTypes import ImportMode, Status
from pydantic import ValidationError

from ...context import StackContext
from ...security import User
from ...state import State

log = logging.getLogger("provena.local.auth")

NS = "auth.groups"
# The name the active table answers to (restore refuses to restore it onto itself).
ACTIVE_TABLE = "provena-local-user-groups"
_TABLES_NS = "auth.groups.tables"  # names of snapshot tables that exist

Failure = tuple[str, dict[str, Any]]


def _table_ns(name: str) -> str:
    return f"auth.groups.table:{name}"


def snapshot_groups_table(ctx: StackContext, table_name: str) -> int:
    """Copy the active groups table into a named table (for restore); returns the item count."""
    if table_name == ACTIVE_TABLE:
        raise ValueError("the snapshot table must differ from the active groups table")
    state = ctx.state
    with state.transaction():
        state.clear(_table_ns(table_name))
        items = state.list(NS)
        for item in items:
            state.put(_table_ns(table_name), str(item["id"]), item)
        state.put(_TABLES_NS, table_name, {"name": table_name})
    return len(items)


class GroupTable:
    def __init__(self, state: State) -> None:
        self.state = state

    def raw(self) -> list[dict[str, Any]]:
        return self.state.list(NS)

    def groups(self) -> list[UserGroup]:
        out = []
        for item in self.raw():
            try:
                out.append(UserGroup.model_validate(item))
            except ValidationError:
                log.warning("groups table entry %r does not parse as a group; skipped", item.get("id"))
        return out

    def get(self, id: str) -> UserGroup | None:
        item = self.state.get(NS, id)
        if item is None:
            return None
        try:
            return UserGroup.model_validate(item)
        except ValidationError:
            raise HTTPException(
                409,
                detail=f"The stored entry of group {id} does not parse as a group (it was imported with "
                "parse_items=false); re-import it with valid contents or remove it.",
            ) from None

    def group_ids_of(self, username: str) -> list[str]:
        """Ids of the groups ``username`` belongs to (the registry's group-based access uses this)."""
        return [g.id for g in self.groups() if username in {u.username for u in g.users}]

    def write(self, group: UserGroup) -> None:
        self.state.put(NS, group.id, group.model_dump(mode="json", exclude_none=True))


def _metadata(group: UserGroup) -> UserGroupMetadata:
    return UserGroupMetadata.model_validate(group.model_dump(exclude={"users"}))


def _membership(table: GroupTable, group_id: str, username: str) -> CheckMembershipResponse:
    group = table.get(group_id)
    if group is None:
        return CheckMembershipResponse(
            status=Status(success=False, details=f"No group with id {group_id} was found.")
        )
    return CheckMembershipResponse(
        status=Status(success=True, details="Group was found and membership determined."),
        is_member=username in {u.username for u in group.users},
    )


def _user_groups(table: GroupTable, username: str) -> ListUserMembershipResponse:
    groups = [_metadata(g) for g in table.groups() if username in {u.username for u in g.users}]
    return ListUserMembershipResponse(
        status=Status(success=True, details=f"Member is part of {len(groups)} groups as listed."),
        groups=groups,
    )


def _list_groups(table: GroupTable) -> ListGroupsResponse:
    groups = [_metadata(g) for g in table.groups()]
    return ListGroupsResponse(
        status=Status(success=True, details=f"Retrieved {len(groups)} groups successfully"), groups=groups
    )


def _describe(table: GroupTable, id: str) -> DescribeGroupResponse:
    group = table.get(id)
    if group is None:
        return DescribeGroupResponse(
            status=Status(success=False, details=f"No group with id {id} was found.")
        )
    return DescribeGroupResponse(
        status=Status(success=True, details="Group metadata retrieved."), group=_metadata(group)
    )


# -- import modes: (validate, statistics, deletes missing entries) ---------------------------
Ids = set[str]
Items = dict[str, dict[str, Any]]


def _no_errors(old: Items, new: Items, allow_deletion: bool) -> list[Failure]:
    return []


def _v_add_only(old: Items, new: Items, allow_deletion: bool) -> list[Failure]:
    return [(f"Overlapping item on add only mode {k}", new[k]) for k in sorted(old.keys() & new.keys())]


def _v_overwrite_only(old: Items, new: Items, allow_deletion: bool) -> list[Failure]:
    return [(f"Item {k} does not already exist", new[k]) for k in sorted(new.keys() - old.keys())]


def _v_sync(old: Items, new: Items, allow_deletion: bool) -> list[Failure]:
    return [
        (f"Item {k} currently exists but not provided in update", old[k])
        for k in sorted(old.keys() - new.keys())
    ]


def _v_sync_delete(old: Items, new: Items, allow_deletion: bool) -> list[Failure]:
    if allow_deletion:
        return []
    return [
        (f"Item {k} will be deleted but deletion not explicitly enabled", old[k])
        for k in sorted(old.keys() - new.keys())
    ]


def _stats(old: Ids, new: Ids, *, deleting: bool = False) -> GroupsImportStatistics:
    return GroupsImportStatistics(
        old_size=len(old),
        new_size=len(new) if deleting else len(old | new),
        deleted_entries=len(old - new) if deleting else 0,
        overwritten_entries=len(old & new),
        new_entries=len(new - old),
    )


Validator = Callable[[Items, Items, bool], list[Failure]]
MODES: dict[ImportMode, tuple[Validator, bool]] = {
    ImportMode.ADD_ONLY: (_v_add_only, False),
    ImportMode.ADD_OR_OVERWRITE: (_no_errors, False),
    ImportMode.OVERWRITE_ONLY: (_v_overwrite_only, False),
    ImportMode.SYNC_ADD_OR_OVERWRITE: (_v_sync, False),
    ImportMode.SYNC_DELETION_ALLOWED: (_v_sync_delete, True),
}
assert set(MODES) == set(ImportMode)


def run_import(state: State, request: GroupsImportRequest) -> GroupsImportResponse:
    """Validate every item first, then write all changes in one transaction (or none in trial mode)."""
    trial = request.trial_mode
    # Every item needs a string id (the table key); the real service fails with a 500 here.
    failures: list[Failure] = []
    for item in request.items:
        if request.parse_items:
            try:
                UserGroup.model_validate(item)
            except ValidationError as e:
                failures.append((f"Could not parse item as valid group, exception: {e}", item))
        elif not isinstance(item.get("id"), str) or not item["id"]:
            failures.append(("Item has no string 'id' field, which is the groups table key", item))
    if failures:
        return GroupsImportResponse(
            status=Status(
                success=False,
                details=f"There were {len(failures)} items with parsing issues! See failure list.",
            ),
            trial_mode=trial,
            failure_list=failures,
        )
    new: Items = {item["id"]: item for item in request.items}
    with state.transaction():
        old: Items = {str(item["id"]): item for item in state.list(NS)}
        validate, deleting = MODES[request.import_mode]
        failures = validate(old, new, request.allow_entry_deletion)
        if failures:
            return GroupsImportResponse(
                status=Status(
                    success=False,
                    details="There were errors during validation of the import mode, see the failure list.",
                ),
                trial_mode=trial,
                failure_list=failures,
            )
        stats = _stats(set(old), set(new), deleting=deleting)
        if request.import_mode == ImportMode.ADD_ONLY:
            # The real service reports old + new here (the sets are disjoint once validated).
            stats.new_size = len(old) + len(new)
        if not trial:
            for id, item in new.items():
                state.put(NS, id, item)
            if deleting:
                for id in old.keys() - new.keys():
                    state.delete(NS, id)
    prefix = "TRIAL: " if trial else ""
    return GroupsImportResponse(
        status=Status(
            success=True, details=f"{prefix}Successfully imported with mode: {request.import_mode}."
        ),
        trial_mode=trial,
        statistics=stats,
    )


def router(ctx: StackContext) -> APIRouter:
    sec = ctx.security
    table = GroupTable(ctx.state)
    r = APIRouter(prefix="/groups")
    AdminUser = Annotated[User, Depends(sec.admin)]
    AnyUser = Annotated[User, Depends(sec.user)]
    admin_tags: list[str | Enum] = ["Groups Admin"]
    user_tags: list[str | Enum] = ["Groups User"]

    def bad(detail: str) -> HTTPException:
        # The real service answers 400 for missing groups/members on writes.
        return HTTPException(400, detail=detail)

    # -- admin ---------------------------------------------------------------------------
    @r.get("/admin/list_groups", response_model=ListGroupsResponse, tags=admin_tags)
    def admin_list_groups(user: AdminUser) -> ListGroupsResponse:
        return _list_groups(table)

    @r.get("/admin/describe_group", response_model=DescribeGroupResponse, tags=admin_tags)
    def admin_describe_group(id: str, user: AdminUser) -> DescribeGroupResponse:
        return _describe(table, id)

    @r.get("/admin/list_members", response_model=ListMembersResponse, tags=admin_tags)
    def admin_list_members(id: str, user: AdminUser) -> ListMembersResponse:
        group = table.get(id)
        if group is None:
            return ListMembersResponse(
                status=Status(success=False, details=f"No group with id {id} was found.")
            )
        return ListMembersResponse(
            status=Status(success=True, details=f"Group with {len(group.users)} users returned."), group=group
        )

    @r.get("/admin/list_user_membership", response_model=ListUserMembershipResponse, tags=admin_tags)
    def admin_list_user_groups(username: str, user: AdminUser) -> ListUserMembershipResponse:
        return _user_groups(table, username)

    @r.get("/admin/check_membership", response_model=CheckMembershipResponse, tags=admin_tags)
    def admin_check_membership(group_id: str, username: str, user: AdminUser) -> CheckMembershipResponse:
        return _membership(table, group_id, username)

    @r.post("/admin/add_member", response_model=AddMemberResponse, tags=admin_tags)
    def admin_add_member(member: GroupUser, group_id: str, user: AdminUser) -> AddMemberResponse:
        with ctx.state.transaction():
            group = table.get(group_id)
            if group is None:
                raise bad(f"Tried to add a user to group {group_id} but no such group was found.")
            if member.username in {u.username for u in group.users}:
                raise bad(
                    f"Tried to add a user to group {group_id} but the user was already a member of the group."
                )
            group.users.append(member)
            table.write(group)
        return AddMemberResponse(
            status=Status(success=True, details=f"User added to group {group_id} successfully.")
        )

    @r.delete("/admin/remove_member", response_model=RemoveMemberResponse, tags=admin_tags)
    def admin_remove_member(username: str, group_id: str, user: AdminUser) -> RemoveMemberResponse:
        remove_members(group_id, [username])
        return RemoveMemberResponse(
            status=Status(
                success=True, details=f"User {username} removed from group {group_id} successfully."
            )
        )

    @r.post("/admin/remove_members", response_model=RemoveMemberResponse, tags=admin_tags)
    def admin_remove_members(remove_request: RemoveMembersRequest, user: AdminUser) -> RemoveMemberResponse:
        remove_members(remove_request.group_id, remove_request.member_usernames)
        n = len(remove_request.member_usernames)
        return RemoveMemberResponse(
            status=Status(
                success=True,
                details=f"{n} users were removed from group {remove_request.group_id} successfully.",
            )
        )

    def remove_members(group_id: str, usernames: list[str]) -> None:
        """All or nothing: one unknown member aborts the whole removal."""
        with ctx.state.transaction():
            group = table.get(group_id)
            if group is None:
                raise bad(f"Tried to remove a user from group {group_id} but no such group was found.")
            members = {u.username for u in group.users}
            for username in usernames:
                if username not in members:
                    raise bad(
                        f"Tried to remove specified user with username {username} from group with id "
                        f"{group_id} but the user was not found in the group. No users removed!"
                    )
            group.users = [u for u in group.users if u.username not in set(usernames)]
            table.write(group)

    @r.post("/admin/add_group", response_model=AddGroupResponse, tags=admin_tags)
    def admin_add_group(metadata: UserGroupMetadata, user: AdminUser) -> AddGroupResponse:
        with ctx.state.transaction():
            if ctx.state.get(NS, metadata.id) is not None:
                raise bad(
                    f"Tried to write a new group (id={metadata.id}) but there is an existing group! "
                    "Update instead or remove first."
                )
            table.write(UserGroup(**metadata.model_dump(), users=[]))
        return AddGroupResponse(
            status=Status(success=True, details=f"Successfully created group with id: {metadata.id}.")
        )

    @r.delete("/admin/remove_group", response_model=RemoveGroupResponse, tags=admin_tags)
    def admin_remove_group(id: str, user: AdminUser) -> RemoveGroupResponse:
        if not ctx.state.delete(NS, id):
            raise bad(f"Tried to delete group with ID: {id} but it does not exist!")
        return RemoveGroupResponse(
            status=Status(success=True, details=f"Successfully removed group with id: {id}.")
        )

    @r.put("/admin/update_group", response_model=UpdateGroupResponse, tags=admin_tags)
    def admin_update_group(metadata: UserGroupMetadata, user: AdminUser) -> UpdateGroupResponse:
        with ctx.state.transaction():
            existing = table.get(metadata.id)
            if existing is None:
                raise bad(f"Tried to update group with ID: {metadata.id} but it does not exist!")
            table.write(UserGroup(**metadata.model_dump(), users=existing.users))
        return UpdateGroupResponse(
            status=Status(
                success=True, details=f"Successfully updated metadata for group with id: {metadata.id}."
            )
        )

    # -- user ----------------------------------------------------------------------------
    @r.get("/user/list_groups", response_model=ListGroupsResponse, tags=user_tags)
    def user_list_groups(user: AnyUser) -> ListGroupsResponse:
        return _list_groups(table)

    @r.get("/user/describe_group", response_model=DescribeGroupResponse, tags=user_tags)
    def user_describe_group(id: str, user: AnyUser) -> DescribeGroupResponse:
        return _describe(table, id)

    @r.get("/user/list_user_membership", response_model=ListUserMembershipResponse, tags=user_tags)
    def user_list_user_groups(user: AnyUser) -> ListUserMembershipResponse:
        return _user_groups(table, user.username)

    @r.get("/user/list_members", response_model=ListMembersResponse, tags=user_tags)
    def user_list_members(id: str, user: AnyUser) -> ListMembersResponse:
        # Only members may see who else is in a group.
        check = _membership(table, id, user.username)
        if not check.status.success:
            return ListMembersResponse(status=check.status)
        if not check.is_member:
            return ListMembersResponse(
                status=Status(success=False, details=f"You are not a member of group with id {id}.")
            )
        group = table.get(id)
        assert group is not None
        return ListMembersResponse(
            status=Status(success=True, details=f"Group with {len(group.users)} returned."), group=group
        )

    @r.get("/user/check_membership", response_model=CheckMembershipResponse, tags=user_tags)
    def user_check_membership(group_id: str, user: AnyUser) -> CheckMembershipResponse:
        return _membership(table, group_id, user.username)

    # -- import / export / restore (untagged, as in the real document) -------------------
    @r.get("/admin/export", response_model=GroupsExportResponse)
    def groups_export(user: AdminUser) -> GroupsExportResponse:
        items = table.raw()
        return GroupsExportResponse(
            status=Status(success=True, details=f"Successfully exported {len(items)} items."), items=items
        )

    @r.post("/admin/import", response_model=GroupsImportResponse)
    def groups_import(import_request: GroupsImportRequest, user: AdminUser) -> GroupsImportResponse:
        return run_import(ctx.state, import_request)

    @r.post("/admin/restore_from_table", response_model=GroupsImportResponse)
    def groups_restore(
        restore_request: GroupsRestoreRequest, table_name: str, user: AdminUser
    ) -> GroupsImportResponse:
        if table_name == ACTIVE_TABLE:
            return GroupsImportResponse(
                status=Status(
                    success=False,
                    details=f"You supplied {table_name} as the table_name which is equal to the current "
                    "active groups table name. This behaviour is not supported.",
                ),
                trial_mode=restore_request.trial_mode,
            )
        if ctx.state.get(_TABLES_NS, table_name) is None:
            raise HTTPException(400, detail=f"There is no groups table named {table_name!r} to restore from.")
        items = ctx.state.list(_table_ns(table_name))
        return run_import(ctx.state, GroupsImportRequest(items=items, **restore_request.model_dump()))

    return r
