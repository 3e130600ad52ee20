"""``export-specs``: each service's OpenAPI document, written without starting a server."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from .context import offline_context
from .services import SERVICES, build_app


def openapi_documents() -> dict[str, dict[str, object]]:
    ctx = offline_context()
    return {s.name: build_app(s, ctx).openapi() for s in SERVICES}


def dump(doc: dict[str, object]) -> str:
    return json.dumps(doc, indent=2, sort_keys=False, ensure_ascii=False) + "\n"


def export(directory: Path) -> list[Path]:
    """Write DIR/<service>.json for every service; all files appear or none are replaced."""
    docs = openapi_documents()
    directory.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[Path, Path]] = []
    try:
        for name, doc in docs.items():
            fd, tmp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".json", dir=directory)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(dump(doc))
            staged.append((Path(tmp_name), directory / f"{name}.json"))
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, final in staged:
        os.replace(tmp, final)
    return [final for _, final in staged]
