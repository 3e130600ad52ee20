"""`ProvenaClient(auth, config)`: every service module behind one shared transport (one connection pool).

    async with provena.ProvenaClient(auth, config) as client:
        datasets = await client.datastore.list_all_datasets()
        lineage = await client.prov_api.explore_upstream(dataset_id, depth=2)

The attributes are the official client's: `datastore`, `search`, `auth_api`, `registry`, `prov_api`, `job_api`,
`id_api`. `provena.sync.ProvenaClient` is the same for synchronous code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ._api.auth import AuthOps
from ._api.modules import DatastoreModuleOps, JobModuleOps, ProvModuleOps, RegistryModuleOps
from ._api.small import IdServiceOps, SearchOps
from ._operation import AsyncAPI, Modal, sub_client

if TYPE_CHECKING:
    import httpx

    from . import clients as ac
    from . import modules as am
    from ._config import Config
    from ._transport import Transport
    from .sync import modules as sm

__all__ = ["ProvenaClient", "ProvenaClientOps"]


class ProvenaClientOps:
    """The modules of a ProvenaClient (shared by the async and sync classes)."""

    _service: ClassVar[str] = "registry"
    datastore: Modal[am.Datastore, sm.Datastore, Any, Any] = sub_client(DatastoreModuleOps)
    search: Modal[ac.SearchClient, sm.Search, Any, Any] = sub_client(SearchOps)
    auth_api: Modal[ac.AuthClient, sm.Auth, Any, Any] = sub_client(AuthOps)
    registry: Modal[am.Registry, sm.Registry, Any, Any] = sub_client(RegistryModuleOps)
    prov_api: Modal[am.Prov, sm.Prov, Any, Any] = sub_client(ProvModuleOps)
    job_api: Modal[am.JobService, sm.JobService, Any, Any] = sub_client(JobModuleOps)
    id_api: Modal[ac.IdServiceClient, sm.IDService, Any, Any] = sub_client(IdServiceOps)

    def __init__(
        self,
        auth: httpx.Auth | None = None,
        config: Config | None = None,
        *,
        transport: Transport | None = None,
        **transport_options: Any,
    ) -> None:
        """`auth`: a provena auth flow (DeviceFlow, OfflineFlow, ...) or any httpx.Auth; `config`: a
        provena.Config. `transport_options` (timeout, max_retries, headers, ...) go to the Transport created
        when none is given."""
        if transport is None and transport_options:
            if config is None:
                raise TypeError("ProvenaClient(auth, config): a provena.Config is required")
            from ._transport import Transport

            transport = Transport(config, auth, **transport_options)
            super().__init__(auth, config, transport=transport)  # type: ignore[call-arg]
            self._owns_transport = True
            return
        super().__init__(auth, config, transport=transport)  # type: ignore[call-arg]


class ProvenaClient(ProvenaClientOps, AsyncAPI):
    """Async Provena client: `await client.datastore.fetch_dataset(id)`; `async with` closes the connections."""


# Register the async module classes the attributes above resolve to.
from . import clients as _clients  # noqa: E402
from . import modules as _modules  # noqa: E402

_ = (_clients, _modules)
