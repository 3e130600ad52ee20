"""Which generated packages the tests import: one rule shared by every suite that needs them.

`PROVENA_GENERATED_DIR` (a directory holding the seven `provena_api_*` packages, e.g. code generated from a real
deployment's documents) wins; then the repository's `generated/`; then packages generated once per machine from
the real documents in ../shared/provena-specs by our own pipeline. The chosen directory goes first on sys.path,
so the generated packages are imported from it and from nowhere else.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SPECS = SHARED / "provena-specs"
PACKAGES = ("auth", "datastore", "registry", "prov", "search", "job", "id_service")


def complete(directory: Path) -> bool:
    """Whether `directory` holds all seven generated packages."""
    return all((directory / f"provena_api_{p}" / "api").is_dir() for p in PACKAGES)


def generate(specs: Path, out: Path, *, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run our spec pipeline: `specs/*.json` -> `out/provena_api_*`."""
    return subprocess.run(
        [sys.executable, "-m", "scripts.spec_pipeline", "generate", "--specs", str(specs), "--out", str(out)],
        cwd=REPO, capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip


def generated_dir() -> Path | None:
    override = os.environ.get("PROVENA_GENERATED_DIR")
    if override:
        # An explicit choice that does not hold the packages must not silently fall back to generated/.
        if not complete(Path(override)):
            raise RuntimeError(f"PROVENA_GENERATED_DIR={override} does not hold the seven provena_api_* packages")
        return Path(override)
    if complete(REPO / "generated"):
        return REPO / "generated"
    if not SPECS.is_dir():
        return None
    out = Path(tempfile.gettempdir()) / f"provena-facade-generated-{os.getuid()}"
    if not complete(out):
        result = generate(SPECS, out)
        if result.returncode != 0 or not complete(out):
            return None
    return out


def use_generated() -> Path | None:
    """Put the chosen generated directory first on sys.path (once); returns it (None: nothing available)."""
    directory = generated_dir()
    if directory is not None and str(directory) not in sys.path:
        sys.path.insert(0, str(directory))
    return directory
