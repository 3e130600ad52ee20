"""Where the command's configuration and login come from (in-process: no server, no subprocess)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provena import AuthError, ConfigError
from provena.cli._session import DEFAULT_CLIENT_ID, Session, jwt_claims


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("PROVENA_CONFIG_FILE", "PROVENA_DOMAIN", "PROVENA_REALM", "PROVENA_CLIENT_ID",
                 "PROVENA_OFFLINE_TOKEN_FILE", "PROVENA_REGISTRY_URL"):  # fmt: skip
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.chdir(tmp_path)


def write(path: Path, domain: str, **extra: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"domain": domain, "realm_name": "r", **extra}), encoding="utf-8")
    return path


def test_config_option_beats_the_environment_whose_url_overrides_still_apply(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PROVENA_CONFIG_FILE", str(write(tmp_path / "env.json", "env.example.org")))
    monkeypatch.setenv("PROVENA_REGISTRY_URL", "http://127.0.0.1:1/registry")
    config = Session(config_file=str(write(tmp_path / "opt.json", "opt.example.org"))).config()
    assert config.domain == "opt.example.org"
    assert config.registry_api_endpoint == "http://127.0.0.1:1/registry"
    assert Session().config().domain == "env.example.org"


def test_domain_and_realm_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    write(tmp_path / ".provena-local" / "config.json", "local.example.org")
    monkeypatch.setenv("PROVENA_DOMAIN", "example.org")
    monkeypatch.setenv("PROVENA_REALM", "myrealm")
    config = Session().config()
    assert (config.domain, config.realm_name) == ("example.org", "myrealm")


def test_the_local_stack_file_last(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="--config FILE"):
        Session().config()
    write(tmp_path / ".provena-local" / "config.json", "local.example.org", client_id="provena-local")
    session = Session()
    assert session.config().domain == "local.example.org"
    assert session.resolved_client_id() == "provena-local"


def test_client_id_option_then_config_then_default(tmp_path: Path) -> None:
    plain = str(write(tmp_path / "plain.json", "example.org"))
    assert Session(config_file=plain).resolved_client_id() == DEFAULT_CLIENT_ID
    assert Session(config_file=plain, client_id="mine").resolved_client_id() == "mine"


def test_no_login_means_no_auth_and_logout_finds_nothing(tmp_path: Path) -> None:
    session = Session(config_file=str(write(tmp_path / "c.json", "example.org")))
    with pytest.raises(AuthError, match="provena login"):
        session.auth()
    assert session.forget() is False


def test_a_login_note_and_tokens_live_under_xdg_config_home_with_mode_0600(tmp_path: Path) -> None:
    session = Session(config_file=str(write(tmp_path / "c.json", "example.org")))
    session.token_store().save({"access_token": "a.b.c", "client_id": DEFAULT_CLIENT_ID})
    session.save_login_note({"method": "password", "username": "u"})
    folder = tmp_path / "xdg" / "provena" / "tokens"
    assert sorted(p.stat().st_mode & 0o777 for p in folder.iterdir()) == [0o600, 0o600]
    assert session.login_note()["username"] == "u"
    assert type(session.auth()).__name__ == "DeviceFlow"
    assert session.forget() is True and not list(folder.iterdir())


def test_offline_token_file_from_the_environment_needs_no_login(monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Path) -> None:  # fmt: skip
    (tmp_path / "offline").write_text("offline-token-value", encoding="utf-8")
    monkeypatch.setenv("PROVENA_OFFLINE_TOKEN_FILE", str(tmp_path / "offline"))
    session = Session(config_file=str(write(tmp_path / "c.json", "example.org")))
    assert type(session.auth()).__name__ == "OfflineFlow"


def test_jwt_claims_read_without_verifying() -> None:
    import base64

    payload = base64.urlsafe_b64encode(json.dumps({"preferred_username": "ada"}).encode()).decode().rstrip("=")
    assert jwt_claims(f"x.{payload}.y") == {"preferred_username": "ada"}
    assert jwt_claims("not-a-jwt") == {} and jwt_claims("a.!!!.c") == {}


def test_payload_files_json_and_yaml(tmp_path: Path) -> None:
    import click

    from provena.cli._output import read_payload

    (tmp_path / "a.json").write_text('{"display_name": "A"}', encoding="utf-8")
    assert read_payload(str(tmp_path / "a.json")) == {"display_name": "A"}
    pytest.importorskip("yaml", reason="YAML payloads need PyYAML")
    (tmp_path / "a.yaml").write_text("display_name: A\nethics_approved: true\n", encoding="utf-8")
    assert read_payload(str(tmp_path / "a.yaml")) == {"display_name": "A", "ethics_approved": True}
    (tmp_path / "bad.yml").write_text("a: [1,\n", encoding="utf-8")
    with pytest.raises(click.BadParameter, match="not valid YAML"):
        read_payload(str(tmp_path / "bad.yml"))
