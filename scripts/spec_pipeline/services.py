"""The seven Provena services: one row each, so every other module loops over a table instead of a list of names."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Service:
    name: str  # file stem under specs/ and the name users pass on the command line
    host_prefix: str  # `https://<host_prefix>.<domain>` in a real deployment; also the local stack's path prefix
    config_key: str  # key of this service's base URL in the local stack's config-out `api_overrides`
    title: str  # human title, written into the normalised document's info.title

    @property
    def package(self) -> str:
        """Import name of the generated package (`id-service` -> `provena_api_id_service`)."""
        return "provena_api_" + self.name.replace("-", "_")


SERVICES: tuple[Service, ...] = (
    Service("auth", "auth-api", "auth_api_endpoint_override", "Provena auth API"),
    Service("datastore", "data-api", "datastore_api_endpoint_override", "Provena data store API"),
    Service("registry", "registry-api", "registry_api_endpoint_override", "Provena registry API"),
    Service("prov", "prov-api", "prov_api_endpoint_override", "Provena provenance API"),
    Service("search", "search", "search_api_endpoint_override", "Provena search API"),
    Service("job", "job-api", "jobs_service_api_endpoint_override", "Provena async job API"),
    Service("id-service", "handle", "handle_service_api_endpoint_override", "Provena handle (ID) service API"),
)

BY_NAME: dict[str, Service] = {s.name: s for s in SERVICES}


def get(name: str) -> Service:
    try:
        return BY_NAME[name]
    except KeyError:
        known = ", ".join(BY_NAME)
        raise PipelineError(f"unknown service {name!r} (known services: {known})") from None


class PipelineError(Exception):
    """A failure the user can act on; the CLI prints the message and exits non-zero without a traceback."""
