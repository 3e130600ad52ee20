"""`provena specs check`: does a deployment still serve the API this client was generated from?"""

from __future__ import annotations

import inspect
from typing import Any

import click

from ._output import json_option, print_json
from ._session import Session

__all__ = ["specs"]


def _login_if_any(session: Session, check: Any, *, for_domain: bool) -> dict[str, Any]:
    """`auth=` for the check when it takes one and the user is logged in to the configured deployment (it then
    also reports the deployed Provena version); no token is needed for the check itself."""
    if for_domain or "auth" not in inspect.signature(check).parameters:
        return {}
    from .._errors import AuthError

    try:
        return {"auth": session.auth()}
    except AuthError:
        return {}


@click.group()
def specs() -> None:
    """The OpenAPI documents pinned in the installed client."""


@specs.command()
@click.option("--domain", metavar="D", help="Check the deployment at this domain instead of the configured one.")
@click.option("--strict", is_flag=True, help="Exit 1 on any drift, not only on breaking changes.")
@json_option
@click.pass_obj
def check(session: Session, domain: str | None, strict: bool, as_json: bool) -> int:
    """Compare the deployment's API with the pinned specs: exit 0 when compatible, 1 on a breaking change."""
    import provena

    check_deployment = getattr(provena, "check_deployment", None)
    if check_deployment is None:
        raise provena.ProvenaError(
            "this provena version cannot check a deployment yet (provena.check_deployment is missing); "
            "upgrade provena-sdk, or run `nox -s specs -- --check` from a source checkout"
        )
    if domain:
        # The official host names under that domain; the realm name comes from the configuration, if there is one.
        try:
            realm = session.config().realm_name
        except provena.ConfigError:
            realm = "provena"
        config = provena.Config(domain, realm)
    else:
        config = session.config()
    report = check_deployment(config, **_login_if_any(session, check_deployment, for_domain=bool(domain)))
    if as_json:
        print_json(report.to_dict())
    else:
        click.echo(report.to_text().rstrip("\n"))
    return 1 if report.is_breaking or (strict and report.has_drift) else 0
