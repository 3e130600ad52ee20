"""`generate` and `check-generated` on small documents: packages, determinism, currency check, failures."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scripts.spec_pipeline import cli, generate
from scripts.spec_pipeline.services import SERVICES, PipelineError

from .conftest import OVERRIDES, generated_on_path, tiny_doc, write_specs

PACKAGES = [s.package for s in SERVICES]


@pytest.fixture(scope="module")
def tiny_generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, generate.Result]:
    root = tmp_path_factory.mktemp("tiny")
    specs = write_specs(root / "specs")
    result = generate.generate(specs, root / "generated", OVERRIDES.with_name("none.toml"))
    return specs, root / "generated", result


def test_one_package_per_service_with_every_operation(tiny_generated: Any) -> None:
    _, out, result = tiny_generated
    assert sorted(p.name for p in out.iterdir()) == sorted(PACKAGES)
    assert (result.operations, result.endpoints) == (7, 7)
    for package in PACKAGES:
        assert (out / package / "api" / "default" / "get_thing.py").is_file()
        assert (out / package / "py.typed").is_file()
        assert not (out / package / "pyproject.toml").exists()  # --meta none: no project files
    assert not list(out.rglob(".ruff_cache")) and not list(out.rglob("__pycache__"))


def test_output_is_byte_identical_across_runs_and_locations(tiny_generated: Any, tmp_path: Path) -> None:
    specs, out, _ = tiny_generated
    again = tmp_path / "elsewhere" / "generated"
    generate.generate(specs, again, OVERRIDES.with_name("none.toml"))
    assert generate.compare_trees(out, again, PACKAGES) == []


def test_check_generated_passes_then_catches_hand_edits(
    tiny_generated: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    specs, out, _ = tiny_generated
    copy_dir = tmp_path / "generated"
    import shutil

    shutil.copytree(out, copy_dir)
    args = ["check-generated", "--specs", str(specs), "--generated", str(copy_dir), "--overrides", "/nonexistent"]
    assert cli.main(args) == 0
    client = copy_dir / "provena_api_job" / "client.py"
    client.write_text(client.read_text("utf-8") + "# hand edit\n", "utf-8")
    (copy_dir / "provena_api_auth" / "extra.py").write_text("", "utf-8")
    shutil.rmtree(copy_dir / "provena_api_search")
    assert cli.main(args) == 1
    err = capsys.readouterr().err
    assert "provena_api_job/client.py: content differs" in err
    assert "provena_api_auth/extra.py: not produced by the generator" in err
    assert "provena_api_search/: missing" in err
    assert "nox -s generate" in err


def test_missing_pinned_spec_is_a_clear_error(tmp_path: Path) -> None:
    specs = write_specs(tmp_path / "specs")
    (specs / "prov.json").unlink()
    with pytest.raises(PipelineError, match=r"prov: no pinned spec at .*prov\.json; pull specs first"):
        generate.generate(specs, tmp_path / "out", tmp_path / "none.toml")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_generator_warning_fails_and_names_the_service(tmp_path: Path) -> None:
    doc = tiny_doc()
    doc["paths"]["/thing"]["get"]["responses"]["200"]["content"] = {"application/xml": {"schema": {}}}
    specs = write_specs(tmp_path / "specs", {"search": doc})
    out = tmp_path / "out"
    with pytest.raises(PipelineError, match=r"(?s)search: openapi-python-client reported problems.*content_type"):
        generate.generate(specs, out, tmp_path / "none.toml")
    assert not out.exists() or not any(out.iterdir())  # all or nothing


def _raw_generate(doc: dict[str, Any], out: Path) -> None:
    """The generator without our pipeline, to show what normalisation prevents."""
    out.parent.mkdir(parents=True, exist_ok=True)
    spec = out.parent / "raw.json"
    spec.write_text(json.dumps(doc), "utf-8")
    cmd = [sys.executable, "-m", "openapi_python_client", "generate", "--path", str(spec), "--meta", "none"]
    config = out.parent / "raw-config.json"
    config.write_text(json.dumps({"package_name_override": "provena_api_raw", "post_hooks": []}), "utf-8")
    subprocess.run([*cmd, "--config", str(config), "--output-path", str(out)], check=True, capture_output=True)


def test_explicit_nulls_crash_raw_client_but_not_normalised_one(tiny_generated: Any, tmp_path: Path) -> None:
    _, out, _ = tiny_generated
    payload = {"id": "a", "child": None, "tags": None}  # what a FastAPI service sends for unset optionals
    _raw_generate(tiny_doc(), tmp_path / "raw" / "provena_api_raw")
    with generated_on_path(tmp_path / "raw"):
        raw_thing = importlib.import_module("provena_api_raw.models").Thing
        with pytest.raises((TypeError, AttributeError)):
            raw_thing.from_dict(payload)
    with generated_on_path(out):
        thing = importlib.import_module("provena_api_search.models").Thing.from_dict(payload)
        assert (thing.child, thing.tags) == (None, None)
        assert thing.to_dict() == payload


def test_hand_edited_pinned_spec_is_refused(tmp_path: Path) -> None:
    source = write_specs(tmp_path / "source")
    specs = tmp_path / "specs"
    assert cli.main(["pull", "--from", str(source), "--specs-dir", str(specs), "--overrides", "/nonexistent"]) == 0
    edited = json.loads((specs / "registry.json").read_text("utf-8"))
    edited["info"]["version"] = "edited"
    (specs / "registry.json").write_text(json.dumps(edited), "utf-8")
    with pytest.raises(PipelineError, match=r"registry: .*registry\.json does not match specs\.lock"):
        generate.generate(specs, tmp_path / "out", tmp_path / "none.toml")
