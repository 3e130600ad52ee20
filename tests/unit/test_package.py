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


def test_packaging_metadata_matches_the_files() -> None:
    """The declared licence has its LICENSE file; URLs, classifiers and the CHANGELOG entry for this version exist."""
    import re
    import tomllib

    from tests._generated import REPO

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "BSD-3-Clause"
    assert project["license-files"] == ["LICENSE"]
    licence = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("BSD 3-Clause License")
    assert re.search(r"^Copyright \(c\) \d{4}, provena-sdk contributors$", licence, re.M)
    assert "Neither the name of the copyright holder" in licence  # the third clause
    assert not any(c.startswith("License ::") for c in project["classifiers"])  # SPDX expression only (PEP 639)
    assert "Typing :: Typed" in project["classifiers"] and "Framework :: Pytest" in project["classifiers"]
    assert all(url.startswith("https://") for url in project["urls"].values()) and project["urls"]
    assert project["entry-points"]["pytest11"] == {"provena": "provena.testing.plugin"}
    assert project["scripts"]["provena-local"] == "provena.local.__main__:main"
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in changelog
    assert re.search(rf"^## \[{re.escape(project['version'])}\] - \d{{4}}-\d{{2}}-\d{{2}}$", changelog, re.M)
    assert project["version"] == provena.__version__
