"""The transfer engine: plans, compares, then moves dataset files concurrently with boto3's low-level client.

Why the low-level client and not `upload_file`/`download_file` (s3transfer): every byte has to pass through our
own checks (Content-MD5 and CRC32 on each PUT and part, verification of what arrives, `.part` files continued by
Range after an interruption, cancellation between chunks), which s3transfer does not expose.

Two thread pools: one runs a task per file, the other the parts of large files, so a file task waiting on its
parts never starves them. Memory is bounded by the pools: a small file is read whole (at most `part_size`), a
large one one part per part worker, and downloaded parts are written in order through a window of `concurrency`
parts, so the `.part` file is always a prefix of the object and can be continued by Range.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from .._errors import TransferError, TransferIntegrityError
from ._checksums import Digest, Expected, content_md5, crc32_b64, etag_of_file
from ._paths import PlannedDownload, PlannedUpload, RemoteObject, plan_downloads, plan_uploads, safe_sub_path
from ._progress import ProgressCallback, Tracker, TransferProgress, resolve_progress

__all__ = [
    "DEFAULT_CONCURRENCY",
    "DEFAULT_PART_SIZE",
    "CancelToken",
    "S3Target",
    "TransferOptions",
    "TransferResult",
    "download",
    "list_objects",
    "upload",
]

DEFAULT_CONCURRENCY = 8  # files (and parts) in flight; aws-cli uses 10, 8 keeps a laptop responsive
DEFAULT_PART_SIZE = 8 * 1024 * 1024  # also the multipart threshold, as in aws-cli
MIN_PART_SIZE = 5 * 1024 * 1024  # S3's smallest part (all but the last)
MAX_PARTS = 10_000  # S3's most parts in one upload
READ_CHUNK = 1024 * 1024  # streamed GETs are written (and reported) in chunks of this size
T = TypeVar("T")


class CancelToken:
    """Set to stop a running transfer between chunks (the async facade sets it when its task is cancelled)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class _Stopped(Exception):
    """Raised inside workers once the transfer is stopping (a cancel, or another file failed)."""


@dataclass(frozen=True)
class S3Target:
    bucket: str
    prefix: str  # the dataset's folder in the bucket (a trailing slash or not)
    credentials: dict[str, str]  # aws_access_key_id, aws_secret_access_key, aws_session_token
    endpoint_url: str | None = None  # the local stack's S3; None for AWS

    @property
    def key_prefix(self) -> str:
        return self.prefix.strip("/") + "/"

    def client(self, concurrency: int = DEFAULT_CONCURRENCY) -> Any:
        try:
            import boto3
            from botocore.config import Config
        except ImportError:
            raise ImportError(
                "dataset file transfers need boto3: install the `s3` extra (pip install 'provena-sdk[s3]'), "
                "or download single files with download_file (presigned URL)"
            ) from None
        # One connection per file worker and per part worker, so no request waits for a pooled connection.
        config = Config(max_pool_connections=2 * concurrency + 2, retries={"mode": "standard", "max_attempts": 5})
        return boto3.client("s3", endpoint_url=self.endpoint_url, config=config, **self.credentials)


@dataclass(frozen=True)
class TransferOptions:
    """Keyword options of every transfer (see the package docstring)."""

    concurrency: int = DEFAULT_CONCURRENCY
    part_size: int = DEFAULT_PART_SIZE
    only_changed: bool = True
    dry_run: bool = False
    follow_symlinks: bool = False
    progress: bool | ProgressCallback | None = False

    def __post_init__(self) -> None:
        if not isinstance(self.concurrency, int) or self.concurrency < 1:
            raise ValueError(f"concurrency must be a whole number >= 1, not {self.concurrency!r}")
        if not isinstance(self.part_size, int) or self.part_size < MIN_PART_SIZE:
            raise ValueError(f"part_size must be at least {MIN_PART_SIZE} bytes (S3's smallest part), "
                             f"not {self.part_size!r}")  # fmt: skip


@dataclass
class TransferResult:
    """What a transfer did: `moved` and `skipped` (already equal) as relative paths, `paths` the local files
    (download) or `keys` the object keys (upload) of moved + skipped; on a dry run `moved`, `paths` and `keys`
    are what would move."""

    moved: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    paths: list[Path] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    dry_run: bool = False
    bytes_moved: int = 0


def list_objects(client: Any, target: S3Target, sub_path: str = "") -> list[RemoteObject]:
    """Every object under the dataset prefix (or under `sub_path` within it: that file, or that folder)."""
    base = target.key_prefix
    wanted = sub_path.strip("/")
    out: list[RemoteObject] = []
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=target.bucket, Prefix=base + wanted):
        for obj in page.get("Contents", []):
            relative = obj["Key"][len(base) :]
            # `data` must not match `database.csv`: keep the exact file and whole folders only.
            if wanted and relative != wanted and not relative.startswith(wanted + "/"):
                continue
            out.append(RemoteObject(obj["Key"], int(obj.get("Size", 0)), str(obj.get("ETag", "")).strip('"')))
    return out


def _guess_part_size(size: int, etag: str, part_size: int) -> int | None:
    """Our part size if it explains a multipart ETag's part count (objects we uploaded), else None."""
    if "-" not in etag:
        return None
    count = etag.rsplit("-", 1)[1]
    return part_size if count.isdigit() and -(-size // part_size) == int(count) else None


def _local_equal(run: _Run, path: Path, remote: RemoteObject) -> bool:
    """Sync's test: the local file has the remote one's size and checksum (its ETag, recomputed)."""
    try:
        if not path.is_file() or path.stat().st_size != remote.size:
            return False
    except OSError:
        return False
    expected = Expected.from_head({"ETag": remote.etag}, _part_size_of(run, remote, {}))
    return expected is not None and etag_of_file(str(path), expected)


class _Run:
    """One transfer's shared state: the client, the pools, the stop flag and the progress tracker."""

    def __init__(self, client: Any, target: S3Target, options: TransferOptions, cancel: CancelToken | None) -> None:
        self.client = client
        self.target = target
        self.options = options
        self.cancel = cancel
        self.failed = threading.Event()
        self.tracker: Tracker | None = None
        self.parts = ThreadPoolExecutor(options.concurrency, thread_name_prefix="provena-part")
        self.permits = threading.BoundedSemaphore(options.concurrency)

    def check(self) -> None:
        if self.failed.is_set() or (self.cancel is not None and self.cancel.cancelled):
            raise _Stopped

    def add_bytes(self, count: int, current: str) -> None:
        if self.tracker is not None:
            self.tracker.add_bytes(count, current)

    def map_files(self, fn: Callable[[T], Any], items: Iterable[T]) -> list[Any]:
        """`fn` over `items`, `concurrency` at a time; the first failure (or a cancel) stops the others."""
        results: list[Any] = []
        with ThreadPoolExecutor(self.options.concurrency, thread_name_prefix="provena-file") as pool:
            futures = [pool.submit(fn, item) for item in items]
            try:
                wait(futures, return_when=FIRST_EXCEPTION)
                errors = [e for f in futures if f.done() and (e := f.exception()) is not None]
                real = [e for e in errors if not isinstance(e, _Stopped)]
                if errors:
                    self.failed.set()
                    wait(futures)
                    if real:
                        raise real[0]
                    raise _Stopped
                results = [f.result() for f in futures]
            except BaseException:
                # KeyboardInterrupt in sync code, or a failure: stop the workers, then let them finish their chunk.
                self.failed.set()
                for f in futures:
                    f.cancel()
                wait(futures)
                raise
        return results

    def close(self) -> None:
        self.parts.shutdown(wait=True, cancel_futures=True)


def _window(run: _Run, jobs: list[Callable[[], T]], consume: Callable[[T], None]) -> None:
    """Run `jobs` on the part pool, consuming results in order; at most `concurrency` parts are in flight or
    waiting to be consumed across every file of the transfer (a shared permit each), so memory stays bounded."""
    in_flight: list[Future[T]] = []
    index = 0
    try:
        while index < len(jobs) or in_flight:
            while index < len(jobs):
                run.check()
                # Block for a permit only with nothing of our own pending: a file holding permits must consume
                # its oldest part first, or every file could wait on the others' permits.
                if not run.permits.acquire(blocking=not in_flight):
                    break
                in_flight.append(run.parts.submit(jobs[index]))
                index += 1
            oldest = in_flight.pop(0)
            try:
                consume(oldest.result())
            finally:
                run.permits.release()
    finally:
        for f in in_flight:
            f.cancel()
        wait(in_flight)
        for _ in in_flight:
            run.permits.release()


# -- download --------------------------------------------------------------------------------------------------
def download(
    target: S3Target,
    sub_path: str,
    destination_directory: str | os.PathLike[str],
    options: TransferOptions | None = None,
    cancel: CancelToken | None = None,
) -> TransferResult:
    """Downloads the dataset's files under `sub_path` ("" for all) into the folder, keeping their layout."""
    options = options or TransferOptions()
    wanted = safe_sub_path(sub_path, "s3_path")
    callback, close_bar = resolve_progress(options.progress)
    client = target.client(options.concurrency)
    plan = plan_downloads(list_objects(client, target, wanted), target.key_prefix, destination_directory)
    run = _Run(client, target, options, cancel)
    try:
        if options.only_changed:
            equal = run.map_files(lambda p: _local_equal(run, p.destination, p.remote), plan)
        else:
            equal = [False] * len(plan)
        moving = [p for p, same in zip(plan, equal, strict=True) if not same]
        result = TransferResult(moved=[p.relative for p in moving],
                                skipped=[p.relative for p, same in zip(plan, equal, strict=True) if same],
                                paths=[p.destination for p in plan], dry_run=options.dry_run)  # fmt: skip
        if options.dry_run:
            result.paths = [p.destination for p in moving]
            return result
        run.tracker = Tracker(callback, TransferProgress("download", 0, sum(p.remote.size for p in moving), 0,
                                                         len(moving), files_skipped=len(result.skipped)))  # fmt: skip
        run.map_files(lambda p: _download_one(run, p), moving)
        result.bytes_moved = run.tracker.state.bytes_done
        run.tracker.finish()
        return result
    except _Stopped:
        raise TransferError("the transfer was cancelled") from None
    finally:
        run.close()
        close_bar()


def _open_part(path: Path, append: bool) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    # O_NOFOLLOW: a symlink planted at the `.part` name is not written through.
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | (os.O_APPEND if append else os.O_TRUNC)
    return os.open(path, flags, 0o666)


def _part_size_of(run: _Run, remote: RemoteObject, head: dict[str, Any]) -> int | None:
    etag = str(head.get("ETag", remote.etag)).strip('"')
    guess = _guess_part_size(remote.size, etag, run.options.part_size)
    if guess is not None or "-" not in etag:
        return guess
    try:  # the size of part 1 is the object's part size
        first = run.client.head_object(Bucket=run.target.bucket, Key=remote.key, PartNumber=1)
        return int(first["ContentLength"])
    except Exception:
        return None


def _download_one(run: _Run, item: PlannedDownload, allow_resume: bool = True) -> None:
    remote, part = item.remote, item.part
    run.check()
    have = part.stat().st_size if allow_resume and part.is_file() and not part.is_symlink() else 0
    if have >= remote.size:
        have = 0  # a stale or complete-but-unverified `.part`: start again
    try:
        digest, resumed = _fetch_into(run, item, have)
    except TransferIntegrityError:
        part.unlink(missing_ok=True)
        raise
    # Any other failure (a cancel, a broken connection) keeps the `.part`: the next run continues it.
    if digest is not None and not digest.matches():
        part.unlink(missing_ok=True)
        if resumed:  # the kept prefix may have come from an older object: one fresh try
            _download_one(run, item, allow_resume=False)
            return
        raise TransferIntegrityError(
            f"{item.relative!r}: the downloaded bytes do not match the object's {digest.expected.kind} checksum "
            f"(expected {digest.expected.value}, got {digest.value()}); nothing was written", key=remote.key)
    if part.stat().st_size != remote.size:
        part.unlink(missing_ok=True)
        raise TransferIntegrityError(f"{item.relative!r}: received {part.stat().st_size if part.exists() else 0} "
                                     f"bytes, expected {remote.size}", key=remote.key)  # fmt: skip
    os.replace(part, item.destination)
    assert run.tracker is not None
    run.tracker.file_done(item.relative)


def _fetch_into(run: _Run, item: PlannedDownload, have: int) -> tuple[Digest | None, bool]:
    """Writes the object (from byte `have` on) to its `.part`; returns the digest of the whole file."""
    remote = item.remote
    client, bucket = run.client, run.target.bucket
    conditions: dict[str, str] = {"IfMatch": f'"{remote.etag}"'} if remote.etag else {}
    large = remote.size - have > run.options.part_size
    first_end = min(remote.size, have + run.options.part_size) - 1 if large else remote.size - 1
    ranged = have > 0 or large
    try:
        first = client.get_object(Bucket=bucket, Key=remote.key, **conditions,
                                  **({"Range": f"bytes={have}-{first_end}"} if ranged else {}))  # fmt: skip
    except Exception as exc:
        if _code(exc) in ("PreconditionFailed", "412") and have:
            return _fetch_into(run, item, 0)  # the object changed since the `.part` was started
        raise _transfer_error(exc, remote.key) from exc
    expected = Expected.from_head(first, _part_size_of(run, remote, first))
    digest = Digest(expected) if expected is not None else None
    fd = _open_part(item.part, append=have > 0)
    try:
        if have:
            if digest is not None:
                with open(item.part, "rb") as kept:
                    while block := kept.read(READ_CHUNK):
                        digest.update(block)
            run.add_bytes(have, item.relative)

        def write(data: bytes) -> None:
            run.check()
            os.write(fd, data)
            if digest is not None:
                digest.update(data)
            run.add_bytes(len(data), item.relative)

        try:
            for chunk in first["Body"].iter_chunks(READ_CHUNK):
                write(chunk)
        except _Stopped:
            raise
        except Exception as exc:
            raise _transfer_error(exc, remote.key) from exc
        finally:
            first["Body"].close()
        if large:
            starts = range(first_end + 1, remote.size, run.options.part_size)
            jobs = [_range_job(run, remote, s, min(remote.size, s + run.options.part_size) - 1) for s in starts]
            _window(run, jobs, write)
    finally:
        os.close(fd)
    return digest, have > 0


def _range_job(run: _Run, remote: RemoteObject, start: int, end: int) -> Callable[[], bytes]:
    def job() -> bytes:
        run.check()
        try:
            got = run.client.get_object(Bucket=run.target.bucket, Key=remote.key, Range=f"bytes={start}-{end}",
                                        **({"IfMatch": f'"{remote.etag}"'} if remote.etag else {}))  # fmt: skip
            data: bytes = got["Body"].read()
        except Exception as exc:
            raise _transfer_error(exc, remote.key) from exc
        if len(data) != end - start + 1:
            raise TransferIntegrityError(f"{remote.key!r}: a range came back short", key=remote.key)
        return data

    return job


def _code(exc: BaseException) -> str:
    response = getattr(exc, "response", None)
    if isinstance(response, dict):
        return str(response.get("Error", {}).get("Code", ""))
    return ""


def _transfer_error(exc: BaseException, key: str) -> TransferError:
    name = type(exc).__name__
    if "Checksum" in name:  # botocore's FlexibleChecksumError: the body does not match x-amz-checksum-*
        return TransferIntegrityError(f"{key!r}: the downloaded bytes do not match the object's checksum", key=key)
    code = _code(exc)
    # botocore's messages name the operation and S3's code, never the credentials.
    return TransferError(f"{key!r}: S3 refused or failed ({code or name}): {exc}", key=key)


# -- upload ----------------------------------------------------------------------------------------------------
def upload(
    target: S3Target,
    source_directory: str | os.PathLike[str],
    options: TransferOptions | None = None,
    cancel: CancelToken | None = None,
) -> TransferResult:
    """Uploads every regular file below the folder into the dataset (relative layout kept as keys)."""
    options = options or TransferOptions()
    callback, close_bar = resolve_progress(options.progress)
    plan = plan_uploads(source_directory, target.key_prefix, follow_symlinks=options.follow_symlinks)
    if len(plan) and max(p.size for p in plan) > options.part_size * MAX_PARTS:
        raise ValueError(f"a file is larger than {MAX_PARTS} parts of part_size={options.part_size}: "
                         "pass a larger part_size")  # fmt: skip
    client = target.client(options.concurrency)
    run = _Run(client, target, options, cancel)
    try:
        if options.only_changed:
            remote = {o.key: o for o in list_objects(client, target)}
            equal = run.map_files(lambda p: p.key in remote and _local_equal(run, p.source, remote[p.key]), plan)
        else:
            equal = [False] * len(plan)
        moving = [p for p, same in zip(plan, equal, strict=True) if not same]
        result = TransferResult(moved=[p.relative for p in moving],
                                skipped=[p.relative for p, same in zip(plan, equal, strict=True) if same],
                                keys=[p.key for p in plan], dry_run=options.dry_run)  # fmt: skip
        if options.dry_run:
            result.keys = [p.key for p in moving]
            return result
        run.tracker = Tracker(callback, TransferProgress("upload", 0, sum(p.size for p in moving), 0, len(moving),
                                                         files_skipped=len(result.skipped)))  # fmt: skip
        run.map_files(lambda p: _upload_one(run, p), moving)
        result.bytes_moved = run.tracker.state.bytes_done
        run.tracker.finish()
        return result
    except _Stopped:
        raise TransferError("the transfer was cancelled") from None
    finally:
        run.close()
        close_bar()


def _read_at(run: _Run, path: Path, offset: int, length: int) -> bytes:
    # Not following a link that appeared since planning (unless the caller allowed links).
    flags = os.O_RDONLY | (0 if run.options.follow_symlinks else getattr(os, "O_NOFOLLOW", 0))
    fd = os.open(path, flags)
    try:
        return os.pread(fd, length, offset)
    finally:
        os.close(fd)


def _upload_one(run: _Run, item: PlannedUpload) -> None:
    run.check()
    client, bucket = run.client, run.target.bucket
    if item.size <= run.options.part_size:
        data = _read_at(run, item.source, 0, item.size)
        if len(data) != item.size:
            raise TransferError(f"{str(item.source)!r} changed size while being uploaded", key=item.key)
        try:
            client.put_object(Bucket=bucket, Key=item.key, Body=data, ContentMD5=content_md5(data),
                              ChecksumCRC32=crc32_b64(data))  # fmt: skip
        except Exception as exc:
            raise _transfer_error(exc, item.key) from exc
        run.add_bytes(len(data), item.relative)
    else:
        _upload_multipart(run, item)
    assert run.tracker is not None
    run.tracker.file_done(item.relative)


def _upload_multipart(run: _Run, item: PlannedUpload) -> None:
    client, bucket, size = run.client, run.target.bucket, run.options.part_size
    try:
        upload_id = client.create_multipart_upload(Bucket=bucket, Key=item.key, ChecksumAlgorithm="CRC32")["UploadId"]
    except Exception as exc:
        raise _transfer_error(exc, item.key) from exc

    def part_job(number: int, offset: int) -> Callable[[], dict[str, Any]]:
        def job() -> dict[str, Any]:
            run.check()
            data = _read_at(run, item.source, offset, min(size, item.size - offset))
            try:
                got = client.upload_part(Bucket=bucket, Key=item.key, UploadId=upload_id, PartNumber=number,
                                         Body=data, ContentMD5=content_md5(data), ChecksumCRC32=crc32_b64(data))
            except Exception as exc:
                raise _transfer_error(exc, item.key) from exc
            run.add_bytes(len(data), item.relative)
            return {"PartNumber": number, "ETag": got["ETag"], "ChecksumCRC32": got.get("ChecksumCRC32") or
                    crc32_b64(data)}  # fmt: skip

        return job

    parts: list[dict[str, Any]] = []
    jobs = [part_job(i + 1, offset) for i, offset in enumerate(range(0, item.size, size))]
    try:
        _window(run, jobs, parts.append)
        client.complete_multipart_upload(Bucket=bucket, Key=item.key, UploadId=upload_id,
                                         MultipartUpload={"Parts": parts})  # fmt: skip
    except BaseException as exc:
        # Parts of an unfinished upload are stored (and billed) until aborted.
        with contextlib.suppress(Exception):
            client.abort_multipart_upload(Bucket=bucket, Key=item.key, UploadId=upload_id)
        if isinstance(exc, Exception) and not isinstance(exc, (TransferError, _Stopped)):
            raise _transfer_error(exc, item.key) from exc
        raise
