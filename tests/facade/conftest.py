"""Facade tests run against generated code: `generated/` when it holds the packages, otherwise packages generated
once per session from the real documents in ../shared/provena-specs (by our own pipeline), otherwise skipped."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SPECS = SHARED / "provena-specs"
RST = SHARED / "seed" / "provenaclient.clients.rst.txt"
INVENTORY = SHARED / "guides" / "provenaclient-inventory.md"
PACKAGES = ("auth", "datastore", "registry", "prov", "search", "job", "id_service")


def _complete(directory: Path) -> bool:
    return all((directory / f"provena_api_{p}" / "api").is_dir() for p in PACKAGES)


def _generated_dir() -> Path | None:
    override = os.environ.get("PROVENA_GENERATED_DIR")
    if override and _complete(Path(override)):
        return Path(override)
    if _complete(REPO / "generated"):
        return REPO / "generated"
    if not SPECS.is_dir():
        return None
    out = Path(tempfile.gettempdir()) / f"provena-facade-generated-{os.getuid()}"
    if not _complete(out):
        result = subprocess.run(
            [sys.executable, "-m", "scripts.spec_pipeline", "generate", "--specs", str(SPECS), "--out", str(out)],
            cwd=REPO, capture_output=True, text=True, timeout=600,
        )  # fmt: skip
        if result.returncode != 0 or not _complete(out):
            return None
    return out


GENERATED = _generated_dir()
if GENERATED is not None and str(GENERATED) not in sys.path:
    sys.path.insert(0, str(GENERATED))


@pytest.fixture(scope="session")
def generated_dir() -> Path:
    if GENERATED is None:
        pytest.skip("no generated packages (generated/ is empty and ../shared/provena-specs is absent)")
    return GENERATED
