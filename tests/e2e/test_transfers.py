"""Dataset transfers end to end (async and sync) against the local stack's gated S3: hostile keys planted with
the stack's own key and with a dataset writer's scoped credentials, symlinks, resume, sync, progress."""

from __future__ import annotations

import asyncio
import hashlib
import os
import threading
from pathlib import Path
from typing import Any

import pytest

from provena.transfer import TransferProgress, UnsafePathError

from .conftest import Clients, RunningStack, World, aw

pytestmark = pytest.mark.stack
boto3 = pytest.importorskip("boto3")

ROOT_KEY = {"aws_access_key_id": "local-stack-access-key", "aws_secret_access_key": "local-stack-secret-key"}
MiB = 1024 * 1024


def tree(path: Path) -> dict[str, bytes]:
    """Every file below `path` (relative path -> content); the whole tmp folder is compared before/after."""
    return {p.relative_to(path).as_posix(): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


async def new_dataset(client: Any, world: World, name: str) -> tuple[str, str, str]:
    """A fresh dataset: (handle, bucket, key prefix ending with '/')."""
    handle = (await aw(client.datastore.mint_dataset(world.collection_format(name)))).handle
    s3 = (await aw(client.datastore.fetch_dataset(handle))).item.s3
    return handle, s3.bucket_name, s3.path.strip("/") + "/"


def s3_with(server: RunningStack, credentials: dict[str, str]) -> Any:
    return boto3.client("s3", endpoint_url=server.config["s3_endpoint"], region_name="us-east-1", **credentials)


async def writer_credentials(client: Any, handle: str) -> dict[str, str]:
    request = {"dataset_id": handle, "console_session_required": False}
    c = (await aw(client.datastore.generate_write_access_credentials(request))).credentials
    return {"aws_access_key_id": c.aws_access_key_id, "aws_secret_access_key": c.aws_secret_access_key,
            "aws_session_token": c.aws_session_token}  # fmt: skip


def hostile_corpus(outside: Path) -> dict[str, bytes]:
    """Relative parts after the dataset prefix that a naive download would write outside its folder."""
    return {
        "../../escape-up.txt": b"up",
        "sub/../../../../escape-deep.txt": b"deep",
        "/" + str(outside / "absolute.txt").lstrip("/"): b"absolute",  # "datasets/<h>//tmp/.../absolute.txt"
        "a\\..\\..\\escape-win.txt": b"win",
        "nul\x00.txt": b"nul",
        "x": b"file",
        "x/y": b"file below a file",
    }


@pytest.mark.parametrize("planter", ["stack key", "scoped writer"])
async def test_hostile_keys_write_nothing_anywhere_and_name_every_key(
    clients: Clients, world: World, server: RunningStack, mode: str, tmp: Path, planter: str
) -> None:
    client = clients.provena()
    handle, bucket, prefix = await new_dataset(client, world, f"Hostile {planter} {mode}")
    outside = tmp / "outside"
    outside.mkdir()
    creds = ROOT_KEY if planter == "stack key" else await writer_credentials(client, handle)
    s3 = s3_with(server, creds)
    corpus = hostile_corpus(outside)
    for relative, body in corpus.items():
        s3.put_object(Bucket=bucket, Key=prefix + relative, Body=body)
    s3.put_object(Bucket=bucket, Key=prefix + "fine.txt", Body=b"fine")
    target = tmp / "target" / "deep" / "down"
    before = tree(tmp)

    with pytest.raises(UnsafePathError) as info:
        await aw(client.datastore.io.download_all_files(str(target), handle))
    offending = {prefix + r for r in corpus if r != "x/y"}  # `x` is the key named for the x / x/y clash
    assert set(info.value.problems) == offending
    assert "nothing was transferred" in str(info.value)
    assert tree(tmp) == before  # not one file written, inside or outside the target (not even fine.txt)
    assert not (tmp / "target").exists()
    assert not list(tmp.parent.glob("escape-*")) and not list(tmp.parent.parent.glob("escape-*"))

    # A folder of the dataset holding only safe keys still downloads.
    got = await aw(client.datastore.io.download_specific_file(handle, "fine.txt", str(target)))
    assert [p.read_bytes() for p in got] == [b"fine"]


async def test_caller_paths_are_refused_before_any_request(clients: Clients, world: World, mode: str,
                                                           tmp: Path) -> None:  # fmt: skip
    client = clients.provena()
    for call in (lambda: client.datastore.io.download_specific_file("no-such-dataset", "../../x", str(tmp)),
                 lambda: client.datastore.io.download_file("no-such-dataset", "sub/../../x", str(tmp)),
                 lambda: client.datastore.io.download_file("no-such-dataset", "a\\..\\b", str(tmp))):  # fmt: skip
        with pytest.raises(UnsafePathError):  # not a NotFoundError: no request was sent for the unknown dataset
            await aw(call())
    assert tree(tmp) == {}


async def test_symlink_to_an_outside_file_is_never_uploaded_by_default(
    clients: Clients, world: World, mode: str, tmp: Path
) -> None:
    client = clients.provena()
    handle, _, prefix = await new_dataset(client, world, f"Links {mode}")
    secret = tmp / "id_ed25519"
    secret.write_bytes(b"-----BEGIN OPENSSH PRIVATE KEY-----")
    source = tmp / "source"
    source.mkdir()
    (source / "data.csv").write_bytes(b"a,b\n")
    (source / "key").symlink_to(secret)
    (source / "dangling").symlink_to(tmp / "missing")

    with pytest.raises(UnsafePathError) as info:
        await aw(client.datastore.io.upload_all_files(str(source), handle))
    assert info.value.problems == {
        str(source / "key"): "symlink to a path outside the source folder (pass follow_symlinks=True to upload it)",
        str(source / "dangling"): "broken symlink"}  # fmt: skip
    assert await aw(client.datastore.io.list_all_files(handle)) == [prefix + "metadata.json"]

    (source / "dangling").unlink()
    keys = await aw(client.datastore.io.upload_all_files(str(source), handle, follow_symlinks=True))
    assert sorted(keys) == [prefix + "data.csv", prefix + "key"]


async def test_round_trip_sync_dry_run_and_progress(clients: Clients, world: World, mode: str, tmp: Path) -> None:
    client = clients.provena()
    handle, _, prefix = await new_dataset(client, world, f"Sync {mode}")
    source = tmp / "source"
    (source / "many").mkdir(parents=True)
    for i in range(30):
        (source / "many" / f"{i:02}.txt").write_bytes(os.urandom(100 + i))
    (source / "big.bin").write_bytes(os.urandom(11 * MiB + 7))  # three 5 MiB parts
    seen: list[TransferProgress] = []
    keys = await aw(client.datastore.io.upload_all_files(str(source), handle, part_size=5 * MiB,
                                                         concurrency=4, progress=seen.append))  # fmt: skip
    assert len(keys) == 31
    last = seen[-1]
    assert last.finished and last.files_done == last.files_total == 31
    assert last.bytes_done == last.bytes_total == sum(p.stat().st_size for p in source.rglob("*") if p.is_file())
    assert [s.bytes_done for s in seen] == sorted(s.bytes_done for s in seen)

    # Nothing changed: nothing moves; one file changed: only it moves (dry run first: nothing sent).
    assert await aw(client.datastore.io.upload_all_files(str(source), handle, dry_run=True,
                                                         part_size=5 * MiB)) == []  # fmt: skip
    (source / "many" / "07.txt").write_bytes(b"changed")
    assert await aw(client.datastore.io.upload_all_files(str(source), handle, dry_run=True, part_size=5 * MiB)) == [
        prefix + "many/07.txt"]  # fmt: skip
    again: list[TransferProgress] = []
    await aw(client.datastore.io.upload_all_files(str(source), handle, part_size=5 * MiB, progress=again.append))
    assert (again[-1].files_total, again[-1].files_skipped, again[-1].bytes_total) == (1, 30, 7)

    dest = tmp / "dest"
    paths = await aw(client.datastore.io.download_all_files(str(dest), handle, concurrency=3))
    assert len(paths) == 32  # with metadata.json
    got = tree(dest)
    got.pop("metadata.json")
    assert got == tree(source)
    assert not list(dest.rglob("*.part"))
    down: list[TransferProgress] = []
    await aw(client.datastore.io.download_all_files(str(dest), handle, progress=down.append))
    assert (down[-1].files_total, down[-1].files_skipped) == (0, 32)


async def test_interrupted_download_resumes_from_its_part_by_range(
    clients: Clients, world: World, mode: str, tmp: Path
) -> None:
    client = clients.provena()
    handle, _, _ = await new_dataset(client, world, f"Resume {mode}")
    source = tmp / "source"
    source.mkdir()
    content = os.urandom(17 * MiB + 3)
    (source / "big.bin").write_bytes(content)
    await aw(client.datastore.io.upload_all_files(str(source), handle, part_size=5 * MiB))

    class Interrupt(Exception):
        pass

    def stop_after_some(p: TransferProgress) -> None:
        if p.bytes_done >= 6 * MiB:
            raise Interrupt

    dest = tmp / "dest"
    with pytest.raises(Interrupt):
        await aw(client.datastore.io.download_specific_file(handle, "big.bin", str(dest), part_size=5 * MiB,
                                                            concurrency=1, progress=stop_after_some))  # fmt: skip
    part = dest / "big.bin.part"
    kept = part.stat().st_size
    assert not (dest / "big.bin").exists() and 5 * MiB <= kept < len(content)
    assert part.read_bytes() == content[:kept]

    resumed: list[TransferProgress] = []
    await aw(client.datastore.io.download_specific_file(handle, "big.bin", str(dest), part_size=5 * MiB,
                                                        progress=resumed.append))  # fmt: skip
    assert hashlib.sha256((dest / "big.bin").read_bytes()).digest() == hashlib.sha256(content).digest()
    assert not part.exists()
    # Only the rest went over the wire: the first update after the start already counts the kept prefix.
    assert resumed[1].bytes_done == kept and resumed[-1].bytes_done == len(content)


async def test_interrupted_upload_moves_only_the_rest(clients: Clients, world: World, mode: str, tmp: Path) -> None:
    client = clients.provena()
    handle, _, _ = await new_dataset(client, world, f"Resume up {mode}")
    source = tmp / "source"
    source.mkdir()
    for i in range(6):
        (source / f"{i}.bin").write_bytes(os.urandom(1000 + i))

    def stop_at_third(p: TransferProgress) -> None:
        if p.files_done == 3:
            raise KeyError("interrupted")

    with pytest.raises(KeyError):
        await aw(client.datastore.io.upload_all_files(str(source), handle, concurrency=1, progress=stop_at_third))
    there = len(await aw(client.datastore.io.list_all_files(handle))) - 1  # less metadata.json
    assert 3 <= there < 6
    rest: list[TransferProgress] = []
    await aw(client.datastore.io.upload_all_files(str(source), handle, progress=rest.append))
    assert (rest[-1].files_skipped, rest[-1].files_total) == (there, 6 - there)
    dest = tmp / "dest"
    await aw(client.datastore.io.download_all_files(str(dest), handle))
    got = tree(dest)
    got.pop("metadata.json")
    assert got == tree(source)


async def test_progress_true_prints_nothing_without_a_terminal(
    clients: Clients, world: World, mode: str, tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    client = clients.provena()
    handle, _, _ = await new_dataset(client, world, f"Quiet {mode}")
    (tmp / "src").mkdir()
    (tmp / "src" / "a.txt").write_bytes(b"a")
    await aw(client.datastore.io.upload_all_files(str(tmp / "src"), handle, progress=True))
    await aw(client.datastore.io.download_all_files(str(tmp / "dst"), handle, progress=True))
    assert capsys.readouterr() == ("", "")


async def test_async_download_leaves_the_loop_free_and_cancels_cleanly(
    clients: Clients, world: World, mode: str, tmp: Path
) -> None:
    if mode != "async":
        pytest.skip("the event loop and task cancellation are async-only")
    client = clients.provena()
    handle, _, _ = await new_dataset(client, world, "Cancel")
    (tmp / "src").mkdir()
    (tmp / "src" / "big.bin").write_bytes(os.urandom(20 * MiB))
    await client.datastore.io.upload_all_files(str(tmp / "src"), handle, part_size=5 * MiB)

    ticks = 0
    ticks_seen: list[int] = []
    loop = asyncio.get_running_loop()
    task: asyncio.Task[Any] | None = None

    asked, handled = threading.Event(), threading.Event()

    def on_progress(p: TransferProgress) -> None:
        ticks_seen.append(ticks)
        if p.bytes_done >= 6 * MiB and task is not None and not asked.is_set():
            asked.set()
            loop.call_soon_threadsafe(task.cancel)
            # Queued behind the task's wake-up with the CancelledError, which sets the engine's cancel token:
            # holding this (and so every worker's next report) until then, the rest cannot finish first.
            loop.call_soon_threadsafe(lambda: loop.call_soon(handled.set))
            handled.wait(timeout=60)

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    ticking = asyncio.create_task(ticker())
    dest = tmp / "dest"
    task = asyncio.create_task(client.datastore.io.download_all_files(str(dest), handle, part_size=5 * MiB,
                                                                      concurrency=2, progress=on_progress))  # fmt: skip
    with pytest.raises(asyncio.CancelledError):
        await task
    ticking.cancel()
    assert ticks_seen[-1] > ticks_seen[0]  # the loop ran other work while the transfer moved bytes
    # Cancelled cleanly: no worker left running, nothing under the final name, the prefix kept for a resume.
    assert not [t.name for t in threading.enumerate() if t.name.startswith(("provena-part", "provena-file"))]
    assert not (dest / "big.bin").exists()
    assert (dest / "big.bin.part").stat().st_size < 20 * MiB
