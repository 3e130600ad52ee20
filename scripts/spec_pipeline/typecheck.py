"""mypy on the generated packages: `--strict`, less two error codes that the generator's own output trips.

Measured with mypy 2.4.1 on the output of openapi-python-client 0.29.1 for the 7 real documents; strict
otherwise passes with zero errors. The exceptions are narrow on purpose, so a generator or normalisation
regression that breaks real typing still fails:
- `redundant-cast` everywhere: unions are parsed with defensive `cast(...)` calls that are redundant for some
  schema shapes (e.g. `list[Any]`), harmless at runtime.
- `arg-type` in each `client.py` only: `__exit__(*args: object)` forwards to httpx's typed `__exit__`.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from .services import SERVICES, PipelineError


def mypy_config() -> str:
    clients = ",".join(f"{s.package}.client" for s in SERVICES)
    return (
        "[mypy]\npython_version = 3.11\nstrict = True\ndisable_error_code = redundant-cast\n\n"
        f"[mypy-{clients}]\ndisable_error_code = arg-type\n"
    )


def run(generated: Path) -> int:
    missing = [s.package for s in SERVICES if not (generated / s.package).is_dir()]
    if missing:
        raise PipelineError(f"{generated}: no generated package(s) {', '.join(missing)}; run `nox -s generate`")
    with tempfile.TemporaryDirectory(prefix="provena-mypy-") as tmp:
        config = Path(tmp) / "mypy.ini"
        config.write_text(mypy_config(), "utf-8")
        cmd = [sys.executable, "-m", "mypy", "--config-file", str(config), "--cache-dir", str(Path(tmp) / "cache")]
        for s in SERVICES:
            cmd += ["-p", s.package]
        return subprocess.run(cmd, cwd=generated).returncode
