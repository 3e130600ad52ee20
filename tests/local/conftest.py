"""An in-process local stack for behaviour tests: ASGI calls, real S3 endpoint on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the local stack needs the 'local' extra")

from starlette.testclient import TestClient

from provena.local.context import StackContext
from provena.local.server import _start_s3, build_stack
from provena.local.services import SERVICES

BASE = "http://testserver"


@dataclass
class Stack:
    client: TestClient
    ctx: StackContext
    tokens: dict[str, str]
    s3_endpoint: str

    def url(self, service: str, path: str) -> str:
        prefix = next(s.prefix for s in SERVICES if s.name == service)
        return f"{BASE}/{prefix}{path}"

    def headers(self, user: str = "researcher") -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[user]}"}

    def call(self, method: str, service: str, path: str, user: str | None = "researcher", **kw: Any) -> Any:
        headers = kw.pop("headers", {}) | (self.headers(user) if user else {})
        return self.client.request(method, self.url(service, path), headers=headers, **kw)


@pytest.fixture(scope="session")
def s3_endpoint() -> Iterator[str]:
    server, endpoint = _start_s3("127.0.0.1")
    yield endpoint
    server.stop()


@pytest.fixture
def stack(s3_endpoint: str) -> Iterator[Stack]:
    """A fresh stack per test (in-memory state, deterministic ids)."""
    app, ctx = build_stack(BASE, data_dir=None, seed=1, s3_endpoint=s3_endpoint)
    tokens = {u: ctx.realm.issue(u, "tests")["access_token"] for u in ("researcher", "admin")}
    with TestClient(app, base_url=BASE) as client:
        yield Stack(client, ctx, tokens, s3_endpoint)
    ctx.state.close()
