"""The handle (ID) service of the local stack: a stand-in for the ARDC PID service behind it.

A handle is an id with an ordered list of typed values (``HandleProperty``); minting puts the
first value at index 1, as ARDC does. Handles share the stack's id sequence
(``State.new_handle``), so handles and registry ids never collide, as in a deployment where
the registry mints through this service.

Status codes: the real service wraps every ARDC failure (unknown handle, bad index) in a 500.
The local stack answers 404 for an unknown handle and 400 for a bad index instead, keeping 5xx
for faults of the stack itself.
"""

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, HTTPException
from ProvenaInterfaces.HandleAPI import (
    AddValueIndexRequest,
    AddValueRequest,
    ListResponse,
    MintRequest,
    ModifyRequest,
    RemoveRequest,
)
from ProvenaInterfaces.HandleModels import Handle, HandleProperty, ValueType

from ..context import StackContext
from ..security import User, role_refusal
from ._common import new_app

NS = "handles"
# Roles of the real handle service: reads need any handle role, writes need write or admin.
READ_ROLES = frozenset({"handle-read", "handle-write", "handle-admin"})
WRITE_ROLES = frozenset({"handle-write", "handle-admin"})


def mint_handle(ctx: StackContext, value: str, value_type: ValueType = ValueType.URL) -> dict[str, Any]:
    """Mint a new handle with ``value`` at index 1; other local services may call this in-process."""
    with ctx.state.transaction():
        handle = Handle(
            id=ctx.state.new_handle(), properties=[HandleProperty(type=value_type, value=value, index=1)]
        )
        ctx.state.put(NS, handle.id, handle.model_dump(mode="json"))
    return handle.model_dump(mode="json")


def _role_dependency(ctx: StackContext, roles: frozenset[str], action: str) -> Callable[..., User]:
    def check(user: Annotated[User, Depends(ctx.security.user)]) -> User:
        if roles.isdisjoint(user.roles):
            raise role_refusal()  # the real service's 401 (any one of the roles admits)
        return user

    return check


def _router(ctx: StackContext) -> APIRouter:
    state = ctx.state
    r = APIRouter(prefix="/handle", tags=["Handle Service"])
    Reader = Annotated[User, Depends(_role_dependency(ctx, READ_ROLES, "read"))]
    Writer = Annotated[User, Depends(_role_dependency(ctx, WRITE_ROLES, "write"))]

    def load(id: str) -> Handle:
        body = state.get(NS, id)
        if body is None:
            raise HTTPException(404, detail=f"There is no handle with id {id}.")
        return Handle.model_validate(body)

    def save(handle: Handle) -> dict[str, Any]:
        handle.properties.sort(key=lambda p: p.index)
        body = handle.model_dump(mode="json")
        state.put(NS, handle.id, body)
        return body

    def at(handle: Handle, index: int) -> HandleProperty:
        for prop in handle.properties:
            if prop.index == index:
                return prop
        raise HTTPException(400, detail=f"Handle {handle.id} has no value at index {index}.")

    # The real routes declare no response model (the documents say `{}`); bodies are `Handle`s.
    @r.post("/mint", name="mint", response_model=None)
    def mint(mint_request: MintRequest, user: Writer) -> dict[str, Any]:
        return mint_handle(ctx, mint_request.value, mint_request.value_type)

    @r.post("/add_value", name="add_value", response_model=None)
    def add_handle_value(request: AddValueRequest, user: Writer) -> dict[str, Any]:
        with state.transaction():
            handle = load(request.id)
            index = max((p.index for p in handle.properties), default=0) + 1
            handle.properties.append(
                HandleProperty(type=request.value_type, value=request.value, index=index)
            )
            return save(handle)

    @r.post("/add_value_by_index", name="add_value_by_index", response_model=None)
    def add_handle_value_by_index(request: AddValueIndexRequest, user: Writer) -> dict[str, Any]:
        if request.index < 1:
            raise HTTPException(400, detail=f"Handle value indexes start at 1; got {request.index}.")
        with state.transaction():
            handle = load(request.id)
            if any(p.index == request.index for p in handle.properties):
                raise HTTPException(
                    400,
                    detail=f"Handle {request.id} already has a value at index {request.index}; "
                    "use modify_by_index.",
                )
            handle.properties.append(
                HandleProperty(type=request.value_type, value=request.value, index=request.index)
            )
            return save(handle)

    @r.get("/get", name="get", response_model=None)
    def get_handle(id: str, user: Reader) -> dict[str, Any]:
        return load(id).model_dump(mode="json")

    @r.get("/list", name="list", response_model=None)
    def list_handles_handler(user: Reader) -> dict[str, Any]:
        return ListResponse(ids=state.list_ids(NS)).model_dump()

    @r.put("/modify_by_index", name="modify_by_index", response_model=None)
    def modify_by_index_handler(request: ModifyRequest, user: Writer) -> dict[str, Any]:
        with state.transaction():
            handle = load(request.id)
            # The value keeps its type, as ARDC's modifyValueByIndex does.
            at(handle, request.index).value = request.value
            return save(handle)

    @r.post("/remove_by_index", name="remove_by_index", response_model=None)
    def remove_by_index_handler(request: RemoveRequest, user: Writer) -> dict[str, Any]:
        with state.transaction():
            handle = load(request.id)
            prop = at(handle, request.index)
            handle.properties.remove(prop)
            return save(handle)

    return r


def build(ctx: StackContext) -> FastAPI:
    app = new_app("id-service", ctx, access_checks="standard")
    app.include_router(_router(ctx))
    return app
