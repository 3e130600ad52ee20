"""`provena dataset mint|files|upload|download`: datasets and their files, through the transfer engine."""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Any

import click

from ._output import json_option, jsonable, note, print_json, print_table, read_payload
from ._progress import call_with_progress
from ._session import Session

__all__ = ["dataset"]

JOB_POLL_S = 1.0


@click.group()
def dataset() -> None:
    """Datasets: mint one from its metadata, then list, upload and download its files."""


@dataset.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--wait/--no-wait", default=False, show_default=True,
              help="Wait for the dataset's create activity to be recorded (its lineage is complete then).")
@click.option("--timeout", type=click.FloatRange(min=1), default=300, show_default=True, help="Seconds, with --wait.")
@json_option
@click.pass_obj
def mint(session: Session, file: str, wait: bool, timeout: float, as_json: bool) -> None:
    """Mint a dataset from FILE (its metadata, a CollectionFormat, as JSON or YAML); prints the new id."""
    payload = read_payload(file)
    with session.client() as client:
        minted = client.datastore.mint_dataset(payload)
        handle = getattr(minted, "handle", None)
        if not isinstance(handle, str) or not handle:
            from .._errors import ProvenaError

            raise ProvenaError(f"the data store minted no dataset: {jsonable(minted).get('status')}")
        session_id = getattr(minted, "register_create_activity_session_id", None)
        if wait and isinstance(session_id, str) and session_id:
            client.job_api.await_successful_job_completion(session_id, timeout=timeout, poll_interval=JOB_POLL_S)
    if as_json:
        print_json({"id": handle, **jsonable(minted)})
    else:
        click.echo(handle)


@dataset.command()
@click.argument("dataset_id", metavar="ID")
@json_option
@click.pass_obj
def files(session: Session, dataset_id: str, as_json: bool) -> None:
    """List the files (S3 keys) of dataset ID."""
    with session.client() as client:
        keys = list(client.datastore.io.list_all_files(dataset_id))
    if as_json:
        print_json(keys)
    else:
        print_table([[k] for k in keys], ["file"], empty=f"dataset {dataset_id} has no files")


@dataset.command()
@click.argument("dataset_id", metavar="ID")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@json_option
@click.pass_obj
def upload(session: Session, dataset_id: str, directory: str, as_json: bool) -> None:
    """Upload every file under DIRECTORY into dataset ID (relative paths kept)."""
    with session.client() as client:
        io = client.datastore.io
        keys = call_with_progress(io.upload_all_files, directory, dataset_id, label="uploading", enabled=not as_json)
    uploaded = [str(k) for k in keys or []]
    if as_json:
        print_json({"id": dataset_id, "uploaded": uploaded})
    else:
        note(f"Uploaded {len(uploaded)} file(s) from {directory} to {dataset_id}")


def _safe_relative(path: str) -> str:
    """A file path inside the dataset, refused before any request when it could point outside DIRECTORY."""
    posix = PurePosixPath(path.replace("\\", "/"))
    if not path.strip() or posix.is_absolute() or ".." in posix.parts:
        raise click.BadParameter(f"{path!r} must be a relative path inside the dataset (no leading / and no ..)",
                                 param_hint="--path")  # fmt: skip
    return posix.as_posix()


@dataset.command()
@click.argument("dataset_id", metavar="ID")
@click.argument("directory", type=click.Path(file_okay=False))
@click.option("--path", "-p", "paths", multiple=True, metavar="P",
              help="Only this file of the dataset (repeatable); default: every file.")  # fmt: skip
@json_option
@click.pass_obj
def download(session: Session, dataset_id: str, directory: str, paths: tuple[str, ...], as_json: bool) -> None:
    """Download dataset ID's files into DIRECTORY (all of them, or only each --path)."""
    wanted = [_safe_relative(p) for p in paths]
    written: list[Any] = []
    with session.client() as client:
        io = client.datastore.io
        if not wanted:
            written = list(call_with_progress(io.download_all_files, directory, dataset_id, label="downloading",
                                              enabled=not as_json) or [])  # fmt: skip
        for path in wanted:
            written.append(call_with_progress(io.download_file, dataset_id, path, directory, label=path,
                                              enabled=not as_json))  # fmt: skip
    names = [str(p) for p in written]
    if as_json:
        print_json({"id": dataset_id, "directory": str(Path(directory)), "files": names})
    else:
        note(f"Downloaded {len(names)} file(s) from {dataset_id} to {directory}")
