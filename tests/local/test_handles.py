"""The local handle (ID) service: mint, get, list, add, modify and remove values."""

from __future__ import annotations

from typing import Any

import jwt
import pytest

from provena.local.services.id_service import mint_handle

from .conftest import Stack


def _call(stack: Stack, method: str, path: str, user: str | None = "researcher", **kw: Any) -> Any:
    return stack.call(method, "id-service", f"/handle{path}", user=user, **kw)


def test_handle_lifecycle(stack: Stack) -> None:
    r = _call(stack, "POST", "/mint", json={"value_type": "URL", "value": "https://example.org/a"})
    assert r.status_code == 200, r.text
    handle = r.json()
    hid = handle["id"]
    assert hid.startswith("10378.1/")
    assert handle["properties"] == [{"type": "URL", "value": "https://example.org/a", "index": 1}]

    assert _call(stack, "GET", "/get", params={"id": hid}).json() == handle
    assert hid in _call(stack, "GET", "/list").json()["ids"]

    # add_value takes the next free index.
    r = _call(stack, "POST", "/add_value", json={"id": hid, "value_type": "DESC", "value": "a description"})
    assert [(p["index"], p["type"]) for p in r.json()["properties"]] == [(1, "URL"), (2, "DESC")]

    second = {"id": hid, "value_type": "URL", "value": "https://example.org/b", "index": 7}
    r = _call(stack, "POST", "/add_value_by_index", json=second)
    assert [p["index"] for p in r.json()["properties"]] == [1, 2, 7]
    assert (
        _call(stack, "POST", "/add_value", json={"id": hid, "value_type": "DESC", "value": "x"}).json()[
            "properties"
        ][-1]["index"]
        == 8
    )

    # An occupied index is refused and nothing changes.
    r = _call(
        stack, "POST", "/add_value_by_index", json={"id": hid, "value_type": "URL", "value": "z", "index": 2}
    )
    assert r.status_code == 400 and "index 2" in r.json()["detail"]

    r = _call(
        stack, "PUT", "/modify_by_index", json={"id": hid, "index": 1, "value": "https://example.org/moved"}
    )
    assert r.json()["properties"][0] == {"type": "URL", "value": "https://example.org/moved", "index": 1}

    r = _call(stack, "POST", "/remove_by_index", json={"id": hid, "index": 2})
    assert [p["index"] for p in r.json()["properties"]] == [1, 7, 8]
    assert _call(stack, "GET", "/get", params={"id": hid}).json() == r.json()


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("PUT", "/modify_by_index", {"index": 5, "value": "v"}),
        ("POST", "/remove_by_index", {"index": 5}),
    ],
)
def test_missing_index_is_400_and_unknown_handle_404(
    stack: Stack, method: str, path: str, body: dict[str, Any]
) -> None:
    hid = mint_handle(stack.ctx, "https://example.org/x")["id"]
    r = _call(stack, method, path, json={"id": hid, **body})
    assert r.status_code == 400 and "no value at index 5" in r.json()["detail"]
    r = _call(stack, method, path, json={"id": "10378.1/404", **body})
    assert r.status_code == 404
    assert _call(stack, "GET", "/get", params={"id": hid}).json()["properties"][0]["index"] == 1


def test_bad_bodies_and_auth(stack: Stack) -> None:
    r = _call(stack, "POST", "/mint", json={"value_type": "NOPE", "value": "v"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"][-1] == "value_type"
    assert _call(stack, "POST", "/mint", json={"value_type": "URL"}).status_code == 422
    r = _call(
        stack, "POST", "/add_value_by_index", json={"id": "x", "value_type": "URL", "value": "v", "index": 0}
    )
    assert r.status_code == 400
    assert _call(stack, "GET", "/get", params={"id": "10378.1/404"}).status_code == 404
    assert _call(stack, "GET", "/list", user=None).status_code == 401
    assert _call(stack, "GET", "/list").json() == {"ids": []}


def test_write_role_is_required(stack: Stack) -> None:
    # A token holding only the read role (re-signed by the realm): may list, may not mint.
    claims = jwt.decode(stack.tokens["researcher"], options={"verify_signature": False})
    claims["realm_access"]["roles"] = ["handle-read"]
    headers = {"Authorization": f"Bearer {stack.ctx.realm._sign(claims)}"}
    assert _call(stack, "GET", "/list", user=None, headers=headers).status_code == 200
    r = _call(stack, "POST", "/mint", user=None, headers=headers, json={"value_type": "URL", "value": "v"})
    assert r.status_code == 401 and "correct role" in r.json()["detail"]
    assert _call(stack, "GET", "/list").json() == {"ids": []}  # nothing was minted
