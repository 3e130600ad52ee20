"""An OpenAPI 3.1 document as the local stack will serve it (FastAPI 0.116, pydantic 2, ProvenaInterfaces).

Served order of a seed/full union is flipped on purpose (as a server may emit it), and one model differs between
request and response (pydantic 2 then emits `Licence-Input`/`Licence-Output` with one shared title).
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("ProvenaInterfaces")

from fastapi import FastAPI
from openapi_python_client.strings import pascal_case
from ProvenaInterfaces.RegistryAPI import (
    DatasetFetchResponse,
    ItemDataset,
    RegistryImportResponse,
    SeededItem,
)
from ProvenaInterfaces.RegistryModels import ItemSubType, RecordType
from pydantic import BaseModel, computed_field

from scripts.spec_pipeline import generate, normalise
from scripts.spec_pipeline.services import get

from .conftest import OVERRIDES, generated_on_path
from .payloads import minimal_instance, payload


class Licence(BaseModel):
    name: str

    @computed_field  # type: ignore[prop-decorator]
    @property
    def label(self) -> str:
        return self.name.upper()


def build_app() -> FastAPI:
    app = FastAPI(title="FastAPI", version="0.1.0")

    @app.get("/registry/entity/dataset/fetch", response_model=DatasetFetchResponse)
    def fetch_dataset(id: str) -> Any: ...

    @app.post("/admin/import", response_model=RegistryImportResponse)
    def import_items() -> Any: ...

    @app.post("/licence", response_model=Licence)
    def echo_licence(body: Licence) -> Any: ...

    return app


@pytest.fixture(scope="module")
def served_31() -> dict[str, Any]:
    doc = json.loads(json.dumps(build_app().openapi()))
    assert doc["openapi"].startswith("3.1")
    item = doc["components"]["schemas"]["DatasetFetchResponse"]["properties"]["item"]
    item["anyOf"] = [item["anyOf"][1], item["anyOf"][0], *item["anyOf"][2:]]  # seed variant first
    assert item["anyOf"][0] == {"$ref": "#/components/schemas/SeededItem"}
    return doc


# With the project's overrides (SeededItem.record_type is a const) and without them: union ordering alone
# must already make a full item win.
@pytest.fixture(scope="module", params=["with-overrides", "ordering-only"])
def generated_31(
    request: pytest.FixtureRequest, served_31: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    root = tmp_path_factory.mktemp("fastapi31")
    (root / "specs").mkdir()
    (root / "specs" / "registry.json").write_text(json.dumps(served_31), "utf-8")
    declared = OVERRIDES if request.param == "with-overrides" else root / "no-overrides.toml"
    result = generate.generate(root / "specs", root / "generated", declared, [get("registry")])
    assert result.endpoints == result.operations == 3
    counts = result.services[0].fixes.counts
    assert counts["union_order"] >= 1 and counts["tuple_items"] == 1 and counts["schema_title"] == 2
    return root / "generated"


def test_input_output_titles_are_split(served_31: dict[str, Any]) -> None:
    schemas = served_31["components"]["schemas"]
    assert schemas["Licence-Input"]["title"] == schemas["Licence-Output"]["title"] == "Licence"
    out = normalise.normalise(served_31, get("registry"))
    assert out["components"]["schemas"]["Licence-Input"]["title"] == "LicenceInput"
    assert out["components"]["schemas"]["Licence-Output"]["title"] == "LicenceOutput"


def _models(generated: Path) -> Any:
    return importlib.import_module("provena_api_registry.models")


def test_full_and_seed_items_parse_as_their_own_class(generated_31: Path) -> None:
    full = minimal_instance(ItemDataset)
    seed = SeededItem(
        id="10378.1/1", owner_username="researcher", created_timestamp=1, updated_timestamp=1,
        item_category=full.item_category, item_subtype=ItemSubType.DATASET, record_type=RecordType.SEED_ITEM,
    )  # fmt: skip
    with generated_on_path(generated_31):
        models = _models(generated_31)
        fetch = models.DatasetFetchResponse
        got_full = fetch.from_dict(payload(DatasetFetchResponse(status={"success": True, "details": "x"}, item=full)))
        assert type(got_full.item).__name__ == pascal_case("ItemDataset")
        assert got_full.item.display_name == full.display_name  # type: ignore[attr-defined]
        assert got_full.roles is None and got_full.locked is None  # explicit nulls accepted
        got_seed = fetch.from_dict(payload(DatasetFetchResponse(status={"success": True, "details": "x"}, item=seed)))
        assert type(got_seed.item).__name__ == "SeededItem"


def test_tuple_field_and_input_output_models(generated_31: Path) -> None:
    response = RegistryImportResponse(
        status={"success": True, "details": "x"}, trial_mode=True, failure_list=[("10378.1/1", {"why": "bad"})]
    )
    with generated_on_path(generated_31):
        models = _models(generated_31)
        parsed = models.RegistryImportResponse.from_dict(payload(response))
        assert parsed.failure_list[0][0] == "10378.1/1"
        assert parsed.statistics is None
        assert hasattr(models, "LicenceInput") and hasattr(models, "LicenceOutput")
        assert models.LicenceOutput.from_dict({"name": "cc", "label": "CC"}).label == "CC"
