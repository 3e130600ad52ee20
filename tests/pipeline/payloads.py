"""Real-shaped payloads built from the services' own pydantic models (ProvenaInterfaces).

`minimal_instance` fills only what a model requires (from its JSON schema), validates it with the real model,
and `payload` dumps it the way FastAPI answers: every field present, unset optionals as explicit JSON `null`.
"""

from __future__ import annotations

import importlib
import inspect
from functools import cache
from typing import Any

from pydantic import BaseModel, ValidationError

INTERFACE_MODULES = (
    "RegistryAPI", "RegistryModels", "AuthAPI", "DataStoreAPI", "ProvenanceAPI", "ProvenanceModels",
    "SearchAPI", "AsyncJobAPI", "AsyncJobModels", "HandleAPI", "HandleModels", "SharedTypes",
)  # fmt: skip

_STRING_FORMATS = {
    "date": "2024-01-02",
    "date-time": "2024-01-02T03:04:05Z",
    "email": "researcher@example.com",
    "uri": "https://example.com/x",
    "duration": "P1D",
}


@cache
def interface_models() -> dict[str, type[BaseModel]]:
    found: dict[str, type[BaseModel]] = {}
    for name in INTERFACE_MODULES:
        module = importlib.import_module(f"ProvenaInterfaces.{name}")
        for attr, value in vars(module).items():
            if inspect.isclass(value) and issubclass(value, BaseModel) and value is not BaseModel:
                found.setdefault(attr, value)
    return found


def _example(schema: dict[str, Any], defs: dict[str, Any], depth: int) -> Any:
    if depth > 12:
        return None
    if "$ref" in schema:
        return _example(defs[schema["$ref"].rsplit("/", 1)[-1]], defs, depth + 1)
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("anyOf", "oneOf", "allOf"):
        branches = [b for b in schema.get(key, []) if b.get("type") != "null"]
        if branches:
            return _example(branches[0], defs, depth + 1)
    kind = schema.get("type")
    if kind == "string":
        return _STRING_FORMATS.get(schema.get("format", ""), "x")
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if kind == "array":
        if "prefixItems" in schema:
            return [_example(s, defs, depth + 1) for s in schema["prefixItems"]]
        return [_example(schema.get("items", {}), defs, depth + 1)]
    if kind == "object" or "properties" in schema:
        required = schema.get("required", [])
        return {k: _example(v, defs, depth + 1) for k, v in schema.get("properties", {}).items() if k in required}
    return None


def minimal_instance(model: type[BaseModel], **fields: Any) -> BaseModel:
    """A valid instance with only required fields filled (plus `fields`); raises ValidationError if impossible."""
    schema = model.model_json_schema()
    data = _example(schema, schema.get("$defs", {}), 0)
    data.update(fields)
    return model.model_validate(data)


def payload(instance: BaseModel) -> dict[str, Any]:
    """As FastAPI sends it: all fields, None kept as JSON null."""
    dumped: dict[str, Any] = instance.model_dump(mode="json")
    return dumped


def try_payload(name: str) -> dict[str, Any] | None:
    model = interface_models().get(name)
    if model is None:
        return None
    try:
        return payload(minimal_instance(model))
    except (ValidationError, ValueError, TypeError, KeyError):
        return None
