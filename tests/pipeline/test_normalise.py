"""Generic normalisation fixes, each on the smallest document that shows the quirk."""

from __future__ import annotations

import copy
import json
from typing import Any

from scripts.spec_pipeline import normalise
from scripts.spec_pipeline.services import get

from .conftest import tiny_doc

REGISTRY = get("registry")


def run(doc: dict[str, Any]) -> tuple[dict[str, Any], normalise.Report]:
    report = normalise.Report()
    return normalise.normalise(doc, REGISTRY, report), report


def props(doc: dict[str, Any], schema: str) -> dict[str, Any]:
    result: dict[str, Any] = doc["components"]["schemas"][schema]["properties"]
    return result


def test_input_document_is_not_modified() -> None:
    doc = tiny_doc()
    before = copy.deepcopy(doc)
    run(doc)
    assert doc == before


def test_tuple_items_become_list_of_union() -> None:
    doc = tiny_doc()
    props(doc, "Thing")["pairs"] = {
        "type": "array",
        "items": {"type": "array", "minItems": 2, "maxItems": 2, "items": [{"type": "string"}, {"type": "object"}]},
    }
    out, report = run(doc)
    inner = props(out, "Thing")["pairs"]["items"]
    assert inner["items"] == {"anyOf": [{"type": "string"}, {"type": "object"}]}
    assert report.counts["tuple_items"] == 1


def test_prefix_items_31_become_list_of_union() -> None:
    doc = tiny_doc("3.1.0")
    props(doc, "Thing")["pair"] = {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}]}
    out, _ = run(doc)
    pair = props(out, "Thing")["pair"]
    assert "prefixItems" not in json.dumps(pair)
    assert {"type": "string"} in pair["anyOf"][0]["items"]["anyOf"]


def test_null_branches_in_30_document_become_nullable() -> None:
    doc = tiny_doc()
    props(doc, "Thing")["roles"] = {
        "title": "Roles",
        "anyOf": [{"type": "array", "items": {"type": "string"}}, {"title": "None", "type": "null"}],
    }
    props(doc, "Thing")["item"] = {"anyOf": [{"$ref": "#/components/schemas/Child"}, {"type": "null"}]}
    out, report = run(doc)
    assert props(out, "Thing")["roles"] == {
        "title": "Roles",
        "nullable": True,
        "type": "array",
        "items": {"type": "string"},
    }
    # A $ref stays inside the union: `nullable` beside a bare $ref would be ignored.
    assert props(out, "Thing")["item"] == {"anyOf": [{"$ref": "#/components/schemas/Child"}], "nullable": True}
    assert '"null"' not in json.dumps(out)
    assert report.counts["null_type_to_nullable"] == 2


def test_31_document_keeps_null_branches() -> None:
    doc = tiny_doc("3.1.0")
    props(doc, "Thing")["locked"] = {"anyOf": [{"type": "boolean"}, {"type": "null"}]}
    out, _ = run(doc)
    assert props(out, "Thing")["locked"] == {"anyOf": [{"type": "boolean"}, {"type": "null"}]}


def test_optional_properties_become_nullable_30() -> None:
    out, _ = run(tiny_doc())
    p = props(out, "Thing")
    assert p["id"] == {"title": "Id", "type": "string"}  # required: unchanged
    assert p["child"] == {"anyOf": [{"$ref": "#/components/schemas/Child"}], "nullable": True}
    assert p["tags"]["nullable"] is True


def test_optional_properties_become_nullable_31() -> None:
    out, _ = run(tiny_doc("3.1.0"))
    p = props(out, "Thing")
    assert p["child"] == {"anyOf": [{"$ref": "#/components/schemas/Child"}, {"type": "null"}]}
    assert p["tags"] == {"title": "Tags", "anyOf": [{"type": "array", "items": {"type": "string"}}, {"type": "null"}]}


def test_allof_ref_with_default_becomes_nullable_union() -> None:
    doc = tiny_doc()
    props(doc, "Thing")["category"] = {"allOf": [{"$ref": "#/components/schemas/Child"}], "default": "X"}
    out, _ = run(doc)
    assert props(out, "Thing")["category"] == {
        "default": "X",
        "anyOf": [{"$ref": "#/components/schemas/Child"}],
        "nullable": True,
    }


def test_ref_siblings_are_wrapped() -> None:
    doc = tiny_doc("3.1.0")
    doc["components"]["schemas"]["Thing"]["required"].append("child")
    props(doc, "Thing")["child"] = {"$ref": "#/components/schemas/Child", "default": {"name": "n"}}
    out, report = run(doc)
    assert props(out, "Thing")["child"] == {"default": {"name": "n"}, "anyOf": [{"$ref": "#/components/schemas/Child"}]}
    assert report.counts["ref_siblings"] == 1


def _seed_and_full(doc: dict[str, Any]) -> None:
    schemas = doc["components"]["schemas"]
    schemas["Seed"] = {
        "type": "object",
        "required": ["id", "record_type"],
        "properties": {"id": {"type": "string"}, "record_type": {"type": "string"}},
    }
    schemas["Full"] = {
        "type": "object",
        "required": ["id", "record_type", "display_name"],
        "properties": {"id": {"type": "string"}, "record_type": {"type": "string"}, "display_name": {"type": "string"}},
    }


def test_union_puts_full_variant_before_the_seed_that_would_swallow_it() -> None:
    doc = tiny_doc()
    _seed_and_full(doc)
    props(doc, "Thing")["item"] = {
        "anyOf": [{"$ref": "#/components/schemas/Seed"}, {"$ref": "#/components/schemas/Full"}, {"type": "null"}]
    }
    out, report = run(doc)
    assert props(out, "Thing")["item"]["anyOf"] == [
        {"$ref": "#/components/schemas/Full"},
        {"$ref": "#/components/schemas/Seed"},
    ]
    assert report.counts["union_order"] == 1


def test_union_already_in_order_is_left_alone() -> None:
    doc = tiny_doc("3.1.0")
    _seed_and_full(doc)
    union = [{"$ref": "#/components/schemas/Full"}, {"$ref": "#/components/schemas/Seed"}, {"type": "null"}]
    props(doc, "Thing")["item"] = {"anyOf": union}
    out, report = run(doc)
    assert props(out, "Thing")["item"]["anyOf"] == union
    assert report.counts["union_order"] == 0


def test_titles_made_unique() -> None:
    doc = tiny_doc("3.1.0")
    schemas = doc["components"]["schemas"]
    schemas["Licence-Input"] = {"title": "Licence", "type": "object", "properties": {}}
    schemas["Licence-Output"] = {"title": "Licence", "type": "object", "properties": {}}
    out, _ = run(doc)
    assert out["info"]["title"] == REGISTRY.title
    titles = [s["title"] for s in out["components"]["schemas"].values()]
    assert "LicenceInput" in titles and "LicenceOutput" in titles
    assert len(titles) == len(set(titles))


def test_parameters_and_bodies_are_normalised() -> None:
    doc = tiny_doc()
    doc["paths"]["/thing"]["get"]["parameters"] = [
        {"name": "q", "in": "query", "schema": {"anyOf": [{"type": "string"}, {"type": "null"}]}}
    ]
    out, _ = run(doc)
    assert out["paths"]["/thing"]["get"]["parameters"][0]["schema"] == {"type": "string", "nullable": True}
