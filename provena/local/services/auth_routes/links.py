"""The username ↔ Person link service: which registry Person a user is.

Links are ``UsernamePersonLinkTableEntry`` documents keyed by username. Person ids are checked
against the registry (``registry_store(ctx).fetch``): the item must exist and be a PERSON, and a
user may only link to a Person they own. The real service reaches the registry over HTTP and
turns its failures into 500s; here a missing or wrong item is the caller's mistake (400).
"""

from enum import Enum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException
from ProvenaInterfaces.AuthAPI import (
    AdminLinkUserAssignRequest,
    AdminLinkUserAssignResponse,
    AdminLinkUserClearResponse,
    AdminLinkUserLookupResponse,
    UserLinkReverseLookupResponse,
    UserLinkUserAssignRequest,
    UserLinkUserAssignResponse,
    UserLinkUserLookupResponse,
    UserLinkUserValidateRequest,
    UserLinkUserValidateResponse,
    UsernamePersonLinkTableEntry,
)
from ProvenaInterfaces.SharedTypes import Status

from ...context import StackContext
from ...security import User

NS = "auth.links"
SYS_ADMIN_READ = "sys-admin-read"
SYS_ADMIN_WRITE = "sys-admin-write"


def fetch_person(ctx: StackContext, person_id: str) -> dict[str, Any]:
    """The registry item ``person_id``; 400 unless it exists and is a PERSON."""
    from ...registry_store import registry_store  # the registry owns items; imported when needed

    item = registry_store(ctx).fetch(person_id)
    if item is None:
        raise HTTPException(
            400, detail=f"There is no registry item with id {person_id}; register the Person first."
        )
    subtype = item.get("item_subtype")
    if subtype != "PERSON":
        raise HTTPException(400, detail=f"Registry item {person_id} is a {subtype}, not a PERSON.")
    return item


class LinkTable:
    def __init__(self, ctx: StackContext) -> None:
        self.state = ctx.state

    def person_of(self, username: str) -> str | None:
        """The linked person id, if the link looks valid (non-empty, as the real service checks)."""
        body = self.state.get(NS, username)
        return body["person_id"] if body and body.get("person_id") else None

    def set(self, username: str, person_id: str) -> None:
        entry = UsernamePersonLinkTableEntry(username=username, person_id=person_id)
        self.state.put(NS, username, entry.model_dump())

    def clear(self, username: str) -> None:
        self.state.delete(NS, username)

    def usernames_of(self, person_id: str) -> list[str]:
        return [b["username"] for b in self.state.list(NS) if b.get("person_id") == person_id]


def router(ctx: StackContext) -> APIRouter:
    sec = ctx.security
    links = LinkTable(ctx)
    r = APIRouter(prefix="/link")
    # As the real routes: lookups need sys-admin-read, changes sys-admin-write (not just any admin role).
    SysAdminReader = Annotated[User, Depends(sec.requires_all([SYS_ADMIN_READ]))]
    SysAdminWriter = Annotated[User, Depends(sec.requires_all([SYS_ADMIN_WRITE]))]
    AnyUser = Annotated[User, Depends(sec.user)]
    user_tags: list[str | Enum] = ["Person Link Service (User)"]
    admin_tags: list[str | Enum] = ["Person Link Service (Admin)"]

    def already_linked(username: str, person_id: str, hint: str) -> str:
        return f"The username {username} already has a person ID assigned, ID {person_id}. {hint}"

    def not_owner(username: str, person_id: str) -> str:
        return (
            "You are not authorised to assign your identity to a Person in the Registry which you do not "
            f"own. Username: {username}. Person ID: {person_id}."
        )

    no_self_reassign = "You cannot deassign a Person ID without contacting an admin."

    # -- user ----------------------------------------------------------------------------
    @r.get("/user/lookup", response_model=UserLinkUserLookupResponse, tags=user_tags)
    def user_link_user_lookup(user: AnyUser, username: str | None = None) -> UserLinkUserLookupResponse:
        person_id = links.person_of(username or user.username)
        return UserLinkUserLookupResponse(person_id=person_id, success=person_id is not None)

    @r.post("/user/assign", response_model=UserLinkUserAssignResponse, tags=user_tags)
    def user_link_user_assign(
        request: UserLinkUserAssignRequest, user: AnyUser
    ) -> UserLinkUserAssignResponse:
        with ctx.state.transaction():
            existing = links.person_of(user.username)
            if existing is not None:
                raise HTTPException(400, detail=already_linked(user.username, existing, no_self_reassign))
            item = fetch_person(ctx, request.person_id)
            if item.get("owner_username") != user.username:
                # 401 as the real service answers (not 403).
                raise HTTPException(401, detail=not_owner(user.username, request.person_id))
            links.set(user.username, request.person_id)
        return UserLinkUserAssignResponse()

    @r.post("/user/validate", response_model=UserLinkUserValidateResponse, tags=user_tags)
    def user_link_user_validate(
        request: UserLinkUserValidateRequest, user: AnyUser
    ) -> UserLinkUserValidateResponse:
        existing = links.person_of(user.username)
        if existing is not None:
            return UserLinkUserValidateResponse(
                status=Status(
                    success=False, details=already_linked(user.username, existing, no_self_reassign)
                )
            )
        item = fetch_person(ctx, request.person_id)
        if item.get("owner_username") != user.username:
            return UserLinkUserValidateResponse(
                status=Status(success=False, details=not_owner(user.username, request.person_id))
            )
        return UserLinkUserValidateResponse(
            status=Status(
                success=True,
                details="This person ID could be linked to the specified username. Validation successful.",
            )
        )

    # -- admin ---------------------------------------------------------------------------
    @r.get("/admin/lookup", response_model=AdminLinkUserLookupResponse, tags=admin_tags)
    def admin_link_user_lookup(username: str, user: SysAdminReader) -> AdminLinkUserLookupResponse:
        person_id = links.person_of(username)
        return AdminLinkUserLookupResponse(person_id=person_id, success=person_id is not None)

    @r.post("/admin/assign", response_model=AdminLinkUserAssignResponse, tags=admin_tags)
    def admin_link_user_assign(
        request: AdminLinkUserAssignRequest, user: SysAdminWriter
    ) -> AdminLinkUserAssignResponse:
        with ctx.state.transaction():
            existing = links.person_of(request.username)
            if existing is not None and not request.force:
                raise HTTPException(
                    400,
                    detail=already_linked(request.username, existing, "Use the force parameter to reassign."),
                )
            if request.validate_item:
                # Existence and subtype only: the admin override does not check ownership.
                fetch_person(ctx, request.person_id)
            links.set(request.username, request.person_id)
        return AdminLinkUserAssignResponse()

    @r.delete("/admin/clear", response_model=AdminLinkUserClearResponse, tags=admin_tags)
    def admin_link_user_clear(username: str, user: SysAdminWriter) -> AdminLinkUserClearResponse:
        # Succeeds whether or not the user had a link, as the real service does.
        links.clear(username)
        return AdminLinkUserClearResponse()

    @r.get("/admin/reverse_lookup", response_model=UserLinkReverseLookupResponse, tags=admin_tags)
    def user_link_reverse_lookup(person_id: str, user: SysAdminReader) -> UserLinkReverseLookupResponse:
        return UserLinkReverseLookupResponse(usernames=links.usernames_of(person_id))

    return r
