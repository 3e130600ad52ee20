"""Path safety: every destination of a transfer is planned, and checked, before one byte is written.

Object keys come from a shared bucket that any writer of the dataset can fill, so they are untrusted input: a key
is accepted only if its part after the dataset prefix is a plain relative path (no `..`, `.`, empty or absolute
segments, no backslash, NUL or other control character, no drive letter) that resolves inside the target folder
even through symlinks already there, and that is not both a file and a folder of the same plan. Uploads read
only regular files, and never through a symlink leaving the source folder unless the caller allows it.

Every problem of a plan is collected and raised at once (`UnsafePathError`), so the user fixes them in one go.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .._errors import UnsafePathError

__all__ = [
    "PART_SUFFIX",
    "PlannedDownload",
    "PlannedUpload",
    "RemoteObject",
    "check_relative",
    "plan_downloads",
    "plan_uploads",
    "safe_sub_path",
]

# An interrupted download is kept beside its destination under this suffix and continued from there.
PART_SUFFIX = ".part"
# Problems listed in an error message (all of them stay on `.problems`).
_SHOWN = 20
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class RemoteObject:
    key: str
    size: int
    etag: str  # without quotes


@dataclass(frozen=True)
class PlannedDownload:
    remote: RemoteObject
    relative: str  # below the target folder, "/"-separated
    destination: Path

    @property
    def part(self) -> Path:
        return self.destination.with_name(self.destination.name + PART_SUFFIX)


@dataclass(frozen=True)
class PlannedUpload:
    source: Path
    relative: str
    key: str
    size: int


def check_relative(relative: str) -> str | None:
    """Why `relative` is not a plain relative path (None when it is one)."""
    if relative == "":
        return "empty name"
    if "\x00" in relative:
        return "contains a NUL byte"
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in relative):
        return "contains a control character"
    if "\\" in relative:
        return "contains a backslash (a folder separator on Windows)"
    segments = relative.split("/")
    if segments[0] == "":
        return "absolute path (starts with '/')"
    if _DRIVE.match(segments[0]):
        return "starts with a drive letter"
    for segment in segments:
        if segment == "":
            return "empty path segment ('//' or a trailing '/')"
        if segment in (".", ".."):
            return f"'{segment}' path segment"
    return None


def safe_sub_path(name: str, what: str) -> str:
    """A caller's path inside a dataset (`s3_path`, `file_path`), without its outer slashes; refused if unsafe.

    An empty result means the whole dataset.
    """
    stripped = name.strip("/")
    if stripped == "":
        return ""
    reason = check_relative(stripped)
    if reason is not None:
        raise UnsafePathError(f"{what} {name!r} is not a safe path inside the dataset: {reason}",
                              problems={name: reason})  # fmt: skip
    return stripped


def _raise(problems: dict[str, str], what: str) -> None:
    if not problems:
        return
    lines = [f"  {k!r}: {v}" for k, v in list(problems.items())[:_SHOWN]]
    if len(problems) > _SHOWN:
        lines.append(f"  ... and {len(problems) - _SHOWN} more (see .problems)")
    raise UnsafePathError(f"{len(problems)} {what}; nothing was transferred:\n" + "\n".join(lines),
                          problems=problems)  # fmt: skip


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def plan_downloads(objects: Iterable[RemoteObject], prefix: str, root: str | os.PathLike[str]) -> list[PlannedDownload]:
    """The destinations of `objects` (keys under `prefix`, which ends with '/') below `root`, or one error.

    Zero-byte keys ending in '/' are folder markers: checked like the others, but nothing is downloaded for them.
    """
    root_path = Path(root)
    root_real = os.path.realpath(root_path)
    problems: dict[str, str] = {}
    files: dict[str, RemoteObject] = {}
    folders: set[str] = set()
    for obj in objects:
        if not obj.key.startswith(prefix):
            problems[obj.key] = "outside the dataset folder"
            continue
        relative = obj.key[len(prefix) :]
        is_marker = relative.endswith("/") and obj.size == 0
        if relative == "" and obj.size == 0:
            continue  # the dataset folder's own marker
        reason = check_relative(relative[:-1] if is_marker else relative)
        if reason is not None:
            problems[obj.key] = reason
            continue
        if is_marker:
            folders.add(relative[:-1])
            continue
        files[relative] = obj
        parts = relative.split("/")
        folders.update("/".join(parts[:i]) for i in range(1, len(parts)))
    for relative in sorted(files.keys() & folders):
        problems[files[relative].key] = f"is both a file and a folder (another key is below '{relative}/')"
    # A partial download is kept as `<name>.part`: two keys must not share one.
    for relative in sorted(files):
        if relative + PART_SUFFIX in files:
            problems[files[relative + PART_SUFFIX].key] = f"clashes with the partial download of '{relative}'"

    planned: list[PlannedDownload] = []
    for relative, obj in sorted(files.items()):
        if obj.key in problems:
            continue
        destination = root_path.joinpath(*relative.split("/"))
        real = os.path.realpath(destination)
        if not _inside(real, root_real):
            problems[obj.key] = "would be written outside the target folder (through a symlink there)"
            continue
        local = _local_conflict(root_path, relative)
        if local is not None:
            problems[obj.key] = local
            continue
        planned.append(PlannedDownload(obj, relative, destination))
    _raise(problems, "object key(s) cannot be downloaded safely")
    return planned


def _local_conflict(root: Path, relative: str) -> str | None:
    """Why the local tree cannot take a file at `relative` (a folder in its place, a file in its path)."""
    parts = relative.split("/")
    current = root
    for i, part in enumerate(parts):
        current = current / part
        try:
            mode = os.lstat(current).st_mode
        except FileNotFoundError:
            return None
        last = i == len(parts) - 1
        if last and stat.S_ISDIR(mode):
            return f"a local folder is in the way: {str(current)!r}"
        if not last and not stat.S_ISDIR(os.stat(current).st_mode):
            return f"a local file is in the way: {str(current)!r}"
    return None


def plan_uploads(
    source: str | os.PathLike[str], prefix: str, *, follow_symlinks: bool = False
) -> list[PlannedUpload]:
    """Every regular file below `source` with its key under `prefix` (ends with '/'), or one error.

    A symlink is read only if it resolves inside `source`, or anywhere when `follow_symlinks` is true; a broken
    link, a special file (socket, FIFO, device) or a name that is not a portable key is reported.
    """
    root = Path(source)
    if not root.is_dir():
        raise NotADirectoryError(f"source_directory {str(root)!r} is not a directory")
    root_real = os.path.realpath(root)
    problems: dict[str, str] = {}
    planned: list[PlannedUpload] = []
    visited = {root_real}
    pending: list[tuple[Path, str]] = [(root, "")]
    while pending:
        folder, base = pending.pop()
        with os.scandir(folder) as entries:
            listing = sorted(entries, key=lambda e: e.name)
        for entry in listing:
            relative = base + entry.name
            path = Path(entry.path)
            reason = check_relative(relative)
            if reason is not None:
                problems[str(path)] = f"name cannot be a dataset key: {reason}"
                continue
            if entry.is_symlink():
                real = os.path.realpath(path)
                if not os.path.exists(real):
                    problems[str(path)] = "broken symlink"
                    continue
                if not follow_symlinks and not _inside(real, root_real):
                    problems[str(path)] = (
                        "symlink to a path outside the source folder (pass follow_symlinks=True to upload it)"
                    )
                    continue
                if os.path.isdir(real):
                    if real not in visited:  # a link back up the tree would loop forever
                        visited.add(real)
                        pending.append((path, relative + "/"))
                    continue
                info = os.stat(real)
            elif entry.is_dir(follow_symlinks=False):
                visited.add(os.path.realpath(path))
                pending.append((path, relative + "/"))
                continue
            else:
                info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode):
                problems[str(path)] = "not a regular file"
                continue
            planned.append(PlannedUpload(path, relative, prefix + relative, info.st_size))
    _raise(problems, "source path(s) cannot be uploaded safely")
    return sorted(planned, key=lambda p: p.relative)
