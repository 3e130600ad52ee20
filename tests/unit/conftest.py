"""Fixtures for the core unit tests: a fake Keycloak + API behind one httpx.MockTransport."""

from __future__ import annotations

import base64
import itertools
import json
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from provena import Config

API = "https://registry-api.example.org"
KEYCLOAK = "https://auth.example.org/auth/realms/test"
TOKEN_URL = f"{KEYCLOAK}/protocol/openid-connect/token"
DEVICE_URL = f"{KEYCLOAK}/protocol/openid-connect/auth/device"


def make_jwt(exp: float | None = None, **claims: Any) -> str:
    """An unsigned JWT-shaped token (the client never verifies signatures)."""

    def part(obj: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")

    payload = dict(claims)
    if exp is not None:
        payload["exp"] = int(exp)
    return f"{part({'alg': 'RS256', 'typ': 'JWT'})}.{part(payload)}.c2lnbmF0dXJl"


@dataclass
class FakeServer:
    """Routes requests: Keycloak token/device endpoints via `keycloak`, everything else via `api`."""

    api: Callable[[httpx.Request], httpx.Response] = lambda r: httpx.Response(200, json={"ok": True})
    keycloak: Callable[[httpx.Request, dict[str, str]], httpx.Response] | None = None
    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        # A snapshot: auth and retries re-send the same Request object with changed headers.
        request.read()
        snapshot = httpx.Request(
            request.method,
            request.url,
            headers=request.headers.copy(),
            content=request.content,
            extensions=dict(request.extensions),
        )
        self.requests.append(snapshot)
        if str(request.url).startswith(KEYCLOAK):
            form = dict(urllib.parse.parse_qsl(request.content.decode()))
            if self.keycloak is None:
                return httpx.Response(404, json={"error": "not_found"})
            return self.keycloak(request, form)
        return self.api(request)

    @property
    def api_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if not str(r.url).startswith(KEYCLOAK)]

    @property
    def token_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if str(r.url) == TOKEN_URL]


@pytest.fixture
def config() -> Config:
    return Config("example.org", "test")


@pytest.fixture
def server() -> FakeServer:
    return FakeServer()


@pytest.fixture
def mock_transport(server: FakeServer) -> httpx.MockTransport:
    return httpx.MockTransport(server)


@pytest.fixture(autouse=True)
def isolated_config_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Token stores never touch the real ~/.config during tests."""
    xdg = tmp_path_factory.mktemp("xdg")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(xdg))
    monkeypatch.delenv("PROVENA_LOG", raising=False)
    return xdg


_serial = itertools.count(1)


def fresh_tokens(lifetime: float = 300, **claims: Any) -> dict[str, Any]:
    """A Keycloak token response; every call gives distinct tokens (jti)."""
    now = time.time()
    return {
        "access_token": make_jwt(now + lifetime, jti=next(_serial), **claims),
        "refresh_token": make_jwt(now + 3600, typ="Refresh", jti=next(_serial)),
        "expires_in": int(lifetime),
        "token_type": "Bearer",
    }
