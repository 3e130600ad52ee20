"""Dataset file transfers: the one engine behind `client.datastore.io` (async and sync) and the CLI.

The documented methods keep their names and parameters and gain keyword-only options:

    await client.datastore.io.upload_all_files("results/", dataset_id, progress=True)
    client.datastore.io.download_all_files("copy/", dataset_id, concurrency=16, progress=my_callback)
    client.datastore.io.download_specific_file(dataset_id, "runs/2024", "copy/", dry_run=True)

Options (`TransferOptions`; every transfer takes them):

    concurrency      files (and parts of a large file) in flight at once; default 8
    part_size        multipart threshold and part (or download range) size, bytes (>= 5 MiB); default None:
                     files over 8 MiB go up in 8 MiB parts and come down in ranges of the file split across
                     the workers (8 to 64 MiB). Parts stream from and to the files, so memory stays near
                     concurrency x 8 MiB (small files read whole) plus a MiB per part in flight.
    only_changed     default True: like `aws s3 sync`, a file whose size and checksum (the object's ETag,
                     recomputed locally) already match on the other side is skipped
    dry_run          plan and compare only; the result lists what would move, nothing is sent or written
    follow_symlinks  uploads: also read symlinks that leave the source folder (default: refused, listed in an
                     UnsafePathError); broken links and special files are always reported
    progress         a callable taking `TransferProgress`, or True for a bar (rich, extra `progress`) when
                     stdout is a terminal; nothing is printed otherwise

Progress callback API (for the CLI and notebooks): `progress(snapshot)` receives an immutable
`TransferProgress(direction, bytes_done, bytes_total, files_done, files_total, files_skipped, current, finished)`:
once at the start (all zero done), after every chunk written or part sent (`current` names the relative path),
after each file completes, and once with `finished=True`. Totals cover what moves (skipped files only in
`files_skipped`). Calls come from worker threads but never overlap; keep the callback quick, and do not raise
from it (an exception stops the transfer like a failed file).

Guarantees:
- Path safety, planned before anything is written: each key's part after the dataset prefix must be a plain
  relative path resolving inside the target folder (no `..`/`.`/empty/absolute segments, backslashes, NUL or
  control characters, drive letters; not both file and folder); every offender is listed in one
  `UnsafePathError` (also a ValueError) and nothing is written. Caller paths (`s3_path`, `file_path`) likewise.
- Integrity: each PUT carries Content-MD5 and x-amz-checksum-crc32, each part x-amz-checksum-crc32, which S3
  verifies; downloads are checked against the object's full-object checksum or ETag (MD5, or multipart MD5 of parts)
  where one exists, else by size; a mismatch raises `TransferIntegrityError` and no file is left under its final
  name (bytes go to `<name>.part`, renamed only once verified).
- Resume: an interrupted download keeps its `<name>.part` (cut back to a gap-free prefix) and the next run asks
  for the rest by Range (If-Match the same ETag), then verifies the whole file. Files moved already are skipped.
- Cancellation: cancelling the awaiting task (or Ctrl-C in sync code) stops every worker after its current chunk,
  aborts unfinished multipart uploads and returns only once nothing is being written any more.
"""

from __future__ import annotations

from .._errors import TransferError, TransferIntegrityError, UnsafePathError
from ._engine import (
    DEFAULT_CONCURRENCY,
    DEFAULT_PART_SIZE,
    CancelToken,
    S3Target,
    TransferOptions,
    TransferResult,
    download,
    list_objects,
    upload,
)
from ._paths import RemoteObject, check_relative, plan_downloads, plan_uploads, safe_sub_path
from ._progress import ProgressCallback, TransferProgress

__all__ = [
    "DEFAULT_CONCURRENCY",
    "DEFAULT_PART_SIZE",
    "CancelToken",
    "ProgressCallback",
    "RemoteObject",
    "S3Target",
    "TransferError",
    "TransferIntegrityError",
    "TransferOptions",
    "TransferProgress",
    "TransferResult",
    "UnsafePathError",
    "check_relative",
    "download",
    "list_objects",
    "plan_downloads",
    "plan_uploads",
    "safe_sub_path",
    "upload",
]
