"""The auth service of the local stack: access requests, user groups and user ↔ Person links.

Route groups live in ``auth_routes/`` (one module per table of the real service). The registry
asks the auth tables who a user is linked to and which groups they are in, as the real registry
asks the auth API; ``build`` installs those lookups on the context.
"""

from fastapi import FastAPI

from ..context import StackContext
from ._common import new_app
from .auth_routes import access, groups, links


def build(ctx: StackContext) -> FastAPI:
    app = new_app("auth", ctx, access_checks="auth")
    for module in (access, groups, links):
        app.include_router(module.router(ctx))
    _install_registry_lookups(ctx)
    return app


def _install_registry_lookups(ctx: StackContext) -> None:
    from ..registry_store import set_user_groups_lookup, set_user_link_lookup

    set_user_link_lookup(ctx, links.LinkTable(ctx).person_of)
    set_user_groups_lookup(ctx, groups.GroupTable(ctx.state).group_ids_of)
