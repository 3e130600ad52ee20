from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from provena import FileTokenStore
from provena import _token_store as token_store


def test_default_location_is_per_user_config_dir(
    isolated_config_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    store = FileTokenStore.for_client("https://auth.example.org/auth/realms/r", "client")
    store.save({"access_token": "a", "refresh_token": "r"})
    assert store.path.parent == isolated_config_dir / "provena" / "tokens"
    assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(store.path.parent).st_mode) == 0o700
    assert list(tmp_path.iterdir()) == []  # nothing in the working directory
    assert store.load() == {"access_token": "a", "refresh_token": "r"}
    # different realm or client → different file
    assert FileTokenStore.for_client("https://auth.example.org/auth/realms/r", "other").path != store.path
    store.clear()
    assert store.load() is None


def test_relative_xdg_is_ignored(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/dir")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert token_store.default_token_dir() == tmp_path / ".config" / "provena" / "tokens"


def test_atomic_write_keeps_previous_file_on_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = FileTokenStore(tmp_path / "tokens.json")
    store.save({"access_token": "old"})

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(token_store.os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="No space left"):
        store.save({"access_token": "new"})
    assert json.loads(store.path.read_text()) == {"access_token": "old"}
    assert [p.name for p in tmp_path.iterdir()] == ["tokens.json"]  # temp file cleaned up


def test_atomic_write_replace_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = FileTokenStore(tmp_path / "tokens.json")
    store.save({"access_token": "old"})

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(5, "I/O error")

    monkeypatch.setattr(token_store.os, "replace", broken_replace)
    with pytest.raises(OSError):
        store.save({"access_token": "new"})
    assert json.loads(store.path.read_text()) == {"access_token": "old"}
    assert len(list(tmp_path.iterdir())) == 1


def test_loose_permissions_are_tightened_and_garbage_ignored(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text(json.dumps({"access_token": "a"}))
    os.chmod(path, 0o644)
    assert FileTokenStore(path).load() == {"access_token": "a"}
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    path.write_text("{not json")
    assert FileTokenStore(path).load() is None
