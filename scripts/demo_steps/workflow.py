"""The researcher's steps that create things, with the async facade (`provena.ProvenaClient`).

Creation calls run one after another (they are never retried and their order fixes the handles); the waits
and transfers that can overlap (create-activity jobs, the two uploads) run concurrently with asyncio.gather.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import provena

from .progress import Progress

# Jobs on the local stack finish in milliseconds: poll often, give up long before the official 320 s.
JOB_TIMEOUT_S = 30.0
JOB_POLL_S = 0.1


@dataclass
class DemoState:
    """What the demo made, by role; `names` labels the lineage picture."""

    ids: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    outputs: dict[str, Path] = field(default_factory=dict)

    def add(self, role: str, item_id: str, name: str) -> str:
        self.ids[role] = item_id
        self.names[item_id] = name
        return item_id


def _granted_roles(report: Any) -> int:
    return sum(1 for c in report.report.components for r in c.component_roles if getattr(r, "access_granted", False))


async def login(client: provena.ProvenaClient, auth: provena.DeviceFlow, progress: Progress) -> None:
    """Device login: the prompt callback shows the URL and code; the stack approves after a few polls."""
    await auth.alogin()
    report = await client.auth_api.get_user_generate_access_report()
    link = await client.auth_api.get_link_lookup_username()
    progress.say(f"logged in: {_granted_roles(report)} roles granted across the Provena components")
    progress.say(f"linked Person: {link.person_id or 'none yet (step 2 links one)'}")


async def _create(module: Any, role: str, kind: str, domain_info: dict[str, Any], state: DemoState,
                  progress: Progress) -> str:  # fmt: skip
    """One registry item through its subtype module (`client.registry.<subtype>.create_item`)."""
    created = await module.create_item(domain_info)
    item = created.created_item
    if item is None:  # status.success false raises StatusFailedError; this is a success without an item
        raise RuntimeError(f"creating the {kind} returned no item: {created.status.details}")
    name = str(domain_info["display_name"])
    state.add(role, item.id, name)
    progress.say(f"{kind:<21} {item.id}  {name}")
    return str(item.id)


async def create_registry_items(client: provena.ProvenaClient, state: DemoState, progress: Progress) -> None:
    """Organisation, Person (then link it to the user: the registry requires that before other writes),
    model, three dataset templates and the workflow template tying them together."""
    registry = client.registry
    org = {"display_name": "Reef Research Institute", "name": "Reef Research Institute"}
    await _create(registry.organisation, "organisation", "organisation", org, state, progress)
    ada = {"display_name": "Ada Modeller", "email": "ada.modeller@example.org", "first_name": "Ada",
           "last_name": "Modeller", "ethics_approved": True}  # fmt: skip
    person_id = await _create(registry.person, "person", "person", ada, state, progress)
    await client.auth_api.post_link_assign({"person_id": person_id})
    progress.say(f"linked the logged-in user to Person {person_id}")

    coral_model = {"display_name": "Coral bleaching model", "name": "Coral bleaching model",
                   "description": "Predicts bleaching risk from sea surface temperature and reef surveys",
                   "documentation_url": "https://example.org/coral-model/docs",
                   "source_url": "https://example.org/coral-model/src"}  # fmt: skip
    await _create(registry.model, "model", "model", coral_model, state, progress)
    for role, name in (("template_sst", "SST forcing template"), ("template_survey", "Reef survey template"),
                       ("template_risk", "Bleaching risk template")):  # fmt: skip
        template = {"display_name": name, "description": f"{name} (demo)"}
        await _create(registry.dataset_template, role, "dataset template", template, state, progress)

    # Two inputs and one output, each typed by its dataset template; a run must set the `random_seed` annotation.
    workflow = {"display_name": "Coral bleaching workflow", "software_id": state.ids["model"],
                "input_templates": [{"template_id": state.ids["template_sst"]},
                                    {"template_id": state.ids["template_survey"]}],
                "output_templates": [{"template_id": state.ids["template_risk"]}],
                "annotations": {"required": ["random_seed"], "optional": ["notes"]}}  # fmt: skip
    await _create(registry.model_run_workflow, "workflow", "workflow template", workflow, state, progress)


def _dataset_metadata(name: str, description: str, state: DemoState) -> dict[str, Any]:
    not_needed = {"relevant": False, "obtained": False}
    return {
        "associations": {"organisation_id": state.ids["organisation"], "data_custodian_id": state.ids["person"],
                         "point_of_contact": "ada.modeller@example.org"},
        "approvals": {key: not_needed for key in ("ethics_registration", "ethics_access", "indigenous_knowledge",
                                                  "export_controls")},
        "dataset_info": {"name": name, "description": description, "access_info": {"reposited": True},
                         "publisher_id": state.ids["organisation"], "created_date": {"relevant": False},
                         "published_date": {"relevant": False}, "keywords": ["coral", "demo"],
                         "license": "https://creativecommons.org/licenses/by/4.0/"},
    }  # fmt: skip


def _write_input_files(folder: Path) -> dict[str, dict[str, bytes]]:
    """Small but real-looking input files, one folder per dataset."""
    sst = "date,site,sst_celsius\n" + "".join(
        f"2024-01-{day:02d},{site},{26.5 + 0.1 * day + 0.3 * i:.2f}\n"
        for day in range(1, 29) for i, site in enumerate(("Heron", "Lizard", "Orpheus"))
    )  # fmt: skip
    survey = "site,transect,coral_cover_pct\n" + "".join(
        f"{site},{t},{40 + 7 * i - t:.1f}\n"
        for i, site in enumerate(("Heron", "Lizard", "Orpheus"))
        for t in range(1, 6)
    )
    content = {
        "input_sst": {"sst.csv": sst.encode(), "README.txt": b"Daily sea surface temperature, three reef sites.\n"},
        "input_survey": {"survey.csv": survey.encode()},
    }
    for role, files in content.items():
        for name, data in files.items():
            path = folder / role / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    return content


async def _mint(client: provena.ProvenaClient, role: str, name: str, description: str, state: DemoState,
                progress: Progress) -> str | None:  # fmt: skip
    """Mint one dataset; returns the session id of its create-activity job (None if none was lodged)."""
    minted = await client.datastore.mint_dataset(_dataset_metadata(name, description, state))
    if not isinstance(minted.handle, str):
        raise RuntimeError(f"minting {name!r} returned no handle: {minted.status.details}")
    state.add(role, minted.handle, name)
    where = getattr(minted.s3_location, "s3_uri", "(no S3 location)")
    progress.say(f"minted dataset        {minted.handle}  {name}  (s3: {where})")
    session = minted.register_create_activity_session_id
    return session if isinstance(session, str) and session else None


async def mint_and_upload(client: provena.ProvenaClient, state: DemoState, progress: Progress, scratch: Path) -> None:
    """Mint the two input datasets, upload their files (temporary S3 write credentials + boto3), and show
    the round trip: one file downloaded back through a presigned URL is byte for byte what was uploaded."""
    sessions: list[str] = []
    for role, name, description in (
        ("input_sst", "Sea surface temperature 2024-01", "Daily SST at three Great Barrier Reef sites"),
        ("input_survey", "Reef survey 2024", "Coral cover along five transects per site"),
    ):
        session = await _mint(client, role, name, description, state, progress)
        if session:
            sessions.append(session)
    # Minting lodges each dataset's "create" activity as a job; wait for them so the lineage is complete.
    await asyncio.gather(*(_wait_job(client, s) for s in sessions))
    progress.say(f"create-activity jobs of both datasets finished ({len(sessions)} jobs, waited concurrently)")

    content = _write_input_files(scratch)
    uploads = await asyncio.gather(
        *(client.datastore.io.upload_all_files(str(scratch / role), state.ids[role]) for role in content)
    )
    for role, keys in zip(content, uploads, strict=True):
        size = sum(len(data) for data in content[role].values())
        progress.say(f"uploaded {len(keys)} file(s), {size} bytes, to {state.ids[role]} ({', '.join(content[role])})")
    state.counts["files_uploaded"] = sum(len(keys) for keys in uploads)

    original = content["input_sst"]["sst.csv"]
    back = await client.datastore.io.download_file(state.ids["input_sst"], "sst.csv", str(scratch / "downloaded"))
    echoed = back.read_bytes()
    if echoed != original:
        raise RuntimeError(f"S3 round trip changed sst.csv: {len(original)} bytes up, {len(echoed)} bytes back")
    digest = hashlib.sha256(echoed).hexdigest()[:16]
    progress.say(f"round trip: sst.csv downloaded via a presigned URL, {len(echoed)} bytes, sha256 {digest}... "
                 "identical to the upload")  # fmt: skip


async def _wait_job(client: provena.ProvenaClient, session_id: str) -> dict[str, Any]:
    return await client.job_api.await_successful_job_completion(
        session_id, timeout=JOB_TIMEOUT_S, poll_interval=JOB_POLL_S
    )


async def register_model_run(client: provena.ProvenaClient, state: DemoState, progress: Progress) -> None:
    """Mint the output dataset, register the model run (inputs -> output) and wait for its lodge job."""
    name = "Bleaching risk 2024-01"
    description = "Modelled bleaching risk per site, produced by the demo run"
    session = await _mint(client, "output", name, description, state, progress)
    if session:
        await _wait_job(client, session)

    now = int(time.time())
    record = {
        "workflow_template_id": state.ids["workflow"],
        "inputs": [
            {"dataset_template_id": state.ids["template_sst"], "dataset_id": state.ids["input_sst"],
             "dataset_type": "DATA_STORE"},
            {"dataset_template_id": state.ids["template_survey"], "dataset_id": state.ids["input_survey"],
             "dataset_type": "DATA_STORE"},
        ],
        "outputs": [{"dataset_template_id": state.ids["template_risk"], "dataset_id": state.ids["output"],
                     "dataset_type": "DATA_STORE"}],
        "annotations": {"random_seed": "42", "notes": "registered by scripts/demo.py"},
        "display_name": "Coral bleaching run 2024-01",
        "description": "Bleaching risk from January SST and the 2024 reef survey",
        "associations": {"modeller_id": state.ids["person"], "requesting_organisation_id": state.ids["organisation"]},
        "start_time": now - 600,
        "end_time": now,
    }  # fmt: skip
    lodged = await client.prov_api.register_model_run(record)
    if not isinstance(lodged.session_id, str):
        raise RuntimeError(f"the model run was accepted without a job session id: {lodged.status.details}")
    progress.say(f"model run lodged as job {lodged.session_id}; waiting for it (polling every {JOB_POLL_S} s)")
    started = time.monotonic()
    job = await _wait_job(client, lodged.session_id)
    run_id = str(job["result"]["record"]["id"])
    state.add("model_run", run_id, "Coral bleaching run 2024-01")
    progress.say(f"job {job['status']} after {time.monotonic() - started:.2f} s: model run {run_id}")


async def generate_report(client: provena.ProvenaClient, state: DemoState, progress: Progress, path: Path) -> int:
    """The model run's provenance report (.docx), written atomically to `path`; returns its size."""
    content = await client.prov_api.generate_report(
        {"id": state.ids["model_run"], "item_subtype": "MODEL_RUN", "depth": 3},
        file_path=str(path), wait_timeout=JOB_TIMEOUT_S, poll_interval=JOB_POLL_S,
    )  # fmt: skip
    progress.say(f"report job finished; {len(content)} bytes of .docx")
    return len(content)
