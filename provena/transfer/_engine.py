"""The transfer engine: plans, compares, then moves dataset files concurrently with boto3's low-level client.

Why the low-level client and not `upload_file`/`download_file` (s3transfer): every byte has to pass through our own
checks (Content-MD5 and CRC32 on each PUT, CRC32 on each part, verification of what arrives, `.part` files continued
by Range after an interruption, cancellation between chunks), which s3transfer does not expose.

Two thread pools: one runs a task per file, the other the parts of large files, so a file task waiting on its
parts never starves them. Memory is bounded by the pools, whatever the part size: a small file is read whole
(at most `part_size`); parts of a large one are never held whole: an uploaded part is hashed, then sent, straight
from the file (`_FileRange`), and a downloaded range is written to its place in the `.part` file as it streams
(1 MiB at a time). On a failure or a cancel the `.part` is cut back to the prefix received without a gap, so it
can be continued by Range.

Chunk sizes (`_chunk_size`, unless the caller sets `part_size`), chosen by measurement on the local stack
(docs/benchmarks.md, transfers): uploads go in 8 MiB parts (aws-cli's size; 32 MiB parts, all in flight at once,
were ~1.5x slower: less overlap between sending and the server storing); downloads go in ranges of the file split
across the `concurrency` workers, 8 to 64 MiB (each ranged GET costs the stack's S3 a pass over the object, so 8
ranges beat 32; fewer GETs are cheaper on S3 too). Streaming keeps memory flat however large a chunk is.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import os
import threading
import zlib
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
DEFAULT_PART_SIZE: int | None = None  # automatic: see _chunk_size
MULTIPART_THRESHOLD = 8 * 1024 * 1024  # larger files go in parts or ranges (aws-cli's threshold and part size)
MIN_PART_SIZE = 5 * 1024 * 1024  # S3's smallest part (all but the last)
MAX_PARTS = 10_000  # S3's most parts in one upload
READ_CHUNK = 1024 * 1024  # streamed GETs are written (and reported) in chunks of this size
AUTO_CHUNK_MAX = 64 * 1024 * 1024  # largest chunk chosen by splitting a file across the workers
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


class _Changed(Exception):
    """A range's If-Match failed: the object is not the one listed (or the one a kept `.part` came from)."""


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
    part_size: int | None = DEFAULT_PART_SIZE
    only_changed: bool = True
    dry_run: bool = False
    follow_symlinks: bool = False
    progress: bool | ProgressCallback | None = False

    def __post_init__(self) -> None:
        if not isinstance(self.concurrency, int) or self.concurrency < 1:
            raise ValueError(f"concurrency must be a whole number >= 1, not {self.concurrency!r}")
        if self.part_size is not None and (not isinstance(self.part_size, int) or self.part_size < MIN_PART_SIZE):
            raise ValueError(f"part_size must be at least {MIN_PART_SIZE} bytes (S3's smallest part), "
                             f"not {self.part_size!r}")  # fmt: skip

    @property
    def threshold(self) -> int:
        """Files larger than this go in parts (upload) or ranges (download)."""
        return MULTIPART_THRESHOLD if self.part_size is None else self.part_size


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


def _chunk_size(size: int, options: TransferOptions, align: int = 0, split: bool = False) -> int:
    """The part (upload) or range (download, `split`) size for a large file: the caller's `part_size`, or by
    default 8 MiB parts, and for downloads the file split across the workers (rounded up to a MiB, 8 to 64 MiB);
    within S3's 10,000 parts; a multiple of `align` (an object's part size, so each range holds whole parts)."""
    mib = 1024 * 1024
    if options.part_size is not None:
        chunk = options.part_size
    elif not split:
        chunk = MULTIPART_THRESHOLD
    else:
        share = -(-size // options.concurrency)
        chunk = max(MULTIPART_THRESHOLD, min(AUTO_CHUNK_MAX, -(-share // mib) * mib))
    chunk = max(chunk, -(-size // MAX_PARTS))
    if align:
        chunk = -(-chunk // align) * align
    return chunk


def _guess_part_size(size: int, etag: str, options: TransferOptions) -> int | None:
    """A part size of ours that explains a multipart ETag's part count (objects we uploaded), else None."""
    if "-" not in etag:
        return None
    count = etag.rsplit("-", 1)[1]
    for part_size in (_chunk_size(size, options), options.threshold):  # ours: 8 MiB unless the caller chose
        if count.isdigit() and -(-size // part_size) == int(count):
            return part_size
    return None


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


_Planned = TypeVar("_Planned", PlannedDownload, PlannedUpload)


def _sync(run: _Run, direction: str, plan: list[_Planned], callback: ProgressCallback | None, *,
          equal: Callable[[_Planned], bool], size: Callable[[_Planned], int],
          move_one: Callable[[_Planned], None]) -> tuple[TransferResult, list[_Planned]]:  # fmt: skip
    """What upload and download share: skip what is already equal on the other side (`only_changed`), then
    report (dry run) or move the rest with progress. Returns the result and the planned items it covers (what
    would move on a dry run, else the whole plan), for the caller to list as local paths or as keys."""
    options = run.options
    same = run.map_files(equal, plan) if options.only_changed else [False] * len(plan)
    moving = [p for p, s in zip(plan, same, strict=True) if not s]
    result = TransferResult(moved=[p.relative for p in moving],
                            skipped=[p.relative for p, s in zip(plan, same, strict=True) if s],
                            dry_run=options.dry_run)  # fmt: skip
    if options.dry_run:
        return result, moving
    run.tracker = Tracker(callback, TransferProgress(direction, 0, sum(size(p) for p in moving), 0, len(moving),
                                                     files_skipped=len(result.skipped)))  # fmt: skip
    run.map_files(move_one, moving)
    result.bytes_moved = run.tracker.state.bytes_done
    run.tracker.finish()
    return result, plan


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
        result, listed = _sync(run, "download", plan, callback,
                               equal=lambda p: _local_equal(run, p.destination, p.remote),
                               size=lambda p: p.remote.size, move_one=lambda p: _download_one(run, p))  # fmt: skip
        result.paths = [p.destination for p in listed]
        return result
    except _Stopped:
        raise TransferError("the transfer was cancelled") from None
    finally:
        run.close()
        close_bar()


def _open_part(path: Path, append: bool, truncate: bool = True) -> int:
    """The `.part` file for writing: appended to, truncated, or (both False) written in place by offset."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # O_NOFOLLOW: a symlink planted at the `.part` name is not written through.
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    flags |= os.O_APPEND if append else os.O_TRUNC if truncate else 0
    return os.open(path, flags, 0o666)


def _part_size_of(run: _Run, remote: RemoteObject, head: dict[str, Any]) -> int | None:
    etag = str(head.get("ETag", remote.etag)).strip('"')
    guess = _guess_part_size(remote.size, etag, run.options)
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
    if item.remote.size - have > run.options.threshold:
        return _fetch_ranged(run, item, have), have > 0
    remote = item.remote
    client, bucket = run.client, run.target.bucket
    conditions: dict[str, str] = {"IfMatch": f'"{remote.etag}"'} if remote.etag else {}
    try:
        first = client.get_object(Bucket=bucket, Key=remote.key, **conditions,
                                  **({"Range": f"bytes={have}-{remote.size - 1}"} if have else {}))  # fmt: skip
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
                _digest_file(digest, item.part, have)
            run.add_bytes(have, item.relative)
        try:
            for data in first["Body"].iter_chunks(READ_CHUNK):
                run.check()
                os.write(fd, data)
                if digest is not None:
                    digest.update(data)
                run.add_bytes(len(data), item.relative)
        except _Stopped:
            raise
        except Exception as exc:
            raise _transfer_error(exc, remote.key) from exc
        finally:
            first["Body"].close()
    finally:
        os.close(fd)
    return digest, have > 0


def _digest_file(digest: Digest, path: Path, length: int) -> None:
    with open(path, "rb") as kept:
        left = length
        while left and (block := kept.read(min(READ_CHUNK, left))):
            digest.update(block)
            left -= len(block)


def _fetch_ranged(run: _Run, item: PlannedDownload, have: int) -> Digest | None:
    """A large object in ranges fetched in parallel, each streamed to its place in the `.part` (never held
    whole). A multipart ETag is checked part by part inside the range workers when the ranges line up with the
    object's parts; otherwise (a resume, a single-PUT ETag) the finished file is read back once and hashed."""
    remote = item.remote
    expected = Expected.from_head({"ETag": remote.etag}, _part_size_of(run, remote, {}))
    part = expected.part_size if expected is not None and expected.kind == "md5-parts" and not have else 0
    chunk = _chunk_size(remote.size, run.options, align=part, split=True)
    ranges = [(start, min(remote.size, start + chunk)) for start in range(have, remote.size, chunk)]
    written = [0] * len(ranges)  # bytes of each range on disk, without a gap from its start
    digests: list[list[bytes]] = [[] for _ in ranges]  # per range: the MD5 of each object part in it
    stop = threading.Event()
    fd = _open_part(item.part, append=False, truncate=not have)

    def job(index: int) -> None:
        start, end = ranges[index]
        if stop.is_set():
            raise _Stopped
        run.check()
        try:
            got = run.client.get_object(Bucket=run.target.bucket, Key=remote.key, Range=f"bytes={start}-{end - 1}",
                                        **({"IfMatch": f'"{remote.etag}"'} if remote.etag else {}))  # fmt: skip
        except Exception as exc:
            if _code(exc) in ("PreconditionFailed", "412"):
                raise _Changed from None
            raise _transfer_error(exc, remote.key) from exc
        hasher, in_part = hashlib.md5(usedforsecurity=False), 0
        chunks = got["Body"].iter_chunks(READ_CHUNK)
        try:
            while True:
                try:  # only the network is S3's failure; our writes and the progress callback raise as they are
                    data = next(chunks, b"")
                except Exception as exc:
                    raise _transfer_error(exc, remote.key) from exc
                if not data:
                    break
                if stop.is_set():
                    raise _Stopped
                run.check()
                _pwrite_all(fd, data, start + written[index])
                written[index] += len(data)
                view = memoryview(data)
                while part and len(view):  # MD5 of each object part, cut where S3 cut them
                    take = min(len(view), part - in_part)
                    hasher.update(view[:take])
                    in_part, view = in_part + take, view[take:]
                    if in_part == part:
                        digests[index].append(hasher.digest())
                        hasher, in_part = hashlib.md5(usedforsecurity=False), 0
                run.add_bytes(len(data), item.relative)
        finally:
            got["Body"].close()
        if written[index] != end - start:
            raise TransferIntegrityError(f"{remote.key!r}: a range came back short", key=remote.key)
        if part and in_part:
            digests[index].append(hasher.digest())

    try:
        if have:
            run.add_bytes(have, item.relative)
        futures = [run.parts.submit(job, i) for i in range(len(ranges))]
        try:
            wait(futures, return_when=FIRST_EXCEPTION)
            errors = [e for f in futures if f.done() and (e := f.exception()) is not None]
            if errors:
                raise next((e for e in errors if not isinstance(e, _Stopped)), errors[0])
        except BaseException:
            stop.set()
            for f in futures:
                f.cancel()
            wait(futures)
            # Cut back to the prefix received without a gap: the next run continues it by Range.
            kept = have
            for (start, end), count in zip(ranges, written, strict=True):
                kept += count
                if start + count < end:
                    break
            os.ftruncate(fd, kept)
            raise
    except _Changed:
        if not have:
            raise TransferError(f"{remote.key!r} changed while being downloaded; try again", key=remote.key) from None
        os.ftruncate(fd, 0)
        restart = True  # the object changed since the `.part` was started: from the beginning
    else:
        restart = False
    finally:
        os.close(fd)
    if restart:
        return _fetch_ranged(run, item, 0)
    if expected is None:
        return None
    if part:
        return Digest.of_parts(expected, [d for in_range in digests for d in in_range])
    digest = Digest(expected)
    _digest_file(digest, item.part, remote.size)
    return digest


def _pwrite_all(fd: int, data: bytes, offset: int) -> None:
    view = memoryview(data)
    while len(view):
        done = os.pwrite(fd, view, offset)
        view, offset = view[done:], offset + done


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
    if options.part_size is not None and len(plan) and max(p.size for p in plan) > options.part_size * MAX_PARTS:
        raise ValueError(f"a file is larger than {MAX_PARTS} parts of part_size={options.part_size}: "
                         "pass a larger part_size")  # fmt: skip
    client = target.client(options.concurrency)
    run = _Run(client, target, options, cancel)
    try:
        remote = {o.key: o for o in list_objects(client, target)} if options.only_changed else {}
        result, listed = _sync(run, "upload", plan, callback,
                               equal=lambda p: p.key in remote and _local_equal(run, p.source, remote[p.key]),
                               size=lambda p: p.size, move_one=lambda p: _upload_one(run, p))  # fmt: skip
        result.keys = [p.key for p in listed]
        return result
    except _Stopped:
        raise TransferError("the transfer was cancelled") from None
    finally:
        run.close()
        close_bar()


def _open_source(run: _Run, path: Path) -> int:
    # Not following a link that appeared since planning (unless the caller allowed links).
    return os.open(path, os.O_RDONLY | (0 if run.options.follow_symlinks else getattr(os, "O_NOFOLLOW", 0)))


def _read_at(run: _Run, path: Path, offset: int, length: int) -> bytes:
    fd = _open_source(run, path)
    try:
        return os.pread(fd, length, offset)
    finally:
        os.close(fd)


class _FileRange(io.RawIOBase):
    """`length` bytes of an open file from `offset`, as a seekable stream: a part's body that is read by the
    HTTP layer as it sends (and again from the start on a retry), never held in memory whole."""

    def __init__(self, fd: int, offset: int, length: int) -> None:
        super().__init__()
        self._fd, self._offset, self._length, self._pos = fd, offset, length, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        count = min(len(buffer), self._length - self._pos)
        if count <= 0:
            return 0
        got = os.preadv(self._fd, [memoryview(buffer)[:count]], self._offset + self._pos)
        self._pos += got
        return got

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._length}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def __len__(self) -> int:
        return self._length


def _crc32_of_range(fd: int, offset: int, length: int) -> str:
    """CRC32 (base64) of a file range, read a MiB at a time."""
    crc, done = 0, 0
    while done < length:
        block = os.pread(fd, min(READ_CHUNK, length - done), offset + done)
        if not block:
            break
        crc = zlib.crc32(block, crc)
        done += len(block)
    if done != length:
        raise TransferError("the file got shorter while being uploaded")
    return base64.b64encode(crc.to_bytes(4, "big")).decode()


def _upload_one(run: _Run, item: PlannedUpload) -> None:
    run.check()
    client, bucket = run.client, run.target.bucket
    if item.size <= run.options.threshold:
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
    client, bucket = run.client, run.target.bucket
    size = _chunk_size(item.size, run.options)
    try:
        upload_id = client.create_multipart_upload(Bucket=bucket, Key=item.key, ChecksumAlgorithm="CRC32")["UploadId"]
    except Exception as exc:
        raise _transfer_error(exc, item.key) from exc

    def part_job(number: int, offset: int) -> Callable[[], dict[str, Any]]:
        def job() -> dict[str, Any]:
            run.check()
            length = min(size, item.size - offset)
            fd = _open_source(run, item.source)
            try:
                try:
                    crc = _crc32_of_range(fd, offset, length)
                except TransferError:
                    raise TransferError(f"{str(item.source)!r} changed size while being uploaded",
                                        key=item.key) from None  # fmt: skip
                # Hashed, then sent from the file: S3 refuses the part if the bytes changed between. Parts carry
                # CRC32 alone: measured, a Content-MD5 as well cost ~0.5 s of client CPU per 256 MiB and made the
                # big upload ~1.8x slower on the local stack (docs/benchmarks.md); either is verified by S3.
                try:
                    got = client.upload_part(Bucket=bucket, Key=item.key, UploadId=upload_id, PartNumber=number,
                                             Body=_FileRange(fd, offset, length), ContentLength=length,
                                             ChecksumCRC32=crc)  # fmt: skip
                except Exception as exc:
                    raise _transfer_error(exc, item.key) from exc
            finally:
                os.close(fd)
            run.add_bytes(length, item.relative)
            return {"PartNumber": number, "ETag": got["ETag"], "ChecksumCRC32": got.get("ChecksumCRC32") or crc}

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
