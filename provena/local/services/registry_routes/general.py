"""Registry routes that are not per subtype: general list/fetch/version, dataset releases,
and the hidden general proxy fetch and delete (registry-api/routes/registry_general, dataset)."""

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException
from ProvenaInterfaces.RegistryAPI import (
    GeneralListRequest,
    ListUserReviewingDatasetsRequest,
    PaginatedDatasetListResponse,
    PaginatedListResponse,
    UntypedFetchResponse,
)
from ProvenaInterfaces.SharedTypes import StatusResponse, VersionDetails

from ... import STACK_VERSION
from ...context import StackContext
from ...registry_store import DATA_STORE_SERVICE_ROLE, FETCH_ROLES, PROV_SERVICE_ROLE, registry_store
from ...security import User
from .common import check_limited, failure, guarded, level_dependency, ok


def general_router(ctx: StackContext) -> APIRouter:
    store = registry_store(ctx)
    read = level_dependency(ctx, "READ")
    admin = level_dependency(ctx, "ADMIN")
    router = APIRouter(prefix="/registry/general", tags=["General Registry"])

    def paginated(req: Any, user: User) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
        f, sort = req.filter_by, req.sort_by
        items, key = store.query(
            subtype=f.item_subtype.value if f and f.item_subtype else None,
            release_reviewer=f.release_reviewer if f else None,
            sort_type=sort.sort_type if sort else None, ascending=sort.ascending if sort else False,
            begins_with=sort.begins_with if sort else None,
            record_type=f.record_type.value if f else "COMPLETE_ONLY",
            release_status=f.release_status.value if f and f.release_status else None,
            pagination_key=req.pagination_key, page_size=req.page_size,
        )  # fmt: skip
        return [i for i in items if store.can_read(i["id"], user)], key

    @guarded(PaginatedListResponse)
    def list_registry_items(general_list_request: GeneralListRequest, user: Annotated[User, Depends(read)]) -> Any:
        items, key = paginated(general_list_request, user)
        return ok("Searched database and returned items matching query.", items=items,
                  total_item_count=len(items), pagination_key=key)  # fmt: skip

    def untyped_fetch(id: str, user: User) -> dict[str, Any]:
        item = store.fetch(id)
        if item is None:
            return failure(UntypedFetchResponse, f"The id you specified was not available in the registry, error: "
                                                 f"'Failed to find item. Is the ID ({id!r}) correct and in the "
                                                 "database?'.")  # fmt: skip
        if not any(r in FETCH_ROLES for r in store.roles(id, user, FETCH_ROLES)):
            raise HTTPException(401, "You are not authorised to fetch this item.")
        return ok("Successfully retrieved item from the registry.", item=item)

    @guarded(UntypedFetchResponse)
    def fetch(id: str, user: Annotated[User, Depends(read)]) -> Any:
        return untyped_fetch(id, user)

    @guarded(UntypedFetchResponse)
    def proxy_fetch(id: str, username: str, user: Annotated[User, Depends(read)]) -> Any:
        check_limited(user, (PROV_SERVICE_ROLE, DATA_STORE_SERVICE_ROLE))
        return untyped_fetch(id, user.model_copy(update={"username": username}))

    @guarded(StatusResponse)
    def delete(id: str, user: Annotated[User, Depends(admin)]) -> Any:
        store.delete(id)
        return ok("Item deleted.")

    def version(user: Annotated[User, Depends(read)]) -> VersionDetails:
        return VersionDetails(tag_name=STACK_VERSION, release_title="Provena local stack")

    # The real operationIds are the builtin-shadowing names "list" and "fetch".
    list_registry_items.__name__ = "list"
    router.add_api_route(
        "/list", list_registry_items, methods=["POST"], response_model=PaginatedListResponse, name="list"
    )
    router.add_api_route("/fetch", fetch, methods=["GET"], response_model=UntypedFetchResponse, name="fetch")
    router.add_api_route("/proxy/fetch", proxy_fetch, methods=["GET"], response_model=UntypedFetchResponse,
                         name="proxy_fetch", include_in_schema=False)  # fmt: skip
    router.add_api_route("/delete", delete, methods=["DELETE"], response_model=StatusResponse, name="delete",
                         include_in_schema=False)  # fmt: skip
    router.add_api_route("/about/version", version, methods=["GET"], response_model=VersionDetails, name="version")
    return router


def dataset_router(ctx: StackContext) -> APIRouter:
    store = registry_store(ctx)
    read = level_dependency(ctx, "READ")
    router = APIRouter(prefix="/registry/entity/dataset", tags=["Entity Dataset"])

    @guarded(PaginatedDatasetListResponse)
    def list_releasing_datasets(list_request: ListUserReviewingDatasetsRequest,
                                user: Annotated[User, Depends(read)]) -> Any:  # fmt: skip
        f, sort = list_request.filter_by, list_request.sort_by
        if f.release_reviewer is None:
            raise HTTPException(400, "release reviewer id must be specified inside of filter_by")
        person = store.require_link(user.username)
        if person != f.release_reviewer:
            raise HTTPException(403, "You can only search for your own dataset releases. User requesting is not the "
                                     f"same as the release reviewer id. Requesting username and ID are "
                                     f"{user.username!r} and {person!r}. Reviewer ID filter is "
                                     f"{f.release_reviewer}.")  # fmt: skip
        items, key = store.query(
            subtype=None, release_reviewer=f.release_reviewer, sort_type=sort.sort_type if sort else None,
            ascending=sort.ascending if sort else False, begins_with=sort.begins_with if sort else None,
            record_type=f.record_type.value, release_status=f.release_status.value if f.release_status else None,
            pagination_key=list_request.pagination_key, page_size=list_request.page_size,
        )  # fmt: skip
        items = [i for i in items if store.can_read(i["id"], user)]
        return ok("Searched database and returned dataset items matching query.", dataset_items=items,
                  total_dataset_count=len(items), pagination_key=key)  # fmt: skip

    router.add_api_route("/user/releases", list_releasing_datasets, methods=["POST"],
                         response_model=PaginatedDatasetListResponse, name="list_releasing_datasets")  # fmt: skip
    return router
