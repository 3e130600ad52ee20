"""The search service of the local stack: full-text search over registry items.

Same route as the real search API (``GET /search/entity-registry``); the index is SQLite
FTS5 fed by every registry write (``provena.local.search_index``).
"""

from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI
from ProvenaInterfaces.RegistryModels import ItemSubType
from ProvenaInterfaces.SearchAPI import QueryResults

from ..context import StackContext
from ..search_index import search_index
from ..security import User, role_refusal
from ._common import new_app

# The real service's defaults (search-api/config.py).
DEFAULT_QUERY_SIZE = 10
MAX_QUERY_SIZE = 50
SEARCH_ROLE = "entity-registry-read"


def build(ctx: StackContext) -> FastAPI:
    app = new_app("search", ctx, access_checks="standard")
    sec = ctx.security
    router = APIRouter(prefix="/search", tags=["Entity Registry"])

    def search_user(user: Annotated[User, Depends(sec.user)]) -> User:
        if SEARCH_ROLE not in user.roles:
            raise role_refusal()
        return user

    def search_entity_registry(
        query: str,
        user: Annotated[User, Depends(search_user)],
        subtype_filter: ItemSubType | None = None,
        record_limit: int | None = None,
    ) -> QueryResults:
        size = min(record_limit, MAX_QUERY_SIZE) if record_limit else DEFAULT_QUERY_SIZE
        hits = search_index(ctx).search(query, subtype=subtype_filter.value if subtype_filter else None, limit=size)
        results = [{"id": id, "score": score} for id, score in hits]
        return QueryResults.model_validate({
            "status": {"success": True, "details": f"Returned {len(results)} results with no issues."},
            "results": results, "warnings": None,
        })  # fmt: skip

    router.add_api_route("/entity-registry", search_entity_registry, methods=["GET"], response_model=QueryResults,
                         name="search_entity_registry")  # fmt: skip
    app.include_router(router)
    return app
