"""`pull` on an API change: validated documents, the facade impact report, refusal of breaking pins.

The "old" API is the project's own pinned specs/ (copied with their lock into a temporary specs dir); each test
makes one synthetic change to a copy and pulls it with `--from`, as `nox -s specs -- --from DIR` would.
"""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from provena._pin import impact, usage
from scripts.spec_pipeline import cli, lock, validate
from scripts.spec_pipeline.services import SERVICES

from .conftest import OVERRIDES, REPO, snapshot

PINNED = REPO / "specs"


def pull(*args: str | Path) -> int:
    return cli.main(["pull", "--overrides", str(OVERRIDES), *map(str, args)])


def load(name: str) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((PINNED / f"{name}.json").read_bytes())
    return doc


@pytest.fixture
def specs(tmp_path: Path) -> Path:
    """A pinned specs dir identical to the project's (documents and lock)."""
    target = tmp_path / "specs"
    target.mkdir()
    for s in SERVICES:
        shutil.copy(PINNED / f"{s.name}.json", target / f"{s.name}.json")
    shutil.copy(PINNED / lock.LOCK_NAME, target / lock.LOCK_NAME)
    return target


def new_api(tmp_path: Path, changed: dict[str, dict[str, Any]]) -> Path:
    """A `--from` directory: the pinned documents, with `changed` ones in place of theirs."""
    directory = tmp_path / "new"
    directory.mkdir(exist_ok=True)
    for s in SERVICES:
        doc = changed.get(s.name) or load(s.name)
        (directory / f"{s.name}.json").write_text(json.dumps(doc), "utf-8")
    return directory


def without_mint_dataset() -> dict[str, Any]:
    doc = load("datastore")
    del doc["paths"]["/register/mint-dataset"]
    return doc


def rename_schema(doc: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    text = json.dumps(doc).replace(f'"#/components/schemas/{old}"', f'"#/components/schemas/{new}"')
    renamed: dict[str, Any] = json.loads(text)
    schemas = renamed["components"]["schemas"]
    schemas[new] = {**schemas.pop(old), "title": new}
    return renamed


def test_removed_operation_is_refused_and_named(
    specs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(specs)
    assert pull("--from", new_api(tmp_path, {"datastore": without_mint_dataset()}), "--specs-dir", specs) == 1
    captured = capsys.readouterr()
    assert "operation removed: POST /register/mint-dataset (mint_dataset)" in captured.out
    assert "BREAKING" in captured.out
    for method in ("DatastoreClient.mint_dataset", "ProvenaClient.datastore.mint_dataset"):
        assert f"  {method}\n    - datastore mint_dataset (POST /register/mint-dataset): operation removed" in (
            captured.out
        )
    assert "refused" in captured.err and "nothing was written" in captured.err
    assert snapshot(specs) == before
    assert not list(specs.parent.glob(".specs-staging-*"))


def test_check_names_the_removed_operation_and_exits_1(
    specs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(specs)
    source = new_api(tmp_path, {"datastore": without_mint_dataset()})
    assert pull("--check", "--from", source, "--specs-dir", specs) == 1
    out = capsys.readouterr().out
    assert "DatastoreClient.mint_dataset" in out and "API drift in 1 service(s): datastore (breaking)" in out
    assert pull("--check", "--json", "--from", source, "--specs-dir", specs) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["is_breaking"] is True and report["has_drift"] is True
    assert report["services"]["datastore"]["status"] == "changed"
    assert report["services"]["registry"]["status"] == "same"
    assert report["breaking"]["DatastoreClient.mint_dataset"] == [
        "datastore mint_dataset (POST /register/mint-dataset): operation removed"
    ]
    assert snapshot(specs) == before


def test_allow_breaking_pins_on_purpose(specs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ship = tmp_path / "shipped"
    source = new_api(tmp_path, {"datastore": without_mint_dataset()})
    assert pull("--allow-breaking", "--from", source, "--specs-dir", specs, "--ship-dir", ship) == 0
    out = capsys.readouterr().out
    assert "DatastoreClient.mint_dataset" in out and "allowed by --allow-breaking" in out
    pinned = json.loads((specs / "datastore.json").read_bytes())
    assert "/register/mint-dataset" not in pinned["paths"]
    entry = lock.read_lock(specs)["datastore"]
    assert entry.sha256 == lock.sha256((specs / "datastore.json").read_bytes())
    assert entry.source.endswith("new/datastore.json")
    # The shipped pin follows the lock: what an installed client would carry.
    shipped = json.loads((ship / "pin.json").read_bytes())
    assert shipped["services"]["datastore"]["sha256"] == entry.sha256
    # Re-checking the now pinned documents finds nothing.
    assert pull("--check", "--from", source, "--specs-dir", specs) == 0


def test_new_required_field_in_a_request_body_breaks_the_methods_sending_it(
    specs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = load("datastore")
    body = doc["components"]["schemas"]["CollectionFormat"]
    body["properties"]["licence_acknowledged"] = {"type": "boolean", "title": "Licence Acknowledged"}
    body["required"] = [*body.get("required", []), "licence_acknowledged"]
    before = snapshot(specs)
    assert pull("--json", "--from", new_api(tmp_path, {"datastore": doc}), "--specs-dir", specs) == 1
    report = json.loads(capsys.readouterr().out)
    change = "request body: CollectionFormat.licence_acknowledged: field added (required)"
    for method in ("DatastoreClient.mint_dataset", "DatastoreClient.validate_metadata",
                   "DatastoreClient.update_metadata", "ProvenaClient.datastore.mint_dataset"):  # fmt: skip
        assert any(line.endswith(change) for line in report["breaking"][method]), method
    assert "DatastoreClient.fetch_dataset" not in report["breaking"]  # does not send a CollectionFormat
    assert snapshot(specs) == before


def test_renamed_model_breaks_the_methods_parsing_it(
    specs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = rename_schema(load("datastore"), "MintResponse", "MintResult")
    assert pull("--check", "--json", "--from", new_api(tmp_path, {"datastore": doc}), "--specs-dir", specs) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["breaking"]["DatastoreClient.mint_dataset"] == [
        "datastore mint_dataset (POST /register/mint-dataset): response: model MintResponse renamed to MintResult"
    ]
    assert "DatastoreClient.validate_metadata" not in report["breaking"]


def test_added_operation_pins_and_is_listed_as_additive(
    specs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = load("datastore")
    doc["paths"]["/metadata/describe"] = {
        "get": {
            "operationId": "describe_metadata",
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {}}}}},
        }
    }
    assert pull("--from", new_api(tmp_path, {"datastore": doc}), "--specs-dir", specs) == 0
    out = capsys.readouterr().out
    assert "operation added:   GET /metadata/describe (describe_metadata)" in out
    assert "BREAKING" not in out and "(not breaking for the facade)" in out
    assert "pinned 7 services" in out and "(1 changed)" in out
    assert "/metadata/describe" in json.loads((specs / "datastore.json").read_bytes())["paths"]


def test_new_optional_response_field_is_additive(specs: Path) -> None:
    old = {s.name: load(s.name) for s in SERVICES}
    new = copy.deepcopy(old)
    new["datastore"]["components"]["schemas"]["MintResponse"]["properties"]["doi"] = {"type": "string"}
    report = impact.analyse(old, new)
    assert not report.is_breaking and report.has_drift
    assert report.additive["DatastoreClient.mint_dataset"] == [
        "datastore mint_dataset (POST /register/mint-dataset): response: MintResponse.doi: field added"
    ]


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ("body", "$ref '#/components/schemas/NoSuchModel' does not resolve"),
        ("schema", "$ref '#/components/schemas/NoSuchModel' does not resolve"),
    ],
)
def test_dangling_ref_is_refused(
    specs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str, expected: str
) -> None:
    doc = load("prov")
    if where == "body":
        op = next(o for item in doc["paths"].values() for o in item.values() if "requestBody" in o)
        op["requestBody"]["content"]["application/json"]["schema"] = {"$ref": "#/components/schemas/NoSuchModel"}
    else:
        name = next(iter(doc["components"]["schemas"]))
        doc["components"]["schemas"][name]["properties"] = {"x": {"$ref": "#/components/schemas/NoSuchModel"}}
    before = snapshot(specs)
    assert pull("--from", new_api(tmp_path, {"prov": doc}), "--specs-dir", specs) == 2
    err = capsys.readouterr().err
    assert "1 of 7 documents failed validation; nothing was written" in err
    assert "  prov: /" in err and expected in err
    assert snapshot(specs) == before


def test_invalid_openapi_is_refused_with_the_reason(
    specs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = load("job")
    first = next(iter(doc["paths"].values()))
    next(iter(first.values()))["responses"] = "none"
    before = snapshot(specs)
    assert pull("--check", "--from", new_api(tmp_path, {"job": doc}), "--specs-dir", specs) == 2
    err = capsys.readouterr().err
    assert "  job: not a valid OpenAPI 3.1.0 document: " in err
    assert snapshot(specs) == before


def test_identical_documents_report_no_drift(specs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(specs)
    source = new_api(tmp_path, {})
    assert pull("--check", "--json", "--from", source, "--specs-dir", specs) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["has_drift"] is False and report["is_breaking"] is False
    assert report["breaking"] == {} and report["additive"] == {}
    assert {s["status"] for s in report["services"].values()} == {"same"}
    assert pull("--from", source, "--specs-dir", specs) == 0
    assert "no drift: all 7 services match specs.lock" in capsys.readouterr().out
    assert snapshot(specs) == before


def test_validation_accepts_the_pinned_specs() -> None:
    declared = __import__("scripts.spec_pipeline.overrides", fromlist=["load"]).load(OVERRIDES)
    for s in SERVICES:
        assert validate.problems(load(s.name), s, declared) == [], s.name


def test_validation_accepts_the_real_documents(real_specs: Path) -> None:
    from scripts.spec_pipeline import overrides

    declared = overrides.load(OVERRIDES)
    for s in SERVICES:
        doc = json.loads((real_specs / f"{s.name}.json").read_bytes())
        assert validate.problems(doc, s, declared) == [], s.name


def _resolve(label: str) -> Any:
    """A report's method label (`DatastoreClient.review.add_dataset_reviewer`) -> the facade attribute."""
    import provena.clients
    from provena._client import ProvenaClientOps

    root, *path = label.split(".")
    node: Any = ProvenaClientOps if root == "ProvenaClient" else getattr(provena.clients, root)
    for name in path:
        value = next(v for klass in node.__mro__ for k, v in vars(klass).items() if k == name)
        node = getattr(value, "table", None) or value
    return node


def test_real_documents_as_the_new_api(specs: Path, real_specs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(specs)
    assert pull("--check", "--json", "--from", real_specs, "--specs-dir", specs) == 1  # validated, then drift
    report = json.loads(capsys.readouterr().out)
    assert report["has_drift"] is True
    assert {s["status"] for s in report["services"].values()} == {"changed"}
    # The real backend differs from the local stack's pin in ways the facade feels (e.g. fields it dropped):
    # every method named is a real documented method, with at least one reason.
    assert report["is_breaking"] is True
    assert "DatastoreClient.mint_dataset" in report["breaking"]
    for method, changes in {**report["breaking"], **report["additive"]}.items():
        assert changes and _resolve(method) is not None, method
    assert pull("--from", real_specs, "--specs-dir", specs) == 1  # refused: specs/ untouched
    assert snapshot(specs) == before


# --- the facade usage the report is built from -----------------------------------------------------------------


def test_facade_usage_comes_from_the_operation_tables() -> None:
    from provena import _generated

    uses = usage.facade_uses()
    by_method: dict[str, set[str | None]] = {}
    for u in uses:
        by_method.setdefault(u.method, set()).add(u.operation_id)
    assert by_method["DatastoreClient.mint_dataset"] == {"mint_dataset"}
    assert by_method["ProvenaClient.datastore.mint_dataset"] == {"mint_dataset"}
    assert by_method["DatastoreClient.review.add_dataset_reviewer"] == {"add_reviewer"}
    # Per-subtype operation ids are expanded from the registry's subtype table: all ten fetch routes.
    assert len({i for i in by_method["RegistryClient.fetch_item"] if i and i.startswith("fetch_")}) == 10
    # Conveniences are charged with the operations they call.
    assert {"search_entity_registry", "fetch_dataset"} <= by_method["ProvenaClient.datastore.search_datasets"]
    assert "generate_presigned_url" in by_method["ProvenaClient.datastore.io.download_file"]
    assert "list_agent_person" in by_method["ProvenaClient.registry.person.list_all_items"]
    # Every operation the facade uses exists in the generated code and in the pinned documents.
    pinned = {s.name: impact._operations(load(s.name)) for s in SERVICES}
    for u in uses:
        if u.operation_id is not None:
            assert u.operation_id in _generated.operation_ids(u.service), u
            assert u.operation_id in pinned[u.service], u


def test_parameter_names_match_the_generated_code() -> None:
    """impact.python_name spells a document's parameter as the generated `_get_kwargs` argument."""
    import inspect

    from provena import _generated

    for s in SERVICES:
        for op_id, (_key, op) in impact._operations(load(s.name)).items():
            module = _generated.operation(s.name, op_id)
            generated = set(inspect.signature(module._get_kwargs).parameters) - {"body"}
            assert {impact.python_name(p["name"]) for p in op["parameters"]} == generated, (s.name, op_id)


def fit_problems() -> list[str]:
    """Each documented method whose operation is gone from the generated code, or which passes an argument the
    generated operation no longer takes."""
    import inspect

    from provena import _generated

    problems = []
    for u in usage.facade_uses():
        if u.operation_id is None:
            continue
        if u.operation_id not in _generated.operation_ids(u.service):
            problems.append(f"{u.method}: generated {u.service} has no operation {u.operation_id!r}")
            continue
        taken = set(inspect.signature(_generated.operation(u.service, u.operation_id)._get_kwargs).parameters)
        for name in sorted((u.passes or frozenset()) - taken):
            problems.append(f"{u.method}: {u.service} {u.operation_id} takes no {name!r} (it takes {sorted(taken)})")
    return problems


def test_every_documented_method_fits_the_generated_code() -> None:
    """After `nox -s generate` on a changed API this is the test that says what to fix."""
    problems = fit_problems()
    assert problems == [], "\n".join(problems)


@pytest.mark.slow
def test_end_to_end_allowed_breaking_pin_then_generate_names_what_to_fix(
    specs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The API changed -> check (report) -> pull (refused, then allowed) -> generate -> the facade test fails,
    naming the same methods the report named."""
    from provena import _generated

    from .conftest import generated_on_path

    source = new_api(tmp_path, {"datastore": without_mint_dataset()})
    assert pull("--check", "--from", source, "--specs-dir", specs) == 1
    assert pull("--from", source, "--specs-dir", specs) == 1
    assert pull("--allow-breaking", "--from", source, "--specs-dir", specs) == 0
    reported = set(json.loads(_json_report(source, tmp_path, capsys))["breaking"])
    out = tmp_path / "generated"
    assert cli.main(["generate", "--specs", str(specs), "--out", str(out), "--overrides", str(OVERRIDES),
                     "--service", "datastore"]) == 0  # fmt: skip
    monkeypatch.setattr(_generated, "_index", {})
    monkeypatch.setattr(_generated, "_modules", {})
    with generated_on_path(out):
        problems = fit_problems()
    named = {p.split(":", 1)[0] for p in problems}
    expected = {"DatastoreClient.mint_dataset", "ProvenaClient.datastore.io.mint_dataset"}
    assert named == reported == {*expected, "ProvenaClient.datastore.mint_dataset"}
    assert all("has no operation 'mint_dataset'" in p for p in problems)


def _json_report(source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """The --json report of `source` against the project's (unchanged) pin."""
    fresh = tmp_path / "fresh-specs"
    shutil.copytree(PINNED, fresh, ignore=shutil.ignore_patterns("overrides.toml"))
    capsys.readouterr()
    assert pull("--check", "--json", "--from", source, "--specs-dir", fresh) == 1
    return capsys.readouterr().out
