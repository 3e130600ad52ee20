# mypy: disable-error-code="empty-body"
"""Provenance API (prov-api): `ProvClient` and its `admin` sub-client.

`generate_report` returns the `.docx` bytes as documented, whatever the server does underneath: this backend
version lodges a job (`POST /explore/generate/report` -> session id); we wait for the job, read where its result
says the report is (`report_url`) and download it.
"""

from __future__ import annotations

import io
from collections.abc import Generator
from typing import TYPE_CHECKING, Any, ClassVar, Unpack

from .. import _generated
from .._errors import JobFailedError
from .._operation import JSON, CallOptions, Input, Modal, _Step, download, flow, op, raw_view, sub_client
from .small import DEFAULT_JOB_TIMEOUT, DEFAULT_POLL_INTERVAL, await_job

if TYPE_CHECKING:
    from provena_api_prov.models import AddStudyLinkResponse, GenerateReportResponse, ItemModelRun, StatusResponse

    from ..clients import ProvAdminClient, ProvAdminClientWithRawResponse, ProvClientWithRawResponse
    from ..models import (
        ConvertModelRunsResponse,
        GenerateReportRequest,
        HealthCheckResponse,
        LineageResponse,
        ModelRunRecord,
        PostUpdateModelRunResponse,
        RegisterBatchModelRunRequest,
        RegisterBatchModelRunResponse,
        RegisterModelRunResponse,
    )
    from ..sync import ProvAdminClient as SyncProvAdminClient
    from ..sync import ProvAdminClientWithRawResponse as SyncProvAdminClientWithRawResponse
    from ..sync import ProvClientWithRawResponse as SyncProvClientWithRawResponse

# The official client's depth for lineage queries when none is given.
DEFAULT_DEPTH = 3


def _update_model_run(_obj: Any, values: dict[str, Any]) -> dict[str, Any]:
    return {"body": {"model_run_id": values["model_run_id"], "reason": values["reason"],
                     "record": _jsonable(values["record"])}}  # fmt: skip


def _jsonable(value: Any) -> Any:
    if callable(getattr(value, "to_dict", None)):
        return value.to_dict()
    if callable(getattr(value, "model_dump", None)):
        return value.model_dump(mode="json", by_alias=True)
    return value


def _csv_upload(_obj: Any, values: dict[str, Any]) -> dict[str, Any]:
    content = values["csv_file_contents"]
    data = content.encode("utf-8") if isinstance(content, str) else bytes(content)
    types = _generated.types_module("prov")
    body_cls = _generated.model("prov", "BodyConvertModelRunsCsv")
    upload = types.File(payload=io.BytesIO(data), file_name="upload.csv", mime_type="text/csv")
    return {"body": body_cls(csv_file=upload)}


def _delete_model_run(_obj: Any, values: dict[str, Any]) -> dict[str, Any]:
    # POST /model_run/delete is served but hidden from the document (admin only).
    return {"method": "POST", "url": "/model_run/delete",
            "json": {"record_id": values["model_run_id"], "trial_mode": bool(values["trial_mode"])}}  # fmt: skip


class ProvAdminOps:
    """Provenance graph administration (admin role)."""

    _service: ClassVar[str] = "prov"
    with_raw_response: Modal[
        ProvAdminClientWithRawResponse, SyncProvAdminClientWithRawResponse,
        ProvAdminClientWithRawResponse, SyncProvAdminClientWithRawResponse,
    ] = raw_view()  # fmt: skip

    @op("generate_config_file", result="text")
    def generate_config_file(self, required_only: bool = True, **opts: Unpack[CallOptions]) -> str:
        """The service's .env configuration as text."""

    @op("store_record", body="registry_record")
    def store_record(
        self, registry_record: Input[ItemModelRun], validate_record: bool = True, **opts: Unpack[CallOptions]
    ) -> StatusResponse:
        """Writes one model run record into the graph."""

    @op("store_records", body="registry_record")
    def store_multiple_records(
        self, registry_record: list[Input[ItemModelRun]], validate_record: bool = True,
        **opts: Unpack[CallOptions],
    ) -> StatusResponse:  # fmt: skip
        """Writes several model run records into the graph."""

    @op("store_all_registry_records")
    def store_all_registry_records(
        self, validate_record: bool = True, **opts: Unpack[CallOptions]
    ) -> StatusResponse:
        """Rebuilds the graph from every model run in the registry."""

    @op(request=_delete_model_run, result="json")
    def delete_model_run_provenance(
        self, model_run_id: str, trial_mode: bool = False, **opts: Unpack[CallOptions]
    ) -> JSON:
        """Removes a model run from the graph (PostDeleteGraphResponse JSON; `trial_mode` only reports)."""


class ProvOps:
    """The provenance API: model runs, lineage, CSV templates and reports."""

    _service: ClassVar[str] = "prov"
    admin: Modal[
        ProvAdminClient, SyncProvAdminClient,
        ProvAdminClientWithRawResponse, SyncProvAdminClientWithRawResponse,
    ] = sub_client(ProvAdminOps)  # fmt: skip
    with_raw_response: Modal[
        ProvClientWithRawResponse, SyncProvClientWithRawResponse,
        ProvClientWithRawResponse, SyncProvClientWithRawResponse,
    ] = raw_view()  # fmt: skip

    @op("root", result="json")
    def get_health_check(self, **opts: Unpack[CallOptions]) -> HealthCheckResponse:
        """Health check the API."""

    @op("update_model_run", build=_update_model_run)
    def post_update_model_run(
        self, model_run_id: str, reason: str, record: Input[ModelRunRecord], **opts: Unpack[CallOptions]
    ) -> PostUpdateModelRunResponse:
        """Updates a model run (an async job; the response has its session id)."""

    @op("explore_upstream")
    def explore_upstream(
        self, starting_id: str, depth: int = DEFAULT_DEPTH, **opts: Unpack[CallOptions]
    ) -> LineageResponse:
        """Lineage upstream (inputs, associations) of a node, `depth` hops."""

    @op("explore_downstream")
    def explore_downstream(
        self, starting_id: str, depth: int = DEFAULT_DEPTH, **opts: Unpack[CallOptions]
    ) -> LineageResponse:
        """Lineage downstream (outputs) of a node, `depth` hops."""

    @op("special_contributing_datasets")
    def get_contributing_datasets(
        self, starting_id: str, depth: int = DEFAULT_DEPTH, **opts: Unpack[CallOptions]
    ) -> LineageResponse:
        """Datasets upstream of a node (the inputs of a model run)."""

    @op("special_effected_datasets")
    def get_effected_datasets(
        self, starting_id: str, depth: int = DEFAULT_DEPTH, **opts: Unpack[CallOptions]
    ) -> LineageResponse:
        """Datasets downstream of a node (derived from a model run)."""

    @op("special_contributing_agents")
    def get_contributing_agents(
        self, starting_id: str, depth: int = DEFAULT_DEPTH, **opts: Unpack[CallOptions]
    ) -> LineageResponse:
        """Agents (people, organisations) upstream of a node."""

    @op("special_effected_agents")
    def get_effected_agents(
        self, starting_id: str, depth: int = DEFAULT_DEPTH, **opts: Unpack[CallOptions]
    ) -> LineageResponse:
        """Agents (people, organisations) downstream of a node."""

    @op("register_batch", body="model_run_batch_payload", result="json")
    def register_batch_model_runs(
        self, model_run_batch_payload: Input[RegisterBatchModelRunRequest], **opts: Unpack[CallOptions]
    ) -> RegisterBatchModelRunResponse:
        """Registers several model runs as one batch of jobs (RegisterBatchModelRunResponse JSON). Never retried."""

    @op("register_model_run", body="model_run_payload")
    def register_model_run(
        self, model_run_payload: Input[ModelRunRecord], **opts: Unpack[CallOptions]
    ) -> RegisterModelRunResponse:
        """Registers one model run (an async job; wait with job_api.await_successful_job_completion). Never retried."""

    @op("generate_template_csv", result="text")
    def generate_csv_template(self, workflow_template_id: str, **opts: Unpack[CallOptions]) -> str:
        """A model run CSV template for a workflow template (CSV text)."""

    @op("convert_model_runs_csv", build=_csv_upload, idempotent=True)
    def convert_model_runs_to_csv(
        self, csv_file_contents: str, **opts: Unpack[CallOptions]
    ) -> ConvertModelRunsResponse:
        """Parses model runs from CSV text into records (registers nothing)."""

    @op("regenerate_from_batch_csv", result="text")
    def regenerate_csv_from_model_run_batch(self, batch_id: str, **opts: Unpack[CallOptions]) -> str:
        """The CSV of a registered model run batch (CSV text)."""

    @op("add_study_link")
    def add_study_link(
        self, model_run_id: str, study_id: str, **opts: Unpack[CallOptions]
    ) -> AddStudyLinkResponse:
        """Links a model run to a study (missing from the official client)."""

    @op("export_prov_graph", body="report_request")
    def lodge_report(
        self, report_request: Input[GenerateReportRequest], **opts: Unpack[CallOptions]
    ) -> GenerateReportResponse:
        """Lodges report generation (the raw route: returns the job session id)."""

    @flow
    def generate_report(
        self, report_request: Input[GenerateReportRequest], *, wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> Generator[_Step, Any, bytes]:  # fmt: skip
        """The provenance report of a study or model run (id, item_subtype, depth) as `.docx` bytes.

        Lodges the report job, waits for it (at most `wait_timeout` seconds, polling every `poll_interval`,
        without blocking an event loop), then downloads the report from where the job result says it is.
        """
        lodged = yield from ProvOps.lodge_report.run(self, report_request)
        session_id = lodged.session_id
        job = yield from await_job(self, session_id, timeout=wait_timeout, poll_interval=poll_interval,
                                   require_success=True)  # fmt: skip
        result = job.get("result") or {}
        url = result.get("report_url") if isinstance(result, dict) else None
        if not isinstance(url, str):
            raise JobFailedError(
                f"report job {session_id} finished without a report_url: {result!r}", status=job
            )
        return (yield from download(self, url))
