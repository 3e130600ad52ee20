"""The spec pin an installed client carries, and the live check of a deployment against it.

    provena.spec_pin()                 what this client was generated from (per service)
    provena.check_deployment(config)   does the deployment still match? (the `nox -s specs -- --check` report)

Modules: `pin` (the shipped pin in data/), `usage` (what the facade's operation tables use of each API),
`impact` (which documented methods a change breaks), `diff` (the per-service drift summary), `check` (fetching
a deployment's documents). None is imported by `import provena`.
"""

from __future__ import annotations

from .check import DeploymentCheckError, check_deployment
from .impact import ImpactReport, analyse
from .pin import PinError, PinnedSpec, SpecPin, spec_pin

__all__ = [
    "DeploymentCheckError",
    "ImpactReport",
    "PinError",
    "PinnedSpec",
    "SpecPin",
    "analyse",
    "check_deployment",
    "spec_pin",
]
