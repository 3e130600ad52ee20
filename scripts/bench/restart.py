"""`python -m scripts.bench.restart`: start and stop time of `serve --data-dir` holding N stored objects.

Fills a fresh data dir with `--objects` S3 objects through the stack's S3 endpoint (stack credentials,
a few threads), then for each round: SIGTERM -> process exit (stop), spawn -> config file written
(start: interpreter, imports, state and object index opened, servers listening), and one object read back
after the start, so a start that only looks ready is caught. Loopback only; every wait is bounded.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
READY_TIMEOUT = 120.0
STOP_TIMEOUT = 120.0


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), str(REPO / "generated"), env.get("PYTHONPATH", "")])
    return env


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) a live process has used: what a start costs, whatever else the machine runs."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start(data_dir: Path, config: Path, log: Path) -> tuple[subprocess.Popen[bytes], float, dict[str, Any]]:
    config.unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "provena.local", "serve", "--host", "127.0.0.1", "--port", "0",
           "--data-dir", str(data_dir), "--config-out", str(config)]  # fmt: skip
    began = time.perf_counter()
    with log.open("ab") as out:
        process = subprocess.Popen(cmd, cwd=REPO, stdout=out, stderr=subprocess.STDOUT, env=_env())
    deadline = time.monotonic() + READY_TIMEOUT
    while not config.exists():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"stack did not start:\n{log.read_text()[-2000:]}")
        time.sleep(0.005)
    ready = time.perf_counter() - began
    CPU_AT_READY[process.pid] = cpu_seconds(process.pid)
    return process, ready, json.loads(config.read_text())


CPU_AT_READY: dict[int, float] = {}


def stop(process: subprocess.Popen[bytes]) -> tuple[float, float]:
    """Wall seconds from SIGTERM to exit, and the CPU seconds the process spent in them."""
    cpu_before = cpu_seconds(process.pid)
    began = time.perf_counter()
    process.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + STOP_TIMEOUT
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            process.returncode = os.waitstatus_to_exitcode(status)
            return time.perf_counter() - began, usage.ru_utime + usage.ru_stime - cpu_before
        if time.monotonic() > deadline:
            process.kill()
            process.wait()
            return float("inf"), float("inf")
        time.sleep(0.002)


def _client(endpoint: str) -> Any:
    import boto3
    from botocore.config import Config

    from provena.local.context import S3Settings

    s = S3Settings(endpoint=endpoint)
    return boto3.client("s3", endpoint_url=endpoint, region_name=s.region, aws_access_key_id=s.access_key,
                        aws_secret_access_key=s.secret_key,
                        config=Config(max_pool_connections=16, retries={"max_attempts": 1}))  # fmt: skip


def fill(endpoint: str, objects: int, size: int, threads: int) -> float:
    from provena.local.context import S3Settings

    bucket = S3Settings(endpoint="").bucket
    client = _client(endpoint)
    client.create_bucket(Bucket=bucket)
    body = b"x" * size
    began = time.perf_counter()

    def put(i: int) -> None:
        client.put_object(Bucket=bucket, Key=f"datasets/bench-{i // 1000:02d}/file-{i:06d}.bin", Body=body)

    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(put, range(objects)))
    return time.perf_counter() - began


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m scripts.bench.restart", description=__doc__)
    p.add_argument("--objects", type=int, default=10_000)
    p.add_argument("--size", type=int, default=1024, help="bytes per object (default 1024)")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--threads", type=int, default=8, help="concurrent PUTs while filling")
    p.add_argument("--out", type=Path, help="write the figures as JSON here")
    p.add_argument("--data-dir", type=Path, help="keep the filled data dir here (reused when already filled)")
    args = p.parse_args(argv)

    from provena.local.context import S3Settings

    bucket = S3Settings(endpoint="").bucket
    with tempfile.TemporaryDirectory(prefix="provena-restart-") as tmp:
        data, config, log = args.data_dir or Path(tmp) / "data", Path(tmp) / "stack.json", Path(tmp) / "stack.log"
        filled = (data / "s3" / "index.sqlite3").exists()
        process, first_start, cfg = start(data, config, log)
        fill_s = float("nan") if filled else fill(cfg["s3_endpoint"], args.objects, args.size, args.threads)
        starts, stops, start_cpu, stop_cpu = [], [], [], []
        for _ in range(args.rounds):
            wall, cpu = stop(process)
            stops.append(wall)
            stop_cpu.append(cpu)
            process, ready, cfg = start(data, config, log)
            starts.append(ready)
            start_cpu.append(CPU_AT_READY[process.pid])
            key = f"datasets/bench-{(args.objects - 1) // 1000:02d}/file-{args.objects - 1:06d}.bin"
            got = _client(cfg["s3_endpoint"]).get_object(Bucket=bucket, Key=key)["Body"].read()
            assert len(got) == args.size, "an object stored before the restart did not come back"
        wall, cpu = stop(process)
        stops.append(wall)
        stop_cpu.append(cpu)
        ready_lines = [line for line in log.read_text().splitlines() if "ready at" in line]
    result = {
        "objects": args.objects, "object_bytes": args.size, "rounds": args.rounds,
        "fill_seconds": round(fill_s, 2), "puts_per_second": round(args.objects / fill_s, 1),
        "empty_start_seconds": round(first_start, 3),
        "start_seconds": [round(s, 3) for s in starts], "stop_seconds": [round(s, 3) for s in stops],
        "start_median": round(statistics.median(starts), 3), "stop_median": round(statistics.median(stops), 3),
        "start_max": round(max(starts), 3), "stop_max": round(max(stops), 3),
        "start_cpu_seconds": [round(s, 3) for s in start_cpu], "stop_cpu_seconds": [round(s, 3) for s in stop_cpu],
        "load_average_1min": round(os.getloadavg()[0], 2), "cores": os.cpu_count(),
        "stack_ready_lines": ready_lines,  # the stack's own figure: serve() entry to listening (no interpreter/imports)
    }  # fmt: skip
    print(json.dumps(result, indent=2))
    if args.out is not None:
        args.out.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
