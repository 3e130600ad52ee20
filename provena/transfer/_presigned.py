"""One file through a presigned URL (`download_file`): streamed to `<name>.part`, checked, then renamed.

No boto3 needed. Memory stays at one chunk whatever the size; the received size must equal the Content-Length
the server announced (and the plain MD5 ETag when S3 sends one), else `TransferIntegrityError` and no file under
the final name. The URL carries a signature: it never appears in an error message (only the relative path).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

from .._errors import TransferError, TransferIntegrityError
from ._engine import READ_CHUNK, CancelToken, _open_part
from ._progress import ProgressCallback, Tracker, TransferProgress, resolve_progress

__all__ = ["fetch_presigned"]


def fetch_presigned(client: Any, url: str, destination: Path, relative: str,
                    progress: bool | ProgressCallback | None = False,
                    cancel: CancelToken | None = None) -> Path:  # fmt: skip
    """GETs `url` with the (sync, auth-free) httpx `client` into `destination`, via `<destination>.part`."""
    part = destination.with_name(destination.name + ".part")
    callback, close_bar = resolve_progress(progress)
    try:
        with client.stream("GET", url) as response:  # non-2xx raise provena's status errors (no URL in them)
            announced = response.headers.get("Content-Length")
            total = int(announced) if announced and announced.isdigit() else None
            etag = response.headers.get("ETag", "").strip('"')
            digest = hashlib.md5(usedforsecurity=False) if len(etag) == 32 and "-" not in etag else None
            tracker = Tracker(callback, TransferProgress("download", 0, total or 0, 0, 1))
            fd = _open_part(part, append=False)
            try:
                for chunk in response.iter_bytes(READ_CHUNK):
                    if cancel is not None and cancel.cancelled:
                        raise TransferError("the transfer was cancelled")
                    os.write(fd, chunk)
                    if digest is not None:
                        digest.update(chunk)
                    tracker.add_bytes(len(chunk), relative)
            finally:
                os.close(fd)
        got = part.stat().st_size
        if total is not None and got != total:
            raise TransferIntegrityError(f"{relative!r}: received {got} bytes, the server announced {total}; "
                                         "nothing was written", key=relative)  # fmt: skip
        if digest is not None and digest.hexdigest() != etag:
            raise TransferIntegrityError(f"{relative!r}: the downloaded bytes do not match the object's MD5 "
                                         "ETag; nothing was written", key=relative)  # fmt: skip
        os.replace(part, destination)
        tracker.file_done(relative)
        tracker.finish()
        return destination
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    finally:
        close_bar()
