"""Compare the local stack's OpenAPI documents with the real services' documents.

Usage: python scripts/conformance.py [REFERENCE_DIR] [--service NAME] [--verbose]
Reads the reference documents in place (they are never copied into the project).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_REFERENCE = REPO.parent / "shared" / "provena-specs"
SERVICES = ("auth", "datastore", "registry", "prov", "search", "job", "id-service")
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def schema_names(schema: Any) -> list[str]:
    """The component names a schema refers to at its top level (through arrays and unions)."""
    if not isinstance(schema, dict):
        return []
    if "$ref" in schema:
        return [schema["$ref"].rsplit("/", 1)[-1]]
    names: list[str] = []
    for key in ("anyOf", "oneOf", "allOf"):
        for sub in schema.get(key, []):
            names += schema_names(sub)
    if schema.get("type") == "array":
        names += schema_names(schema.get("items"))
    return sorted(set(names))


def _body(op: dict[str, Any]) -> list[str]:
    content = op.get("requestBody", {}).get("content", {})
    return sorted({n for media in content.values() for n in schema_names(media.get("schema"))})


def _response(op: dict[str, Any]) -> list[str]:
    ok = op.get("responses", {}).get("200", {}).get("content", {})
    return sorted({n for media in ok.values() for n in schema_names(media.get("schema"))})


def _params(op: dict[str, Any]) -> list[tuple[str, str, bool]]:
    return sorted((p["name"], p["in"], bool(p.get("required", False))) for p in op.get("parameters", []))


def operations(doc: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (m.upper(), path): op for path, item in doc.get("paths", {}).items() for m, op in item.items() if m in METHODS
    }


@dataclass
class Report:
    service: str
    total: int = 0
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    operation_id: list[str] = field(default_factory=list)
    params: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    response: list[str] = field(default_factory=list)

    @property
    def matched(self) -> int:
        return self.total - len(self.missing)

    @property
    def full_matches(self) -> int:
        bad = {line.split(" ", 2)[0] + " " + line.split(" ", 2)[1] for line in self.params + self.body + self.response}
        return self.matched - len(bad)


def compare(service: str, ours: dict[str, Any], ref: dict[str, Any]) -> Report:
    mine, theirs = operations(ours), operations(ref)
    rep = Report(service, total=len(theirs))
    for key, op in theirs.items():
        label = f"{key[0]} {key[1]}"
        if key not in mine:
            rep.missing.append(f"{label} ({op.get('operationId')})")
            continue
        got = mine[key]
        if got.get("operationId") != op.get("operationId"):
            rep.operation_id.append(f"{label}: {got.get('operationId')} != {op.get('operationId')}")
        if _params(got) != _params(op):
            rep.params.append(f"{label}: ours {_params(got)} ref {_params(op)}")
        if _body(got) != _body(op):
            rep.body.append(f"{label}: ours {_body(got)} ref {_body(op)}")
        if _response(got) != _response(op):
            rep.response.append(f"{label}: ours {_response(got)} ref {_response(op)}")
    rep.extra = [f"{k[0]} {k[1]}" for k in mine if k not in theirs]
    return rep


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("reference", nargs="?", type=Path, default=DEFAULT_REFERENCE)
    ap.add_argument("--service", action="append")
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(REPO))
    from provena.local.specs import openapi_documents

    docs = openapi_documents()
    total = matched = full = 0
    for service in args.service or SERVICES:
        ref = json.loads((args.reference / f"{service}.json").read_text())
        rep = compare(service, docs[service], ref)
        total += rep.total
        matched += rep.matched
        full += rep.full_matches
        print(f"{service:11} ops {rep.matched}/{rep.total} present, {rep.full_matches} fully matching; "
              f"opId {len(rep.operation_id)} params {len(rep.params)} body {len(rep.body)} "
              f"response {len(rep.response)} extra {len(rep.extra)}")  # fmt: skip
        if args.verbose:
            for kind in ("missing", "operation_id", "params", "body", "response", "extra"):
                for line in getattr(rep, kind):
                    print(f"   {kind}: {line}")
    print(f"TOTAL present {matched}/{total}, fully matching {full}/{total}")
    return 0 if matched == total else 1


if __name__ == "__main__":
    sys.exit(main())
