"""`python -m scripts.bench`: the whole benchmark in one run (what `nox -s bench` calls).

Order: import times (fresh processes, contenders alternating) -> local stack started once and seeded ->
rounds, each running every workload for every available contender in turn (A, B, C, A, B, C, ...) ->
stack stopped -> spec pipeline `generate` timed into a scratch directory -> table printed, JSON written.

Each measurement is a subprocess in the contender's own virtualenv (see contenders.py), so client CPU time and
peak RSS belong to that client; the server is yet another process. Everything is bounded by timeouts and
talks to 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from . import cli_startup, report, transfers
from . import stack as stackmod
from .contenders import CONTENDERS, FIRST_CALL, IMPORTS, PAIRED, TRANSFER_CONTENDERS, WORKLOADS, Contender
from .workers import TOKEN_ENV

BY_API_NAME = {c.name for c in CONTENDERS}

REPO = Path(__file__).resolve().parents[2]
DEFAULT_PC_PYTHON = REPO / ".nox" / "bench-provenaclient" / "bin" / "python"
OUR_DISTS = ["provena-sdk", "httpx", "httpcore", "sniffio", "attrs", "provena-interfaces-v2", "fastapi", "uvicorn",
             "pydantic", "openapi-python-client"]  # fmt: skip
PC_DISTS = ["provenaclient", "httpx", "httpcore", "pydantic", "provena-interfaces-v2", "boto3"]

IMPORT_SNIPPET = (
    "import sys, time\n"
    "n = len(sys.modules)\n"
    "t = time.perf_counter()\n"
    "import {module}\n"
    "print(time.perf_counter() - t, len(sys.modules) - n)\n"
)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m scripts.bench", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    p.add_argument(
        "--provenaclient-python",
        type=Path,
        default=DEFAULT_PC_PYTHON,
        help="interpreter of the virtualenv holding the official provenaclient (default: %(default)s)",
    )
    p.add_argument("--rounds", type=int, default=3, help="rounds of every workload (default 3)")
    p.add_argument("--first-calls", type=int, default=5,
                   help="fresh processes per contender and round for the first call, interleaved (default 5): "
                        "one start-up is a few hundred ms and varies by tens of percent from one process to "
                        "the next on a busy or virtual machine")  # fmt: skip
    p.add_argument("--import-runs", type=int, default=11, help="fresh processes per import (>= 9; default 11)")
    p.add_argument("--calls", type=int, default=1000, help="fetch_dataset calls per sequential/bulk run")
    p.add_argument("--warmup", type=int, default=20, help="untimed calls before a sequential run")
    p.add_argument("--concurrency", type=int, default=16, help="requests in flight in the bulk workload")
    p.add_argument("--items", type=int, default=2000, help="organisations seeded for the listing workload")
    p.add_argument("--page-size", type=int, default=100, help="page size for every contender's listing")
    p.add_argument("--only", default="", help="comma-separated contender names (default: all)")
    p.add_argument("--skip-imports", action="store_true")
    p.add_argument("--skip-generate", action="store_true")
    p.add_argument("--worker-timeout", type=float, default=600.0, help="seconds per measurement process")
    p.add_argument("--out-dir", type=Path, default=REPO / "bench")
    p.add_argument("--baseline", type=Path, default=None,
                   help="another checkout of this repository (e.g. `git worktree add ../base main`): its provena "
                        "also runs, as provena-async@base / provena-sync@base, interleaved with the others, so "
                        "before/after ratios come from one run")  # fmt: skip
    p.add_argument("--transfer-sets", default=transfers.DEFAULT_SETS,
                   help="transfer workloads as COUNTxSIZE,... (first: the big file, last: the small files; "
                        "default %(default)s)")  # fmt: skip
    p.add_argument("--skip-api", action="store_true", help="no API workloads (first call, sequential, bulk, list)")
    p.add_argument("--skip-transfers", action="store_true", help="no transfer workloads")
    p.add_argument("--skip-cli", action="store_true", help="no cold start of the `provena` command")
    p.add_argument("--quick", action="store_true",
                   help=f"a smoke run of every code path: 1 round, tiny sizes (transfers {transfers.QUICK_SETS}), "
                        "no imports or generate; its numbers mean nothing")  # fmt: skip
    args = p.parse_args(argv)
    if args.quick:
        args.rounds, args.import_runs, args.calls, args.warmup, args.items, args.first_calls = 1, 1, 20, 2, 20, 1
        args.skip_imports = args.skip_generate = True
        if args.transfer_sets == transfers.DEFAULT_SETS:
            args.transfer_sets = transfers.QUICK_SETS
    try:
        args.sets = transfers.parse_sets(args.transfer_sets)
    except ValueError as exc:
        p.error(str(exc))
    if min(args.import_runs, args.rounds, args.calls, args.concurrency, args.page_size, args.first_calls) < 1:
        p.error("--rounds, --first-calls, --import-runs, --calls, --concurrency and --page-size must be >= 1")
    return args


BASE = "@base"  # suffix of the contenders run from the --baseline checkout


class Envs:
    """Interpreter, environment and working directory per virtualenv name ("ours", "provenaclient", "base")."""

    def __init__(self, pc_python: Path, baseline: Path | None = None) -> None:
        ours = dict(os.environ)
        # Works from the dev venv too, where provena is not installed: the repo and generated/ on the path.
        ours["PYTHONPATH"] = os.pathsep.join([str(REPO), str(REPO / "generated"), ours.get("PYTHONPATH", "")])
        theirs = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        self.python = {"ours": sys.executable, "provenaclient": str(pc_python)}
        self.environ = {"ours": ours, "provenaclient": theirs}
        self.missing = {} if pc_python.exists() else {
            "provenaclient": f"no virtualenv at {pc_python} (`nox -s bench` creates it; or pass --provenaclient-python)"
        }  # fmt: skip
        self.cwd: dict[str, Path] = {}
        if baseline is not None:
            # Our venv, the other checkout's code: its directory first on the path and the working directory,
            # so `provena`, `provena_api_*` and the worker itself all come from there.
            base = baseline.resolve()
            self.python["base"] = sys.executable
            self.environ["base"] = {**os.environ, "PYTHONPATH": os.pathsep.join([str(base), str(base / "generated")])}
            self.cwd["base"] = base
            if not (base / "provena").is_dir() or not (base / "scripts" / "bench").is_dir():
                self.missing["base"] = f"{base} is not a checkout of this repository"


def byte_compile(envs: Envs) -> None:
    """Write the bytecode of the checkouts' own packages before anything is timed.

    An installed package has it (pip compiles at install), and so have the other contenders' site-packages; a
    checkout may not (a fresh clone, a regenerated generated/, PYTHONDONTWRITEBYTECODE=1 in the environment),
    and then every fresh process of ours would compile hundreds of modules that a user's never does.
    """
    trees = {"ours": REPO, **({"base": envs.cwd["base"]} if "base" in envs.cwd and "base" not in envs.missing else {})}
    for env, root in trees.items():
        dirs = [str(root / d) for d in ("provena", "generated", "scripts") if (root / d).is_dir()]
        subprocess.run([envs.python[env], "-m", "compileall", "-q", *dirs], check=True, capture_output=True,
                       timeout=600, env=envs.environ[env])  # fmt: skip


# -- imports ---------------------------------------------------------------------------------------------
def measure_imports(envs: Envs, runs: int, scratch: Path) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    imports = [*IMPORTS, *([("provena" + BASE, "base", "provena")] if "base" in envs.python else [])]
    for i in range(runs):
        for label, env, module in imports:  # alternating: provena, provenaclient, httpx, provena, ...
            if env in envs.missing:
                continue
            cwd = envs.cwd.get(env, REPO if env == "ours" else scratch)
            started = time.perf_counter()
            cmd = [envs.python[env], "-c", IMPORT_SNIPPET.format(module=module)]
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=cwd, env=envs.environ[env])
            process_s = time.perf_counter() - started
            if proc.returncode != 0:
                out.append({"workload": "import", "contender": label, "round": i, "ok": False,
                            "error": proc.stderr.strip()[-300:]})  # fmt: skip
                continue
            import_s, modules = proc.stdout.split()
            out.append({"workload": "import", "contender": label, "round": i, "ok": True,
                        "import_s": float(import_s), "process_s": process_s, "modules": int(modules)})  # fmt: skip
    return out


# -- workers ---------------------------------------------------------------------------------------------
def run_worker(envs: Envs, c: Contender, workload: str, spec: dict[str, Any], token: str,
               timeout: float) -> dict[str, Any]:  # fmt: skip
    env = dict(envs.environ[c.env])
    env[TOKEN_ENV] = token
    if "s3_endpoint" in spec:  # the official client's S3 client (cloudpathlib) takes its endpoint from here
        env |= {"AWS_ENDPOINT_URL": str(spec["s3_endpoint"]), "AWS_DEFAULT_REGION": "us-east-1"}
    adapter = c.name.removesuffix(BASE)  # a baseline contender runs the same adapter from the other checkout
    cmd = [envs.python[c.env], "-m", "scripts.bench.workers", adapter, workload, json.dumps(spec)]
    cwd = envs.cwd.get(c.env, REPO)
    try:
        t0 = time.monotonic_ns()
        proc = subprocess.run([*cmd, str(t0)], capture_output=True, text=True, timeout=timeout, cwd=cwd, env=env)
    except subprocess.TimeoutExpired:
        return {"contender": c.name, "workload": workload, "ok": False, "error": f"timed out after {timeout:.0f}s"}
    lines = proc.stdout.strip().splitlines()
    try:
        result: dict[str, Any] = json.loads(lines[-1])
    except (IndexError, ValueError):
        tail = proc.stderr.strip()[-500:].replace(token, "<token>")
        return {"contender": c.name, "workload": workload, "ok": False,
                "error": f"worker exited {proc.returncode} without a result: {tail}"}  # fmt: skip
    result["contender"] = c.name
    return result


def _progress(r: dict[str, Any]) -> str:
    head = f"  {r['workload']:<10} {r['contender']:<19}"
    if not r.get("ok"):
        return f"{head} FAILED: {r.get('error')}"
    if r["workload"] == "first_call":
        return f"{head} {r['wall_s'] * 1e3:8.1f} ms to first result"
    if r["workload"] == "paired":
        return (f"{head} {r['cpu_ratio']:7.3f}x CPU per call of its raw httpx twin (median of {r['batches']} batch "
                f"pairs; {r['per_call_cpu_us']:.1f} vs {r['ref_per_call_cpu_us']:.1f} us/call)")  # fmt: skip
    if r["workload"] in ("sequential", "bulk"):
        return (f"{head} {r['wall_s']:7.2f} s wall, {r['per_call_wall_us']:8.1f} us/call wall, "
                f"{r['per_call_cpu_us']:8.1f} us/call CPU, {r['maxrss_kib'] / 1024:6.1f} MiB peak")  # fmt: skip
    return f"{head} {r['wall_s'] * 1e3:8.1f} ms for {r['n']} items, {r['cpu_s'] * 1e3:7.1f} ms CPU"


# -- transfers -------------------------------------------------------------------------------------------
def run_transfers(args: argparse.Namespace, envs: Envs, movers: list[Contender], spec: dict[str, Any],
                  stack: Any, seeded: dict[str, Any], scratch: Path,
                  availability: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:  # fmt: skip
    active = []
    for c in movers:
        if c.env in envs.missing:
            availability["transfer:" + c.name] = {"available": False, "reason": envs.missing[c.env]}
            print(f"  transfers, {c.name}: skipped - {envs.missing[c.env]}")
        else:
            availability["transfer:" + c.name] = {"available": True, "reason": None}
            active.append(c)
    if not active:
        return []
    if not spec.get("s3_endpoint"):
        print("  transfers: skipped - the local stack runs without S3")
        return []
    print(f"transfers: preparing {args.transfer_sets} (sources, datasets, download datasets seeded)")
    ctx = transfers.prepare(stack, seeded, scratch, args.sets)

    def measure(c: Contender, workload: str, extra: dict[str, Any]) -> dict[str, Any]:
        r = run_worker(envs, c, workload, spec | extra, stack.token, args.worker_timeout)
        return r | {"contender": c.name, "workload": workload}

    results = []
    for rnd in range(args.rounds):
        print(f"transfers, round {rnd + 1}/{args.rounds}")
        order = active[rnd % len(active) :] + active[: rnd % len(active)]

        def show(r: dict[str, Any], rnd: int = rnd) -> None:
            r["round"] = rnd
            print(transfers.progress_line(r), flush=True)

        results += transfers.run_round(ctx, args.sets, order, measure, show)
    return results


# -- generate --------------------------------------------------------------------------------------------
def time_generate(scratch: Path) -> dict[str, Any]:
    """Wall time of the spec pipeline's `generate` for all 7 services, into a scratch dir (generated/ untouched)."""
    pipeline = [sys.executable, "-m", "scripts.spec_pipeline"]
    specs = REPO / "specs"
    if not (specs / "specs.lock").exists():
        # Nothing pinned yet: pin the local stack's documents into the scratch dir first (not timed).
        specs = scratch / "specs"
        proc = subprocess.run([*pipeline, "pull", "--export", "--specs-dir", str(specs)], cwd=REPO,
                              capture_output=True, text=True, timeout=600)  # fmt: skip
        if proc.returncode != 0:
            return {"ok": False, "error": f"pull --export failed: {proc.stderr.strip()[-300:]}"}
    cmd = [*pipeline, "generate", "--specs", str(specs), "--out", str(scratch / "generated")]
    started = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=1800)
    except subprocess.TimeoutExpired:
        return {"ok": False, "error": "timed out after 1800s"}
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        return {"ok": False, "error": (proc.stderr or proc.stdout).strip()[-300:]}
    source = str(specs.relative_to(REPO)) if specs.is_relative_to(REPO) else "pulled from the local stack"
    return {"ok": True, "wall_s": wall, "specs": source, "summary": proc.stdout.strip().splitlines()[-1:]}


# -- main ------------------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = dt.datetime.now(dt.UTC)
    stamp = started.strftime("%Y%m%dT%H%M%SZ")
    envs = Envs(args.provenaclient_python, args.baseline)
    known = [c.name for c in CONTENDERS] + [c.name for c in TRANSFER_CONTENDERS if c.name not in BY_API_NAME]
    wanted = {n for n in args.only.split(",") if n} or set(known)
    if unknown := wanted - set(known):
        print(f"unknown contender(s) {sorted(unknown)}; known: {known}", file=sys.stderr)
        return 2
    contenders = [] if args.skip_api else [c for c in CONTENDERS if c.name in wanted]
    if args.baseline is not None:
        # Without the paired workload: its worker may predate it (the separate sequential runs compare them).
        contenders += [dataclasses.replace(c, name=c.name + BASE, env="base", what=f"{c.what}, from {args.baseline}",
                                           workloads=tuple(w for w in c.workloads if w != PAIRED))
                       for c in list(contenders) if c.name.startswith("provena-")]  # fmt: skip
    movers = [] if args.skip_transfers else [c for c in TRANSFER_CONTENDERS if c.name in wanted]
    info = report.machine()
    print(
        f"provena bench {stamp}: {info['cpu_model']}, {info['cpus_usable']} usable CPUs, "
        f"Python {sys.version.split()[0]}"
    )
    versions = {"ours": report.env_versions(envs.python["ours"], OUR_DISTS, REPO)}
    if "provenaclient" not in envs.missing:
        versions["provenaclient"] = report.env_versions(envs.python["provenaclient"], PC_DISTS, REPO)
    for env, reason in envs.missing.items():
        print(f"  {env}: skipped - {reason}")
    byte_compile(envs)

    results: list[dict[str, Any]] = []
    availability: dict[str, dict[str, Any]] = {}
    gen: dict[str, Any] = {}
    seeded: dict[str, Any] = {}
    cli: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="provena-bench-scratch-") as tmp:
        scratch = Path(tmp)
        if not args.skip_imports:
            print(f"import time: {args.import_runs} fresh processes each, alternating")
            results += measure_imports(envs, args.import_runs, scratch)

        print("starting the local stack (--memory --seed 1)")
        stack = stackmod.start(REPO)
        try:
            stack.token = stackmod.password_token(stack)
            seeded = stackmod.seed(stack, 0 if args.skip_api else args.items)
            print(f"  seeded dataset {seeded['dataset_id']} and {seeded['expected_items']} organisations "
                  f"in {seeded['seconds']} s")  # fmt: skip
            spec = {"domain": stack.config["domain"], "realm_name": stack.config["realm_name"],
                    "api_overrides": stack.config["api_overrides"], "config_path": str(stack.config_path),
                    "s3_endpoint": stack.config.get("s3_endpoint"),
                    "dataset_id": seeded["dataset_id"], "expected_items": seeded["expected_items"],
                    "calls": args.calls, "warmup": args.warmup, "concurrency": args.concurrency,
                    "page_size": args.page_size, "timeout": 30}  # fmt: skip
            active: list[Contender] = []
            for c in contenders:
                if c.env in envs.missing:
                    availability[c.name] = {"available": False, "reason": envs.missing[c.env]}
                else:
                    probe = run_worker(envs, c, "probe", spec, stack.token, 120)
                    ok = bool(probe.get("ok") and probe.get("available"))
                    availability[c.name] = {"available": ok, "reason": probe.get("reason") or probe.get("error")}
                if availability[c.name]["available"]:
                    active.append(c)
                else:
                    print(f"  {c.name}: skipped - {availability[c.name]['reason']}")
            for rnd in range(args.rounds if active else 0):
                print(f"round {rnd + 1}/{args.rounds}")
                # Interleaved, and rotated each round so no contender always follows the same one (the
                # official client leaves ~1000 closed connections behind it, which slows whoever comes next).
                order = active[rnd % len(active) :] + active[: rnd % len(active)] if active else []
                for workload in WORKLOADS:
                    # First calls: A B C D A B C D ..., so slow and fast moments of the machine fall on all.
                    for c in order * (args.first_calls if workload == FIRST_CALL else 1):
                        if workload not in c.workloads:
                            continue
                        r = run_worker(envs, c, workload, spec, stack.token, args.worker_timeout)
                        r["round"] = rnd
                        results.append(r)
                        print(_progress(r), flush=True)
            results += run_transfers(args, envs, movers, spec, stack, seeded, scratch, availability)
            if not args.skip_cli:
                print(f"cold start of the provena command: {args.import_runs} fresh processes each, interleaved")
                cli = cli_startup.measure(args.import_runs)
                registry = str(stack.config["api_overrides"]["registry_api_endpoint_override"])
                cli |= cli_startup.measure_fetch(args.import_runs, stack.config_path, registry, stack.token,
                                                 seeded["dataset_id"], scratch / "cli-home")  # fmt: skip
                for name, r in cli.items():
                    print(f"  {name}: wall {r['median_ms']:.1f} ms, CPU {r['cpu_median_ms']:.1f} ms (medians)")
        finally:
            stack.stop()

        if not args.skip_generate:
            print("timing `python -m scripts.spec_pipeline generate` (7 services, scratch output)")
            gen = time_generate(scratch)

    med = report.medians(results)
    evaluation = report.evaluate(med)
    shown = [c.name for c in contenders]
    if contenders:
        print(report.table(med, shown, evaluation, gen))
    if movers:
        evaluation["transfer_targets"] = transfers.evaluate(med, args.sets)
        print(transfers.table(med, args.sets, [c.name for c in movers], evaluation["transfer_targets"]))
    payload = {
        "started": started.isoformat(), "finished": dt.datetime.now(dt.UTC).isoformat(),
        "machine": info, "versions": versions, "settings": {k: str(v) if isinstance(v, Path | list) else v
                                                            for k, v in vars(args).items()},
        "seed": seeded, "cli_startup": cli,
        "contenders": {c.name: {"what": c.what, "env": c.env, **availability.get(c.name, {})}
                       for c in contenders},
        "transfer_contenders": {c.name: {"what": c.what, "env": c.env, **availability.get("transfer:" + c.name, {})}
                                for c in movers},
        "medians": med, "evaluation": evaluation, "generate": gen, "results": results,
    }  # fmt: skip
    path = report.write_json(args.out_dir, stamp, payload)
    print(f"\nwrote {path.relative_to(REPO) if path.is_relative_to(REPO) else path}")
    return 0
