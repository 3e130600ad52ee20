"""The op-table machinery: each client's operations are declared once and serve both the async and sync classes.

A table is a plain class whose methods are *specs*: a decorated function whose signature, docstring and return
annotation describe one documented method, and whose body is never run. `@op(...)` turns a spec into an
`Operation` descriptor; concrete classes mix a table with one of four mode bases:

    class DatastoreClient(DatastoreOps, AsyncAPI): ...        # await client.fetch_dataset(id)
    class DatastoreClient(DatastoreOps, SyncAPI): ...         # client.fetch_dataset(id)
    (AsyncRawAPI / SyncRawAPI: the same calls returning a RawResponse, reached through `.with_raw_response`)

Attribute access binds the operation to a callable of the right kind (`async def` or plain), with the spec's real
signature and docstring. A call maps the documented arguments onto the generated operation's keyword arguments
(converting dicts / pydantic models / other attrs models into the generated model classes, and strings into
generated enums), builds the request with the generated `_get_kwargs`, sends it through the shared Transport's
per-service httpx client (auth, retries, error map) and parses it with the generated `_parse_response`.

We use `_get_kwargs`/`_parse_response` rather than `sync_detailed`/`asyncio_detailed`: those parse the body before
we can look at it, so a 2xx body that does not fit the model would lose its response, and text/CSV routes would
fail to parse. The request still goes through the same generated request builder and the same httpx client.

Conveniences that need several calls (pagination, job waits, report download) are written once as generators
(`@flow`): they `yield` steps (an operation call, a poll, a blocking function) and a driver runs them either
with `await` or synchronously, so no convenience is written twice and no event loop is started by sync code.

Modules (none is loaded by a bare `import provena`; the facade classes pull them in through `provena._operation`):

    convert    user values -> generated models/enums, and what we learn once per generated operation (`_plan`)
    operation  the `Operation` descriptor and `@op`
    validate   checking a call's arguments against its declared signature before anything is sent
    steps      what a flow yields (`_Call`, `_Blocking`, `_Poll`, `_Download`) and the helpers that yield them
    flows      the sync/async drivers that run those steps, and the `Flow` descriptor (`@flow`)
    pages      paginating methods (`Pages`, `PageSpec`, `@pages`)
    views      sub-client and raw-view attributes (`Modal`, `sub_client`, `raw_view`)
    escape     the escape hatch `.raw`: every generated operation of a service (`Operations`)
    bases      the mode bases every concrete class mixes in (`AsyncAPI`, `SyncAPI`, `AsyncRawAPI`, `SyncRawAPI`)
"""
