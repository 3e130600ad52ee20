"""Conventions every Provena service shares, written once.

No ``from __future__ import annotations`` in route modules: FastAPI must resolve
handler annotations that refer to closure variables (dependencies built per app).

The real services name each operation after its handler function (operationId =
route name), answer ``GET /`` without a token, and expose the same access-check and
admin-config routes. ``new_app`` builds an app with all of that in place.
"""


from collections.abc import Callable
from importlib.metadata import version
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI
from fastapi.responses import PlainTextResponse
from fastapi.routing import APIRoute

from .. import STACK_VERSION
from ..context import StackContext
from ..security import User

INTERFACES_VERSION = version("provena-interfaces-v2")

TITLES = {
    "auth": "Provena Auth API",
    "datastore": "Provena Data Store API",
    "registry": "Provena Registry API",
    "prov": "Provena Provenance API",
    "search": "Provena Search API",
    "job": "Provena Async Job API",
    "id-service": "Provena Handle (ID) Service",
}


def _operation_id(route: APIRoute) -> str:
    return route.name


def new_app(service: str, ctx: StackContext, *, access_checks: str = "standard") -> FastAPI:
    """A FastAPI app for ``service`` with the shared routes already mounted.

    ``access_checks`` is "standard" (check-general/admin/read/write-access) or "auth"
    (the auth API's public/general pair).
    """
    app = FastAPI(
        title=TITLES[service],
        version=f"{INTERFACES_VERSION}+local.{STACK_VERSION}",
        description=f"Local Provena stack: {service} service (provena-interfaces-v2 {INTERFACES_VERSION}).",
        generate_unique_id_function=_operation_id,
        separate_input_output_schemas=False,
    )
    app.state.ctx = ctx
    app.state.service = service
    sec = ctx.security

    @app.get("/", tags=["Health Check"])
    def root() -> dict[str, str]:
        return {"message": "Health check successful."}

    checks = APIRouter(prefix="/check-access", tags=["Access check"])
    if access_checks == "auth":

        @checks.get("/public", response_model=_status_model())
        def check_public_access() -> dict[str, Any]:
            return {"success": True, "details": "Public access granted."}

        @checks.get("/general", response_model=User)
        def check_general_access(user: Annotated[User, Depends(sec.user)]) -> User:
            return user

    else:
        for level in ("general", "admin", "read", "write"):
            dep = sec.admin if level == "admin" else sec.user
            _add_check(checks, level, dep)
    admin = APIRouter(prefix="/admin", tags=["Admin"])

    @admin.get("/config", response_class=PlainTextResponse)
    def generate_config_file(
        user: Annotated[User, Depends(sec.admin)], required_only: bool = True
    ) -> PlainTextResponse:
        # As the real services: the service's settings as `.env` lines in a config.txt attachment, never a secret.
        return PlainTextResponse(
            config_env(service, required_only),
            headers={"Content-Disposition": 'attachment; filename="config.txt"'},
        )

    @admin.get("/sentry-debug")
    def test_sentry_reporting(user: Annotated[User, Depends(sec.admin)]) -> dict[str, Any]:
        return {"message": "Sentry is not configured in the local stack."}

    # The real services list admin routes before access checks in some documents; order is cosmetic.
    app.include_router(checks)
    app.include_router(admin)
    return app


def config_env(service: str, required_only: bool) -> str:
    """`key=value` lines, one per setting (the optional ones only when `required_only` is false)."""
    settings: dict[str, object] = {"service": service, "stack_version": STACK_VERSION}
    if not required_only:
        settings.update(interfaces_version=INTERFACES_VERSION, test_mode=False, monitoring_enabled=False)
    return "\n".join(f"{key}={value}" for key, value in settings.items())


def _add_check(router: APIRouter, level: str, dep: Callable[..., User]) -> None:
    def check(user: Annotated[User, Depends(dep)]) -> User:
        return user

    name = f"check_{level}_access"
    check.__name__ = name
    router.add_api_route(f"/check-{level}-access", check, methods=["GET"], response_model=User, name=name)


def _status_model() -> type:
    from ProvenaInterfaces.SharedTypes import Status

    return Status
