"""Lazy access to the generated per-service packages (`provena_api_<service>`).

Nothing here imports a generated package at import time. A generated operation lives at
`provena_api_<svc>.api.<tag>.<operation_id>`; the tag directory depends on the document the code was generated
from (our local stack's specs and a real deployment's differ), so operations are found by file name: the
package's `api/` directory is scanned once per service (no import), and a module is imported on first use.
"""

from __future__ import annotations

import importlib
import importlib.util
import threading
from pathlib import Path
from types import ModuleType
from typing import Any

__all__ = [
    "GeneratedCodeMissing",
    "client_class",
    "model",
    "operation",
    "operation_ids",
    "package_name",
    "types_module",
]

# Service names as used by Config.endpoint_for and the spec pipeline.
SERVICES: tuple[str, ...] = ("auth", "datastore", "registry", "prov", "search", "job", "id-service")

_lock = threading.Lock()
_index: dict[str, dict[str, str]] = {}  # service -> operation id -> module name
_modules: dict[tuple[str, str], ModuleType] = {}


class GeneratedCodeMissing(ImportError):
    """A generated service package (or one of its operations) is not installed / not on sys.path."""


def package_name(service: str) -> str:
    """`id-service` -> `provena_api_id_service`."""
    if service not in SERVICES:
        raise ValueError(f"unknown Provena service {service!r}; expected one of {list(SERVICES)}")
    return "provena_api_" + service.replace("-", "_")


def _package_dir(service: str) -> Path:
    name = package_name(service)
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise GeneratedCodeMissing(
            f"the generated package {name!r} is not importable; install the provena distribution (it ships "
            f"generated/) or regenerate it with `nox -s generate` and put generated/ on sys.path"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def _scan(service: str) -> dict[str, str]:
    index = _index.get(service)
    if index is not None:
        return index
    with _lock:
        index = _index.get(service)
        if index is None:
            pkg = package_name(service)
            api = _package_dir(service) / "api"
            index = {}
            for path in sorted(api.glob("*/*.py")):
                if path.name == "__init__.py":
                    continue
                # The generator appends "_" to ids that shadow Python names (`list` -> `list_.py`). The same
                # id under two tags would be a generator bug; the first (sorted) wins.
                module_name = f"{pkg}.api.{path.parent.name}.{path.stem}"
                index.setdefault(path.stem.rstrip("_") or path.stem, module_name)
            _index[service] = index
    return index


def operation_ids(service: str) -> list[str]:
    """Every operation id the generated package of `service` offers (sorted)."""
    return sorted(_scan(service))


def operation(service: str, operation_id: str) -> ModuleType:
    """The generated module of one operation (`_get_kwargs`, `_parse_response`, `sync_detailed`, ...)."""
    key = (service, operation_id)
    module = _modules.get(key)
    if module is not None:
        return module
    module_name = _scan(service).get(operation_id)
    if module_name is None:
        raise GeneratedCodeMissing(
            f"{package_name(service)} has no operation {operation_id!r}; the specs it was generated from do "
            f"not contain it (regenerate from a newer document, or call it with `.raw.request(...)`)"
        )
    module = importlib.import_module(module_name)
    _modules[key] = module
    return module


def model(service: str, name: str) -> type[Any]:
    """A generated model class by its schema name, e.g. `model("registry", "StatusResponse")`."""
    models = importlib.import_module(package_name(service) + ".models")
    try:
        cls: type[Any] = getattr(models, name)
    except AttributeError:
        raise GeneratedCodeMissing(f"{package_name(service)}.models has no model {name!r}") from None
    return cls


def client_class(service: str) -> type[Any]:
    """The generated `Client` class of a service (bound to the facade's httpx clients)."""
    cls: type[Any] = importlib.import_module(package_name(service) + ".client").Client
    return cls


def types_module(service: str) -> ModuleType:
    """The generated `types` module (UNSET, File, Response)."""
    return importlib.import_module(package_name(service) + ".types")
