"""Facade tests run against generated code: `generated/` when it holds the packages, otherwise packages generated
once per session from the real documents in ../shared/provena-specs (by our own pipeline), otherwise skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._generated import REPO, SHARED, SPECS, use_generated

__all__ = ["INVENTORY", "REPO", "RST", "SPECS"]

RST = SHARED / "seed" / "provenaclient.clients.rst.txt"
INVENTORY = SHARED / "guides" / "provenaclient-inventory.md"

GENERATED = use_generated()


@pytest.fixture(scope="session")
def generated_dir() -> Path:
    if GENERATED is None:
        pytest.skip("no generated packages (generated/ is empty and ../shared/provena-specs is absent)")
    return GENERATED
