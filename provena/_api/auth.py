# mypy: disable-error-code="empty-body"
"""Auth API (auth-api): `AuthClient` and its `admin` sub-client.

Fixes over the official client: `get_check_membership` sends `group_id` (not `id`), and
`admin.get_list_group_membership` calls `list_user_membership` (not `list_members`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Unpack

from .._operation import CallOptions, Input, Modal, op, raw_view, sub_client

if TYPE_CHECKING:
    from provena_api_auth.models import (
        AccessRequestStatusChange,
        AddGroupResponse,
        AddMemberResponse,
        AdminLinkUserAssignRequest,
        AdminLinkUserAssignResponse,
        AdminLinkUserClearResponse,
        AdminLinkUserLookupResponse,
        ChangeStateStatus,
        DeleteAccessRequest,
        GroupsExportResponse,
        GroupsImportRequest,
        GroupsImportResponse,
        GroupsRestoreRequest,
        GroupUser,
        RemoveGroupResponse,
        RemoveMemberResponse,
        RemoveMembersRequest,
        RequestAddNote,
        Status,
        UpdateGroupResponse,
        UserGroupMetadata,
        UserLinkReverseLookupResponse,
    )

    from ..clients import AuthAdminSubClient, AuthAdminSubClientWithRawResponse, AuthClientWithRawResponse
    from ..models import (
        AccessReport,
        AccessReportResponse,
        AccessRequestList,
        AccessRequestResponse,
        CheckMembershipResponse,
        DescribeGroupResponse,
        HealthCheckResponse,
        ListGroupsResponse,
        ListMembersResponse,
        ListUserMembershipResponse,
        UserLinkUserAssignRequest,
        UserLinkUserAssignResponse,
        UserLinkUserLookupResponse,
        UserLinkUserValidateResponse,
    )
    from ..sync import AuthAdminSubClient as SyncAuthAdminSubClient
    from ..sync import AuthAdminSubClientWithRawResponse as SyncAuthAdminSubClientWithRawResponse
    from ..sync import AuthClientWithRawResponse as SyncAuthClientWithRawResponse


class AuthAdminOps:
    """Access requests, groups and user links as an administrator."""

    _service: ClassVar[str] = "auth"
    with_raw_response: Modal[
        AuthAdminSubClientWithRawResponse, SyncAuthAdminSubClientWithRawResponse,
        AuthAdminSubClientWithRawResponse, SyncAuthAdminSubClientWithRawResponse,
    ] = raw_view()  # fmt: skip

    @op("get_all_pending_requests")
    def get_all_pending_request_history(self, **opts: Unpack[CallOptions]) -> AccessRequestList:
        """Every user's pending access requests."""

    @op("get_all_requests")
    def get_all_request_history(self, **opts: Unpack[CallOptions]) -> AccessRequestList:
        """Every user's access requests."""

    @op("get_all_pending_requests_for_user")
    def get_user_pending_request_history(
        self, username: str, **opts: Unpack[CallOptions]
    ) -> AccessRequestList:
        """One user's pending access requests."""

    @op("get_all_requests_for_user")
    def get_user_request_history(self, username: str, **opts: Unpack[CallOptions]) -> AccessRequestList:
        """One user's access requests."""

    @op("add_note", body="note")
    def post_add_note(self, note: Input[RequestAddNote], **opts: Unpack[CallOptions]) -> Status:
        """Adds a note to an access request."""

    @op("change_request_state", body="change")
    def post_change_request_state(
        self, send_email_alert: bool, change: Input[AccessRequestStatusChange], **opts: Unpack[CallOptions]
    ) -> ChangeStateStatus:
        """Moves an access request to another state (optionally emailing the user)."""

    @op("delete_request", body="body")
    def post_delete_request(self, body: Input[DeleteAccessRequest], **opts: Unpack[CallOptions]) -> Status:
        """Deletes an access request (missing from the official client)."""

    @op("admin_list_groups")
    def get_list_groups(self, **opts: Unpack[CallOptions]) -> ListGroupsResponse:
        """Lists all groups."""

    @op("admin_describe_group", params={"group_id": "id"})
    def get_describe_group(self, group_id: str, **opts: Unpack[CallOptions]) -> DescribeGroupResponse:
        """Describes a group."""

    @op("admin_list_members", params={"group_id": "id"})
    def get_list_members(self, group_id: str, **opts: Unpack[CallOptions]) -> ListMembersResponse:
        """The members of a group."""

    @op("admin_list_user_groups")
    def get_list_group_membership(
        self, username: str, **opts: Unpack[CallOptions]
    ) -> ListUserMembershipResponse:
        """The groups a user belongs to (calls list_user_membership; the official client called list_members)."""

    @op("admin_check_membership")
    def get_check_user_membership(
        self, username: str, group_id: str, **opts: Unpack[CallOptions]
    ) -> CheckMembershipResponse:
        """Whether a user is in a group."""

    @op("admin_add_member", body="user")
    def post_groups_add_member(
        self, group_id: str, user: Input[GroupUser], **opts: Unpack[CallOptions]
    ) -> AddMemberResponse:
        """Adds a user to a group."""

    @op("admin_remove_member")
    def delete_remove_member(
        self, group_id: str, username: str, **opts: Unpack[CallOptions]
    ) -> RemoveMemberResponse:
        """Removes a user from a group."""

    @op("admin_remove_members", body="body")
    def post_remove_members(
        self, body: Input[RemoveMembersRequest], **opts: Unpack[CallOptions]
    ) -> RemoveMemberResponse:
        """Removes several users from a group (missing from the official client)."""

    @op("admin_add_group", body="group")
    def post_add_group(
        self, group: Input[UserGroupMetadata], **opts: Unpack[CallOptions]
    ) -> AddGroupResponse:
        """Creates a group."""

    @op("admin_remove_group", params={"group_id": "id"})
    def delete_remove_group(self, group_id: str, **opts: Unpack[CallOptions]) -> RemoveGroupResponse:
        """Deletes a group (missing from the official client)."""

    @op("admin_update_group", body="group")
    def put_update_group(
        self, group: Input[UserGroupMetadata], **opts: Unpack[CallOptions]
    ) -> UpdateGroupResponse:
        """Updates a group's metadata."""

    @op("groups_export")
    def get_export_groups(self, **opts: Unpack[CallOptions]) -> GroupsExportResponse:
        """Exports all groups."""

    @op("groups_import", body="body")
    def post_import_groups(
        self, body: Input[GroupsImportRequest], **opts: Unpack[CallOptions]
    ) -> GroupsImportResponse:
        """Imports groups."""

    @op("groups_restore", body="body")
    def post_restore_groups_from_table(
        self, table_name: str, body: Input[GroupsRestoreRequest], **opts: Unpack[CallOptions]
    ) -> GroupsImportResponse:
        """Restores groups from another table."""

    @op("admin_link_user_lookup")
    def get_link_lookup_username(
        self, username: str, **opts: Unpack[CallOptions]
    ) -> AdminLinkUserLookupResponse:
        """The Person linked to a user."""

    @op("user_link_reverse_lookup")
    def get_link_reverse_lookup_username(
        self, person_id: str, **opts: Unpack[CallOptions]
    ) -> UserLinkReverseLookupResponse:
        """The users linked to a Person."""

    @op("admin_link_user_assign", body="body")
    def post_link_assign(
        self, body: Input[AdminLinkUserAssignRequest], **opts: Unpack[CallOptions]
    ) -> AdminLinkUserAssignResponse:
        """Links a user to a Person."""

    @op("admin_link_user_clear")
    def delete_clear_link(self, username: str, **opts: Unpack[CallOptions]) -> AdminLinkUserClearResponse:
        """Clears a user's Person link."""

    @op("generate_config_file", result="text")
    def generate_config_file(self, required_only: bool = True, **opts: Unpack[CallOptions]) -> str:
        """The service's .env configuration as text."""


class AuthOps:
    """The auth API: access requests, groups and user links for the current user."""

    _service: ClassVar[str] = "auth"
    admin: Modal[
        AuthAdminSubClient, SyncAuthAdminSubClient,
        AuthAdminSubClientWithRawResponse, SyncAuthAdminSubClientWithRawResponse,
    ] = sub_client(AuthAdminOps)  # fmt: skip
    with_raw_response: Modal[
        AuthClientWithRawResponse, SyncAuthClientWithRawResponse,
        AuthClientWithRawResponse, SyncAuthClientWithRawResponse,
    ] = raw_view()  # fmt: skip

    @op("root", result="json")
    def get_health_check(self, **opts: Unpack[CallOptions]) -> HealthCheckResponse:
        """Health check the API."""

    @op("get_requests")
    def get_user_request_history(self, **opts: Unpack[CallOptions]) -> AccessRequestList:
        """The current user's access requests."""

    @op("request_access_change", body="body")
    def post_user_request_change(
        self, body: Input[AccessReport], send_email: bool, **opts: Unpack[CallOptions]
    ) -> AccessRequestResponse:
        """Requests a change of access (the desired access report); optionally emails the admins."""

    @op("get_pending_requests")
    def get_user_pending_request_history(self, **opts: Unpack[CallOptions]) -> AccessRequestList:
        """The current user's pending access requests."""

    @op("generate_access_report")
    def get_user_generate_access_report(self, **opts: Unpack[CallOptions]) -> AccessReportResponse:
        """The current user's system access."""

    @op("user_list_groups")
    def get_list_groups(self, **opts: Unpack[CallOptions]) -> ListGroupsResponse:
        """Lists all groups."""

    @op("user_describe_group", params={"group_id": "id"})
    def get_describe_group(self, group_id: str, **opts: Unpack[CallOptions]) -> DescribeGroupResponse:
        """Describes a group."""

    @op("user_list_user_groups")
    def get_list_membership(self, **opts: Unpack[CallOptions]) -> ListUserMembershipResponse:
        """The groups the current user belongs to."""

    @op("user_list_members", params={"group_id": "id"})
    def get_list_group_members(self, group_id: str, **opts: Unpack[CallOptions]) -> ListMembersResponse:
        """The members of a group."""

    @op("user_check_membership")
    def get_check_membership(self, group_id: str, **opts: Unpack[CallOptions]) -> CheckMembershipResponse:
        """Whether the current user is in a group (sends `group_id`, as the backend requires)."""

    @op("user_link_user_lookup")
    def get_link_lookup_username(
        self, username: str | None = None, **opts: Unpack[CallOptions]
    ) -> UserLinkUserLookupResponse:
        """The Person linked to the current user (or to `username`)."""

    @op("user_link_user_assign", body="body")
    def post_link_assign(
        self, body: Input[UserLinkUserAssignRequest], **opts: Unpack[CallOptions]
    ) -> UserLinkUserAssignResponse:
        """Links the current user to a Person."""

    @op("user_link_user_validate", body="body", idempotent=True)
    def post_link_validate(
        self, body: Input[UserLinkUserAssignRequest], **opts: Unpack[CallOptions]
    ) -> UserLinkUserValidateResponse:
        """Checks a Person link before making it."""
