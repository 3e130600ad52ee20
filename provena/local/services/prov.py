"""The prov service of the local stack."""

from __future__ import annotations

from fastapi import FastAPI

from ..context import StackContext
from ._common import new_app


def build(ctx: StackContext) -> FastAPI:
    app = new_app("prov", ctx, access_checks="standard")
    return app
