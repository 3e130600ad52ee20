"""The local stack for the whole run: started once (`--memory --seed 1`), seeded, stopped at the end.

Seeding goes through the stack's public HTTP API with raw httpx, as any client would: an organisation and a
Person linked to the researcher (minting needs both), one dataset, then the organisations to page through.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

LOOPBACK = {"127.0.0.1", "::1", "localhost"}
USERNAME, PASSWORD = "researcher", "researcher-password"


class StackError(RuntimeError):
    pass


@dataclass
class Stack:
    process: subprocess.Popen[bytes]
    config_path: Path
    config: dict[str, Any]
    log_path: Path
    workdir: tempfile.TemporaryDirectory[str]
    token: str = field(default="", repr=False)

    def url(self, service: str) -> str:
        return str(self.config["api_overrides"][f"{service}_endpoint_override"])

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        self.workdir.cleanup()


def start(repo: Path, *, seed: int = 1, timeout: float = 60.0, token_lifetime: int = 7200) -> Stack:
    """`python -m provena.local serve --memory --port 0 --seed N --config-out FILE`; waits for FILE."""
    workdir = tempfile.TemporaryDirectory(prefix="provena-bench-")
    config_path = Path(workdir.name) / "stack.json"
    log_path = Path(workdir.name) / "stack.log"
    cmd = [sys.executable, "-m", "provena.local", "serve", "--memory", "--host", "127.0.0.1", "--port", "0",
           "--seed", str(seed), "--config-out", str(config_path),
           "--access-token-lifetime", str(token_lifetime)]  # fmt: skip
    with log_path.open("wb") as log:
        process = subprocess.Popen(cmd, cwd=repo, stdout=log, stderr=subprocess.STDOUT, env=_env(repo))
    deadline = time.monotonic() + timeout
    while not config_path.exists():
        if process.poll() is not None:
            raise StackError(f"local stack exited with {process.returncode}:\n{log_path.read_text()[-2000:]}")
        if time.monotonic() > deadline:
            process.kill()
            raise StackError(f"local stack not ready after {timeout:.0f}s:\n{log_path.read_text()[-2000:]}")
        time.sleep(0.1)
    config = json.loads(config_path.read_text())
    stack = Stack(process, config_path, config, log_path, workdir)
    for name, url in config["api_overrides"].items():
        if url is not None and urlsplit(url).hostname not in LOOPBACK:
            stack.stop()
            raise StackError(f"{name} = {url} is not loopback; the bench only talks to 127.0.0.1")
    return stack


def _env(repo: Path) -> dict[str, str]:
    # The repo on the path, so the bench also runs from a dev venv where provena is not installed.
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(repo), env.get("PYTHONPATH", "")) if p)
    return env


def password_token(stack: Stack, client_id: str = "provena-local") -> str:
    """Resource-owner password grant against the stack's realm (researcher)."""
    url = stack.config["api_overrides"]["keycloak_endpoint_override"] + "/protocol/openid-connect/token"
    form = {"grant_type": "password", "username": USERNAME, "password": PASSWORD, "client_id": client_id}
    r = httpx.post(url, data=form, timeout=30)
    if r.status_code != 200:
        raise StackError(f"password grant failed: HTTP {r.status_code} {r.text[:200]}")
    return str(r.json()["access_token"])


def _ok(r: httpx.Response, what: str) -> dict[str, Any]:
    if r.status_code != 200:
        raise StackError(f"{what}: HTTP {r.status_code} {r.text[:300]}")
    body: dict[str, Any] = r.json()
    status = body.get("status")
    if isinstance(status, dict) and status.get("success") is False:
        raise StackError(f"{what}: {status.get('details')}")
    return body


def seed(stack: Stack, items: int) -> dict[str, Any]:
    """Mint one dataset and create `items` organisations; returns ids and the organisation count to expect."""
    reg, auth, data = stack.url("registry_api"), stack.url("auth_api"), stack.url("datastore_api")
    started = time.monotonic()
    with httpx.Client(headers={"Authorization": f"Bearer {stack.token}"}, timeout=30) as c:
        org = _ok(c.post(f"{reg}/registry/agent/organisation/create",
                         json={"display_name": "Bench organisation", "name": "Bench organisation"}),
                  "create organisation")["created_item"]["id"]  # fmt: skip
        person = _ok(c.post(f"{reg}/registry/agent/person/create",
                            json={"display_name": "Bench Researcher", "email": "researcher@example.org",
                                  "first_name": "Bench", "last_name": "Researcher", "ethics_approved": True}),
                     "create person")["created_item"]["id"]  # fmt: skip
        _ok(c.post(f"{auth}/link/user/assign", json={"person_id": person}), "link researcher to person")
        dataset_id = mint_dataset(c, data, org, person, "Bench dataset")
        # Not retried and not concurrent: creation is not idempotent.
        for i in range(items):
            _ok(c.post(f"{reg}/registry/agent/organisation/create",
                       json={"display_name": f"Bench org {i:05d}", "name": f"Bench org {i:05d}"}),
                f"create organisation {i}")  # fmt: skip
        # The count every contender must reach (the page's total_item_count counts one page only).
        expected, key = 0, None
        while True:
            body = {"page_size": 500, "pagination_key": key}
            page = _ok(c.post(f"{reg}/registry/agent/organisation/list", json=body), "list organisations")
            expected += len(page["items"])
            if not (key := page.get("pagination_key")):
                break
    return {"dataset_id": dataset_id, "expected_items": expected, "organisation_id": org, "person_id": person,
            "seconds": round(time.monotonic() - started, 2)}  # fmt: skip


def mint_dataset(c: httpx.Client, datastore_url: str, org: str, person: str, name: str) -> str:
    """Mints one dataset (reposited, so it has an S3 folder) and returns its handle."""
    check = {"relevant": False, "obtained": False}
    dataset = {
        "associations": {"organisation_id": org, "data_custodian_id": person},
        "approvals": {k: check for k in ("ethics_registration", "ethics_access", "indigenous_knowledge",
                                         "export_controls")},
        "dataset_info": {"name": name, "description": "Fetched over and over by the benchmark",
                         "access_info": {"reposited": True}, "publisher_id": org,
                         "created_date": {"relevant": False}, "published_date": {"relevant": False},
                         "license": "https://creativecommons.org/licenses/by/4.0/"},
    }  # fmt: skip
    return str(_ok(c.post(f"{datastore_url}/register/mint-dataset", json=dataset), "mint dataset")["handle"])


def mint_datasets(stack: Stack, org: str, person: str, names: list[str]) -> list[str]:
    with httpx.Client(headers={"Authorization": f"Bearer {stack.token}"}, timeout=30) as c:
        return [mint_dataset(c, stack.url("datastore_api"), org, person, n) for n in names]
