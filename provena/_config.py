"""Where the Provena services live: `Config` and `APIOverrides`.

Compatible with the official client's `Config(domain, realm_name, api_overrides)`: every service URL is
`https://{prefix}.{domain}` unless an override is given. On top of that a config can come from environment
variables, from a JSON file, or from the local stack's `--config-out` document, unchanged.

Only the standard library is imported here so `provena.Config` stays cheap.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

__all__ = ["DEFAULT_LOCAL_CONFIG", "SERVICE_NAMES", "APIOverrides", "Config", "ConfigError"]


class ConfigError(ValueError):
    """A configuration value, file or environment variable is wrong; the message says which and how to fix."""


# service name -> (APIOverrides field, host prefix, Config property). One table instead of nine copies.
_SERVICES: dict[str, tuple[str, str, str]] = {
    "auth": ("auth_api_endpoint_override", "auth-api", "auth_api_endpoint"),
    "datastore": ("datastore_api_endpoint_override", "data-api", "datastore_api_endpoint"),
    "registry": ("registry_api_endpoint_override", "registry-api", "registry_api_endpoint"),
    "prov": ("prov_api_endpoint_override", "prov-api", "prov_api_endpoint"),
    "search": ("search_api_endpoint_override", "search", "search_api_endpoint"),
    "job": ("jobs_service_api_endpoint_override", "job-api", "jobs_service_api_endpoint"),
    "id-service": ("handle_service_api_endpoint_override", "handle", "handle_service_api_endpoint"),
}
SERVICE_NAMES: tuple[str, ...] = tuple(_SERVICES)

# Environment variable suffix (PROVENA_<X>_URL) -> APIOverrides field.
_ENV_OVERRIDES: dict[str, str] = {
    "AUTH": "auth_api_endpoint_override",
    "DATASTORE": "datastore_api_endpoint_override",
    "REGISTRY": "registry_api_endpoint_override",
    "PROV": "prov_api_endpoint_override",
    "SEARCH": "search_api_endpoint_override",
    "SEARCH_SERVICE": "search_service_endpoint_override",
    "JOB": "jobs_service_api_endpoint_override",
    "ID_SERVICE": "handle_service_api_endpoint_override",
    "KEYCLOAK": "keycloak_endpoint_override",
}

# Where `python -m provena.local serve --config-out` output is looked for by `Config.local()` by default.
DEFAULT_LOCAL_CONFIG = Path(".provena-local") / "config.json"


def _check_url(value: object, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where} must be a URL string or null, got {value!r}")
    url = value.strip()
    if not url.startswith(("http://", "https://")):
        raise ConfigError(f"{where} must start with http:// or https://, got {url!r}")
    # A trailing slash would double up with the generated clients' absolute paths.
    return url.rstrip("/")


@dataclass(frozen=True)
class APIOverrides:
    """Full URLs replacing the derived `https://{prefix}.{domain}` (the official client's 9 field names)."""

    datastore_api_endpoint_override: str | None = None
    auth_api_endpoint_override: str | None = None
    registry_api_endpoint_override: str | None = None
    prov_api_endpoint_override: str | None = None
    search_api_endpoint_override: str | None = None
    search_service_endpoint_override: str | None = None
    handle_service_api_endpoint_override: str | None = None
    jobs_service_api_endpoint_override: str | None = None
    keycloak_endpoint_override: str | None = None

    def __post_init__(self) -> None:
        for f in fields(self):
            object.__setattr__(self, f.name, _check_url(getattr(self, f.name), f"APIOverrides.{f.name}"))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, where: str = "api_overrides") -> APIOverrides:
        if not isinstance(data, Mapping):
            raise ConfigError(f"{where} must be a JSON object, got {type(data).__name__}")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            # A misspelt override would otherwise silently send requests to the public host.
            raise ConfigError(f"unknown key(s) {unknown} in {where}; valid keys are {sorted(known)}")
        return cls(**{k: _check_url(v, f"{where}.{k}") for k, v in data.items()})

    def to_dict(self) -> dict[str, str | None]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class Config:
    """Provena deployment settings: the domain, the Keycloak realm and optional per-service URL overrides.

    `Config("example.org", "myrealm")` gives `https://data-api.example.org`, ..., and Keycloak at
    `https://auth.example.org/auth/realms/myrealm`, exactly like the official client.
    """

    domain: str
    realm_name: str
    api_overrides: APIOverrides = field(default_factory=APIOverrides)
    client_id: str | None = None
    s3_endpoint: str | None = None
    # Keys of a config file that the client does not interpret (e.g. the local stack's `users`,
    # `stack_version`).
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.domain, str) or not self.domain.strip():
            raise ConfigError(
                f"domain must be a non-empty host name such as 'example.org', got {self.domain!r}"
            )
        if "://" in self.domain or "/" in self.domain:
            raise ConfigError(
                f"domain must be a bare host name such as 'example.org', not a URL: {self.domain!r} "
                "(use api_overrides for full URLs)"
            )
        if not isinstance(self.realm_name, str) or not self.realm_name.strip():
            raise ConfigError(f"realm_name must be a non-empty string, got {self.realm_name!r}")
        if not isinstance(self.api_overrides, APIOverrides):
            raise ConfigError(
                f"api_overrides must be an APIOverrides, got {type(self.api_overrides).__name__}"
            )
        if self.client_id is not None and (not isinstance(self.client_id, str) or not self.client_id):
            raise ConfigError(f"client_id must be a non-empty string or null, got {self.client_id!r}")
        object.__setattr__(self, "s3_endpoint", _check_url(self.s3_endpoint, "s3_endpoint"))

    # -- URL derivation (official: optional_override_prefixor) ------------------------------------------
    def _derive(self, override: str | None, prefix: str) -> str:
        return override if override is not None else f"https://{prefix}.{self.domain}"

    def endpoint_for(self, service_name: str) -> str:
        """Base URL of a service by name: auth, datastore, registry, prov, search, job or id-service."""
        key = service_name.replace("_", "-")
        if key not in _SERVICES:
            raise ValueError(
                f"unknown Provena service {service_name!r}; expected one of {list(SERVICE_NAMES)}"
            )
        override_field, prefix, _ = _SERVICES[key]
        return self._derive(getattr(self.api_overrides, override_field), prefix)

    @property
    def datastore_api_endpoint(self) -> str:
        return self.endpoint_for("datastore")

    @property
    def registry_api_endpoint(self) -> str:
        return self.endpoint_for("registry")

    @property
    def prov_api_endpoint(self) -> str:
        return self.endpoint_for("prov")

    @property
    def search_api_endpoint(self) -> str:
        return self.endpoint_for("search")

    @property
    def jobs_service_api_endpoint(self) -> str:
        return self.endpoint_for("job")

    @property
    def handle_service_api_endpoint(self) -> str:
        return self.endpoint_for("id-service")

    @property
    def auth_api_endpoint(self) -> str:
        return self.endpoint_for("auth")

    @property
    def search_service_endpoint(self) -> str:
        # Computed by the official client too, though no client uses it.
        return self._derive(self.api_overrides.search_service_endpoint_override, "search-service")

    @property
    def keycloak_endpoint(self) -> str:
        override = self.api_overrides.keycloak_endpoint_override
        return (
            override if override is not None else f"https://auth.{self.domain}/auth/realms/{self.realm_name}"
        )

    @property
    def token_endpoint(self) -> str:
        return f"{self.keycloak_endpoint}/protocol/openid-connect/token"

    @property
    def device_endpoint(self) -> str:
        return f"{self.keycloak_endpoint}/protocol/openid-connect/auth/device"

    # -- loading ------------------------------------------------------------------------------------
    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, source: str = "config") -> Config:
        """Build from a mapping shaped like the local stack's config-out document."""
        if not isinstance(data, Mapping):
            raise ConfigError(f"{source}: the top level must be a JSON object, got {type(data).__name__}")
        for key in ("domain", "realm_name"):
            if key not in data:
                raise ConfigError(f"{source}: missing required key {key!r}")
            if not isinstance(data[key], str) or not data[key]:
                raise ConfigError(f"{source}: key {key!r} must be a non-empty string, got {data[key]!r}")
        overrides_raw = data.get("api_overrides") or {}
        try:
            overrides = APIOverrides.from_dict(overrides_raw, where=f"{source}: api_overrides")
            known = {"domain", "realm_name", "api_overrides", "client_id", "s3_endpoint"}
            return cls(
                domain=data["domain"],
                realm_name=data["realm_name"],
                api_overrides=overrides,
                client_id=data.get("client_id"),
                s3_endpoint=data.get("s3_endpoint"),
                extra={k: v for k, v in data.items() if k not in known},
            )
        except ConfigError as exc:
            message = str(exc)
            raise ConfigError(message if message.startswith(source) else f"{source}: {message}") from None

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> Config:
        """Load a JSON config file (the local stack's `--config-out` output is accepted as is)."""
        p = Path(path).expanduser()
        try:
            text = p.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ConfigError(f"config file {str(p)!r} does not exist") from None
        except OSError as exc:
            raise ConfigError(f"cannot read config file {str(p)!r}: {exc.strerror or exc}") from None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ConfigError(
                f"{p}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
            ) from None
        return cls.from_dict(data, source=str(p))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Config:
        """Build from environment variables.

        `PROVENA_CONFIG_FILE` names a JSON file to start from; otherwise `PROVENA_DOMAIN` and `PROVENA_REALM`
        are required. `PROVENA_<SERVICE>_URL` (AUTH, DATASTORE, REGISTRY, PROV, SEARCH, SEARCH_SERVICE, JOB,
        ID_SERVICE, KEYCLOAK), `PROVENA_CLIENT_ID` and `PROVENA_S3_ENDPOINT` override what the file says.
        """
        env = os.environ if environ is None else environ
        config_file = env.get("PROVENA_CONFIG_FILE")
        if config_file:
            base = cls.from_file(config_file)
        else:
            missing = [name for name in ("PROVENA_DOMAIN", "PROVENA_REALM") if not env.get(name)]
            if missing:
                raise ConfigError(
                    f"environment variable(s) {missing} not set; set PROVENA_DOMAIN and PROVENA_REALM "
                    "(e.g. PROVENA_DOMAIN=example.org PROVENA_REALM=myrealm) "
                    "or PROVENA_CONFIG_FILE=path/to/config.json"
                )
            base = cls(domain=env["PROVENA_DOMAIN"], realm_name=env["PROVENA_REALM"])
        overrides: dict[str, str] = {}
        for suffix, override_field in _ENV_OVERRIDES.items():
            name = f"PROVENA_{suffix}_URL"
            if env.get(name):
                overrides[override_field] = _check_url(env[name], name) or ""
        changes: dict[str, Any] = {}
        if config_file:
            # A file plus PROVENA_DOMAIN/REALM: the environment wins, as for the URL overrides.
            if env.get("PROVENA_DOMAIN"):
                changes["domain"] = env["PROVENA_DOMAIN"]
            if env.get("PROVENA_REALM"):
                changes["realm_name"] = env["PROVENA_REALM"]
        if overrides:
            changes["api_overrides"] = replace(base.api_overrides, **overrides)
        if env.get("PROVENA_CLIENT_ID"):
            changes["client_id"] = env["PROVENA_CLIENT_ID"]
        if env.get("PROVENA_S3_ENDPOINT"):
            changes["s3_endpoint"] = _check_url(env["PROVENA_S3_ENDPOINT"], "PROVENA_S3_ENDPOINT")
        return replace(base, **changes) if changes else base

    @classmethod
    def local(cls, path: str | os.PathLike[str] | None = None) -> Config:
        """Config of a running local stack, read from the file written by `python -m provena.local serve
        --config-out FILE` (default `PROVENA_CONFIG_FILE`, else `./.provena-local/config.json`)."""
        if path is None:
            path = os.environ.get("PROVENA_CONFIG_FILE") or DEFAULT_LOCAL_CONFIG
        if not Path(path).expanduser().exists():
            raise ConfigError(
                f"local stack config {str(path)!r} not found; start the stack with "
                f"`python -m provena.local serve --config-out {path}` or pass the file's path"
            )
        return cls.from_file(path)

    def to_dict(self) -> dict[str, Any]:
        """The config-out shaped document (round-trips through `from_dict`)."""
        out: dict[str, Any] = {"domain": self.domain, "realm_name": self.realm_name,
                               "api_overrides": self.api_overrides.to_dict()}  # fmt: skip
        if self.client_id is not None:
            out["client_id"] = self.client_id
        if self.s3_endpoint is not None:
            out["s3_endpoint"] = self.s3_endpoint
        return out
