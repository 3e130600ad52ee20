"""`pull`: pinning from a directory, a deployment or the local stack; atomicity; `--check` drift detection."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scripts.spec_pipeline import cli, lock, sources
from scripts.spec_pipeline.services import SERVICES, PipelineError

from .conftest import OVERRIDES, snapshot, tiny_doc, write_specs

FAKE_STACK = Path(__file__).with_name("fake_stack.py")


def pull(*args: str | Path) -> int:
    return cli.main(["pull", "--overrides", str(OVERRIDES), *map(str, args)])


@pytest.fixture
def pinned(tmp_path: Path) -> Path:
    """A specs dir holding a good pull of tiny documents."""
    specs = tmp_path / "specs"
    assert pull("--from", write_specs(tmp_path / "good"), "--specs-dir", specs) == 0
    return specs


def test_from_dir_pins_every_service_and_writes_lock(pinned: Path) -> None:
    entries = lock.read_lock(pinned)
    assert list(entries) == [s.name for s in SERVICES]
    for s in SERVICES:
        data = (pinned / f"{s.name}.json").read_bytes()
        assert json.loads(data) == tiny_doc()
        entry = entries[s.name]
        assert entry.sha256 == lock.sha256(data)
        assert (entry.info_version, entry.openapi) == ("0.1.0", "3.0.2")
        assert entry.generator == "openapi-python-client==0.29.1"
        assert entry.source.endswith(f"good/{s.name}.json")
        assert entry.fetched_at.endswith("Z")


def test_repull_of_same_content_changes_nothing(pinned: Path, tmp_path: Path) -> None:
    before = snapshot(pinned)
    assert pull("--from", write_specs(tmp_path / "again"), "--specs-dir", pinned) == 0
    assert snapshot(pinned) == before  # lock entries kept: no churn without an API change


def _break(directory: Path, service: str, how: str) -> None:
    path = directory / f"{service}.json"
    if how == "missing":
        path.unlink()
    elif how == "not-json":
        path.write_text("<html>502 Bad Gateway</html>", "utf-8")
    elif how == "not-openapi":
        path.write_text(json.dumps({"detail": "Not Found"}), "utf-8")
    elif how == "json-list":
        path.write_text("[]", "utf-8")


@pytest.mark.parametrize(
    ("service", "how", "reason"),
    [
        ("id-service", "missing", "missing: no file"),
        ("registry", "not-json", "not JSON"),
        ("job", "not-openapi", "not an OpenAPI 3 document"),
        ("auth", "json-list", "top level is a JSON list"),
    ],
)
def test_bad_source_changes_nothing_and_names_the_service(
    pinned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], service: str, how: str, reason: str
) -> None:
    before = snapshot(pinned)
    changed = tiny_doc()
    changed["info"]["version"] = "9.9.9"  # the good services differ, so a partial write would show
    bad = write_specs(tmp_path / "bad", {s.name: changed for s in SERVICES})
    _break(bad, service, how)
    assert pull("--from", bad, "--specs-dir", pinned) == 2
    err = capsys.readouterr().err
    assert f"  {service}: " in err and reason in err and "nothing was written" in err
    assert snapshot(pinned) == before
    assert not list(pinned.parent.glob(".specs-staging-*"))


def test_every_failing_service_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = write_specs(tmp_path / "bad")
    _break(bad, "prov", "missing")
    _break(bad, "search", "not-json")
    specs = tmp_path / "specs"
    assert pull("--from", bad, "--specs-dir", specs) == 2
    err = capsys.readouterr().err
    assert "could not pull 2 of 7 services" in err and "prov: missing" in err and "search: not JSON" in err
    assert not specs.exists() or not any(specs.iterdir())


def test_unreachable_deployment(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    urls = [f"--url={s.name}=http://127.0.0.1:9/openapi.json" for s in SERVICES]  # discard port: refused
    assert pull(*urls, "--specs-dir", tmp_path / "specs") == 2
    err = capsys.readouterr().err
    assert "registry: unreachable: GET http://127.0.0.1:9/openapi.json failed" in err


def test_domain_urls_use_standard_prefixes_and_overrides() -> None:
    urls = sources.domain_urls("example.org", sources.parse_url_overrides(["registry=http://localhost:1/x.json"]))
    assert urls["auth"] == "https://auth-api.example.org/openapi.json"
    assert urls["datastore"] == "https://data-api.example.org/openapi.json"
    assert urls["id-service"] == "https://handle.example.org/openapi.json"
    assert urls["search"] == "https://search.example.org/openapi.json"
    assert urls["registry"] == "http://localhost:1/x.json"
    with pytest.raises(PipelineError, match="unknown service 'reg'"):
        sources.parse_url_overrides(["reg=https://x"])
    with pytest.raises(PipelineError, match="no URL"):
        sources.domain_urls(None, {"registry": "https://x"})


def test_check_without_drift(pinned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert pull("--check", "--from", write_specs(tmp_path / "same"), "--specs-dir", pinned) == 0
    assert "no drift" in capsys.readouterr().out


def test_check_reports_drift_and_writes_nothing(
    pinned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    changed = tiny_doc()
    changed["paths"]["/thing"]["post"] = {"operationId": "make_thing", "responses": {"200": {"description": "ok"}}}
    changed["components"]["schemas"]["Child"]["properties"]["age"] = {"type": "integer"}
    before = snapshot(pinned)
    assert pull("--check", "--from", write_specs(tmp_path / "new", {"prov": changed}), "--specs-dir", pinned) == 1
    out = capsys.readouterr().out
    assert "== prov: drift from specs.lock" in out
    assert "operation added:   POST /thing (make_thing)" in out
    assert "schema changed: Child: +age (used by 1 operations, e.g. get_thing)" in out
    assert "API drift in 1 service(s): prov" in out
    assert snapshot(pinned) == before


def test_check_needs_a_lock(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert pull("--check", "--from", write_specs(tmp_path / "x"), "--specs-dir", tmp_path / "empty") == 1
    assert "not pinned yet" in capsys.readouterr().out


_REAL_POPEN = subprocess.Popen


class _Recorder:
    procs: list[subprocess.Popen[bytes]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.proc = _REAL_POPEN(*args, **kwargs)
        _Recorder.procs.append(self.proc)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.proc, name)


@pytest.fixture
def recorded_popen(monkeypatch: pytest.MonkeyPatch) -> list[subprocess.Popen[bytes]]:
    _Recorder.procs = []
    monkeypatch.setattr(sources.subprocess, "Popen", _Recorder)
    return _Recorder.procs


def test_local_stack_is_started_pulled_and_stopped(tmp_path: Path, recorded_popen: list[Any]) -> None:
    served = write_specs(tmp_path / "served")
    pulled = sources.from_local_stack(command=[sys.executable, str(FAKE_STACK), str(served)])
    assert [p.service.name for p in pulled] == [s.name for s in SERVICES]
    assert pulled[2].source == "local-stack fake-1: /registry-api/openapi.json"
    assert pulled[0].doc == tiny_doc()
    assert len(recorded_popen) == 1 and recorded_popen[0].poll() is not None  # stopped


def test_local_stack_missing_route_is_named_and_stack_stopped(tmp_path: Path, recorded_popen: list[Any]) -> None:
    served = write_specs(tmp_path / "served")
    (served / "search.json").unlink()
    with pytest.raises(
        PipelineError, match=r"search: GET http://127\.0\.0\.1:\d+/search/openapi\.json answered HTTP 404"
    ):
        sources.from_local_stack(command=[sys.executable, str(FAKE_STACK), str(served)])
    assert recorded_popen[0].poll() is not None


def test_local_stack_that_dies_is_reported(tmp_path: Path) -> None:
    command = [sys.executable, "-c", "import sys; print('boom: no such module'); sys.exit(3)"]
    with pytest.raises(PipelineError, match=r"(?s)local stack exited with code 3.*boom"):
        sources.from_local_stack(command=command)
