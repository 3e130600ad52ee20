"""What the registry route modules share: role checks and translating store errors.

Role checks follow the real registry: READ needs ``entity-registry-read``, WRITE adds
``-write``, ADMIN adds ``-admin``; missing roles are refused with the real services' 401.
"""

import functools
from collections.abc import Callable
from typing import Any

from fastapi import HTTPException

from ...context import StackContext
from ...registry_store import REGISTRY_ADMIN_ROLE, RegistryError, RegistryFailure
from ...security import User

LEVEL_ROLES = {
    "READ": ("entity-registry-read",),
    "WRITE": ("entity-registry-read", "entity-registry-write"),
    "ADMIN": ("entity-registry-read", "entity-registry-write", REGISTRY_ADMIN_ROLE),
}


def level_dependency(ctx: StackContext, level: str) -> Callable[..., User]:
    return ctx.security.requires_all(LEVEL_ROLES[level])


def check_limited(user: User, roles: tuple[str, ...]) -> None:
    """Service-account-only actions (proxy routes): any listed role, or registry admin."""
    if roles and REGISTRY_ADMIN_ROLE not in user.roles and not any(r in user.roles for r in roles):
        raise HTTPException(401, "You are not authorised to take this action.")


def failure(response_cls: type, details: str) -> dict[str, Any]:
    """The 200 ``status.success = false`` body of ``response_cls``, other fields null."""
    body: dict[str, Any] = {name: None for name in getattr(response_cls, "model_fields", {})}
    body["status"] = {"success": False, "details": details}
    return body


def ok(details: str, **fields: Any) -> dict[str, Any]:
    return {"status": {"success": True, "details": details}, **fields}


def guarded(response_cls: type | None) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Run a handler, mapping RegistryError to its HTTP status and RegistryFailure to the
    route's 200 failure body (the real registry's two ways of saying no)."""

    def wrap(fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def handler(*args: Any, **kwargs: Any) -> Any:
            try:
                return fn(*args, **kwargs)
            except RegistryError as e:
                raise HTTPException(e.status_code, e.detail) from None
            except RegistryFailure as f:
                if response_cls is None:
                    raise HTTPException(400, f.details) from None
                return failure(response_cls, f.details)

        return handler

    return wrap
