"""Generic fixes that turn a served FastAPI document into one openapi-python-client 0.29.1 reads correctly.

Each fix below answers a measured quirk (see ../shared/provena-specs/README.md and guides/anchors.md §3):

- tuple items (`items: [A, B]`, pydantic 1 `Tuple[...]`; `prefixItems` in 3.1): invalid in OpenAPI 3.0 and the
  generator rejects the whole document. Choice: a list whose items are `anyOf` the tuple's member types, so a
  `Tuple[str, Dict]` becomes `list[str | <object>]`. Position typing is lost; values are kept.
- `{"type": "null"}` branches in a 3.0 document (a 3.1 construct): rewritten to 3.0 `nullable: true`.
- Optional fields the services send as explicit `null` while the schema neither requires nor allows null:
  every non-required property is made nullable, so `from_dict` accepts `null` instead of crashing.
- `$ref` with sibling keywords (ignored by OpenAPI 3.0 and by the generator): wrapped so the siblings apply.
- Unions of object models (e.g. `Union[ItemDataset, SeededItem]`): the generator ignores discriminators and
  returns the *first* variant that parses; a seed item's schema is a subset of the full item's, so a variant
  goes before any variant that would also accept its payloads, and a full item cannot come back as the seed.
- Colliding titles: every served document says `info.title = "FastAPI"`; pydantic 2 also emits `X-Input` /
  `X-Output` component pairs sharing one title (the generator then drops models). Titles are made unique.

The pinned file is never touched: `normalise` returns a new document. Both OpenAPI 3.0.x (the real services,
FastAPI 0.88/pydantic 1) and 3.1.x (the local stack, FastAPI 0.116/pydantic 2) documents are handled; the
nullable form written matches the document's version.
"""

from __future__ import annotations

import copy
import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .services import Service

Schema = dict[str, Any]

# Keywords that only describe a schema; they stay on the outer schema when it is wrapped in a union.
_META_KEYS = ("title", "description", "default", "example", "examples", "deprecated", "readOnly", "writeOnly")
# Sibling keywords of a `$ref` that are harmless to drop (documentation only).
_DOC_ONLY = {"description", "summary"}
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass
class Report:
    """What normalisation changed, counted per fix: printed by the CLI and asserted by tests."""

    counts: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)

    def add(self, fix: str, note: str | None = None) -> None:
        self.counts[fix] += 1
        if note:
            self.notes.append(note)


def is_31(doc: dict[str, Any]) -> bool:
    return str(doc.get("openapi", "")).startswith("3.1")


def normalise(doc: dict[str, Any], service: Service, report: Report | None = None) -> dict[str, Any]:
    """Return a fixed copy of `doc`; `report` (if given) records every change."""
    report = report if report is not None else Report()
    out = copy.deepcopy(doc)
    v31 = is_31(out)
    schemas: dict[str, Schema] = out.get("components", {}).get("schemas", {})

    def fix(schema: Any, where: str) -> Any:
        return _fix_schema(schema, where, v31, schemas, report)

    for name in list(schemas):
        schemas[name] = fix(schemas[name], f"#/components/schemas/{name}")
    for slot, where in _schema_slots(out):
        slot["schema"] = fix(slot["schema"], where)

    _fix_titles(out, service, report)
    return out


def _schema_slots(doc: dict[str, Any]) -> list[tuple[dict[str, Any], str]]:
    """Every `{"schema": ...}` holder outside components.schemas: parameters, bodies, responses."""
    slots: list[tuple[dict[str, Any], str]] = []

    def media(content: dict[str, Any], where: str) -> None:
        for ctype, holder in content.items():
            if isinstance(holder, dict) and isinstance(holder.get("schema"), dict):
                slots.append((holder, f"{where} {ctype}"))

    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            where = f"{method.upper()} {path}"
            for param in [*item.get("parameters", []), *op.get("parameters", [])]:
                if isinstance(param.get("schema"), dict):
                    slots.append((param, f"{where} param {param.get('name')}"))
            media(op.get("requestBody", {}).get("content", {}), f"{where} body")
            for status, response in op.get("responses", {}).items():
                media(response.get("content", {}), f"{where} {status}")
    return slots


def _fix_schema(schema: Any, where: str, v31: bool, schemas: dict[str, Schema], report: Report) -> Any:
    """Fix one schema, children first (so a parent sees already-fixed children)."""
    if not isinstance(schema, dict):
        return schema

    def child(value: Any, suffix: str) -> Any:
        return _fix_schema(value, f"{where}{suffix}", v31, schemas, report)

    s = dict(schema)
    if isinstance(s.get("properties"), dict):
        s["properties"] = {k: child(v, f".{k}") for k, v in s["properties"].items()}
    for key in ("anyOf", "oneOf", "allOf", "prefixItems"):
        if isinstance(s.get(key), list):
            s[key] = [child(v, f"/{key}") for v in s[key]]
    if isinstance(s.get("items"), list):
        s["items"] = [child(v, "[]") for v in s["items"]]
    elif isinstance(s.get("items"), dict):
        s["items"] = child(s["items"], "[]")
    for key in ("additionalProperties", "not"):
        if isinstance(s.get(key), dict):
            s[key] = child(s[key], f"/{key}")
    for key in ("$defs", "definitions"):
        if isinstance(s.get(key), dict):
            s[key] = {k: child(v, f"/{key}/{k}") for k, v in s[key].items()}

    s = _fix_tuple_items(s, where, report)
    if not v31:
        s = _null_branches_to_nullable(s, where, report)
    s = _wrap_ref_siblings(s, where, v31, report)
    s = _order_union_variants(s, where, schemas, report)
    s = _optional_properties_nullable(s, where, v31, report)
    return s


# --- tuple items -------------------------------------------------------------------------------------------


def _fix_tuple_items(s: Schema, where: str, report: Report) -> Schema:
    members: list[Any] | None = None
    if isinstance(s.get("items"), list):
        members = s["items"]
    elif isinstance(s.get("prefixItems"), list):
        members = list(s["prefixItems"])
        if isinstance(s.get("items"), dict):  # 3.1: items after the prefix
            members.append(s["items"])
    if members is None:
        return s
    unique: list[Any] = []
    for m in members:
        if m not in unique:
            unique.append(m)
    s = {k: v for k, v in s.items() if k != "prefixItems"}
    s["items"] = unique[0] if len(unique) == 1 else {"anyOf": unique}
    report.add("tuple_items", f"{where}: tuple items -> list of anyOf {len(unique)} types")
    return s


# --- nullability ------------------------------------------------------------------------------------------


def _is_null(s: Any) -> bool:
    return isinstance(s, dict) and s.get("type") == "null" and not s.get("enum")


def accepts_null(s: Any) -> bool:
    """True if the generator will accept `None` for this schema already."""
    if not isinstance(s, dict):
        return False
    if s.get("nullable") is True or _is_null(s):
        return True
    if isinstance(s.get("type"), list) and "null" in s["type"]:
        return True
    if any(accepts_null(b) for key in ("anyOf", "oneOf") for b in s.get(key, [])):
        return True
    if None in s.get("enum", []):
        return True
    shaping = {"type", "$ref", "anyOf", "oneOf", "allOf", "enum", "const", "properties", "items", "not"}
    return not (shaping & s.keys())  # `{}` (any value) already accepts null


def _null_branches_to_nullable(s: Schema, where: str, report: Report) -> Schema:
    """3.0 document: `anyOf: [X, {type: null}]` -> X with `nullable: true`; `type: [t, "null"]` likewise."""
    if isinstance(s.get("type"), list) and "null" in s["type"]:
        rest = [t for t in s["type"] if t != "null"]
        s = {**s, "nullable": True}
        if len(rest) == 1:
            s["type"] = rest[0]
        elif rest:
            s["type"] = rest
        else:
            del s["type"]
        report.add("null_type_to_nullable")
    for key in ("anyOf", "oneOf"):
        branches = s.get(key)
        if not isinstance(branches, list) or not any(_is_null(b) for b in branches):
            continue
        rest = [b for b in branches if not _is_null(b)]
        s = {k: v for k, v in s.items() if k != key}
        s["nullable"] = True
        report.add("null_type_to_nullable")
        if len(rest) == 1 and "$ref" not in rest[0] and not (rest[0].keys() & s.keys() - {"nullable"}):
            s.update(rest[0])  # hoist the only real branch: `{title, type: array, nullable}`
        elif rest:
            s[key] = rest  # a `$ref` stays inside the union: `nullable` next to `$ref` would be ignored
    return s


def _make_nullable(s: Schema, v31: bool) -> Schema:
    meta = {k: s[k] for k in _META_KEYS if k in s}
    inner = {k: v for k, v in s.items() if k not in _META_KEYS}
    if "$ref" in inner or ("allOf" in inner and len(inner["allOf"]) == 1 and len(inner) == 1):
        # `$ref` (or pydantic's `allOf: [$ref]` idiom) cannot carry `nullable` itself: make it a union.
        inner = {"anyOf": [inner]} if "$ref" in inner else {"anyOf": inner["allOf"]}
    if v31:
        if "anyOf" in inner and len(inner) == 1:
            return {**meta, "anyOf": [*inner["anyOf"], {"type": "null"}]}
        return {**meta, "anyOf": [inner, {"type": "null"}]}
    return {**meta, **inner, "nullable": True}


def _optional_properties_nullable(s: Schema, where: str, v31: bool, report: Report) -> Schema:
    props = s.get("properties")
    if not isinstance(props, dict):
        return s
    required = set(s.get("required", []))
    new_props = {}
    for name, prop in props.items():
        if name not in required and isinstance(prop, dict) and not accepts_null(prop):
            prop = _make_nullable(prop, v31)
            report.add("optional_nullable")
        new_props[name] = prop
    return {**s, "properties": new_props}


def _wrap_ref_siblings(s: Schema, where: str, v31: bool, report: Report) -> Schema:
    if "$ref" not in s or not (s.keys() - {"$ref"} - _DOC_ONLY):
        return s
    siblings = {k: v for k, v in s.items() if k != "$ref"}
    nullable = siblings.pop("nullable", False)
    out: Schema = {**siblings, "anyOf": [{"$ref": s["$ref"]}]}
    report.add("ref_siblings", f"{where}: $ref siblings {sorted(siblings)} kept by wrapping in anyOf")
    if nullable:
        out = _make_nullable(out, v31)
    return out


# --- unions of models -------------------------------------------------------------------------------------


def _ref_target(branch: Any, schemas: dict[str, Schema]) -> Schema | None:
    if isinstance(branch, dict) and isinstance(branch.get("$ref"), str):
        prefix = "#/components/schemas/"
        if branch["$ref"].startswith(prefix):
            return schemas.get(branch["$ref"][len(prefix) :])
    return None


def _swallows(general: Schema, specific: Schema) -> bool:
    """True if every payload of `specific` also parses as `general` (its required keys are all present)."""
    return set(general.get("required", [])) <= set(specific.get("properties", {}))


def _specificity(i: int, models: dict[int, Schema]) -> int:
    """Minus the number of other variants that would swallow variant i's payloads (sort key: lower first)."""
    mine = models[i]
    return -sum(1 for j, o in models.items() if j != i and _swallows(o, mine) and not _swallows(mine, o))


def _order_union_variants(s: Schema, where: str, schemas: dict[str, Schema], report: Report) -> Schema:
    """Put a variant before every variant that would swallow its payloads (ties keep served order).

    `SeededItem` requires only the record keys, all of which a full `ItemDataset` has, so SeededItem parses
    full items too; ItemDataset requires `display_name` etc., so it rejects seed payloads: ItemDataset first.
    """
    for key in ("anyOf", "oneOf"):
        branches = s.get(key)
        if not isinstance(branches, list):
            continue
        targets = {i: _ref_target(b, schemas) for i, b in enumerate(branches)}
        model_slots = [i for i, t in targets.items() if t is not None and "properties" in t]
        if len(model_slots) < 2:
            continue

        models = {i: targets[i] or {} for i in model_slots}
        ordered = sorted(model_slots, key=functools.partial(_specificity, models=models))  # stable sort
        if ordered == model_slots:
            continue
        new = list(branches)
        for slot, src in zip(model_slots, ordered, strict=True):
            new[slot] = branches[src]
        before = [branches[i]["$ref"].rsplit("/", 1)[-1] for i in model_slots]
        after = [branches[i]["$ref"].rsplit("/", 1)[-1] for i in ordered]
        report.add("union_order", f"{where}: {before} -> {after}")
        s = {**s, key: new}
    return s


# --- titles -----------------------------------------------------------------------------------------------


def _class_name(component_key: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", component_key) if part)


def _fix_titles(doc: dict[str, Any], service: Service, report: Report) -> None:
    info = doc.setdefault("info", {})
    if info.get("title") != service.title:
        info["title"] = service.title
        report.add("info_title")
    schemas: dict[str, Schema] = doc.get("components", {}).get("schemas", {})
    seen: Counter[str] = Counter(s.get("title", k) for k, s in schemas.items() if isinstance(s, dict))
    for key, schema in schemas.items():
        if isinstance(schema, dict) and seen[schema.get("title", key)] > 1:
            new_title = _class_name(key)
            report.add("schema_title", f"#/components/schemas/{key}: title {schema.get('title')!r} -> {new_title!r}")
            schema["title"] = new_title


def count_operations(doc: dict[str, Any]) -> int:
    return sum(1 for item in doc.get("paths", {}).values() for m in HTTP_METHODS if m in item)
