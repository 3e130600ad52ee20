"""Access requests: a user asks for role changes, admins review them.

Requests are stored as ``RequestAccessTableItem`` documents keyed by (username, request_id),
as in the real service's table. Email alerts are a no-op here: the local stack logs them.
"""

import logging
from enum import Enum
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException
from ProvenaInterfaces.AuthAPI import (
    AUTHORISATION_MODEL,
    REQUEST_STATUS_TO_USER_EXPLANATION,
    AccessReport,
    AccessReportResponse,
    AccessRequestList,
    AccessRequestResponse,
    AccessRequestStatusChange,
    ChangeStateStatus,
    DeleteAccessRequest,
    ReportAuthorisationComponent,
    ReportComponentRole,
    RequestAccessTableItem,
    RequestAddNote,
    RequestStatus,
)
from ProvenaInterfaces.SharedTypes import Status

from ...context import StackContext
from ...security import User

log = logging.getLogger("provena.local.auth")

NS = "auth.access_requests"
# Same defaults as the real service's Config.
REQUEST_EXPIRY_DAYS = 30
MINIMUM_REQUEST_WAITING_TIME_DAYS = 5
DAY = 86400


def report_from_user(user: User) -> AccessReport:
    """The access report of a token: every role of the authorisation model, granted or not."""
    components = []
    for component in AUTHORISATION_MODEL.components:
        roles = [
            ReportComponentRole(**role.model_dump(), access_granted=role.role_name in user.roles)
            for role in component.component_roles
        ]
        components.append(
            ReportAuthorisationComponent(component_name=component.component_name, component_roles=roles)
        )
    return AccessReport(components=components)


def report_diff(existing: AccessReport, desired: AccessReport) -> AccessReport:
    """Only the roles whose access differs; unknown roles are the caller's mistake (400)."""
    current = {
        (c.component_name, r.role_name): r.access_granted
        for c in existing.components
        for r in c.component_roles
    }
    changed_components = []
    for component in desired.components:
        changed = []
        for role in component.component_roles:
            key = (component.component_name, role.role_name)
            if key not in current:
                raise HTTPException(
                    400,
                    detail=f"Role name {role.role_name} does not exist in component "
                    f"{component.component_name.value}; see GET /access-control/user/generate-access-report.",
                )
            if current[key] != role.access_granted:
                changed.append(role)
        if changed:
            changed_components.append(
                ReportAuthorisationComponent(component_name=component.component_name, component_roles=changed)
            )
    return AccessReport(components=changed_components)


class RequestTable:
    """The request table: documents keyed ``username/request_id``."""

    def __init__(self, ctx: StackContext) -> None:
        self.state = ctx.state

    @staticmethod
    def _key(username: str, request_id: int) -> str:
        return f"{username}/{request_id}"

    def get(self, username: str, request_id: int) -> RequestAccessTableItem | None:
        body = self.state.get(NS, self._key(username, request_id))
        return None if body is None else RequestAccessTableItem.model_validate(body)

    def put(self, item: RequestAccessTableItem) -> None:
        self.state.put(NS, self._key(item.username, item.request_id), item.model_dump(mode="json"))

    def delete(self, username: str, request_id: int) -> None:
        self.state.delete(NS, self._key(username, request_id))

    def all(self) -> list[RequestAccessTableItem]:
        return [RequestAccessTableItem.model_validate(b) for b in self.state.list(NS)]

    def of_user(self, username: str) -> list[RequestAccessTableItem]:
        return [i for i in self.all() if i.username == username]


def _pending(items: list[RequestAccessTableItem]) -> AccessRequestList:
    return AccessRequestList(items=[i for i in items if i.status == RequestStatus.PENDING_APPROVAL])


def _append_note(item: RequestAccessTableItem, note: str) -> None:
    # The real table keeps notes as one comma-separated string.
    item.notes = ",".join([*(item.notes.split(",") if item.notes else []), note])


def router(ctx: StackContext) -> APIRouter:
    sec = ctx.security
    table = RequestTable(ctx)
    r = APIRouter(prefix="/access-control")
    admin_tags: list[str | Enum] = ["Admin access control"]
    user_tags: list[str | Enum] = ["User access control"]
    AdminUser = Annotated[User, Depends(sec.admin)]
    AnyUser = Annotated[User, Depends(sec.user)]

    def now() -> int:
        return int(ctx.state.now())

    # -- admin ---------------------------------------------------------------------------
    @r.get("/admin/all-pending-request-history", response_model=AccessRequestList, tags=admin_tags)
    def get_all_pending_requests(user: AdminUser) -> AccessRequestList:
        return _pending(table.all())

    @r.get("/admin/all-request-history", response_model=AccessRequestList, tags=admin_tags)
    def get_all_requests(user: AdminUser) -> AccessRequestList:
        return AccessRequestList(items=table.all())

    @r.get("/admin/user-pending-request-history", response_model=AccessRequestList, tags=admin_tags)
    def get_all_pending_requests_for_user(username: str, user: AdminUser) -> AccessRequestList:
        return _pending(table.of_user(username))

    @r.get("/admin/user-request-history", response_model=AccessRequestList, tags=admin_tags)
    def get_all_requests_for_user(username: str, user: AdminUser) -> AccessRequestList:
        return AccessRequestList(items=table.of_user(username))

    @r.post("/admin/add-note", response_model=Status, tags=admin_tags)
    def add_note(note_information: RequestAddNote, user: AdminUser) -> Status:
        with ctx.state.transaction():
            item = table.get(note_information.username, note_information.request_id)
            if item is None:
                return Status(success=False, details="Could not find item in table.")
            item.updated_timestamp = now()
            _append_note(item, note_information.note)
            table.put(item)
        return Status(success=True, details="Added note.")

    @r.post("/admin/change-request-state", response_model=ChangeStateStatus, tags=admin_tags)
    def change_request_state(
        change_request: AccessRequestStatusChange, user: AdminUser, send_email_alert: bool = False
    ) -> ChangeStateStatus:
        desired = change_request.desired_state
        with ctx.state.transaction():
            item = table.get(change_request.username, change_request.request_id)
            if item is None:
                missing = Status(success=False, details="Could not find item in table.")
                return ChangeStateStatus(state_change=missing, email_alert=missing)
            original = item.status
            if original == desired:
                same = Status(success=True, details="Status was already matching - no update applied.")
                return ChangeStateStatus(state_change=same, email_alert=same)
            item.status = desired
            item.ui_friendly_status = REQUEST_STATUS_TO_USER_EXPLANATION[desired]
            item.updated_timestamp = now()
            if change_request.additional_note:
                _append_note(item, change_request.additional_note)
            table.put(item)
        state_change = Status(success=True, details=f"Updated status to {desired}.")
        if not send_email_alert:
            email = Status(success=True, details="No email requested.")
        elif not item.email or "@" not in item.email:
            email = Status(
                success=False, details=f"Provided email: {item.email} appears to be invalid! No email sent."
            )
        else:
            log.info("email alert (not sent, local stack): request %s of %s changed from %s to %s",
                     item.request_id, item.username, original.value, desired.value)  # fmt: skip
            email = Status(
                success=True,
                details=f"Update email logged for {item.email} (the local stack sends no email).",
            )
        return ChangeStateStatus(state_change=state_change, email_alert=email)

    @r.post("/admin/delete-request", response_model=Status, tags=admin_tags)
    def delete_request(request: DeleteAccessRequest, user: AdminUser) -> Status:
        # Succeeds whether or not the record exists, as the real service does.
        table.delete(request.username, request.request_id)
        return Status(success=True, details=f"Deleted record {request.request_id}")

    # -- user ----------------------------------------------------------------------------
    @r.post("/user/request-change", response_model=AccessRequestResponse, tags=user_tags)
    def request_access_change(
        access_report: AccessReport, user: AnyUser, send_email: bool = True
    ) -> AccessRequestResponse:
        current = report_from_user(user)
        diff = report_diff(current, access_report)
        if not diff.components:
            return AccessRequestResponse(
                status=Status(
                    success=False,
                    details="There were no differences between current access and desired access.",
                )
            )
        with ctx.state.transaction():
            stamp = now()
            pending = [i for i in table.of_user(user.username) if i.status == RequestStatus.PENDING_APPROVAL]
            newest = max((i.updated_timestamp for i in pending), default=None)
            if newest is not None and newest >= stamp - MINIMUM_REQUEST_WAITING_TIME_DAYS * DAY:
                return AccessRequestResponse(
                    status=Status(
                        success=False,
                        details="Failed due to user having unresolved requests, info: You have a pending "
                        f"request which has been pending less than {MINIMUM_REQUEST_WAITING_TIME_DAYS} days.",
                    )
                )
            # The real request id is the creation timestamp; step past any id this user already has.
            request_id = stamp
            while table.get(user.username, request_id) is not None:
                request_id += 1
            table.put(
                RequestAccessTableItem(
                    username=user.username,
                    email=user.email or user.username,
                    request_id=request_id,
                    expiry=stamp + REQUEST_EXPIRY_DAYS * DAY,
                    created_timestamp=stamp,
                    updated_timestamp=stamp,
                    status=RequestStatus.PENDING_APPROVAL,
                    ui_friendly_status=REQUEST_STATUS_TO_USER_EXPLANATION[RequestStatus.PENDING_APPROVAL],
                    notes="",
                    request_diff_contents=diff.model_dump_json(),
                    complete_contents=current.model_dump_json(),
                )
            )
        if send_email:
            log.info("access request email (not sent, local stack): %s request %s", user.username, request_id)
        return AccessRequestResponse(
            status=Status(
                success=True,
                details="Successfully requested an update to access. "
                "No email sent: the local stack only logs emails.",
            )
        )

    @r.get("/user/request-history", response_model=AccessRequestList, tags=user_tags)
    def get_requests(user: AnyUser) -> AccessRequestList:
        return AccessRequestList(items=table.of_user(user.username))

    @r.get("/user/pending-request-history", response_model=AccessRequestList, tags=user_tags)
    def get_pending_requests(user: AnyUser) -> AccessRequestList:
        return _pending(table.of_user(user.username))

    @r.get("/user/generate-access-report", response_model=AccessReportResponse, tags=user_tags)
    def generate_access_report(user: AnyUser) -> AccessReportResponse:
        return AccessReportResponse(
            status=Status(success=True, details="Generated access report successfully."),
            report=report_from_user(user),
        )

    return r
