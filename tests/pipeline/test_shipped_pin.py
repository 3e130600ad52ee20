"""The pin shipped in the package: what `provena.spec_pin()` says, and an installed client checking a live stack.

"Installed" is the wheel's layout without a checkout: `provena/` (with the package data pyproject declares) and
the generated packages copied into an empty directory, imported from there by a fresh interpreter whose working
directory holds no specs/, scripts/ or generated/.
"""

from __future__ import annotations

import fnmatch
import gzip
import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

import provena
from provena._pin import pin
from scripts.spec_pipeline import lock, ship
from scripts.spec_pipeline.services import SERVICES
from tests._stack import running_stack

from .conftest import REPO

PIN_DATA = REPO / "provena" / "_pin" / "data"


def test_spec_pin_is_the_lock_of_specs() -> None:
    shipped = provena.spec_pin()
    entries = lock.read_lock(REPO / "specs")
    assert list(shipped.services) == [s.name for s in SERVICES] == list(entries)
    for name, entry in entries.items():
        s = shipped[name]
        assert (s.source, s.sha256, s.pinned_at, s.info_version, s.openapi, s.provena_version) == (
            entry.source, entry.sha256, entry.fetched_at, entry.info_version, entry.openapi, entry.provena_version,
        )  # fmt: skip
        assert pin.pinned_document(name) == json.loads((REPO / "specs" / f"{name}.json").read_bytes())
    assert shipped.generator == "openapi-python-client==0.29.1"
    assert "datastore: info.version" in shipped.to_text()
    assert ship.check(REPO / "specs") == []  # what `nox -s generate_check` also checks


def test_a_damaged_shipped_document_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    shutil.copytree(PIN_DATA, data)
    (data / "job.json.gz").write_bytes(gzip.compress(b'{"openapi": "3.1.0"}\n', mtime=0))
    monkeypatch.setattr(pin.resources, "files", lambda _package: tmp_path)
    with pytest.raises(pin.PinError, match="job does not match its sha256"):
        pin.pinned_document("job")


def test_ship_check_notices_a_stale_pin(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(PIN_DATA, data)
    raw = json.loads((data / "pin.json").read_bytes())
    raw["services"]["prov"]["info_version"] = "9.9.9"
    (data / "pin.json").write_text(json.dumps(raw), "utf-8")
    (data / "search.json.gz").unlink()
    problems = ship.check(REPO / "specs", data)
    assert any("pin.json: differs" in p for p in problems) and any("search.json.gz: missing" in p for p in problems)


def test_import_provena_does_not_load_the_pin() -> None:
    code = "import sys, provena; assert not [m for m in sys.modules if m.startswith('provena._pin')]; print('ok')"
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr


def _declared_package_data() -> list[str]:
    with open(REPO / "pyproject.toml", "rb") as f:
        data: dict[str, list[str]] = tomllib.load(f)["tool"]["setuptools"]["package-data"]
    return data["provena._pin"]


def _install_copy(site: Path) -> None:
    """The installed layout: the package (package data only as declared) and the generated packages."""
    globs = _declared_package_data()
    for path in PIN_DATA.iterdir():
        assert any(fnmatch.fnmatch(f"data/{path.name}", g) for g in globs), f"{path.name} would not be shipped"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(REPO / "provena", site / "provena", ignore=ignore)
    for s in SERVICES:
        shutil.copytree(REPO / "generated" / s.package, site / s.package, ignore=ignore)


CHECK = """
import json, sys
import provena
assert provena.__file__.startswith(sys.argv[1]), provena.__file__
config = provena.Config.from_file(sys.argv[2])
auth = provena.PasswordFlow(config, sys.argv[3], sys.argv[4], sys.argv[5])
report = provena.check_deployment(config, timeout=30.0, auth=auth)
print(json.dumps({"pin": provena.spec_pin().to_dict(), "report": report.to_dict(), "text": report.to_text()}))
"""


def _run_installed(site: Path, cwd: Path, config: Path, stack: Any) -> dict[str, Any]:
    user = stack.config["users"][0]["username"]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(site)
    result = subprocess.run(
        [sys.executable, "-c", CHECK, str(site), str(config), stack.config["client_id"], user, stack.password(user)],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out: dict[str, Any] = json.loads(result.stdout)
    return out


@pytest.mark.stack
def test_installed_client_checks_a_running_local_stack(tmp_path: Path) -> None:
    pytest.importorskip("fastapi")
    site, cwd = tmp_path / "site", tmp_path / "elsewhere"
    cwd.mkdir()
    _install_copy(site)
    with running_stack(tmp_path / "stack", "--no-s3") as stack:
        # The local stack is what specs/ were pulled from: no drift, and the registry reports its version.
        result = _run_installed(site, cwd, stack.config_path, stack)
        assert result["pin"]["services"]["datastore"]["sha256"] == lock.read_lock(REPO / "specs")["datastore"].sha256
        report = result["report"]
        assert report["has_drift"] is False and report["is_breaking"] is False, result["text"]
        assert report["deployment"]["provena_version"] == stack.config["stack_version"]
        assert result["text"] == "no drift: all 7 services match this client's pin"

        # An installed client pinned to a datastore whose MintResponse always had a `doi` sees the live one break
        # mint_dataset (the field is gone), with the same report `nox -s specs -- --check` prints.
        data = site / "provena" / "_pin" / "data"
        doc = json.loads(gzip.decompress((data / "datastore.json.gz").read_bytes()))
        mint = doc["components"]["schemas"]["MintResponse"]
        mint["properties"]["doi"] = {"type": "string", "title": "Doi"}
        mint["required"] = [*mint["required"], "doi"]
        raw = lock.canonical_bytes(doc)
        (data / "datastore.json.gz").write_bytes(gzip.compress(raw, mtime=0))
        shipped = json.loads((data / "pin.json").read_bytes())
        shipped["services"]["datastore"]["sha256"] = lock.sha256(raw)
        (data / "pin.json").write_text(json.dumps(shipped), "utf-8")
        result = _run_installed(site, cwd, stack.config_path, stack)
    report = result["report"]
    assert report["is_breaking"] is True and report["services"]["datastore"]["status"] == "changed"
    change = "datastore mint_dataset (POST /register/mint-dataset): response: MintResponse.doi: field removed"
    assert change in report["breaking"]["DatastoreClient.mint_dataset"]
    assert f"  DatastoreClient.mint_dataset\n    - {change}" in result["text"]
