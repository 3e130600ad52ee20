"""`provena login`, `logout`, `whoami` and `link`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from ._output import json_option, jsonable, note, print_json, print_pairs
from ._session import Session, jwt_claims

__all__ = ["link", "login", "logout", "whoami"]


def _show_device_prompt(verification_uri_complete: str, user_code: str) -> None:
    note("To log in to Provena, open this URL in a browser:")
    note(f"    {verification_uri_complete}")
    note(f"and check that it shows the code: {click.style(user_code, bold=True)}")
    note("Waiting for the login to be approved ...")


def _read_password(password_stdin: bool) -> str:
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise click.UsageError("--password-stdin: standard input held no password (one line expected)")
        return password
    if not sys.stdin.isatty():
        raise click.UsageError("--username needs --password-stdin when standard input is not a terminal")
    return str(click.prompt("Password", hide_input=True, err=True))


@click.command()
@click.option("--username", "-u", metavar="USER", help="Log in with the password grant (scripts, test realms).")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (with --username).")
@click.option("--offline-token-file", type=click.Path(exists=True, dir_okay=False), metavar="FILE",
              help="Use a Keycloak offline token kept in FILE (unattended jobs); only the path is remembered.")
@click.option("--timeout", type=click.FloatRange(min=1), default=300, show_default=True,
              help="Seconds to wait for a device login to be approved.")
@json_option
@click.pass_obj
def login(session: Session, username: str | None, password_stdin: bool, offline_token_file: str | None,
          timeout: float, as_json: bool) -> None:  # fmt: skip
    """Log in and keep the tokens in the 0600 token store for the next commands.

    Without options this runs the device flow: it prints a URL and a code to open in a browser. Tokens are never
    printed.
    """
    from .. import DeviceFlow, MemoryTokenStore, OfflineFlow, PasswordFlow

    if password_stdin and not username:
        raise click.UsageError("--password-stdin needs --username")
    if offline_token_file and username:
        raise click.UsageError("use either --username or --offline-token-file, not both")
    config, client_id = session.config(), session.resolved_client_id()
    # The new login lands in memory first: a failed login leaves the previous one in place.
    fresh = MemoryTokenStore()
    note_data: dict[str, Any] = {"client_id": client_id, "keycloak": config.keycloak_endpoint}
    if offline_token_file:
        path = str(Path(offline_token_file).resolve())
        OfflineFlow(config, client_id, offline_token_file=path).login()  # proves the token works
        token = Path(path).read_text(encoding="utf-8").strip()
        who = jwt_claims(token).get("preferred_username")
        note_data.update(method="offline", offline_token_file=path, username=who)
    elif username:
        flow = PasswordFlow(config, client_id, username, _read_password(password_stdin))
        # PasswordFlow keeps its tokens in memory only; the command persists them in DeviceFlow's format, so the
        # next commands use and refresh them through the same token store.
        flow._store = fresh
        flow.login()
        note_data.update(method="password", username=username)
    else:
        DeviceFlow(config, client_id, token_store=fresh, prompt=_show_device_prompt, timeout=timeout).login()
        note_data.update(method="device")
    session.forget()
    tokens = fresh.load()
    if tokens is not None:
        session.token_store().save(tokens)
        if note_data.get("username") is None:
            note_data["username"] = jwt_claims(str(tokens.get("access_token", ""))).get("preferred_username")
    session.save_login_note(note_data)
    if as_json:
        print_json({"logged_in": True, **note_data})
    else:
        who = note_data["username"] or "(unknown user)"
        note(f"Logged in as {who} ({note_data['method']} login, client {client_id} at {config.keycloak_endpoint})")


@click.command()
@click.pass_obj
def logout(session: Session) -> None:
    """Forget the stored tokens (the offline token file itself is left alone)."""
    note("Logged out." if session.forget() else "Not logged in; nothing to forget.")


def _roles(report: Any) -> list[str]:
    granted: list[str] = []
    for component in jsonable(report).get("report", {}).get("components", []):
        for role in component.get("component_roles", []):
            if role.get("access_granted"):
                granted.append(str(role.get("role_name")))
    return granted


@click.command()
@json_option
@click.pass_obj
def whoami(session: Session, as_json: bool) -> None:
    """Show the logged-in user, their roles and the Person they are linked to."""
    with session.client() as client:
        report = client.auth_api.get_user_generate_access_report()
        link_info = client.auth_api.get_link_lookup_username()
    login_note = session.login_note()
    claims = jwt_claims(session.stored_access_token() or session.offline_token() or "")
    person = getattr(link_info, "person_id", None)
    roles = _roles(report)
    info: dict[str, Any] = {
        "username": claims.get("preferred_username") or login_note.get("username"),
        "email": claims.get("email"),
        "login": login_note.get("method") or "offline",
        "client_id": session.resolved_client_id(),
        "keycloak": session.config().keycloak_endpoint,
        "person_id": person if isinstance(person, str) and person else None,
        "roles": roles,
    }
    if as_json:
        print_json(info)
        return
    print_pairs([
        ("user", info["username"] or "(unknown)"),
        ("email", info["email"] or ""),
        ("login", f"{info['login']} (client {info['client_id']} at {info['keycloak']})"),
        ("person", info["person_id"] or "none linked: run `provena link PERSON_ID`"),
        ("roles", ", ".join(roles) or "(none granted)"),
    ])  # fmt: skip


@click.command()
@click.argument("person_id")
@json_option
@click.pass_obj
def link(session: Session, person_id: str, as_json: bool) -> None:
    """Link the logged-in user to the Person PERSON_ID (the registry needs it before minting or creating)."""
    with session.client() as client:
        client.auth_api.post_link_assign({"person_id": person_id})
    if as_json:
        print_json({"person_id": person_id, "linked": True})
    else:
        note(f"Linked to Person {person_id}")
