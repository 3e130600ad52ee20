"""The prov service of the local stack (reference: prov-api/main.py and routes/*).

Model runs are registered, updated and linked to studies through async jobs (see
``model_runs``); lineage queries read the graph in ``lineage``; the CSV bulk tools live
in ``csv_templates`` and the close-out report in ``report``.
"""

from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Response, UploadFile
from ProvenaInterfaces.AsyncJobModels import (
    ProvLodgeBatchSubmitPayload,
    ProvLodgeModelRunLodgeOnlyPayload,
    ProvLodgeModelRunPayload,
    ProvLodgeUpdatePayload,
)
from ProvenaInterfaces.ProvenanceAPI import (
    AddStudyLinkResponse,
    ConvertModelRunsResponse,
    GenerateReportRequest,
    LineageResponse,
    PostDeleteGraphRequest,
    PostDeleteGraphResponse,
    PostUpdateModelRunInput,
    PostUpdateModelRunResponse,
    RegisterBatchModelRunRequest,
    RegisterBatchModelRunResponse,
    RegisterModelRunResponse,
    SyncRegisterModelRunResponse,
)
from ProvenaInterfaces.ProvenanceModels import ModelRunRecord
from ProvenaInterfaces.RegistryModels import ItemModelRun, ModelRunDomainInfo
from ProvenaInterfaces.SharedTypes import Status, StatusResponse
from pydantic import BaseModel

from .. import csv_templates, jobs, lineage, model_runs, report
from ..context import StackContext
from ..registry_store import RegistryError, RegistryFailure, registry_store
from ..security import User, is_admin
from ._common import new_app

DISPATCHED = "Job dispatched, monitor session ID using the job API to see progress."


class GenerateReportResponse(BaseModel):
    """Response of ``POST /explore/generate/report`` in the reference backend (newer than the interfaces package)."""

    session_id: str


# Explore routes: (path, operation, default depth, query, status details). Table, not six copies.
_EXPLORE = (
    ("/upstream", "explore_upstream", lineage.DEPTH_DEFAULT, "upstream",
     "Made lineage query (with depth {depth}) to neo4j backend."),
    ("/downstream", "explore_downstream", lineage.DEPTH_DEFAULT, "downstream",
     "Made downstream query (with depth {depth}) to neo4j backend."),
    ("/special/contributing_datasets", "special_contributing_datasets", lineage.DEPTH_SPECIAL_DEFAULT,
     "contributing_datasets", "Made upstream contribution query (with depth {depth}) to neo4j backend."),
    ("/special/effected_datasets", "special_effected_datasets", lineage.DEPTH_SPECIAL_DEFAULT,
     "effected_datasets", "Made downstream effect query (with depth {depth}) to neo4j backend."),
    ("/special/contributing_agents", "special_contributing_agents", lineage.DEPTH_SPECIAL_DEFAULT,
     "contributing_agents", "Made upstream contribution query (with depth {depth}) to neo4j backend."),
    ("/special/effected_agents", "special_effected_agents", lineage.DEPTH_SPECIAL_DEFAULT,
     "effected_agents", "Made downstream effect query (with depth {depth}) to neo4j backend."),
)  # fmt: skip


def build(ctx: StackContext) -> FastAPI:
    app = new_app("prov", ctx, access_checks="standard")
    model_runs.register_runners(ctx)
    report.register_runner(ctx)
    jobs.install_hooks(ctx)
    sec = ctx.security
    AnyUser = Annotated[User, Depends(sec.user)]
    Admin = Annotated[User, Depends(sec.admin)]

    def invalid(record: ModelRunRecord) -> None:
        error = model_runs.validate_record(ctx, record)
        if error is not None:
            raise HTTPException(400, f"Failed to validate an entity's ID in the record, error: {error}.")

    def lodge(user: User, sub_type: str, payload: BaseModel) -> str:
        return jobs.lodge_job(ctx, username=user.username, job_type="PROV_LODGE", job_sub_type=sub_type,
                              payload=payload.model_dump(mode="json"))  # fmt: skip

    # -- model runs -------------------------------------------------------------------------------
    @app.post("/model_run/register", response_model=RegisterModelRunResponse, tags=["Model Runs"])
    def register_model_run(record: ModelRunRecord, user: AnyUser) -> RegisterModelRunResponse:
        invalid(record)
        cipher = model_runs.user_cipher(user.username)
        payload = ProvLodgeModelRunPayload(record=record, revalidate=False, user_info=cipher)
        session = lodge(user, "MODEL_RUN_PROV_LODGE", payload)
        return RegisterModelRunResponse(status=Status(success=True, details=DISPATCHED), session_id=session)

    @app.post("/model_run/register_batch", response_model=None, tags=["Model Runs"])
    def register_batch(request: RegisterBatchModelRunRequest, user: AnyUser) -> RegisterBatchModelRunResponse:
        payload = ProvLodgeBatchSubmitPayload(records=request.records, user_info=model_runs.user_cipher(user.username))
        session = lodge(user, "MODEL_RUN_BATCH_SUBMIT", payload)
        return RegisterBatchModelRunResponse(status=Status(success=True, details=DISPATCHED), session_id=session)

    @app.post("/model_run/register_sync", response_model=SyncRegisterModelRunResponse, include_in_schema=False,
              tags=["Model Runs"])  # fmt: skip
    def register_model_run_sync(record: ModelRunRecord, user: Admin) -> SyncRegisterModelRunResponse:
        invalid(record)
        info = model_runs.register_and_lodge(ctx, record, user.username)
        done = Status(success=True, details="Provenance record lodged successfully.")
        return SyncRegisterModelRunResponse(status=done, record_info=info)

    @app.post("/model_run/edit/link_to_study", response_model=AddStudyLinkResponse, tags=["Model Runs"])
    def add_study_link(model_run_id: str, study_id: str, user: AnyUser) -> AddStudyLinkResponse:
        items = {}
        for id, subtype in ((model_run_id, "MODEL_RUN"), (study_id, "STUDY")):
            try:
                items[id] = model_runs.fetch_complete(ctx, id, subtype, subtype.lower().replace("_", " "))
            except model_runs.NotValid as e:
                raise HTTPException(400, f"Item {id} failed validation: {e}") from None
        run = items[model_run_id]
        linked = run["record"].get("study_id")
        if linked is not None:
            raise HTTPException(400, f"ModelRun {model_run_id} already linked to a study. Study ID: {linked}. "
                                     "Cannot link to another study.")  # fmt: skip
        domain = ModelRunDomainInfo.model_validate(run)
        domain.record.study_id = study_id
        with ctx.state.transaction(), _registry_errors("Error occurred while updating model run in registry: "):
            registry_store(ctx).update(model_run_id, domain, user, "Linking model run to study.")
            session = lodge(user, "MODEL_RUN_LODGE_ONLY", ProvLodgeModelRunLodgeOnlyPayload(
                model_run_record_id=model_run_id, record=domain.record, revalidate=False,
                user_info=model_runs.user_cipher(user.username)))  # fmt: skip
        return AddStudyLinkResponse(
            status=Status(success=True, details="Succesfully linked model run and study together in the registry and "
                                                "lodged a job for the provenance graph update with given session ID."),
            model_run_id=model_run_id, study_id=study_id, session_id=session,
        )  # fmt: skip

    @app.post("/model_run/update", response_model=PostUpdateModelRunResponse, tags=["Model Runs"])
    def update_model_run(payload: PostUpdateModelRunInput, user: AnyUser) -> PostUpdateModelRunResponse:
        invalid(payload.record)
        session = lodge(user, "MODEL_RUN_UPDATE", ProvLodgeUpdatePayload(
            model_run_record_id=payload.model_run_id, updated_record=payload.record, reason=payload.reason,
            revalidate=True, user_info=model_runs.user_cipher(user.username)))  # fmt: skip
        return PostUpdateModelRunResponse(session_id=session)

    @app.post("/model_run/delete", response_model=PostDeleteGraphResponse, include_in_schema=False,
              tags=["Model Runs"])  # fmt: skip
    def delete_model_run(delete: PostDeleteGraphRequest, user: Admin) -> PostDeleteGraphResponse:
        item = registry_store(ctx).fetch(delete.record_id)
        if item is None:
            raise HTTPException(400, f"Item with id {delete.record_id} was not found in the registry.")
        if item.get("item_subtype") not in ("MODEL_RUN", "STUDY"):
            raise HTTPException(400, f"Item with id {delete.record_id} is of type {item.get('item_subtype')} which is "
                                     "not allowed to be deleted. Allowed types are: MODEL_RUN, STUDY")  # fmt: skip
        store = lineage.lineage_store(ctx)
        empty = lineage.Graph(delete.record_id)
        diff = store.diff(empty) if delete.trial_mode else store.apply_diff(empty)
        return PostDeleteGraphResponse(diff=diff)

    # -- explore ------------------------------------------------------------------------------------
    def explore_route(path: str, name: str, default: int, query: str, details: str) -> None:
        def handler(starting_id: str, user: AnyUser, depth: int | None = None) -> LineageResponse:
            depth = depth or default
            if depth > lineage.DEPTH_UPPER_LIMIT:
                raise HTTPException(400, f"Depth provided is in excess of depth maximum: {lineage.DEPTH_UPPER_LIMIT}.")
            if depth < 1:
                raise HTTPException(400, "Depth must be a positive integer.")
            if registry_store(ctx).fetch(starting_id) is None:
                raise HTTPException(400, f"The provided id {starting_id} was not a valid registry item. Error from "
                                         f"registry lookup: Could not find the given key ({starting_id}) in the "
                                         "registry.")  # fmt: skip
            graph = getattr(lineage.lineage_store(ctx), query)(starting_id, depth)
            return LineageResponse(status=Status(success=True, details=details.format(depth=depth)),
                                   record_count=len(graph["nodes"]), graph=graph)  # fmt: skip

        handler.__name__ = name
        app.add_api_route("/explore" + path, handler, methods=["GET"], name=name, response_model=LineageResponse,
                          tags=["Explore Lineage"])  # fmt: skip

    for spec in _EXPLORE:
        explore_route(*spec)

    @app.post("/explore/generate/report", response_model=GenerateReportResponse, tags=["Explore Lineage"])
    def export_prov_graph(request: GenerateReportRequest, user: AnyUser) -> GenerateReportResponse:
        payload = jobs.ReportGeneratePayload(id=request.id, item_subtype=request.item_subtype, depth=request.depth,
                                             user_info=model_runs.user_cipher(user.username))  # fmt: skip
        session = jobs.lodge_job(ctx, username=user.username, job_type="REPORT", job_sub_type="GENERATE_REPORT",
                                 payload=payload.model_dump(mode="json"))  # fmt: skip
        return GenerateReportResponse(session_id=session)

    @app.get("/explore/generate/report/download", include_in_schema=False, tags=["Explore Lineage"])
    def download_report(session_id: str, user: AnyUser) -> Response:
        # Where report_url points when the stack runs without S3.
        found = report.stored_report(ctx, session_id)
        if found is None:
            raise HTTPException(404, f"No report was generated by job {session_id}.")
        owner, filename, content = found
        if owner != user.username and not is_admin(user):
            raise HTTPException(401, "Not authorised to view this record.")
        return Response(content, media_type=report.DOCX_MEDIA_TYPE,
                        headers={"Content-Disposition": f'attachment; filename="{filename}"'})  # fmt: skip

    # -- bulk CSV -----------------------------------------------------------------------------------
    @app.get("/bulk/generate_template/csv", tags=["CSV Template Tools"])
    def generate_template_csv(workflow_template_id: str, user: AnyUser) -> Response:
        with _template_errors():
            cols = csv_templates.columns(ctx, workflow_template_id)
        return _csv(csv_templates.write_csv([cols.headers()]), "test.csv")

    @app.post("/bulk/convert_model_runs/csv", response_model=ConvertModelRunsResponse, tags=["CSV Template Tools"])
    def convert_model_runs_csv(csv_file: UploadFile, user: AnyUser) -> ConvertModelRunsResponse:
        with _template_errors():
            rows = csv_templates.parse_upload(csv_file.file.read())
            new, existing, warnings = csv_templates.convert(ctx, rows)
        return ConvertModelRunsResponse(
            status=Status(success=True, details=f"Successfully generated model run records. There were "
                                                f"{len(warnings)} warnings."),
            new_records=new, existing_records=existing, warnings=warnings,
        )  # fmt: skip

    @app.get("/bulk/regenerate_from_batch/csv", tags=["CSV Template Tools"])
    def regenerate_from_batch_csv(batch_id: str, user: AnyUser) -> Response:
        batch = jobs.list_jobs(ctx, batch_id=batch_id)
        if any(j["username"] != user.username for j in batch):
            raise HTTPException(401, "Batch contains items which you do not own. Not authorised.")
        if not batch:
            raise HTTPException(400, f"The specified batch ID {batch_id} contained no jobs.")
        if any(j["job_sub_type"] != "MODEL_RUN_PROV_LODGE" for j in batch):
            raise HTTPException(400, f"The specified batch ID {batch_id} contained jobs with non model run lodge job "
                                     "types.")  # fmt: skip
        records = [ProvLodgeModelRunPayload.model_validate(j["payload"]).record for j in batch]
        templates = {r.workflow_template_id for r in records}
        if len(templates) > 1:
            raise HTTPException(400, f"The specified batch ID {batch_id} contained jobs with more than one workflow "
                                     "template IDs.")  # fmt: skip
        with _template_errors():
            cols = csv_templates.columns(ctx, templates.pop())
            rows = [csv_templates.fill_row(cols, r, j) for r, j in zip(records, batch, strict=True)]
        return _csv(csv_templates.write_csv([cols.headers(), *rows]), "model_runs.csv")

    # -- admin ----------------------------------------------------------------------------------------
    def restore(items: list[dict[str, Any]], validate: bool, done: str) -> StatusResponse:
        current = None
        try:
            with ctx.state.transaction():  # all records or none
                for current in items:
                    model_runs.store_existing(ctx, current, validate)
        except (model_runs.NotValid, ValueError) as e:
            failed = (current or {}).get("id")
            return StatusResponse(status=Status(success=False, details=f"Failed to store record {failed}: {e}"))
        return StatusResponse(status=Status(success=True, details=done))

    @app.post("/admin/store_record", response_model=StatusResponse, tags=["Admin"])
    def store_record(registry_record: ItemModelRun, user: Admin, validate_record: bool = True) -> StatusResponse:
        return restore([registry_record.model_dump(mode="json")], validate_record,
                       "Successfully re-lodged the provenance record.")  # fmt: skip

    @app.post("/admin/store_records", response_model=StatusResponse, tags=["Admin"])
    def store_records(
        registry_records: list[ItemModelRun], user: Admin, validate_record: bool = True
    ) -> StatusResponse:
        return restore([r.model_dump(mode="json") for r in registry_records], validate_record,
                       "Successfully re-lodged all of the provenance records.")  # fmt: skip

    @app.post("/admin/store_all_registry_records", response_model=StatusResponse, tags=["Admin"])
    def store_all_registry_records(user: Admin, validate_record: bool = True) -> StatusResponse:
        items = [i for i in registry_store(ctx).list("MODEL_RUN") if i.get("record_type") == "COMPLETE_ITEM"]
        return restore(items, validate_record,
                       f"Successfully re-lodged all {len(items)} provenance records from the registry.")  # fmt: skip

    @app.delete("/graph/admin/clear", response_model=StatusResponse, include_in_schema=False, tags=["Graph admin"])
    def clear_graph(user: Admin) -> StatusResponse:
        lineage.lineage_store(ctx).clear()
        return StatusResponse(status=Status(success=True, details="Successfully ran a clear query on the graph DB!"))

    return app


def _csv(text: str, filename: str) -> Response:
    return Response(text, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})  # fmt: skip


class _template_errors:
    """TemplateError -> its HTTP status."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: Any, err: Any, tb: Any) -> None:
        if isinstance(err, csv_templates.TemplateError):
            raise HTTPException(err.status_code, err.detail) from None


class _registry_errors:
    """Registry refusals while the prov API acts on a user's behalf -> HTTP errors with the real prefix."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: Any, err: Any, tb: Any) -> None:
        if isinstance(err, RegistryError):
            raise HTTPException(err.status_code, self.prefix + err.detail) from None
        if isinstance(err, RegistryFailure):
            raise HTTPException(400, self.prefix + err.details) from None
