"""Measurement drivers, run inside one contender's own process. Standard library only.

    python -m scripts.bench.workers CONTENDER WORKLOAD SPEC_JSON [T0_NS]

SPEC_JSON holds the stack's URLs and sizes (no secrets); the access token comes in the environment variable
PROVENA_BENCH_TOKEN so it is never written to a file or printed. The last stdout line is the result as JSON.
T0_NS is the parent's `time.monotonic_ns()` just before it spawned us: CLOCK_MONOTONIC is system-wide on Linux,
so "process start -> first result" includes interpreter start-up and every import.

An adapter (see contenders.py) offers: `Adapter(spec, token)` (imports and builds the client), `fetch(id)`,
`list_all(page_size) -> count`, `item_id(result)`, `close()`, and `is_async`; async adapters' methods are
coroutines. `Adapter.probe(spec, token)` returns None when usable, else why not.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from typing import Any

from .contenders import BULK, BY_NAME, FIRST_CALL, LIST, PAIRED, PAIRED_WITH, SEQUENTIAL, TRANSFER_BY_NAME

TOKEN_ENV = "PROVENA_BENCH_TOKEN"
PROFILE_ENV = "PROVENA_BENCH_PROFILE"  # a path: run the workload under cProfile and dump the stats there


class BenchError(Exception):
    """A contender returned something other than what was asked for (a wrong result must not look fast)."""


def _verify(adapter: Any, result: Any, spec: dict[str, Any]) -> None:
    got = adapter.item_id(result)
    if got != spec["dataset_id"]:
        raise BenchError(f"fetch_dataset returned item {got!r}, expected {spec['dataset_id']!r}")


def _percentiles(samples_ns: list[int]) -> dict[str, float]:
    s = sorted(samples_ns)
    pick = lambda q: s[min(len(s) - 1, int(q * len(s)))] / 1000  # noqa: E731 - microseconds
    return {"p50_us": pick(0.50), "p90_us": pick(0.90), "p99_us": pick(0.99)}


def _timed(n: int, wall_ns: int, cpu_s: float) -> dict[str, Any]:
    return {"n": n, "wall_s": wall_ns / 1e9, "cpu_s": cpu_s,
            "per_call_wall_us": wall_ns / 1000 / n, "per_call_cpu_us": cpu_s * 1e6 / n}  # fmt: skip


# -- sync drivers ----------------------------------------------------------------------------------------
def _sequential_sync(adapter: Any, spec: dict[str, Any]) -> dict[str, Any]:
    fetch, dataset_id, n = adapter.fetch, spec["dataset_id"], spec["calls"]
    for _ in range(spec["warmup"]):
        fetch(dataset_id)
    lat = [0] * n
    clock = time.perf_counter_ns
    cpu0, w0 = time.process_time(), clock()
    first = last = None
    for i in range(n):
        s = clock()
        last = fetch(dataset_id)
        lat[i] = clock() - s
        if i == 0:
            first = last
    wall, cpu = clock() - w0, time.process_time() - cpu0
    _verify(adapter, first, spec)
    _verify(adapter, last, spec)
    return _timed(n, wall, cpu) | _percentiles(lat)


def _list_sync(adapter: Any, spec: dict[str, Any]) -> dict[str, Any]:
    # One untimed pass first: connections open and lazy imports done, as in the other workloads.
    clock = time.perf_counter_ns
    w0 = clock()
    _check_count(adapter.list_all(spec["page_size"]), spec)
    cold = clock() - w0
    cpu0, w0 = time.process_time(), clock()
    count = adapter.list_all(spec["page_size"])
    wall, cpu = clock() - w0, time.process_time() - cpu0
    return _check_count(count, spec) | {"wall_s": wall / 1e9, "cpu_s": cpu, "cold_wall_s": cold / 1e9}


def _check_count(count: int, spec: dict[str, Any]) -> dict[str, Any]:
    if count != spec["expected_items"]:
        raise BenchError(f"pagination yielded {count} items, expected {spec['expected_items']}")
    return {"n": count, "pages": -(-count // spec["page_size"])}


# -- async drivers ---------------------------------------------------------------------------------------
async def _sequential_async(adapter: Any, spec: dict[str, Any]) -> dict[str, Any]:
    fetch, dataset_id, n = adapter.fetch, spec["dataset_id"], spec["calls"]
    for _ in range(spec["warmup"]):
        await fetch(dataset_id)
    lat = [0] * n
    clock = time.perf_counter_ns
    cpu0, w0 = time.process_time(), clock()
    first = last = None
    for i in range(n):
        s = clock()
        last = await fetch(dataset_id)
        lat[i] = clock() - s
        if i == 0:
            first = last
    wall, cpu = clock() - w0, time.process_time() - cpu0
    _verify(adapter, first, spec)
    _verify(adapter, last, spec)
    return _timed(n, wall, cpu) | _percentiles(lat)


async def _bulk_async(adapter: Any, spec: dict[str, Any]) -> dict[str, Any]:
    import asyncio

    fetch, dataset_id, n, width = adapter.fetch, spec["dataset_id"], spec["calls"], spec["concurrency"]
    gate = asyncio.Semaphore(width)

    async def one() -> Any:
        async with gate:
            return await fetch(dataset_id)

    await asyncio.gather(*(one() for _ in range(width)))  # open the connections first
    clock = time.perf_counter_ns
    cpu0, w0 = time.process_time(), clock()
    results = await asyncio.gather(*(one() for _ in range(n)))
    wall, cpu = clock() - w0, time.process_time() - cpu0
    for r in results:
        _verify(adapter, r, spec)
    return _timed(n, wall, cpu) | {"concurrency": width}


async def _list_async(adapter: Any, spec: dict[str, Any]) -> dict[str, Any]:
    clock = time.perf_counter_ns
    w0 = clock()
    _check_count(await adapter.list_all(spec["page_size"]), spec)
    cold = clock() - w0
    cpu0, w0 = time.process_time(), clock()
    count = await adapter.list_all(spec["page_size"])
    wall, cpu = clock() - w0, time.process_time() - cpu0
    return _check_count(count, spec) | {"wall_s": wall / 1e9, "cpu_s": cpu, "cold_wall_s": cold / 1e9}


# -- paired: a contender and its raw httpx twin in one process ------------------------------------------
# Separate processes differ from one another by several percent in CPU per call (memory layout, the moment
# the machine is having), which is more than a 1.10x bound leaves. Here both clients live in one process
# and take turns, batch by batch (A B, then B A), so whatever slows the process slows both; the ratio of
# each pair of batches is one sample, and their median is the result.
PAIR_BATCH = 50


def _paired_result(ours: list[float], ref: list[float], n: int) -> dict[str, Any]:
    ratios = sorted(a / b for a, b in zip(ours, ref, strict=True) if b > 0)
    return {"n": n, "batches": len(ratios), "batch": PAIR_BATCH, "cpu_ratio": ratios[len(ratios) // 2],
            "cpu_ratio_total": sum(ours) / sum(ref), "per_call_cpu_us": sum(ours) * 1e6 / n,
            "ref_per_call_cpu_us": sum(ref) * 1e6 / n}  # fmt: skip


def _paired_sync(adapter: Any, twin: Any, spec: dict[str, Any]) -> dict[str, Any]:
    dataset_id, batches = spec["dataset_id"], max(2, spec["calls"] // PAIR_BATCH)
    for _ in range(spec["warmup"]):
        adapter.fetch(dataset_id), twin.fetch(dataset_id)
    spent: dict[int, list[float]] = {id(adapter): [], id(twin): []}
    for i in range(batches):
        for side in (adapter, twin) if i % 2 == 0 else (twin, adapter):
            fetch, cpu0 = side.fetch, time.process_time()
            for _ in range(PAIR_BATCH):
                last = fetch(dataset_id)
            spent[id(side)].append(time.process_time() - cpu0)
            _verify(side, last, spec)
    return _paired_result(spent[id(adapter)], spent[id(twin)], batches * PAIR_BATCH)


async def _paired_async(adapter: Any, twin: Any, spec: dict[str, Any]) -> dict[str, Any]:
    dataset_id, batches = spec["dataset_id"], max(2, spec["calls"] // PAIR_BATCH)
    for _ in range(spec["warmup"]):
        await adapter.fetch(dataset_id), await twin.fetch(dataset_id)
    spent: dict[int, list[float]] = {id(adapter): [], id(twin): []}
    for i in range(batches):
        for side in (adapter, twin) if i % 2 == 0 else (twin, adapter):
            fetch, cpu0 = side.fetch, time.process_time()
            for _ in range(PAIR_BATCH):
                last = await fetch(dataset_id)
            spent[id(side)].append(time.process_time() - cpu0)
            _verify(side, last, spec)
    return _paired_result(spent[id(adapter)], spent[id(twin)], batches * PAIR_BATCH)


def _paired(name: str, spec: dict[str, Any], token: str) -> dict[str, Any]:
    adapter, twin = BY_NAME[name].load()(spec, token), BY_NAME[PAIRED_WITH[name]].load()(spec, token)
    if adapter.is_async:
        import asyncio

        async def go() -> dict[str, Any]:
            try:
                return await _paired_async(adapter, twin, spec)
            finally:
                await adapter.close()
                await twin.close()

        return asyncio.run(go())
    try:
        return _paired_sync(adapter, twin, spec)
    finally:
        adapter.close()
        twin.close()


SYNC_DRIVERS = {SEQUENTIAL: _sequential_sync, LIST: _list_sync}
ASYNC_DRIVERS = {SEQUENTIAL: _sequential_async, BULK: _bulk_async, LIST: _list_async}


# -- entry points ----------------------------------------------------------------------------------------
def _first_call(cls: type, spec: dict[str, Any], token: str, t0_ns: int) -> dict[str, Any]:
    built = time.monotonic_ns()
    adapter = cls(spec, token)
    ready = time.monotonic_ns()
    if adapter.is_async:
        import asyncio

        async def once() -> Any:
            try:
                return await adapter.fetch(spec["dataset_id"])
            finally:
                await adapter.close()

        result = asyncio.run(once())
    else:
        result = adapter.fetch(spec["dataset_id"])
    done = time.monotonic_ns()
    _verify(adapter, result, spec)
    if not adapter.is_async:
        adapter.close()
    return {"wall_s": (done - t0_ns) / 1e9, "until_worker_s": (built - t0_ns) / 1e9,
            "build_client_s": (ready - built) / 1e9, "first_request_s": (done - ready) / 1e9}  # fmt: skip


def _probe(cls: type, spec: dict[str, Any], token: str) -> dict[str, Any]:
    """Usable means: the adapter's own checks pass and one real fetch_dataset returns the right item."""
    reason = cls.probe(spec, token)
    if reason is None:
        try:
            _first_call(cls, spec, token, time.monotonic_ns())
        except Exception as exc:
            reason = f"not available yet: {type(exc).__name__}: {exc}"
    return {"available": reason is None, "reason": reason}


def _transfer(cls: type, spec: dict[str, Any], token: str) -> dict[str, Any]:
    """One folder moved (spec: direction, dataset_id, local_dir); the runner checks the result afterwards."""
    adapter = cls(spec, token)
    try:
        prepare = getattr(adapter, "prepare", None)
        if prepare is not None:
            prepare(spec["dataset_id"], spec["direction"])
        move = adapter.upload if spec["direction"] == "upload" else adapter.download
        cpu0, w0 = time.process_time(), time.perf_counter_ns()
        move(spec["local_dir"], spec["dataset_id"])
        wall, cpu = time.perf_counter_ns() - w0, time.process_time() - cpu0
    finally:
        adapter.close()
    return {"wall_s": wall / 1e9, "cpu_s": cpu, "files": spec["files"], "bytes": spec["bytes"]}


def run(name: str, workload: str, spec: dict[str, Any], token: str, t0_ns: int) -> dict[str, Any]:
    if "direction" in spec:
        return _transfer(TRANSFER_BY_NAME[name].load(), spec, token)
    cls = BY_NAME[name].load()
    if workload == "probe":
        return _probe(cls, spec, token)
    if workload == FIRST_CALL:
        return _first_call(cls, spec, token, t0_ns)
    if workload == PAIRED:
        return _paired(name, spec, token)
    adapter = cls(spec, token)
    if adapter.is_async:
        import asyncio

        async def go() -> dict[str, Any]:
            try:
                return await ASYNC_DRIVERS[workload](adapter, spec)
            finally:
                await adapter.close()

        return asyncio.run(go())
    try:
        return SYNC_DRIVERS[workload](adapter, spec)
    finally:
        adapter.close()


def peak_rss_kib() -> int:
    """This process's own peak RSS, KiB: VmHWM, the high-water mark of this process's memory since its exec.

    Not ru_maxrss: across fork (or vfork) + exec Linux carries the parent's high-water mark into the child's
    ru_maxrss, so every worker would report at least the runner's own peak (which holds the transfer sources).
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux; elsewhere the best there is


def _profile_path(template: str, name: str, workload: str) -> str:
    # "{contender}" and "{workload}" in the path give one stats file per measurement of a whole run.
    return template.replace("{contender}", name).replace("{workload}", workload)


def main(argv: list[str]) -> int:
    name, workload, spec_json = argv[:3]
    t0_ns = int(argv[3]) if len(argv) > 3 else time.monotonic_ns()
    token = os.environ.get(TOKEN_ENV, "")
    result: dict[str, Any] = {"contender": name, "workload": workload}
    profile_to = os.environ.get(PROFILE_ENV)
    try:
        if profile_to:  # for finding where a contender's time goes; numbers measured this way are inflated
            import cProfile

            with cProfile.Profile() as prof:
                result |= run(name, workload, json.loads(spec_json), token, t0_ns)
            prof.dump_stats(_profile_path(profile_to, name, workload))
        else:
            result |= run(name, workload, json.loads(spec_json), token, t0_ns)
        result["ok"] = True
    except Exception as exc:  # reported, not raised: one broken contender must not end the run
        message = f"{type(exc).__name__}: {exc}"
        result |= {"ok": False, "error": (message.replace(token, "<token>") if token else message)[:500]}
    result["maxrss_kib"] = peak_rss_kib()
    sys.stdout.write("\n" + json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
