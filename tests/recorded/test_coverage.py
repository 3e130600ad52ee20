"""Every facade method is called by some recorded test (the documented 67, the sub-clients, the L3 modules)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from .conftest import REPO

HERE = Path(__file__).parent
RST = REPO.parent / "shared" / "seed" / "provenaclient.clients.rst.txt"
# Names called through getattr / a loop variable in the tests (see the test named in each comment).
INDIRECT = {"generate_read_access_credentials", "generate_write_access_credentials"}  # test_datastore


def _sources() -> str:
    return "\n".join(p.read_text() for p in HERE.glob("test_*.py") if p.name != Path(__file__).name)


def _called(name: str, source: str) -> bool:
    return name in INDIRECT or re.search(rf"\.{re.escape(name)}\(", source) is not None


def _facade_methods() -> dict[str, set[str]]:
    import provena.clients as clients
    import provena.modules as modules
    from provena._operation import Flow, Operation, Pages

    out: dict[str, set[str]] = {}
    for module in (clients, modules):
        for name in module.__all__:
            cls: Any = getattr(module, name)
            if name.endswith("WithRawResponse"):
                continue
            out[f"{module.__name__}.{name}"] = {
                attr for attr in dir(cls)
                # class access gives a plain function; the descriptor it stands for is its __wrapped_operation__
                if isinstance(getattr(getattr(cls, attr, None), "__wrapped_operation__", None),
                              Operation | Flow | Pages)
            }  # fmt: skip
    return out


def test_every_facade_method_is_recorded() -> None:
    source = _sources()
    missing = {cls: sorted(m for m in methods if not _called(m, source)) for cls, methods in _facade_methods().items()}
    missing = {cls: names for cls, names in missing.items() if names}
    assert not missing, f"facade methods without a recorded test: {missing}"


def test_the_67_documented_methods_are_recorded() -> None:
    if not RST.exists():
        pytest.skip("../shared/seed is not available")
    documented = [m for m in re.findall(r"\.\. py:method:: (\w+)\(", RST.read_text()) if not m.startswith("_")]
    assert len(documented) == 67
    source = _sources()
    assert [m for m in documented if not _called(m, source)] == []
