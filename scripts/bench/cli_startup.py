"""Cold start of the `provena` command: `provena --help` and `provena --version` in fresh processes (issue 13).

    python -m scripts.bench.cli_startup [--runs 21] [--json FILE]

`nox -s bench` also runs `measure_fetch` against its stack: `provena fetch ID` in fresh processes beside a one-shot
raw-httpx script doing the same GET (issue 15: what every script, CLI call and HPC job pays for its first call).

Target: `provena --help` ≤ 150 ms wall on the project's 2-vCPU machine. For scale the run also times an empty
interpreter (`python -c pass`, the floor every Python command pays), `import click`, and, when they are on PATH,
`aws --version`-class tools (`aws`, `gh`, `hf`). Runs interleave the commands and the medians are reported; the
command is started as `python -m provena` (no console-script wrapper, which adds nothing measurable), from the
repository so a source checkout works without an install. A benchmark, not a test: nothing here fails a build.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TARGET_MS = 150.0


def _commands() -> dict[str, list[str]]:
    py = sys.executable
    commands = {
        "python -c pass": [py, "-c", "pass"],
        "python -c 'import click'": [py, "-c", "import click"],
        "provena --version": [py, "-m", "provena", "--version"],
        "provena --help": [py, "-m", "provena", "--help"],
        "provena dataset --help": [py, "-m", "provena", "dataset", "--help"],
    }
    for tool in ("aws", "gh", "hf"):
        found = shutil.which(tool)
        if found:
            commands[f"{tool} --version"] = [found, "--version"]
    return commands


# The one-shot raw-httpx equivalent of `provena fetch ID --json`: the same GET with a bearer token, JSON printed.
RAW_FETCH = (
    "import httpx, json, os, sys\n"
    "r = httpx.get(os.environ['BENCH_FETCH_URL'], params={'id': sys.argv[1]},\n"
    "              headers={'Authorization': 'Bearer ' + os.environ['BENCH_FETCH_TOKEN']}, timeout=30)\n"
    "r.raise_for_status(); print(json.dumps(r.json()))"
)


def measure_fetch(runs: int, config_path: Path, registry_url: str, token: str, item_id: str,
                  home: Path) -> dict[str, dict[str, float]]:  # fmt: skip
    """`provena fetch ID` (logged in once beforehand, tokens in `home`) against raw httpx, fresh processes each."""
    py = sys.executable
    env = {"XDG_CONFIG_HOME": str(home), "BENCH_FETCH_URL": registry_url + "/registry/general/fetch",
           "BENCH_FETCH_TOKEN": token}  # fmt: skip
    base = [py, "-m", "provena", "--config", str(config_path)]
    login = subprocess.run([*base, "login", "--username", "researcher", "--password-stdin"],
                           input=b"researcher-password", cwd=REPO, env=_env(env), capture_output=True,
                           timeout=120)  # fmt: skip
    if login.returncode != 0:
        raise SystemExit(f"provena login exited {login.returncode}: {login.stderr.decode(errors='replace')[-300:]}")
    commands = {"provena fetch ID": [*base, "fetch", item_id, "--json"],
                "raw httpx fetch (one-shot script)": [py, "-c", RAW_FETCH, item_id]}  # fmt: skip
    return measure(runs, commands, env)


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    path = os.pathsep.join([str(REPO), str(REPO / "generated"), os.environ.get("PYTHONPATH", "")])
    return {**os.environ, "PYTHONPATH": path, **(extra or {})}


def measure(runs: int, commands: dict[str, list[str]] | None = None,
            extra_env: dict[str, str] | None = None) -> dict[str, dict[str, float]]:  # fmt: skip
    env = _env(extra_env)
    commands = commands or _commands()
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, argv in commands.items():  # interleaved, so a noisy moment hits every command alike
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            done = subprocess.run(argv, cwd=REPO, env=env, capture_output=True, timeout=60)
            elapsed = (time.perf_counter() - started) * 1e3
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if done.returncode != 0:
                raise SystemExit(f"{name} exited {done.returncode}: {done.stderr.decode(errors='replace')[-300:]}")
            times[name].append(elapsed)
            # CPU of the child alone: on a busy machine wall time also counts the waiting for a core.
            cpu[name].append((after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1e3)
    return {name: {"median_ms": statistics.median(t), "min_ms": min(t), "max_ms": max(t),
                   "cpu_median_ms": statistics.median(cpu[name])} for name, t in times.items()}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.bench.cli_startup", description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=21, help="fresh processes per command (default 21)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be >= 1")
    results = measure(args.runs)
    width = max(len(name) for name in results)
    print(f"{'command':<{width}}  wall median      min      max   CPU median   ({args.runs} fresh processes each)")
    for name, r in results.items():
        print(f"{name:<{width}}  {r['median_ms']:8.1f} ms {r['min_ms']:6.1f} ms {r['max_ms']:6.1f} ms"
              f" {r['cpu_median_ms']:8.1f} ms")  # fmt: skip
    helped = results["provena --help"]
    verdict = "met" if helped["median_ms"] <= TARGET_MS else "NOT met"
    print(f"target: provena --help <= {TARGET_MS:.0f} ms wall (median): {helped['median_ms']:.1f} ms, {verdict}"
          f" (CPU {helped['cpu_median_ms']:.1f} ms; on a busy machine CPU is the fairer figure)")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps({"runs": args.runs, "target_ms": TARGET_MS, "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
