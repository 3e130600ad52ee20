"""The pin shipped inside the package (provena/_pin/data/): written from specs/ whenever specs/ is pinned.

`pin.json` holds the specs.lock entries in the shape `provena.spec_pin()` returns; `<service>.json.gz` holds
the pinned documents (gzip, mtime 0, so the same specs give the same files). `check` compares what is shipped
with specs/ by content, so a different zlib build cannot make it fail.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from provena._pin.pin import PIN_FORMAT, PIN_NAME

from . import lock
from .generate import GENERATOR_PIN, REPO
from .services import SERVICES, PipelineError

PIN_DIR = REPO / "provena" / "_pin" / "data"


def pin_files(specs_dir: Path, entries: dict[str, lock.LockEntry] | None = None,
              documents: dict[str, bytes] | None = None) -> dict[str, bytes]:  # fmt: skip
    """The shipped files for a pin: from the given lock entries and document bytes, else from specs_dir."""
    entries = entries if entries is not None else lock.read_lock(specs_dir)
    files: dict[str, bytes] = {}
    services: dict[str, dict[str, str | None]] = {}
    for s in SERVICES:
        entry = entries.get(s.name)
        if entry is None:
            raise PipelineError(f"{s.name}: not in {specs_dir / lock.LOCK_NAME}; pin specs first (`nox -s specs`)")
        data = (documents or {}).get(s.name)
        if data is None:
            data = (specs_dir / f"{s.name}.json").read_bytes()
        if lock.sha256(data) != entry.sha256:
            raise PipelineError(f"{s.name}: specs/{s.name}.json does not match {lock.LOCK_NAME}; re-pin it")
        files[f"{s.name}.json.gz"] = gzip.compress(data, compresslevel=9, mtime=0)
        services[s.name] = {
            "source": entry.source,
            "sha256": entry.sha256,
            "pinned_at": entry.fetched_at,
            "info_version": entry.info_version,
            "openapi": entry.openapi,
            "provena_version": entry.provena_version,
        }
    generator = next(iter(entries.values())).generator if entries else GENERATOR_PIN
    files[PIN_NAME] = lock.canonical_bytes({"format": PIN_FORMAT, "generator": generator, "services": services})
    return files


def check(specs_dir: Path, pin_dir: Path = PIN_DIR) -> list[str]:
    """Differences between the shipped pin and specs/ (empty when they agree)."""
    expected = pin_files(specs_dir)
    problems = []
    for name, data in expected.items():
        path = pin_dir / name
        if not path.exists():
            problems.append(f"{path}: missing")
            continue
        actual = path.read_bytes()
        if name.endswith(".gz"):
            same = gzip.decompress(actual) == gzip.decompress(data)
        else:
            same = json.loads(actual) == json.loads(data)
        if not same:
            problems.append(f"{path}: differs from {specs_dir}")
    return problems
