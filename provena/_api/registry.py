# mypy: disable-error-code="empty-body"
"""Registry (registry-api): `RegistryClient` (subtype-generic), `.admin`, `.general`, and the per-subtype tables.

The 10 item subtypes live in ONE table (`SUBTYPES`); every per-subtype route is reached by turning a subtype
into its operation id (`fetch_agent_organisation`, `lock_lockagent_organisation`, ...), never by ten copies.

Fixes over the official client: `get_lock_status` calls `locks/locked` (not `locks/history`),
`get_current_provena_version` parses `VersionDetails`, the `dataset` module exists, and there is no `revert`
or `create` where the backend has none (dataset, create/version activities, model runs).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, Unpack

from .._operation import (
    CallOptions,
    Input,
    Modal,
    PageSpec,
    _Step,
    flow,
    op,
    pages,
    raw_view,
    sub_client,
)

if TYPE_CHECKING:
    from provena_api_registry.models import (
        CreateFetchResponse,
        CreateListResponse,
        DatasetFetchResponse,
        DatasetListResponse,
        DatasetTemplateCreateResponse,
        DatasetTemplateFetchResponse,
        DatasetTemplateListResponse,
        DatasetTemplateSeedResponse,
        ListUserReviewingDatasetsRequest,
        ModelCreateResponse,
        ModelFetchResponse,
        ModelListResponse,
        ModelRunFetchResponse,
        ModelRunListResponse,
        ModelRunWorkflowTemplateCreateResponse,
        ModelRunWorkflowTemplateFetchResponse,
        ModelRunWorkflowTemplateListResponse,
        ModelRunWorkflowTemplateSeedResponse,
        ModelSeedResponse,
        OrganisationCreateResponse,
        OrganisationFetchResponse,
        OrganisationListResponse,
        OrganisationSeedResponse,
        PaginatedDatasetListResponse,
        PaginatedListResponse,
        PersonCreateResponse,
        PersonFetchResponse,
        PersonListResponse,
        PersonSeedResponse,
        ProvGraphRestoreRequest,
        ProvGraphRestoreResponse,
        RegistryExportResponse,
        RegistryImportRequest,
        RegistryImportResponse,
        RegistryRestoreRequest,
        StudyCreateResponse,
        StudyFetchResponse,
        StudyListResponse,
        StudySeedResponse,
        UiSchemaResponse,
        UntypedFetchResponse,
        UpdateResponse,
        VersionDetails,
        VersionFetchResponse,
        VersionListResponse,
    )

    from ..clients import (
        RegistryAdminClient,
        RegistryAdminClientWithRawResponse,
        RegistryClientWithRawResponse,
        RegistryGeneralClient,
        RegistryGeneralClientWithRawResponse,
    )
    from ..models import (
        AccessSettings,
        AuthRolesResponse,
        DescribeAccessResponse,
        DomainInfoBase,
        GeneralListRequest,
        HealthCheckResponse,
        ItemRevertRequest,
        ItemRevertResponse,
        ItemSubType,
        JsonSchemaResponse,
        LockChangeRequest,
        LockHistoryResponse,
        LockStatusResponse,
        StatusResponse,
        VersionRequest,
        VersionResponse,
    )
    from ..sync import RegistryAdminClient as SyncRegistryAdminClient
    from ..sync import RegistryAdminClientWithRawResponse as SyncRegistryAdminClientWithRawResponse
    from ..sync import RegistryClientWithRawResponse as SyncRegistryClientWithRawResponse
    from ..sync import RegistryGeneralClient as SyncRegistryGeneralClient
    from ..sync import RegistryGeneralClientWithRawResponse as SyncRegistryGeneralClientWithRawResponse

    # What the subtype-generic methods return (the subtype decides which).
    AnyFetchResponse = (
        OrganisationFetchResponse | PersonFetchResponse | ModelFetchResponse | ModelRunWorkflowTemplateFetchResponse
        | DatasetTemplateFetchResponse | DatasetFetchResponse | StudyFetchResponse | CreateFetchResponse
        | VersionFetchResponse | ModelRunFetchResponse
    )  # fmt: skip
    AnyListResponse = (
        OrganisationListResponse | PersonListResponse | ModelListResponse | ModelRunWorkflowTemplateListResponse
        | DatasetTemplateListResponse | DatasetListResponse | StudyListResponse | CreateListResponse
        | VersionListResponse | ModelRunListResponse
    )  # fmt: skip
    AnyCreateResponse = (
        OrganisationCreateResponse | PersonCreateResponse | ModelCreateResponse
        | ModelRunWorkflowTemplateCreateResponse | DatasetTemplateCreateResponse | StudyCreateResponse
    )  # fmt: skip
    AnySeedResponse = (
        OrganisationSeedResponse | PersonSeedResponse | ModelSeedResponse | ModelRunWorkflowTemplateSeedResponse
        | DatasetTemplateSeedResponse | StudySeedResponse
    )  # fmt: skip


# --------------------------------------------------------------------------------------------------------------
# The one subtype table
# --------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Subtype:
    item_subtype: str  # ItemSubType value
    category: str  # route category: agent / entity / activity
    path: str  # route segment: /registry/<category>/<path>/...
    op_suffix: str  # operation id suffix: fetch_<op_suffix>, lock_lock<op_suffix>, ...
    module: str  # attribute on ProvenaClient.registry
    writable: bool  # has create / update / seed / revert
    versionable: bool  # has version


SUBTYPES: tuple[Subtype, ...] = (
    Subtype("ORGANISATION", "agent", "organisation", "agent_organisation", "organisation", True, False),
    Subtype("PERSON", "agent", "person", "agent_person", "person", True, False),
    Subtype("MODEL", "entity", "model", "entity_model", "model", True, True),
    Subtype(
        "MODEL_RUN_WORKFLOW_TEMPLATE",
        "entity",
        "model_run_workflow",
        "entity_model_run_workflow_template",
        "model_run_workflow",
        True,
        True,
    ),
    Subtype(
        "DATASET_TEMPLATE",
        "entity",
        "dataset_template",
        "entity_dataset_template",
        "dataset_template",
        True,
        True,
    ),
    Subtype("DATASET", "entity", "dataset", "entity_dataset", "dataset", False, False),  # minted via datastore
    Subtype("STUDY", "activity", "study", "activity_study", "study", True, False),
    Subtype("CREATE", "activity", "create", "activity_create", "create_activity", False, False),
    Subtype("VERSION", "activity", "version", "activity_version", "version_activity", False, False),
    Subtype("MODEL_RUN", "activity", "model_run", "activity_model_run", "model_run", False, False),  # via prov
)
_BY_KEY: dict[str, Subtype] = {
    **{s.item_subtype: s for s in SUBTYPES},
    **{s.module.upper(): s for s in SUBTYPES},
    **{s.path.upper(): s for s in SUBTYPES},
}


def subtype(value: object) -> Subtype:
    """An ItemSubType (any package's enum), its value, or a module name such as "organisation" -> Subtype."""
    raw = getattr(value, "value", value)
    found = _BY_KEY.get(str(raw).upper()) if isinstance(raw, str) else None
    if found is None:
        allowed = ", ".join(s.item_subtype for s in SUBTYPES)
        raise ValueError(f"item_subtype {raw!r} is not a registry item subtype; expected one of {allowed}")
    return found


def _arg_subtype(action: str) -> Callable[[Any, dict[str, Any]], str]:
    """Operation id from the call's `item_subtype` argument, e.g. "fetch_{}" -> fetch_agent_organisation."""

    def operation_id(_obj: Any, values: dict[str, Any]) -> str:
        found = subtype(values["item_subtype"])
        _check_action(found, action)
        return action.format(found.op_suffix)

    return operation_id


def _own_subtype(action: str) -> Callable[[Any, dict[str, Any]], str]:
    """Operation id from the module's own subtype (ProvenaClient.registry.<subtype>)."""
    return lambda obj, _values: action.format(obj._subtype.op_suffix)


_WRITE_ACTIONS = ("create_{}", "update_{}", "seed_{}", "revert_{}")


def _check_action(found: Subtype, action: str) -> None:
    if action in _WRITE_ACTIONS and not found.writable:
        raise ValueError(f"{found.item_subtype} items have no {action.split('_')[0]} route in the registry")
    if action == "version_{}" and not found.versionable:
        raise ValueError(f"{found.item_subtype} items have no version route in the registry")


def _delete_request(item: Subtype, values: Mapping[str, Any]) -> dict[str, Any]:
    # DELETE /registry/<category>/<subtype>/delete is served but hidden from the document (admin only).
    return {
        "method": "DELETE",
        "url": f"/registry/{item.category}/{item.path}/delete",
        "params": {"id": values["id"]},
    }


# --------------------------------------------------------------------------------------------------------------
# L2: RegistryClient, .admin, .general
# --------------------------------------------------------------------------------------------------------------


class RegistryAdminOps:
    """Registry administration (admin role)."""

    _service: ClassVar[str] = "registry"
    with_raw_response: Modal[
        RegistryAdminClientWithRawResponse, SyncRegistryAdminClientWithRawResponse,
        RegistryAdminClientWithRawResponse, SyncRegistryAdminClientWithRawResponse,
    ] = raw_view()  # fmt: skip

    @op("registry_admin_export")
    def export_items(self, **opts: Unpack[CallOptions]) -> RegistryExportResponse:
        """Exports every registry item."""

    @op("registry_admin_import", body="registry_import_request")
    def import_items(
        self, registry_import_request: Input[RegistryImportRequest], **opts: Unpack[CallOptions]
    ) -> RegistryImportResponse:
        """Imports items (import mode, trial mode and items in the request)."""

    @op("registry_admin_restore", body="restore_request")
    def restore_items_from_dynamo_table(
        self, restore_request: Input[RegistryRestoreRequest], **opts: Unpack[CallOptions]
    ) -> RegistryImportResponse:
        """Restores items from another DynamoDB table."""

    @op("registry_admin_restore_prov_graph", body="restore_request")
    def restore_prov_graph(
        self, restore_request: Input[ProvGraphRestoreRequest], **opts: Unpack[CallOptions]
    ) -> ProvGraphRestoreResponse:
        """Rebuilds the provenance graph from registry records (missing from the official client)."""

    @op("generate_config_file", result="text")
    def generate_config_file(self, required_only: bool = True, **opts: Unpack[CallOptions]) -> str:
        """The service's .env configuration as text."""

    @op(request=lambda _obj, v: _delete_request(subtype(v["item_subtype"]), v), model="StatusResponse")
    def delete_item(self, id: str, item_subtype: ItemSubType | str, **opts: Unpack[CallOptions]) -> StatusResponse:
        """Deletes an item of the given subtype (admin only; hidden route /registry/<cat>/<subtype>/delete)."""


class RegistryGeneralOps:
    """Subtype-independent registry routes."""

    _service: ClassVar[str] = "registry"
    with_raw_response: Modal[
        RegistryGeneralClientWithRawResponse, SyncRegistryGeneralClientWithRawResponse,
        RegistryGeneralClientWithRawResponse, SyncRegistryGeneralClientWithRawResponse,
    ] = raw_view()  # fmt: skip

    @op("list", body="general_list_request", idempotent=True)
    def list_general_registry_items(
        self, general_list_request: Input[GeneralListRequest], **opts: Unpack[CallOptions]
    ) -> PaginatedListResponse:
        """Lists items of any subtype (filter, sort, pagination_key, page_size), one page."""

    @op("fetch")
    def general_fetch_item(self, id: str, **opts: Unpack[CallOptions]) -> UntypedFetchResponse:
        """Fetches any item by id, whatever its subtype (untyped item)."""

    @op("version")
    def get_current_provena_version(self, **opts: Unpack[CallOptions]) -> VersionDetails:
        """The deployed Provena version (VersionDetails)."""

    @op("list_releasing_datasets", body="list_request", idempotent=True)
    def list_releasing_datasets(
        self, list_request: Input[ListUserReviewingDatasetsRequest], **opts: Unpack[CallOptions]
    ) -> PaginatedDatasetListResponse:
        """Datasets the current user is asked to review for release (missing from the official client)."""


_COMPAT = {"fetch_response_model": None, "update_response_model": None, "update_model_response": None,
           "seed_model_response": None, "create_response_model": None, "item_subtype": None}  # fmt: skip


class RegistryOps:
    """The registry API, subtype-generic: each method takes the `item_subtype` to act on.

    The `*_response_model` parameters are kept for compatibility with the official client and ignored: the
    response model follows from the subtype.
    """

    _service: ClassVar[str] = "registry"
    admin: Modal[
        RegistryAdminClient, SyncRegistryAdminClient,
        RegistryAdminClientWithRawResponse, SyncRegistryAdminClientWithRawResponse,
    ] = sub_client(RegistryAdminOps)  # fmt: skip
    general: Modal[
        RegistryGeneralClient, SyncRegistryGeneralClient,
        RegistryGeneralClientWithRawResponse, SyncRegistryGeneralClientWithRawResponse,
    ] = sub_client(RegistryGeneralOps)  # fmt: skip
    with_raw_response: Modal[
        RegistryClientWithRawResponse, SyncRegistryClientWithRawResponse,
        RegistryClientWithRawResponse, SyncRegistryClientWithRawResponse,
    ] = raw_view()  # fmt: skip

    @op("root", result="json")
    def get_health_check(self, **opts: Unpack[CallOptions]) -> HealthCheckResponse:
        """Health check the API."""

    @op(_arg_subtype("fetch_{}"), params=_COMPAT)
    def fetch_item(
        self, id: str, item_subtype: ItemSubType | str, fetch_response_model: type[Any] | None = None,
        seed_allowed: bool | None = None, **opts: Unpack[CallOptions],
    ) -> AnyFetchResponse:  # fmt: skip
        """Fetches an item of the given subtype; the response model is the subtype's `<X>FetchResponse`."""

    @op(_arg_subtype("update_{}"), params=_COMPAT, body="domain_info")
    def update_item(
        self, id: str, reason: str | None, item_subtype: ItemSubType | str, domain_info: Input[DomainInfoBase],
        update_response_model: type[Any] | None = None, **opts: Unpack[CallOptions],
    ) -> UpdateResponse:  # fmt: skip
        """Replaces an item's domain info (with a reason); not for read-only subtypes."""

    @op(_arg_subtype("list_{}"), params=_COMPAT, body="list_items_payload", idempotent=True)
    def list_items(
        self, list_items_payload: Input[GeneralListRequest] | Mapping[str, Any], item_subtype: ItemSubType | str,
        update_model_response: type[Any] | None = None, **opts: Unpack[CallOptions],
    ) -> AnyListResponse:  # fmt: skip
        """Lists items of one subtype (sort/filter/pagination_key/page_size), one page."""

    @op(_arg_subtype("seed_{}"), params=_COMPAT)
    def seed_item(
        self, item_subtype: ItemSubType | str, seed_model_response: type[Any] | None = None, **opts: Unpack[CallOptions]
    ) -> AnySeedResponse:
        """Creates a seed (empty, id-reserving) item of the subtype. Never retried automatically."""

    @op(_arg_subtype("revert_{}"), params=_COMPAT, body="revert_request")
    def revert_item(
        self, revert_request: Input[ItemRevertRequest], item_subtype: ItemSubType | str, **opts: Unpack[CallOptions]
    ) -> ItemRevertResponse:
        """Reverts an item to a previous history entry (id, history_id, reason)."""

    @op(_arg_subtype("create_{}"), params=_COMPAT, body="create_item_request")
    def create_item(
        self, create_item_request: Input[DomainInfoBase], item_subtype: ItemSubType | str,
        create_response_model: type[Any] | None = None, **opts: Unpack[CallOptions],
    ) -> AnyCreateResponse:  # fmt: skip
        """Creates an item from its domain info. Never retried automatically."""

    @op(_arg_subtype("schema_{}"), params=_COMPAT)
    def get_schema(self, item_subtype: ItemSubType | str, **opts: Unpack[CallOptions]) -> JsonSchemaResponse:
        """The JSON schema of the subtype's domain info."""

    @op(_arg_subtype("ui_schema_{}"), params=_COMPAT)
    def get_ui_schema(self, item_subtype: ItemSubType | str, **opts: Unpack[CallOptions]) -> UiSchemaResponse:
        """The UI schema of the subtype's domain info (missing from the official client)."""

    @op(_arg_subtype("validate_{}"), params=_COMPAT, body="validate_request", idempotent=True)
    def validate_item(
        self, validate_request: Input[DomainInfoBase], item_subtype: ItemSubType | str, **opts: Unpack[CallOptions]
    ) -> StatusResponse:
        """Validates domain info without creating anything."""

    @op(_arg_subtype("auth_evaluate_{}"), params=_COMPAT)
    def evaluate_auth_access(
        self, id: str, item_subtype: ItemSubType | str, **opts: Unpack[CallOptions]
    ) -> DescribeAccessResponse:
        """The current user's roles on an item."""

    @op(_arg_subtype("auth_configuration_get_{}"), params=_COMPAT)
    def get_auth_configuration(
        self, id: str, item_subtype: ItemSubType | str, **opts: Unpack[CallOptions]
    ) -> AccessSettings:
        """An item's access settings."""

    @op(_arg_subtype("auth_configuration_put_{}"), params=_COMPAT, body="auth_change_request")
    def modify_auth_configuration(
        self, id: str, auth_change_request: Input[AccessSettings], item_subtype: ItemSubType | str,
        **opts: Unpack[CallOptions],
    ) -> StatusResponse:  # fmt: skip
        """Replaces an item's access settings."""

    @op(_arg_subtype("auth_roles_{}"), params=_COMPAT)
    def get_auth_roles(self, item_subtype: ItemSubType | str, **opts: Unpack[CallOptions]) -> AuthRolesResponse:
        """The roles that can be granted on items of the subtype."""

    @op(_arg_subtype("lock_lock{}"), params=_COMPAT, body="lock_resource_request")
    def lock_resource(
        self,
        lock_resource_request: Input[LockChangeRequest],
        item_subtype: ItemSubType | str,
        **opts: Unpack[CallOptions],
    ) -> StatusResponse:
        """Locks an item (id, reason)."""

    @op(_arg_subtype("lock_unlock{}"), params=_COMPAT, body="unlock_resource_request")
    def unlock_resource(
        self,
        unlock_resource_request: Input[LockChangeRequest],
        item_subtype: ItemSubType | str,
        **opts: Unpack[CallOptions],
    ) -> StatusResponse:
        """Unlocks an item (id, reason)."""

    @op(_arg_subtype("lock_history{}"), params={**_COMPAT, "handle_id": "id"})
    def get_lock_history(
        self, handle_id: str, item_subtype: ItemSubType | str, **opts: Unpack[CallOptions]
    ) -> LockHistoryResponse:
        """An item's lock history."""

    @op(_arg_subtype("lock_locked{}"), params=_COMPAT)
    def get_lock_status(
        self, id: str, item_subtype: ItemSubType | str, **opts: Unpack[CallOptions]
    ) -> LockStatusResponse:
        """Whether an item is locked (calls locks/locked; the official client wrongly called locks/history)."""

    @op(_arg_subtype("version_{}"), params=_COMPAT, body="version_request")
    def version(
        self, version_request: Input[VersionRequest], item_subtype: ItemSubType | str, **opts: Unpack[CallOptions]
    ) -> VersionResponse:
        """Creates a new version of an item (model, workflow template, dataset template). Never retried."""


# --------------------------------------------------------------------------------------------------------------
# L3: one module per subtype (ProvenaClient.registry.<subtype>), from generic tables
# --------------------------------------------------------------------------------------------------------------

FetchT = TypeVar("FetchT")
ListT = TypeVar("ListT")
DomainT = TypeVar("DomainT")
CreateT = TypeVar("CreateT")
SeedT = TypeVar("SeedT")


class SubtypeReadOps(Generic[FetchT, ListT, DomainT]):
    """Methods every registry subtype module has."""

    _service: ClassVar[str] = "registry"
    _subtype: ClassVar[Subtype]

    @op(_own_subtype("fetch_{}"))
    def fetch(self, id: str, seed_allowed: bool | None = None, **opts: Unpack[CallOptions]) -> FetchT:
        """Fetches an item of this subtype by id."""

    @op(_own_subtype("list_{}"), body="list_items_payload", idempotent=True)
    def list_items(self, list_items_payload: Input[GeneralListRequest], **opts: Unpack[CallOptions]) -> ListT:
        """One page of items of this subtype."""

    @pages
    def for_all_items(
        self, list_items_payload: Input[GeneralListRequest] | None = None, limit: int | None = None
    ) -> PageSpec[Any]:
        """Every item of this subtype, following pagination_key (`for`/`async for`); the request is not modified."""
        # the descriptor a subtype table declares (class access on a concrete class gives its plain function)
        list_items = inspect.getattr_static(type(self), "list_items")
        return PageSpec(list_items, self, list_items_payload or {}, limit)

    @flow
    def list_all_items(
        self, list_items_payload: Input[GeneralListRequest] | None = None, limit: int | None = None
    ) -> Generator[_Step, Any, list[Any]]:
        """All items of this subtype as a list (pages followed; at most `limit`)."""
        items: list[Any] = []
        request: Any = list_items_payload or {}
        while limit is None or len(items) < limit:
            page: Any = yield from SubtypeReadOps.list_items.run(self, request)
            items.extend(page.items or [])
            key = page.pagination_key
            if not key:
                break
            request = {
                **_as_dict(request),
                "pagination_key": key.to_dict() if hasattr(key, "to_dict") else key,
            }
        return items if limit is None else items[:limit]

    @op(_own_subtype("validate_{}"), body="validate_request", idempotent=True)
    def validate_item(self, validate_request: Input[DomainT], **opts: Unpack[CallOptions]) -> StatusResponse:
        """Validates domain info of this subtype without creating anything."""

    @op(_own_subtype("schema_{}"))
    def get_schema(self, **opts: Unpack[CallOptions]) -> JsonSchemaResponse:
        """The JSON schema of this subtype's domain info."""

    @op(_own_subtype("ui_schema_{}"))
    def get_ui_schema(self, **opts: Unpack[CallOptions]) -> UiSchemaResponse:
        """The UI schema of this subtype's domain info."""

    @op(_own_subtype("auth_evaluate_{}"))
    def evaluate_auth_access(self, id: str, **opts: Unpack[CallOptions]) -> DescribeAccessResponse:
        """The current user's roles on an item."""

    @op(_own_subtype("auth_configuration_get_{}"))
    def get_auth_configuration(self, id: str, **opts: Unpack[CallOptions]) -> AccessSettings:
        """An item's access settings."""

    @op(_own_subtype("auth_configuration_put_{}"), body="auth_change_request")
    def modify_auth_configuration(
        self, id: str, auth_change_request: Input[AccessSettings], **opts: Unpack[CallOptions]
    ) -> StatusResponse:
        """Replaces an item's access settings."""

    @op(_own_subtype("auth_roles_{}"))
    def get_auth_roles(self, **opts: Unpack[CallOptions]) -> AuthRolesResponse:
        """Roles that can be granted on items of this subtype."""

    @op(_own_subtype("lock_lock{}"), body="lock_resource_request")
    def lock_resource(
        self, lock_resource_request: Input[LockChangeRequest], **opts: Unpack[CallOptions]
    ) -> StatusResponse:
        """Locks an item."""

    @op(_own_subtype("lock_unlock{}"), body="unlock_resource_request")
    def unlock_resource(
        self, unlock_resource_request: Input[LockChangeRequest], **opts: Unpack[CallOptions]
    ) -> StatusResponse:
        """Unlocks an item."""

    @op(_own_subtype("lock_history{}"))
    def get_lock_history(self, id: str, **opts: Unpack[CallOptions]) -> LockHistoryResponse:
        """An item's lock history."""

    @op(_own_subtype("lock_locked{}"))
    def get_lock_status(self, id: str, **opts: Unpack[CallOptions]) -> LockStatusResponse:
        """Whether an item is locked."""

    @op(request=lambda obj, v: _delete_request(obj._subtype, v), model="StatusResponse")
    def admin_delete(self, id: str, **opts: Unpack[CallOptions]) -> StatusResponse:
        """Deletes an item (admin only)."""


class SubtypeWriteOps(SubtypeReadOps[FetchT, ListT, DomainT], Generic[FetchT, ListT, DomainT, CreateT, SeedT]):
    """Subtypes the registry lets users create, update, seed and revert directly."""

    @op(_own_subtype("update_{}"), body="domain_info")
    def update(
        self, id: str, domain_info: Input[DomainT], reason: str | None = None, **opts: Unpack[CallOptions]
    ) -> UpdateResponse:
        """Replaces an item's domain info."""

    @op(_own_subtype("seed_{}"))
    def seed_item(self, **opts: Unpack[CallOptions]) -> SeedT:
        """Creates a seed item. Never retried automatically."""

    @op(_own_subtype("create_{}"), body="create_item_request")
    def create_item(self, create_item_request: Input[DomainT], **opts: Unpack[CallOptions]) -> CreateT:
        """Creates an item. Never retried automatically."""

    @op(_own_subtype("revert_{}"), body="revert_request")
    def revert_item(self, revert_request: Input[ItemRevertRequest], **opts: Unpack[CallOptions]) -> ItemRevertResponse:
        """Reverts an item to a previous history entry."""


class SubtypeVersionOps(SubtypeWriteOps[FetchT, ListT, DomainT, CreateT, SeedT]):
    """Writable subtypes that can also be versioned."""

    @op(_own_subtype("version_{}"), body="version_request")
    def version_item(self, version_request: Input[VersionRequest], **opts: Unpack[CallOptions]) -> VersionResponse:
        """Creates a new version of an item. Never retried automatically."""


def _as_dict(value: Any) -> dict[str, Any]:
    if isinstance(value, Mapping):
        return dict(value)
    if callable(getattr(value, "to_dict", None)):
        return dict(value.to_dict())
    if callable(getattr(value, "model_dump", None)):
        return dict(value.model_dump(mode="json", by_alias=True))
    raise TypeError(f"expected a list request (model or dict), got {type(value).__name__}")


_S = {s.module: s for s in SUBTYPES}

if TYPE_CHECKING:
    from ..models import (  # noqa: F401 (used in the quoted base-class arguments below)
        CreateDomainInfo,
        DatasetDomainInfo,
        DatasetTemplateDomainInfo,
        ModelDomainInfo,
        ModelRunDomainInfo,
        ModelRunWorkflowTemplateDomainInfo,
        OrganisationDomainInfo,
        PersonDomainInfo,
        StudyDomainInfo,
        VersionDomainInfo,
    )

if TYPE_CHECKING:
    pass


class OrganisationOps(
    SubtypeWriteOps[
        "OrganisationFetchResponse",
        "OrganisationListResponse",
        "OrganisationDomainInfo",
        "OrganisationCreateResponse",
        "OrganisationSeedResponse",
    ]
):
    """Organisations (agent)."""

    _subtype = _S["organisation"]


class PersonOps(
    SubtypeWriteOps[
        "PersonFetchResponse", "PersonListResponse", "PersonDomainInfo", "PersonCreateResponse", "PersonSeedResponse"
    ]
):
    """People (agent)."""

    _subtype = _S["person"]


class ModelOps(
    SubtypeVersionOps[
        "ModelFetchResponse", "ModelListResponse", "ModelDomainInfo", "ModelCreateResponse", "ModelSeedResponse"
    ]
):
    """Models (entity)."""

    _subtype = _S["model"]


class ModelRunWorkflowOps(
    SubtypeVersionOps[
        "ModelRunWorkflowTemplateFetchResponse",
        "ModelRunWorkflowTemplateListResponse",
        "ModelRunWorkflowTemplateDomainInfo",
        "ModelRunWorkflowTemplateCreateResponse",
        "ModelRunWorkflowTemplateSeedResponse",
    ]
):
    """Model run workflow templates (entity)."""

    _subtype = _S["model_run_workflow"]


class DatasetTemplateOps(
    SubtypeVersionOps[
        "DatasetTemplateFetchResponse",
        "DatasetTemplateListResponse",
        "DatasetTemplateDomainInfo",
        "DatasetTemplateCreateResponse",
        "DatasetTemplateSeedResponse",
    ]
):
    """Dataset templates (entity)."""

    _subtype = _S["dataset_template"]


class DatasetOps(SubtypeReadOps["DatasetFetchResponse", "DatasetListResponse", "DatasetDomainInfo"]):
    """Datasets (entity; created through the datastore's mint_dataset)."""

    _subtype = _S["dataset"]


class StudyOps(
    SubtypeWriteOps[
        "StudyFetchResponse", "StudyListResponse", "StudyDomainInfo", "StudyCreateResponse", "StudySeedResponse"
    ]
):
    """Studies (activity)."""

    _subtype = _S["study"]


class CreateActivityOps(SubtypeReadOps["CreateFetchResponse", "CreateListResponse", "CreateDomainInfo"]):
    """Create activities (written by the system when a dataset is minted)."""

    _subtype = _S["create_activity"]


class VersionActivityOps(SubtypeReadOps["VersionFetchResponse", "VersionListResponse", "VersionDomainInfo"]):
    """Version activities (written by the system when an item is versioned)."""

    _subtype = _S["version_activity"]


class ModelRunOps(SubtypeReadOps["ModelRunFetchResponse", "ModelRunListResponse", "ModelRunDomainInfo"]):
    """Model runs (activity; registered through the prov API)."""

    _subtype = _S["model_run"]
