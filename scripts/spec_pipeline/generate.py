"""Run openapi-python-client on the normalised documents: one package per service, offline, byte-stable.

Pinned tools: output is only reproducible with the exact generator and ruff versions (both shape the code), so
a mismatch is an error rather than a silent difference in generated/.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from . import lock, normalise, overrides
from .services import SERVICES, PipelineError, Service

GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
RUFF_VERSION = "0.17.5"
GENERATOR_PIN = f"{GENERATOR}=={GENERATOR_VERSION}"

REPO = Path(__file__).resolve().parents[2]
BASE_CONFIG = REPO / "scripts" / "generator-config.yml"
# Our overrides of the generator's own templates (same file names; the generator falls back to its own for the
# rest): a lazy `models/__init__.py`, so one operation does not import every model of its service, and a
# `from_dict` that parses in place (no closures, copies or no-op casts); tests/pipeline/test_fast_from_dict.py
# holds it to the stock templates' results.
TEMPLATES = Path(__file__).resolve().parent / "templates"


@dataclass
class ServiceResult:
    service: Service
    operations: int  # operations in the document
    endpoints: int  # generated endpoint modules
    fixes: normalise.Report
    overrides: list[str]
    output: str = ""  # generator output (kept for the report; warnings fail the run)


@dataclass
class Result:
    services: list[ServiceResult] = field(default_factory=list)

    @property
    def operations(self) -> int:
        return sum(r.operations for r in self.services)

    @property
    def endpoints(self) -> int:
        return sum(r.endpoints for r in self.services)


def _bin_dir() -> str:
    return str(Path(sys.executable).parent)


def check_tools() -> None:
    try:
        installed = metadata.version(GENERATOR)
    except metadata.PackageNotFoundError:
        raise PipelineError(f"{GENERATOR} is not installed; install {GENERATOR_PIN}") from None
    if installed != GENERATOR_VERSION:
        raise PipelineError(f"{GENERATOR} {installed} is installed; output is pinned to {GENERATOR_PIN}")
    ruff = shutil.which("ruff", path=_bin_dir() + os.pathsep + os.environ.get("PATH", ""))
    if ruff is None:
        raise PipelineError(f"ruff is not installed; install ruff=={RUFF_VERSION}")
    version = subprocess.run([ruff, "--version"], capture_output=True, text=True).stdout.split()[-1]
    if version != RUFF_VERSION:
        raise PipelineError(f"{ruff} is ruff {version}; generated code is formatted with ruff=={RUFF_VERSION}")


def load_pinned(specs_dir: Path, service: Service) -> dict[str, Any]:
    path = specs_dir / f"{service.name}.json"
    if not path.exists():
        raise PipelineError(f"{service.name}: no pinned spec at {path}; pull specs first (`nox -s specs`)")
    try:
        doc: dict[str, Any] = json.loads(path.read_bytes())
    except ValueError as exc:
        raise PipelineError(f"{service.name}: {path} is not JSON ({exc})") from exc
    return doc


def verify_against_lock(specs_dir: Path, services: Iterable[Service]) -> None:
    """When specs_dir has a lock, every pinned file must hash to its lock entry: pinned specs are pulled, not edited."""
    entries = lock.read_lock(specs_dir)
    if not entries:
        return  # a plain directory of documents (e.g. the reference documents), not a pinned specs/
    for s in services:
        entry = entries.get(s.name)
        digest = lock.sha256((specs_dir / f"{s.name}.json").read_bytes())
        if entry is None or entry.sha256 != digest:
            raise PipelineError(
                f"{s.name}: {specs_dir / (s.name + '.json')} does not match {lock.LOCK_NAME} "
                "(edited by hand, or pulled without the lock?); re-pin with `nox -s specs`, and put fixes in "
                "specs/overrides.toml instead of editing pinned documents"
            )


def prepare(
    doc: dict[str, Any], service: Service, declared: list[overrides.Override]
) -> tuple[dict[str, Any], normalise.Report, list[str]]:
    """Pinned document -> the document handed to the generator (declared overrides, then generic fixes)."""
    working = json.loads(json.dumps(doc))
    applied = overrides.apply(working, service.name, declared)
    report = normalise.Report()
    return normalise.normalise(working, service, report), report, applied


def _base_config() -> dict[str, Any]:
    from ruamel.yaml import YAML  # a dependency of openapi-python-client, so present wherever it runs

    config: dict[str, Any] = YAML(typ="safe").load(BASE_CONFIG)
    return config


def count_endpoints(package_dir: Path) -> int:
    """Generated operations: one `api/<tag>/<operation>.py` module with `sync_detailed` per operation."""
    return sum(1 for p in (package_dir / "api").rglob("*.py") if "def sync_detailed(" in p.read_text("utf-8"))


def _clean(tree: Path) -> None:
    for junk in [*tree.rglob(".ruff_cache"), *tree.rglob("__pycache__")]:
        shutil.rmtree(junk, ignore_errors=True)


def _generate_one(
    service: Service, doc: dict[str, Any], declared: list[overrides.Override], work: Path, staging: Path
) -> ServiceResult:
    normalised, report, applied = prepare(doc, service, declared)
    spec_path = work / f"{service.name}.json"
    spec_path.write_bytes(lock.canonical_bytes(normalised))
    config_path = work / f"{service.name}.config.json"
    config = {**_base_config(), "package_name_override": service.package, "project_name_override": service.package}
    config_path.write_text(json.dumps(config, indent=2), "utf-8")
    out = staging / service.package
    cmd = [
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", str(spec_path), "--config", str(config_path), "--meta", "none",
        "--output-path", str(out), "--custom-template-path", str(TEMPLATES), "--fail-on-warning",
    ]  # fmt: skip
    env = {**os.environ, "PATH": _bin_dir() + os.pathsep + os.environ.get("PATH", "")}
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=work)
    output = (proc.stdout + proc.stderr).strip()
    # --fail-on-warning makes warnings exit 1; the text check also catches a generator that exits 0 anyway.
    if proc.returncode != 0 or "Warning" in output or "Error" in output:
        raise PipelineError(
            f"{service.name}: {GENERATOR} reported problems (exit {proc.returncode}); "
            f"normalised document kept at {spec_path}\n{output}"
        )
    _clean(out)
    # PEP 561 marker: `--meta none` writes none, and the facade's `mypy --strict` must see these as typed.
    (out / "py.typed").write_text("", "utf-8")
    return ServiceResult(service, normalise.count_operations(doc), count_endpoints(out), report, applied, output)


def generate(
    specs_dir: Path,
    out_dir: Path,
    overrides_path: Path,
    services: Iterable[Service] = SERVICES,
    keep_work: Path | None = None,
) -> Result:
    """Generate every service into a staging dir, then swap the packages into out_dir (all or nothing)."""
    check_tools()
    wanted = list(services)
    declared = overrides.load(overrides_path)
    docs = {s.name: load_pinned(specs_dir, s) for s in wanted}  # fail before generating anything
    verify_against_lock(specs_dir, wanted)
    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="provena-normalised-"))
    staging = Path(tempfile.mkdtemp(prefix=".generated-staging-", dir=out_dir.parent))
    try:
        # Two workers: the machines have 2 cores, and ruff/generator runs are CPU-bound.
        with ThreadPoolExecutor(max_workers=2) as pool:
            futures = [pool.submit(_generate_one, s, docs[s.name], declared, work, staging) for s in wanted]
            results = [f.result() for f in futures]
        for s in wanted:
            _swap_in(staging / s.package, out_dir / s.package)
        return Result(results)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if keep_work is not None:
            shutil.copytree(work, keep_work, dirs_exist_ok=True)
        shutil.rmtree(work, ignore_errors=True)


def _swap_in(new: Path, target: Path) -> None:
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)


def compare_trees(expected: Path, actual: Path, packages: Iterable[str]) -> list[str]:
    """Differences between two generated trees, as `path: reason` lines (empty when identical)."""
    problems: list[str] = []
    for package in packages:
        a_root, b_root = expected / package, actual / package
        if not b_root.exists():
            problems.append(f"{package}/: missing")
            continue
        a_files = {p.relative_to(a_root) for p in a_root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
        b_files = {p.relative_to(b_root) for p in b_root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
        problems += [f"{package}/{p}: missing" for p in sorted(a_files - b_files)]
        problems += [f"{package}/{p}: not produced by the generator" for p in sorted(b_files - a_files)]
        problems += [
            f"{package}/{p}: content differs"
            for p in sorted(a_files & b_files)
            if (a_root / p).read_bytes() != (b_root / p).read_bytes()
        ]
    return problems
