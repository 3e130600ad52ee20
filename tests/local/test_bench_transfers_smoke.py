"""Smoke run of the transfer benchmark's whole code path (`python -m scripts.bench --quick`): stack, datasets,
worker processes, result checks, table and JSON. Tiny sizes; nothing about speed is asserted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("boto3")
pytest.importorskip("moto")
REPO = Path(__file__).resolve().parents[2]


@pytest.mark.timeout(300)
def test_quick_transfer_bench_runs_and_checks_every_result(tmp_path: Path) -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), str(REPO / "generated"), env.get("PYTHONPATH", "")])
    cmd = [sys.executable, "-m", "scripts.bench", "--quick", "--skip-api", "--only", "provena,boto3-loop",
           "--transfer-sets", "1x9MiB,3x4KiB", "--out-dir", str(tmp_path),
           "--provenaclient-python", str(tmp_path / "absent" / "python")]  # fmt: skip
    proc = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=280)
    assert proc.returncode == 0, proc.stderr[-2000:]
    (written,) = tmp_path.glob("bench-*.json")
    payload = json.loads(written.read_text())
    results = [r for r in payload["results"] if "-" in r["workload"] and r["workload"].split("-")[0] in
               ("upload", "download")]  # fmt: skip
    seen = {(r["workload"], r["contender"]) for r in results}
    assert seen == {(f"{d}-{s}", c) for d in ("upload", "download") for s in ("1x9MiB", "3x4KiB")
                    for c in ("provena", "boto3-loop")}  # fmt: skip
    assert all(r["ok"] for r in results), [r.get("error") for r in results if not r["ok"]]
    assert all(r["maxrss_kib"] > 0 and r["bytes"] > 0 for r in results)
    assert {t["target"].split(":")[0] for t in payload["evaluation"]["transfer_targets"]} >= {"upload-1x9MiB"}
    assert "transfers: wall s" in proc.stdout
