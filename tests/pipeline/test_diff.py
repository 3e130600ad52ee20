"""The drift summary: operations and schemas added, removed and changed."""

from __future__ import annotations

import copy

from scripts.spec_pipeline.diff import summarise

from .conftest import tiny_doc


def test_identical_documents_have_no_drift() -> None:
    assert summarise(tiny_doc(), tiny_doc()) == []


def test_operation_level_changes() -> None:
    old = tiny_doc()
    new = copy.deepcopy(old)
    op = new["paths"]["/thing"]["get"]
    op["operationId"] = "fetch_thing"
    op["parameters"] = [{"name": "id", "in": "query", "schema": {"type": "string"}}]
    op["responses"]["404"] = {"description": "nope"}
    op["responses"]["200"]["content"]["application/json"]["schema"] = {"type": "string"}
    del new["components"]["schemas"]["Child"]
    new["components"]["schemas"]["Thing"]["required"] = ["id", "tags"]
    new["info"]["version"] = "1.2.3"
    lines = summarise(old, new)
    assert "info.version: 0.1.0 -> 1.2.3" in lines
    changed = next(line for line in lines if line.startswith("operation changed: GET /thing (fetch_thing)"))
    assert "operationId get_thing -> fetch_thing" in changed
    assert "parameter added: id (in query)" in changed
    assert "response 404 added" in changed and "response 200 changed" in changed
    assert "schema removed: Child" in lines
    assert any(line.startswith("schema changed: Thing: now required: tags") for line in lines)


def test_removed_operation() -> None:
    old = tiny_doc()
    new = copy.deepcopy(old)
    new["paths"] = {"/other": new["paths"].pop("/thing")}
    lines = summarise(old, new)
    assert "operation removed: GET /thing (get_thing)" in lines
    assert "operation added:   GET /other (get_thing)" in lines
