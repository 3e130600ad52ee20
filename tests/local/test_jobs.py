"""Job service and the in-process job runner: statuses, failures, pagination, admin routes."""

from __future__ import annotations

from typing import Any

import pytest

from provena.local import jobs
from provena.local.server import build_stack

from .conftest import BASE, Stack
from .test_prov import wait_job


def _launch(stack: Stack, sub_type: str = "PROV_LODGE_WAKE_UP", payload: dict[str, Any] | None = None,
            user: str = "admin", **extra: Any) -> Any:  # fmt: skip
    body = {"job_type": "PROV_LODGE", "job_sub_type": sub_type, "job_payload": payload or {}} | extra
    return stack.call("POST", "job", "/jobs/admin/launch", json=body, user=user)


def _status(stack: Stack, session_id: str) -> str:
    return str(stack.call("GET", "job", "/jobs/admin/fetch", user="admin", params={"session_id": session_id})
               .json()["job"]["status"])  # fmt: skip


def test_statuses_progress_and_results_are_stored(stack: Stack) -> None:
    seen: dict[str, tuple[str, ...]] = {}

    def runner(ctx: Any, payload: dict[str, Any], username: str) -> dict[str, Any]:
        # Runs in the worker inside the job's transaction: what the table says at that point.
        me = jobs.current_session_id()
        assert me is not None
        others = tuple(j["status"] for j in jobs.list_jobs(ctx) if j["session_id"] != me)
        seen[payload["reason"]] = (jobs.get_job(ctx, me)["status"], *others)  # type: ignore[index]
        return {"echo": payload["reason"], "by": username}

    jobs.register_runner(stack.ctx, "PROV_LODGE_WAKE_UP", runner)
    ctx = stack.ctx
    with ctx.state.transaction():  # holds the worker back until both are queued
        first, second = (jobs.lodge_job(ctx, username="researcher", job_type="PROV_LODGE",
                                        job_sub_type="PROV_LODGE_WAKE_UP", payload={"reason": reason})
                         for reason in ("first", "second"))  # fmt: skip
        assert [jobs.get_job(ctx, s)["status"] for s in (first, second)] == ["PENDING", "PENDING"]  # type: ignore[index]
    done = wait_job(stack, second)
    assert seen == {"first": ("IN_PROGRESS", "PENDING"), "second": ("IN_PROGRESS", "SUCCEEDED")}  # FIFO, one worker
    assert done["status"] == "SUCCEEDED" and done["result"] == {"echo": "second", "by": "researcher"}
    assert _status(stack, first) == "SUCCEEDED"
    assert set(done) == {"session_id", "created_timestamp", "username", "batch_id", "payload", "job_type",
                         "job_sub_type", "gsi_status", "status", "info", "result"}  # fmt: skip


def test_a_failing_job_is_failed_and_its_writes_are_rolled_back(stack: Stack) -> None:
    def runner(ctx: Any, payload: dict[str, Any], username: str) -> dict[str, Any]:
        ctx.state.put("scratch", "half", {"written": True})
        raise RuntimeError("disk on fire")

    jobs.register_runner(stack.ctx, "PROV_LODGE_WAKE_UP", runner)
    session = _launch(stack, username="researcher").json()["session_id"]
    job = wait_job(stack, session)
    assert job["status"] == "FAILED" and job["result"] is None
    assert job["info"] == "Job failed, err: RuntimeError: disk on fire."
    assert stack.ctx.state.get("scratch", "half") is None


def test_jobs_without_a_worker_fail_clearly(stack: Stack) -> None:
    session = _launch(stack, "REGISTRY_WAKE_UP", user="admin", job_type="REGISTRY").json()["session_id"]
    assert jobs.wait_for_job(stack.ctx, session)["status"] == "SUCCEEDED"
    session = jobs.lodge_job(stack.ctx, username="researcher", job_type="EMAIL", job_sub_type="SEND_EMAIL",
                             payload={"email_to": "a@b.org", "subject": "s", "body": "b", "reason": "r"})  # fmt: skip
    assert jobs.wait_for_job(stack.ctx, session)["status"] == "SUCCEEDED"


def test_fetch_and_list_permissions(stack: Stack) -> None:
    session = _launch(stack, username="researcher").json()["session_id"]
    wait_job(stack, session)
    r = stack.call("GET", "job", "/jobs/user/fetch", params={"session_id": "00000000-0000-4000-8000-999999999999"})
    assert r.status_code == 400 and r.json() == {"detail": "Item was not found."}
    r = stack.call("GET", "job", "/jobs/user/fetch", params={"session_id": session}, user="admin")
    assert r.status_code == 401
    assert stack.call("GET", "job", "/jobs/user/fetch", user="researcher").status_code == 422
    assert stack.call("GET", "job", "/jobs/admin/fetch", params={"session_id": session}).status_code == 401
    assert stack.call("POST", "job", "/jobs/admin/list", json={}).status_code == 401
    assert stack.call("POST", "job", "/jobs/user/list", json={}, user="admin").json()["jobs"] == []
    assert stack.call("POST", "job", "/jobs/user/list", json={}, user=None).status_code == 401
    for path in ("/jobs/user/retry", "/jobs/admin/retry"):
        r = stack.call("POST", "job", path, params={"session_id": session}, user="admin")
        assert r.status_code == 400 and r.json()["detail"] == "Not yet implemented"


def test_pagination_is_newest_first_with_keys(stack: Stack) -> None:
    sessions = [_launch(stack, username="researcher", payload={"reason": str(i)}).json()["session_id"]
                for i in range(5)]  # fmt: skip
    jobs.drain(stack.ctx)
    seen: list[str] = []
    key = None
    pages = 0
    while True:
        r = stack.call("POST", "job", "/jobs/user/list", json={"limit": 2, "pagination_key": key})
        assert r.status_code == 200
        body = r.json()
        seen += [j["session_id"] for j in body["jobs"]]
        pages += 1
        key = body["pagination_key"]
        if key is None:
            break
        assert set(key) == {"session_id", "username", "created_timestamp"}
    assert pages == 3 and seen == sessions[::-1]
    everything = stack.call("POST", "job", "/jobs/admin/list", json={"limit": 100}, user="admin").json()["jobs"]
    assert [j["session_id"] for j in everything] == sessions[::-1]
    filtered = stack.call("POST", "job", "/jobs/admin/list", json={"username_filter": "admin"}, user="admin")
    assert filtered.json() == {"jobs": [], "pagination_key": None}
    bad = stack.call("POST", "job", "/jobs/user/list", json={"pagination_key": {"session_id": "nope"}})
    assert bad.status_code == 400
    assert stack.call("POST", "job", "/jobs/user/list", json={"limit": 0}).status_code == 400
    assert stack.call("POST", "job", "/jobs/user/list", json={"limit": "many"}).status_code == 422


def test_admin_launch_batches_and_payload_validation(stack: Stack) -> None:
    first = _launch(stack, username="researcher", request_batch_id=True).json()
    assert first["batch_id"]
    second = _launch(stack, username="researcher", add_to_batch=first["batch_id"]).json()
    assert second["batch_id"] == first["batch_id"]
    _launch(stack, username="admin")
    jobs.drain(stack.ctx)
    listed = stack.call("POST", "job", "/jobs/user/list_batch", json={"batch_id": first["batch_id"]}).json()
    assert [j["session_id"] for j in listed["jobs"]] == [second["session_id"], first["session_id"]]
    admin = stack.call("POST", "job", "/jobs/admin/list_batch", json={"batch_id": first["batch_id"]}, user="admin")
    assert len(admin.json()["jobs"]) == 2
    r = stack.call("POST", "job", "/jobs/admin/list_batch", user="admin",
                   json={"batch_id": first["batch_id"], "username_filter": "admin"})  # fmt: skip
    assert r.status_code == 400
    assert stack.call("POST", "job", "/jobs/user/list_batch", json={"batch_id": first["batch_id"]},
                      user="admin").status_code == 401  # fmt: skip

    r = _launch(stack, "MODEL_RUN_PROV_LODGE", payload={"record": {}})
    assert r.status_code == 400 and r.json()["detail"].startswith("Invalid payload supplied:")
    assert _launch(stack, request_batch_id=True, add_to_batch="x").status_code == 422
    assert _launch(stack, "NOT_A_JOB").status_code == 422
    assert stack.call("POST", "job", "/jobs/admin/list", json={}, user="admin").json()["jobs"][0]["username"] == "admin"


def test_pending_jobs_are_picked_up_after_a_restart(tmp_path: Any) -> None:
    _, ctx = build_stack(BASE, data_dir=tmp_path, seed=None, s3_endpoint=None)
    try:
        ctx.state.put(jobs.NAMESPACE, "left-over", {
            "session_id": "left-over", "created_timestamp": 1, "username": "researcher", "batch_id": None,
            "payload": {}, "job_type": "PROV_LODGE", "job_sub_type": "PROV_LODGE_WAKE_UP", "gsi_status": "ok",
            "status": "IN_PROGRESS", "info": None, "result": None})  # fmt: skip
        for hook in ctx.__dict__["on_start"]:
            hook()
        assert jobs.wait_for_job(ctx, "left-over")["status"] == "SUCCEEDED"
    finally:
        jobs.stop_worker(ctx)
        ctx.state.close()


def _replay(seed: int) -> list[dict[str, Any]]:
    _, ctx = build_stack(BASE, data_dir=None, seed=seed, s3_endpoint=None)
    try:
        ids = [jobs.lodge_job(ctx, username="researcher", job_type="PROV_LODGE", job_sub_type="PROV_LODGE_WAKE_UP",
                              payload={"reason": str(i)}) for i in range(3)]  # fmt: skip
        return [jobs.wait_for_job(ctx, i) for i in ids]
    finally:
        jobs.stop_worker(ctx)
        ctx.state.close()


def test_seeded_stacks_replay_identically() -> None:
    assert _replay(3) == _replay(3)


@pytest.mark.parametrize("path", ["/jobs/user/list", "/jobs/user/list_batch"])
def test_malformed_bodies_get_422(stack: Stack, path: str) -> None:
    r = stack.call("POST", "job", path, content=b"[", headers={"Content-Type": "application/json"})
    assert r.status_code == 422 and "detail" in r.json()
