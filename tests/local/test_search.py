"""Search over registry items (SQLite FTS5), fed by every registry write."""

from __future__ import annotations

from typing import Any

from .conftest import Stack

R = "/registry"


def ok(r: Any) -> dict[str, Any]:
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def org(stack: Stack, display: str, name: str) -> str:
    body = {"display_name": display, "name": name}
    return str(ok(stack.call("POST", "registry", f"{R}/agent/organisation/create", json=body))["created_item"]["id"])


def person(stack: Stack, first: str, last: str) -> str:
    body = {"display_name": f"{first} {last}", "email": f"{first.lower()}@example.org", "first_name": first,
            "last_name": last, "ethics_approved": True}  # fmt: skip
    return str(ok(stack.call("POST", "registry", f"{R}/agent/person/create", json=body))["created_item"]["id"])


def search(stack: Stack, query: str, **params: Any) -> list[dict[str, Any]]:
    body = ok(stack.call("GET", "search", "/search/entity-registry", params={"query": query, **params}))
    assert body["status"]["success"] is True
    results: list[dict[str, Any]] = body["results"]
    return results


def test_search_finds_filters_and_ranks(stack: Stack) -> None:
    in_name = org(stack, "Hydrology Institute", "Institute of Water")
    in_body = org(stack, "Water Board", "Hydrology and Rivers Board")
    someone = person(stack, "Hydrology", "Fan")
    org(stack, "Unrelated", "Nothing here")

    hits = search(stack, "hydrology")
    assert {h["id"] for h in hits} == {in_name, in_body, someone}
    assert all(h["score"] > 0 for h in hits)
    scores = {h["id"]: h["score"] for h in hits}
    assert scores[in_name] > scores[in_body]  # a display-name match outranks a body-only match
    assert [h["id"] for h in hits] == sorted(scores, key=lambda i: -scores[i])

    orgs = search(stack, "hydrology", subtype_filter="ORGANISATION")
    assert {h["id"] for h in orgs} == {in_name, in_body}
    assert search(stack, "hydro", subtype_filter="PERSON")[0]["id"] == someone  # prefix match
    assert len(search(stack, "hydrology", record_limit=1)) == 1
    assert search(stack, "zzzz") == []
    # query text is data, never FTS syntax
    assert {h["id"] for h in search(stack, 'hydrology")*(')} == {in_name, in_body, someone}
    assert {h["id"] for h in search(stack, "AND (")} == {in_body} and search(stack, '"*()') == []
    r = stack.call("GET", "search", "/search/entity-registry", params={"query": "x", "subtype_filter": "NOPE"})
    assert r.status_code == 422


def test_index_follows_updates_deletes_and_imports(stack: Stack) -> None:
    id = org(stack, "Old Name", "Old Name")
    assert [h["id"] for h in search(stack, "old")] == [id]
    body = {"display_name": "Fresh Label", "name": "Fresh Label"}
    params = {"id": id, "reason": "rename"}
    ok(stack.call("PUT", "registry", f"{R}/agent/organisation/update", params=params, json=body))
    assert search(stack, "old") == []  # history is not indexed
    assert [h["id"] for h in search(stack, "fresh")] == [id]
    exported = ok(stack.call("GET", "registry", "/admin/export", user="admin"))["items"]
    ok(stack.call("DELETE", "registry", f"{R}/agent/organisation/delete", user="admin", params={"id": id}))
    assert search(stack, "fresh") == []
    ok(stack.call("POST", "registry", "/admin/import", user="admin",
                  json={"import_mode": "ADD_ONLY", "trial_mode": False, "items": exported}))  # fmt: skip
    assert [h["id"] for h in search(stack, "fresh")] == [id]


def test_search_needs_a_token(stack: Stack) -> None:
    r = stack.call("GET", "search", "/search/entity-registry", user=None, params={"query": "x"})
    assert r.status_code == 401
