"""A readable "what changed in the API" summary between a pinned document and a freshly pulled one.

Shared by `nox -s specs` and `provena.check_deployment`, so both print the same lines.

Operations are keyed by `METHOD path` and reported as added, removed or changed (operationId, parameters,
request body, responses). Component schemas are reported as added, removed or changed, with the properties
that changed; operations that only changed through a referenced schema are listed under that schema.
"""

from __future__ import annotations

import json
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

Doc = dict[str, Any]


def _operations(doc: Doc) -> dict[str, Doc]:
    ops = {}
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                op = dict(item[method])
                op["parameters"] = [*item.get("parameters", []), *op.get("parameters", [])]
                ops[f"{method.upper()} {path}"] = op
    return ops


def _same(a: Any, b: Any) -> bool:
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def _op_label(key: str, op: Doc) -> str:
    return f"{key} ({op.get('operationId', 'no operationId')})"


def _op_changes(old: Doc, new: Doc) -> list[str]:
    changes = []
    if old.get("operationId") != new.get("operationId"):
        changes.append(f"operationId {old.get('operationId')} -> {new.get('operationId')}")
    old_params = {(p.get("in"), p.get("name")): p for p in old["parameters"]}
    new_params = {(p.get("in"), p.get("name")): p for p in new["parameters"]}
    for key in sorted(new_params.keys() - old_params.keys(), key=str):
        changes.append(f"parameter added: {key[1]} (in {key[0]})")
    for key in sorted(old_params.keys() - new_params.keys(), key=str):
        changes.append(f"parameter removed: {key[1]} (in {key[0]})")
    for key in sorted(old_params.keys() & new_params.keys(), key=str):
        if not _same(old_params[key], new_params[key]):
            changes.append(f"parameter changed: {key[1]} (in {key[0]})")
    if not _same(old.get("requestBody"), new.get("requestBody")):
        changes.append("request body changed")
    old_resp, new_resp = old.get("responses", {}), new.get("responses", {})
    for status in sorted(new_resp.keys() - old_resp.keys()):
        changes.append(f"response {status} added")
    for status in sorted(old_resp.keys() - new_resp.keys()):
        changes.append(f"response {status} removed")
    for status in sorted(old_resp.keys() & new_resp.keys()):
        if not _same(old_resp[status], new_resp[status]):
            changes.append(f"response {status} changed")
    if not _same(old.get("security"), new.get("security")):
        changes.append("security changed")
    return changes


def _schema_changes(old: Doc, new: Doc) -> list[str]:
    changes = []
    old_props, new_props = old.get("properties", {}), new.get("properties", {})
    for name in sorted(new_props.keys() - old_props.keys()):
        changes.append(f"+{name}")
    for name in sorted(old_props.keys() - new_props.keys()):
        changes.append(f"-{name}")
    for name in sorted(old_props.keys() & new_props.keys()):
        if not _same(old_props[name], new_props[name]):
            changes.append(f"~{name}")
    old_req, new_req = set(old.get("required", [])), set(new.get("required", []))
    if old_req != new_req:
        for name in sorted(new_req - old_req):
            changes.append(f"now required: {name}")
        for name in sorted(old_req - new_req):
            changes.append(f"no longer required: {name}")
    rest_old = {k: v for k, v in old.items() if k not in ("properties", "required")}
    rest_new = {k: v for k, v in new.items() if k not in ("properties", "required")}
    if not _same(rest_old, rest_new):
        changed_keys = sorted(
            k for k in rest_old.keys() | rest_new.keys() if not _same(rest_old.get(k), rest_new.get(k))
        )
        changes.append(f"changed: {', '.join(changed_keys)}")
    return changes


def summarise(old: Doc, new: Doc) -> list[str]:
    """Lines describing the drift from `old` to `new`; empty when the documents are equivalent."""
    lines: list[str] = []
    for field in ("openapi",):
        if old.get(field) != new.get(field):
            lines.append(f"{field}: {old.get(field)} -> {new.get(field)}")
    if old.get("info", {}).get("version") != new.get("info", {}).get("version"):
        lines.append(f"info.version: {old.get('info', {}).get('version')} -> {new.get('info', {}).get('version')}")

    old_ops, new_ops = _operations(old), _operations(new)
    for key in sorted(new_ops.keys() - old_ops.keys()):
        lines.append(f"operation added:   {_op_label(key, new_ops[key])}")
    for key in sorted(old_ops.keys() - new_ops.keys()):
        lines.append(f"operation removed: {_op_label(key, old_ops[key])}")
    for key in sorted(old_ops.keys() & new_ops.keys()):
        changes = _op_changes(old_ops[key], new_ops[key])
        if changes:
            lines.append(f"operation changed: {_op_label(key, new_ops[key])}: {'; '.join(changes)}")

    old_s = old.get("components", {}).get("schemas", {})
    new_s = new.get("components", {}).get("schemas", {})
    for name in sorted(new_s.keys() - old_s.keys()):
        lines.append(f"schema added:   {name}")
    for name in sorted(old_s.keys() - new_s.keys()):
        lines.append(f"schema removed: {name}")
    changed = sorted(n for n in old_s.keys() & new_s.keys() if not _same(old_s[n], new_s[n]))
    for name in changed:
        users = _operations_using(new, name)
        used_by = f" (used by {len(users)} operations, e.g. {', '.join(users[:3])})" if users else ""
        lines.append(f"schema changed: {name}: {'; '.join(_schema_changes(old_s[name], new_s[name]))}{used_by}")

    rest = [k for k in old.keys() | new.keys() if k not in ("openapi", "info", "paths", "components")]
    other = sorted(k for k in rest if not _same(old.get(k), new.get(k)))
    other += [
        f"components.{k}"
        for k in sorted(old.get("components", {}).keys() | new.get("components", {}).keys())
        if k != "schemas" and not _same(old.get("components", {}).get(k), new.get("components", {}).get(k))
    ]
    if other:
        lines.append(f"other top-level changes: {', '.join(other)}")
    return lines


def _refs(node: Any, found: set[str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            found.add(ref.rsplit("/", 1)[-1])
        for v in node.values():
            _refs(v, found)
    elif isinstance(node, list):
        for v in node:
            _refs(v, found)


def _operations_using(doc: Doc, schema: str) -> list[str]:
    """Operations whose parameters, body or responses reach `schema` through $refs (transitively)."""
    schemas = doc.get("components", {}).get("schemas", {})
    closure: dict[str, set[str]] = {}

    def reach(name: str) -> set[str]:
        if name not in closure:
            closure[name] = set()
            direct: set[str] = set()
            _refs(schemas.get(name, {}), direct)
            result = set(direct)
            for d in direct:
                result |= reach(d)
            closure[name] = result
        return closure[name]

    users = []
    for key, op in _operations(doc).items():
        direct: set[str] = set()
        _refs(op, direct)
        if schema in direct or any(schema in reach(d) for d in direct):
            users.append(op.get("operationId") or key)
    return sorted(users)
