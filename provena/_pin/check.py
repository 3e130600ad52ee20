"""`provena.check_deployment(config)`: does this installed client still match a deployment's API?

Fetches each service's `/openapi.json` from the deployment the Config describes and compares it with the
shipped pin (provena._pin.pin) and with what the facade uses (provena._pin.usage): the same report as
`nox -s specs -- --check`. Nothing is written; no token is needed (an `auth` lets it also ask the registry for
the deployed Provena version).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .._errors import ProvenaError
from .impact import ImpactReport, analyse
from .pin import pinned_document, spec_pin

if TYPE_CHECKING:
    import httpx

    from .._config import Config


class DeploymentCheckError(ProvenaError):
    """Some service's document could not be fetched or is not an OpenAPI document; the message names each one."""


def _openapi(raw: bytes) -> dict[str, Any]:
    try:
        doc = json.loads(raw)
    except ValueError as exc:
        raise ValueError(f"not JSON ({exc})") from None
    if not isinstance(doc, dict) or not str(doc.get("openapi", "")).startswith("3."):
        raise ValueError("not an OpenAPI 3 document")
    return doc


def fetch_documents(config: Config, *, timeout: float = 30.0) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """service -> served document, and service -> the URL it came from; every failure is named at once."""
    import httpx

    docs: dict[str, dict[str, Any]] = {}
    urls: dict[str, str] = {}
    failures: list[str] = []
    with httpx.Client(timeout=timeout, follow_redirects=True) as client:
        for service in spec_pin().services:
            url = config.endpoint_for(service).rstrip("/") + "/openapi.json"
            urls[service] = url
            try:
                response = client.get(url)
                if response.status_code != 200:
                    raise ValueError(f"HTTP {response.status_code}")
                docs[service] = _openapi(response.content)
            except httpx.HTTPError as exc:
                failures.append(f"  {service}: GET {url} failed ({type(exc).__name__})")
            except ValueError as exc:
                failures.append(f"  {service}: GET {url}: {exc}")
    if failures:
        raise DeploymentCheckError(
            f"could not fetch {len(failures)} of {len(urls)} OpenAPI documents:\n" + "\n".join(failures)
        )
    return docs, urls


def provena_version(config: Config, auth: httpx.Auth | None, *, timeout: float = 30.0) -> str | None:
    """The deployed Provena version as the registry reports it (`tag_name`, else `commit_id`); None if it
    does not say (the route needs a signed-in user)."""
    if auth is None:
        return None
    from .._transport import Transport
    from ..sync import RegistryGeneralClient

    transport = Transport(config, auth, timeout=timeout)
    try:
        details = RegistryGeneralClient(transport=transport).get_current_provena_version()
    except ProvenaError:
        return None
    finally:
        transport.close()
    for value in (getattr(details, "tag_name", None), getattr(details, "commit_id", None)):
        if isinstance(value, str) and value:
            return value
    return None


def check_deployment(config: Config, *, timeout: float = 30.0, auth: httpx.Auth | None = None) -> ImpactReport:
    """Compare the deployment described by `config` with this client's pin; returns the impact report.

    `report.is_breaking`: some documented method would break; `report.has_drift`: some document differs;
    `report.to_text()` / `report.to_dict()`: the report of `nox -s specs -- --check`. Raises
    DeploymentCheckError (naming each service) when a document cannot be fetched.
    """
    pin = spec_pin()
    live, urls = fetch_documents(config, timeout=timeout)
    pinned = {name: pinned_document(name, pin) for name in pin.services}
    report = analyse(
        pinned, live, pin_label="this client's pin", pinned_sha256={n: s.sha256 for n, s in pin.services.items()}
    )
    report.deployment = {"urls": urls, "provena_version": provena_version(config, auth, timeout=timeout)}
    return report
