"""The generated packages load only what an operation needs (scripts/spec_pipeline/templates/).

`models/__init__.py` resolves names on first use (PEP 562), and a model imports the models it refers to once,
at the end of its module, instead of inside every `from_dict`/`to_dict` call. Each check runs in a fresh
interpreter, because what matters is which modules an import pulls in.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from scripts.spec_pipeline import generate
from scripts.spec_pipeline.services import BY_NAME

from .conftest import OVERRIDES, REPO, write_specs

SEARCH = BY_NAME["search"]


def _object(required: list[str], **properties: Any) -> dict[str, Any]:
    return {"type": "object", "required": required, "properties": properties}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def cyclic_doc() -> dict[str, Any]:
    """One operation returning `Node` (a tree: Node -> Node) that also refers to `Owner`, which refers back to
    `Node`; `Unrelated` is used by no operation."""
    node = _ref("Node")
    return {
        "openapi": "3.0.2",
        "info": {"title": "FastAPI", "version": "0.1.0"},
        "paths": {
            "/node": {
                "get": {
                    "operationId": "get_node",
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": node}}}},
                }
            }
        },
        "components": {
            "schemas": {
                "Node": _object(
                    ["id"],
                    id={"type": "string"},
                    children={"type": "array", "items": _ref("Node")},
                    owner=_ref("Owner"),
                ),
                "Owner": _object(["name"], name={"type": "string"}, favourite=_ref("Node")),
                "Unrelated": _object(["x"], x={"type": "integer"}),
            }
        },
    }


@pytest.fixture(scope="module")
def cyclic_generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cyclic")
    specs = write_specs(root / "specs", {SEARCH.name: cyclic_doc()})
    generate.generate(specs, root / "generated", OVERRIDES.with_name("none.toml"), [SEARCH])
    return root / "generated"


def _run(path: Path, code: str) -> Any:
    """Run `code` in a fresh interpreter with `path` first on sys.path; it prints one JSON value."""
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          env={"PYTHONPATH": str(path)}, cwd=path, timeout=120)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_an_operation_loads_its_models_only(cyclic_generated: Path) -> None:
    loaded = _run(cyclic_generated, """
        import json, sys
        import provena_api_search.api.default.get_node
        prefix = "provena_api_search.models."
        print(json.dumps(sorted(m.removeprefix(prefix) for m in sys.modules if m.startswith(prefix))))
    """)  # fmt: skip
    assert loaded == ["node", "owner"]  # `unrelated` stays unimported


@pytest.mark.parametrize("first", ["node", "owner"])
def test_models_that_refer_to_each_other_import_in_either_order(cyclic_generated: Path, first: str) -> None:
    payload = {"id": "root", "children": [{"id": "leaf"}], "owner": {"name": "o", "favourite": {"id": "fav"}}}
    result = _run(cyclic_generated, f"""
        import importlib, json
        importlib.import_module("provena_api_search.models.{first}")
        from provena_api_search.models import Node, Owner
        node = Node.from_dict({payload!r})
        assert isinstance(node.children[0], Node) and isinstance(node.owner, Owner)
        assert isinstance(node.owner.favourite, Node)
        print(json.dumps(node.to_dict()))
    """)  # fmt: skip
    assert result == payload


def test_lazy_models_package_offers_every_name(cyclic_generated: Path) -> None:
    result = _run(cyclic_generated, """
        import json, sys
        import provena_api_search.models as models
        before = "provena_api_search.models.unrelated" in sys.modules
        names = {name: getattr(models, name).__name__ for name in models.__all__}
        try:
            models.NoSuchModel
        except AttributeError as exc:
            missing = str(exc)
        public = sorted(n for n in vars(models) if not n.startswith("_"))  # nothing but models (no `Any`)
        print(json.dumps({"before": before, "names": names, "dir": sorted(set(models.__all__) - set(dir(models))),
                          "missing": missing, "public": public}))
    """)  # fmt: skip
    assert result["before"] is False
    assert {"Node", "Owner", "Unrelated"} <= set(result["names"])
    assert all(k == v for k, v in result["names"].items())
    assert result["dir"] == []
    assert "NoSuchModel" in result["missing"]
    assert set(result["public"]) <= set(result["names"]) | {"node", "owner", "unrelated", "http_validation_error",
                                                            "validation_error"}  # fmt: skip


def test_committed_packages_resolve_every_model_and_load_few_per_operation() -> None:
    """On the committed generated/: every exported model resolves, and listing organisations loads a few."""
    generated = REPO / "generated"
    result = _run(generated, """
        import importlib, json, sys
        services = ["auth", "datastore", "registry", "prov", "search", "job", "id_service"]
        import provena_api_registry.api.organisation.list_agent_organisation  # the bench's listing
        loaded = [m for m in sys.modules if m.startswith("provena_api_registry.models.")]
        exported = 0
        for s in services:
            models = importlib.import_module(f"provena_api_{s}.models")
            for name in models.__all__:
                assert getattr(models, name).__name__ == name, name
                exported += 1
        total = len([m for m in sys.modules if m.startswith("provena_api_registry.models.")])
        print(json.dumps({"loaded": len(loaded), "total": total, "exported": exported}))
    """)  # fmt: skip
    assert result["exported"] > 300
    assert 0 < result["loaded"] < result["total"] / 5  # 23 of 201 today; every one before the lazy init
