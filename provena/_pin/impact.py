"""Facade impact: which documented methods a change from the pinned documents to new ones would break.

A change breaks a method when it removes or renames an operation the method calls, removes a parameter it
passes or makes a new one required, changes a parameter's or field's type, removes a field (or makes one
required) in a request body it sends, removes or renames a response model it parses, drops a response field
its generated model requires, or adds an enum value to a response its generated enum cannot parse. Everything
else is additive and listed. The report also carries the per-service drift summary (provena._pin.diff).
"""

from __future__ import annotations

import builtins
import hashlib
import json
import keyword
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .diff import HTTP_METHODS, summarise
from .usage import Use

Doc = dict[str, Any]
_SCHEMA_PREFIX = "#/components/schemas/"


def canonical_bytes(doc: Any) -> bytes:
    """A pinned document's file content: 2-space indent, key order as served, UTF-8, trailing newline."""
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- names as the generator spells them --------------------------------------------------------------------
# The generated code names an operation module and a keyword argument after the document's name in snake_case,
# with "_" appended to Python keywords and builtins (`list` -> `list_`); the facade's tables use those names.
_RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}


def python_name(name: str) -> str:
    clean = "".join(c for c in name if c.isidentifier() or c.isdecimal() or c in ". _-")
    if any(c.isupper() for c in clean):
        clean = " ".join(re.split("([A-Z]?[a-z]+)", clean))
    snake = "_".join(re.findall(r"[^. _\-]+", clean)).lower()
    return f"{snake}_" if snake in _RESERVED or keyword.iskeyword(snake) else snake


def _operations(doc: Doc) -> dict[str, tuple[str, Doc]]:
    """generated operation id -> (`METHOD path`, operation with path-level parameters merged)."""
    found: dict[str, tuple[str, Doc]] = {}
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict) and isinstance(op.get("operationId"), str):
                merged = {**op, "parameters": [*item.get("parameters", []), *op.get("parameters", [])]}
                found.setdefault(python_name(op["operationId"]).rstrip("_"), (f"{method.upper()} {path}", merged))
    return found


# --- schemas ------------------------------------------------------------------------------------------------


def _ref_names(node: Any) -> set[str]:
    names: set[str] = set()

    def walk(n: Any) -> None:
        if isinstance(n, dict):
            ref = n.get("$ref")
            if isinstance(ref, str) and ref.startswith(_SCHEMA_PREFIX):
                names.add(ref[len(_SCHEMA_PREFIX) :])
            for v in n.values():
                walk(v)
        elif isinstance(n, list):
            for v in n:
                walk(v)

    walk(node)
    return names


def _is_null(s: Any) -> bool:
    return isinstance(s, dict) and s.get("type") == "null" and "enum" not in s


# Formats that change the generated Python type (datetime, date, File, UUID); others (uri, email) stay `str`.
_TYPED_FORMATS = frozenset({"date-time", "date", "binary", "uuid"})


def _shape(s: Any) -> Any:
    """What a schema's type is, without documentation, defaults or nullability (an Optional stays the same)."""
    if not isinstance(s, dict):
        return s
    if isinstance(s.get("$ref"), str):
        return {"$ref": s["$ref"].rsplit("/", 1)[-1]}
    out: dict[str, Any] = {}
    for key in ("anyOf", "oneOf"):
        if isinstance(s.get(key), list):
            branches = [_shape(b) for b in s[key] if not _is_null(b)]
            if len(branches) == 1 and not out:
                return branches[0]
            out[key] = sorted(branches, key=lambda b: json.dumps(b, sort_keys=True))
    if isinstance(s.get("allOf"), list):
        parts = [_shape(b) for b in s["allOf"]]
        if len(parts) == 1 and not out:
            return parts[0]
        out["allOf"] = parts
    kind = s.get("type")
    if isinstance(kind, list):
        kind = sorted(t for t in kind if t != "null")
        kind = kind[0] if len(kind) == 1 else kind
    if kind is not None:
        out["type"] = kind
    if s.get("format") in _TYPED_FORMATS:
        out["format"] = s["format"]
    if "const" in s:
        out["const"] = s["const"]
    if isinstance(s.get("items"), dict):
        out["items"] = _shape(s["items"])
    if isinstance(s.get("additionalProperties"), dict):
        out["additionalProperties"] = _shape(s["additionalProperties"])
    return out


def _label(s: Any) -> str:
    shape = _shape(s)
    if isinstance(shape, dict) and set(shape) == {"$ref"}:
        return str(shape["$ref"])
    if isinstance(shape, dict) and set(shape) <= {"type", "format"} and shape:
        return "/".join(str(shape[k]) for k in ("type", "format") if k in shape)
    return json.dumps(shape, sort_keys=True)


def _enum(s: Any) -> list[Any] | None:
    if not isinstance(s, dict):
        return None
    if isinstance(s.get("enum"), list):
        return [v for v in s["enum"] if v is not None]
    for key in ("anyOf", "oneOf"):
        branches = [b for b in s.get(key, []) if not _is_null(b)]
        if len(branches) == 1:
            return _enum(branches[0])
    return None


@dataclass(frozen=True)
class Finding:
    breaking: bool
    text: str


def _enum_findings(where: str, old: Any, new: Any, side: str) -> list[Finding]:
    old_values, new_values = _enum(old), _enum(new)
    if old_values is None or new_values is None:
        return []
    found = []
    removed = [v for v in old_values if v not in new_values]
    added = [v for v in new_values if v not in old_values]
    if removed:
        found.append(Finding(True, f"{where}: enum values removed: {', '.join(map(str, removed))}"))
    if added:
        # An old generated enum cannot parse a value it does not know: new values in a response break parsing.
        found.append(Finding(side == "response", f"{where}: enum values added: {', '.join(map(str, added))}"))
    return found


def _renames(old_schemas: Mapping[str, Any], new_schemas: Mapping[str, Any]) -> dict[str, str]:
    """Removed schema -> added schema with the same content (only the name and title differ)."""

    def body(s: Any) -> str:
        return json.dumps({k: v for k, v in s.items() if k != "title"} if isinstance(s, dict) else s, sort_keys=True)

    added = {body(new_schemas[n]): n for n in new_schemas.keys() - old_schemas.keys()}
    removed = old_schemas.keys() - new_schemas.keys()
    return {n: added[body(old_schemas[n])] for n in removed if body(old_schemas[n]) in added}


class _Models:
    """Compares the component schemas reachable from a root, once per (schema, side), with the documents' names."""

    def __init__(self, old: Doc, new: Doc) -> None:
        self.old = old.get("components", {}).get("schemas", {})
        self.new = new.get("components", {}).get("schemas", {})
        self.renamed = _renames(self.old, self.new)
        self._cache: dict[tuple[str, str], list[Finding]] = {}

    def reachable(self, roots: Iterable[str]) -> list[str]:
        seen: list[str] = []
        todo = list(roots)
        while todo:
            name = todo.pop()
            if name in seen or name not in self.old:
                continue
            seen.append(name)
            todo += sorted(_ref_names(self.old[name]))
        return sorted(seen)

    def findings(self, roots: Iterable[str], side: str) -> list[Finding]:
        found: list[Finding] = []
        for name in self.reachable(roots):
            key = (name, side)
            if key not in self._cache:
                self._cache[key] = self._compare(name, side)
            found += self._cache[key]
        return found

    def _compare(self, name: str, side: str) -> list[Finding]:
        if name not in self.new:
            if name in self.renamed:
                return [Finding(True, f"model {name} renamed to {self.renamed[name]}")]
            return [Finding(True, f"model {name} removed")]
        old, new = self.old[name], self.new[name]
        if not isinstance(old, dict) or not isinstance(new, dict):
            return []
        found = _enum_findings(f"model {name}", old, new, side)
        old_props, new_props = old.get("properties", {}), new.get("properties", {})
        old_req, new_req = set(old.get("required", [])), set(new.get("required", []))
        if not old_props and not new_props and _shape(old) != _shape(new) and _enum(old) is None:
            found.append(Finding(True, f"model {name}: type changed: {_label(old)} -> {_label(new)}"))
        for prop in old_props:
            where = f"{name}.{prop}"
            if prop not in new_props:
                found.append(Finding(True, f"{where}: field removed"))
                continue
            if _shape(old_props[prop]) != _shape(new_props[prop]):
                found.append(Finding(True, f"{where}: type changed: {_label(old_props[prop])} -> "
                                           f"{_label(new_props[prop])}"))  # fmt: skip
            found += _enum_findings(where, old_props[prop], new_props[prop], side)
            if prop in new_req and prop not in old_req:
                found.append(Finding(side == "request", f"{where}: now required"))
            if prop in old_req and prop not in new_req:
                # The old generated model reads a required field unconditionally: a response may now omit it.
                found.append(Finding(side == "response", f"{where}: no longer required"))
        for prop in new_props.keys() - old_props.keys():
            required = prop in new_req
            found.append(Finding(required and side == "request",
                                 f"{name}.{prop}: field added{' (required)' if required else ''}"))  # fmt: skip
        return sorted(found, key=lambda f: f.text)


def _prefixed(prefix: str, found: list[Finding]) -> list[Finding]:
    return [Finding(f.breaking, prefix + f.text) for f in found]


def _body_schema(op: Doc) -> Any:
    for media in op.get("requestBody", {}).get("content", {}).values():
        if isinstance(media, dict) and "schema" in media:
            return media["schema"]
    return None


def _response_schema(op: Doc) -> Any:
    for status in sorted(op.get("responses", {})):
        if status.startswith("2"):
            for media in op["responses"][status].get("content", {}).values():
                if isinstance(media, dict) and "schema" in media:
                    return media["schema"]
    return None


def _operation_findings(use: Use, old_key: str, old_op: Doc, new_ops: Mapping[str, tuple[str, Doc]],
                        new_doc: Doc, models: _Models) -> list[Finding]:  # fmt: skip
    assert use.operation_id is not None
    label = f"{use.service} {use.operation_id} ({old_key})"
    if use.operation_id not in new_ops:
        renamed = [op.get("operationId") for key, (k, op) in new_ops.items() if k == old_key]
        if renamed:
            return [Finding(True, f"{label}: operation renamed to {renamed[0]}")]
        return [Finding(True, f"{label}: operation removed")]
    new_key, new_op = new_ops[use.operation_id]
    found: list[Finding] = []
    if new_key != old_key:
        found.append(Finding(False, f"{label}: moved to {new_key}"))
    old_params = {(p.get("in"), p.get("name")): p for p in old_op["parameters"]}
    new_params = {(p.get("in"), p.get("name")): p for p in new_op["parameters"]}
    for (where, name), param in old_params.items():
        passed = use.passes is None or python_name(str(name)) in use.passes
        if (where, name) not in new_params:
            found.append(Finding(passed, f"{label}: parameter {name} (in {where}) removed"))
            continue
        new_param = new_params[(where, name)]
        if passed and _shape(param.get("schema")) != _shape(new_param.get("schema")):
            found.append(Finding(True, f"{label}: parameter {name} type changed: {_label(param.get('schema'))} -> "
                                       f"{_label(new_param.get('schema'))}"))  # fmt: skip
        if new_param.get("required") and not param.get("required"):
            found.append(Finding(True, f"{label}: parameter {name} (in {where}) now required"))
    for (where, name), param in new_params.items():
        if (where, name) not in old_params:
            required = bool(param.get("required"))
            found.append(Finding(required, f"{label}: parameter {name} (in {where}) added"
                                           f"{' (required)' if required else ''}"))  # fmt: skip
    old_body, new_body = _body_schema(old_op), _body_schema(new_op)
    if old_body is not None and new_body is None:
        found.append(Finding(True, f"{label}: request body removed"))
    elif old_body is None and new_body is not None:
        required = bool(new_op.get("requestBody", {}).get("required"))
        found.append(Finding(required, f"{label}: request body added"))
    elif old_body is not None:
        old_refs, new_refs = _ref_names(old_body), _ref_names(new_body)
        for gone in sorted(old_refs - new_refs):
            if gone in models.new or gone not in models.renamed:  # a rename is reported by the model check
                found.append(Finding(True, f"{label}: request body no longer takes {gone}"))
        if not old_refs and _shape(old_body) != _shape(new_body):
            found.append(Finding(True, f"{label}: request body type changed: {_label(old_body)} -> {_label(new_body)}"))
        found += _prefixed(f"{label}: request body: ", models.findings(old_refs, "request"))
    if use.parses_response:
        old_resp, new_resp = _response_schema(old_op), _response_schema(new_op)
        old_refs = _ref_names(old_resp)
        new_refs = _ref_names(new_resp)
        for gone in sorted(old_refs - new_refs):
            if gone in models.new or gone not in models.renamed:
                found.append(Finding(True, f"{label}: response model {gone} no longer returned"))
        if old_resp is not None and not old_refs and _shape(old_resp) != _shape(new_resp):
            found.append(Finding(True, f"{label}: response type changed: {_label(old_resp)} -> {_label(new_resp)}"))
        found += _prefixed(f"{label}: response: ", models.findings(old_refs, "response"))
    return found


@dataclass
class ServiceDrift:
    name: str
    status: str  # "same", "changed", "new" (not in the pin), "missing" (in the pin, not in the new documents)
    pinned_sha256: str | None
    new_sha256: str | None
    summary: list[str] = field(default_factory=list)


@dataclass
class ImpactReport:
    """The drift from a pin and what it does to the facade; `to_text()` / `to_dict()` for people and tools."""

    pin_label: str
    services: dict[str, ServiceDrift]
    breaking: dict[str, list[str]]  # documented method -> what changed under it
    additive: dict[str, list[str]]
    deployment: dict[str, Any] = field(default_factory=dict)  # what the check learnt (URLs, Provena version)

    @property
    def has_drift(self) -> bool:
        return any(s.status != "same" for s in self.services.values())

    @property
    def is_breaking(self) -> bool:
        return bool(self.breaking)

    @property
    def drifted(self) -> list[str]:
        return [name for name, s in self.services.items() if s.status != "same"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "pin": self.pin_label,
            "has_drift": self.has_drift,
            "is_breaking": self.is_breaking,
            "services": {
                name: {
                    "status": s.status,
                    "pinned_sha256": s.pinned_sha256,
                    "new_sha256": s.new_sha256,
                    "changes": list(s.summary),
                }
                for name, s in self.services.items()
            },
            "breaking": {m: list(v) for m, v in self.breaking.items()},
            "additive": {m: list(v) for m, v in self.additive.items()},
            **({"deployment": self.deployment} if self.deployment else {}),
        }

    def to_text(self) -> str:
        lines: list[str] = []
        for name, s in self.services.items():
            if s.status == "same":
                continue
            lines.append(f"== {name}: drift from {self.pin_label}")
            lines += [f"   {line}" for line in s.summary]
        if self.breaking:
            lines.append(f"BREAKING: {len(self.breaking)} documented method(s) of the facade would break:")
            for method, changes in self.breaking.items():
                lines.append(f"  {method}")
                lines += [f"    - {c}" for c in changes]
        if self.additive:
            lines.append(f"additive for the facade ({len(self.additive)} documented method(s); pins normally):")
            for method, changes in self.additive.items():
                lines.append(f"  {method}")
                lines += [f"    + {c}" for c in changes]
        if self.has_drift:
            verdict = "breaking" if self.is_breaking else "not breaking for the facade"
            lines.append(f"API drift in {len(self.drifted)} service(s): {', '.join(self.drifted)} ({verdict})")
        else:
            lines.append(f"no drift: all {len(self.services)} services match {self.pin_label}")
        return "\n".join(lines)


def analyse(
    old: Mapping[str, Doc | None],
    new: Mapping[str, Doc],
    *,
    uses: Sequence[Use] | None = None,
    pin_label: str = "the pin",
    pinned_sha256: Mapping[str, str] | None = None,
) -> ImpactReport:
    """Compare `new` documents with the pinned `old` ones (service -> document) and with what the facade uses.

    `pinned_sha256` (service -> hash of the pinned file) decides drift when given; otherwise the old documents'
    canonical bytes are hashed. `uses` defaults to the facade's own (provena._pin.usage.facade_uses()).
    """
    if uses is None:
        from .usage import facade_uses

        uses = facade_uses()
    services: dict[str, ServiceDrift] = {}
    breaking: dict[str, list[str]] = {}
    additive: dict[str, list[str]] = {}
    for name in [*old, *(n for n in new if n not in old)]:
        old_doc, new_doc = old.get(name), new.get(name)
        pinned = (pinned_sha256 or {}).get(name) or (sha256(canonical_bytes(old_doc)) if old_doc else None)
        fresh = sha256(canonical_bytes(new_doc)) if new_doc is not None else None
        if new_doc is None:
            services[name] = ServiceDrift(name, "missing", pinned, None, ["not in the new documents"])
            continue
        if old_doc is None:
            services[name] = ServiceDrift(name, "new", pinned, fresh, ["not pinned yet"])
            continue
        if pinned == fresh:
            services[name] = ServiceDrift(name, "same", pinned, fresh)
            continue
        summary = summarise(old_doc, new_doc) or ["content differs (no API-level change found)"]
        services[name] = ServiceDrift(name, "changed", pinned, fresh, summary)
        old_ops, new_ops = _operations(old_doc), _operations(new_doc)
        models = _Models(old_doc, new_doc)
        for use in uses:
            if use.service != name:
                continue
            if use.operation_id is None:
                found = (
                    _prefixed(
                        f"{name} (a route the document hides): response: ", models.findings([use.model], "response")
                    )
                    if use.model
                    else []
                )
            elif use.operation_id in old_ops:
                old_key, old_op = old_ops[use.operation_id]
                found = _operation_findings(use, old_key, old_op, new_ops, new_doc, models)
            else:
                continue  # the facade names an operation this pin does not have (reported by the facade tests)
            for f in found:
                bucket = breaking if f.breaking else additive
                if f.text not in bucket.setdefault(use.method, []):
                    bucket[use.method].append(f.text)
    for bucket in (breaking, additive):
        for method in list(bucket):
            if not bucket[method]:
                del bucket[method]
    # A method both breaks and gains something: list it once, under breaking, with its additions.
    for method in list(additive):
        if method in breaking:
            breaking[method] += [f"(additive) {t}" for t in additive.pop(method)]
    return ImpactReport(
        pin_label,
        services,
        dict(sorted(breaking.items())),
        dict(sorted(additive.items())),
    )
