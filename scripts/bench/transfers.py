"""Transfer workloads (issue 10): folders of files into and out of datasets on the local stack's S3.

Sets (default `1x256MiB,50x4MiB,1000x4KiB`; `--quick` uses tiny ones) are written once with random bytes into
a scratch folder. Each set gets a download dataset, seeded once with the stack's own key; uploads all go to one
upload dataset, emptied before every upload run, so no contender finds its files already there. A download
run writes into a fresh empty folder. Every run is checked before it counts: the uploaded objects' sizes and
MD5 ETags, the downloaded files' MD5s must equal the sources'. Then the folder or the dataset is emptied.

Roles for the targets: the first set is "big" (peak RSS, tuned boto3), the last set is "small" (provenaclient).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_SETS = "1x256MiB,50x4MiB,1000x4KiB"
QUICK_SETS = "1x12MiB,4x1MiB,30x4KiB"  # 12 MiB > the 8 MiB part size: the multipart paths run too
DIRECTIONS = ("upload", "download")
UNITS = {"B": 1, "KiB": 1024, "MiB": 1024**2, "GiB": 1024**3}
TUNED = ("boto3-pool", "s3transfer")  # "the best a user can do with boto3": the better of the two counts
RSS_BOUND_MIB = 150


@dataclass(frozen=True)
class FileSet:
    count: int
    size: int
    label: str  # as given, e.g. "1000x4KiB"

    def workload(self, direction: str) -> str:
        return f"{direction}-{self.label}"


def parse_sets(text: str) -> list[FileSet]:
    out = []
    for item in (t.strip() for t in text.split(",") if t.strip()):
        m = re.fullmatch(r"(\d+)x(\d+)(B|KiB|MiB|GiB)", item)
        if not m or int(m.group(1)) < 1 or int(m.group(2)) < 1:
            raise ValueError(f"transfer set {item!r}: write COUNTxSIZE with a unit B/KiB/MiB/GiB, e.g. 50x4MiB")
        out.append(FileSet(int(m.group(1)), int(m.group(2)) * UNITS[m.group(3)], item))
    if not out:
        raise ValueError("no transfer sets given")
    return out


def _relative(fs: FileSet, i: int) -> str:
    return "big.bin" if fs.count == 1 else f"d{i % 10:02d}/f{i:05d}.bin"


def make_sources(root: Path, sets: list[FileSet]) -> dict[str, dict[str, tuple[int, str]]]:
    """Writes each set's files (random bytes) under root/<label>/; returns {label: {relative: (size, md5)}}."""
    manifest: dict[str, dict[str, tuple[int, str]]] = {}
    for fs in sets:
        files: dict[str, tuple[int, str]] = {}
        for i in range(fs.count):
            rel = _relative(fs, i)
            path = root / fs.label / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            digest = hashlib.md5(usedforsecurity=False)
            with path.open("wb") as out:
                left = fs.size
                while left:
                    block = os.urandom(min(left, 8 * 1024 * 1024))
                    out.write(block)
                    digest.update(block)
                    left -= len(block)
            files[rel] = (fs.size, digest.hexdigest())
        manifest[fs.label] = files
    return manifest


def _md5_of(path: Path) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as f:
        while block := f.read(8 * 1024 * 1024):
            digest.update(block)
    return digest.hexdigest()


class Datasets:
    """The stack side: root S3 client, the datasets' folders, seeding, checking and emptying."""

    def __init__(self, stack: Any, handles: dict[str, str]) -> None:
        import boto3

        from provena.local.context import S3Settings

        settings = S3Settings(endpoint=stack.config["s3_endpoint"])
        key = {"aws_access_key_id": settings.access_key, "aws_secret_access_key": settings.secret_key}
        self.s3 = boto3.client("s3", endpoint_url=settings.endpoint, region_name=settings.region, **key)
        self.handles = handles  # role ("upload" or a set label) -> dataset handle
        self.where: dict[str, tuple[str, str]] = {}  # handle -> (bucket, prefix ending in "/")
        with _api(stack) as api:
            for handle in handles.values():
                s3 = api.get(f"{stack.url('datastore_api')}/registry/items/fetch-dataset",
                             params={"handle_id": handle}).json()["item"]["s3"]  # fmt: skip
                self.where[handle] = (s3["bucket_name"], s3["path"].strip("/") + "/")

    def seed(self, handle: str, folder: Path) -> None:
        from boto3.s3.transfer import TransferConfig

        bucket, prefix = self.where[handle]
        config = TransferConfig(multipart_chunksize=8 * 1024 * 1024)  # aws-cli's part size
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            self.s3.upload_file(str(path), bucket, prefix + path.relative_to(folder).as_posix(), Config=config)

    def objects(self, handle: str) -> dict[str, tuple[int, str]]:
        bucket, prefix = self.where[handle]
        out = {}
        for page in self.s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
            for o in page.get("Contents", []):
                out[o["Key"][len(prefix) :]] = (int(o["Size"]), str(o["ETag"]).strip('"'))
        return out

    def empty(self, handle: str) -> None:
        bucket, prefix = self.where[handle]
        keys = [prefix + k for k in self.objects(handle)]
        for i in range(0, len(keys), 1000):
            self.s3.delete_objects(Bucket=bucket, Delete={"Objects": [{"Key": k} for k in keys[i : i + 1000]]})


def _api(stack: Any) -> Any:
    import httpx

    return httpx.Client(headers={"Authorization": f"Bearer {stack.token}"}, timeout=30)


def check_upload(got: dict[str, tuple[int, str]], want: dict[str, tuple[int, str]]) -> str | None:
    if set(got) != set(want):
        return f"objects differ: {len(set(want) - set(got))} missing, {len(set(got) - set(want))} unexpected"
    for rel, (size, md5) in want.items():
        g_size, etag = got[rel]
        if g_size != size or ("-" not in etag and etag != md5):
            return f"{rel}: stored {g_size} bytes (ETag {etag}), expected {size} (MD5 {md5})"
    return None


def check_download(folder: Path, want: dict[str, tuple[int, str]]) -> str | None:
    got = {p.relative_to(folder).as_posix(): p for p in folder.rglob("*") if p.is_file()}
    if set(got) != set(want):
        return f"files differ: {len(set(want) - set(got))} missing, {len(set(got) - set(want))} unexpected"
    for rel, (size, md5) in want.items():
        if got[rel].stat().st_size != size or _md5_of(got[rel]) != md5:
            return f"{rel}: the downloaded bytes differ from the source"
    return None


def prepare(stack: Any, seeded: dict[str, Any], scratch: Path, sets: list[FileSet]) -> dict[str, Any]:
    """Source trees, datasets (one per set for downloads, one for uploads), download datasets seeded."""
    from .stack import mint_datasets

    sources = scratch / "sources"
    manifest = make_sources(sources, sets)
    roles = ["upload", *(fs.label for fs in sets)]
    handles = dict(zip(roles, mint_datasets(stack, seeded["organisation_id"], seeded["person_id"],
                                            [f"Bench transfers {r}" for r in roles]), strict=True))  # fmt: skip
    datasets = Datasets(stack, handles)
    for fs in sets:
        datasets.empty(handles[fs.label])  # minting wrote a metadata file there: the set alone, N files
        datasets.seed(handles[fs.label], sources / fs.label)
    return {"sources": sources, "manifest": manifest, "datasets": datasets, "scratch": scratch}


def run_round(ctx: dict[str, Any], sets: list[FileSet], order: list[Any],
              measure: Callable[[Any, str, dict[str, Any]], dict[str, Any]],
              on_result: Callable[[dict[str, Any]], None]) -> list[dict[str, Any]]:  # fmt: skip
    """One round: every set, upload then download, every contender in `order`; each run checked, then undone."""
    datasets: Datasets = ctx["datasets"]
    results = []
    for fs in sets:
        want = ctx["manifest"][fs.label]
        for direction in DIRECTIONS:
            for c in order:
                if direction == "upload":
                    handle, folder = datasets.handles["upload"], ctx["sources"] / fs.label
                    datasets.empty(handle)
                else:
                    handle, folder = datasets.handles[fs.label], ctx["scratch"] / "download"
                    shutil.rmtree(folder, ignore_errors=True)
                    folder.mkdir()
                spec = {"direction": direction, "dataset_id": handle, "local_dir": str(folder),
                        "files": fs.count, "bytes": fs.count * fs.size}  # fmt: skip
                r = measure(c, fs.workload(direction), spec)
                if r.get("ok"):
                    if direction == "upload":
                        problem = check_upload(datasets.objects(handle), want)
                    else:
                        problem = check_download(folder, want)
                    if problem:
                        r |= {"ok": False, "error": f"wrong result: {problem}"}
                if direction == "download":
                    shutil.rmtree(folder, ignore_errors=True)
                results.append(r)
                on_result(r)
    datasets.empty(datasets.handles["upload"])
    return results


def progress_line(r: dict[str, Any]) -> str:
    head = f"  {r['workload']:<18} {r['contender']:<14}"
    if not r.get("ok"):
        return f"{head} FAILED: {r.get('error')}"
    mib_s = r["bytes"] / r["wall_s"] / 2**20
    return (f"{head} {r['wall_s']:7.2f} s wall, {mib_s:7.1f} MiB/s, {r['cpu_s']:6.2f} s CPU, "
            f"{r['maxrss_kib'] / 1024:6.1f} MiB peak")  # fmt: skip


# -- report ----------------------------------------------------------------------------------------------
def _get(med: dict[str, Any], workload: str, contender: str, metric: str) -> float | None:
    v = med.get(workload, {}).get(contender, {}).get(metric)
    return None if v is None else float(v)


def evaluate(med: dict[str, Any], sets: list[FileSet]) -> list[dict[str, Any]]:
    big, small = sets[0], sets[-1]
    out = []
    for direction in DIRECTIONS:
        w = small.workload(direction)
        pc, ours = _get(med, w, "provenaclient", "wall_s"), _get(med, w, "provena", "wall_s")
        r = None if pc is None or not ours else pc / ours
        out.append({"target": f"{w}: wall, provenaclient / provena >= 3x", "ratio": r, "bound": ">= 3",
                    "met": None if r is None else r >= 3})  # fmt: skip
    for direction in DIRECTIONS:
        w = big.workload(direction)
        tuned = [v for c in TUNED if (v := _get(med, w, c, "wall_s")) is not None]
        ours = _get(med, w, "provena", "wall_s")
        r = None if not tuned or not ours else min(tuned) / ours
        out.append({"target": f"{w}: speed, provena / best tuned boto3 >= 0.9x", "ratio": r, "bound": ">= 0.9",
                    "met": None if r is None else r >= 0.9})  # fmt: skip
    for direction in DIRECTIONS:
        w = big.workload(direction)
        rss = _get(med, w, "provena", "maxrss_kib")
        mib = None if rss is None else rss / 1024
        out.append({"target": f"{w}: provena peak RSS <= {RSS_BOUND_MIB} MiB", "ratio": mib,
                    "bound": f"<= {RSS_BOUND_MIB}", "met": None if mib is None else mib <= RSS_BOUND_MIB})  # fmt: skip
    return out


def table(med: dict[str, Any], sets: list[FileSet], contenders: list[str], targets: list[dict[str, Any]]) -> str:
    width = max(16, *(len(c) + 2 for c in contenders))
    lines = ["", "transfers: wall s (peak RSS MiB)".ljust(34) + "".join(c.rjust(width) for c in contenders)]
    for fs in sets:
        for direction in DIRECTIONS:
            w = fs.workload(direction)
            cells = []
            for c in contenders:
                wall, rss = _get(med, w, c, "wall_s"), _get(med, w, c, "maxrss_kib")
                cells.append("n/a" if wall is None or rss is None else f"{wall:,.2f} ({rss / 1024:,.0f})")
            lines.append(w.ljust(34) + "".join(cell.rjust(width) for cell in cells))
    lines.append("")
    for t in targets:
        verdict = {True: "MET", False: "MISSED", None: "not measured"}[t["met"]]
        value = "n/a" if t["ratio"] is None else f"{t['ratio']:.3g}"
        lines.append(f"  [{verdict:^12}] {t['target']}: {value}")
    return "\n".join(lines)
