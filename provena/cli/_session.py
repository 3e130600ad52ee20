"""What every command needs: the configuration, the login kept between runs, and a sync client.

Tokens live in the facade's 0600 token store (`FileTokenStore.for_client`, under `$XDG_CONFIG_HOME/provena/tokens`),
one per Keycloak realm and client id. Beside it the command keeps a small 0600 "login" note saying how the user
logged in (device, password or offline token file) and as whom; it never holds a secret, only the offline token
file's path.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

    from .. import sync
    from .._config import Config
    from .._token_store import FileTokenStore

__all__ = ["DEFAULT_CLIENT_ID", "Session", "jwt_claims"]

# The client id Provena deployments register for command-line and script tools.
DEFAULT_CLIENT_ID = "client-tools"
# Environment variable naming an offline token file: unattended jobs need no `provena login` at all.
OFFLINE_TOKEN_ENV = "PROVENA_OFFLINE_TOKEN_FILE"
NOT_LOGGED_IN = "not logged in: run `provena login` first"


def jwt_claims(token: str) -> dict[str, Any]:
    """The payload of a JWT, without verifying it (only to show who is logged in; the server verifies)."""
    parts = token.split(".")
    if len(parts) != 3:
        return {}
    try:
        data = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


@dataclass
class Session:
    """Global options of one `provena` run, and what is derived from them (computed on first use)."""

    config_file: str | None = None
    client_id: str | None = None
    debug: bool = False
    _config: Config | None = field(default=None, init=False, repr=False)

    # -- configuration -------------------------------------------------------------------------------------
    def config(self) -> Config:
        """--config FILE, else the environment (`Config.from_env`), else ./.provena-local/config.json.

        The PROVENA_<SERVICE>_URL overrides of the environment apply on top of a file in every case."""
        if self._config is None:
            from .._config import DEFAULT_LOCAL_CONFIG, Config, ConfigError

            env = dict(os.environ)
            if self.config_file:
                env["PROVENA_CONFIG_FILE"] = self.config_file
            elif not any(env.get(k) for k in ("PROVENA_CONFIG_FILE", "PROVENA_DOMAIN", "PROVENA_REALM")):
                if not DEFAULT_LOCAL_CONFIG.exists():
                    raise ConfigError(
                        "no Provena configuration: pass --config FILE, set PROVENA_CONFIG_FILE (or PROVENA_DOMAIN "
                        f"and PROVENA_REALM), or run `provena local serve`, which writes ./{DEFAULT_LOCAL_CONFIG}"
                    )
                env["PROVENA_CONFIG_FILE"] = str(DEFAULT_LOCAL_CONFIG)
            self._config = Config.from_env(env)
        return self._config

    def resolved_client_id(self) -> str:
        return self.client_id or self.config().client_id or DEFAULT_CLIENT_ID

    # -- the login kept between runs --------------------------------------------------------------------------
    def token_store(self) -> FileTokenStore:
        from .._token_store import FileTokenStore

        return FileTokenStore.for_client(self.config().keycloak_endpoint, self.resolved_client_id())

    def _note_path(self) -> Path:
        path = self.token_store().path
        return path.with_name(path.stem + ".login.json")

    def login_note(self) -> dict[str, Any]:
        try:
            data = json.loads(self._note_path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def save_login_note(self, note: dict[str, Any]) -> None:
        from .._token_store import atomic_write_private

        atomic_write_private(self._note_path(), json.dumps(note, sort_keys=True).encode())

    def forget(self) -> bool:
        """Remove the stored tokens and the login note; True if there was anything to remove."""
        store = self.token_store()
        had = store.path.exists() or self._note_path().exists()
        store.clear()
        self._note_path().unlink(missing_ok=True)
        return had

    def stored_access_token(self) -> str | None:
        data = self.token_store().load() or {}
        token = data.get("access_token")
        return token if isinstance(token, str) and token else None

    def offline_token_file(self) -> str | None:
        """The offline token file in use: PROVENA_OFFLINE_TOKEN_FILE, else the one `provena login` remembered."""
        path = os.environ.get(OFFLINE_TOKEN_ENV) or self.login_note().get("offline_token_file")
        return str(path) if path else None

    def offline_token(self) -> str | None:
        """The offline token itself (only to read who it belongs to; never printed)."""
        path = self.offline_token_file()
        try:
            return Path(path).read_text(encoding="utf-8").strip() if path else None
        except OSError:
            return None

    def auth(self) -> httpx.Auth:
        """The auth flow for API calls: the offline token file (env or login note), else the stored tokens."""
        from .._auth import DeviceFlow, OfflineFlow
        from .._errors import AuthError

        config, client_id = self.config(), self.resolved_client_id()
        offline = self.offline_token_file()
        if offline:
            return OfflineFlow(config, client_id, offline_token_file=offline)
        store = self.token_store()
        if store.load() is None:
            raise AuthError(NOT_LOGGED_IN)

        def expired(_uri: str, _code: str) -> None:
            # Reached only when the stored refresh token no longer works: a command never starts a login itself.
            raise AuthError("the stored login has expired: run `provena login` again", error="login_required")

        return DeviceFlow(config, client_id, token_store=store, prompt=expired)

    @contextmanager
    def client(self) -> Iterator[sync.ProvenaClient]:
        from ..sync import ProvenaClient

        with ProvenaClient(self.auth(), self.config()) as client:
            yield client
