"""Shared fixtures for the spec pipeline tests: repo on sys.path, small documents, generated-package imports."""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # `scripts.spec_pipeline` is run from the repo root, not installed

from scripts.spec_pipeline.services import SERVICES  # noqa: E402

REAL_SPECS = REPO.parent / "shared" / "provena-specs"
OVERRIDES = REPO / "specs" / "overrides.toml"


def tiny_doc(openapi: str = "3.0.2", title: str = "FastAPI") -> dict[str, Any]:
    """A small served-looking document: one GET returning an object with an optional nested model."""
    return {
        "openapi": openapi,
        "info": {"title": title, "version": "0.1.0"},
        "paths": {
            "/thing": {
                "get": {
                    "operationId": "get_thing",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "title": "Thing",
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                        "id": {"title": "Id", "type": "string"},
                        "child": {"$ref": "#/components/schemas/Child"},
                        "tags": {"title": "Tags", "type": "array", "items": {"type": "string"}},
                    },
                },
                "Child": {
                    "title": "Child",
                    "type": "object",
                    "required": ["name"],
                    "properties": {"name": {"title": "Name", "type": "string"}},
                },
            }
        },
    }


def write_specs(directory: Path, docs: dict[str, dict[str, Any]] | None = None) -> Path:
    """A `<service>.json` per service (tiny_doc unless given), as a `--from DIR` source or a specs dir."""
    directory.mkdir(parents=True, exist_ok=True)
    for s in SERVICES:
        doc = (docs or {}).get(s.name) or copy.deepcopy(tiny_doc())
        (directory / f"{s.name}.json").write_text(json.dumps(doc), "utf-8")
    return directory


def snapshot(directory: Path) -> dict[str, bytes]:
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


@contextmanager
def generated_on_path(directory: Path) -> Iterator[None]:
    """Import generated packages from `directory`, shadowing any others; afterwards put the previous ones back."""
    saved = {name: mod for name, mod in sys.modules.items() if name.startswith("provena_api_")}
    for name in saved:
        del sys.modules[name]
    sys.path.insert(0, str(directory))
    try:
        yield
    finally:
        sys.path.remove(str(directory))
        for name in [m for m in sys.modules if m.startswith("provena_api_")]:
            del sys.modules[name]
        sys.modules.update(saved)


@pytest.fixture
def real_specs() -> Path:
    if not REAL_SPECS.is_dir():
        pytest.skip(f"reference documents not found at {REAL_SPECS} (they live in ../shared/provena-specs)")
    return REAL_SPECS
