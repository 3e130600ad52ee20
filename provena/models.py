"""The request and response types named in the documented API, under the names the documentation uses.

    from provena.models import CollectionFormat, NoFilterSubtypeListRequest, VersionRequest

    request = NoFilterSubtypeListRequest(page_size=50)          # a generated attrs class: fields are checked
    page = await datastore.list_datasets(request)
    page = await datastore.list_datasets({"page_size": 50})     # the same request from a plain dict

Each name is bound, on first use, to the class generated from the service's OpenAPI document (so
`CollectionFormat` is `provena_api_datastore.models.DatasetMetadata`); nothing generated is imported by
`import provena.models` itself. A few documented names have no schema in the OpenAPI documents (the job and
handle services answer untyped JSON): they are `dict[str, Any]` here, which is what the methods return.

Field names follow the generated classes: a JSON key the generator reserves gets a trailing
underscore (`license` -> `license_`); `to_dict()` / `from_dict()` convert to and from the JSON shape, and every
method that takes a model also takes that JSON shape as a dict (or a ProvenaInterfaces pydantic model).

Every generated model of a service is also reachable through the service's module:
`provena.models.registry.PersonDomainInfo`, `provena.models.datastore.DatasetMetadata`, ...
"""

from __future__ import annotations

import importlib
from types import ModuleType

# Not `from typing import TYPE_CHECKING`: this module stays as cheap to import as `provena` itself.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TypeAlias

    from provena_api_auth import models as auth
    from provena_api_auth.models import (
        AccessReport,
        AccessReportResponse,
        AccessRequestList,
        AccessRequestResponse,
        CheckMembershipResponse,
        DescribeGroupResponse,
        ListGroupsResponse,
        ListMembersResponse,
        ListUserMembershipResponse,
        UserLinkUserAssignRequest,
        UserLinkUserAssignResponse,
        UserLinkUserLookupResponse,
        UserLinkUserValidateResponse,
    )
    from provena_api_datastore import models as datastore
    from provena_api_datastore.models import (
        CredentialResponse,
        CredentialsRequest,
        DatasetListResponse,
        MintResponse,
        NoFilterSubtypeListRequest,
        PresignedURLRequest,
        PresignedURLResponse,
        RegistryFetchResponse,
        Status,
        UpdateMetadataResponse,
    )
    from provena_api_datastore.models import DatasetMetadata as CollectionFormat
    from provena_api_datastore.models import ItemRevertRequest as RevertMetadata
    from provena_api_id_service import models as id_service
    from provena_api_id_service.models import (
        AddValueIndexRequest,
        AddValueRequest,
        MintRequest,
        ModifyRequest,
        RemoveRequest,
    )
    from provena_api_job import models as job
    from provena_api_job.models import ListByBatchRequest, ListJobsRequest
    from provena_api_prov import models as prov
    from provena_api_prov.models import (
        AddStudyLinkResponse,
        ConvertModelRunsResponse,
        GenerateReportRequest,
        GenerateReportResponse,
        LineageResponse,
        ModelRunRecord,
        PostUpdateModelRunResponse,
        RegisterBatchModelRunRequest,
        RegisterModelRunResponse,
    )
    from provena_api_registry import models as registry
    from provena_api_registry.models import (
        AccessSettings,
        AuthRolesResponse,
        CreateDomainInfo,
        DatasetDomainInfo,
        DatasetTemplateDomainInfo,
        DescribeAccessResponse,
        GeneralListRequest,
        ItemRevertRequest,
        ItemRevertResponse,
        ItemSubType,
        JsonSchemaResponse,
        LockChangeRequest,
        LockHistoryResponse,
        LockStatusResponse,
        ModelDomainInfo,
        ModelRunDomainInfo,
        ModelRunWorkflowTemplateDomainInfo,
        OrganisationDomainInfo,
        PersonDomainInfo,
        StatusResponse,
        StudyDomainInfo,
        UiSchemaResponse,
        UpdateResponse,
        VersionDomainInfo,
        VersionRequest,
        VersionResponse,
    )
    from provena_api_search import models as search
    from provena_api_search.models import QueryResults

    # Documented names the OpenAPI documents give no schema: the methods return the JSON as a dict.
    HealthCheckResponse: TypeAlias = dict[str, Any]
    GetJobResponse: TypeAlias = dict[str, Any]
    ListJobsResponse: TypeAlias = dict[str, Any]
    ListByBatchResponse: TypeAlias = dict[str, Any]
    Handle: TypeAlias = dict[str, Any]
    ListResponse: TypeAlias = dict[str, Any]
    RegisterBatchModelRunResponse: TypeAlias = dict[str, Any]
    # What create_item / update_item / validate_item take: the domain info of the item's subtype.
    DomainInfoBase: TypeAlias = (
        OrganisationDomainInfo | PersonDomainInfo | ModelDomainInfo | ModelRunWorkflowTemplateDomainInfo
        | DatasetTemplateDomainInfo | DatasetDomainInfo | StudyDomainInfo | CreateDomainInfo | VersionDomainInfo
        | ModelRunDomainInfo
    )  # fmt: skip

# documented name -> (service, generated class name)
MODELS: dict[str, tuple[str, str]] = {
    # datastore (data-api)
    "CollectionFormat": ("datastore", "DatasetMetadata"),
    "CredentialResponse": ("datastore", "CredentialResponse"),
    "CredentialsRequest": ("datastore", "CredentialsRequest"),
    "DatasetListResponse": ("datastore", "DatasetListResponse"),
    "MintResponse": ("datastore", "MintResponse"),
    "NoFilterSubtypeListRequest": ("datastore", "NoFilterSubtypeListRequest"),
    "PresignedURLRequest": ("datastore", "PresignedURLRequest"),
    "PresignedURLResponse": ("datastore", "PresignedURLResponse"),
    "RegistryFetchResponse": ("datastore", "RegistryFetchResponse"),
    "RevertMetadata": ("datastore", "ItemRevertRequest"),
    "Status": ("datastore", "Status"),
    "UpdateMetadataResponse": ("datastore", "UpdateMetadataResponse"),
    # auth
    "AccessReport": ("auth", "AccessReport"),
    "AccessReportResponse": ("auth", "AccessReportResponse"),
    "AccessRequestList": ("auth", "AccessRequestList"),
    "AccessRequestResponse": ("auth", "AccessRequestResponse"),
    "CheckMembershipResponse": ("auth", "CheckMembershipResponse"),
    "DescribeGroupResponse": ("auth", "DescribeGroupResponse"),
    "ListGroupsResponse": ("auth", "ListGroupsResponse"),
    "ListMembersResponse": ("auth", "ListMembersResponse"),
    "ListUserMembershipResponse": ("auth", "ListUserMembershipResponse"),
    "UserLinkUserAssignRequest": ("auth", "UserLinkUserAssignRequest"),
    "UserLinkUserAssignResponse": ("auth", "UserLinkUserAssignResponse"),
    "UserLinkUserLookupResponse": ("auth", "UserLinkUserLookupResponse"),
    "UserLinkUserValidateResponse": ("auth", "UserLinkUserValidateResponse"),
    # registry
    "AccessSettings": ("registry", "AccessSettings"),
    "AuthRolesResponse": ("registry", "AuthRolesResponse"),
    "DescribeAccessResponse": ("registry", "DescribeAccessResponse"),
    "GeneralListRequest": ("registry", "GeneralListRequest"),
    "ItemRevertRequest": ("registry", "ItemRevertRequest"),
    "ItemRevertResponse": ("registry", "ItemRevertResponse"),
    "ItemSubType": ("registry", "ItemSubType"),
    "JsonSchemaResponse": ("registry", "JsonSchemaResponse"),
    "LockChangeRequest": ("registry", "LockChangeRequest"),
    "LockHistoryResponse": ("registry", "LockHistoryResponse"),
    "LockStatusResponse": ("registry", "LockStatusResponse"),
    "StatusResponse": ("registry", "StatusResponse"),
    "UiSchemaResponse": ("registry", "UiSchemaResponse"),
    "UpdateResponse": ("registry", "UpdateResponse"),
    "VersionRequest": ("registry", "VersionRequest"),
    "VersionResponse": ("registry", "VersionResponse"),
    # the domain info of each registry item subtype (what create_item / update_item take)
    "CreateDomainInfo": ("registry", "CreateDomainInfo"),
    "DatasetDomainInfo": ("registry", "DatasetDomainInfo"),
    "DatasetTemplateDomainInfo": ("registry", "DatasetTemplateDomainInfo"),
    "ModelDomainInfo": ("registry", "ModelDomainInfo"),
    "ModelRunDomainInfo": ("registry", "ModelRunDomainInfo"),
    "ModelRunWorkflowTemplateDomainInfo": ("registry", "ModelRunWorkflowTemplateDomainInfo"),
    "OrganisationDomainInfo": ("registry", "OrganisationDomainInfo"),
    "PersonDomainInfo": ("registry", "PersonDomainInfo"),
    "StudyDomainInfo": ("registry", "StudyDomainInfo"),
    "VersionDomainInfo": ("registry", "VersionDomainInfo"),
    # prov
    "AddStudyLinkResponse": ("prov", "AddStudyLinkResponse"),
    "ConvertModelRunsResponse": ("prov", "ConvertModelRunsResponse"),
    "GenerateReportRequest": ("prov", "GenerateReportRequest"),
    "GenerateReportResponse": ("prov", "GenerateReportResponse"),
    "LineageResponse": ("prov", "LineageResponse"),
    "ModelRunRecord": ("prov", "ModelRunRecord"),
    "PostUpdateModelRunResponse": ("prov", "PostUpdateModelRunResponse"),
    "RegisterBatchModelRunRequest": ("prov", "RegisterBatchModelRunRequest"),
    "RegisterModelRunResponse": ("prov", "RegisterModelRunResponse"),
    # search, job, id-service
    "QueryResults": ("search", "QueryResults"),
    "ListByBatchRequest": ("job", "ListByBatchRequest"),
    "ListJobsRequest": ("job", "ListJobsRequest"),
    "AddValueIndexRequest": ("id-service", "AddValueIndexRequest"),
    "AddValueRequest": ("id-service", "AddValueRequest"),
    "MintRequest": ("id-service", "MintRequest"),
    "ModifyRequest": ("id-service", "ModifyRequest"),
    "RemoveRequest": ("id-service", "RemoveRequest"),
}

# Documented names without a schema in the OpenAPI documents: the methods return the JSON body as a dict.
JSON_NAMES = frozenset(
    {
        "GetJobResponse",
        "Handle",
        "HealthCheckResponse",
        "ListByBatchResponse",
        "ListJobsResponse",
        "ListResponse",
        "RegisterBatchModelRunResponse",
    }
)

DOMAIN_INFOS = (
    "OrganisationDomainInfo", "PersonDomainInfo", "ModelDomainInfo", "ModelRunWorkflowTemplateDomainInfo",
    "DatasetTemplateDomainInfo", "DatasetDomainInfo", "StudyDomainInfo", "CreateDomainInfo", "VersionDomainInfo",
    "ModelRunDomainInfo",
)  # fmt: skip

# provena.models.<service>: that service's whole generated models module
SERVICE_MODULES: dict[str, str] = {
    "auth": "auth", "datastore": "datastore", "registry": "registry", "prov": "prov", "search": "search",
    "job": "job", "id_service": "id-service",
}  # fmt: skip

__all__ = [
    "AccessReport",
    "AccessReportResponse",
    "AccessRequestList",
    "AccessRequestResponse",
    "AccessSettings",
    "AddStudyLinkResponse",
    "AddValueIndexRequest",
    "AddValueRequest",
    "AuthRolesResponse",
    "CheckMembershipResponse",
    "CollectionFormat",
    "ConvertModelRunsResponse",
    "CreateDomainInfo",
    "CredentialResponse",
    "CredentialsRequest",
    "DatasetDomainInfo",
    "DatasetListResponse",
    "DatasetTemplateDomainInfo",
    "DescribeAccessResponse",
    "DescribeGroupResponse",
    "DomainInfoBase",
    "GeneralListRequest",
    "GenerateReportRequest",
    "GenerateReportResponse",
    "GetJobResponse",
    "Handle",
    "HealthCheckResponse",
    "ItemRevertRequest",
    "ItemRevertResponse",
    "ItemSubType",
    "JsonSchemaResponse",
    "LineageResponse",
    "ListByBatchRequest",
    "ListByBatchResponse",
    "ListGroupsResponse",
    "ListJobsRequest",
    "ListJobsResponse",
    "ListMembersResponse",
    "ListResponse",
    "ListUserMembershipResponse",
    "LockChangeRequest",
    "LockHistoryResponse",
    "LockStatusResponse",
    "MintRequest",
    "MintResponse",
    "ModelDomainInfo",
    "ModelRunDomainInfo",
    "ModelRunRecord",
    "ModelRunWorkflowTemplateDomainInfo",
    "ModifyRequest",
    "NoFilterSubtypeListRequest",
    "OrganisationDomainInfo",
    "PersonDomainInfo",
    "PostUpdateModelRunResponse",
    "PresignedURLRequest",
    "PresignedURLResponse",
    "QueryResults",
    "RegisterBatchModelRunRequest",
    "RegisterBatchModelRunResponse",
    "RegisterModelRunResponse",
    "RegistryFetchResponse",
    "RemoveRequest",
    "RevertMetadata",
    "Status",
    "StatusResponse",
    "StudyDomainInfo",
    "UiSchemaResponse",
    "UpdateMetadataResponse",
    "UpdateResponse",
    "UserLinkUserAssignRequest",
    "UserLinkUserAssignResponse",
    "UserLinkUserLookupResponse",
    "UserLinkUserValidateResponse",
    "VersionDomainInfo",
    "VersionRequest",
    "VersionResponse",
    "auth",
    "datastore",
    "id_service",
    "job",
    "prov",
    "registry",
    "search",
]


def _resolve(name: str) -> object:
    if name in SERVICE_MODULES:
        from . import _generated

        module: ModuleType = importlib.import_module(_generated.package_name(SERVICE_MODULES[name]) + ".models")
        return module
    if name in JSON_NAMES:
        from typing import Any

        return dict[str, Any]
    if name == "DomainInfoBase":
        import functools
        import operator

        return functools.reduce(operator.or_, (_resolve(n) for n in DOMAIN_INFOS))
    found = MODELS.get(name)
    if found is None:
        raise AttributeError(f"module 'provena.models' has no attribute {name!r}")
    from . import _generated

    return _generated.model(*found)


def __getattr__(name: str) -> object:
    value = _resolve(name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
