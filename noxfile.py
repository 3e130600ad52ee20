"""Project sessions. The spec pipeline itself lives in scripts/spec_pipeline (usable without nox:
`python -m scripts.spec_pipeline --help`); these sessions only give it pinned tools in their own venvs.

    nox -s specs                         pull from the local stack, pin specs/*.json + specs/specs.lock
    nox -s specs -- --domain DOMAIN      ... from a real deployment (also --url SERVICE=URL, --from DIR)
    nox -s specs -- --check              compare with specs.lock, write nothing, exit 1 on API drift
    nox -s generate [-- --specs DIR --out DIR]   offline: specs/ -> generated/provena_api_<service>/
    nox -s generate_check                generated/ is exactly what specs/ produces (CI)
    nox -s typecheck_generated           mypy --strict (two narrow exceptions, see typecheck.py)

Only `specs` touches the network; everything else works offline from the committed specs/.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
# A plain `nox` run must stay offline: `specs` (pulls from a stack or deployment) is never a default.
nox.options.sessions = ["generate_check", "typecheck_generated"]

ROOT = Path(__file__).parent
PIPELINE = ("python", "-m", "scripts.spec_pipeline")

# Output of `generate` is byte-for-byte a function of these versions: bump them together, then regenerate.
GENERATOR_PINS = ("openapi-python-client==0.29.1", "ruff==0.17.5")
MYPY_PINS = ("mypy==2.4.1", "types-python-dateutil==2.9.0.20261116")


def _runtime_deps() -> list[str]:
    """The generated packages' runtime dependencies, read from pyproject (one source of truth)."""
    with open(ROOT / "pyproject.toml", "rb") as f:
        deps: list[str] = tomllib.load(f)["project"]["dependencies"]
    return deps


# --- spec pipeline ----------------------------------------------------------------------------------------


@nox.session
def specs(session: nox.Session) -> None:
    """Pull the 7 OpenAPI documents and pin them (default source: the local stack, started and stopped here)."""
    session.install("-e", ".[local]")
    session.run(*PIPELINE, "pull", *session.posargs)


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from specs/ (offline, pinned generator and ruff, fails on any generator warning)."""
    session.install(*GENERATOR_PINS)
    session.run(*PIPELINE, "generate", *session.posargs)


@nox.session
def generate_check(session: nox.Session) -> None:
    """Fail if generated/ is not exactly what `nox -s generate` makes from the committed specs/."""
    session.install(*GENERATOR_PINS)
    session.run(*PIPELINE, "check-generated", *session.posargs)


@nox.session
def typecheck_generated(session: nox.Session) -> None:
    """mypy on the seven generated packages."""
    session.install(*MYPY_PINS, *_runtime_deps())
    session.run(*PIPELINE, "typecheck", *session.posargs)


# --- project sessions (added by the lead) -----------------------------------------------------------------
# PLACEHOLDER: `tests`, `demo`, `record`, `bench` and `serve` sessions go here, one `@nox.session` function
# each, following the pattern above (install what the session needs, then run one command). Add the offline
# ones (e.g. "tests") to nox.options.sessions above.
