"""CSV templates for bulk model run registration (reference: prov-api/helpers/template_helpers.py).

A workflow template defines the columns: a marker column naming the template, the
generic model run fields, one id column (plus deferred resource columns) per input and
output dataset template, one column per annotation, and the job status columns that
``regenerate_from_batch`` fills in. Headers and their order are the real service's.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ProvenaInterfaces.ProvenanceModels import AssociationInfo, DatasetType, ModelRunRecord, TemplatedDataset

from . import jobs
from .context import StackContext
from .model_runs import NotValid, fetch_complete

# prov-api config defaults.
INTERNAL_PREFIX = "_"
WORKFLOW_MARKER = "workflow template id"
INPUT_PREFIX = "Input dataset id for template: "
OUTPUT_PREFIX = "Output dataset id for template: "
INPUT_RESOURCE_PREFIX = "Input resource: "
OUTPUT_RESOURCE_PREFIX = "Output resource: "
ANNOTATION_PREFIX = "annotation: "
DISPLAY_NAME = "display name"
MODEL_VERSION = "model version (optional)"
DESCRIPTION = "description"
AGENT = "agent id"
STUDY = "study id"
START_TIME = "execution start time (YYYY-MM-DD HH:MM:SS+HH:MM)"
END_TIME = "execution end time (YYYY-MM-DD HH:MM:SS+HH:MM)"
GENERIC = [DISPLAY_NAME, DESCRIPTION, MODEL_VERSION, AGENT, STUDY, START_TIME, END_TIME]
JOB_ID, JOB_STATUS, RECORD_ID, ERROR_INFO = (INTERNAL_PREFIX + h for h in
                                             ("job_id", "job_status", "model_run_record_id", "error_info"))  # fmt: skip
STATUS_HEADERS = [JOB_ID, JOB_STATUS, RECORD_ID, ERROR_INFO]
_MARKER_RE = re.compile(re.escape(INTERNAL_PREFIX + WORKFLOW_MARKER) + r"[\s]{1}([^\s]*)")


class TemplateError(Exception):
    def __init__(self, status_code: int, detail: str) -> None:
        super().__init__(detail)
        self.status_code, self.detail = status_code, detail


@dataclass
class DatasetColumns:
    template_id: str
    id_header: str
    resource_headers: list[str]
    resource_keys: list[str]
    is_input: bool

    def headers(self) -> list[str]:
        return [self.id_header, *self.resource_headers]


@dataclass
class TemplateColumns:
    workflow_template_id: str
    inputs: list[DatasetColumns] = field(default_factory=list)
    outputs: list[DatasetColumns] = field(default_factory=list)
    required_annotations: list[str] = field(default_factory=list)
    optional_annotations: list[str] = field(default_factory=list)

    @property
    def marker(self) -> str:
        return f"{INTERNAL_PREFIX}{WORKFLOW_MARKER} {self.workflow_template_id}"

    def headers(self) -> list[str]:
        datasets = [h for d in [*self.inputs, *self.outputs] for h in d.headers()]
        annotations = [ANNOTATION_PREFIX + a for a in [*self.required_annotations, *self.optional_annotations]]
        return [self.marker, *GENERIC, *datasets, *annotations, *STATUS_HEADERS]

    def missing(self, headers: list[str]) -> str | None:
        for h in [*GENERIC]:
            if h not in headers:
                return f"Expected header '{h}' not in headers!"
        for d in [*self.inputs, *self.outputs]:
            for h in d.headers():
                if h not in headers:
                    return f"Expected dataset template header {h} not in provided headers."
        for a in [*self.required_annotations, *self.optional_annotations]:
            if ANNOTATION_PREFIX + a not in headers:
                return f"CSV has no header for {a} annotation."
        for h in STATUS_HEADERS:
            if h not in headers:
                return f"CSV is missing expected status header {h}."
        return None


def columns(ctx: StackContext, workflow_template_id: str) -> TemplateColumns:
    """The template's columns; TemplateError(400) if the template or its dataset templates are not valid."""
    try:
        wf = fetch_complete(ctx, workflow_template_id, "MODEL_RUN_WORKFLOW_TEMPLATE", "model run workflow definition")
    except NotValid as e:
        raise TemplateError(400, f"The provided workflow template ID was invalid, error: {e}.") from None
    cols = TemplateColumns(workflow_template_id)
    for is_input, resources in ((True, wf.get("input_templates", [])), (False, wf.get("output_templates", []))):
        for res in resources:
            tid = res["template_id"]
            try:
                template = fetch_complete(ctx, tid, "DATASET_TEMPLATE", "dataset template")
            except NotValid as e:
                raise TemplateError(400, f"The provided workflow template contained a dataset template id {tid} "
                                         f"which was invalid, error: {e}.") from None  # fmt: skip
            keys = [r["key"] for r in template.get("deferred_resources", [])]
            prefix, res_prefix = (INPUT_PREFIX, INPUT_RESOURCE_PREFIX) if is_input else (OUTPUT_PREFIX,
                                                                                          OUTPUT_RESOURCE_PREFIX)
            (cols.inputs if is_input else cols.outputs).append(DatasetColumns(
                template_id=tid, id_header=f"{prefix}{template['display_name']} [template id: {tid}]",
                resource_headers=[res_prefix + k for k in keys], resource_keys=keys, is_input=is_input,
            ))  # fmt: skip
    annotations = wf.get("annotations") or {}
    cols.required_annotations = list(annotations.get("required", []))
    cols.optional_annotations = list(annotations.get("optional", []))
    dupes = [h for h, n in Counter(cols.headers()).items() if n > 1]
    if dupes:
        raise TemplateError(500, f"Cannot generate CSV template with duplicate headers: {dupes}")
    return cols


def write_csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue()


# -- CSV -> records --------------------------------------------------------------------------------
def parse_upload(content: bytes) -> list[dict[str, str]]:
    try:
        text = content.decode("utf-8")
        header = next(csv.reader(io.StringIO(text)), [])
        dupes = [h for h, n in Counter(header).items() if n > 1]
        if dupes:
            raise ValueError(f"Duplicate headers are not allowed. Detected duplicates: {dupes}.")
        return list(csv.DictReader(io.StringIO(text)))
    except Exception as e:
        raise TemplateError(400, "An error occurred while parsing the uploaded csv file - are you sure it is valid? "
                                 f"Exception: {e}.") from None  # fmt: skip


def template_id_of(rows: list[dict[str, str]]) -> str:
    if not rows:
        raise TemplateError(400, "The provided CSV had no non header rows.")
    matches = [m for m in (_MARKER_RE.match(h) for h in rows[0] if isinstance(h, str)) if m is not None]
    if not matches:
        raise TemplateError(400, "None of the provided headers matched the expected workflow template flag to identify "
                                 "the workflow template.")  # fmt: skip
    if len(matches) > 1:
        raise TemplateError(400, "Multiple provided headers matched the expected workflow template flag to identify "
                                 "the workflow template.")  # fmt: skip
    return matches[0].group(1).strip()


def convert(ctx: StackContext, rows: list[dict[str, str]]) -> tuple[list[ModelRunRecord], list[str], list[str]]:
    """(new records, job ids of rows already lodged, warnings) for an uploaded CSV."""
    cols = columns(ctx, template_id_of(rows))
    # DictReader files surplus cells under the key None; they are not headers.
    headers = [h for h in rows[0] if isinstance(h, str)]
    problem = cols.missing(headers)
    if problem is not None or cols.marker not in headers:
        raise TemplateError(400, f"Header validation error in CSV: {problem or cols.marker}")
    extra = sorted(set(headers) - set(cols.headers()))
    warnings = [f"Extra column with header '{h}' provided, ignoring" for h in extra]
    new: list[ModelRunRecord] = []
    existing: list[str] = []
    for number, raw in enumerate(rows, start=1):
        row = {k: (v or "").strip() for k, v in raw.items() if k is not None}
        try:
            job_id = _existing_job(ctx, row)
            if job_id is not None:
                existing.append(job_id)
            else:
                new.append(_record(ctx, cols, row))
        except TemplateError:
            raise
        except Exception as e:
            raise TemplateError(400, f"There was an error while converting the CSV row for model run #{number} into a "
                                     f"model run record, exception: {e}.") from None  # fmt: skip
    return new, existing, warnings


def _existing_job(ctx: StackContext, row: dict[str, str]) -> str | None:
    job_id = row.get(JOB_ID, "")
    if not job_id:
        return None
    try:
        uuid.UUID(job_id)
    except ValueError:
        raise TemplateError(400, f"Provided (job_id = {job_id!r}) was not a valid UUID4 identitifer.") from None
    if jobs.get_job(ctx, job_id) is None:
        raise TemplateError(400, f"The (job_id = {job_id!r}) is a valid UUID4 identifier but does not exist in the job "
                                 "status database.")  # fmt: skip
    return job_id


def _record(ctx: StackContext, cols: TemplateColumns, row: dict[str, str]) -> ModelRunRecord:
    datasets: dict[bool, list[TemplatedDataset]] = {True: [], False: []}
    for d in [*cols.inputs, *cols.outputs]:
        dataset_id = row[d.id_header]
        try:
            fetch_complete(ctx, dataset_id, "DATASET", "dataset")
        except NotValid as e:
            raise TemplateError(400, f"The provided workflow template contained a dataset id {dataset_id} which was "
                                     f"invalid, error: {e}.") from None  # fmt: skip
        resources = {}
        for key, header in zip(d.resource_keys, d.resource_headers, strict=True):
            if not row[header]:
                raise ValueError(f"Expected a path for deferred resource {key}")
            resources[key] = row[header]
        datasets[d.is_input].append(TemplatedDataset(dataset_template_id=d.template_id, dataset_id=dataset_id,
                                                     dataset_type=DatasetType.DATA_STORE,
                                                     resources=resources or None))  # fmt: skip
    annotations: dict[str, str] = {}
    for key in cols.required_annotations:
        value = row[ANNOTATION_PREFIX + key]
        if not value:
            raise TemplateError(400, f"Required annotation with key {key} was either empty or None.")
        annotations[key] = value
    for key in cols.optional_annotations:
        if row[ANNOTATION_PREFIX + key]:
            annotations[key] = row[ANNOTATION_PREFIX + key]
    for header in (DISPLAY_NAME, DESCRIPTION):
        if not row[header]:
            raise ValueError(f"Expected {header} to be non-empty string.")
    return ModelRunRecord(
        workflow_template_id=cols.workflow_template_id,
        model_version=row.get(MODEL_VERSION) or None,
        inputs=datasets[True],
        outputs=datasets[False],
        annotations=annotations or None,
        display_name=row[DISPLAY_NAME],
        description=row[DESCRIPTION],
        associations=AssociationInfo(modeller_id=row[AGENT]),
        study_id=row[STUDY] or None,
        start_time=iso_to_epoch(row[START_TIME]),
        end_time=iso_to_epoch(row[END_TIME]),
    )


def iso_to_epoch(value: str) -> int:
    try:
        return int(dt.datetime.fromisoformat(value.replace("/", "-")).timestamp())
    except Exception:
        raise ValueError("Validation error when parsing provided time, expected format: "
                         "YYYY-MM-DD HH:MM:SS+HH:MM.") from None  # fmt: skip


def epoch_to_iso(value: int) -> str:
    # The real service renders in its own local zone; UTC keeps the local stack reproducible.
    try:
        return str(dt.datetime.fromtimestamp(value, tz=dt.UTC))
    except (OverflowError, OSError, ValueError):
        return str(value)  # outside datetime's range: keep the number rather than fail the export


# -- records -> CSV ----------------------------------------------------------------------------------
def fill_row(cols: TemplateColumns, record: ModelRunRecord, job: dict[str, Any] | None) -> list[str]:
    """A CSV row for ``record`` (with the status columns from ``job`` when given)."""
    row = ["", record.display_name, record.description or "", record.model_version or "",
           record.associations.modeller_id, record.study_id or "",
           epoch_to_iso(record.start_time), epoch_to_iso(record.end_time)]  # fmt: skip
    for d in [*cols.inputs, *cols.outputs]:
        entries = record.inputs if d.is_input else record.outputs
        match = next((e for e in entries if e.dataset_template_id == d.template_id), None)
        if match is None:
            label = "input" if d.is_input else "output"
            raise TemplateError(400, f"No {label} found in model run record for dataset template: {d.template_id}.")
        row.append(match.dataset_id)
        for key in d.resource_keys:
            value = (match.resources or {}).get(key)
            if value is None:
                raise TemplateError(400, f"Expected deferred resource: {key} but was not found in model run record.")
            row.append(value)
    annotations = record.annotations or {}
    for key in cols.required_annotations:
        if key not in annotations:
            raise TemplateError(400, f"Workflow template expected annotation with key {key} but it was not provided "
                                     "in the model run record.")  # fmt: skip
        row.append(annotations[key])
    row += [annotations.get(k, "") for k in cols.optional_annotations]
    if job is None:
        return row + ["" for _ in STATUS_HEADERS]
    record_id = ((job.get("result") or {}).get("record") or {}).get("id", "")
    error = (job.get("info") or "") if job["status"] == "FAILED" else ""
    return [*row, job["session_id"], job["status"], record_id, error]
