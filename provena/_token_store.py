"""Where DeviceFlow keeps its access and refresh tokens between runs.

One JSON file per (Keycloak realm URL, client id) under the per-user config directory
(`$XDG_CONFIG_HOME/provena/tokens/`, else `~/.config/provena/tokens/`), never the working directory. Files are
created with mode 0600 (directory 0700) and replaced atomically, so a crash mid-write leaves the previous
file. A token folder that is looser than 0700 is tightened to 0700; a token file (or folder) that is a symlink or
belongs to another user is refused with `TokenStoreError`, never read and never overwritten: someone else could
read what we write there, or feed us their tokens.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import stat
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol

from ._errors import AuthError

__all__ = ["FileTokenStore", "MemoryTokenStore", "TokenStore", "TokenStoreError", "atomic_write_private",
           "default_token_dir"]  # fmt: skip

logger = logging.getLogger("provena")


class TokenStore(Protocol):
    """Anything that can keep a small JSON document of tokens."""

    def load(self) -> dict[str, Any] | None: ...

    def save(self, data: Mapping[str, Any]) -> None: ...

    def clear(self) -> None: ...


def default_config_dir() -> Path:
    xdg = os.environ.get("XDG_CONFIG_HOME", "")
    # The XDG spec says to ignore relative values; honouring one would put tokens under the cwd.
    base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".config"
    return base / "provena"


def default_token_dir() -> Path:
    return default_config_dir() / "tokens"


class TokenStoreError(AuthError):
    """The token store cannot be used safely (a symlink, or a file or folder of another user)."""


def _refuse_unsafe(path: Path, what: str) -> os.stat_result | None:
    """lstat of `path` (None if absent); TokenStoreError if it is a symlink or not the current user's."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(info.st_mode):
        raise TokenStoreError(f"the token {what} {str(path)!r} is a symlink; refusing to use it (remove it, or "
                              "pass token_store= / persist=False)")  # fmt: skip
    uid = os.getuid() if hasattr(os, "getuid") else None
    if uid is not None and info.st_uid != uid:
        raise TokenStoreError(f"the token {what} {str(path)!r} belongs to another user (uid {info.st_uid}); "
                              "refusing to use it (remove it, or pass token_store= / persist=False)")  # fmt: skip
    return info


def _private_directory(directory: Path) -> None:
    """Create `directory` 0700, or check an existing one is ours and tighten it to 0700."""
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    info = _refuse_unsafe(directory, "folder")
    if info is not None and info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        logger.warning("token folder %s was readable by other users; tightening it to 0700", directory)
        os.chmod(directory, 0o700)


def atomic_write_private(path: Path, data: bytes, *, private_folder: bool = True) -> None:
    """Write `data` to `path` with mode 0600: a 0600 temp file in the same directory, fsync, os.replace.

    Refuses (TokenStoreError) when `path` is a symlink or another user's. `private_folder`: the folder is ours
    alone (the token folder), so it is checked the same way and tightened to 0700; otherwise (a path the user
    chose, e.g. in a shared folder) it is only created, 0700, when missing.
    """
    if private_folder:
        _private_directory(path.parent)
    else:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    _refuse_unsafe(path, "file")
    # mkstemp creates the file with 0600 from the start: there is no moment where it is readable by others.
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o600)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


class FileTokenStore:
    """A 0600 JSON file. `FileTokenStore.for_client(keycloak_url, client_id)` gives the default location.

    `private_folder`: the file's folder holds tokens only (as `for_client`'s does), so it is kept 0700 and must be
    the current user's; False (the default for a path you give) leaves the folder's mode alone.
    """

    def __init__(self, path: str | os.PathLike[str], *, private_folder: bool = False) -> None:
        self.path = Path(path).expanduser()
        self.private_folder = private_folder

    @classmethod
    def for_client(
        cls, keycloak_url: str, client_id: str, directory: str | os.PathLike[str] | None = None
    ) -> FileTokenStore:
        # Hashing keeps the file name safe and avoids mixing tokens of different realms or clients.
        digest = hashlib.sha256(f"{keycloak_url}\n{client_id}".encode()).hexdigest()[:32]
        base = Path(directory) if directory is not None else default_token_dir()
        return cls(base / f"{digest}.json", private_folder=True)

    def load(self) -> dict[str, Any] | None:
        if self.private_folder and self.path.parent.exists():
            _private_directory(self.path.parent)
        if _refuse_unsafe(self.path, "file") is None:
            return None
        try:
            mode = self.path.stat().st_mode
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            logger.warning("cannot read token store %s: %s", self.path, exc.strerror or exc)
            return None
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            logger.warning("token store %s is readable by other users; tightening it to 0600", self.path)
            with contextlib.suppress(OSError):
                os.chmod(self.path, 0o600)
        try:
            data = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            logger.warning("token store %s is not valid JSON; ignoring it", self.path)
            return None
        return data if isinstance(data, dict) else None

    def save(self, data: Mapping[str, Any]) -> None:
        atomic_write_private(self.path, json.dumps(dict(data), sort_keys=True).encode(),
                             private_folder=self.private_folder)  # fmt: skip

    def clear(self) -> None:
        # Unlinking removes a symlink itself, never its target: safe whoever owns it.
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def __repr__(self) -> str:
        return f"FileTokenStore({str(self.path)!r})"


class MemoryTokenStore:
    """Keeps tokens for the life of the process only."""

    def __init__(self) -> None:
        self._data: dict[str, Any] | None = None

    def load(self) -> dict[str, Any] | None:
        return None if self._data is None else dict(self._data)

    def save(self, data: Mapping[str, Any]) -> None:
        self._data = dict(data)

    def clear(self) -> None:
        self._data = None
