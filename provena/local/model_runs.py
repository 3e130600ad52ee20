"""Model run records: validation against the registry, registration, update and graph lodging.

This is the prov API's workflow code (reference: prov-api/helpers/validate_model_run_record.py,
workflows.py and jobs/prov_jobs.py) on top of the in-process registry store and the
lineage store. The job runners at the bottom run in the job worker thread, inside one
state transaction: a failing job writes nothing.
"""

from __future__ import annotations

from typing import Any, cast

from ProvenaInterfaces.AsyncJobModels import (
    ProvLodgeBatchSubmitPayload,
    ProvLodgeBatchSubmitResult,
    ProvLodgeCreationPayload,
    ProvLodgeModelRunLodgeOnlyPayload,
    ProvLodgeModelRunLodgeOnlyResult,
    ProvLodgeModelRunPayload,
    ProvLodgeModelRunResult,
    ProvLodgeUpdateLodgeOnlyPayload,
    ProvLodgeUpdatePayload,
    ProvLodgeUpdateResult,
    ProvLodgeVersionPayload,
)
from ProvenaInterfaces.ProvenanceAPI import ProvenanceRecordInfo
from ProvenaInterfaces.ProvenanceModels import ModelRunRecord
from ProvenaInterfaces.RegistryModels import ModelRunDomainInfo, WorkflowRunCompletionStatus

from . import jobs
from .context import StackContext
from .lineage import Graph, create_graph, lineage_store, model_run_graph, prov_json, version_graph
from .registry_store import registry_store

LODGED_REASON = "Updating item to mark completion of provenance lodge."


class NotValid(Exception):
    """A registry lookup failed: the message is the real service's wording."""


def user_cipher(username: str) -> str:
    """Stands in for the encrypted user context the real prov API forwards in job payloads."""
    return f"local-stack-user:{username}"


# -- registry lookups ---------------------------------------------------------------------------
def fetch_complete(ctx: StackContext, id: str, subtype: str, what: str) -> dict[str, Any]:
    """The complete registry item ``id`` of ``subtype``; raises NotValid with the reason otherwise."""
    item = registry_store(ctx).fetch(id)
    if item is None:
        raise NotValid(f"Provided {what} with id {id} was not a valid id, error: Failed to retrieve item with "
                       f"details: Could not find the given key ({id}) in the registry..")  # fmt: skip
    if item.get("item_subtype") != subtype:
        raise NotValid(f"Provided {what} with id {id} was not a valid id, error: the item is a "
                       f"{item.get('item_subtype')}, expected {subtype}.")  # fmt: skip
    if item.get("record_type") == "SEED_ITEM":
        raise NotValid(f"Provided {what} with id {id} is an incomplete seed record.")
    return item


def validate_record(ctx: StackContext, record: ModelRunRecord) -> str | None:
    """Why the record is not valid (reference: validate_model_run_record), None when it is."""
    try:
        _validate(ctx, record)
    except NotValid as e:
        return str(e)
    return None


def _workflow(ctx: StackContext, id: str) -> dict[str, Any]:
    return fetch_complete(ctx, id, "MODEL_RUN_WORKFLOW_TEMPLATE", "model run workflow definition")


def _validate(ctx: StackContext, record: ModelRunRecord) -> None:
    if record.end_time < record.start_time:
        raise NotValid("The end time cannot be before the start time of a model run")
    if record.study_id is not None:
        fetch_complete(ctx, record.study_id, "STUDY", "study")
    wf = _workflow(ctx, record.workflow_template_id)
    templates: dict[str, dict[str, Any]] = {}
    for res in [*wf.get("input_templates", []), *wf.get("output_templates", [])]:
        tid = res["template_id"]
        templates[tid] = fetch_complete(ctx, tid, "DATASET_TEMPLATE",
                                        "dataset template (associated with the workflow def.)")  # fmt: skip
    for end, resources, provided in (("inputs", wf.get("input_templates", []), record.inputs),
                                     ("outputs", wf.get("output_templates", []), record.outputs)):  # fmt: skip
        given = {d.dataset_template_id for d in provided}
        for res in resources:
            if not res.get("optional") and res["template_id"] not in given:
                raise NotValid(f"The workflow definition expects dataset with template ID {res['template_id']} "
                               f"but it was not present in the {end}.")  # fmt: skip
        allowed = {r["template_id"] for r in resources}
        label = end[:-1]
        for ds in provided:
            if ds.dataset_template_id not in allowed:
                raise NotValid(
                    f"An {label} template in the payload (id: {ds.dataset_template_id}) does not exist in the "
                    f"workflow definition's list of expected/required {label} dataset templates. Check your "
                    "workflow definition and provided input dataset templates are correct."
                )
            reason = _dataset_problem(ctx, ds.dataset_id, ds.dataset_template_id, ds.resources,
                                      templates[ds.dataset_template_id])  # fmt: skip
            if reason is not None:
                raise NotValid(f"An {label} dataset validation process failed, type {ds.dataset_type.value}, "
                               f"template id {ds.dataset_template_id}, reason {reason}.")  # fmt: skip
    try:
        fetch_complete(ctx, wf["software_id"], "MODEL", "model")
    except NotValid as e:
        raise NotValid(f"Model with id {wf['software_id']} (associated with workflow definition) was not a valid "
                       f"model, error: {e}.") from None  # fmt: skip
    modeller = record.associations.modeller_id
    try:
        fetch_complete(ctx, modeller, "PERSON", "person")
    except NotValid as e:
        raise NotValid(f"Modeller with id {modeller} was not a valid person, error: {e}.") from None
    org = record.associations.requesting_organisation_id
    if org:
        try:
            fetch_complete(ctx, org, "ORGANISATION", "organisation")
        except NotValid as e:
            raise NotValid(f"Organisation with id {org} was not a valid organisation, error: {e}.") from None
    required = set((wf.get("annotations") or {}).get("required", []))
    missing = sorted(required - set(record.annotations or {}))
    if missing:
        raise NotValid(f"Missing required annotations with keys: ({','.join(missing)}).")


def _dataset_problem(ctx: StackContext, dataset_id: str, template_id: str, resources: dict[str, str] | None,
                     template: dict[str, Any]) -> str | None:  # fmt: skip
    try:
        fetch_complete(ctx, dataset_id, "DATASET", "dataset")
    except NotValid as e:
        return f"Input dataset with id {dataset_id} was not a valid id, error: {e}"
    deferred = template.get("deferred_resources", [])
    mandatory = {r["key"] for r in deferred if not r.get("optional")}
    valid = {r["key"] for r in deferred}
    provided = set(resources or {})
    if mandatory - provided:
        return (f"The provided templated dataset with id {template_id} and dataset id {dataset_id} was missing "
                f"deferred resource paths for the following required resource keys "
                f"({','.join(sorted(mandatory - provided))}).")  # fmt: skip
    if provided - valid:
        return (f"The provided templated dataset with id {template_id} and dataset id {dataset_id} provided "
                f"unexpected deferred resource paths for the following unexpected resource keys "
                f"({','.join(sorted(provided - valid))}).")  # fmt: skip
    return None


def _require_valid(ctx: StackContext, record: ModelRunRecord) -> None:
    error = validate_record(ctx, record)
    if error is not None:
        raise jobs.JobFailed(f"Failed to validate an entity's ID in the record, error: {error}.", verbatim=True)


# -- writing ------------------------------------------------------------------------------------
def _graph(ctx: StackContext, record: ModelRunRecord, record_id: str) -> Graph:
    wf = _workflow(ctx, record.workflow_template_id)
    return model_run_graph(record, record_id, wf["software_id"])


def _domain(record: ModelRunRecord, serialisation: str, status: WorkflowRunCompletionStatus) -> ModelRunDomainInfo:
    return ModelRunDomainInfo(display_name=record.display_name, record_status=status, record=record,
                              prov_serialisation=serialisation)  # fmt: skip


def register_and_lodge(ctx: StackContext, record: ModelRunRecord, username: str) -> ProvenanceRecordInfo:
    """Seed the MODEL_RUN item, complete it, lodge its graph, mark it LODGED (reference: workflows.py)."""
    store = registry_store(ctx)
    with ctx.state.transaction():
        seed = store.seed("MODEL_RUN", username)
        handle = seed["id"]
        graph = _graph(ctx, record, handle)
        serialisation = prov_json(graph)
        store.update(handle, _domain(record, serialisation, WorkflowRunCompletionStatus.COMPLETE), username, None)
        lineage_store(ctx).merge_add(graph)
        store.update(handle, _domain(record, serialisation, WorkflowRunCompletionStatus.LODGED), username,
                     LODGED_REASON)  # fmt: skip
    return ProvenanceRecordInfo(id=handle, prov_json=serialisation, record=record)


def update_existing(ctx: StackContext, record_id: str, record: ModelRunRecord, reason: str,
                    username: str) -> ProvenanceRecordInfo:  # fmt: skip
    """New record for an existing model run: registry update plus a graph diff (reference: workflows.py)."""
    store = registry_store(ctx)
    with ctx.state.transaction():
        _existing_model_run(ctx, record_id)
        graph = _graph(ctx, record, record_id)
        serialisation = prov_json(graph)
        store.update(record_id, _domain(record, serialisation, WorkflowRunCompletionStatus.COMPLETE), username, reason)
        lineage_store(ctx).apply_diff(graph)
        store.update(record_id, _domain(record, serialisation, WorkflowRunCompletionStatus.LODGED), username,
                     LODGED_REASON)  # fmt: skip
    return ProvenanceRecordInfo(id=record_id, prov_json=serialisation, record=record)


def _existing_model_run(ctx: StackContext, record_id: str) -> dict[str, Any]:
    try:
        return fetch_complete(ctx, record_id, "MODEL_RUN", "model run")
    except NotValid as e:
        raise jobs.JobFailed(str(e)) from None


def store_existing(ctx: StackContext, item: dict[str, Any], validate: bool) -> None:
    """Re-lodge a stored model run's graph (the admin restore routes)."""
    record = ModelRunRecord.model_validate(item["record"])
    if validate:
        error = validate_record(ctx, record)
        if error is not None:
            raise NotValid(f"Failed to validate an entity's ID in the record, error: {error}.")
    lineage_store(ctx).merge_add(_graph(ctx, record, item["id"]))


# -- job runners ---------------------------------------------------------------------------------
def _lodge_model_run(ctx: StackContext, payload: dict[str, Any], username: str) -> dict[str, Any]:
    p = ProvLodgeModelRunPayload.model_validate(payload)
    if p.revalidate:
        _require_valid(ctx, p.record)
    info = register_and_lodge(ctx, p.record, username)
    return ProvLodgeModelRunResult(record=info).model_dump(mode="json")


def _lodge_only(ctx: StackContext, payload: dict[str, Any], username: str) -> dict[str, Any]:
    p = ProvLodgeModelRunLodgeOnlyPayload.model_validate(payload)
    if p.revalidate:
        _require_valid(ctx, p.record)
    _existing_model_run(ctx, p.model_run_record_id)
    graph = _graph(ctx, p.record, p.model_run_record_id)
    lineage_store(ctx).merge_add(graph)
    info = ProvenanceRecordInfo(id=p.model_run_record_id, prov_json=prov_json(graph), record=p.record)
    return ProvLodgeModelRunLodgeOnlyResult(record=info).model_dump(mode="json")


def _batch_submit(ctx: StackContext, payload: dict[str, Any], username: str) -> dict[str, Any]:
    p = ProvLodgeBatchSubmitPayload.model_validate(payload)
    if not p.records:
        raise jobs.JobFailed("An error occurred: the batch contained no model run records, so no batch was created",
                             verbatim=True)  # fmt: skip
    batch_id: str | None = None
    for record in p.records:
        child = ProvLodgeModelRunPayload(record=record, revalidate=True, user_info=p.user_info)
        _, new_batch = jobs.launch_job(
            ctx, username=username, job_type="PROV_LODGE", job_sub_type="MODEL_RUN_PROV_LODGE",
            payload=child.model_dump(mode="json"), request_batch_id=batch_id is None, batch_id=batch_id,
        )  # fmt: skip
        batch_id = batch_id or new_batch
    assert batch_id is not None
    return ProvLodgeBatchSubmitResult(batch_id=batch_id).model_dump(mode="json")


def _update(ctx: StackContext, payload: dict[str, Any], username: str) -> dict[str, Any]:
    p = ProvLodgeUpdatePayload.model_validate(payload)
    if p.revalidate:
        _require_valid(ctx, p.updated_record)
    info = update_existing(ctx, p.model_run_record_id, p.updated_record, p.reason, username)
    return ProvLodgeUpdateResult(record=info).model_dump(mode="json")


def _update_lodge_only(ctx: StackContext, payload: dict[str, Any], username: str) -> dict[str, Any]:
    p = ProvLodgeUpdateLodgeOnlyPayload.model_validate(payload)
    if p.revalidate:
        _require_valid(ctx, p.updated_record)
    _existing_model_run(ctx, p.model_run_record_id)
    lineage_store(ctx).apply_diff(_graph(ctx, p.updated_record, p.model_run_record_id))
    return {}


def _lodge_create(ctx: StackContext, payload: dict[str, Any], username: str) -> dict[str, Any]:
    p = cast(ProvLodgeCreationPayload, jobs.validate_payload("LODGE_CREATE_ACTIVITY", payload))
    lineage_store(ctx).merge_add(create_graph(p.created_item_id, p.created_item_subtype.value,
                                              p.creation_activity_id, p.linked_person_id))  # fmt: skip
    return {}


def _lodge_version(ctx: StackContext, payload: dict[str, Any], username: str) -> dict[str, Any]:
    p = cast(ProvLodgeVersionPayload, jobs.validate_payload("LODGE_VERSION_ACTIVITY", payload))
    lineage_store(ctx).merge_add(version_graph(p.from_version_id, p.to_version_id,
                                               p.version_activity_id, p.item_subtype.value,
                                               p.linked_person_id))  # fmt: skip
    return {}


RUNNERS: dict[str, jobs.Runner] = {
    "MODEL_RUN_PROV_LODGE": _lodge_model_run,
    "MODEL_RUN_LODGE_ONLY": _lodge_only,
    "MODEL_RUN_BATCH_SUBMIT": _batch_submit,
    "MODEL_RUN_UPDATE": _update,
    "MODEL_RUN_UPDATE_LODGE_ONLY": _update_lodge_only,
    "LODGE_CREATE_ACTIVITY": _lodge_create,
    "LODGE_VERSION_ACTIVITY": _lodge_version,
}


def register_runners(ctx: StackContext) -> None:
    for sub_type, fn in RUNNERS.items():
        jobs.register_runner(ctx, sub_type, fn)
