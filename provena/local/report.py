"""The study close-out report: a real .docx built from the lineage graph (GENERATE_REPORT job).

Reference: prov-api/helpers/generate_report_helpers.py. For a model run: its upstream
lineage (up to ``depth``) gives the inputs (models, datasets) and model runs, its
downstream lineage at depth 1 the output datasets; a study collects this over the model
runs linked to it. The finished job's result is ``{"report_url": ...}``: a presigned URL
into the stack's S3 bucket when S3 is on (as the real service presigns its report
bucket), otherwise the stack's own download route. The bytes are also kept in SQLite.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from . import jobs
from .context import StackContext
from .lineage import lineage_store
from .model_runs import NotValid, fetch_complete
from .registry_store import registry_store

REPORT_FILENAME = "Study Close Out Report.docx"
DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PRESIGN_SECONDS = 3600
HANDLE_BASE = "http://hdl.handle.net/"

_SCHEMA = ("CREATE TABLE IF NOT EXISTS prov_reports (session_id TEXT PRIMARY KEY, username TEXT NOT NULL, "
           "filename TEXT NOT NULL, content BLOB NOT NULL)")  # fmt: skip


@dataclass
class Collection:
    inputs: list[dict[str, Any]] = field(default_factory=list)
    model_runs: list[dict[str, Any]] = field(default_factory=list)
    outputs: list[dict[str, Any]] = field(default_factory=list)

    def add(self, item: dict[str, Any], upstream: bool) -> None:
        sub = item["item_subtype"]
        if sub == "MODEL_RUN":
            target = self.model_runs
        elif upstream and sub in ("MODEL", "DATASET"):
            target = self.inputs
        elif not upstream and sub == "DATASET":
            target = self.outputs
        else:
            return
        if all(i["id"] != item["id"] for i in target):
            target.append(item)


def collect(ctx: StackContext, node_id: str, item_subtype: str, depth: int) -> Collection:
    supported = ("MODEL_RUN", "STUDY")
    if item_subtype not in supported:
        raise jobs.JobFailed(f"Unsupported node with item subtype {item_subtype} requested. This endpoint only "
                             f"supports subtype of STUDY and MODEL_RUN.")  # fmt: skip
    try:
        fetch_complete(ctx, node_id, item_subtype, item_subtype.lower().replace("_", " "))
    except NotValid as e:
        raise jobs.JobFailed(f"Validation error with provided {item_subtype}: {e}") from None
    graph = lineage_store(ctx)
    found = Collection()
    if item_subtype == "MODEL_RUN":
        starts = [node_id]
    else:
        linked = graph.downstream(node_id, 1)["nodes"]
        starts = [n["id"] for n in linked if n["item_subtype"] == "MODEL_RUN"]
    for start in starts:
        up = graph.upstream(start, depth)["nodes"]
        if not up:
            raise jobs.JobFailed(f"The provided model run with id {start} - error: Upstream node collections not "
                                 "found!")  # fmt: skip
        for node in up:
            if node["item_subtype"] in ("MODEL_RUN", "MODEL", "DATASET"):
                _add(ctx, found, node["id"], upstream=True)
        for node in graph.downstream(start, 1)["nodes"]:
            if node["item_subtype"] == "DATASET":
                _add(ctx, found, node["id"], upstream=False)
    return found


def _add(ctx: StackContext, found: Collection, id: str, upstream: bool) -> None:
    item = registry_store(ctx).fetch(id)
    if item is not None:
        found.add(item, upstream)


def render(ctx: StackContext, found: Collection) -> bytes:
    from docx import Document

    doc = Document()
    doc.add_heading("Model Run Study Close Out Report", 0)
    table = doc.add_table(rows=4, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text = "Modelling Team"
    table.cell(0, 1).text = ", ".join(_modellers(ctx, found)) or "Not recorded"
    for row, (label, items) in enumerate((("Inputs:", found.inputs), ("Model Runs:", found.model_runs),
                                          ("Outputs:", found.outputs)), start=1):  # fmt: skip
        table.cell(row, 0).text = label
        cell = table.cell(row, 1)
        for item in items:
            paragraph = cell.add_paragraph(item.get("display_name", item["id"]) + ",")
            _hyperlink(paragraph, HANDLE_BASE + item["id"])
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _modellers(ctx: StackContext, found: Collection) -> list[str]:
    names: list[str] = []
    for run in found.model_runs:
        person = registry_store(ctx).fetch(run.get("record", {}).get("associations", {}).get("modeller_id", ""))
        name = (person or {}).get("display_name")
        if name and name not in names:
            names.append(name)
    return names


def _hyperlink(paragraph: Any, url: str) -> None:
    """A clickable link run (python-docx has no public API for external hyperlinks)."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    r_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "0000FF")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    props.append(color)
    props.append(underline)
    run.append(props)
    text = OxmlElement("w:t")
    text.text = url
    run.append(text)
    link.append(run)
    paragraph._p.append(link)


# -- storage and delivery ---------------------------------------------------------------------------
def _ensure_table(ctx: StackContext) -> None:
    if not ctx.__dict__.get("_report_table"):
        ctx.state.execute(_SCHEMA)
        ctx.__dict__["_report_table"] = True


def stored_report(ctx: StackContext, session_id: str) -> tuple[str, str, bytes] | None:
    """(owner, filename, bytes) of a generated report."""
    _ensure_table(ctx)
    rows = ctx.state.execute("SELECT username, filename, content FROM prov_reports WHERE session_id=?", (session_id,))
    return None if not rows else (rows[0][0], rows[0][1], bytes(rows[0][2]))


def s3_key(session_id: str) -> str:
    # No spaces in the key: it travels in presigned URL paths.
    return f"reports/{session_id}/study_close_out_report.docx"


def download_url(ctx: StackContext, session_id: str) -> str:
    return f"{ctx.urls.get('prov', '')}/explore/generate/report/download?session_id={session_id}"


def generate_report_job(ctx: StackContext, payload: dict[str, Any], username: str) -> dict[str, Any]:
    p = jobs.ReportGeneratePayload.model_validate(payload)
    content = render(ctx, collect(ctx, p.id, p.item_subtype.value, p.depth))
    session_id = jobs.current_session_id() or ctx.state.new_uuid()
    _ensure_table(ctx)
    ctx.state.execute("INSERT OR REPLACE INTO prov_reports VALUES (?,?,?,?)",
                      (session_id, username, REPORT_FILENAME, content))  # fmt: skip
    if ctx.s3 is None:
        url = download_url(ctx, session_id)
    else:
        from .s3 import s3_store

        store = s3_store(ctx.s3)
        store.ensure_bucket()
        key = s3_key(session_id)
        store.client.put_object(Bucket=store.bucket, Key=key, Body=content, ContentType=DOCX_MEDIA_TYPE)
        url = _presigner(ctx).generate_presigned_url(
            ClientMethod="get_object",
            Params={"Bucket": store.bucket, "Key": key,
                    "ResponseContentDisposition": "attachment; filename=study_close_out_report.docx"},
            ExpiresIn=PRESIGN_SECONDS,
        )  # fmt: skip
    return jobs.ReportGenerateResult(report_url=url).model_dump(mode="json")


def _presigner(ctx: StackContext) -> Any:
    """A SigV4 client under the stack's own key (the S3 endpoint refuses V2 signatures)."""
    client = ctx.__dict__.get("_report_presigner")
    if client is None:
        import boto3
        from botocore.config import Config

        assert ctx.s3 is not None
        client = boto3.client(
            "s3", endpoint_url=ctx.s3.endpoint, region_name=ctx.s3.region, aws_access_key_id=ctx.s3.access_key,
            aws_secret_access_key=ctx.s3.secret_key,
            config=Config(signature_version="s3v4", s3={"addressing_style": "path"}),
        )  # fmt: skip
        ctx.__dict__["_report_presigner"] = client
    return client


def register_runner(ctx: StackContext) -> None:
    jobs.register_runner(ctx, "GENERATE_REPORT", generate_report_job)
