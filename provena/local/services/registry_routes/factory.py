"""The one route factory for the registry's per-subtype routes (see ``table.SUBTYPE_ROUTES``).

Each ``_<action>`` builder returns a handler for one subtype; ``subtype_router`` mounts the
builders a subtype's action set names, with the real path, method, operationId, response
model and visibility. Behaviour (status codes, 200-with-failure bodies, checks and their
order) follows registry-api/helpers/item_type_route_generator.py and action_helpers.py.
"""

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException
from ProvenaInterfaces.RegistryAPI import (
    AuthRolesResponse,
    DescribeAccessResponse,
    ItemRevertRequest,
    ItemRevertResponse,
    JsonSchemaResponse,
    LockChangeRequest,
    LockHistoryResponse,
    LockStatusResponse,
    SubtypeListRequest,
    UiSchemaResponse,
    UpdateResponse,
    VersionRequest,
    VersionResponse,
)
from ProvenaInterfaces.RegistryModels import (
    ROLE_METADATA_MAP,
    AccessSettings,
    DomainInfoBase,
    RecordType,
    SeededItem,
)
from ProvenaInterfaces.SharedTypes import StatusResponse
from pydantic import ValidationError

from ...context import StackContext
from ...registry_store import FETCH_ROLES, RegistryFailure, RegistryStore, SubtypePolicy, policy, registry_store
from ...security import User
from .common import check_limited, failure, guarded, level_dependency, ok
from .table import ACTIONS, SubtypeRoutes


class ProxyVersionRequest(VersionRequest):
    """Body of the hidden proxy version route: the version is made for ``username``."""

    username: str


class _Kit:
    """What every builder needs for one subtype."""

    def __init__(self, ctx: StackContext, spec: SubtypeRoutes) -> None:
        self.ctx = ctx
        self.spec = spec
        self.pol: SubtypePolicy = policy(spec.subtype)
        self.store: RegistryStore = registry_store(ctx)
        self.domain = self.pol.domain_model

    def user_dep(self, action: str) -> Any:
        """Depends(...) for an action: component role level, then service-role limits."""
        level_dep = level_dependency(self.ctx, ACTIONS[action].level)
        limited = ACTIONS[action].limited + self.spec.limited.get(action, ())

        def dependency(user: Annotated[User, Depends(level_dep)]) -> User:
            check_limited(user, limited)
            return user

        return Depends(dependency)

    def with_domain_body(self, handler: Callable[..., Any], param: str) -> Callable[..., Any]:
        """Give ``handler``'s body parameter ``param`` this subtype's domain model as its annotation.

        The model class is chosen at run time (one handler per subtype), which mypy cannot express
        as an annotation; FastAPI reads the annotation from the signature when the route is added,
        so the handler is declared with the common base class and annotated here before mounting.
        """
        handler.__annotations__[param] = self.domain
        return handler

    def link_check(self, action: str, username: str) -> None:
        if ACTIONS[action].linked_owner and self.pol.link_required:
            self.store.require_link(username)

    def as_proxy(self, user: User, username: str | None) -> User:
        # The real proxy routes swap the username and keep the caller's roles.
        return user if username is None else user.model_copy(update={"username": username})

    # shared bodies of the standard and proxy variants
    def fetch(self, id: str, seed_allowed: bool, user: User) -> dict[str, Any]:
        fetch_cls = self.spec.response("Fetch")
        if id == "":
            return failure(fetch_cls, "Value error. Details ID cannot be empty.")
        raw = self.store.fetch(id)
        if raw is None:
            return failure(fetch_cls, f"Could not find the given key ({id}) in the registry.")
        roles = self.store.roles(id, user, self.pol.available_roles)
        if not any(r in roles for r in FETCH_ROLES):
            raise HTTPException(401, "You are not authorised to fetch this item.")
        try:
            parsed = self.store.parse(raw, self.pol)
        except ValidationError as e:
            return failure(fetch_cls, f"The record was found but could not parsed as an appropriate type: Error {e}.")
        is_seed = parsed.record_type == RecordType.SEED_ITEM
        if is_seed and not seed_allowed:
            return failure(fetch_cls, "A valid seed item was found, but seed_allowed was set to false.")
        if parsed.item_subtype != self.pol.subtype or parsed.item_category != self.pol.category:
            return failure(fetch_cls, f"The item ({id}) is a {parsed.item_subtype.value} item, not a "
                                      f"{self.pol.subtype.value}. Use the matching subtype route.")  # fmt: skip
        kind = "seed" if is_seed else "complete"
        return ok(f"Successfully retrieved {kind} item and parsed into current data model.",
                  item=raw, roles=roles, locked=self.store.is_locked(id), item_is_seed=is_seed)  # fmt: skip

    def seed(self, user: User) -> dict[str, Any]:
        return ok(
            "Successfully seeded an empty entity.", seeded_item=self.store.seed(self.pol.subtype.value, user.username)
        )

    def create(self, info: Any, user: User) -> dict[str, Any]:
        if user.email is None:
            raise HTTPException(400, "User does not have an email address. Registration not possible.")
        try:
            item = self.store.create(self.pol.subtype.value, info, user.username)
        except RegistryFailure as f:
            return failure(self.spec.response("Create"), f.details)
        session = (item.get("workflow_links") or {}).get("create_activity_workflow_id")
        return ok("Successfully uploaded the complete item. Return item includes handle id.",
                  created_item=item, register_create_activity_session_id=session)  # fmt: skip

    def update(self, id: str, info: Any, reason: str | None, user: User, **options: Any) -> dict[str, Any]:
        raw = self.store.fetch(id)
        was_seed = raw is not None and raw.get("record_type") == RecordType.SEED_ITEM.value
        _, session = self.store.update_with_session(id, info, user, reason, subtype=self.pol.subtype.value, **options)
        postfix = (
            "Seeded item was updated to a complete item." if was_seed else "Complete item had it's contents updated."
        )
        return ok("Successfully applied update. " + postfix, register_create_activity_session_id=session)

    def revert(self, req: ItemRevertRequest, user: User) -> dict[str, Any]:
        self.store.revert(req.id, req.history_id, req.reason, user, self.pol.subtype.value)
        return ok(f"Successfully reverted item {req.id} to v{req.history_id}.")

    def version(self, req: VersionRequest, user: User) -> dict[str, Any]:
        new_id, session = self.store.version(req.id, req.reason, user, self.pol.subtype.value)
        return {"new_version_id": new_id, "version_job_session_id": session}


# -- builders: one per action ------------------------------------------------------------------
Builder = Callable[[_Kit], Callable[..., Any]]


def _fetch(k: _Kit) -> Callable[..., Any]:
    def handler(user: Annotated[User, k.user_dep("FETCH")], id: str, seed_allowed: bool = False) -> Any:
        return k.fetch(id, seed_allowed, user)

    return handler


def _proxy_fetch(k: _Kit) -> Callable[..., Any]:
    def handler(user: Annotated[User, k.user_dep("PROXY_FETCH")], id: str, username: str,
                seed_allowed: bool = False) -> Any:  # fmt: skip
        return k.fetch(id, seed_allowed, k.as_proxy(user, username))

    return handler


def _list(k: _Kit) -> Callable[..., Any]:
    def handler(user: Annotated[User, k.user_dep("LIST")], subtype_list_request: SubtypeListRequest) -> Any:
        req = subtype_list_request
        record_type = req.filter_by.record_type.value if req.filter_by else "COMPLETE_ONLY"
        sort = req.sort_by
        items, key = k.store.query(
            subtype=k.pol.subtype.value, release_reviewer=None, sort_type=sort.sort_type if sort else None,
            ascending=sort.ascending if sort else False, begins_with=sort.begins_with if sort else None,
            record_type=record_type, release_status=None, pagination_key=req.pagination_key, page_size=req.page_size,
        )  # fmt: skip
        visible = [i for i in items if k.store.can_read(i["id"], user, k.pol.available_roles)]
        complete: list[dict[str, Any]] = []
        seeds: list[dict[str, Any]] = []
        unparsable: list[dict[str, Any]] = []
        for raw in visible:
            try:
                parsed = k.store.parse(raw, k.pol)
            except ValidationError:
                unparsable.append(raw)
                continue
            (
                seeds if isinstance(parsed, SeededItem) and parsed.record_type == RecordType.SEED_ITEM else complete
            ).append(raw)
        warn = " WARNING at least one unparsable entity exists in the registry." if unparsable else ""
        return {
            "status": {"success": not unparsable, "details": "Successfully listed items." + warn},
            "items": complete, "seed_items": seeds, "unparsable_items": unparsable,
            "total_item_count": len(visible), "complete_item_count": len(complete), "seed_item_count": len(seeds),
            "unparsable_item_count": len(unparsable), "not_authorised_count": len(items) - len(visible),
            "pagination_key": key,
        }  # fmt: skip

    return handler


def _seed(k: _Kit) -> Callable[..., Any]:
    def handler(user: Annotated[User, k.user_dep("SEED")]) -> Any:
        k.link_check("SEED", user.username)
        return k.seed(user)

    return handler


def _proxy_seed(k: _Kit) -> Callable[..., Any]:
    def handler(user: Annotated[User, k.user_dep("PROXY_SEED")], proxy_username: str | None = None) -> Any:
        acting = k.as_proxy(user, proxy_username)
        k.link_check("PROXY_SEED", acting.username)
        return k.seed(acting)

    return handler


def _create(k: _Kit) -> Callable[..., Any]:
    def handler(user: Annotated[User, k.user_dep("CREATE")], item_domain_info: DomainInfoBase) -> Any:
        k.link_check("CREATE", user.username)
        return k.create(item_domain_info, user)

    return k.with_domain_body(handler, "item_domain_info")


def _proxy_create(k: _Kit) -> Callable[..., Any]:
    def handler(user: Annotated[User, k.user_dep("PROXY_CREATE")], item_domain_info: DomainInfoBase,
                proxy_username: str | None = None) -> Any:  # fmt: skip
        acting = k.as_proxy(user, proxy_username)
        k.link_check("PROXY_CREATE", acting.username)
        return k.create(item_domain_info, acting)

    return k.with_domain_body(handler, "item_domain_info")


def _update(k: _Kit) -> Callable[..., Any]:
    def handler(user: Annotated[User, k.user_dep("UPDATE")], id: str, replacement_domain_info: DomainInfoBase,
                reason: str | None = None) -> Any:  # fmt: skip
        k.link_check("UPDATE", user.username)
        return k.update(id, replacement_domain_info, reason, user)

    return k.with_domain_body(handler, "replacement_domain_info")


def _proxy_update(k: _Kit) -> Callable[..., Any]:
    def handler(user: Annotated[User, k.user_dep("PROXY_UPDATE")], id: str, replacement_domain_info: DomainInfoBase,
                reason: str | None = None,
                proxy_username: str | None = None, bypass_item_lock: bool = False,
                exclude_history_update: bool = False, manual_grant: bool = False) -> Any:  # fmt: skip
        acting = k.as_proxy(user, proxy_username)
        k.link_check("PROXY_UPDATE", acting.username)
        return k.update(id, replacement_domain_info, reason, acting, check_lock=not bypass_item_lock,
                        exclude_history_update=exclude_history_update, manual_grant=manual_grant)  # fmt: skip

    return k.with_domain_body(handler, "replacement_domain_info")


def _revert(k: _Kit) -> Callable[..., Any]:
    def handler(user: Annotated[User, k.user_dep("REVERT")], revert_request: ItemRevertRequest) -> Any:
        k.link_check("REVERT", user.username)
        return k.revert(revert_request, user)

    return handler


def _proxy_revert(k: _Kit) -> Callable[..., Any]:
    def handler(user: Annotated[User, k.user_dep("PROXY_REVERT")], revert_request: ItemRevertRequest,
                proxy_username: str | None = None) -> Any:  # fmt: skip
        acting = k.as_proxy(user, proxy_username)
        k.link_check("PROXY_REVERT", acting.username)
        return k.revert(revert_request, acting)

    return handler


def _version(k: _Kit) -> Callable[..., Any]:
    def handler(user: Annotated[User, k.user_dep("VERSION")], version_request: VersionRequest) -> Any:
        return k.version(version_request, user)

    return handler


def _proxy_version(k: _Kit) -> Callable[..., Any]:
    def handler(user: Annotated[User, k.user_dep("PROXY_VERSION")], version_request: ProxyVersionRequest) -> Any:
        return k.version(version_request, k.as_proxy(user, version_request.username))

    return handler


def _schema(k: _Kit) -> Callable[..., Any]:
    def handler(user: Annotated[User, k.user_dep("SCHEMA")]) -> Any:
        return ok("Successfully returned autogenerated pydantic model json schema.",
                  json_schema=k.domain.model_json_schema())  # fmt: skip

    return handler


def _ui_schema(k: _Kit) -> Callable[..., Any]:
    def handler(user: Annotated[User, k.user_dep("UI_SCHEMA")]) -> Any:
        return ok("Delivered UI Schema successfully", ui_schema=UI_SCHEMAS.get(k.pol.subtype.value, {}))

    return handler


def _validate(k: _Kit) -> Callable[..., Any]:
    def handler(user: Annotated[User, k.user_dep("VALIDATE")], item: DomainInfoBase) -> Any:
        k.store.validate_domain(k.pol.subtype.value, item)
        return ok("Validation successful.")

    return k.with_domain_body(handler, "item")


def _auth_evaluate(k: _Kit) -> Callable[..., Any]:
    def handler(user: Annotated[User, k.user_dep("AUTH_EVALUATE")], id: str) -> Any:
        if k.store.fetch(id) is None:
            raise HTTPException(400, f"Item ({id=}) was not present in the registry. Are you sure the id is correct?")
        return {"roles": k.store.roles(id, user, k.pol.available_roles)}

    return handler


def _auth_configuration_get(k: _Kit) -> Callable[..., Any]:
    def handler(user: Annotated[User, k.user_dep("AUTH_CONFIGURATION_GET")], id: str) -> Any:
        return k.store.access_settings(id, user, k.pol.subtype.value)

    return handler


def _auth_configuration_put(k: _Kit) -> Callable[..., Any]:
    def handler(user: Annotated[User, k.user_dep("AUTH_CONFIGURATION_PUT")], id: str,
                settings: AccessSettings) -> Any:  # fmt: skip
        k.store.put_access_settings(id, settings, user, k.pol.subtype.value)
        return ok(f"Successfully updated the authorisation configuration for item {id=}.")

    return handler


def _auth_roles(k: _Kit) -> Callable[..., Any]:
    def handler(user: Annotated[User, k.user_dep("AUTH_ROLES")]) -> Any:
        return {"roles": [ROLE_METADATA_MAP[r] for r in k.pol.available_roles]}

    return handler


def _lock(k: _Kit) -> Callable[..., Any]:
    def handler(user: Annotated[User, k.user_dep("LOCK")], lock_request: LockChangeRequest) -> Any:
        k.store.set_lock(lock_request.id, lock_request.reason, user, k.pol.subtype.value, lock=True)
        return ok("Resource locked successfully.")

    return handler


def _unlock(k: _Kit) -> Callable[..., Any]:
    def handler(user: Annotated[User, k.user_dep("UNLOCK")], unlock_request: LockChangeRequest) -> Any:
        k.store.set_lock(unlock_request.id, unlock_request.reason, user, k.pol.subtype.value, lock=False)
        return ok("Resource unlocked successfully.")

    return handler


def _lock_history(k: _Kit) -> Callable[..., Any]:
    def handler(user: Annotated[User, k.user_dep("LOCK_HISTORY")], id: str) -> Any:
        return ok("Successfully fetched the lock history", history=k.store.lock_history(id, user, k.pol.subtype.value))

    return handler


def _locked(k: _Kit) -> Callable[..., Any]:
    def handler(user: Annotated[User, k.user_dep("LOCKED")], id: str) -> Any:
        return {"locked": k.store.lock_status(id, user, k.pol.subtype.value)}

    return handler


def _delete(k: _Kit) -> Callable[..., Any]:
    def handler(user: Annotated[User, k.user_dep("DELETE")], id: str) -> Any:
        k.store.delete(id)
        return ok("Item deleted.")

    return handler


# action -> (builder, response model; "Fetch"/"List"/... name the subtype's own classes)
BUILDERS: dict[str, tuple[Builder, Any]] = {
    "FETCH": (_fetch, "Fetch"),
    "PROXY_FETCH": (_proxy_fetch, "Fetch"),
    "LIST": (_list, "List"),
    "SEED": (_seed, "Seed"),
    "PROXY_SEED": (_proxy_seed, "Seed"),
    "CREATE": (_create, "Create"),
    "PROXY_CREATE": (_proxy_create, "Create"),
    "UPDATE": (_update, UpdateResponse),
    "PROXY_UPDATE": (_proxy_update, UpdateResponse),
    "REVERT": (_revert, ItemRevertResponse),
    "PROXY_REVERT": (_proxy_revert, ItemRevertResponse),
    "VERSION": (_version, VersionResponse),
    "PROXY_VERSION": (_proxy_version, VersionResponse),
    "SCHEMA": (_schema, JsonSchemaResponse),
    "UI_SCHEMA": (_ui_schema, UiSchemaResponse),
    "VALIDATE": (_validate, StatusResponse),
    "AUTH_EVALUATE": (_auth_evaluate, DescribeAccessResponse),
    "AUTH_CONFIGURATION_GET": (_auth_configuration_get, AccessSettings),
    "AUTH_CONFIGURATION_PUT": (_auth_configuration_put, StatusResponse),
    "AUTH_ROLES": (_auth_roles, AuthRolesResponse),
    "LOCK": (_lock, StatusResponse),
    "UNLOCK": (_unlock, StatusResponse),
    "LOCK_HISTORY": (_lock_history, LockHistoryResponse),
    "LOCKED": (_locked, LockStatusResponse),
    "DELETE": (_delete, StatusResponse),
}

# Front-end rendering hints; the real service ships overrides for a few types, {} elsewhere.
UI_SCHEMAS: dict[str, dict[str, Any]] = {
    "PERSON": {"ethics_approved": {"ui:widget": "checkbox"}},
    "STUDY": {"description": {"ui:widget": "textarea"}},
    "DATASET_TEMPLATE": {"description": {"ui:widget": "textarea"}},
    "MODEL": {"description": {"ui:widget": "textarea"}},
}


def subtype_router(ctx: StackContext, spec: SubtypeRoutes) -> APIRouter:
    """All routes of one subtype, in the real registry's order."""
    kit = _Kit(ctx, spec)
    router = APIRouter(prefix=spec.prefix, tags=[spec.tag])
    for name in _ORDER:
        if name not in spec.actions:
            continue
        action = ACTIONS[name]
        build, response = BUILDERS[name]
        response_model = spec.response(response) if isinstance(response, str) else response
        op_id = action.op_prefix + spec.postfix
        handler = guarded(response_model)(build(kit))
        handler.__name__ = op_id
        router.add_api_route(action.path, handler, methods=[action.method], response_model=response_model,
                             name=op_id, operation_id=op_id, include_in_schema=not action.hide)  # fmt: skip
    return router


# Order of generate_router in the real registry (documents list routes in this order).
_ORDER = ("FETCH", "LIST", "SEED", "VERSION", "UPDATE", "REVERT", "CREATE", "SCHEMA", "UI_SCHEMA", "VALIDATE",
          "AUTH_EVALUATE", "AUTH_CONFIGURATION_GET", "AUTH_CONFIGURATION_PUT", "AUTH_ROLES", "LOCK", "UNLOCK",
          "LOCK_HISTORY", "LOCKED", "DELETE", "PROXY_FETCH", "PROXY_SEED", "PROXY_UPDATE", "PROXY_REVERT",
          "PROXY_VERSION", "PROXY_CREATE")  # fmt: skip
