"""Contains all the data models used in inputs/outputs.

Loaded lazily (PEP 562): importing this package, or one model module, does not import every model of the
service. `from .models import X` and `models.X` import X's module on first use; type checkers read the
`TYPE_CHECKING` branch and see every name. Made from scripts/spec_pipeline/templates/models_init.py.jinja.
"""

# Underscored, so the package holds no public name besides its models (`models.Any` must not exist).
import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from .access_level import AccessLevel
    from .access_report import AccessReport
    from .access_report_response import AccessReportResponse
    from .access_request_list import AccessRequestList
    from .access_request_response import AccessRequestResponse
    from .access_request_status_change import AccessRequestStatusChange
    from .add_group_response import AddGroupResponse
    from .add_member_response import AddMemberResponse
    from .admin_link_user_assign_request import AdminLinkUserAssignRequest
    from .admin_link_user_assign_response import AdminLinkUserAssignResponse
    from .admin_link_user_clear_response import AdminLinkUserClearResponse
    from .admin_link_user_lookup_response import AdminLinkUserLookupResponse
    from .change_state_status import ChangeStateStatus
    from .check_membership_response import CheckMembershipResponse
    from .component_name import ComponentName
    from .delete_access_request import DeleteAccessRequest
    from .describe_group_response import DescribeGroupResponse
    from .group_user import GroupUser
    from .groups_export_response import GroupsExportResponse
    from .groups_export_response_items_type_0_item import (
        GroupsExportResponseItemsType0Item,
    )
    from .groups_import_request import GroupsImportRequest
    from .groups_import_request_items_item import GroupsImportRequestItemsItem
    from .groups_import_response import GroupsImportResponse
    from .groups_import_response_failure_list_type_0_item_item_type_1 import (
        GroupsImportResponseFailureListType0ItemItemType1,
    )
    from .groups_import_statistics import GroupsImportStatistics
    from .groups_restore_request import GroupsRestoreRequest
    from .http_validation_error import HTTPValidationError
    from .import_mode import ImportMode
    from .intended_user_type import IntendedUserType
    from .list_groups_response import ListGroupsResponse
    from .list_members_response import ListMembersResponse
    from .list_user_membership_response import ListUserMembershipResponse
    from .remove_group_response import RemoveGroupResponse
    from .remove_member_response import RemoveMemberResponse
    from .remove_members_request import RemoveMembersRequest
    from .report_authorisation_component import ReportAuthorisationComponent
    from .report_component_role import ReportComponentRole
    from .request_access_table_item import RequestAccessTableItem
    from .request_add_note import RequestAddNote
    from .request_status import RequestStatus
    from .root_response_root import RootResponseRoot
    from .status import Status
    from .test_sentry_reporting_response_test_sentry_reporting import (
        TestSentryReportingResponseTestSentryReporting,
    )
    from .update_group_response import UpdateGroupResponse
    from .user import User
    from .user_group import UserGroup
    from .user_group_metadata import UserGroupMetadata
    from .user_link_reverse_lookup_response import UserLinkReverseLookupResponse
    from .user_link_user_assign_request import UserLinkUserAssignRequest
    from .user_link_user_assign_response import UserLinkUserAssignResponse
    from .user_link_user_lookup_response import UserLinkUserLookupResponse
    from .user_link_user_validate_request import UserLinkUserValidateRequest
    from .user_link_user_validate_response import UserLinkUserValidateResponse
    from .validation_error import ValidationError

# Exported name -> the module (in this package) that defines it.
_MODULE_OF: dict[str, str] = {
    "AccessLevel": ".access_level",
    "AccessReport": ".access_report",
    "AccessReportResponse": ".access_report_response",
    "AccessRequestList": ".access_request_list",
    "AccessRequestResponse": ".access_request_response",
    "AccessRequestStatusChange": ".access_request_status_change",
    "AddGroupResponse": ".add_group_response",
    "AddMemberResponse": ".add_member_response",
    "AdminLinkUserAssignRequest": ".admin_link_user_assign_request",
    "AdminLinkUserAssignResponse": ".admin_link_user_assign_response",
    "AdminLinkUserClearResponse": ".admin_link_user_clear_response",
    "AdminLinkUserLookupResponse": ".admin_link_user_lookup_response",
    "ChangeStateStatus": ".change_state_status",
    "CheckMembershipResponse": ".check_membership_response",
    "ComponentName": ".component_name",
    "DeleteAccessRequest": ".delete_access_request",
    "DescribeGroupResponse": ".describe_group_response",
    "GroupUser": ".group_user",
    "GroupsExportResponse": ".groups_export_response",
    "GroupsExportResponseItemsType0Item": ".groups_export_response_items_type_0_item",
    "GroupsImportRequest": ".groups_import_request",
    "GroupsImportRequestItemsItem": ".groups_import_request_items_item",
    "GroupsImportResponse": ".groups_import_response",
    "GroupsImportResponseFailureListType0ItemItemType1": ".groups_import_response_failure_list_type_0_item_item_type_1",
    "GroupsImportStatistics": ".groups_import_statistics",
    "GroupsRestoreRequest": ".groups_restore_request",
    "HTTPValidationError": ".http_validation_error",
    "ImportMode": ".import_mode",
    "IntendedUserType": ".intended_user_type",
    "ListGroupsResponse": ".list_groups_response",
    "ListMembersResponse": ".list_members_response",
    "ListUserMembershipResponse": ".list_user_membership_response",
    "RemoveGroupResponse": ".remove_group_response",
    "RemoveMemberResponse": ".remove_member_response",
    "RemoveMembersRequest": ".remove_members_request",
    "ReportAuthorisationComponent": ".report_authorisation_component",
    "ReportComponentRole": ".report_component_role",
    "RequestAccessTableItem": ".request_access_table_item",
    "RequestAddNote": ".request_add_note",
    "RequestStatus": ".request_status",
    "RootResponseRoot": ".root_response_root",
    "Status": ".status",
    "TestSentryReportingResponseTestSentryReporting": ".test_sentry_reporting_response_test_sentry_reporting",
    "UpdateGroupResponse": ".update_group_response",
    "User": ".user",
    "UserGroup": ".user_group",
    "UserGroupMetadata": ".user_group_metadata",
    "UserLinkReverseLookupResponse": ".user_link_reverse_lookup_response",
    "UserLinkUserAssignRequest": ".user_link_user_assign_request",
    "UserLinkUserAssignResponse": ".user_link_user_assign_response",
    "UserLinkUserLookupResponse": ".user_link_user_lookup_response",
    "UserLinkUserValidateRequest": ".user_link_user_validate_request",
    "UserLinkUserValidateResponse": ".user_link_user_validate_response",
    "ValidationError": ".validation_error",
}

__all__ = (
    "AccessLevel",
    "AccessReport",
    "AccessReportResponse",
    "AccessRequestList",
    "AccessRequestResponse",
    "AccessRequestStatusChange",
    "AddGroupResponse",
    "AddMemberResponse",
    "AdminLinkUserAssignRequest",
    "AdminLinkUserAssignResponse",
    "AdminLinkUserClearResponse",
    "AdminLinkUserLookupResponse",
    "ChangeStateStatus",
    "CheckMembershipResponse",
    "ComponentName",
    "DeleteAccessRequest",
    "DescribeGroupResponse",
    "GroupUser",
    "GroupsExportResponse",
    "GroupsExportResponseItemsType0Item",
    "GroupsImportRequest",
    "GroupsImportRequestItemsItem",
    "GroupsImportResponse",
    "GroupsImportResponseFailureListType0ItemItemType1",
    "GroupsImportStatistics",
    "GroupsRestoreRequest",
    "HTTPValidationError",
    "ImportMode",
    "IntendedUserType",
    "ListGroupsResponse",
    "ListMembersResponse",
    "ListUserMembershipResponse",
    "RemoveGroupResponse",
    "RemoveMemberResponse",
    "RemoveMembersRequest",
    "ReportAuthorisationComponent",
    "ReportComponentRole",
    "RequestAccessTableItem",
    "RequestAddNote",
    "RequestStatus",
    "RootResponseRoot",
    "Status",
    "TestSentryReportingResponseTestSentryReporting",
    "UpdateGroupResponse",
    "User",
    "UserGroup",
    "UserGroupMetadata",
    "UserLinkReverseLookupResponse",
    "UserLinkUserAssignRequest",
    "UserLinkUserAssignResponse",
    "UserLinkUserLookupResponse",
    "UserLinkUserValidateRequest",
    "UserLinkUserValidateResponse",
    "ValidationError",
)


def __getattr__(name: str) -> _typing.Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
