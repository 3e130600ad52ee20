"""Path planning of dataset transfers (provena.transfer): hostile keys and caller paths are refused as a whole,
before anything is written; uploads never read through links leaving the source folder by default."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from provena._errors import ProvenaError, UnsafePathError
from provena.transfer import RemoteObject, check_relative, plan_downloads, plan_uploads, safe_sub_path

PREFIX = "datasets/10378-1-1/"

# relative part after the dataset prefix -> why it must be refused
HOSTILE = {
    "../../escape.txt": "'..' path segment",
    "sub/../../../escape.txt": "'..' path segment",
    "/home/user/.bashrc": "absolute path (starts with '/')",
    "a//b.txt": "empty path segment ('//' or a trailing '/')",
    "./dot.txt": "'.' path segment",
    "a\\..\\..\\win.txt": "contains a backslash (a folder separator on Windows)",
    "nul\x00.txt": "contains a NUL byte",
    "line\nbreak.txt": "contains a control character",
    "C:/evil.txt": "starts with a drive letter",
    "trailing.txt/": "empty path segment ('//' or a trailing '/')",
}


def objects(*relatives: str, size: int = 1) -> list[RemoteObject]:
    return [RemoteObject(PREFIX + r, size, "etag") for r in relatives]


def files_under(path: Path) -> list[str]:
    return sorted(p.relative_to(path).as_posix() for p in path.rglob("*"))


@pytest.mark.parametrize(("relative", "reason"), list(HOSTILE.items()))
def test_each_hostile_name_has_its_reason(relative: str, reason: str) -> None:
    assert check_relative(relative) == reason


def test_hostile_corpus_is_refused_at_once_listing_every_key_and_nothing_is_written(tmp_path: Path) -> None:
    target = tmp_path / "target"
    corpus = objects("ok.txt", "nested/fine.csv", *HOSTILE)
    with pytest.raises(UnsafePathError) as info:
        plan_downloads(corpus, PREFIX, target)
    error = info.value
    assert isinstance(error, ValueError) and isinstance(error, ProvenaError)
    assert set(error.problems) == {PREFIX + r for r in HOSTILE}
    assert f"{len(HOSTILE)} object key(s) cannot be downloaded safely; nothing was transferred" in str(error)
    assert repr(PREFIX + "../../escape.txt") in str(error)
    assert files_under(tmp_path) == []  # planning writes nothing, not even the target folder


def test_file_and_folder_of_the_same_name_are_refused_together(tmp_path: Path) -> None:
    with pytest.raises(UnsafePathError) as info:
        plan_downloads(objects("x", "x/y", "z"), PREFIX, tmp_path / "t")
    assert list(info.value.problems) == [PREFIX + "x"]
    assert "is both a file and a folder" in str(info.value)


def test_a_key_named_like_another_keys_partial_download_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnsafePathError) as info:
        plan_downloads(objects("big.bin", "big.bin.part"), PREFIX, tmp_path)
    assert list(info.value.problems) == [PREFIX + "big.bin.part"]


def test_folder_markers_and_the_dataset_marker_are_not_files(tmp_path: Path) -> None:
    planned = plan_downloads([RemoteObject(PREFIX, 0, ""), RemoteObject(PREFIX + "empty/", 0, ""),
                              *objects("empty/inside.txt")], PREFIX, tmp_path)  # fmt: skip
    assert [p.relative for p in planned] == ["empty/inside.txt"]


def test_keys_outside_the_prefix_are_refused(tmp_path: Path) -> None:
    with pytest.raises(UnsafePathError, match="outside the dataset folder"):
        plan_downloads([RemoteObject("datasets/other/x.txt", 1, "e")], PREFIX, tmp_path)


def test_a_symlink_in_the_target_folder_leading_outside_is_not_written_through(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    target = tmp_path / "target"
    target.mkdir()
    (target / "link").symlink_to(outside)
    with pytest.raises(UnsafePathError, match="outside the target folder"):
        plan_downloads(objects("link/pwned.txt"), PREFIX, target)


def test_local_files_and_folders_in_the_way_are_reported_before_writing(tmp_path: Path) -> None:
    (tmp_path / "a").write_text("a file where a folder is needed")
    (tmp_path / "b").mkdir()
    with pytest.raises(UnsafePathError) as info:
        plan_downloads(objects("a/inner.txt", "b"), PREFIX, tmp_path)
    assert set(info.value.problems) == {PREFIX + "a/inner.txt", PREFIX + "b"}


def test_caller_paths_are_checked_like_keys() -> None:
    assert safe_sub_path("/data/run 1/", "s3_path") == "data/run 1"
    assert safe_sub_path("", "s3_path") == ""
    for bad in ("../x", "a/../../b", "a\\b", "a//b", "x\x00"):
        with pytest.raises(UnsafePathError, match="s3_path"):
            safe_sub_path(bad, "s3_path")


def test_many_problems_are_all_kept_but_the_message_stays_short(tmp_path: Path) -> None:
    with pytest.raises(UnsafePathError) as info:
        plan_downloads(objects(*(f"../{i}" for i in range(50))), PREFIX, tmp_path)
    assert len(info.value.problems) == 50
    assert "... and 30 more (see .problems)" in str(info.value)


# -- uploads -------------------------------------------------------------------------------------------------
def make_source(tmp_path: Path) -> tuple[Path, Path]:
    source = tmp_path / "source"
    (source / "sub").mkdir(parents=True)
    (source / "a.txt").write_text("a")
    (source / "sub" / "b.txt").write_text("b")
    secret = tmp_path / "id_ed25519"
    secret.write_text("PRIVATE KEY")
    return source, secret


def test_uploads_plan_regular_files_with_their_keys(tmp_path: Path) -> None:
    source, _ = make_source(tmp_path)
    (source / "inside-link").symlink_to(source / "a.txt")  # stays inside: read like a file
    planned = plan_uploads(source, PREFIX)
    assert [(p.relative, p.key, p.size) for p in planned] == [
        ("a.txt", PREFIX + "a.txt", 1), ("inside-link", PREFIX + "inside-link", 1),
        ("sub/b.txt", PREFIX + "sub/b.txt", 1)]  # fmt: skip


def test_a_symlink_leaving_the_source_folder_is_refused_unless_asked_for(tmp_path: Path) -> None:
    source, secret = make_source(tmp_path)
    (source / "sub" / "key").symlink_to(secret)
    (source / "outside-dir").symlink_to(tmp_path, target_is_directory=True)
    with pytest.raises(UnsafePathError) as info:
        plan_uploads(source, PREFIX)
    assert set(info.value.problems) == {str(source / "sub" / "key"), str(source / "outside-dir")}
    assert "follow_symlinks=True" in str(info.value)
    followed = {p.relative for p in plan_uploads(source / "sub", PREFIX, follow_symlinks=True)}
    assert followed == {"b.txt", "key"}


def test_broken_links_and_special_files_are_reported_even_when_following(tmp_path: Path) -> None:
    source, _ = make_source(tmp_path)
    (source / "dangling").symlink_to(tmp_path / "gone")
    os.mkfifo(source / "pipe")
    with pytest.raises(UnsafePathError) as info:
        plan_uploads(source, PREFIX, follow_symlinks=True)
    assert info.value.problems == {str(source / "dangling"): "broken symlink",
                                   str(source / "pipe"): "not a regular file"}  # fmt: skip


def test_a_link_loop_is_walked_once(tmp_path: Path) -> None:
    source, _ = make_source(tmp_path)
    (source / "sub" / "up").symlink_to(source, target_is_directory=True)
    assert [p.relative for p in plan_uploads(source, PREFIX)] == ["a.txt", "sub/b.txt"]


def test_local_names_that_are_not_portable_keys_are_refused(tmp_path: Path) -> None:
    source, _ = make_source(tmp_path)
    (source / "back\\slash.txt").write_text("x")
    with pytest.raises(UnsafePathError, match="backslash"):
        plan_uploads(source, PREFIX)


def test_upload_source_must_be_a_folder(tmp_path: Path) -> None:
    with pytest.raises(NotADirectoryError, match="source_directory"):
        plan_uploads(tmp_path / "missing", PREFIX)


def test_facade_signature_defaults_are_the_engines() -> None:
    from provena._api import modules
    from provena.transfer import DEFAULT_CONCURRENCY, DEFAULT_PART_SIZE

    assert (modules.CONCURRENCY, modules.PART_SIZE) == (DEFAULT_CONCURRENCY, DEFAULT_PART_SIZE)
