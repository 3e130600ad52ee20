"""Server errors the fuzzer found in the local stack, kept as plain regression tests (fast, in-process)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("fastapi", reason="the local stack needs the 'local' extra")

from starlette.testclient import TestClient

from provena.local.server import build_stack

BASE = "http://testserver"


@pytest.fixture
def admin() -> Iterator[TestClient]:
    app, ctx = build_stack(BASE, data_dir=None, seed=1, s3_endpoint=None)
    token = ctx.realm.issue("admin", "tests")["access_token"]
    with TestClient(app, base_url=BASE, headers={"Authorization": f"Bearer {token}"}) as client:
        yield client
    ctx.state.close()


def test_restore_from_an_unknown_table_is_a_400_and_restores_nothing(admin: TestClient) -> None:
    before = admin.get("/registry-api/admin/export").json()
    tables = {"resource_table_name": "backup", "auth_table_name": "backup-auth", "lock_table_name": "backup-lock"}
    r = admin.post("/registry-api/admin/restore_from_table", json={"import_mode": "ADD_ONLY", "table_names": tables})
    assert r.status_code == 400 and "'backup'" in r.json()["detail"]
    assert admin.get("/registry-api/admin/export").json() == before


def test_unparsed_import_of_odd_payloads_keeps_export_and_search_working(admin: TestClient) -> None:
    # parse_items=false stores payloads as given (as the real registry does); nothing may crash on them later.
    odd = {"id": "odd-1", "item_payload": {"display_name": ["not", "text"]}, "auth_payload": {"x": 1},
           "lock_payload": {}}  # fmt: skip
    unparsed = {"parse_items": False, "trial_mode": False, "items": [odd]}
    r = admin.post("/registry-api/admin/import", json={"import_mode": "ADD_ONLY", **unparsed})
    assert r.status_code == 200 and r.json()["status"]["success"] is True, r.text
    exported = admin.get("/registry-api/admin/export")
    assert exported.status_code == 200
    assert [b["id"] for b in exported.json()["items"]] == ["odd-1"]
    again = admin.post("/registry-api/admin/import", json={"import_mode": "ADD_OR_OVERWRITE", **unparsed})
    assert again.status_code == 200 and again.json()["status"]["success"] is True
    assert admin.get("/search/search/entity-registry", params={"query": "text"}).status_code == 200
