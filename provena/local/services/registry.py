"""The registry service of the local stack.

The per-subtype routes come from one table (``registry_routes.table.SUBTYPE_ROUTES``) and
one factory (``registry_routes.factory.subtype_router``); state and rules live in
``provena.local.registry_store`` so other services share them in-process.
"""

from fastapi import FastAPI

from ..context import StackContext
from ..registry_store import register_registry_runners
from ._common import new_app
from .registry_routes.admin import admin_router
from .registry_routes.factory import subtype_router
from .registry_routes.general import dataset_router, general_router
from .registry_routes.table import SUBTYPE_ROUTES


def build(ctx: StackContext) -> FastAPI:
    app = new_app("registry", ctx, access_checks="standard")
    for spec in SUBTYPE_ROUTES:
        app.include_router(subtype_router(ctx, spec))
    app.include_router(general_router(ctx))
    app.include_router(dataset_router(ctx))
    app.include_router(admin_router(ctx))
    # Registry jobs (Create/Version activities) run on the job service when it exists.
    register_registry_runners(ctx)
    return app
