"""Project sessions. The spec pipeline itself lives in scripts/spec_pipeline (usable without nox:
`python -m scripts.spec_pipeline --help`); these sessions only give it pinned tools in their own venvs.

    nox -s specs                         pull from the local stack, pin specs/*.json + specs/specs.lock
    nox -s specs -- --domain DOMAIN      ... from a real deployment (also --url SERVICE=URL, --from DIR)
    nox -s specs -- --check              compare with specs.lock, write nothing, exit 1 on API drift
    nox -s specs -- --json / --allow-breaking    the impact report as JSON / pin although it breaks the facade
    nox -s generate [-- --specs DIR --out DIR]   offline: specs/ -> generated/provena_api_<service>/
    nox -s generate_check                generated/ is exactly what specs/ produces (CI)
    nox -s typecheck_generated           mypy --strict (two narrow exceptions, see typecheck.py)
    nox -s docs                          the API reference and guides -> site/ (mkdocs build --strict)

Only `specs` touches the network; everything else works offline from the committed specs/.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
# A plain `nox` run must stay offline: `specs` (pulls from a stack or deployment) is never a default.
nox.options.sessions = ["tests", "generate_check", "typecheck_generated"]

ROOT = Path(__file__).parent
PIPELINE = ("python", "-m", "scripts.spec_pipeline")

# Output of `generate` is byte-for-byte a function of these versions: bump them together, then regenerate.
GENERATOR_PINS = ("openapi-python-client==0.29.1", "ruff==0.17.5")
# Pulled documents pass full OpenAPI validation before they are pinned (scripts/spec_pipeline/validate.py).
VALIDATOR_PIN = "openapi-spec-validator==0.9.0"
MYPY_PINS = ("mypy==2.4.1", "types-python-dateutil==2.9.0.20261116")
DOCS_PINS = ("mkdocs==1.6.1", "mkdocs-material==9.8.2", "mkdocstrings==1.0.8", "mkdocstrings-python==2.0.11")


def _runtime_deps() -> list[str]:
    """The generated packages' runtime dependencies, read from pyproject (one source of truth)."""
    with open(ROOT / "pyproject.toml", "rb") as f:
        deps: list[str] = tomllib.load(f)["project"]["dependencies"]
    return deps


# --- spec pipeline ----------------------------------------------------------------------------------------


@nox.session
def specs(session: nox.Session) -> None:
    """Pull the 7 OpenAPI documents, validate them, report the facade impact, and pin them unless that breaks
    documented methods (default source: the local stack, started and stopped here)."""
    session.install("-e", ".[local]", VALIDATOR_PIN)
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


# --- project sessions ------------------------------------------------------------------------------------
LOCAL_DIR = ROOT / ".provena-local"


@nox.session
def tests(session: nox.Session) -> None:
    """The whole suite, offline: unit, pipeline, local stack (in-process), facade, and cassette replay."""
    session.install("-e", ".[local,test,graph]", *GENERATOR_PINS, *MYPY_PINS)
    session.run("python", "-m", "pytest", "-q", "-p", "no:cacheprovider", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff on everything hand-written, mypy --strict on all of provena/ (facade and local stack)."""
    session.install("-e", ".[local,test,graph]", "ruff==0.17.5", *MYPY_PINS)
    session.run("ruff", "check", "provena", "tests", "scripts", "noxfile.py")
    session.run("mypy", "--strict", "provena", env={"MYPYPATH": str(ROOT / "generated")})


@nox.session
def docs(session: nox.Session) -> None:
    """Build the API reference and guides into site/ (mkdocs-material + mkdocstrings), warnings as errors, then
    check that every facade method made it into the reference."""
    session.install("-e", ".[testing,graph]", *DOCS_PINS)
    session.run("python", "-m", "mkdocs", "build", "--strict", *session.posargs, env={"NO_MKDOCS_2_WARNING": "1"})
    session.run("python", "-m", "scripts.docs.check_site", "site")


@nox.session
def serve(session: nox.Session) -> None:
    """Run the local Provena stack in the foreground (state kept in the per-user data dir; Ctrl-C stops it)."""
    session.install("-e", ".[local]")
    session.run("python", "-m", "provena.local", "serve", *session.posargs)


@nox.session
def demo(session: nox.Session) -> None:
    """The researcher workflow against a fresh local stack; writes demo-output/ (lineage picture + report)."""
    session.install("-e", ".[local,graph]")
    session.run("python", "-m", "scripts.demo", *session.posargs)


@nox.session
def record(session: nox.Session) -> None:
    """Re-record every cassette: from a deterministic local stack (default) or a real deployment.

    nox -s record                                           local stack, --seed 1, fixed port
    nox -s record -- --domain DOMAIN --offline-token-file F  a real deployment (OfflineFlow)
    """
    session.install("-e", ".[local,test,graph]")
    session.run("python", "-m", "scripts.record", *session.posargs)


# --- bench (issue 6) --------------------------------------------------------------------------------------
BENCH_PROVENACLIENT_VENV = ROOT / ".nox" / "bench-provenaclient"


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmark provena against the official provenaclient and raw httpx on the local stack (CI never runs it).

    The official client pins httpx<0.28, boto3==1.27.1 and older cloudpathlib/python-jose, so it cannot share
    this venv: it gets its own under .nox/bench-provenaclient (the newest release pip offers for this Python).
    Arguments after `--` go to `python -m scripts.bench` (e.g. `-- --rounds 5`; see `--help`).
    """
    session.install("-e", ".[local]", *GENERATOR_PINS)  # generator pins: the run also times `generate`
    session.run("python", "-m", "venv", str(BENCH_PROVENACLIENT_VENV))
    pc_python = BENCH_PROVENACLIENT_VENV / "bin" / "python"
    session.run(str(pc_python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--upgrade",
                "provenaclient", external=True)  # fmt: skip
    session.run("python", "-m", "scripts.bench", "--provenaclient-python", str(pc_python), *session.posargs)
