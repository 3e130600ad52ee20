"""A Keycloak-compatible realm: discovery, JWKS, password/refresh/device grants, RS256 tokens.

Tokens are real JWTs with real expiry so clients exercise their refresh logic.
Refresh tokens are JWTs too; offline tokens are refresh tokens with ``typ=Offline``
and a long life, as in Keycloak.
"""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse

from .state import State

REALM = "provena"

# Role names follow the Provena deployment's component roles.
USER_ROLES = [
    "sys-admin-read", "entity-registry-read", "entity-registry-write",
    "data-store-read", "data-store-write", "handle-read", "handle-write",
    "job-service-read", "job-service-write", "prov-read", "prov-write",
    "offline_access",
]  # fmt: skip
ADMIN_ROLES = [*USER_ROLES, "sys-admin-admin", "entity-registry-admin", "data-store-admin",
               "handle-admin", "job-service-admin", "prov-admin", "sys-admin-write"]  # fmt: skip


@dataclass(frozen=True)
class SeededUser:
    username: str
    password: str
    email: str
    roles: list[str] = field(default_factory=list)


SEEDED_USERS = [
    SeededUser("researcher", "researcher-password", "researcher@example.org", USER_ROLES),
    SeededUser("admin", "admin-password", "admin@example.org", ADMIN_ROLES),
]


@dataclass(frozen=True)
class ServiceClient:
    """A confidential client with a service account (client_credentials grant), as Keycloak has them."""

    client_id: str
    client_secret: str
    account: SeededUser


SERVICE_CLIENTS = [
    ServiceClient("provena-service", "provena-service-secret",
                  SeededUser("service-account-provena-service", "", "provena-service@example.org", USER_ROLES)),
]  # fmt: skip


# Public clients of the realm (password, refresh and device grants without a secret): the stack's own, which
# ``--config-out`` hands to clients, and those the official Python client is configured with in deployments.
PUBLIC_CLIENTS = ("provena-local", "client-tools", "automated-access")
# Keycloak answers an unknown client and a wrong client secret alike (401), so neither can be probed.
_INVALID_CLIENT = {"error": "invalid_client", "error_description": "Invalid client or Invalid client credentials"}


def _b64url_uint(n: int) -> str:
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


class Realm:
    """Issues and verifies tokens. Key material persists in the data dir when there is one."""

    def __init__(
        self,
        state: State,
        issuer: str,
        *,
        key_dir: Path | None = None,
        access_lifetime: int = 300,
        refresh_lifetime: int = 1800,
        offline_lifetime: int = 30 * 86400,
        device_polls_before_approval: int = 1,
        device_user: str = "researcher",
    ) -> None:
        self.state = state
        self.issuer = issuer
        self.access_lifetime = access_lifetime
        self.refresh_lifetime = refresh_lifetime
        self.offline_lifetime = offline_lifetime
        self.device_polls_before_approval = device_polls_before_approval
        self.device_user = device_user
        self.users = {u.username: u for u in SEEDED_USERS}
        self.service_clients = {c.client_id: c for c in SERVICE_CLIENTS}
        # Service accounts can be issued tokens, but only through their client's secret (never by password).
        self.accounts = {**self.users, **{c.account.username: c.account for c in SERVICE_CLIENTS}}
        self._key = self._load_key(key_dir)
        pub = self._key.public_key()
        self.public_pem = pub.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        numbers = pub.public_numbers()
        self.kid = "local-rs256"
        self.jwk = {"kid": self.kid, "kty": "RSA", "alg": "RS256", "use": "sig",
                    "n": _b64url_uint(numbers.n), "e": _b64url_uint(numbers.e)}  # fmt: skip

    @staticmethod
    def _load_key(key_dir: Path | None) -> rsa.RSAPrivateKey:
        path = None if key_dir is None else key_dir / "realm-key.pem"
        if path is not None and path.exists():
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
            assert isinstance(key, rsa.RSAPrivateKey)
            return key
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        if path is not None:
            from .private_files import write_private

            pem = key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
            write_private(path, pem)
        return key

    # -- tokens ---------------------------------------------------------------------------
    def _sign(self, claims: dict[str, Any]) -> str:
        return jwt.encode(claims, self._key, algorithm="RS256", headers={"kid": self.kid})

    def issue(self, username: str, client_id: str, scope: str = "") -> dict[str, Any]:
        user = self.accounts[username]
        now = int(self.state.wall_now())
        offline = "offline_access" in scope.split()
        base = {"iss": self.issuer, "sub": f"user-{username}", "azp": client_id,
                "session_state": secrets.token_hex(8), "scope": scope or "profile email"}  # fmt: skip
        access = self._sign({**base, "typ": "Bearer", "iat": now, "exp": now + self.access_lifetime,
                             "preferred_username": username, "email": user.email,
                             "realm_access": {"roles": user.roles}, "aud": "account"})  # fmt: skip
        refresh_life = self.offline_lifetime if offline else self.refresh_lifetime
        refresh = self._sign({**base, "typ": "Offline" if offline else "Refresh", "iat": now,
                              "exp": now + refresh_life, "preferred_username": username,
                              "aud": self.issuer})  # fmt: skip
        return {"access_token": access, "expires_in": self.access_lifetime,
                "refresh_expires_in": 0 if offline else self.refresh_lifetime,
                "refresh_token": refresh, "token_type": "Bearer", "not-before-policy": 0,
                "session_state": base["session_state"], "scope": base["scope"]}  # fmt: skip

    def _decode(self, token: str, *, audience: str) -> dict[str, Any]:
        """Signature, audience and issuer by PyJWT; expiry against the stack's clock (which tests can move on)."""
        claims: dict[str, Any] = jwt.decode(
            token, self._key.public_key(), algorithms=["RS256"], audience=audience, issuer=self.issuer,
            options={"verify_exp": False, "verify_iat": False, "verify_nbf": False, "require": ["exp", "iat"]},
        )  # fmt: skip
        exp = claims.get("exp")
        if not isinstance(exp, int | float):
            raise jwt.InvalidTokenError("the token has no expiry (exp)")
        if exp <= self.state.wall_now():
            raise jwt.ExpiredSignatureError("Signature has expired")
        return claims

    def verify_access(self, token: str) -> dict[str, Any]:
        """Decoded claims of a valid access token; raises ``jwt.InvalidTokenError`` otherwise.

        Every token the realm issues has ``exp`` and ``iat``; one without is refused, not trusted forever.
        """
        claims = self._decode(token, audience="account")
        if claims.get("typ") != "Bearer":
            raise jwt.InvalidTokenError("not an access token")
        return claims

    def _verify_refresh(self, token: str) -> dict[str, Any]:
        claims = self._decode(token, audience=self.issuer)
        if claims.get("typ") not in ("Refresh", "Offline"):
            raise jwt.InvalidTokenError("not a refresh token")
        return claims

    # -- grants ---------------------------------------------------------------------------
    def token_endpoint(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        grant = form.get("grant_type", "")
        client_id = form.get("client_id", "")
        if not client_id:
            return 401, {"error": "unauthorized_client", "error_description": "client_id is required"}
        if not self.known_client(client_id):
            return 401, dict(_INVALID_CLIENT)
        if grant == "password":
            user = self.users.get(form.get("username", ""))
            if user is None or not secrets.compare_digest(user.password, form.get("password", "")):
                return 401, {"error": "invalid_grant", "error_description": "Invalid user credentials"}
            return 200, self.issue(user.username, client_id, form.get("scope", ""))
        if grant == "client_credentials":
            client = self.service_clients.get(client_id)
            if client is None:
                return 401, {"error": "unauthorized_client",
                             "error_description": "Client not enabled to retrieve service account"}  # fmt: skip
            if not secrets.compare_digest(client.client_secret, form.get("client_secret", "")):
                return 401, dict(_INVALID_CLIENT)
            token = self.issue(client.account.username, client_id, form.get("scope", ""))
            token.pop("refresh_token")  # Keycloak issues no refresh token for this grant by default
            token["refresh_expires_in"] = 0
            return 200, token
        if grant == "refresh_token":
            try:
                claims = self._verify_refresh(form.get("refresh_token", ""))
            except jwt.ExpiredSignatureError:
                return 400, {"error": "invalid_grant", "error_description": "Token is not active"}
            except jwt.InvalidTokenError:
                return 400, {"error": "invalid_grant", "error_description": "Invalid refresh token"}
            scope = form.get("scope") or claims.get("scope", "")
            if claims["typ"] == "Offline" and "offline_access" not in scope.split():
                scope = f"{scope} offline_access".strip()
            return 200, self.issue(claims["preferred_username"], client_id, scope)
        if grant == "urn:ietf:params:oauth:grant-type:device_code":
            return self._poll_device(form.get("device_code", ""), client_id)
        return 400, {"error": "unsupported_grant_type", "error_description": f"Unsupported grant_type {grant!r}"}

    def known_client(self, client_id: str) -> bool:
        return client_id in PUBLIC_CLIENTS or client_id in self.service_clients

    def start_device(self, client_id: str, scope: str, base_url: str) -> dict[str, Any]:
        device_code = secrets.token_urlsafe(24)
        user_code = "-".join(secrets.token_hex(2).upper() for _ in range(2))
        self.state.put("realm.device", device_code,
                       {"client_id": client_id, "scope": scope, "polls": 0, "user_code": user_code,
                        "expires": self.state.wall_now() + 600})  # fmt: skip
        verify = f"{base_url}/device"
        return {"device_code": device_code, "user_code": user_code, "verification_uri": verify,
                "verification_uri_complete": f"{verify}?user_code={user_code}",
                "expires_in": 600, "interval": 1}  # fmt: skip

    def _poll_device(self, device_code: str, client_id: str) -> tuple[int, dict[str, Any]]:
        with self.state.transaction():
            entry = self.state.get("realm.device", device_code)
            if entry is None or entry["client_id"] != client_id:
                return 400, {"error": "invalid_grant", "error_description": "Invalid device code"}
            if entry["expires"] < self.state.wall_now():
                self.state.delete("realm.device", device_code)
                return 400, {"error": "expired_token", "error_description": "Device code expired"}
            if entry["polls"] < self.device_polls_before_approval:
                entry["polls"] += 1
                self.state.put("realm.device", device_code, entry)
                return 400, {"error": "authorization_pending",
                             "error_description": "The authorization request is still pending"}  # fmt: skip
            self.state.delete("realm.device", device_code)
        return 200, self.issue(self.device_user, client_id, entry["scope"])

    # -- HTTP -----------------------------------------------------------------------------
    def router(self) -> APIRouter:
        r = APIRouter(prefix=f"/realms/{REALM}", include_in_schema=False)
        realm = self

        def base(request: Request) -> str:
            # Mounted under /auth: the mount point is in root_path, not in base_url.
            root = str(request.url.replace(path=request.scope.get("root_path", ""), query=""))
            return root.rstrip("/") + f"/realms/{REALM}"

        @r.get("")
        def realm_info(request: Request) -> dict[str, Any]:
            pem_body = b"".join(realm.public_pem.splitlines()[1:-1]).decode()
            return {"realm": REALM, "public_key": pem_body, "token-service": f"{base(request)}/protocol/openid-connect",
                    "account-service": f"{base(request)}/account", "tokens-not-before": 0}  # fmt: skip

        @r.get("/.well-known/openid-configuration")
        def discovery(request: Request) -> dict[str, Any]:
            b = base(request)
            oidc = f"{b}/protocol/openid-connect"
            return {"issuer": realm.issuer, "authorization_endpoint": f"{oidc}/auth",
                    "token_endpoint": f"{oidc}/token", "jwks_uri": f"{oidc}/certs",
                    "device_authorization_endpoint": f"{oidc}/auth/device",
                    "userinfo_endpoint": f"{oidc}/userinfo",
                    "grant_types_supported": ["password", "refresh_token",
                                              "urn:ietf:params:oauth:grant-type:device_code"],
                    "id_token_signing_alg_values_supported": ["RS256"]}  # fmt: skip

        @r.get("/protocol/openid-connect/certs")
        def certs() -> dict[str, Any]:
            return {"keys": [realm.jwk]}

        @r.post("/protocol/openid-connect/token")
        async def token(request: Request) -> JSONResponse:
            form = {k: str(v) for k, v in (await request.form()).items()}
            status, body = realm.token_endpoint(form)
            return JSONResponse(body, status_code=status, headers={"Cache-Control": "no-store"})

        @r.post("/protocol/openid-connect/auth/device")
        async def device(request: Request) -> JSONResponse:
            form = {k: str(v) for k, v in (await request.form()).items()}
            if not form.get("client_id") or not realm.known_client(form["client_id"]):
                return JSONResponse(dict(_INVALID_CLIENT), status_code=401)
            scope = form.get("scope") or form.get("scopes") or ""
            return JSONResponse(realm.start_device(form["client_id"], scope, base(request)))

        return r

    def app(self) -> FastAPI:
        app = FastAPI(title="Local Provena realm (Keycloak-compatible)", openapi_url=None, docs_url=None)
        app.include_router(self.router())
        return app
