"""Cold start of the `provena` command: `provena --help` and `provena --version` in fresh processes (issue 13).

    python -m scripts.bench.cli_startup [--runs 21] [--json FILE]

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


def measure(runs: int) -> dict[str, dict[str, float]]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "generated"),
                                                         os.environ.get("PYTHONPATH", "")])}  # fmt: skip
    commands = _commands()
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
