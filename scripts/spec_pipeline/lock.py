"""`specs/<service>.json` and `specs/specs.lock`: how pinned documents are serialised, hashed and written.

A pinned document is the served JSON re-serialised with a fixed layout (2-space indent, key order as served,
UTF-8, trailing newline). Content is kept exactly; only whitespace is normalised, so a diff of a re-pull shows
API changes rather than a server's formatting. `sha256` in the lock is the hash of that file, so
`sha256sum specs/<service>.json` can be checked against the lock by hand.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path

# One definition of a pinned file's bytes and hash, shared with the installed client (provena._pin).
from provena._pin.impact import canonical_bytes as canonical_bytes
from provena._pin.impact import sha256 as sha256

from .services import SERVICES, PipelineError

LOCK_NAME = "specs.lock"
# 2: `provena_version` (the deployment's Provena version, where its registry reports it). Format 1 files are
# read as if it were unknown.
LOCK_FORMAT = 2


@dataclass(frozen=True)
class LockEntry:
    source: str  # where the document came from (URL, local-stack path, or file)
    fetched_at: str  # ISO-8601 UTC time this content was first pinned (kept while the content is unchanged)
    sha256: str  # of specs/<service>.json
    info_version: str  # the document's info.version
    openapi: str  # the document's `openapi` version field
    generator: str  # generator the pinned document is meant for, e.g. "openapi-python-client==0.29.1"
    provena_version: str | None = None  # the deployment's Provena version (registry `about/version`), if reported


def read_lock(specs_dir: Path) -> dict[str, LockEntry]:
    path = specs_dir / LOCK_NAME
    if not path.exists():
        return {}
    try:
        raw = json.loads(path.read_text("utf-8"))
        if raw.get("format") not in (1, LOCK_FORMAT):
            raise ValueError(f"format {raw.get('format')!r}, this pipeline reads 1 and {LOCK_FORMAT}")
        return {name: LockEntry(**entry) for name, entry in raw["services"].items()}
    except (ValueError, KeyError, TypeError) as exc:
        raise PipelineError(f"{path}: not a valid specs.lock ({exc}); re-pull with `nox -s specs`") from exc


def lock_bytes(entries: Mapping[str, LockEntry]) -> bytes:
    # Services in the fixed table order, so the file never reorders between pulls.
    ordered = {s.name: asdict(entries[s.name]) for s in SERVICES if s.name in entries}
    return canonical_bytes({"format": LOCK_FORMAT, "services": ordered})


def write_atomically(target_dir: Path, files: Mapping[str, bytes]) -> None:
    """Write every file or none: all content is staged beside target_dir first, then renamed into place.

    Staging in a sibling directory keeps the temp files on the same filesystem, so each `os.replace` is atomic
    and the only step left after staging succeeds is a handful of renames.
    """
    target_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target_dir.name}-staging-", dir=target_dir.parent))
    try:
        for name, data in files.items():
            (staging / name).write_bytes(data)
        for name in files:
            os.replace(staging / name, target_dir / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
