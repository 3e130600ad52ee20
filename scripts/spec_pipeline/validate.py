"""Full OpenAPI validation of a pulled document before it may be pinned.

Two checks, both must pass:
1. every `$ref` resolves inside the document (openapi-spec-validator resolves references lazily and lets a
   dangling one through, so they are walked here first);
2. openapi-spec-validator, for the version the document declares (3.0 or 3.1), on the document as the
   generator will read it: declared overrides, then generic normalisation (normalise.py). The real services'
   documents carry known quirks that are invalid as served (tuple `items`, `{"type": "null"}` in 3.0); those
   are exactly what normalisation fixes, so a document is accepted when what would be generated from it is
   valid. One quirk normalisation leaves to the generator, which reads it: `const` in a 3.0 document (a 3.1
   keyword); the validator is shown it as the equivalent one-value `enum`.
"""

from __future__ import annotations

import copy
import itertools
from typing import Any

from . import generate, overrides
from .services import PipelineError, Service

MAX_ERRORS_SHOWN = 5


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def dangling_refs(doc: dict[str, Any]) -> list[str]:
    """`where: $ref` for every reference that does not resolve (or points outside the document)."""
    problems: list[str] = []

    def resolves(ref: str) -> bool:
        if not ref.startswith("#/"):
            return False  # external references: a served document must be self-contained
        node: Any = doc
        for token in ref[2:].split("/"):
            token = _unescape(token)
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                return False
        return True

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and not resolves(ref):
                problems.append(f"{where or '/'}: $ref {ref!r} does not resolve")
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}/{i}")

    walk(doc, "")
    return problems


def _const_as_enum(node: Any) -> Any:
    if isinstance(node, dict):
        out = {k: _const_as_enum(v) for k, v in node.items()}
        if "const" in out and "enum" not in out:
            out["enum"] = [out.pop("const")]
        return out
    if isinstance(node, list):
        return [_const_as_enum(v) for v in node]
    return node


def _errors(doc: dict[str, Any]) -> list[str]:
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    version = str(doc.get("openapi", ""))
    if version.startswith("3.1"):
        validator: Any = OpenAPIV31SpecValidator(doc)
    elif version.startswith("3.0"):
        validator = OpenAPIV30SpecValidator(_const_as_enum(copy.deepcopy(doc)))
    else:
        return [f"openapi {version!r}: only OpenAPI 3.0 and 3.1 documents can be validated"]
    errors: list[str] = []
    try:
        found = list(itertools.islice(validator.iter_errors(), MAX_ERRORS_SHOWN + 1))
    except Exception as exc:  # the validator itself trips over a structure it cannot walk
        return [f"not a valid OpenAPI {version} document: malformed ({type(exc).__name__}: {exc})"]
    for error in found:
        where = "/" + "/".join(str(p) for p in error.absolute_path)
        message = error.message.strip().splitlines()[0] if error.message.strip() else type(error).__name__
        message = message if len(message) <= 200 else message[:200] + "…"
        errors.append(f"not a valid OpenAPI {version} document: {where}: {message}")
        if len(errors) > MAX_ERRORS_SHOWN:
            errors[MAX_ERRORS_SHOWN:] = ["... and more"]
            break
    return errors


def problems(doc: dict[str, Any], service: Service, declared: list[overrides.Override]) -> list[str]:
    """Why `doc` may not be pinned (empty when it may)."""
    found = dangling_refs(doc)
    if found:
        return found
    served = _errors(doc)
    if not served:
        return []
    # Invalid as served: accepted only if what the generator would read (overrides + normalisation) is valid.
    try:
        try:
            prepared, _, _ = generate.prepare(doc, service, declared)
        except PipelineError:  # a stale override: reported as a warning by `pull`; validate without it
            prepared, _, _ = generate.prepare(doc, service, [])
    except (AttributeError, TypeError, KeyError, ValueError):
        return served  # too malformed to normalise: the served document's errors say why
    return _errors(prepared) and served
