"""The registry's state and rules, shared in-process by every local service.

Three "tables" mirror the real registry's DynamoDB tables: items, auth (access settings)
and locks; each is a namespace in the stack's SQLite state. Every write goes through
``State.transaction()`` and also feeds the search index, so a failed request leaves
neither a half-written item nor a stale index row.

Errors follow the real registry API (registry-api/helpers/action_helpers.py):
``RegistryError`` carries the HTTP status it raises there (400 bad id/state,
401 not authorised or locked), ``RegistryFailure`` is the 200 response with
``status.success = false`` it returns for e.g. unknown ids on fetch/update.

Other services use: ``registry_store(ctx).create/fetch/update/list/seed/check_write``
plus ``version``, ``revert``, ``lock``/``unlock``, ``access_settings``.
"""

from __future__ import annotations

import builtins
import copy
import json
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from ProvenaInterfaces.RegistryAPI import (
    BundledItem,
    RegistryImportStatistics,
    SortType,
    TableNames,
)
from ProvenaInterfaces.RegistryModels import (
    ADMIN_ROLE,
    DATASET_READ_ROLE,
    DATASET_ROLE_LIST,
    ENTITY_BASE_ROLE_LIST,
    METADATA_READ_ROLE,
    METADATA_WRITE_ROLE,
    MODEL_DOMAIN_INFO_TYPE_MAP,
    MODEL_TYPE_MAP,
    AccessSettings,
    AuthTableEntry,
    DomainInfoBase,
    ItemBase,
    ItemCategory,
    ItemSubType,
    LockTableEntry,
    RecordInfo,
    RecordType,
    SeededItem,
)
from ProvenaInterfaces.SharedTypes import ImportMode
from pydantic import ValidationError

from .context import StackContext
from .search_index import search_index

ITEMS_NS = "registry.items"
AUTH_NS = "registry.auth"
LOCKS_NS = "registry.locks"
# The names the local stack gives its three tables (RegistryRestoreRequest refers to tables by name).
TABLES = TableNames(resource_table_name="registry-items", auth_table_name="registry-auth",
                    lock_table_name="registry-locks")  # fmt: skip
# Where user -> Person links live unless the auth service installs its own lookup.
USER_LINKS_NS = "user_links"

REGISTRY_ADMIN_ROLE = "entity-registry-admin"
DATA_STORE_SERVICE_ROLE = "data-store-api"
PROV_SERVICE_ROLE = "prov-api"

FETCH_ROLES = [METADATA_READ_ROLE, METADATA_WRITE_ROLE, ADMIN_ROLE]
EDIT_ROLES = [METADATA_WRITE_ROLE, ADMIN_ROLE]
AUTH_ADMIN_ROLES = [ADMIN_ROLE]

JobLodger = Callable[..., str]


class RegistryError(Exception):
    """A request the real registry refuses with an HTTP error status."""

    def __init__(self, status_code: int, detail: str) -> None:
        super().__init__(detail)
        self.status_code = status_code
        self.detail = detail


class RegistryFailure(Exception):
    """A request the real registry answers 200 with ``status.success = false``."""

    def __init__(self, details: str) -> None:
        super().__init__(details)
        self.details = details


class Actor(Protocol):
    """Who acts: ``security.User`` satisfies this; proxies pass a username only."""

    username: str
    roles: list[str]


@dataclass
class _Named:
    username: str
    roles: list[str] = field(default_factory=list)
    email: str | None = None


def as_actor(user: Actor | str) -> Actor:
    return _Named(user) if isinstance(user, str) else user


@dataclass(frozen=True)
class SubtypePolicy:
    """Per-subtype rules of the real registry's route configs (registry-api/main.py)."""

    subtype: ItemSubType
    category: ItemCategory
    available_roles: tuple[str, ...]
    default_roles: tuple[str, ...]
    # provenance_enabled_versioning: creation/version spin off Create/Version activities.
    versioned: bool
    # enforce_username_person_link: editing needs the user linked to a registry Person.
    link_required: bool

    @property
    def item_model(self) -> type[ItemBase]:
        return MODEL_TYPE_MAP[(self.category, self.subtype)]

    @property
    def domain_model(self) -> type[DomainInfoBase]:
        return MODEL_DOMAIN_INFO_TYPE_MAP[(self.category, self.subtype)]


def _policy(sub: ItemSubType, cat: ItemCategory, *, versioned: bool = False, link: bool = False,
            dataset: bool = False) -> SubtypePolicy:  # fmt: skip
    roles = DATASET_ROLE_LIST if dataset else ENTITY_BASE_ROLE_LIST
    defaults = [METADATA_READ_ROLE, DATASET_READ_ROLE] if dataset else [METADATA_READ_ROLE]
    return SubtypePolicy(sub, cat, tuple(roles), tuple(defaults), versioned, link)


S, C = ItemSubType, ItemCategory
POLICIES: dict[str, SubtypePolicy] = {
    p.subtype.value: p
    for p in (
        _policy(S.ORGANISATION, C.AGENT),
        _policy(S.PERSON, C.AGENT),
        _policy(S.MODEL, C.ENTITY, versioned=True, link=True),
        _policy(S.MODEL_RUN_WORKFLOW_TEMPLATE, C.ENTITY, versioned=True, link=True),
        _policy(S.DATASET_TEMPLATE, C.ENTITY, versioned=True, link=True),
        _policy(S.DATASET, C.ENTITY, versioned=True, link=True, dataset=True),
        _policy(S.STUDY, C.ACTIVITY, link=True),
        _policy(S.CREATE, C.ACTIVITY, link=True),
        _policy(S.VERSION, C.ACTIVITY, link=True),
        _policy(S.MODEL_RUN, C.ACTIVITY),
    )
}
del S, C


def policy(subtype: str | ItemSubType) -> SubtypePolicy:
    key = subtype.value if isinstance(subtype, ItemSubType) else subtype
    try:
        return POLICIES[key]
    except KeyError:
        raise ValueError(f"Unknown registry subtype {key!r}; expected one of {sorted(POLICIES)}.") from None


def registry_store(ctx: StackContext) -> RegistryStore:
    """The stack's store (one per context)."""
    store = ctx.__dict__.get("_registry_store")
    if store is None:
        with _CREATE_LOCK:
            store = ctx.__dict__.get("_registry_store")
            if store is None:
                store = RegistryStore(ctx)
                ctx.__dict__["_registry_store"] = store
    return store


_CREATE_LOCK = threading.Lock()


def set_user_link_lookup(ctx: StackContext, fn: Callable[[str], str | None]) -> None:
    """The auth service installs how to find the Person linked to a username."""
    ctx.__dict__["registry_user_link_lookup"] = fn


def set_user_groups_lookup(ctx: StackContext, fn: Callable[[str], Iterable[str]]) -> None:
    """The auth service installs how to find the group ids a username belongs to."""
    ctx.__dict__["registry_user_groups_lookup"] = fn


class RegistryStore:
    def __init__(self, ctx: StackContext) -> None:
        self.ctx = ctx
        self.state = ctx.state
        self.index = search_index(ctx)

    # -- small helpers ------------------------------------------------------------------
    def _now(self) -> int:
        return int(self.state.now())

    def _write_item(self, item: dict[str, Any]) -> None:
        self.state.put(ITEMS_NS, item["id"], item)
        self.index.upsert(item)

    @staticmethod
    def _dump(model: Any) -> dict[str, Any]:
        # Stored like the real registry writes to DynamoDB: JSON-safe, None fields left out.
        dumped: dict[str, Any] = model.model_dump(mode="json", exclude_none=True)
        return dumped

    def is_admin(self, user: Actor) -> bool:
        return REGISTRY_ADMIN_ROLE in user.roles

    def linked_person(self, username: str) -> str | None:
        lookup = self.ctx.__dict__.get("registry_user_link_lookup")
        if lookup is not None:
            result: str | None = lookup(username)
            return result
        doc = self.state.get(USER_LINKS_NS, username)
        return None if doc is None else doc.get("person_id")

    def _user_groups(self, username: str) -> set[str]:
        lookup = self.ctx.__dict__.get("registry_user_groups_lookup")
        return set(lookup(username)) if lookup is not None else set()

    def require_link(self, username: str) -> str:
        person = self.linked_person(username)
        if person is None:
            raise RegistryError(400, "In order to perform this operation you must link your User account to a "
                                     "Person in the registry.")  # fmt: skip
        return person

    # -- reading ------------------------------------------------------------------------
    def fetch(self, id: str) -> dict[str, Any] | None:
        """The stored item (raw JSON) or None."""
        return self.state.get(ITEMS_NS, id)

    def list(self, subtype: str | None = None) -> list[dict[str, Any]]:
        items = self.state.list(ITEMS_NS)
        return items if subtype is None else [i for i in items if i.get("item_subtype") == subtype]

    def _get(self, id: str) -> dict[str, Any]:
        if id == "":
            raise RegistryFailure("Value error. Details ID cannot be empty.")
        item = self.fetch(id)
        if item is None:
            raise RegistryFailure(f"Could not find the given key ({id}) in the registry.")
        return item

    def parse(self, raw: dict[str, Any], pol: SubtypePolicy) -> ItemBase | SeededItem:
        """Parse a stored item as its record type; raises ValueError if it is neither."""
        if raw.get("record_type") == RecordType.SEED_ITEM.value:
            return SeededItem.model_validate(raw)
        return pol.item_model.model_validate(raw)

    # -- access -------------------------------------------------------------------------
    def access_entry(self, id: str) -> AccessSettings:
        doc = self.state.get(AUTH_NS, id)
        if doc is None:
            raise RegistryError(500, f"The specified item ({id=}) is missing an authorisation configuration. "
                                     "No access granted.")  # fmt: skip
        return AuthTableEntry.model_validate(doc).access_settings

    def roles(self, id: str, user: Actor | str, available: Iterable[str]) -> builtins.list[str]:
        """The roles ``user`` holds on item ``id`` (owner and registry admins hold all)."""
        actor = as_actor(user)
        available = list(available)
        if self.is_admin(actor):
            return available
        settings = self.access_entry(id)
        if settings.owner == actor.username:
            return available
        granted = set(settings.general)
        groups = self._user_groups(actor.username)
        for group_id, group_roles in settings.groups.items():
            if group_id in groups:
                granted.update(group_roles)
        return [r for r in available if r in granted]

    def _require(
        self, id: str, user: Actor | str, pol: SubtypePolicy, acceptable: builtins.list[str], detail: str
    ) -> builtins.list[str]:
        roles = self.roles(id, user, pol.available_roles)
        if not any(r in roles for r in acceptable):
            raise RegistryError(401, detail)
        return roles

    def check_write(self, id: str, user: Actor | str) -> None:
        """Raise RegistryError(401) unless ``user`` may edit item ``id`` (400 if it does not exist)."""
        raw = self.fetch(id)
        if raw is None:
            raise RegistryError(400, f"Item ({id=}) was not present in the registry. Are you sure the id is correct?")
        self._require(
            id, user, policy(raw["item_subtype"]), EDIT_ROLES, f"You are not authorised to edit the item ({id=})."
        )

    def can_read(self, id: str, user: Actor | str, available: Iterable[str] = FETCH_ROLES) -> bool:
        return any(r in FETCH_ROLES for r in self.roles(id, user, available))

    def _check_subtype(self, id: str, raw: dict[str, Any], pol: SubtypePolicy) -> None:
        """check_raw_item_subtype of the real registry: 400 if the id is another subtype."""
        try:
            parsed = self.parse(raw, pol)
        except ValidationError as e:
            if raw.get("item_subtype") == pol.subtype.value:
                raise RegistryError(
                    500,
                    f"Failed to parse item of subtype {pol.subtype.value} with its model. "
                    f"Does the stored item have an old format? Error: {e}.",
                ) from None
            raise RegistryError(
                400,
                f"Failed to parse item with the associated route's subtype model of "
                f"{pol.subtype.value}. Are you using the correct endpoint route for id {id} "
                f"pointing to an item subtype of {raw.get('item_subtype')}?",
            ) from None
        if parsed.item_subtype != pol.subtype:
            raise RegistryError(
                400,
                f"Fetched item with handle {id} has item subtype of {parsed.item_subtype.value} "
                f"but expected {pol.subtype.value}. Are you using the correct endpoint route?",
            )

    def access_settings(self, id: str, user: Actor, subtype: str) -> AccessSettings:
        pol = policy(subtype)
        raw = self.fetch(id)
        if raw is None:
            raise RegistryError(400, f"Item ({id=}) was not present in the registry. Are you sure the id is correct?")
        self._require(id, user, pol, AUTH_ADMIN_ROLES,
                      f"You are not authorised to view the access configuration for item {id=}.")  # fmt: skip
        self._check_subtype(id, raw, pol)
        return self.access_entry(id)

    def put_access_settings(self, id: str, settings: AccessSettings, user: Actor, subtype: str) -> None:
        pol = policy(subtype)
        with self.state.transaction():
            raw = self.fetch(id)
            if raw is None:
                raise RegistryError(
                    400, f"Item ({id=}) was not present in the registry. Are you sure the id is correct?"
                )
            self._require(id, user, pol, AUTH_ADMIN_ROLES,
                          f"You are not authorised to edit the access configuration for item {id=}.")  # fmt: skip
            self._check_subtype(id, raw, pol)
            current = self.access_entry(id)
            if current.owner != settings.owner:
                raise RegistryError(400, f"The owner of a resource cannot be changed. Old: {current.owner}, "
                                         f"New: {settings.owner}.")  # fmt: skip
            proposed = set(settings.general).union(*settings.groups.values())
            invalid = proposed - set(pol.available_roles)
            if invalid:
                raise RegistryError(400, "Inappropriate roles are being added to the role configuration - ensure "
                                         "these roles are available for the resource type. Invalid roles: "
                                         f"{sorted(invalid)}. "
                                         f"Available roles: {list(pol.available_roles)}.")  # fmt: skip
            self.state.put(AUTH_NS, id, self._dump(AuthTableEntry(id=id, access_settings=settings)))

    # -- locks --------------------------------------------------------------------------
    def lock_info(self, id: str) -> dict[str, Any]:
        doc = self.state.get(LOCKS_NS, id)
        if doc is None:
            raise RegistryError(400, f"Failed to retrieve ID {id} from the lock table, are you sure it exists?")
        return doc

    def is_locked(self, id: str) -> bool:
        return bool(self.lock_info(id)["lock_information"]["locked"])

    def ensure_unlocked(self, id: str) -> None:
        try:
            locked = self.is_locked(id)
        except RegistryError as e:
            raise RegistryError(
                e.status_code, f"Failed to check if locked. No access provided. Error: {e.detail}."
            ) from None
        if locked:
            raise RegistryError(401, "Cannot perform this action as the resource is locked.")

    def set_lock(self, id: str, reason: str, user: Actor, subtype: str, *, lock: bool) -> None:
        pol = policy(subtype)
        with self.state.transaction():
            entry = self.lock_info(id)
            self._require(id, user, pol, AUTH_ADMIN_ROLES, "You are not authorised to lock this item.")
            raw = self.fetch(id)
            if raw is None:
                raise RegistryError(400, f"Item ({id=}) was not present in the registry.")
            self._check_subtype(id, raw, pol)
            info = entry["lock_information"]
            if lock and info["locked"]:
                raise RegistryError(400, "Resource is already locked.")
            if not lock and not info["locked"]:
                raise RegistryError(400, "Cannot unlock already unlocked resource.")
            info["locked"] = lock
            info["history"].append({
                "action_type": "LOCK" if lock else "UNLOCK", "username": user.username,
                "email": getattr(user, "email", None), "reason": reason, "timestamp": self._now(),
            })  # fmt: skip
            self.state.put(LOCKS_NS, id, self._dump(LockTableEntry.model_validate(entry)))

    def lock_history(self, id: str, user: Actor, subtype: str) -> builtins.list[dict[str, Any]]:
        entry = self.lock_info(id)
        self._require(
            id, user, policy(subtype), FETCH_ROLES, "You are not authorised to view the lock history of this item."
        )
        history: list[dict[str, Any]] = entry["lock_information"]["history"]
        return history

    def lock_status(self, id: str, user: Actor, subtype: str) -> bool:
        entry = self.lock_info(id)
        self._require(
            id, user, policy(subtype), FETCH_ROLES, "You are not authorised to view the lock history of this item."
        )
        return bool(entry["lock_information"]["locked"])

    # -- writing ------------------------------------------------------------------------
    def _seed_tables(self, id: str, owner: str, pol: SubtypePolicy, base: AccessSettings | None = None) -> None:
        if self.state.get(AUTH_NS, id) is not None or self.state.get(LOCKS_NS, id) is not None:
            raise RegistryError(500, f"While seeding an item, the auth/lock configuration already existed for that "
                                     f"handle. Unexpected state. {id=}.")  # fmt: skip
        settings = (
            AccessSettings(owner=owner, general=list(pol.default_roles), groups={})
            if base is None else base.model_copy(update={"owner": owner})
        )  # fmt: skip
        self.state.put(AUTH_NS, id, self._dump(AuthTableEntry(id=id, access_settings=settings)))
        self.state.put(LOCKS_NS, id, {"id": id, "lock_information": {"locked": False, "history": []}})

    def _history(
        self, hid: int, username: str, reason: str, domain: dict[str, Any], ts: int | None = None
    ) -> dict[str, Any]:
        return {"id": hid, "timestamp": self._now() if ts is None else ts, "reason": reason, "username": username,
                "item": domain}  # fmt: skip

    def validate_domain(self, subtype: str, domain_info: dict[str, Any] | DomainInfoBase) -> DomainInfoBase:
        """Parse with the interface model, then apply the real registry's per-type checks."""
        pol = policy(subtype)
        raw = domain_info.model_dump(mode="json") if isinstance(domain_info, DomainInfoBase) else domain_info
        try:
            parsed = pol.domain_model.model_validate(raw)
        except ValidationError as e:
            raise RegistryFailure(f"Validation Error: {e}") from None
        problem = _reference_problem(self, pol.subtype, parsed)
        if problem is not None:
            raise RegistryFailure(f"Validation Error: {problem}")
        return parsed

    def create(self, subtype: str, domain_info: dict[str, Any] | DomainInfoBase, username: str, *,
               versioning_info: dict[str, Any] | None = None, validate: bool = True,
               spin_off: bool = True) -> dict[str, Any]:  # fmt: skip
        """Create a complete item owned by ``username`` and return it (stored JSON form).

        Provenance-versioned subtypes need the owner linked to a Person and spin off the
        REGISTER_CREATE_ACTIVITY job, as the real registry does; ``spin_off=False`` skips it.
        """
        pol = policy(subtype)
        person = self.require_link(username) if (pol.versioned and spin_off) else None
        parsed = (
            self.validate_domain(subtype, domain_info) if validate else pol.domain_model.model_validate(domain_info)
        )
        domain = parsed.model_dump(mode="json", exclude_none=True)
        with self.state.transaction():
            handle = self.state.new_handle()
            self._seed_tables(handle, username, pol)
            now = self._now()
            versioning = versioning_info if versioning_info is not None else (
                {"version": 1} if pol.versioned else None)  # fmt: skip
            item_model = pol.item_model.model_validate({
                **domain, "id": handle, "owner_username": username, "created_timestamp": now,
                "updated_timestamp": now, "item_category": pol.category.value, "item_subtype": pol.subtype.value,
                "record_type": RecordType.COMPLETE_ITEM.value, "versioning_info": versioning,
                "history": [self._history(0, username, "Initial record creation", domain, now)],
            })  # fmt: skip
            item = self._dump(item_model)
            self._write_item(item)
            if person is not None:
                session = self._spin_off("REGISTER_CREATE_ACTIVITY", username, {
                    "created_item_id": handle, "created_item_subtype": pol.subtype.value,
                    "linked_person_id": person})  # fmt: skip
                item["workflow_links"] = {"create_activity_workflow_id": session}
                self._write_item(item)
        return item

    def seed(self, subtype: str, username: str) -> dict[str, Any]:
        pol = policy(subtype)
        with self.state.transaction():
            handle = self.state.new_handle()
            self._seed_tables(handle, username, pol)
            now = self._now()
            seed = SeededItem(
                id=handle, owner_username=username, created_timestamp=now, updated_timestamp=now,
                item_category=pol.category, item_subtype=pol.subtype, record_type=RecordType.SEED_ITEM,
                versioning_info={"version": 1} if pol.versioned else None,
            )  # fmt: skip
            item = self._dump(seed)
            self._write_item(item)
        return item

    def update(self, id: str, domain_info: dict[str, Any] | DomainInfoBase, username: str | Actor,
               reason: str | None, *, subtype: str | None = None, check_lock: bool = True,
               exclude_history_update: bool = False, manual_grant: bool = False,
               validate: bool = True, spin_off: bool = True) -> dict[str, Any]:  # fmt: skip
        """Replace the domain info of item ``id``; seed items become complete. Returns the new item.

        Raises RegistryFailure for a subtype mismatch or invalid domain info (200 + success
        false in the real API), RegistryError 400 for an unknown id (the lock check fails
        first, as in the real API) or a missing reason, 401 when locked or not allowed.
        """
        item, _ = self.update_with_session(
            id, domain_info, username, reason, subtype=subtype, check_lock=check_lock,
            exclude_history_update=exclude_history_update, manual_grant=manual_grant,
            validate=validate, spin_off=spin_off)  # fmt: skip
        return item

    def update_with_session(self, id: str, domain_info: dict[str, Any] | DomainInfoBase, username: str | Actor,
                            reason: str | None, *, subtype: str | None = None, check_lock: bool = True,
                            exclude_history_update: bool = False, manual_grant: bool = False,
                            validate: bool = True,
                            spin_off: bool = True) -> tuple[dict[str, Any], str | None]:  # fmt: skip
        """``update`` plus the create-activity job session id when a seed became complete."""
        actor = as_actor(username)
        raw_existing = self.fetch(id)
        sub = subtype or (raw_existing or {}).get("item_subtype")
        if sub is None:
            raise RegistryFailure(f"Could not find the given key ({id}) in the registry.")
        pol = policy(sub)
        parsed = self.validate_domain(sub, domain_info) if validate else pol.domain_model.model_validate(domain_info)
        domain = parsed.model_dump(mode="json", exclude_none=True)
        session = None
        with self.state.transaction():
            if check_lock:
                self.ensure_unlocked(id)
            raw = self._get(id)
            try:
                record = self.parse(raw, pol)
            except ValidationError:
                raise RegistryError(500, f"Item with id {id} is neither a seed item nor a valid entry.") from None
            if record.item_subtype != pol.subtype or record.item_category != pol.category:
                raise RegistryFailure("The existing item is a valid item, but has a different subtype or category.")
            was_seed = record.record_type == RecordType.SEED_ITEM
            person = None
            if pol.versioned and was_seed and spin_off:
                person = self.linked_person(actor.username)
                if person is None:
                    raise RegistryError(400, "You cannot update a seed item to a complete item without having a "
                                             "linked person.")  # fmt: skip
            if not manual_grant:
                self._require(id, actor, pol, EDIT_ROLES, f"You are not authorised to edit the item ({id=}).")
            if was_seed:
                history = [self._history(0, actor.username, "Initial record creation", domain)]
            elif exclude_history_update:
                history = raw["history"]
            else:
                if reason is None:
                    raise RegistryError(400, f"Cannot update item {id} as no reason was provided and this item is "
                                             "not a "
                                             "seed item. Please provide a reason for this update.")  # fmt: skip
                next_id = max(h["id"] for h in raw["history"]) + 1
                history = [self._history(next_id, actor.username, reason, domain), *raw["history"]]
            item = self._dump(pol.item_model.model_validate({
                **domain, "id": id, "owner_username": raw["owner_username"],
                "created_timestamp": raw["created_timestamp"], "updated_timestamp": self._now(),
                "item_category": pol.category.value, "item_subtype": pol.subtype.value,
                "record_type": RecordType.COMPLETE_ITEM.value, "workflow_links": raw.get("workflow_links"),
                "versioning_info": raw.get("versioning_info"), "history": history,
            }))  # fmt: skip
            self._write_item(item)
            if person is not None:
                session = self._spin_off("REGISTER_CREATE_ACTIVITY", actor.username, {
                    "created_item_id": id, "created_item_subtype": pol.subtype.value,
                    "linked_person_id": person})  # fmt: skip
                item["workflow_links"] = {"create_activity_workflow_id": session}
                self._write_item(item)
        return item, session

    def revert(self, id: str, history_id: int, reason: str, user: Actor | str, subtype: str) -> None:
        actor, pol = as_actor(user), policy(subtype)
        with self.state.transaction():
            self.ensure_unlocked(id)
            raw = self._get(id)
            self._require(id, actor, pol, EDIT_ROLES, f"You are not authorised to edit the item ({id=}).")
            try:
                record = self.parse(raw, pol)
            except ValidationError:
                raise RegistryError(500, f"Item with id {id} is neither a seed item nor a valid entry.") from None
            if record.item_subtype != pol.subtype:
                raise RegistryFailure("The existing item is a valid item, but has a different subtype or category "
                                      "than the specified subroute. Ensure the item is the correct type.")  # fmt: skip
            if record.record_type == RecordType.SEED_ITEM:
                raise RegistryError(400, f"You cannot revert a seed item to a previous version. The item with id {id} "
                                         "is not a complete item.")  # fmt: skip
            point = next((h for h in raw["history"] if h["id"] == history_id), None)
            if point is None:
                raise RegistryError(400, f"The item with id {id} does not have a history entry with id matching "
                                         f"{history_id}. No action taken.")  # fmt: skip
            domain = self.validate_domain(subtype, point["item"]).model_dump(mode="json", exclude_none=True)
            next_id = max(h["id"] for h in raw["history"]) + 1
            entry = self._history(next_id, actor.username, f"(Restoring to v{history_id}) " + reason, domain)
            item = self._dump(pol.item_model.model_validate({
                **domain, **{k: raw.get(k) for k in _RECORD_KEYS},
                "updated_timestamp": self._now(), "history": [entry, *raw["history"]],
            }))  # fmt: skip
            self._write_item(item)

    def version(self, id: str, reason: str, user: Actor | str, subtype: str) -> tuple[str, str]:
        """New version of a complete item; returns (new id, version job session id)."""
        actor, pol = as_actor(user), policy(subtype)
        person = self.require_link(actor.username)
        with self.state.transaction():
            raw = self.fetch(id)
            if raw is None:
                raise RegistryError(400, f"Could not find the given key ({id}) in the registry.")
            self._require(id, actor, pol, AUTH_ADMIN_ROLES, f"You are not authorised to revise the item ({id=}).")
            if raw.get("record_type") != RecordType.COMPLETE_ITEM.value:
                raise RegistryError(400, f"Item with id {id} is a Seed Item. Cannot create version of seed items.")
            if raw.get("item_subtype") != pol.subtype.value:
                raise RegistryError(400, "The existing item is a valid item, but has a different subtype or category. "
                                         "These fields cannot be modified.")  # fmt: skip
            info = raw.get("versioning_info")
            if info is None:
                raise RegistryError(500, "Versioning cannot proceed as versioning enabled item has no versioning info!")
            if info.get("next_version") is not None:
                raise RegistryError(400, f"Cannot create a new version for an item ({id=}) which is not the latest "
                                         f"version. Next version {info['next_version']} already exists!")  # fmt: skip
            domain = pol.domain_model.model_validate(raw).model_dump(mode="json", exclude_none=True)
            handle = self.state.new_handle()
            self._seed_tables(handle, actor.username, pol, base=self.access_entry(id))
            now = self._now()
            number = int(info["version"]) + 1
            new = self._dump(pol.item_model.model_validate({
                **copy.deepcopy(raw), "id": handle, "created_timestamp": now, "updated_timestamp": now,
                "owner_username": actor.username, "workflow_links": {},
                "versioning_info": {"previous_version": id, "version": number, "reason": reason},
                "history": [self._history(0, actor.username, f"New version of existing item (id={id}).", domain, now)],
            }))  # fmt: skip
            self._write_item(new)
            raw["versioning_info"] = {**info, "next_version": handle}
            self._write_item(raw)
            session = self._spin_off("REGISTER_VERSION_ACTIVITY", actor.username, {
                "reason": reason, "version_number": number, "from_version_id": id, "to_version_id": handle,
                "linked_person_id": person, "item_subtype": pol.subtype.value})  # fmt: skip
            new["workflow_links"] = {"version_activity_workflow_id": session}
            self._write_item(new)
        return handle, session

    def delete(self, id: str) -> None:
        """Admin delete: removes the item from all three tables.

        As the real route does, the lock check comes first, so an id with no lock entry (one that does not
        exist) is refused with 400 "Failed to check if locked ... are you sure it exists?".
        """
        with self.state.transaction():
            self.ensure_unlocked(id)
            for ns in (ITEMS_NS, AUTH_NS, LOCKS_NS):
                self.state.delete(ns, id)
            self.index.delete(id)

    # -- jobs ---------------------------------------------------------------------------
    def _spin_off(self, job_sub_type: str, username: str, payload: dict[str, Any]) -> str:
        """Lodge a registry job through the job service when it is there, else run it inline.

        Inline runs still record a session id so items carry workflow links either way.
        """
        return lodge_registry_job(self.ctx, job_sub_type, username, payload)

    # -- listing ------------------------------------------------------------------------
    def query(self, *, subtype: str | None, release_reviewer: str | None, sort_type: SortType | None,
              ascending: bool, begins_with: str | None, record_type: str, release_status: str | None,
              pagination_key: dict[str, Any] | None,
              page_size: int) -> tuple[builtins.list[dict[str, Any]], dict[str, Any] | None]:  # fmt: skip
        """A DynamoDB-style paginated query over a sparse index, as the real list routes do.

        Partition: subtype or release reviewer (else all items); sort key per ``sort_type``
        (default: updated time); items without the sort key are not in the index. The page
        limit applies before the record-type filter, so pages can be short; the returned key
        is the last evaluated item's key, None once the index is exhausted.
        """
        sort_key = _SORT_KEYS[sort_type]
        filter_type = "ITEM_SUBTYPE" if subtype is not None else "RELEASE_REVIEWER" if release_reviewer else None
        if (filter_type, sort_type) not in _INDEXES:
            raise RegistryError(400, f"Failed to generate query parameters. Error: Could not derive an index name for "
                                     f"filter type {filter_type} and sort type {sort_type and sort_type.value}. If "
                                     "attempting to sort items by some field belonging to only particular item "
                                     "subtypes, ensure to provide the item subtype filter to access its index, or "
                                     "utilise the specific list routes for the item subtype.")  # fmt: skip
        if subtype is not None:
            part_key, part_value = "item_subtype", subtype
        elif release_reviewer is not None:
            part_key, part_value = "release_approver", release_reviewer
        else:
            part_key, part_value = "universal_partition_key", "OK"
        rows = []
        for item in self.state.list(ITEMS_NS):
            value = "OK" if part_key == "universal_partition_key" else item.get(part_key)
            if value != part_value or item.get(sort_key) is None:
                continue
            if sort_type == SortType.ACCESS_INFO_URI_BEGINS_WITH and not str(item[sort_key]).startswith(
                begins_with or ""
            ):
                continue
            rows.append(item)
        rows.sort(key=lambda i: (_sortable(i[sort_key]), i["id"]), reverse=not ascending)
        start = 0
        if pagination_key:
            if "id" not in pagination_key:
                raise RegistryError(400, "Failed to generate query parameters. Error: pagination_key must be a key "
                                         "returned by a previous list call.")  # fmt: skip
            mark = (_sortable(pagination_key.get(sort_key)), pagination_key["id"])
            before: Callable[[tuple[tuple[int, Any], Any]], bool] = (
                (lambda k: k <= mark) if ascending else (lambda k: k >= mark)
            )
            while start < len(rows) and before((_sortable(rows[start][sort_key]), rows[start]["id"])):
                start += 1
        evaluated = rows[start : start + page_size]
        more = start + page_size < len(rows)
        wanted = {"COMPLETE_ONLY": ["COMPLETE_ITEM"], "SEED_ONLY": ["SEED_ITEM"]}.get(record_type)
        page = [i for i in evaluated if wanted is None or i.get("record_type") in wanted]
        if release_status is not None:
            page = [i for i in evaluated if i.get("release_status") == release_status]
        key = None
        if more and evaluated:
            last = evaluated[-1]
            key = {"id": last["id"], sort_key: last[sort_key]}
            key[part_key] = part_value
        return page, key

    # -- admin export/import ------------------------------------------------------------
    def export_bundles(self) -> builtins.list[BundledItem]:
        # Keyed by the stored id, not a field of the payload: unparsed imports may hold payloads without one.
        auth, locks = self._docs_by_id(AUTH_NS), self._docs_by_id(LOCKS_NS)
        bundles = []
        for id, item in self._docs_by_id(ITEMS_NS).items():
            if id not in auth or id not in locks:
                raise RegistryError(500, f"Failed to export items as there was an issue consolidating the tables. "
                                         f"Error: the auth or lock table does not contain the id {id}.")  # fmt: skip
            bundles.append(BundledItem(id=id, item_payload=item, auth_payload=auth[id], lock_payload=locks[id]))
        return bundles

    def _docs_by_id(self, ns: str) -> dict[str, dict[str, Any]]:
        """id -> document of a namespace, in insertion order (one query, so ids and bodies always match)."""
        rows = self.state.execute("SELECT id, body FROM docs WHERE ns=? ORDER BY seq", (ns,))
        return {row[0]: json.loads(row[1]) for row in rows}

    def import_bundles(self, items: builtins.list[BundledItem], mode: ImportMode, *, parse_items: bool,
                       allow_entry_deletion: bool, trial_mode: bool) -> dict[str, Any]:  # fmt: skip
        """The registry's admin import: validate per mode, then write (unless trial mode).

        Returns the RegistryImportResponse fields.
        """
        with self.state.transaction():
            if parse_items:
                failures = [(err, b.model_dump()) for b in items if (err := _bundle_error(b)) is not None]
                if failures:
                    return {"status": {"success": False, "details": f"There were {len(failures)} items with parsing "
                                                                    "issues! See failure list."},
                            "trial_mode": trial_mode, "failure_list": failures}  # fmt: skip
            old = {b.id: b for b in self.export_bundles()}
            new = {b.id: b for b in items}
            errors = _mode_errors(mode, old, new, allow_entry_deletion)
            if errors:
                return {"status": {"success": False, "details": "There were errors during validation of the import "
                                                                "mode, see the failure list."},
                        "trial_mode": trial_mode, "failure_list": errors}  # fmt: skip
            deleting = set(old) - set(new) if mode == ImportMode.SYNC_DELETION_ALLOWED else set()
            overlap = set(old) & set(new)
            stats = RegistryImportStatistics(
                old_registry_size=len(old),
                new_registry_size=len(set(old) | set(new)) - len(deleting),
                deleted_entries=len(deleting),
                overwritten_entries=len(overlap),
                new_entries=len(set(new) - set(old)),
            )
            if not trial_mode:
                for b in items:
                    self.state.put(ITEMS_NS, b.id, b.item_payload)
                    self.state.put(AUTH_NS, b.id, b.auth_payload)
                    self.state.put(LOCKS_NS, b.id, b.lock_payload)
                    # Unparsed imports (parse_items=false) may carry any payload: index it under the bundle's id.
                    self.index.upsert({**b.item_payload, "id": b.id})
                for id in deleting:
                    for ns in (ITEMS_NS, AUTH_NS, LOCKS_NS):
                        self.state.delete(ns, id)
                    self.index.delete(id)
        prefix = "TRIAL: " if trial_mode else ""
        return {"status": {"success": True, "details": f"{prefix}Successfully imported with mode: {mode.value}."},
                "trial_mode": trial_mode, "statistics": stats.model_dump()}  # fmt: skip


_RECORD_KEYS = ("id", "owner_username", "created_timestamp", "item_category", "item_subtype", "record_type",
                "workflow_links", "versioning_info")  # fmt: skip

_SORT_KEYS: dict[SortType | None, str] = {
    None: "updated_timestamp",
    SortType.CREATED_TIME: "created_timestamp",
    SortType.UPDATED_TIME: "updated_timestamp",
    SortType.DISPLAY_NAME: "display_name",
    SortType.RELEASE_TIMESTAMP: "release_timestamp",
    SortType.ACCESS_INFO_URI_BEGINS_WITH: "access_info_uri",
}


# The (filter, sort) pairs the real registry table has a secondary index for.
_INDEXES: set[tuple[str | None, SortType | None]] = {
    (None, None), ("ITEM_SUBTYPE", None), (None, SortType.UPDATED_TIME), (None, SortType.CREATED_TIME),
    (None, SortType.DISPLAY_NAME), ("ITEM_SUBTYPE", SortType.UPDATED_TIME), ("ITEM_SUBTYPE", SortType.CREATED_TIME),
    ("ITEM_SUBTYPE", SortType.DISPLAY_NAME), ("RELEASE_REVIEWER", SortType.RELEASE_TIMESTAMP),
    ("RELEASE_REVIEWER", None), ("ITEM_SUBTYPE", SortType.ACCESS_INFO_URI_BEGINS_WITH),
}  # fmt: skip


def _sortable(value: Any) -> tuple[int, Any]:
    # Numbers before strings, so mixed keys (never expected) still compare.
    return (0, value) if isinstance(value, int | float) else (1, str(value))


def _bundle_error(bundle: BundledItem) -> str | None:
    try:
        record = RecordInfo.model_validate(bundle.item_payload)
    except ValidationError as e:
        return f"Could not parse registry item as Record Info: {e}"
    if record.record_type == RecordType.COMPLETE_ITEM:
        model = MODEL_TYPE_MAP.get((record.item_category, record.item_subtype))
        if model is None:
            return "The item could be parsed as a record but had a category/subtype combination that was not known."
        try:
            model.model_validate(bundle.item_payload)
        except ValidationError as e:
            return f"Could not parse registry item as it's matched type: {e}"
    try:
        LockTableEntry.model_validate(bundle.lock_payload)
    except ValidationError:
        return "Failed to parse the lock payload of item as a LockTableEntry."
    try:
        AuthTableEntry.model_validate(bundle.auth_payload)
    except ValidationError:
        return "Failed to parse the auth payload of item as a AuthTableEntry."
    return None


def _mode_errors(mode: ImportMode, old: dict[str, BundledItem], new: dict[str, BundledItem],
                 allow_deletion: bool) -> list[tuple[str, dict[str, Any]]]:  # fmt: skip
    """The per-mode validation of registry-api/helpers/admin_helpers.py."""
    if mode == ImportMode.ADD_ONLY:
        bad = [(f"Overlapping item on add only mode {k}", new[k]) for k in sorted(set(old) & set(new))]
    elif mode == ImportMode.OVERWRITE_ONLY:
        bad = [(f"Item {k} does not already exist", new[k]) for k in sorted(set(new) - set(old))]
    elif mode == ImportMode.SYNC_ADD_OR_OVERWRITE:
        bad = [(f"Item {k} currently exists but not provided in update", old[k]) for k in sorted(set(old) - set(new))]
    elif mode == ImportMode.SYNC_DELETION_ALLOWED and not allow_deletion:
        bad = [(f"Item {k} will be deleted but deletion not explicitly enabled", old[k])
               for k in sorted(set(old) - set(new))]  # fmt: skip
    else:
        bad = []
    return [(msg, b.model_dump()) for msg, b in bad]


# -- per-type reference checks (registry-api/helpers/type_validators.py) ----------------------
_EWKT = re.compile(r"SRID=(?P<srid>\d+);(?P<geometry>[A-Za-z]+\s*\(.+\))\s*$", re.S)


def _target_problem(store: RegistryStore, id: str, name: str, subtype: ItemSubType) -> str | None:
    raw = store.fetch(id)
    if raw is None:
        return f"Could not find {name} with ID {id} in registry. Please ensure it exists."
    if raw.get("record_type") == RecordType.SEED_ITEM.value:
        return f"Seed items ({id}) are not allowed to be used in this type. Use complete items only"
    if raw.get("item_subtype") != subtype.value:
        return f"Mismatch between expected item types. Please ensure {id} refers to a {subtype.value}."
    try:
        policy(subtype).item_model.model_validate(raw)
    except ValidationError as e:
        return f"Existing item {id} could not be parsed as correct item type. Error: {e}"
    return None


def _reference_problem(store: RegistryStore, subtype: ItemSubType, info: DomainInfoBase) -> str | None:
    """Why ``info`` refers to missing/wrong items (or breaks a type rule); None when fine."""
    data = info.model_dump(mode="json")
    targets: list[tuple[str, str, ItemSubType]] = []
    if subtype == ItemSubType.PERSON and not data.get("ethics_approved"):
        return ("Please ensure mandatory ethics consent is obtained before proceeding with registration or "
                "updating of person.")  # fmt: skip
    if subtype == ItemSubType.MODEL_RUN_WORKFLOW_TEMPLATE:
        targets.append((data["software_id"], "Software ID", ItemSubType.MODEL))
        for t in [*data.get("input_templates", []), *data.get("output_templates", [])]:
            targets.append((t["template_id"], "Dataset Template", ItemSubType.DATASET_TEMPLATE))
    if subtype == ItemSubType.DATASET:
        cf = data["collection_format"]
        targets.append((cf["associations"]["organisation_id"], "Author Organisation ID", ItemSubType.ORGANISATION))
        targets.append((cf["dataset_info"]["publisher_id"], "Dataset Publisher Organisation ID",
                        ItemSubType.ORGANISATION))  # fmt: skip
        if cf["associations"].get("data_custodian_id"):
            targets.append((cf["associations"]["data_custodian_id"], "Data Custodian ID", ItemSubType.PERSON))
        spatial = cf["dataset_info"].get("spatial_info") or {}
        for key in ("coverage", "extent"):
            if spatial.get(key) and not _EWKT.match(spatial[key]):
                return ("Invalid EWKT format recieved. Please use the E-WKT standard of: "
                        "'SRID=<SRID>;<WKT Formatted Geometry>'. Where the SRID is an integer number.")  # fmt: skip
    for id, name, target in targets:
        problem = _target_problem(store, id, name, target)
        if problem is not None:
            return problem
    return None


# -- registry jobs (registry-api/jobs/registry_jobs.py) --------------------------------------
def _register_create_activity(ctx: StackContext, payload: dict[str, Any], username: str) -> dict[str, Any]:
    """REGISTER_CREATE_ACTIVITY: mint the Create activity item, then lodge its provenance."""
    store = registry_store(ctx)
    created = payload["created_item_id"]
    activity = store.create("CREATE", {"display_name": f"Created item {created}", "created_item_id": created},
                            username, validate=False, spin_off=False)  # fmt: skip
    lodge_session = lodge(ctx, username, "PROV_LODGE", "LODGE_CREATE_ACTIVITY", {
        "created_item_id": created, "creation_activity_id": activity["id"],
        "linked_person_id": payload["linked_person_id"],
        "created_item_subtype": payload["created_item_subtype"]})  # fmt: skip
    return {"creation_activity_id": activity["id"], "lodge_session_id": lodge_session}


def _register_version_activity(ctx: StackContext, payload: dict[str, Any], username: str) -> dict[str, Any]:
    """REGISTER_VERSION_ACTIVITY: mint the Version activity item, then lodge its provenance."""
    store = registry_store(ctx)
    p = payload
    activity = store.create("VERSION", {
        "display_name": f"(V{p['version_number']}) Version from {p['from_version_id']} to {p['to_version_id']}",
        "reason": p["reason"], "from_item_id": p["from_version_id"], "to_item_id": p["to_version_id"],
        "new_version_number": p["version_number"]}, username, validate=False, spin_off=False)  # fmt: skip
    lodge_session = lodge(ctx, username, "PROV_LODGE", "LODGE_VERSION_ACTIVITY", {
        "from_version_id": p["from_version_id"], "to_version_id": p["to_version_id"],
        "version_activity_id": activity["id"], "linked_person_id": p["linked_person_id"],
        "item_subtype": p["item_subtype"]})  # fmt: skip
    return {"version_activity_id": activity["id"], "lodge_session_id": lodge_session}


REGISTRY_JOB_RUNNERS: dict[str, Callable[[StackContext, dict[str, Any], str], dict[str, Any]]] = {
    "REGISTER_CREATE_ACTIVITY": _register_create_activity,
    "REGISTER_VERSION_ACTIVITY": _register_version_activity,
}


def _jobs_module() -> Any:
    try:
        from . import jobs  # owned by the job service; may not exist yet
    except ImportError:
        return None
    return jobs if hasattr(jobs, "lodge_job") else None


def register_registry_runners(ctx: StackContext) -> bool:
    """Teach the job service how to run the registry's jobs (once per context)."""
    jobs = _jobs_module()
    if jobs is None or not hasattr(jobs, "register_runner"):
        return False
    if not ctx.__dict__.get("_registry_runners"):
        for sub_type, fn in REGISTRY_JOB_RUNNERS.items():
            jobs.register_runner(ctx, sub_type, fn)
        ctx.__dict__["_registry_runners"] = True
    return True


def lodge(ctx: StackContext, username: str, job_type: str, job_sub_type: str, payload: dict[str, Any]) -> str:
    """Lodge a job with the job service; without one, only the session id is recorded."""
    jobs = _jobs_module()
    if jobs is None:
        return ctx.state.new_uuid()
    session: str = jobs.lodge_job(ctx, username=username, job_type=job_type, job_sub_type=job_sub_type,
                                  payload=payload)  # fmt: skip
    return session


def lodge_registry_job(ctx: StackContext, job_sub_type: str, username: str, payload: dict[str, Any]) -> str:
    """Spin off a REGISTRY job: asynchronously through the job service when it exists,
    otherwise run synchronously here so the activity item still appears."""
    if register_registry_runners(ctx):
        return lodge(ctx, username, "REGISTRY", job_sub_type, payload)
    REGISTRY_JOB_RUNNERS[job_sub_type](ctx, payload, username)
    return ctx.state.new_uuid()
