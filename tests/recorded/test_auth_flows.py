"""The auth flows against the realm, recorded: password grant, refresh on expiry, device flow with a prompt
callback (the local stack approves after `--device-polls` polls), offline-token exchange, static tokens.

Replayed token responses carry placeholder tokens (not JWTs): the flows then take the expiry from
`expires_in`, as they do for any opaque token.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.usefixtures("local_only")


def _password(session: Any, username: str) -> str:
    return str(session.password(username))


async def _report_user(auth: Any, config: Any, transport_options: dict[str, Any]) -> list[str]:
    """The roles the API sees for the flow's user (an authenticated call)."""
    import provena
    from provena.clients import AuthClient

    async with AuthClient(transport=provena.Transport(config, auth, **transport_options)) as api:
        report = (await api.get_user_generate_access_report()).report
    return sorted(r.role_name for c in report.components for r in c.component_roles if r.access_granted)


async def test_password_flow(session: Any, config: Any, transport_options: dict[str, Any]) -> None:
    import provena

    auth = provena.PasswordFlow(config, None, "admin", _password(session, "admin"))
    granted = await _report_user(auth, config, transport_options)
    assert "entity-registry-admin" in granted


async def test_refresh_on_expiry(session: Any, config: Any, transport_options: dict[str, Any],
                                 caplog: pytest.LogCaptureFixture) -> None:  # fmt: skip
    import provena

    auth = provena.PasswordFlow(config, None, "researcher", _password(session, "researcher"))
    auth.login()
    first = auth._tokens
    assert first is not None and first.refresh_token
    # The access token has expired (the refresh token has not): the next call must use the refresh grant.
    auth._tokens = first._replace(expires_at=time.time() - 1)
    with caplog.at_level(logging.INFO, logger="provena"):
        granted = await _report_user(auth, config, transport_options)
    assert "entity-registry-write" in granted and "entity-registry-admin" not in granted
    assert any("refreshing the access token" in r.getMessage() for r in caplog.records)
    assert not any("logging in as" in r.getMessage() for r in caplog.records)
    assert auth._tokens is not None and auth._tokens.expires_at is not None
    assert auth._tokens.expires_at > time.time()


async def test_device_flow(config: Any, transport_options: dict[str, Any]) -> None:
    import provena

    prompts: list[tuple[str, str]] = []
    auth = provena.DeviceFlow(config, prompt=lambda uri, code: prompts.append((uri, code)), persist=False,
                              poll_interval=0)  # fmt: skip
    granted = await _report_user(auth, config, transport_options)
    assert "entity-registry-write" in granted  # the stack approves as the researcher
    ((uri, code),) = prompts
    assert uri.startswith(config.keycloak_endpoint) and uri.endswith(f"/device?user_code={code}")


async def test_offline_flow(session: Any, config: Any, transport_options: dict[str, Any]) -> None:
    import provena

    # An offline token, as Keycloak hands one out (password grant with the offline_access scope).
    form = {"grant_type": "password", "client_id": config.client_id, "username": "researcher",
            "password": _password(session, "researcher"), "scope": "openid offline_access"}  # fmt: skip
    answer = httpx.post(config.token_endpoint, data=form)
    assert answer.status_code == 200 and answer.json()["refresh_expires_in"] == 0  # offline: never expires
    auth = provena.OfflineFlow(config, offline_token=answer.json()["refresh_token"])
    granted = await _report_user(auth, config, transport_options)
    assert "entity-registry-write" in granted


async def test_client_credentials_flow(session: Any, config: Any, transport_options: dict[str, Any]) -> None:
    import provena

    auth = provena.ClientCredentialsFlow(config, "provena-service", session.client_secret("provena-service"))
    granted = await _report_user(auth, config, transport_options)
    assert "entity-registry-write" in granted and "entity-registry-admin" not in granted


async def test_static_token(session: Any, config: Any, transport_options: dict[str, Any]) -> None:
    import provena

    form = {"grant_type": "password", "client_id": config.client_id, "username": "researcher",
            "password": _password(session, "researcher")}  # fmt: skip
    token = httpx.post(config.token_endpoint, data=form).json()["access_token"]
    calls: list[int] = []

    def provider() -> str:
        calls.append(1)
        return str(token)

    assert "entity-registry-write" in await _report_user(provena.StaticTokenAuth(token), config, transport_options)
    assert "entity-registry-write" in await _report_user(provena.StaticTokenAuth(provider), config,
                                                         transport_options)  # fmt: skip
    assert calls == [1]
