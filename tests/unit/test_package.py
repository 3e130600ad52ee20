"""`import provena` stays cheap, and every public name resolves."""

from __future__ import annotations

import subprocess
import sys

import provena


def _imported_modules(code: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    names = set()
    for line in result.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip())
    return names


def test_import_provena_is_cheap() -> None:
    # Compared with a bare interpreter, so modules that site/.pth files load anyway do not count against us.
    baseline = _imported_modules("pass")
    modules = _imported_modules("import provena") - baseline
    assert "provena" in modules
    heavy = {
        m
        for m in modules
        if m.split(".")[0] in {"httpx", "fastapi", "pydantic", "attrs", "anyio", "typing", "asyncio"}
        or m.startswith(("provena_api_", "provena.local", "provena.clients", "provena.sync"))
    }
    assert heavy == set()
    # only the package, its version module and a few tiny stdlib modules
    assert {m for m in modules if m.startswith("provena")} == {"provena", "provena._version"}
    assert len(modules) <= 6, modules


def test_config_and_errors_do_not_need_httpx() -> None:
    modules = _imported_modules("import provena; provena.Config('example.org', 'r'); provena.NotFoundError")
    assert not any(m.split(".")[0] == "httpx" for m in modules)


def test_every_public_name_resolves() -> None:
    for name in provena.__all__:
        assert getattr(provena, name) is not None
    assert set(provena.__all__) == {"__version__", *provena._LAZY}
    assert provena.__version__
    assert "DeviceFlow" in dir(provena)
