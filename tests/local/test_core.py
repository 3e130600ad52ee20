"""Shared behaviour of every service: health, bearer checks, admin role, realm grants."""

from __future__ import annotations

import stat
import time
from pathlib import Path

import jwt
import pytest

from provena.local.security import ROLE_REFUSAL
from provena.local.services import SERVICES

from .conftest import Stack


@pytest.mark.parametrize("service", [s.name for s in SERVICES])
def test_health_is_public_and_checks_need_a_token(stack: Stack, service: str) -> None:
    assert stack.call("GET", service, "/", user=None).json() == {"message": "Health check successful."}
    path = "/check-access/general" if service == "auth" else "/check-access/check-general-access"
    r = stack.call("GET", service, path, user=None)
    assert r.status_code == 401 and r.json() == {"detail": "Not authenticated"}
    r = stack.call("GET", service, path, headers={"Authorization": "Bearer not-a-jwt"}, user=None)
    assert r.status_code == 401 and "detail" in r.json()
    assert stack.call("GET", service, path).json()["username"] == "researcher"


@pytest.mark.parametrize("service", [s.name for s in SERVICES if s.name != "auth"])
def test_admin_routes_need_the_admin_role(stack: Stack, service: str) -> None:
    # The real services refuse a missing role with 401 and this detail (not 403).
    r = stack.call("GET", service, "/check-access/check-admin-access")
    assert r.status_code == 401 and r.json() == {"detail": ROLE_REFUSAL}
    assert stack.call("GET", service, "/check-access/check-admin-access", user="admin").status_code == 200


def test_expired_token_is_rejected(stack: Stack) -> None:
    realm = stack.ctx.realm
    claims = jwt.decode(stack.tokens["researcher"], options={"verify_signature": False})
    claims["exp"] = int(time.time()) - 5
    expired = realm._sign(claims)
    r = stack.call("GET", "registry", "/check-access/check-general-access", user=None,
                   headers={"Authorization": f"Bearer {expired}"})  # fmt: skip
    assert r.status_code == 401 and r.json()["detail"] == "Token has expired"


def test_tokens_expire_on_the_stack_clock(stack: Stack) -> None:
    path = "/check-access/check-general-access"
    assert stack.call("GET", "registry", path).status_code == 200
    stack.ctx.state.advance_clock(301)  # past the default 300 s lifetime, without waiting
    r = stack.call("GET", "registry", path)
    assert r.status_code == 401 and r.json()["detail"] == "Token has expired"
    fresh = stack.ctx.realm.issue("researcher", "tests")["access_token"]  # issued on the moved clock: valid
    r = stack.call("GET", "registry", path, user=None, headers={"Authorization": f"Bearer {fresh}"})
    assert r.status_code == 200


def test_clock_control_routes(s3_endpoint: str) -> None:
    from starlette.testclient import TestClient

    from provena.local.server import build_stack

    app, ctx = build_stack("http://testserver", data_dir=None, seed=None, s3_endpoint=None, clock_control=True)
    with TestClient(app, base_url="http://testserver") as client:
        assert client.get("/_local/clock").json()["offset"] == 0
        for bad in ({"seconds": -1}, {"seconds": "5"}, {"seconds": True}, {}, [1]):
            assert client.post("/_local/clock/advance", json=bad).status_code == 422, bad
        assert client.post("/_local/clock/advance", json={"seconds": 90}).json()["offset"] == 90
        assert client.post("/_local/clock/advance", json={"seconds": 0.5}).json()["offset"] == 90.5
    assert ctx.state.clock_offset == 90.5
    ctx.state.close()


def _token(stack: Stack, **form: str) -> tuple[int, dict[str, object]]:
    form = {"client_id": "provena-local", **form}
    r = stack.client.post("/auth/realms/provena/protocol/openid-connect/token", data=form)
    return r.status_code, r.json()


def test_password_refresh_and_offline_grants(stack: Stack) -> None:
    status, body = _token(stack, grant_type="password", username="researcher", password="wrong")
    assert status == 401 and body["error"] == "invalid_grant"
    status, body = _token(stack, grant_type="password", username="researcher", password="researcher-password",
                          scope="offline_access")  # fmt: skip
    assert status == 200 and body["refresh_expires_in"] == 0
    offline = str(body["refresh_token"])
    status, again = _token(stack, grant_type="refresh_token", refresh_token=offline)
    assert status == 200 and again["access_token"]
    user = stack.ctx.realm.verify_access(str(again["access_token"]))
    assert user["preferred_username"] == "researcher"
    status, bad = _token(stack, grant_type="refresh_token", refresh_token=str(again["access_token"]))
    assert status == 400 and bad["error"] == "invalid_grant"


def test_device_grant_is_approved_after_configured_polls(stack: Stack) -> None:
    device_url = "/auth/realms/provena/protocol/openid-connect/auth/device"
    r = stack.client.post(device_url, data={"client_id": "provena-local"})
    start = r.json()
    assert start["user_code"] and start["verification_uri_complete"].endswith(start["user_code"])
    grant = "urn:ietf:params:oauth:grant-type:device_code"
    status, body = _token(stack, grant_type=grant, device_code=start["device_code"])
    assert status == 400 and body["error"] == "authorization_pending"
    status, body = _token(stack, grant_type=grant, device_code=start["device_code"])
    assert status == 200 and body["access_token"]
    status, body = _token(stack, grant_type=grant, device_code=start["device_code"])
    assert status == 400  # a device code is single-use


def test_discovery_and_jwks(stack: Stack) -> None:
    d = stack.client.get("/auth/realms/provena/.well-known/openid-configuration").json()
    assert d["token_endpoint"].endswith("/protocol/openid-connect/token")
    keys = stack.client.get("/auth/realms/provena/protocol/openid-connect/certs").json()["keys"]
    key = jwt.PyJWK(keys[0]).key
    assert jwt.decode(stack.tokens["admin"], key, algorithms=["RS256"], audience="account")


def test_client_credentials_grant_for_service_accounts(stack: Stack) -> None:
    status, body = _token(stack, grant_type="client_credentials", client_secret="wrong")
    assert status == 401 and body["error"] == "unauthorized_client"  # a public client has no service account
    r = stack.client.post("/auth/realms/provena/protocol/openid-connect/token",
                          data={"grant_type": "client_credentials", "client_id": "provena-service",
                                "client_secret": "wrong"})  # fmt: skip
    assert r.status_code == 401 and r.json()["error"] == "invalid_client"
    r = stack.client.post("/auth/realms/provena/protocol/openid-connect/token",
                          data={"grant_type": "client_credentials", "client_id": "provena-service",
                                "client_secret": "provena-service-secret"})  # fmt: skip
    assert r.status_code == 200 and "refresh_token" not in r.json()
    claims = stack.ctx.realm.verify_access(r.json()["access_token"])
    assert claims["preferred_username"] == "service-account-provena-service"
    # A service account has no password: it cannot log in with the password grant.
    status, body = _token(stack, grant_type="password", username="service-account-provena-service", password="")
    assert status == 401


@pytest.mark.parametrize("service", [s.name for s in SERVICES])
def test_admin_config_is_env_text_like_the_real_services(stack: Stack, service: str) -> None:
    r = stack.call("GET", service, "/admin/config", user="admin", params={"required_only": False})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    assert 'filename="config.txt"' in r.headers["content-disposition"]
    settings = dict(line.split("=", 1) for line in r.text.splitlines())
    assert settings["service"] == service and "stack_version" in settings
    required = stack.call("GET", service, "/admin/config", user="admin").text.splitlines()
    assert set(required) < set(r.text.splitlines())


def test_unknown_client_id_is_refused_as_keycloak_does(stack: Stack) -> None:
    form = {"grant_type": "password", "username": "researcher", "password": "researcher-password"}
    r = stack.client.post("/auth/realms/provena/protocol/openid-connect/token", data={"client_id": "nobody", **form})
    assert r.status_code == 401 and r.json()["error"] == "invalid_client"
    assert "access_token" not in r.json()
    r = stack.client.post("/auth/realms/provena/protocol/openid-connect/auth/device", data={"client_id": "nobody"})
    assert r.status_code == 401 and r.json()["error"] == "invalid_client"
    # The public client of the official client's deployments is known.
    r = stack.client.post("/auth/realms/provena/protocol/openid-connect/token",
                          data={"client_id": "automated-access", **form})  # fmt: skip
    assert r.status_code == 200


def test_a_token_without_expiry_is_refused(stack: Stack) -> None:
    realm = stack.ctx.realm
    claims = jwt.decode(stack.tokens["researcher"], options={"verify_signature": False})
    del claims["exp"]
    forever = realm._sign(claims)  # signed by the realm's own key: only the missing expiry is wrong
    r = stack.call("GET", "registry", "/check-access/check-general-access", user=None,
                   headers={"Authorization": f"Bearer {forever}"})  # fmt: skip
    assert r.status_code == 401
    refresh = jwt.decode(realm.issue("researcher", "provena-local")["refresh_token"],
                         options={"verify_signature": False})  # fmt: skip
    del refresh["exp"]
    status, body = _token(stack, grant_type="refresh_token", refresh_token=realm._sign(refresh))
    assert status == 400 and body["error"] == "invalid_grant"


def test_the_realm_key_is_created_0600_and_reused(tmp_path: Path) -> None:
    from provena.local.realm import Realm
    from provena.local.state import State

    state = State(None)
    first = Realm(state, "http://x/auth/realms/provena", key_dir=tmp_path)
    key_file = tmp_path / "realm-key.pem"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    token = first.issue("researcher", "provena-local")["access_token"]
    again = Realm(state, "http://x/auth/realms/provena", key_dir=tmp_path)  # a restart: same key, same tokens
    assert again.verify_access(token)["preferred_username"] == "researcher"
    assert [p.name for p in tmp_path.iterdir()] == ["realm-key.pem"], "no temporary file left behind"
