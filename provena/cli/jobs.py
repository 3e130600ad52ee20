"""`provena job wait|list`: asynchronous jobs (dataset create activities, model run lodging, reports)."""

from __future__ import annotations

from typing import Any

import click

from ._output import json_option, jsonable, note, print_json, print_table
from ._session import Session

__all__ = ["job"]


@click.group()
def job() -> None:
    """Asynchronous jobs of the logged-in user."""


@job.command()
@click.argument("session_id", metavar="SESSION_ID")
@click.option("--timeout", type=click.FloatRange(min=1), default=300, show_default=True, help="Seconds to wait.")
@click.option("--poll", type=click.FloatRange(min=0.1), default=2, show_default=True, help="Seconds between checks.")
@json_option
@click.pass_obj
def wait(session: Session, session_id: str, timeout: float, poll: float, as_json: bool) -> None:
    """Wait until job SESSION_ID succeeds (exit 0) or fails or times out (exit 1)."""
    with session.client() as client:
        status = client.job_api.await_successful_job_completion(session_id, timeout=timeout, poll_interval=poll)
    if as_json:
        print_json(status)
    else:
        note(f"Job {session_id}: {jsonable(status).get('status')}")


def _row(entry: Any) -> list[Any]:
    data = jsonable(entry)
    return [data.get("session_id"), data.get("job_type"), data.get("job_sub_type"), data.get("status"),
            data.get("created_timestamp")]  # fmt: skip


@job.command("list")
@click.option("--limit", "-n", type=click.IntRange(min=1), default=20, show_default=True, help="Most jobs.")
@json_option
@click.pass_obj
def list_jobs(session: Session, limit: int, as_json: bool) -> None:
    """List your most recent jobs."""
    with session.client() as client:
        jobs = list(client.job_api.list_all_jobs({}, limit=limit))
    if as_json:
        print_json(jobs)
    else:
        print_table([_row(j) for j in jobs], ["session id", "type", "sub type", "status", "created"], empty="no jobs")
