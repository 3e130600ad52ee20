"""Medians, ratios against the issue's targets, the printed table and the JSON written under bench/.

Every number is a median over the run's rounds (imports: over fresh processes). A ratio is only computed when
both sides produced results; a missing contender shows as "n/a" and its targets as "not measured".
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .contenders import BULK, FIRST_CALL, LIST, PAIRED, SEQUENTIAL

# (workload, metric in a worker result, label, unit scale, unit)
METRICS = (
    (FIRST_CALL, "wall_s", "first call: process start -> result", 1e3, "ms"),
    (SEQUENTIAL, "per_call_wall_us", "sequential: wall per call", 1, "us"),
    (SEQUENTIAL, "p50_us", "sequential: p50 latency", 1, "us"),
    (SEQUENTIAL, "per_call_cpu_us", "sequential: client CPU per call", 1, "us"),
    (PAIRED, "cpu_ratio", "paired: CPU per call / raw httpx twin's", 1, "x"),
    (BULK, "wall_s", "bulk: wall for all calls", 1e3, "ms"),
    (BULK, "per_call_cpu_us", "bulk: client CPU per call", 1, "us"),
    (LIST, "wall_s", "list: wall for all items", 1e3, "ms"),
    (LIST, "cpu_s", "list: client CPU", 1e3, "ms"),
    (LIST, "cold_wall_s", "list: first pass (lazy imports), wall", 1e3, "ms"),
    (SEQUENTIAL, "maxrss_kib", "peak RSS (sequential process)", 1 / 1024, "MiB"),
    (BULK, "maxrss_kib", "peak RSS (bulk process)", 1 / 1024, "MiB"),
)


@dataclass(frozen=True)
class Target:
    """`value(numerator) / value(denominator)` compared with `bound` (`<=` or `>=`); with no denominator the
    metric is a ratio already (the paired workload's)."""

    name: str
    workload: str  # or "import"
    metric: str
    numerator: str
    denominator: str
    op: str
    bound: float


# Issue 6's targets, then issue 15's (which tighten the per-call and official-client ones and add the first call
# and the listing). Each mode is judged against raw httpx of its own kind.
TARGETS = (
    Target("import provena <= 0.25x provenaclient", "import", "import_s", "provena", "provenaclient", "<=", 0.25),
    Target("first call, provena sync <= 1.3x raw httpx", FIRST_CALL, "wall_s", "provena-sync", "httpx", "<=", 1.3),
    Target("first call, provena async <= 1.3x raw httpx async", FIRST_CALL, "wall_s", "provena-async",
           "httpx-async", "<=", 1.3),
    # Client CPU per call: measured paired, in one process taking turns with its raw httpx twin (workers.py
    # says why); the ratio of the separate sequential processes is shown below for information.
    Target("per-call client CPU, provena async <= 1.10x raw httpx async (paired)", PAIRED, "cpu_ratio",
           "provena-async", "", "<=", 1.10),
    Target("per-call client CPU, provena sync <= 1.10x raw httpx (paired)", PAIRED, "cpu_ratio",
           "provena-sync", "", "<=", 1.10),
    Target("list 2,001 items client CPU, provena sync <= 1.8x raw httpx", LIST, "cpu_s", "provena-sync", "httpx",
           "<=", 1.8),
    Target("list 2,001 items client CPU, provena async <= 1.8x raw httpx", LIST, "cpu_s", "provena-async",
           "httpx", "<=", 1.8),
    Target("per-call wall, provenaclient / provena async >= 10x", SEQUENTIAL, "per_call_wall_us",
           "provenaclient", "provena-async", ">=", 10.0),
    Target("per-call wall, provenaclient / provena sync >= 10x", SEQUENTIAL, "per_call_wall_us",
           "provenaclient", "provena-sync", ">=", 10.0),
    Target("bulk wall, provenaclient / provena async >= 10x", BULK, "wall_s", "provenaclient", "provena-async",
           ">=", 10.0),
)  # fmt: skip

# Ratios shown for information (no target): (label, workload, metric, numerator, denominator).
INFO_RATIOS = (
    ("per-call CPU, provena async / raw httpx async (separate processes)", SEQUENTIAL, "per_call_cpu_us",
     "provena-async", "httpx-async"),
    ("per-call CPU, provena sync / raw httpx (separate processes)", SEQUENTIAL, "per_call_cpu_us", "provena-sync",
     "httpx"),
    ("per-call wall, provena async / raw httpx async", SEQUENTIAL, "per_call_wall_us", "provena-async",
     "httpx-async"),
    ("per-call CPU, provena async / raw httpx (sync client)", SEQUENTIAL, "per_call_cpu_us", "provena-async",
     "httpx"),
    ("per-call wall, provena sync / raw httpx", SEQUENTIAL, "per_call_wall_us", "provena-sync", "httpx"),
    ("per-call CPU, provenaclient / provena async", SEQUENTIAL, "per_call_cpu_us", "provenaclient", "provena-async"),
    ("bulk wall, provena async / raw httpx async", BULK, "wall_s", "provena-async", "httpx-async"),
    ("first call, provenaclient / provena async", FIRST_CALL, "wall_s", "provenaclient", "provena-async"),
    ("first call, provena async / raw httpx (sync client)", FIRST_CALL, "wall_s", "provena-async", "httpx"),
    ("list wall, provenaclient / provena async", LIST, "wall_s", "provenaclient", "provena-async"),
    ("list wall, provena async / raw httpx", LIST, "wall_s", "provena-async", "httpx"),
    ("peak RSS, provena async / provenaclient", SEQUENTIAL, "maxrss_kib", "provena-async", "provenaclient"),
    ("import httpx / provenaclient", "import", "import_s", "httpx", "provenaclient"),
)  # fmt: skip


def medians(results: Iterable[dict[str, Any]]) -> dict[str, dict[str, dict[str, float]]]:
    """{workload: {contender: {metric: median over successful rounds}}} (imports under "import")."""
    grouped: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in results:
        if r.get("ok"):
            grouped.setdefault((r["workload"], r["contender"]), []).append(r)
    out: dict[str, dict[str, dict[str, float]]] = {}
    for (workload, contender), runs in grouped.items():
        keys = {k for r in runs for k, v in r.items() if isinstance(v, int | float) and not isinstance(v, bool)}
        out.setdefault(workload, {})[contender] = {
            k: statistics.median(r[k] for r in runs if k in r) for k in sorted(keys - {"round"})
        } | {"rounds": len(runs)}
    return out


def _value(med: dict[str, Any], workload: str, contender: str, metric: str) -> float | None:
    v = med.get(workload, {}).get(contender, {}).get(metric)
    return None if v is None else float(v)


def _ratio(med: dict[str, Any], workload: str, metric: str, num: str, den: str) -> float | None:
    if not den:
        return _value(med, workload, num, metric)
    a, b = _value(med, workload, num, metric), _value(med, workload, den, metric)
    return None if a is None or not b else a / b


def evaluate(med: dict[str, Any]) -> dict[str, Any]:
    targets = []
    for t in TARGETS:
        r = _ratio(med, t.workload, t.metric, t.numerator, t.denominator)
        met = None if r is None else (r <= t.bound if t.op == "<=" else r >= t.bound)
        targets.append({"target": t.name, "ratio": r, "bound": f"{t.op} {t.bound}", "met": met})
    info = [{"ratio_of": label, "ratio": _ratio(med, w, m, a, b)} for label, w, m, a, b in INFO_RATIOS]
    return {"targets": targets, "info": info}


def _fmt(v: float | None, digits: int = 1) -> str:
    return "n/a" if v is None else f"{v:,.{digits}f}"


def _ratio_text(r: float | None) -> str:
    return "n/a" if r is None else f"{r:.3g}x"


def table(med: dict[str, Any], contenders: list[str], evaluation: dict[str, Any], gen: dict[str, Any]) -> str:
    cols = [*contenders]
    width = max(len(c) for c in cols) + 2
    lines = ["", "median of rounds".ljust(44) + "".join(c.rjust(width) for c in cols)]
    imports = med.get("import", {})
    lines.append("import time (in-process), ms".ljust(44) + "".join(
        _fmt(None if (v := imports.get(c, {}).get("import_s")) is None else v * 1e3, 2).rjust(width)
        for c in _import_columns(cols)))  # fmt: skip
    lines.append("import: whole fresh process, ms".ljust(44) + "".join(
        _fmt(None if (v := imports.get(c, {}).get("process_s")) is None else v * 1e3).rjust(width)
        for c in _import_columns(cols)))  # fmt: skip
    for workload, metric, label, scale, unit in METRICS:
        row = [_value(med, workload, c, metric) for c in cols]
        lines.append(f"{label}, {unit}".ljust(44) + "".join(
            _fmt(None if v is None else v * scale).rjust(width) for v in row))  # fmt: skip
    lines.append("")
    for t in evaluation["targets"]:
        verdict = {True: "MET", False: "MISSED", None: "not measured"}[t["met"]]
        lines.append(f"  [{verdict:^12}] {t['target']}: {_ratio_text(t['ratio'])}")
    lines.append("")
    for i in evaluation["info"]:
        lines.append(f"  {i['ratio_of']}: {_ratio_text(i['ratio'])}")
    if gen:
        lines.append("")
        if gen.get("ok"):
            lines.append(f"  spec pipeline generate, 7 services: {gen['wall_s']:.1f} s wall")
        else:
            lines.append(f"  spec pipeline generate: not measured ({gen.get('error')})")
    return "\n".join(lines)


def _import_columns(cols: list[str]) -> list[str]:
    # The import row lines up with the contender columns: provena-* -> provena (provena-*@base -> provena@base),
    # httpx* -> httpx.
    def label(c: str) -> str:
        if c.startswith("provena-"):
            return "provena" + c[c.index("@"):] if "@" in c else "provena"
        return "httpx" if c.startswith("httpx") else c

    return [label(c) for c in cols]


# -- machine ---------------------------------------------------------------------------------------------
def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


VERSIONS_SNIPPET = (
    "import json, platform, sys\n"
    "from importlib import metadata\n"
    "out = {'python': platform.python_version(), 'implementation': platform.python_implementation()}\n"
    "for d in sys.argv[1:]:\n"
    "    try:\n"
    "        out[d] = metadata.version(d)\n"
    "    except metadata.PackageNotFoundError:\n"
    "        out[d] = None\n"
    "print(json.dumps(out))\n"
)


def env_versions(python: str, dists: list[str], cwd: Path) -> dict[str, Any]:
    proc = subprocess.run([python, "-c", VERSIONS_SNIPPET, *dists], capture_output=True, text=True, timeout=60,
                          cwd=cwd)  # fmt: skip
    if proc.returncode != 0:
        return {"error": proc.stderr.strip()[-300:]}
    versions: dict[str, Any] = json.loads(proc.stdout)
    return versions


def machine() -> dict[str, Any]:
    affinity = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    mem_kib = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kib = int(line.split()[1])
    except OSError:
        pass
    return {"cpu_model": _cpu_model(), "cpu_count": os.cpu_count(), "cpus_usable": affinity,
            "memory_gib": None if mem_kib is None else round(mem_kib / 1024 / 1024, 1),
            "platform": platform.platform(), "machine": platform.machine()}  # fmt: skip


def write_json(out_dir: Path, stamp: str, payload: dict[str, Any]) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"bench-{stamp}.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(payload, indent=2, sort_keys=False) + "\n")
    tmp.replace(path)  # atomic: a half-written result never sits under its final name
    return path
