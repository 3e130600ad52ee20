"""The job service of the local stack (reference: async-util job-api routes/user and routes/admin).

Jobs are lodged by the other services in-process (``jobs.lodge_job``) or by an admin
through ``/jobs/admin/launch``; these routes read the status table. As in the reference
document, the routes declare no response model (their responses are the AsyncJobAPI
models' JSON) and unknown session ids answer 400 "Item was not found.".
"""

from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException
from ProvenaInterfaces.AsyncJobAPI import (
    AdminListByBatchRequest,
    AdminListJobsRequest,
    ListByBatchRequest,
    ListJobsRequest,
)

from .. import jobs
from ..context import StackContext
from ..security import User
from ._common import new_app

USER, ADMIN = "/jobs/user", "/jobs/admin"


def build(ctx: StackContext) -> FastAPI:
    app = new_app("job", ctx, access_checks="standard")
    jobs.install_hooks(ctx)
    sec = ctx.security
    AnyUser = Annotated[User, Depends(sec.user)]
    Admin = Annotated[User, Depends(sec.admin)]

    def fetch(session_id: str) -> dict[str, Any]:
        job = jobs.get_job(ctx, session_id)
        if job is None:
            raise HTTPException(400, "Item was not found.")
        return job

    def page(rows: list[dict[str, Any]], key: dict[str, Any] | None, limit: int, index: str) -> dict[str, Any]:
        try:
            items, next_key = jobs.paginate(rows, key, limit, index)
        except jobs.PaginationError as e:
            raise HTTPException(400, f"Failed to list jobs, error: {e}") from None
        return {"jobs": items, "pagination_key": next_key}

    # -- user ------------------------------------------------------------------------------------
    @app.get(USER + "/fetch", response_model=None, tags=["User"])
    def get_job(session_id: str, user: AnyUser) -> dict[str, Any]:
        job = fetch(session_id)
        if job["username"] != user.username:
            raise HTTPException(401, "Not authorised to view this record.")
        return {"job": job}

    @app.post(USER + "/list", response_model=None, tags=["User"])
    def list_jobs(request: ListJobsRequest, user: AnyUser) -> dict[str, Any]:
        rows = jobs.list_jobs(ctx, username=user.username)
        return page(rows, request.pagination_key, request.limit, "username")

    @app.post(USER + "/list_batch", response_model=None, tags=["User"])
    def list_batch(request: ListByBatchRequest, user: AnyUser) -> dict[str, Any]:
        rows = jobs.list_jobs(ctx, batch_id=request.batch_id)
        result = page(rows, request.pagination_key, request.limit, "batch_id")
        if any(j["username"] != user.username for j in result["jobs"]):
            raise HTTPException(401, "Batch contains items which you do not own. Not authorised.")
        return result

    @app.post(USER + "/retry", response_model=None, include_in_schema=False, tags=["User"])
    def retry_job(session_id: str, user: AnyUser) -> dict[str, Any]:
        # The reference route is a stub that always refuses.
        raise HTTPException(400, "Not yet implemented")

    # -- admin -----------------------------------------------------------------------------------
    @app.post(ADMIN + "/launch", response_model=None, tags=["Admin"])
    def launch_job(request: jobs.AdminLaunchJobRequest, user: Admin) -> dict[str, Any]:
        try:
            session_id, batch_id = jobs.launch_job(
                ctx, username=request.username or user.username, job_type=request.job_type,
                job_sub_type=request.job_sub_type, payload=request.job_payload,
                batch_id=request.add_to_batch, request_batch_id=request.request_batch_id,
            )  # fmt: skip
        except jobs.JobPayloadError as e:
            raise HTTPException(400, f"Invalid payload supplied: {e}.") from None
        return {"session_id": session_id, "batch_id": batch_id}

    @app.get(ADMIN + "/fetch", response_model=None, tags=["Admin"])
    def admin_get_job(session_id: str, user: Admin) -> dict[str, Any]:
        return {"job": fetch(session_id)}

    @app.post(ADMIN + "/list", response_model=None, tags=["Admin"])
    def admin_list_jobs(request: AdminListJobsRequest, user: Admin) -> dict[str, Any]:
        if request.username_filter is not None:
            return page(jobs.list_jobs(ctx, username=request.username_filter), request.pagination_key,
                        request.limit, "username")  # fmt: skip
        return page(jobs.list_jobs(ctx), request.pagination_key, request.limit, "gsi_status")

    @app.post(ADMIN + "/list_batch", response_model=None, tags=["Admin"])
    def admin_list_batch(request: AdminListByBatchRequest, user: Admin) -> dict[str, Any]:
        result = page(jobs.list_jobs(ctx, batch_id=request.batch_id), request.pagination_key, request.limit,
                      "batch_id")  # fmt: skip
        if request.username_filter and any(j["username"] != request.username_filter for j in result["jobs"]):
            raise HTTPException(400, "Batch contains items which do not adhere to the username filter. Aborting.")
        return result

    @app.post(ADMIN + "/retry", response_model=None, include_in_schema=False, tags=["Admin"])
    def admin_retry_job(session_id: str, user: Admin) -> dict[str, Any]:
        raise HTTPException(400, "Not yet implemented")

    return app
