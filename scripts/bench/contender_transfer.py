"""Transfer contenders: each moves a folder into or out of a dataset the way its kind of user would.

An adapter is `Adapter(spec, token)` (imports, builds its clients: not timed), `upload(folder, dataset_id)`,
`download(folder, dataset_id)` and `close()`; all sync. Every adapter imports boto3 and builds one S3 client
before the clock starts (a process that transfers has paid that already), and provena makes one untimed
fetch_dataset (its lazy imports; the official client imports everything when built). What provena and
provenaclient look up inside their call (the dataset's S3 folder, scoped credentials) is timed, a few ms. The
boto3 contenders get the same folder and scoped credentials through the API beforehand, untimed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

MiB = 1024 * 1024
TUNED_WORKERS = 16  # files in flight for the tuned boto3 contenders (aws-cli uses 10)
TUNED_CHUNK = 16 * MiB  # multipart chunk of the tuned contenders (larger parts, fewer requests)


def _warm_boto3(endpoint: str | None) -> None:
    """Imports boto3 and builds one S3 client, so loading botocore's service model is not in any timing."""
    import boto3

    boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="warm",
                 aws_secret_access_key="warm")  # fmt: skip


def _provena(spec: dict[str, Any], token: str) -> Any:
    import provena
    import provena.sync

    return provena.sync.ProvenaClient(auth=provena.StaticTokenAuth(token),
                                      config=provena.Config.from_file(spec["config_path"]))  # fmt: skip


class ProvenaTransfer:
    """provena's `client.datastore.io` (sync facade), defaults as shipped."""

    def __init__(self, spec: dict[str, Any], token: str) -> None:
        self.client = _provena(spec, token)
        _warm_boto3(spec["s3_endpoint"])
        # One untimed call, as the boto3 contenders make theirs: provena's lazy imports of the datastore's
        # generated package happen here, in a process that has used the client before, not in the timing.
        self.client.datastore.fetch_dataset(spec["dataset_id"])
        # PROVENA_BENCH_TRANSFER_OPTIONS='{"part_size": 16777216}': try other engine settings (tuning only).
        self.options: dict[str, Any] = json.loads(os.environ.get("PROVENA_BENCH_TRANSFER_OPTIONS") or "{}")

    def upload(self, folder: str, dataset_id: str) -> None:
        self.client.datastore.io.upload_all_files(folder, dataset_id, **self.options)

    def download(self, folder: str, dataset_id: str) -> None:
        self.client.datastore.io.download_all_files(folder, dataset_id, **self.options)

    def close(self) -> None:
        self.client.close()


class _Boto3Base:
    """The dataset's bucket, folder and scoped credentials, fetched through the API before timing."""

    def __init__(self, spec: dict[str, Any], token: str) -> None:
        self.spec = spec
        self.api = _provena(spec, token)
        _warm_boto3(spec["s3_endpoint"])
        self._clients: dict[tuple[str, bool], Any] = {}

    def _target(self, dataset_id: str, write: bool) -> tuple[Any, str, str]:
        import boto3
        from botocore.config import Config

        if (dataset_id, write) not in self._clients:
            s3 = self.api.datastore.fetch_dataset(dataset_id).item.s3
            request = {"dataset_id": dataset_id, "console_session_required": False}
            ds = self.api.datastore
            creds = (ds.generate_write_access_credentials if write else ds.generate_read_access_credentials)(request)
            c = creds.credentials
            client = boto3.client("s3", endpoint_url=self.spec["s3_endpoint"], region_name="us-east-1",
                                  aws_access_key_id=c.aws_access_key_id, aws_secret_access_key=c.aws_secret_access_key,
                                  aws_session_token=c.aws_session_token,
                                  config=Config(max_pool_connections=self.pool_size()))  # fmt: skip
            self._clients[(dataset_id, write)] = (client, s3.bucket_name, s3.path.strip("/") + "/")
        return self._clients[(dataset_id, write)]  # type: ignore[no-any-return]

    def pool_size(self) -> int:
        return 10  # botocore's default

    def prepare(self, dataset_id: str, direction: str) -> None:
        self._target(dataset_id, write=direction == "upload")

    def close(self) -> None:
        self.api.close()


def _local_files(folder: str) -> list[tuple[str, str]]:
    """(path, relative key) of every file below the folder, as a user's os.walk loop finds them."""
    out = []
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            out.append((path, Path(os.path.relpath(path, folder)).as_posix()))
    return sorted(out)


def _remote_keys(client: Any, bucket: str, prefix: str) -> list[str]:
    keys = []
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        keys += [o["Key"] for o in page.get("Contents", [])]
    return keys


def _destination(folder: str, key: str, prefix: str) -> str:
    path = os.path.join(folder, key[len(prefix) :])
    os.makedirs(os.path.dirname(path), exist_ok=True)
    return path


class Boto3Loop(_Boto3Base):
    """What a user writes by hand: `upload_file` / `download_file` one file after another, default config."""

    def upload(self, folder: str, dataset_id: str) -> None:
        client, bucket, prefix = self._target(dataset_id, write=True)
        for path, rel in _local_files(folder):
            client.upload_file(path, bucket, prefix + rel)

    def download(self, folder: str, dataset_id: str) -> None:
        client, bucket, prefix = self._target(dataset_id, write=False)
        for key in _remote_keys(client, bucket, prefix):
            client.download_file(bucket, key, _destination(folder, key, prefix))


class Boto3Pool(_Boto3Base):
    """The tuned hand-written version: a thread pool of `upload_file`/`download_file` over one shared client,
    larger multipart chunks and more threads per file, enough pooled connections for all of them."""

    def pool_size(self) -> int:
        return 2 * TUNED_WORKERS + 2

    def _config(self) -> Any:
        from boto3.s3.transfer import TransferConfig

        return TransferConfig(max_concurrency=TUNED_WORKERS, multipart_chunksize=TUNED_CHUNK)

    def _run(self, jobs: list[Any]) -> None:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(TUNED_WORKERS) as pool:
            for f in [pool.submit(job) for job in jobs]:
                f.result()

    def upload(self, folder: str, dataset_id: str) -> None:
        client, bucket, prefix = self._target(dataset_id, write=True)
        config = self._config()
        self._run([lambda p=p, r=r: client.upload_file(p, bucket, prefix + r, Config=config)
                   for p, r in _local_files(folder)])  # fmt: skip

    def download(self, folder: str, dataset_id: str) -> None:
        client, bucket, prefix = self._target(dataset_id, write=False)
        config = self._config()
        self._run([lambda k=k: client.download_file(bucket, k, _destination(folder, k, prefix), Config=config)
                   for k in _remote_keys(client, bucket, prefix)])  # fmt: skip


class S3TransferManager(_Boto3Base):
    """s3transfer's TransferManager (the engine behind upload_file and aws-cli): one manager, one shared pool of
    request threads for every file and part. The candidate engine provena's own was measured against."""

    def pool_size(self) -> int:
        return TUNED_WORKERS + 2

    def _manager(self, client: Any) -> Any:
        from s3transfer.manager import TransferConfig, TransferManager

        config = TransferConfig(max_request_concurrency=TUNED_WORKERS, multipart_chunksize=TUNED_CHUNK,
                                max_submission_concurrency=4)  # fmt: skip
        return TransferManager(client, config)

    def upload(self, folder: str, dataset_id: str) -> None:
        client, bucket, prefix = self._target(dataset_id, write=True)
        with self._manager(client) as manager:
            futures = [manager.upload(p, bucket, prefix + r) for p, r in _local_files(folder)]
            for f in futures:
                f.result()

    def download(self, folder: str, dataset_id: str) -> None:
        client, bucket, prefix = self._target(dataset_id, write=False)
        with self._manager(client) as manager:
            futures = [manager.download(bucket, k, _destination(folder, k, prefix))
                       for k in _remote_keys(client, bucket, prefix)]  # fmt: skip
            for f in futures:
                f.result()


class OfficialTransfer:
    """The official client's `datastore.io` (cloudpathlib over boto3), in its own venv. Its S3 client takes
    the endpoint from AWS_ENDPOINT_URL (the runner sets it to the stack's S3); a static token as elsewhere."""

    def __init__(self, spec: dict[str, Any], token: str) -> None:
        from .contender_provenaclient import _build

        self.client = _build(spec, token)
        _warm_boto3(spec["s3_endpoint"])

    def upload(self, folder: str, dataset_id: str) -> None:
        import asyncio

        asyncio.run(self.client.datastore.io.upload_all_files(source_directory=folder, dataset_id=dataset_id))

    def download(self, folder: str, dataset_id: str) -> None:
        import asyncio

        asyncio.run(self.client.datastore.io.download_all_files(destination_directory=folder, dataset_id=dataset_id))

    def close(self) -> None:
        pass
