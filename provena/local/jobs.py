"""The stack's async jobs: the local stand-in for Provena's job API, its status table and its workers.

The real platform records each job in a DynamoDB status table, publishes it on an
SNS topic per job type and lets ECS workers run it; the job API reads the table.
Here the table is the ``jobs`` namespace of the stack's SQLite state and one
background thread per stack plays the workers:

* ``lodge_job``/``launch_job`` write a PENDING row and queue it;
* the worker marks it IN_PROGRESS, runs the runner registered for its sub type
  (``register_runner``) inside one state transaction, and records SUCCEEDED with the
  result, or FAILED with the error (the runner's writes are then rolled back, so a
  failed job leaves nothing half-written);
* one worker taking jobs first in, first out keeps ``--seed`` runs reproducible.

Runners are ``fn(ctx, payload, username) -> dict`` and run in the worker thread.
"""

from __future__ import annotations

import contextvars
import logging
import queue
import sqlite3
import threading
import time
from collections.abc import Callable
from enum import Enum
from typing import Any

from ProvenaInterfaces import AsyncJobAPI as _api
from ProvenaInterfaces import AsyncJobModels as _models
from ProvenaInterfaces.RegistryModels import ItemSubType
from ProvenaInterfaces.SharedTypes import EncryptedUserInfo
from pydantic import BaseModel

from .context import StackContext

log = logging.getLogger("provena.local.jobs")

NAMESPACE = "jobs"
TERMINAL = ("SUCCEEDED", "FAILED")

# -- job types --------------------------------------------------------------------------------
# provena-interfaces-v2 2.10.5 predates the report job the reference backend runs
# (job type REPORT, sub type GENERATE_REPORT); the enums below are the package's
# members plus those two, under the same names, so the documents match the reference.
# (mypy's functional-Enum support only takes literal member lists, hence the ``misc`` ignores.)
JobType = Enum(  # type: ignore[misc]
    "JobType", {m.name: m.value for m in _models.JobType} | {"REPORT": "REPORT"}, type=str, module=__name__
)
JobSubType = Enum(  # type: ignore[misc]
    "JobSubType",
    {m.name: m.value for m in _models.JobSubType} | {"GENERATE_REPORT": "GENERATE_REPORT"},
    type=str,
    module=__name__,
)


class ReportGeneratePayload(BaseModel):
    """Payload of the GENERATE_REPORT job (as the reference backend's AsyncJobModels define it)."""

    id: str
    item_subtype: ItemSubType
    depth: int
    user_info: EncryptedUserInfo


class ReportGenerateResult(BaseModel):
    report_url: str


PAYLOAD_MODELS: dict[str, type[BaseModel]] = {
    **{sub.value: model for sub, model in _models.JOB_TYPE_PAYLOAD_MAP.items()},
    "GENERATE_REPORT": ReportGeneratePayload,
}


class AdminLaunchJobRequest(_api.AdminLaunchJobRequest):
    """The package's request with the widened job type enums (same schema name as the reference)."""

    # Deliberate pydantic field override with the widened enums (a superset of the package's
    # members); mypy reads any field redeclaration with another type as an incompatible override.
    job_type: JobType  # type: ignore[assignment]
    job_sub_type: JobSubType  # type: ignore[assignment]


class JobPayloadError(ValueError):
    """The payload does not validate against the job sub type's payload model."""


class JobFailed(Exception):
    """Raised by a runner for an expected failure; the message becomes the job's ``info``.

    ``verbatim`` info is stored as is; otherwise it reads "Job failed, err: <message>." as
    the real workers' generic failure does.
    """

    def __init__(self, message: str, *, verbatim: bool = False) -> None:
        super().__init__(message)
        self.verbatim = verbatim


Runner = Callable[[StackContext, dict[str, Any], str], dict[str, Any]]

# The session id of the job the worker is running (runners that store files need it).
_current_session: contextvars.ContextVar[str | None] = contextvars.ContextVar("provena_job_session", default=None)


def current_session_id() -> str | None:
    return _current_session.get()


def register_runner(ctx: StackContext, job_sub_type: str | Enum, fn: Runner) -> None:
    ctx.job_runners[_value(job_sub_type)] = fn


def validate_payload(job_sub_type: str | Enum, payload: dict[str, Any]) -> BaseModel:
    model = PAYLOAD_MODELS.get(_value(job_sub_type))
    if model is None:
        raise JobPayloadError(f"No payload definition for job sub type {_value(job_sub_type)}")
    try:
        return model.model_validate(payload)
    except Exception as e:
        raise JobPayloadError(str(e)) from e


# -- lodging ----------------------------------------------------------------------------------
def launch_job(
    ctx: StackContext,
    *,
    username: str,
    job_type: str | Enum,
    job_sub_type: str | Enum,
    payload: dict[str, Any],
    batch_id: str | None = None,
    request_batch_id: bool = False,
) -> tuple[str, str | None]:
    """Record a PENDING job and queue it; returns (session id, batch id if one was requested/given)."""
    if request_batch_id and batch_id is not None:
        raise JobPayloadError("Cannot specify both a new batch and an existing batch id.")
    validate_payload(job_sub_type, payload)
    state = ctx.state
    with state.transaction():
        if request_batch_id:
            batch_id = state.new_uuid()
        session_id = state.new_uuid()
        row = {
            "session_id": session_id,
            "created_timestamp": int(state.now()),
            "username": username,
            "batch_id": batch_id,
            "payload": payload,
            "job_type": _value(job_type),
            "job_sub_type": _value(job_sub_type),
            "gsi_status": _models.GSI_VALUE,
            "status": "PENDING",
            "info": None,
            "result": None,
        }
        state.put(NAMESPACE, session_id, row)
    # Queued after the row is written; inside an outer transaction the worker blocks on
    # the state lock until it commits, and skips the id if it was rolled back.
    _worker(ctx).submit(session_id)
    return session_id, batch_id


def lodge_job(
    ctx: StackContext,
    *,
    username: str,
    job_type: str | Enum,
    job_sub_type: str | Enum,
    payload: dict[str, Any],
    batch_id: str | None = None,
) -> str:
    session_id, _ = launch_job(ctx, username=username, job_type=job_type, job_sub_type=job_sub_type,
                               payload=payload, batch_id=batch_id)  # fmt: skip
    return session_id


# -- reading ----------------------------------------------------------------------------------
def get_job(ctx: StackContext, session_id: str) -> dict[str, Any] | None:
    return ctx.state.get(NAMESPACE, session_id)


def list_jobs(
    ctx: StackContext,
    *,
    username: str | None = None,
    batch_id: str | None = None,
) -> list[dict[str, Any]]:
    """Jobs newest first (the real indexes sort by created timestamp, descending)."""
    rows = ctx.state.list(NAMESPACE)  # insertion order breaks timestamp ties
    selected = [
        r for r in rows
        if (username is None or r["username"] == username) and (batch_id is None or r["batch_id"] == batch_id)
    ]  # fmt: skip
    order = {r["session_id"]: i for i, r in enumerate(rows)}
    selected.sort(key=lambda r: (r["created_timestamp"], order[r["session_id"]]), reverse=True)
    return selected


class PaginationError(ValueError):
    pass


def paginate(
    rows: list[dict[str, Any]], pagination_key: dict[str, Any] | None, limit: int, index_field: str
) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """One page and the key of its last row (DynamoDB's LastEvaluatedKey shape) if more follow."""
    if limit < 1:
        raise PaginationError("limit must be at least 1.")
    start = 0
    if pagination_key is not None:
        sid = pagination_key.get("session_id")
        positions = [i for i, r in enumerate(rows) if r["session_id"] == sid]
        if not positions:
            raise PaginationError("The pagination key does not match any job of this listing.")
        start = positions[0] + 1
    page = rows[start:start + limit]
    if start + limit >= len(rows) or not page:
        return page, None
    last = page[-1]
    return page, {"session_id": last["session_id"], index_field: last[index_field],
                  "created_timestamp": last["created_timestamp"]}  # fmt: skip


# -- waiting (tests and synchronous callers) ---------------------------------------------------
def wait_for_job(ctx: StackContext, session_id: str, timeout: float = 10.0) -> dict[str, Any]:
    """Block until the job is SUCCEEDED or FAILED; raises TimeoutError otherwise."""
    worker = _worker(ctx)
    deadline = time.monotonic() + timeout
    while True:
        # Read without holding the condition: the worker notifies while it holds the state lock.
        job = get_job(ctx, session_id)
        if job is None:
            raise KeyError(session_id)
        if job["status"] in TERMINAL:
            return job
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError(f"job {session_id} still {job['status']} after {timeout}s")
        with worker.changed:
            worker.changed.wait(min(remaining, 0.05))


def drain(ctx: StackContext, timeout: float = 10.0) -> None:
    """Block until the queue is empty and no job is running."""
    worker = _worker(ctx)
    deadline = time.monotonic() + timeout
    while worker.queue.unfinished_tasks:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError(f"jobs still running after {timeout}s")
        with worker.changed:
            worker.changed.wait(min(remaining, 0.05))


class SettleJobs:
    """ASGI middleware for deterministic mode (``serve --seed``): a response leaves only once every job
    lodged so far has finished.

    With one background worker, how many status polls a client makes before SUCCEEDED depends on thread
    timing, and each poll reads the ticking clock; recordings (cassettes) would differ run to run. Holding
    the lodge response until the queue is drained makes the first poll see the final status, so a seeded
    stack answers the same request sequence with the same responses. Jobs still run on the worker thread and
    go through PENDING and IN_PROGRESS as usual; only the response is delayed. Unseeded stacks are unchanged.
    """

    def __init__(self, app: Any, ctx: StackContext, timeout: float = 120.0) -> None:
        self.app = app
        self.ctx = ctx
        self.timeout = timeout

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        import anyio.to_thread

        held: list[Any] = []

        async def hold(message: Any) -> None:
            held.append(message)

        await self.app(scope, receive, hold)
        await anyio.to_thread.run_sync(drain, self.ctx, self.timeout)
        for message in held:
            await send(message)


def start_worker(ctx: StackContext) -> None:
    _worker(ctx).ensure_started()


def stop_worker(ctx: StackContext, timeout: float = 5.0) -> None:
    worker = ctx.__dict__.get("_job_worker")
    if worker is not None:
        worker.stop(timeout)


def install_hooks(ctx: StackContext) -> None:
    """Start the worker (and pick up jobs left PENDING by a previous run) when the stack starts."""
    if ctx.__dict__.get("_job_hooks_installed"):
        return
    ctx.__dict__["_job_hooks_installed"] = True
    ctx.__dict__.setdefault("on_start", []).append(lambda: start_worker(ctx))
    ctx.__dict__.setdefault("on_stop", []).append(lambda: stop_worker(ctx))


# -- the worker ----------------------------------------------------------------------------------
_STOP = object()


class _Worker:
    def __init__(self, ctx: StackContext) -> None:
        self.ctx = ctx
        self.queue: queue.Queue[object] = queue.Queue()
        self.changed = threading.Condition()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._recovered: set[str] = set()  # queued by the start-up scan; submit must not queue them again

    def ensure_started(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        # Lock order everywhere: state, then worker (lodging happens inside state transactions).
        with self.ctx.state.transaction(), self._lock:
            if self._thread is not None and self._thread.is_alive():
                return
            # Jobs a previous process left unfinished: their runner's writes were rolled
            # back with its transaction, so running them again cannot create anything twice.
            queued = set()
            for row in self.ctx.state.list(NAMESPACE):
                if row["status"] in ("PENDING", "IN_PROGRESS"):
                    if row["status"] == "IN_PROGRESS":
                        row["status"] = "PENDING"
                        self.ctx.state.put(NAMESPACE, row["session_id"], row)
                    queued.add(row["session_id"])
                    self.queue.put(row["session_id"])
            self._thread = threading.Thread(target=self._loop, name="provena-local-jobs", daemon=True)
            self._thread.start()
            self._recovered = queued

    def submit(self, session_id: str) -> None:
        self.ensure_started()
        if session_id not in self._recovered:
            self.queue.put(session_id)

    def stop(self, timeout: float) -> None:
        thread = self._thread
        if thread is not None and thread.is_alive():
            self.queue.put(_STOP)
            thread.join(timeout)

    def _loop(self) -> None:
        while True:
            try:
                item = self.queue.get(timeout=1.0)
            except queue.Empty:
                if self._state_closed():
                    return
                continue
            try:
                if item is _STOP:
                    return
                assert isinstance(item, str)
                self._run(item)
            except sqlite3.ProgrammingError:
                return  # the stack shut down underneath us
            except Exception:  # pragma: no cover - a bug in the worker itself
                log.exception("job worker error")
            finally:
                self.queue.task_done()
                with self.changed:
                    self.changed.notify_all()

    def _state_closed(self) -> bool:
        try:
            self.ctx.state.execute("SELECT 1")
        except sqlite3.ProgrammingError:
            return True
        return False

    def _set(self, row: dict[str, Any], **fields: Any) -> None:
        row.update(fields)
        self.ctx.state.put(NAMESPACE, row["session_id"], row)
        with self.changed:
            self.changed.notify_all()

    def _run(self, session_id: str) -> None:
        state = self.ctx.state
        row = state.get(NAMESPACE, session_id)
        if row is None or row["status"] != "PENDING":
            return
        self._set(row, status="IN_PROGRESS")
        runner = self.ctx.job_runners.get(row["job_sub_type"]) or _DEFAULT_RUNNERS.get(row["job_sub_type"])
        if runner is None:
            self._set(row, status="FAILED", info=f"Job failed, err: the local stack has no worker for "
                                                  f"{row['job_type']}/{row['job_sub_type']} jobs.")  # fmt: skip
            return
        token = _current_session.set(session_id)
        try:
            with state.transaction():
                result = runner(self.ctx, row["payload"], row["username"])  # type: ignore[operator]
                self._set(row, status="SUCCEEDED", info=None, result=result)
        except sqlite3.ProgrammingError:
            raise
        except Exception as e:
            detail = str(e) if isinstance(e, JobFailed) else f"{type(e).__name__}: {e}"
            if hasattr(e, "detail"):  # HTTPException/RegistryError raised by shared code
                detail = str(e.detail)
            info = detail if getattr(e, "verbatim", False) else f"Job failed, err: {detail}."
            self._set(row, status="FAILED", info=info, result=None)
        finally:
            _current_session.reset(token)


def _worker(ctx: StackContext) -> _Worker:
    worker = ctx.__dict__.get("_job_worker")
    if worker is None:
        worker = _Worker(ctx)
        ctx.__dict__["_job_worker"] = worker
    return worker


def _value(v: str | Enum) -> str:
    return str(v.value) if isinstance(v, Enum) else str(v)


def _no_op(ctx: StackContext, payload: dict[str, Any], username: str) -> dict[str, Any]:
    return {}


# Wake-up jobs exist to warm the real workers; email jobs have no mail server locally.
_DEFAULT_RUNNERS: dict[str, Runner] = {
    "PROV_LODGE_WAKE_UP": _no_op,
    "REGISTRY_WAKE_UP": _no_op,
    "EMAIL_WAKE_UP": _no_op,
    "SEND_EMAIL": _no_op,
}
