from __future__ import annotations

import json
from pathlib import Path

import pytest

from provena import APIOverrides, Config, ConfigError

LOCAL_DOC = {
    "domain": "localhost",
    "realm_name": "provena",
    "client_id": "provena-local",
    "api_overrides": {
        "datastore_api_endpoint_override": "http://127.0.0.1:8765/data-api",
        "auth_api_endpoint_override": "http://127.0.0.1:8765/auth-api",
        "registry_api_endpoint_override": "http://127.0.0.1:8765/registry-api",
        "prov_api_endpoint_override": "http://127.0.0.1:8765/prov-api",
        "search_api_endpoint_override": "http://127.0.0.1:8765/search",
        "search_service_endpoint_override": None,
        "handle_service_api_endpoint_override": "http://127.0.0.1:8765/handle",
        "jobs_service_api_endpoint_override": "http://127.0.0.1:8765/job-api",
        "keycloak_endpoint_override": "http://127.0.0.1:8765/auth/realms/provena",
    },
    "s3_endpoint": "http://127.0.0.1:9000",
    "users": [
        {"username": "researcher", "password": "researcher-password", "email": "r@x", "roles": [], "admin": False}
    ],
    "stack_version": "0.1.0",
}


def test_official_url_derivation() -> None:
    c = Config("example.org", "myrealm")
    assert c.datastore_api_endpoint == "https://data-api.example.org"
    assert c.registry_api_endpoint == "https://registry-api.example.org"
    assert c.prov_api_endpoint == "https://prov-api.example.org"
    assert c.search_api_endpoint == "https://search.example.org"
    assert c.jobs_service_api_endpoint == "https://job-api.example.org"
    assert c.handle_service_api_endpoint == "https://handle.example.org"
    assert c.auth_api_endpoint == "https://auth-api.example.org"
    assert c.search_service_endpoint == "https://search-service.example.org"
    assert c.keycloak_endpoint == "https://auth.example.org/auth/realms/myrealm"


def test_overrides_and_endpoint_for() -> None:
    c = Config("example.org", "r", APIOverrides(registry_api_endpoint_override="http://localhost:1/reg/"))
    assert c.registry_api_endpoint == "http://localhost:1/reg"  # trailing slash dropped
    assert c.endpoint_for("registry") == "http://localhost:1/reg"
    expected = {
        "auth": "https://auth-api.example.org",
        "datastore": "https://data-api.example.org",
        "prov": "https://prov-api.example.org",
        "search": "https://search.example.org",
        "job": "https://job-api.example.org",
        "id-service": "https://handle.example.org",
    }
    for name, url in expected.items():
        assert c.endpoint_for(name) == url
    assert c.endpoint_for("id_service") == "https://handle.example.org"
    with pytest.raises(ValueError, match="unknown Provena service 'registy'"):
        c.endpoint_for("registy")


def test_field_names_match_official() -> None:
    assert set(APIOverrides().to_dict()) == {
        "datastore_api_endpoint_override",
        "auth_api_endpoint_override",
        "registry_api_endpoint_override",
        "prov_api_endpoint_override",
        "search_api_endpoint_override",
        "search_service_endpoint_override",
        "handle_service_api_endpoint_override",
        "jobs_service_api_endpoint_override",
        "keycloak_endpoint_override",
    }


def test_from_file_accepts_local_config_out(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    path.write_text(json.dumps(LOCAL_DOC))
    c = Config.from_file(path)
    assert c.domain == "localhost" and c.realm_name == "provena" and c.client_id == "provena-local"
    assert c.datastore_api_endpoint == "http://127.0.0.1:8765/data-api"
    assert c.keycloak_endpoint == "http://127.0.0.1:8765/auth/realms/provena"
    assert c.search_service_endpoint == "https://search-service.localhost"
    assert c.s3_endpoint == "http://127.0.0.1:9000"
    assert c.extra["users"][0]["username"] == "researcher"
    assert Config.local(path) == c
    # round trip
    assert Config.from_dict(c.to_dict()) == c


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"realm_name": "r"}, "missing required key 'domain'"),
        ({"domain": "x.org", "realm_name": 3}, "key 'realm_name' must be a non-empty string"),
        (
            {"domain": "x.org", "realm_name": "r", "api_overrides": {"registry_endpoint_override": "http://a"}},
            "unknown key(s) ['registry_endpoint_override']",
        ),
        (
            {"domain": "x.org", "realm_name": "r", "api_overrides": {"prov_api_endpoint_override": "prov.x.org"}},
            "api_overrides.prov_api_endpoint_override must start with http",
        ),
        ({"domain": "https://x.org", "realm_name": "r"}, "bare host name"),
        ([1, 2], "top level must be a JSON object"),
    ],
)
def test_bad_files_name_the_key(tmp_path: Path, doc: object, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc))
    with pytest.raises(ConfigError) as info:
        Config.from_file(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_bad_json_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"domain": ')
    with pytest.raises(ConfigError, match="not valid JSON"):
        Config.from_file(path)
    with pytest.raises(ConfigError, match="does not exist"):
        Config.from_file(tmp_path / "nope.json")
    with pytest.raises(ConfigError, match=r"provena\.local serve --config-out"):
        Config.local(tmp_path / "nope.json")


def test_from_env(tmp_path: Path) -> None:
    env = {
        "PROVENA_DOMAIN": "example.org",
        "PROVENA_REALM": "r",
        "PROVENA_REGISTRY_URL": "http://reg:1",
        "PROVENA_KEYCLOAK_URL": "http://kc/auth/realms/r",
        "PROVENA_CLIENT_ID": "cli",
    }
    c = Config.from_env(env)
    assert c.registry_api_endpoint == "http://reg:1"
    assert c.keycloak_endpoint == "http://kc/auth/realms/r"
    assert c.prov_api_endpoint == "https://prov-api.example.org"
    assert c.client_id == "cli"
    with pytest.raises(ConfigError, match="PROVENA_DOMAIN"):
        Config.from_env({})
    with pytest.raises(ConfigError, match="PROVENA_JOB_URL must start with http"):
        Config.from_env({**env, "PROVENA_JOB_URL": "job.example.org"})
    path = tmp_path / "c.json"
    path.write_text(json.dumps(LOCAL_DOC))
    c2 = Config.from_env({"PROVENA_CONFIG_FILE": str(path), "PROVENA_PROV_URL": "http://other/prov"})
    assert c2.prov_api_endpoint == "http://other/prov"
    assert c2.registry_api_endpoint == "http://127.0.0.1:8765/registry-api"


def test_config_is_cheap_and_compatible_positionally() -> None:
    c = Config("example.org", "r", APIOverrides())
    assert c.api_overrides == APIOverrides()
    with pytest.raises(ConfigError):
        Config("", "r")
