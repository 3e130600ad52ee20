"""Declared overrides: loading, validation, targeting and stale-pointer errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.spec_pipeline import overrides
from scripts.spec_pipeline.services import PipelineError

from .conftest import OVERRIDES, tiny_doc


def load_text(tmp_path: Path, text: str) -> list[overrides.Override]:
    path = tmp_path / "overrides.toml"
    path.write_text(text, "utf-8")
    return overrides.load(path)


def test_set_targets_only_named_services(tmp_path: Path) -> None:
    declared = load_text(
        tmp_path,
        """
[[override]]
services = ["registry"]
pointer = "/components/schemas/Child/properties/name"
value = { type = "string", const = "n" }
reason = "test"
""",
    )
    doc = tiny_doc()
    assert overrides.apply(doc, "registry", declared)
    assert doc["components"]["schemas"]["Child"]["properties"]["name"] == {"type": "string", "const": "n"}
    other = tiny_doc()
    assert overrides.apply(other, "auth", declared) == []
    assert other == tiny_doc()


def test_remove_and_value_json_and_escaped_pointer(tmp_path: Path) -> None:
    declared = load_text(
        tmp_path,
        """
[[override]]
services = ["*"]
pointer = "/paths/~1thing/get/operationId"
op = "remove"
reason = "test"

[[override]]
services = ["*"]
pointer = "/info/x-null"
value_json = 'null'
reason = "TOML has no null"
""",
    )
    doc = tiny_doc()
    overrides.apply(doc, "job", declared)
    assert "operationId" not in doc["paths"]["/thing"]["get"]
    assert doc["info"]["x-null"] is None


def test_stale_pointer_names_service_and_override(tmp_path: Path) -> None:
    declared = load_text(
        tmp_path,
        """
[[override]]
services = ["prov"]
pointer = "/paths/~1gone/get/responses"
value = {}
reason = "route that no longer exists"
""",
    )
    with pytest.raises(PipelineError, match=r"prov: override #1 \(/paths/~1gone/get/responses\) does not resolve"):
        overrides.apply(tiny_doc(), "prov", declared)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('services = ["nope"]\npointer = "/a"\nvalue = 1\nreason = "r"', "unknown service 'nope'"),
        ('services = ["auth"]\npointer = "/a"\nvalue = 1', "needs a `reason`"),
        ('services = ["auth"]\npointer = "a"\nvalue = 1\nreason = "r"', "JSON pointer"),
        ('services = ["auth"]\npointer = "/a"\nreason = "r"', "exactly one of"),
        ('services = ["auth"]\npointer = "/a"\nvalue = 1\nreason = "r"\ncolour = 1', "unknown keys"),
    ],
)
def test_invalid_entries_are_rejected(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(PipelineError, match=message):
        load_text(tmp_path, f"[[override]]\n{body}\n")


def test_project_overrides_resolve_in_real_documents(real_specs: Path) -> None:
    import json

    declared = overrides.load(OVERRIDES)
    assert declared, "specs/overrides.toml declares the known per-document fixes"
    applied = 0
    for name in {s for o in declared for s in o.services}:
        doc = json.loads((real_specs / f"{name}.json").read_text("utf-8"))
        applied += len(overrides.apply(doc, name, declared))
    assert applied == len(declared)
