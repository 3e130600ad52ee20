"""Declared per-spec fixes kept as data (specs/overrides.toml): a JSON pointer, a new value, a reason each.

Generic quirks are fixed in code (normalise.py); these are facts about particular documents that no rule can
infer (e.g. "this route answers with a CSV file although the document says JSON"). Overrides are applied to
the pinned document *before* generic normalisation, so pointers are written against `specs/<service>.json`
exactly as served. A pointer that no longer resolves is an error: the API changed and the override must be
reviewed, not silently skipped.

    [[override]]
    services = ["prov"]                 # one or more service names, or ["*"]
    pointer = "/paths/~1bulk~1generate_template~1csv/get/responses/200/content"
    op = "set"                          # "set" (default; parent must exist) or "remove"
    value = { "text/csv" = { schema = { type = "string", format = "binary" } } }
    # value_json = 'null'               # instead of `value`, for JSON that TOML cannot write (null)
    reason = "FileResponse: the route answers with a CSV file, the document says JSON"
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .services import BY_NAME, PipelineError

_KEYS = {"services", "pointer", "op", "value", "value_json", "reason"}


@dataclass(frozen=True)
class Override:
    services: tuple[str, ...]
    pointer: str
    op: str
    value: Any
    reason: str
    index: int  # position in the file, for error messages

    def applies_to(self, service: str) -> bool:
        return "*" in self.services or service in self.services

    def label(self) -> str:
        return f"override #{self.index} ({self.pointer})"


def load(path: Path) -> list[Override]:
    if not path.exists():
        return []
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise PipelineError(f"{path}: not valid TOML ({exc})") from exc
    result = []
    for i, raw in enumerate(data.get("override", []), start=1):
        where = f"{path} override #{i}"
        unknown = raw.keys() - _KEYS
        if unknown:
            raise PipelineError(f"{where}: unknown keys {sorted(unknown)} (allowed: {sorted(_KEYS)})")
        services = raw.get("services")
        if not isinstance(services, list) or not services:
            raise PipelineError(f'{where}: `services` must be a non-empty list, e.g. ["registry"] or ["*"]')
        for name in services:
            if name != "*" and name not in BY_NAME:
                raise PipelineError(f"{where}: unknown service {name!r} (known: {', '.join(BY_NAME)})")
        pointer = raw.get("pointer")
        if not isinstance(pointer, str) or not pointer.startswith("/"):
            raise PipelineError(f"{where}: `pointer` must be a JSON pointer starting with '/'")
        op = raw.get("op", "set")
        if op not in ("set", "remove"):
            raise PipelineError(f"{where}: `op` must be 'set' or 'remove', not {op!r}")
        if not str(raw.get("reason", "")).strip():
            raise PipelineError(f"{where}: every override needs a `reason`")
        if op == "set":
            if ("value" in raw) == ("value_json" in raw):
                raise PipelineError(f"{where}: give exactly one of `value` or `value_json`")
            try:
                value = json.loads(raw["value_json"]) if "value_json" in raw else raw["value"]
            except json.JSONDecodeError as exc:
                raise PipelineError(f"{where}: `value_json` is not JSON ({exc})") from exc
        else:
            value = None
        result.append(Override(tuple(services), pointer, op, value, raw["reason"], i))
    return result


def _tokens(pointer: str) -> list[str]:
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]


def _resolve_parent(doc: Any, pointer: str) -> tuple[Any, str]:
    *parents, last = _tokens(pointer)
    node = doc
    for token in parents:
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(token)
    return node, last


def apply(doc: dict[str, Any], service: str, overrides: list[Override]) -> list[str]:
    """Apply in file order, in place; return one line per applied override. Raise if a pointer is stale."""
    applied = []
    for o in overrides:
        if not o.applies_to(service):
            continue
        try:
            parent, last = _resolve_parent(doc, o.pointer)
            if isinstance(parent, list):
                index = int(last)
                if o.op == "remove":
                    del parent[index]
                else:
                    parent[index] = json.loads(json.dumps(o.value))
            elif isinstance(parent, dict):
                if o.op == "remove":
                    del parent[last]
                else:
                    parent[last] = json.loads(json.dumps(o.value))  # a private copy per document
            else:
                raise KeyError(last)
        except (KeyError, ValueError, IndexError) as exc:
            raise PipelineError(
                f"{service}: {o.label()} does not resolve in the document (missing {exc}); the API changed, "
                f"review the override (reason given: {o.reason})"
            ) from exc
        applied.append(f"{o.label()}: {o.op} — {o.reason}")
    return applied
