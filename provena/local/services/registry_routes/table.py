"""What the registry serves per item subtype: one table, read by ``factory.subtype_router``.

Mirrors the real registry's ``RouteActions``/``ROUTE_ACTION_CONFIG_MAP`` (path, method,
operationId prefix, access level, hidden or not) and its ten ``RouteConfig`` entries in
registry-api/main.py (prefix, tag, operationId postfix, response classes, action set).
"""

from dataclasses import dataclass, field

from ProvenaInterfaces import RegistryAPI
from ProvenaInterfaces.RegistryModels import ItemSubType

from ...registry_store import DATA_STORE_SERVICE_ROLE, PROV_SERVICE_ROLE


@dataclass(frozen=True)
class Action:
    path: str
    method: str
    op_prefix: str  # operationId = op_prefix + postfix (lock ops have no "_" between: lock_lockagent_...)
    level: str  # READ / WRITE / ADMIN: the registry component role the caller needs
    hide: bool = False  # include_in_schema=False
    linked_owner: bool = False  # needs the user linked to a Person, for subtypes that enforce it
    limited: tuple[str, ...] = ()  # service roles (or registry admin) required on top


ACTIONS: dict[str, Action] = {
    "FETCH": Action("/fetch", "GET", "fetch_", "READ"),
    "LIST": Action("/list", "POST", "list_", "READ"),
    "SEED": Action("/seed", "POST", "seed_", "WRITE", linked_owner=True),
    "VERSION": Action("/version", "POST", "version_", "WRITE", linked_owner=True),
    "UPDATE": Action("/update", "PUT", "update_", "WRITE", linked_owner=True),
    "REVERT": Action("/revert", "PUT", "revert_", "WRITE", linked_owner=True),
    "CREATE": Action("/create", "POST", "create_", "WRITE", linked_owner=True),
    "SCHEMA": Action("/schema", "GET", "schema_", "READ"),
    "UI_SCHEMA": Action("/ui_schema", "GET", "ui_schema_", "READ"),
    "VALIDATE": Action("/validate", "POST", "validate_", "READ"),
    "AUTH_EVALUATE": Action("/auth/evaluate", "GET", "auth_evaluate_", "READ"),
    "AUTH_CONFIGURATION_GET": Action("/auth/configuration", "GET", "auth_configuration_get_", "READ"),
    "AUTH_CONFIGURATION_PUT": Action("/auth/configuration", "PUT", "auth_configuration_put_", "WRITE"),
    "AUTH_ROLES": Action("/auth/roles", "GET", "auth_roles_", "READ"),
    "LOCK": Action("/locks/lock", "PUT", "lock_lock", "WRITE"),
    "UNLOCK": Action("/locks/unlock", "PUT", "lock_unlock", "WRITE"),
    "LOCK_HISTORY": Action("/locks/history", "GET", "lock_history", "READ"),
    "LOCKED": Action("/locks/locked", "GET", "lock_locked", "READ"),
    "DELETE": Action("/delete", "DELETE", "delete_", "ADMIN", hide=True),
    # Proxy routes: other services act for a user; hidden from the documents.
    "PROXY_FETCH": Action(
        "/proxy/fetch", "GET", "proxy_fetch_", "READ", hide=True, limited=(PROV_SERVICE_ROLE, DATA_STORE_SERVICE_ROLE)
    ),
    "PROXY_SEED": Action("/proxy/seed", "POST", "proxy_seed_", "WRITE", hide=True, linked_owner=True),
    "PROXY_CREATE": Action("/proxy/create", "POST", "proxy_create_", "WRITE", hide=True, linked_owner=True),
    "PROXY_VERSION": Action("/proxy/version", "POST", "proxy_version_", "WRITE", hide=True, linked_owner=True),
    "PROXY_UPDATE": Action("/proxy/update", "PUT", "proxy_update_", "WRITE", hide=True, linked_owner=True),
    "PROXY_REVERT": Action("/proxy/revert", "PUT", "proxy_revert_", "WRITE", hide=True, linked_owner=True),
}

# Action sets of the real registry (ProvenaSharedFunctionality/Registry/RegistryRouteActions.py).
_READS = ("DELETE", "FETCH", "PROXY_FETCH", "LIST", "SCHEMA", "UI_SCHEMA", "VALIDATE", "AUTH_EVALUATE",
          "AUTH_CONFIGURATION_GET", "AUTH_CONFIGURATION_PUT", "AUTH_ROLES", "LOCK", "UNLOCK", "LOCK_HISTORY",
          "LOCKED")  # fmt: skip
STANDARD = ("SEED", "UPDATE", "CREATE", "REVERT", *_READS)
READ_ONLY = _READS
SERVICE_PROXY = ("PROXY_SEED", "PROXY_CREATE", "PROXY_UPDATE", "PROXY_REVERT", *_READS)
PROXY_EDITS = ("PROXY_SEED", "PROXY_CREATE", "PROXY_VERSION", "PROXY_UPDATE", "PROXY_REVERT")


@dataclass(frozen=True)
class SubtypeRoutes:
    subtype: ItemSubType
    prefix: str  # /registry/<category>/<subtype route name>
    tag: str
    postfix: str  # operationId postfix ("library_postfix")
    stem: str  # RegistryAPI response class stem: <stem>FetchResponse, <stem>ListResponse, ...
    actions: tuple[str, ...]
    # Extra roles per action (the real "limited_access_roles"): only these service accounts or admins.
    limited: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def response(self, kind: str) -> type:
        cls: type = getattr(RegistryAPI, f"{self.stem}{kind}Response")
        return cls


def _sub(subtype: ItemSubType, prefix: str, tag: str, postfix: str, stem: str, actions: tuple[str, ...],
         limited_to: str | None = None) -> SubtypeRoutes:  # fmt: skip
    limited: dict[str, tuple[str, ...]] = {a: (limited_to,) for a in PROXY_EDITS} if limited_to else {}
    return SubtypeRoutes(subtype, prefix, tag, postfix, stem, actions, limited)


SUBTYPE_ROUTES: tuple[SubtypeRoutes, ...] = (
    _sub(
        ItemSubType.ORGANISATION,
        "/registry/agent/organisation",
        "Organisation",
        "agent_organisation",
        "Organisation",
        STANDARD,
    ),
    _sub(ItemSubType.PERSON, "/registry/agent/person", "Person", "agent_person", "Person", STANDARD),
    _sub(ItemSubType.MODEL, "/registry/entity/model", "Model", "entity_model", "Model", (*STANDARD, "VERSION")),
    _sub(
        ItemSubType.MODEL_RUN_WORKFLOW_TEMPLATE,
        "/registry/entity/model_run_workflow",
        "Model Run Workflow Template",
        "entity_model_run_workflow_template",
        "ModelRunWorkflowTemplate",
        (*STANDARD, "VERSION"),
    ),
    _sub(
        ItemSubType.DATASET_TEMPLATE,
        "/registry/entity/dataset_template",
        "Dataset Template",
        "entity_dataset_template",
        "DatasetTemplate",
        (*STANDARD, "VERSION"),
    ),
    # Datasets are written only by the data store API through the hidden proxy routes.
    _sub(
        ItemSubType.DATASET,
        "/registry/entity/dataset",
        "Dataset",
        "entity_dataset",
        "Dataset",
        (*SERVICE_PROXY, "PROXY_VERSION"),
        limited_to=DATA_STORE_SERVICE_ROLE,
    ),
    _sub(ItemSubType.STUDY, "/registry/activity/study", "Study", "activity_study", "Study", STANDARD),
    # Create/Version activities are minted by registry jobs only.
    _sub(ItemSubType.CREATE, "/registry/activity/create", "Create Activity", "activity_create", "Create", READ_ONLY),
    _sub(
        ItemSubType.VERSION, "/registry/activity/version", "Version Activity", "activity_version", "Version", READ_ONLY
    ),
    # Model runs are written only by the provenance API through the hidden proxy routes.
    _sub(
        ItemSubType.MODEL_RUN,
        "/registry/activity/model_run",
        "Model Run",
        "activity_model_run",
        "ModelRun",
        SERVICE_PROXY,
        limited_to=PROV_SERVICE_ROLE,
    ),
)
