"""Registry admin routes: export, import (modes, parse, trial), restore from a table, and
restore of the provenance graph (registry-api/routes/admin/import_export_restore.py)."""

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException
from ProvenaInterfaces.RegistryAPI import (
    ProvGraphRestoreRequest,
    ProvGraphRestoreResponse,
    RegistryExportResponse,
    RegistryImportRequest,
    RegistryImportResponse,
    RegistryRestoreRequest,
)
from ProvenaInterfaces.RegistryModels import RecordInfo, RecordType
from pydantic import ValidationError

from ...context import StackContext
from ...registry_store import TABLES, RegistryStore, registry_store
from ...registry_store import lodge as lodge_job
from ...security import User
from .common import failure, guarded, level_dependency, ok


def admin_router(ctx: StackContext) -> APIRouter:
    store = registry_store(ctx)
    admin = level_dependency(ctx, "ADMIN")
    router = APIRouter(prefix="/admin", tags=["Admin"])

    @guarded(RegistryExportResponse)
    def registry_admin_export(user: Annotated[User, Depends(admin)]) -> Any:
        items = store.export_bundles()
        return ok(f"Successfully exported {len(items)} items.", items=items)

    @guarded(RegistryImportResponse)
    def registry_admin_import(import_request: RegistryImportRequest, user: Annotated[User, Depends(admin)]) -> Any:
        r = import_request
        return store.import_bundles(r.items, r.import_mode, parse_items=r.parse_items,
                                    allow_entry_deletion=r.allow_entry_deletion, trial_mode=r.trial_mode)  # fmt: skip

    @guarded(RegistryImportResponse)
    def registry_admin_restore(restore_request: RegistryRestoreRequest, user: Annotated[User, Depends(admin)]) -> Any:
        names = restore_request.table_names
        if (names.resource_table_name == TABLES.resource_table_name or names.auth_table_name == TABLES.auth_table_name
                or names.lock_table_name == TABLES.lock_table_name):  # fmt: skip
            body = failure(RegistryImportResponse, "You supplied a table name which is the same as the current active "
                                                   "registry table(s). This behaviour is not supported.")  # fmt: skip
            return body | {"trial_mode": restore_request.trial_mode}
        # The local stack keeps no other tables (no DynamoDB backups to read from). The real service fails with
        # a 500 when the table is missing; naming a table that does not exist is the caller's mistake: 400.
        raise HTTPException(400, f"Cannot restore from table {names.resource_table_name!r}: it does not exist in "
                                 f"the local stack (its tables are {TABLES.resource_table_name}, "
                                 f"{TABLES.auth_table_name}, {TABLES.lock_table_name}). "
                                 "Nothing was restored.")  # fmt: skip

    @guarded(ProvGraphRestoreResponse)
    def registry_admin_restore_prov_graph(restore_request: ProvGraphRestoreRequest,
                                          user: Annotated[User, Depends(admin)]) -> Any:  # fmt: skip
        return _restore_graph(ctx, store, restore_request)

    for path, fn, body, response in (
        ("/export", registry_admin_export, "GET", RegistryExportResponse),
        ("/import", registry_admin_import, "POST", RegistryImportResponse),
        ("/restore_from_table", registry_admin_restore, "POST", RegistryImportResponse),
        ("/restore-prov-graph", registry_admin_restore_prov_graph, "POST", ProvGraphRestoreResponse),
    ):
        router.add_api_route(path, fn, methods=[body], response_model=response, name=fn.__name__)
    return router


def _restore_graph(ctx: StackContext, store: RegistryStore, req: ProvGraphRestoreRequest) -> dict[str, Any]:
    """Re-lodge provenance for the Create/Version activities and model runs in an export."""
    jobs: list[tuple[str, str, dict[str, Any]]] = []  # (username, job sub type, payload)
    failures: list[str] = []
    for bundle in req.items:
        node = bundle.item_payload
        try:
            record = RecordInfo.model_validate(node)
        except ValidationError as e:
            failures.append(f"DISPATCH CREATION FAILED: item {bundle.id} is not a registry record: {e}")
            continue
        if record.record_type != RecordType.COMPLETE_ITEM:
            continue
        sub = record.item_subtype.value
        try:
            if sub in ("CREATE", "VERSION"):
                target = node["created_item_id"] if sub == "CREATE" else node["from_item_id"]
                connected = store.fetch(target)
                if connected is None:
                    raise KeyError(f"Error fetching connected node for {sub.lower()} activity with ID {record.id}. "
                                   "Most likely the connected item no longer exists.")  # fmt: skip
                person = store.linked_person(record.owner_username)
                if person is None:
                    raise ValueError(f"Failed to resolve linked person for username {record.owner_username}.")
                if sub == "CREATE":
                    jobs.append((record.owner_username, "LODGE_CREATE_ACTIVITY", {
                        "created_item_id": target, "creation_activity_id": record.id, "linked_person_id": person,
                        "created_item_subtype": connected["item_subtype"]}))  # fmt: skip
                else:
                    jobs.append((record.owner_username, "LODGE_VERSION_ACTIVITY", {
                        "from_version_id": node["from_item_id"], "to_version_id": node["to_item_id"],
                        "version_activity_id": record.id, "linked_person_id": person,
                        "item_subtype": connected["item_subtype"]}))  # fmt: skip
            elif sub == "MODEL_RUN":
                jobs.append((record.owner_username, "MODEL_RUN_LODGE_ONLY", {
                    "model_run_record_id": record.id, "record": node["record"], "revalidate": False,
                    "user_info": ""}))  # fmt: skip
        except Exception as e:
            failures.append(f"DISPATCH CREATION FAILED FOR SUBTYPE {sub}: {e}")
    detail = "\n".join(failures)
    if failures and req.abort_if_failures:
        raise HTTPException(400, "Validation of provenance for creation failed, and abort_if_failures is True. No "
                                 f"provenance creation jobs were submitted. Total failures: {len(failures)}. "
                                 f"Details: {detail}")  # fmt: skip
    base = {"trial_mode": req.trial_mode, "abort_if_failures": req.abort_if_failures}
    if req.trial_mode:
        return {"status": {"success": not failures, "details": f"TRIAL: {len(failures)} errors in validation of "
                           "provenance records. Run again with trial mode set to false to actually perform restore."
                           + (f" Errors: {detail}." if failures else "")}, "task_ids": [], **base}  # fmt: skip
    task_ids = []
    for username, sub_type, payload in jobs:
        try:
            task_ids.append(lodge_job(ctx, username, "PROV_LODGE", sub_type, payload))
        except Exception as e:  # a job the job service refuses is reported, not fatal
            failures.append(f"JOB LAUNCH FAILED FOR {sub_type}: {e}")
    detail = "\n".join(failures)
    return ok(f"Parsed the graph restore request with {len(failures)} provenance validation errors, submitted "
              f"{len(task_ids)} jobs for creating valid provenance records."
              + (f" ERRORS: {detail}" if failures else ""), task_ids=task_ids, **base)  # fmt: skip
