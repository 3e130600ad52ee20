"""The seven services of the local stack: name, URL prefix, and the module that builds each."""

from __future__ import annotations

import importlib
from typing import NamedTuple

from fastapi import FastAPI

from ..context import StackContext


class Service(NamedTuple):
    name: str  # as in specs/<name>.json
    prefix: str  # host prefix in a real deployment; path prefix on the local stack
    module: str
    override_key: str  # the client Config's APIOverrides field


SERVICES = (
    Service("auth", "auth-api", "auth", "auth_api_endpoint_override"),
    Service("datastore", "data-api", "datastore", "datastore_api_endpoint_override"),
    Service("registry", "registry-api", "registry", "registry_api_endpoint_override"),
    Service("prov", "prov-api", "prov", "prov_api_endpoint_override"),
    Service("search", "search", "search", "search_api_endpoint_override"),
    Service("job", "job-api", "job", "jobs_service_api_endpoint_override"),
    Service("id-service", "handle", "id_service", "handle_service_api_endpoint_override"),
)


def build_app(service: Service, ctx: StackContext) -> FastAPI:
    module = importlib.import_module(f"{__name__}.{service.module}")
    app: FastAPI = module.build(ctx)
    return app


def build_all(ctx: StackContext) -> dict[str, FastAPI]:
    return {s.name: build_app(s, ctx) for s in SERVICES}
