"""Where pinned documents come from: the local stack (default), a real deployment (--domain), or a directory.

Every source returns the raw bytes each service served; `load_documents` then checks each one and collects
*all* failures, so one run tells the user about every broken service at once.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from .services import SERVICES, PipelineError, Service, get

FETCH_TIMEOUT_S = 30.0
STACK_START_TIMEOUT_S = 90.0


@dataclass(frozen=True)
class Pulled:
    service: Service
    source: str  # recorded in specs.lock
    doc: dict[str, Any]
    provena_version: str | None = None  # the deployment's Provena version, where its registry reported it


class SourceError(Exception):
    """One service could not be pulled; the message says why (without the service name, added by the caller)."""


def _fetch_url(client: httpx.Client, url: str) -> bytes:
    try:
        response = client.get(url)
    except httpx.HTTPError as exc:
        raise SourceError(f"unreachable: GET {url} failed ({type(exc).__name__}: {exc})") from exc
    if response.status_code != 200:
        raise SourceError(f"GET {url} answered HTTP {response.status_code}")
    return response.content


def parse_openapi(raw: bytes) -> dict[str, Any]:
    """Check that raw bytes are an OpenAPI 3.x document; raise SourceError saying what is wrong otherwise."""
    try:
        doc = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SourceError(f"not JSON ({exc})") from exc
    if not isinstance(doc, dict):
        raise SourceError(f"not an OpenAPI document (top level is a JSON {type(doc).__name__}, not an object)")
    version = doc.get("openapi")
    if not isinstance(version, str) or not version.startswith("3."):
        raise SourceError(f"not an OpenAPI 3 document ('openapi' field is {version!r})")
    if not isinstance(doc.get("info"), dict) or not isinstance(doc.get("paths"), dict):
        raise SourceError("not an OpenAPI document (missing 'info' or 'paths' object)")
    if not doc["paths"]:
        raise SourceError("OpenAPI document has no paths")
    return doc


def _collect(attempts: Mapping[str, tuple[str, Any]]) -> list[Pulled]:
    """attempts: service -> (source label, bytes or SourceError). Raise one PipelineError naming every failure."""
    pulled: list[Pulled] = []
    failures: list[str] = []
    for service in SERVICES:
        source, outcome = attempts[service.name]
        try:
            if isinstance(outcome, SourceError):
                raise outcome
            pulled.append(Pulled(service, source, parse_openapi(outcome)))
        except SourceError as exc:
            where = "" if source in str(exc) else f" [source: {source}]"
            failures.append(f"  {service.name}: {exc}{where}")
    if failures:
        raise PipelineError(
            f"could not pull {len(failures)} of {len(SERVICES)} services; nothing was written:\n" + "\n".join(failures)
        )
    return pulled


def from_dir(directory: Path) -> list[Pulled]:
    if not directory.is_dir():
        raise PipelineError(f"--from {directory}: not a directory")
    attempts: dict[str, tuple[str, Any]] = {}
    for service in SERVICES:
        path = directory / f"{service.name}.json"
        try:
            attempts[service.name] = (f"file:{path}", path.read_bytes())
        except FileNotFoundError:
            attempts[service.name] = (str(path), SourceError(f"missing: no file {path}"))
        except OSError as exc:
            attempts[service.name] = (str(path), SourceError(f"unreadable: {exc}"))
    return _collect(attempts)


def parse_url_overrides(pairs: Sequence[str]) -> dict[str, str]:
    """`--url registry=https://...` pairs -> {service: openapi.json URL}."""
    overrides: dict[str, str] = {}
    for pair in pairs:
        name, sep, url = pair.partition("=")
        if not sep or not url.startswith(("http://", "https://")):
            raise PipelineError(f"--url {pair!r}: expected SERVICE=http(s)://.../openapi.json")
        overrides[get(name).name] = url
    return overrides


def domain_urls(domain: str | None, overrides: Mapping[str, str]) -> dict[str, str]:
    urls: dict[str, str] = {}
    for service in SERVICES:
        if service.name in overrides:
            urls[service.name] = overrides[service.name]
        elif domain:
            urls[service.name] = f"https://{service.host_prefix}.{domain}/openapi.json"
        else:
            raise PipelineError(f"{service.name}: no URL (give --domain DOMAIN or --url {service.name}=URL)")
    return urls


def from_urls(urls: Mapping[str, str], labels: Mapping[str, str] | None = None) -> list[Pulled]:
    attempts: dict[str, tuple[str, Any]] = {}
    with httpx.Client(timeout=FETCH_TIMEOUT_S, follow_redirects=True) as client:
        for service in SERVICES:
            url = urls[service.name]
            label = (labels or {}).get(service.name, url)
            try:
                attempts[service.name] = (label, _fetch_url(client, url))
            except SourceError as exc:
                attempts[service.name] = (label, exc)
    return _collect(attempts)


# The local stack's command; a parameter so tests can stand in a fake server with the same contract.
STACK_COMMAND: tuple[str, ...] = (sys.executable, "-m", "provena.local", "serve", "--memory", "--port", "0")


def from_local_stack(command: Sequence[str] = STACK_COMMAND, cwd: Path | None = None) -> list[Pulled]:
    """Start the local stack, wait for its config-out file, pull every service's /openapi.json, stop it."""
    with tempfile.TemporaryDirectory(prefix="provena-specs-stack-") as tmp:
        config_path = Path(tmp) / "stack.json"
        log_path = Path(tmp) / "stack.log"
        with open(log_path, "wb") as log:
            proc = subprocess.Popen(
                [*command, "--config-out", str(config_path)],
                cwd=cwd,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # own process group, so stopping it also stops its children (moto)
            )
            try:
                config = _wait_for_config(proc, config_path, log_path)
                base_urls = config.get("api_overrides", {})
                urls: dict[str, str] = {}
                labels: dict[str, str] = {}
                for service in SERVICES:
                    base = base_urls.get(service.config_key)
                    if not isinstance(base, str):
                        raise PipelineError(
                            f"{service.name}: the local stack's config has no {service.config_key}; "
                            "is provena.local up to date?"
                        )
                    urls[service.name] = base.rstrip("/") + "/openapi.json"
                    # The port is random per run: record a stable label so the lock only changes with content.
                    version = config.get("stack_version", "unknown")
                    labels[service.name] = f"local-stack {version}: /{service.host_prefix}/openapi.json"
                pulled = from_urls(urls, labels)
                return with_version(pulled, _local_stack_version(config_path, config))
            finally:
                _stop(proc)


def _local_stack_version(config_path: Path, config: dict[str, Any]) -> str | None:
    """Ask the stack's registry for its Provena version, signed in as its first seeded user."""
    import provena
    from provena._pin.check import provena_version

    users = config.get("users") or []
    if not users or not isinstance(config.get("client_id"), str):
        return None
    client = provena.Config.from_file(config_path)
    auth = provena.PasswordFlow(client, config["client_id"], users[0]["username"], users[0]["password"])
    return provena_version(client, auth, timeout=FETCH_TIMEOUT_S)


def deployment_version(domain: str, token: str | None) -> str | None:
    """A real deployment's Provena version (its registry answers only a signed-in user: needs `token`)."""
    if not token:
        return None
    import provena
    from provena._pin.check import provena_version

    return provena_version(provena.Config(domain=domain, realm_name="provena"), provena.StaticTokenAuth(token),
                           timeout=FETCH_TIMEOUT_S)  # fmt: skip


def with_version(pulled: list[Pulled], version: str | None) -> list[Pulled]:
    return [Pulled(p.service, p.source, p.doc, version) for p in pulled]


def _wait_for_config(proc: subprocess.Popen[bytes], config_path: Path, log_path: Path) -> dict[str, Any]:
    deadline = time.monotonic() + STACK_START_TIMEOUT_S
    while time.monotonic() < deadline:
        if config_path.exists():
            try:
                config = json.loads(config_path.read_text("utf-8"))
            except ValueError:
                pass  # being written; try again
            else:
                if isinstance(config, dict):
                    return config
        if proc.poll() is not None:
            tail = log_path.read_text("utf-8", errors="replace")[-2000:]
            raise PipelineError(f"local stack exited with code {proc.returncode} before it was ready:\n{tail}")
        time.sleep(0.1)
    raise PipelineError(f"local stack did not write {config_path.name} within {STACK_START_TIMEOUT_S:.0f}s")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    # Signal only the process group we created for this stack (never a broad name match).
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


EXPORT_COMMAND: tuple[str, ...] = (sys.executable, "-m", "provena.local", "export-specs")


def from_export(command: Sequence[str] = EXPORT_COMMAND, cwd: Path | None = None) -> list[Pulled]:
    """Fallback source: `python -m provena.local export-specs DIR` (documents built without serving)."""
    with tempfile.TemporaryDirectory(prefix="provena-specs-export-") as tmp:
        result = subprocess.run([*command, tmp], cwd=cwd, capture_output=True, text=True)
        if result.returncode != 0:
            raise PipelineError(f"export-specs failed with code {result.returncode}:\n{result.stderr[-2000:]}")
        pulled = from_dir(Path(tmp))
        return [Pulled(p.service, f"local-stack export-specs: {p.service.name}.json", p.doc) for p in pulled]
