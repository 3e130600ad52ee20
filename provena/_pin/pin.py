"""The spec pin shipped inside the package: which OpenAPI documents this client was generated from.

`nox -s specs` writes `provena/_pin/data/` whenever it pins specs/: `pin.json` (the specs.lock entries) and
`<service>.json.gz` (the pinned documents, byte-identical to specs/<service>.json once decompressed). They
travel in the wheel, so an installed client can say what it was generated from and compare a live deployment
with it, with no checkout. Nothing here is read before `provena.spec_pin()` or `provena.check_deployment()`.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import asdict, dataclass
from importlib import resources
from typing import Any

from .._errors import ProvenaError
from .impact import sha256

DATA_PACKAGE = "provena._pin"
DATA_DIR = "data"
PIN_NAME = "pin.json"
PIN_FORMAT = 1


class PinError(ProvenaError):
    """The shipped pin is missing or does not match its own hashes (a broken install or a hand-edited file)."""


@dataclass(frozen=True)
class PinnedSpec:
    """One service's pinned document."""

    service: str
    source: str  # where it was pulled from (URL, local-stack route, or file)
    sha256: str  # of specs/<service>.json as pinned
    pinned_at: str  # ISO-8601 UTC time this content was first pinned
    info_version: str  # the document's info.version
    openapi: str  # the document's `openapi` field
    provena_version: str | None  # the deployment's Provena version, where its registry reported it


@dataclass(frozen=True)
class SpecPin:
    """What `provena.spec_pin()` returns: the generator and one PinnedSpec per service (table order)."""

    generator: str
    services: dict[str, PinnedSpec]

    def __getitem__(self, service: str) -> PinnedSpec:
        return self.services[service]

    def to_dict(self) -> dict[str, Any]:
        return {
            "generator": self.generator,
            "services": {name: {k: v for k, v in asdict(s).items() if k != "service"}
                         for name, s in self.services.items()},
        }  # fmt: skip

    def to_text(self) -> str:
        lines = [f"provena spec pin (generated with {self.generator}):"]
        for name, s in self.services.items():
            provena = f", Provena {s.provena_version}" if s.provena_version else ""
            lines.append(f"  {name}: info.version {s.info_version}{provena}, pinned {s.pinned_at}, "
                         f"sha256 {s.sha256[:12]}…, from {s.source}")  # fmt: skip
        return "\n".join(lines)


def _data(name: str) -> bytes:
    try:
        return resources.files(DATA_PACKAGE).joinpath(DATA_DIR, name).read_bytes()
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise PinError(
            f"the shipped spec pin has no {DATA_DIR}/{name}; reinstall provena, or in a checkout re-pin with "
            "`nox -s specs` (which writes provena/_pin/data/)"
        ) from exc


def spec_pin() -> SpecPin:
    """The pin this installed client was generated from (per service: source, sha256, time, versions)."""
    try:
        raw = json.loads(_data(PIN_NAME))
        services = {name: PinnedSpec(service=name, **entry) for name, entry in raw["services"].items()}
        return SpecPin(str(raw["generator"]), services)
    except (ValueError, KeyError, TypeError) as exc:
        raise PinError(f"the shipped {DATA_DIR}/{PIN_NAME} is not a valid spec pin ({exc})") from exc


def pinned_document(service: str, pin: SpecPin | None = None) -> dict[str, Any]:
    """The pinned OpenAPI document of one service, checked against the pin's sha256."""
    entry = (pin or spec_pin()).services.get(service)
    if entry is None:
        raise PinError(f"the shipped spec pin has no service {service!r}")
    data = gzip.decompress(_data(f"{service}.json.gz"))
    if sha256(data) != entry.sha256:
        raise PinError(f"the shipped document of {service} does not match its sha256 in {PIN_NAME}")
    doc: dict[str, Any] = json.loads(data)
    return doc
