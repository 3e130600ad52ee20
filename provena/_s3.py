"""Blocking S3 transfers for the datastore I/O helpers (extra `s3`: boto3), with the dataset's temporary
credentials. Run by the flows as blocking steps (a worker thread in async code).

Keys are always kept under the dataset's prefix; downloads are written to a temporary name and renamed, so an
interrupted transfer never leaves a half-written file under its final name.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["S3Target", "download_all", "download_path", "list_keys", "upload_all"]


@dataclass(frozen=True)
class S3Target:
    bucket: str
    prefix: str  # the dataset's path in the bucket, without a trailing slash
    credentials: dict[str, str]  # aws_access_key_id, aws_secret_access_key, aws_session_token
    endpoint_url: str | None = None  # the local stack's S3; None for AWS

    def client(self) -> Any:
        try:
            import boto3
        except ImportError:
            raise ImportError(
                "dataset file transfers need boto3: install the `s3` extra (pip install 'provena-sdk[s3]'), "
                "or download single files with generate_dataset_presigned_url"
            ) from None
        return boto3.client("s3", endpoint_url=self.endpoint_url, **self.credentials)


def _relative(target: S3Target, key: str) -> str:
    prefix = target.prefix.strip("/") + "/"
    return key[len(prefix) :] if key.startswith(prefix) else key


def list_keys(target: S3Target, sub_path: str = "") -> list[str]:
    """Every object key under the dataset prefix (optionally under `sub_path` within it)."""
    client = target.client()
    prefix = target.prefix.strip("/") + "/" + sub_path.lstrip("/")
    keys: list[str] = []
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=target.bucket, Prefix=prefix):
        keys.extend(obj["Key"] for obj in page.get("Contents", []))
    return keys


def _download(client: Any, target: S3Target, key: str, destination: Path) -> Path:
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".part")
    client.download_file(target.bucket, key, str(partial))
    os.replace(partial, destination)
    return destination


def download_all(target: S3Target, destination_directory: str | os.PathLike[str]) -> list[Path]:
    """Downloads every file of the dataset into the directory (relative layout kept)."""
    return download_path(target, "", destination_directory)


def download_path(
    target: S3Target, s3_path: str, destination_directory: str | os.PathLike[str]
) -> list[Path]:
    """Downloads one file, or every file under a folder (with or without a trailing slash), once each."""
    client = target.client()
    root = Path(destination_directory)
    wanted = s3_path.strip("/")
    out: list[Path] = []
    for key in list_keys(target, wanted):
        rel = _relative(target, key)
        # `data` must not match `database.csv`: keep exact files and whole folders only.
        if wanted and rel != wanted and not rel.startswith(wanted + "/"):
            continue
        if key.endswith("/"):
            continue
        out.append(_download(client, target, key, root / rel))
    return out


def upload_all(target: S3Target, source_directory: str | os.PathLike[str]) -> list[str]:
    """Uploads every file under the directory to the dataset prefix; returns the keys written."""
    source = Path(source_directory)
    if not source.is_dir():
        raise NotADirectoryError(f"source_directory {str(source)!r} is not a directory")
    client = target.client()
    written: list[str] = []
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        key = f"{target.prefix.strip('/')}/{path.relative_to(source).as_posix()}"
        client.upload_file(str(path), target.bucket, key)
        written.append(key)
    return written
