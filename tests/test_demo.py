"""`python -m scripts.demo` end to end, as `nox -s demo` runs it: a fresh local stack in a subprocess, the whole
researcher workflow, and the files it leaves (a valid SVG with one box per lineage node, the DOT text, and a
.docx that opens as a Word document). Also: a failing step exits 1 with one clear line, Ctrl-C exits 130, and
the stack is stopped in every case. Loopback only (the demo refuses a stack that is not on 127.0.0.1)."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("provena.local.server", reason="the demo needs the `local` extra (the local stack)")

REPO = Path(__file__).resolve().parents[1]
SVG = "{http://www.w3.org/2000/svg}"
DEMO_TIMEOUT_S = 300.0
# What must never reach the demo's output: the seeded password, bearer tokens / JWTs, S3 secrets.
SECRET_PATTERNS = [r"researcher-password", r"admin-password", r"Bearer\s", r"eyJ[A-Za-z0-9_-]{10,}",
                   r"aws_secret_access_key", r"aws_session_token", r"refresh_token", r"access_token"]  # fmt: skip

pytestmark = [pytest.mark.stack, pytest.mark.timeout(150)]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _demo(out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scripts.demo", "--out", str(out)], cwd=REPO, env=_env(),
                          capture_output=True, text=True, timeout=DEMO_TIMEOUT_S)  # fmt: skip


def _stack_port(stdout: str) -> int:
    found = re.search(r"\[stack\] ready at http://127\.0\.0\.1:(\d+)", stdout)
    assert found, stdout
    return int(found.group(1))


def _assert_stopped(port: int) -> None:
    # The stack's port refuses connections once the demo has returned: it did not outlive the demo.
    deadline = time.monotonic() + 5
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                pass
        except OSError:
            return
        assert time.monotonic() < deadline, f"the local stack on port {port} is still running after the demo"
        time.sleep(0.1)


def test_demo_runs_the_workflow_and_leaves_the_picture_and_the_report(tmp_path: Path) -> None:
    out = tmp_path / "demo-output"
    result = _demo(out)  # (its timeout is a hang guard, not a speed check)
    assert result.returncode == 0, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    stdout = result.stdout

    # numbered steps, each saying which facade it uses and how long it took, in order
    facade = r"\((async|sync) facade: (provena\.ProvenaClient|provena\.sync\.ProvenaClient)\)"
    headers = re.findall(rf"^\[(\d)/7\] .*{facade}", stdout, flags=re.MULTILINE)
    assert [h[0] for h in headers] == ["1", "2", "3", "4", "5", "6"]
    assert {h[1] for h in headers} == {"async", "sync"}
    assert len(re.findall(r"^      done in \d+\.\d\d s$", stdout, flags=re.MULTILINE)) == 7
    assert "check that it shows the code" in stdout  # the device prompt was shown
    assert "identical to the upload" in stdout  # the S3 round trip compared the bytes
    assert re.search(r"job SUCCEEDED after [\d.]+ s: model run 10378\.1/\d+", stdout)
    for pattern in SECRET_PATTERNS:
        assert not re.search(pattern, stdout + result.stderr, flags=re.IGNORECASE), pattern
    _assert_stopped(_stack_port(stdout))

    counts = re.search(r"combined (\d+) / (\d+)", stdout)
    assert counts, stdout
    nodes, links = int(counts.group(1)), int(counts.group(2))
    assert nodes >= 11 and links >= 10  # the 11 items the demo made, at least, plus their activities

    root = ET.parse(out / "lineage.svg").getroot()  # well-formed XML
    assert root.tag == f"{SVG}svg"
    node_groups = [g for g in root.iter(f"{SVG}g") if g.get("class") == "node"]
    assert len(node_groups) == nodes
    assert len([g for g in root.iter(f"{SVG}g") if g.get("class") == "edge"]) == links
    subtypes = {g.get("data-subtype") for g in node_groups}
    assert {"DATASET", "MODEL_RUN", "PERSON", "ORGANISATION", "MODEL"} <= subtypes
    assert "Coral bleaching run 2024-01" in "".join(root.itertext())  # boxes carry the display names

    dot = (out / "lineage.dot").read_text()
    assert dot.startswith("digraph") and dot.count(" -> ") == links

    with zipfile.ZipFile(out / "report.docx") as docx:
        assert "word/document.xml" in docx.namelist()
        document = docx.read("word/document.xml").decode()
    run_id = re.search(r"model_run\s+(10378\.1/\d+)", stdout)
    assert run_id and run_id.group(1) in document  # the report is about this run


def test_a_failing_step_exits_1_with_one_clear_message_and_stops_the_stack(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the output folder should go\n")
    result = _demo(blocker)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAILED after" in result.stdout
    assert re.search(r"^demo failed at step 6 \(Lineage picture.*\) failed: \w+Error: ", result.stderr,
                     flags=re.MULTILINE), result.stderr  # fmt: skip
    assert "Traceback" not in result.stderr
    _assert_stopped(_stack_port(result.stdout))


def test_ctrl_c_stops_the_stack_and_exits_130(tmp_path: Path) -> None:
    process = subprocess.Popen([sys.executable, "-m", "scripts.demo", "--out", str(tmp_path / "out")], cwd=REPO,
                               env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    seen = ""
    try:
        assert process.stdout is not None
        for line in process.stdout:  # interrupt as soon as the stack is up and the first step has begun
            seen += line
            if line.startswith("[1/7]"):
                process.send_signal(signal.SIGINT)
                break
        rest, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 130, seen + rest + err
    assert "interrupted" in err
    _assert_stopped(_stack_port(seen))
