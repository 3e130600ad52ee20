# mypy: disable-error-code="empty-body"
"""The small services: search, job (with `admin`) and the handle (ID) service.

Fix over the official client: `IdServiceClient.modify_by_index` uses PUT (the generated operation's method),
and a single handle can be fetched (`get`). The job and handle documents declare no response models, so those
methods return the JSON object (GetJobResponse, ListJobsResponse, Handle, ... as dicts).
"""

from __future__ import annotations

from collections.abc import Generator
from typing import TYPE_CHECKING, Any, ClassVar, Unpack

from .._errors import BadRequestError, JobFailedError, NotFoundError
from .._operation import JSON, CallOptions, Input, Modal, _Step, op, peer, poll, raw_view, sub_client

if TYPE_CHECKING:
    from provena_api_job.models import AdminLaunchJobRequest, AdminListByBatchRequest, AdminListJobsRequest

    from ..clients import (
        IdServiceClientWithRawResponse,
        JobAPIAdminSubClient,
        JobAPIAdminSubClientWithRawResponse,
        JobAPIClientWithRawResponse,
        SearchClientWithRawResponse,
    )
    from ..models import (
        AddValueIndexRequest,
        AddValueRequest,
        GetJobResponse,
        Handle,
        HealthCheckResponse,
        ListByBatchRequest,
        ListByBatchResponse,
        ListJobsRequest,
        ListJobsResponse,
        ListResponse,
        MintRequest,
        ModifyRequest,
        QueryResults,
        RemoveRequest,
    )
    from ..sync import IdServiceClientWithRawResponse as SyncIdServiceClientWithRawResponse
    from ..sync import JobAPIAdminSubClient as SyncJobAPIAdminSubClient
    from ..sync import JobAPIAdminSubClientWithRawResponse as SyncJobAPIAdminSubClientWithRawResponse
    from ..sync import JobAPIClientWithRawResponse as SyncJobAPIClientWithRawResponse
    from ..sync import SearchClientWithRawResponse as SyncSearchClientWithRawResponse


class SearchOps:
    """The search API (registry full-text search)."""

    _service: ClassVar[str] = "search"
    with_raw_response: Modal[
        SearchClientWithRawResponse, SyncSearchClientWithRawResponse,
        SearchClientWithRawResponse, SyncSearchClientWithRawResponse,
    ] = raw_view()  # fmt: skip

    @op("root", result="json")
    def get_health_check(self, **opts: Unpack[CallOptions]) -> JSON:
        """Health check the API."""

    @op("search_entity_registry", params={"limit": "record_limit"})
    def search_registry(
        self, query: str, limit: int | None = None, subtype_filter: object | None = None,
        **opts: Unpack[CallOptions],
    ) -> QueryResults:  # fmt: skip
        """Searches the registry; `limit` caps the results, `subtype_filter` is an ItemSubType (or its value)."""


class JobAdminOps:
    """Jobs of all users (admin role)."""

    _service: ClassVar[str] = "job"
    with_raw_response: Modal[
        JobAPIAdminSubClientWithRawResponse, SyncJobAPIAdminSubClientWithRawResponse,
        JobAPIAdminSubClientWithRawResponse, SyncJobAPIAdminSubClientWithRawResponse,
    ] = raw_view()  # fmt: skip

    @op("launch_job", body="request", result="json")
    def launch_job(self, request: Input[AdminLaunchJobRequest], **opts: Unpack[CallOptions]) -> JSON:
        """Lodges a job (AdminLaunchJobResponse JSON). Never retried automatically."""

    @op("admin_get_job", result="json")
    def get_job(self, session_id: str, **opts: Unpack[CallOptions]) -> JSON:
        """Fetches any job by session id (AdminGetJobResponse JSON: `{"job": {...}}`)."""

    @op("admin_list_jobs", body="list_jobs_request", result="json", idempotent=True)
    def list_jobs(self, list_jobs_request: Input[AdminListJobsRequest], **opts: Unpack[CallOptions]) -> JSON:
        """One page of all jobs (AdminListJobsResponse JSON: jobs, pagination_key)."""

    @op("admin_list_batch", body="list_request", result="json", idempotent=True)
    def list_jobs_in_batch(
        self, list_request: Input[AdminListByBatchRequest], **opts: Unpack[CallOptions]
    ) -> JSON:
        """One page of the jobs of a batch (AdminListByBatchResponse JSON)."""


class JobOps:
    """The async job API: the current user's jobs."""

    _service: ClassVar[str] = "job"
    admin: Modal[
        JobAPIAdminSubClient, SyncJobAPIAdminSubClient,
        JobAPIAdminSubClientWithRawResponse, SyncJobAPIAdminSubClientWithRawResponse,
    ] = sub_client(JobAdminOps)  # fmt: skip
    with_raw_response: Modal[
        JobAPIClientWithRawResponse, SyncJobAPIClientWithRawResponse,
        JobAPIClientWithRawResponse, SyncJobAPIClientWithRawResponse,
    ] = raw_view()  # fmt: skip

    @op("root", result="json")
    def get_health_check(self, **opts: Unpack[CallOptions]) -> HealthCheckResponse:
        """Health check the API."""

    @op("get_job", result="json")
    def fetch_job(self, session_id: str, **opts: Unpack[CallOptions]) -> GetJobResponse:
        """Fetches one of the user's jobs (GetJobResponse JSON: `{"job": {"status": ..., "result": ...}}`)."""

    @op("list_jobs", body="list_jobs_request", result="json", idempotent=True)
    def list_jobs(
        self, list_jobs_request: Input[ListJobsRequest], **opts: Unpack[CallOptions]
    ) -> ListJobsResponse:
        """One page of the user's jobs (ListJobsResponse JSON: jobs, pagination_key)."""

    @op("list_batch", body="list_request", result="json", idempotent=True)
    def list_jobs_in_batch(
        self, list_request: Input[ListByBatchRequest], **opts: Unpack[CallOptions]
    ) -> ListByBatchResponse:
        """One page of the jobs of one of the user's batches (ListByBatchResponse JSON)."""


class IdServiceOps:
    """The handle (ID) service."""

    _service: ClassVar[str] = "id-service"
    with_raw_response: Modal[
        IdServiceClientWithRawResponse, SyncIdServiceClientWithRawResponse,
        IdServiceClientWithRawResponse, SyncIdServiceClientWithRawResponse,
    ] = raw_view()  # fmt: skip

    @op("mint", body="body", result="json")
    def mint(self, body: Input[MintRequest], **opts: Unpack[CallOptions]) -> Handle:
        """Mints a new handle (Handle JSON). Never retried automatically."""

    @op("add_value", body="body", result="json")
    def add_value(self, body: Input[AddValueRequest], **opts: Unpack[CallOptions]) -> Handle:
        """Adds a value to a handle (Handle JSON)."""

    @op("add_value_by_index", body="body", result="json")
    def add_value_by_index(self, body: Input[AddValueIndexRequest], **opts: Unpack[CallOptions]) -> Handle:
        """Adds a value at an index (Handle JSON)."""

    @op("list", result="json")
    def list(self, **opts: Unpack[CallOptions]) -> ListResponse:
        """Lists the handles of the domain (ListResponse JSON)."""

    @op("get", result="json")
    def get(self, id: str, **opts: Unpack[CallOptions]) -> Handle:
        """Fetches one handle (Handle JSON; missing from the official client)."""

    @op("modify_by_index", body="body", result="json")
    def modify_by_index(self, body: Input[ModifyRequest], **opts: Unpack[CallOptions]) -> Handle:
        """Modifies the value at an index (PUT; the official client sent POST)."""

    @op("remove_by_index", body="body", result="json")
    def remove_by_index(self, body: Input[RemoveRequest], **opts: Unpack[CallOptions]) -> Handle:
        """Removes the value at an index (Handle JSON)."""


# --------------------------------------------------------------------------------------------------------------
# Waiting for jobs (used by the job module, report generation and versioning conveniences)
# --------------------------------------------------------------------------------------------------------------

JOB_DONE = frozenset({"SUCCEEDED", "FAILED"})
DEFAULT_JOB_TIMEOUT = 320.0  # the official client's three stages: 20 s queue + 120 s pending + 180 s running
DEFAULT_POLL_INTERVAL = 2.0


def await_job(
    owner: Any,
    session_id: str,
    *,
    timeout: float = DEFAULT_JOB_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    require_success: bool = False,
    admin: bool = False,
) -> Generator[_Step, Any, dict[str, Any]]:
    """Poll a job until SUCCEEDED/FAILED (without blocking an event loop); returns the job status table JSON.

    A job that is not visible yet (the job API answers 400/404 right after lodging) counts as not finished.
    With `require_success`, a FAILED job or one without a result raises JobFailedError.
    """
    jobs = peer(owner, JobOps)
    fetch_op = JobAdminOps.get_job if admin else JobOps.fetch_job
    target = jobs.admin if admin else jobs

    def fetch() -> Generator[_Step, Any, dict[str, Any] | None]:
        try:
            response = yield from fetch_op.run(target, session_id)
        except (BadRequestError, NotFoundError):
            return None
        job = response.get("job") if isinstance(response, dict) else None
        return job if isinstance(job, dict) else None

    job = yield from poll(
        fetch, timeout=timeout, poll_interval=poll_interval,
        is_done=lambda j: j is not None and j.get("status") in JOB_DONE,
        is_failed=(lambda j: j is not None and j.get("status") == "FAILED") if require_success else (lambda _: False),
        what=f"job {session_id}",
    )  # fmt: skip
    assert job is not None
    if require_success and job.get("result") is None:
        raise JobFailedError(f"job {session_id} succeeded but has no result: {job.get('info')!r}", status=job)
    return job


def await_settings(settings: Any, timeout: float | None, poll_interval: float | None) -> tuple[float, float]:
    """(timeout, poll_interval) from explicit values or the official client's AsyncAwaitSettings."""
    if settings is not None:
        get = settings.get if isinstance(settings, dict) else lambda k, d=None: getattr(settings, k, d)
        stages = ("job_async_queue_delay_polling_timeout", "job_async_pending_polling_timeout",
                  "job_async_in_progress_polling_timeout")  # fmt: skip
        total = sum(float(get(k, 0) or 0) for k in stages)
        timeout = timeout if timeout is not None else (total or None)
        interval = get("job_polling_interval", None)
        poll_interval = (
            poll_interval if poll_interval is not None else (float(interval) if interval else None)
        )
    return (DEFAULT_JOB_TIMEOUT if timeout is None else timeout,
            DEFAULT_POLL_INTERVAL if poll_interval is None else poll_interval)  # fmt: skip
