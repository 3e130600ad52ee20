"""Auth flows against a fake Keycloak behind httpx.MockTransport; token requests go through the auth flow."""

from __future__ import annotations

import io
import json
import os
import stat
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from provena import (
    AuthenticationError,
    AuthError,
    Config,
    DeviceFlow,
    FileTokenStore,
    MemoryTokenStore,
    OfflineFlow,
    PasswordFlow,
    StaticTokenAuth,
    Transport,
)
from provena._auth import jwt_expiry

from .conftest import DEVICE_URL, KEYCLOAK, FakeServer, fresh_tokens, make_jwt


def bearer(request: httpx.Request) -> str:
    return request.headers.get("authorization", "").removeprefix("Bearer ")


class Keycloak:
    """Issues distinct tokens; the API accepts only tokens listed in `valid`."""

    def __init__(self) -> None:
        self.valid: set[str] = set()
        self.forms: list[dict[str, str]] = []
        self.lifetime = 300.0
        self.device_answers: list[dict[str, Any]] = []

    def __call__(self, request: httpx.Request, form: dict[str, str]) -> httpx.Response:
        self.forms.append(form)
        if str(request.url) == DEVICE_URL:
            return httpx.Response(
                200,
                json={
                    "device_code": "dev-123",
                    "user_code": "ABCD-EFGH",
                    "verification_uri": f"{KEYCLOAK}/device",
                    "verification_uri_complete": f"{KEYCLOAK}/device?user_code=ABCD-EFGH",
                    "expires_in": 600,
                    "interval": 5,
                },
            )
        if form.get("grant_type") == "urn:ietf:params:oauth:grant-type:device_code" and self.device_answers:
            answer = self.device_answers.pop(0)
            if "error" in answer:
                return httpx.Response(400, json=answer)
        if form.get("grant_type") == "refresh_token" and form.get("refresh_token") == "revoked":
            return httpx.Response(400, json={"error": "invalid_grant", "error_description": "Token is not active"})
        tokens = fresh_tokens(self.lifetime)
        self.valid.add(tokens["access_token"])
        return httpx.Response(200, json=tokens)

    def api(self, request: httpx.Request) -> httpx.Response:
        if bearer(request) not in self.valid:
            return httpx.Response(401, json={"detail": "Could not validate credentials"})
        return httpx.Response(200, json={"ok": True})


@pytest.fixture
def keycloak(server: FakeServer) -> Keycloak:
    kc = Keycloak()
    server.keycloak = kc
    server.api = kc.api
    return kc


@pytest.fixture
def make_transport(config: Config, mock_transport: httpx.MockTransport) -> Any:
    def make(auth: httpx.Auth) -> Transport:
        return Transport(config, auth, transport=mock_transport, sleep=lambda s: None)

    return make


def test_jwt_expiry_is_read_without_verification() -> None:
    assert jwt_expiry(make_jwt(1234567890)) == 1234567890
    assert jwt_expiry("not-a-jwt") is None
    assert jwt_expiry(make_jwt(None)) is None
    assert jwt_expiry("a.!!!.c") is None


def test_offline_flow_then_refresh_on_401(
    keycloak: Keycloak, server: FakeServer, make_transport: Any, config: Config
) -> None:
    auth = OfflineFlow(config, "automated-access", offline_token="offline-secret")
    client = make_transport(auth).sync_client("registry")
    assert client.get("/x").json() == {"ok": True}
    assert keycloak.forms[0] == {
        "client_id": "automated-access",
        "grant_type": "refresh_token",
        "refresh_token": "offline-secret",
    }
    # The server revokes the access token: one 401, one refresh, one resend.
    keycloak.valid.clear()
    server.requests.clear()
    assert client.get("/x").json() == {"ok": True}
    assert len(server.token_requests) == 1
    assert len(server.api_requests) == 2
    assert bearer(server.api_requests[0]) != bearer(server.api_requests[1])


def test_401_twice_raises_after_one_refresh(
    keycloak: Keycloak, server: FakeServer, make_transport: Any, config: Config
) -> None:
    server.api = lambda request: httpx.Response(401, json={"detail": "nope"})
    client = make_transport(OfflineFlow(config, "c", offline_token="t")).sync_client("registry")
    with pytest.raises(AuthenticationError, match="nope"):
        client.get("/x")
    assert len(server.api_requests) == 2 and len(server.token_requests) == 2


async def test_async_refresh_on_401(
    keycloak: Keycloak, server: FakeServer, make_transport: Any, config: Config
) -> None:
    auth = PasswordFlow(config, "provena-local", "researcher", "researcher-password")
    client = make_transport(auth).async_client("registry")
    assert (await client.get("/x")).status_code == 200
    assert keycloak.forms[0]["grant_type"] == "password" and keycloak.forms[0]["username"] == "researcher"
    keycloak.valid.clear()
    server.requests.clear()
    assert (await client.get("/x")).json() == {"ok": True}
    # PasswordFlow holds a refresh token: the 401 is answered with a refresh grant, then the resend.
    assert keycloak.forms[-1]["grant_type"] == "refresh_token"
    assert len(server.api_requests) == 2


def test_refresh_before_expiry(keycloak: Keycloak, server: FakeServer, make_transport: Any, config: Config) -> None:
    store = MemoryTokenStore()
    expired = make_jwt(time.time() - 10)
    store.save({"access_token": expired, "refresh_token": make_jwt(time.time() + 3600), "client_id": "cli"})
    auth = DeviceFlow(config, "cli", token_store=store, prompt=lambda uri, code: None)
    client = make_transport(auth).sync_client("registry")
    assert client.get("/x").status_code == 200
    # The refresh happened *before* the request: the API never saw the expired token.
    assert [f["grant_type"] for f in keycloak.forms] == ["refresh_token"]
    assert len(server.api_requests) == 1 and bearer(server.api_requests[0]) != expired
    assert store.load() is not None and store.load()["access_token"] == bearer(server.api_requests[0])  # type: ignore[index]


def test_token_near_expiry_is_refreshed_and_valid_one_reused(
    keycloak: Keycloak, server: FakeServer, make_transport: Any, config: Config
) -> None:
    keycloak.lifetime = 10  # inside the 30 s leeway: refreshed before every request
    client = make_transport(PasswordFlow(config, "c", "u", "p")).sync_client("registry")
    client.get("/x")
    client.get("/x")
    assert len(server.token_requests) == 2
    keycloak.lifetime = 300
    client.get("/x")
    client.get("/x")
    assert len(server.token_requests) == 3


def test_revoked_refresh_token_falls_back_to_login(keycloak: Keycloak, make_transport: Any, config: Config) -> None:
    store = MemoryTokenStore()
    store.save({"access_token": make_jwt(time.time() - 10), "refresh_token": "revoked", "client_id": "cli"})
    prompts: list[tuple[str, str]] = []
    auth = DeviceFlow(config, "cli", token_store=store, prompt=lambda uri, code: prompts.append((uri, code)))
    auth._sleep = lambda seconds: None
    make_transport(auth).sync_client("registry").get("/x")
    assert [f.get("grant_type") for f in keycloak.forms] == [
        "refresh_token",
        None,
        "urn:ietf:params:oauth:grant-type:device_code",
    ]
    assert prompts == [(f"{KEYCLOAK}/device?user_code=ABCD-EFGH", "ABCD-EFGH")]


def test_device_flow_pending_slow_down_then_success(
    keycloak: Keycloak,
    server: FakeServer,
    make_transport: Any,
    config: Config,
    isolated_config_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    keycloak.device_answers = [
        {"error": "authorization_pending"},
        {"error": "slow_down"},
        {"error": "authorization_pending"},
    ]
    prompts: list[tuple[str, str]] = []
    slept: list[float] = []
    auth = DeviceFlow(config, "notebook-client", prompt=lambda uri, code: prompts.append((uri, code)))
    auth._sleep = slept.append
    assert make_transport(auth).sync_client("registry").get("/x").status_code == 200
    assert prompts == [(f"{KEYCLOAK}/device?user_code=ABCD-EFGH", "ABCD-EFGH")]
    assert keycloak.forms[0] == {"client_id": "notebook-client", "scope": "openid"}
    assert slept == [5.0, 5.0, 10.0, 10.0]  # slow_down adds 5 s
    # Tokens saved 0600 in the per-user config dir, nothing in the working directory.
    store = FileTokenStore.for_client(config.keycloak_endpoint, "notebook-client")
    assert store.path.is_relative_to(isolated_config_dir / "provena" / "tokens")
    assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600
    saved = json.loads(store.path.read_text())
    assert saved["access_token"] == bearer(server.api_requests[0]) and saved["refresh_token"]
    assert list(tmp_path.iterdir()) == []
    # A new flow object (a new process) reuses the stored tokens without prompting.
    server.requests.clear()
    again = DeviceFlow(config, "notebook-client", prompt=lambda uri, code: pytest.fail("prompted again"))
    make_transport(again).sync_client("registry").get("/x")
    assert server.token_requests == []


async def test_async_device_flow_sleeps_without_blocking(
    keycloak: Keycloak, make_transport: Any, config: Config
) -> None:
    keycloak.device_answers = [{"error": "authorization_pending"}]
    auth = DeviceFlow(config, "c", prompt=lambda uri, code: None, persist=False, poll_interval=0.01)
    response = await make_transport(auth).async_client("registry").get("/x")
    assert response.status_code == 200


@pytest.mark.parametrize(("error", "message"), [("access_denied", "denied"), ("expired_token", "expired")])
def test_device_flow_denied_or_expired(
    keycloak: Keycloak, make_transport: Any, config: Config, error: str, message: str
) -> None:
    keycloak.device_answers = [{"error": "authorization_pending"}, {"error": error}]
    auth = DeviceFlow(config, "c", prompt=lambda uri, code: None, persist=False, poll_interval=0)
    with pytest.raises(AuthError, match=message) as info:
        make_transport(auth).sync_client("registry").get("/x")
    assert info.value.error == error


def test_device_flow_timeout(keycloak: Keycloak, make_transport: Any, config: Config) -> None:
    keycloak.device_answers = [{"error": "authorization_pending"}] * 1000
    auth = DeviceFlow(config, "c", prompt=lambda uri, code: None, persist=False, timeout=30, poll_interval=5)
    # Time moves only when the flow sleeps: the 30 s budget is spent in 6 polls, without waiting for real.
    now = [1000.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    auth._sleep, auth._monotonic = sleep, lambda: now[0]
    with pytest.raises(AuthError, match="not completed within 30 s") as info:
        make_transport(auth).sync_client("registry").get("/x")
    assert info.value.error == "timeout"
    assert slept == [5.0] * 6 and len(keycloak.device_answers) == 1000 - 6


def test_device_flow_without_tty_or_prompt_fails_fast(
    keycloak: Keycloak, server: FakeServer, make_transport: Any, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO())
    monkeypatch.delitem(sys.modules, "ipykernel", raising=False)
    auth = DeviceFlow(config, "c", persist=False)
    def sleep(seconds: float) -> None:
        raise AssertionError(f"the flow waited {seconds} s instead of failing at once")

    auth._sleep = sleep
    with pytest.raises(AuthError) as info:
        make_transport(auth).sync_client("registry").get("/x")
    assert "prompt=" in str(info.value) and "OfflineFlow" in str(info.value)
    assert server.requests == []  # not even the device request was sent


def test_static_token_and_provider(server: FakeServer, make_transport: Any) -> None:
    server.api = lambda request: httpx.Response(200 if bearer(request) == "good" else 401)
    client = make_transport(StaticTokenAuth("good")).sync_client("registry")
    assert client.get("/x").status_code == 200
    bad = make_transport(StaticTokenAuth("bad")).sync_client("registry")
    server.requests.clear()
    with pytest.raises(AuthenticationError):
        bad.get("/x")
    assert len(server.api_requests) == 1  # a static token cannot be renewed: no resend
    values = iter(["stale", "good", "good"])
    provider_client = make_transport(StaticTokenAuth(lambda: next(values))).sync_client("registry")
    server.requests.clear()
    assert provider_client.get("/x").status_code == 200  # 401 with "stale" → provider asked again → "good"
    assert [bearer(r) for r in server.api_requests] == ["stale", "good"]


async def test_async_static_token_and_provider(server: FakeServer, make_transport: Any) -> None:
    # The fixed-token shortcut (no lock, no steps) and the provider's common flow, in async code.
    server.api = lambda request: httpx.Response(200 if bearer(request) == "good" else 401)
    assert (await make_transport(StaticTokenAuth("good")).async_client("registry").get("/x")).status_code == 200
    server.requests.clear()
    with pytest.raises(AuthenticationError):
        await make_transport(StaticTokenAuth("bad")).async_client("registry").get("/x")
    assert len(server.api_requests) == 1  # a static token cannot be renewed: no resend
    values = iter(["stale", "good"])
    server.requests.clear()
    provider = make_transport(StaticTokenAuth(lambda: next(values))).async_client("registry")
    assert (await provider.get("/x")).status_code == 200
    assert [bearer(r) for r in server.api_requests] == ["stale", "good"]


def test_offline_token_file_and_bad_input(tmp_path: Path, config: Config) -> None:
    path = tmp_path / "offline.txt"
    path.write_text("tok-from-file\n")
    assert OfflineFlow(config, "c", offline_token_file=path)._offline_token == "tok-from-file"
    with pytest.raises(AuthError, match="exactly one"):
        OfflineFlow(config, "c")
    with pytest.raises(AuthError, match="cannot read offline_token_file"):
        OfflineFlow(config, "c", offline_token_file=tmp_path / "missing.txt")
    with pytest.raises(AuthError, match="client_id"):
        PasswordFlow(config, None, "u", "p")
    assert "tok-from-file" not in repr(OfflineFlow(config, "c", offline_token_file=path))


def test_token_endpoint_error_is_clear(server: FakeServer, make_transport: Any, config: Config) -> None:
    server.keycloak = lambda request, form: httpx.Response(
        401, json={"error": "invalid_grant", "error_description": "Invalid user credentials"}
    )
    client = make_transport(PasswordFlow(config, "c", "u", "wrong-password")).sync_client("registry")
    with pytest.raises(AuthError, match="password login failed: invalid_grant: Invalid user credentials") as info:
        client.get("/x")
    assert "wrong-password" not in str(info.value)
    assert server.api_requests == []


def test_explicit_login(keycloak: Keycloak, mock_transport: httpx.MockTransport, config: Config) -> None:
    auth = PasswordFlow(config, "c", "u", "p")
    with httpx.Client(transport=mock_transport) as http:
        auth.login(http_client=http)
    assert len(keycloak.forms) == 1 and auth._valid_token() in keycloak.valid


def test_token_requests_are_retried_but_get_no_caller_headers(
    server: FakeServer, make_transport: Any, config: Config
) -> None:
    answers = [httpx.Response(503), httpx.Response(200, json=fresh_tokens())]
    server.keycloak = lambda request, form: answers.pop(0)
    server.api = lambda request: httpx.Response(200)
    transport = make_transport(PasswordFlow(config, "c", "u", "p"))
    with transport.options(extra_headers={"X-Trace": "t1"}):
        transport.sync_client("registry").post("/registry/agent/person/create", json={})
    assert len(server.token_requests) == 2  # a token request creates nothing: retried after the 503
    assert all("x-trace" not in r.headers for r in server.token_requests)
    assert server.api_requests[0].headers["x-trace"] == "t1"


def test_default_prompt_prints_to_stderr_when_interactive(
    keycloak: Keycloak,
    make_transport: Any,
    config: Config,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from provena import _auth

    monkeypatch.setattr(_auth, "_interactive", lambda: True)
    auth = DeviceFlow(config, "c", persist=False, poll_interval=0)
    make_transport(auth).sync_client("registry").get("/x")
    err = capsys.readouterr().err
    assert f"{KEYCLOAK}/device?user_code=ABCD-EFGH" in err and "ABCD-EFGH" in err
